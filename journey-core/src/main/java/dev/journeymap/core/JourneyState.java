package dev.journeymap.core;

/** Whether a map describes the journey as it is today or as the business designs it to be. */
public enum JourneyState {
  /** The as-is journey, as customers live it now (the default). */
  CURRENT,
  /** The to-be journey, an ideal the business works towards. */
  FUTURE
}
