package dev.journeymap.core;

/** The four micro-moments in which a customer turns to a device to act on a need. */
public enum Moment {
  /** Looking for information, not yet ready to buy. */
  I_WANT_TO_KNOW,
  /** Looking for a place nearby. */
  I_WANT_TO_GO,
  /** Wanting help to get something done. */
  I_WANT_TO_DO,
  /** Ready to buy and choosing what and where. */
  I_WANT_TO_BUY
}
