package dev.journeymap.cli;

import dev.journeymap.core.validation.MessageText;
import dev.journeymap.core.validation.Problem;

/**
 * The one place that formats problem lines, so that every command prints them alike. A line
 * never carries a control or bidi character of a file name or a document (escaped as
 * {@code \u001b}), so that a hostile file cannot forge lines in a terminal.
 */
final class Diagnostics {
  private Diagnostics() {}

  /**
   * {@code FILE: PATH: MESSAGE} for an error, {@code FILE: PATH: warning: MESSAGE} for a warning;
   * the path is left out for a problem of the document as a whole.
   */
  static String line(String file, Problem problem) {
    String where = problem.path().isEmpty() ? file + ": " : file + ": " + problem.path() + ": ";
    return MessageText.escape(where + (problem.isError() ? "" : "warning: ")
        + problem.message());
  }

  /** {@code FILE: MESSAGE}. */
  static String line(String file, String message) {
    return MessageText.escape(file + ": " + message);
  }
}
