package dev.journeymap.core;

/**
 * How an insight is known. A map built on {@link #ASSUMPTION assumptions} is a hypothesis to test,
 * not a description of customers; renderers show such insights differently.
 */
public enum Evidence {
  /** Measured: web analytics, surveys, social mentions, search data. */
  ANALYTICAL,
  /** Heard or observed: interviews with customers, feedback from support or sales staff. */
  ANECDOTAL,
  /** Believed by the team but not yet backed by research. */
  ASSUMPTION
}
