package dev.journeymap.core.validation;

import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a journey, or a document meant to hold one, breaks the rules of the format. It
 * carries the whole {@link ValidationReport}: every problem found, not just the first.
 */
public final class InvalidJourneyException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_LISTED = 20;

  private final transient ValidationReport report;

  /** An exception for a report that holds at least one error. */
  public InvalidJourneyException(ValidationReport report) {
    super(message(Objects.requireNonNull(report, "report")));
    this.report = report;
  }

  /** Every problem found, errors and warnings. */
  public ValidationReport report() {
    return report;
  }

  private static String message(ValidationReport report) {
    int errors = report.errors().size();
    String listed = report.errors().stream().limit(MAX_LISTED).map(p -> "  " + p)
        .collect(Collectors.joining("\n"));
    String more = errors > MAX_LISTED ? "\n  ... and " + (errors - MAX_LISTED) + " more" : "";
    return "invalid journey, " + errors + (errors == 1 ? " error" : " errors") + ":\n"
        + listed + more;
  }
}
