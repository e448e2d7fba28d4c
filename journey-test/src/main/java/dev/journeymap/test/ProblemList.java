package dev.journeymap.test;

import dev.journeymap.core.validation.Problem;
import dev.journeymap.core.validation.ValidationReport;
import java.util.List;

/** Writes the problems of a report into failure messages, one a line. */
final class ProblemList {
  /** The most problems a message lists; a report of thousands would drown the failure. */
  static final int MAX_LISTED = 20;

  private ProblemList() {}

  /**
   * {@code "the report has 2 problems:"} followed by one problem a line, {@code PATH: MESSAGE},
   * warnings as {@code PATH: warning: MESSAGE} (as the command line prints them); or
   * {@code "the report has no problems"}.
   */
  static String describe(ValidationReport report) {
    List<Problem> problems = report.problems();
    if (problems.isEmpty()) {
      return "the report has no problems";
    }
    StringBuilder text = new StringBuilder("the report has ").append(problems.size())
        .append(problems.size() == 1 ? " problem:" : " problems:");
    for (Problem problem : problems.subList(0, Math.min(problems.size(), MAX_LISTED))) {
      text.append("\n  ").append(line(problem));
    }
    if (problems.size() > MAX_LISTED) {
      text.append("\n  ... and ").append(problems.size() - MAX_LISTED).append(" more");
    }
    return text.toString();
  }

  private static String line(Problem problem) {
    String message = problem.isError() ? problem.message() : "warning: " + problem.message();
    return problem.path().isEmpty() ? message : problem.path() + ": " + message;
  }
}
