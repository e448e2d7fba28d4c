package dev.journeymap.cli;

/** The exit statuses of the command line. */
final class ExitStatus {
  /** Every input was handled; warnings allowed. */
  static final int OK = 0;
  /** At least one input was invalid or unreadable, or an output could not be written. */
  static final int INVALID = 1;
  /** The command line itself was wrong. */
  static final int USAGE = 2;

  private ExitStatus() {}
}
