package dev.journeymap.core.validation;

/** How serious a {@link Problem} is. */
public enum Severity {
  /** The journey breaks a rule of the format and is refused. */
  ERROR,
  /** The journey is valid but weak as a map, e.g. it has no goal or no persona. */
  WARNING
}
