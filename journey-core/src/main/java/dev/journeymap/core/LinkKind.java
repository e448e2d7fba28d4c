package dev.journeymap.core;

/** How the two items of a {@link Link} are connected. */
public enum LinkKind {
  /** The first item leads to the second (the default). */
  FLOW,
  /** The two items exchange with each other, both ways. */
  EXCHANGE
}
