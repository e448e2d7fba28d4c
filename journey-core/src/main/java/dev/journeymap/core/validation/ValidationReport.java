package dev.journeymap.core.validation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every problem found in a journey, in document order. A journey is valid when the report holds
 * no error; warnings alone do not refuse it.
 */
public final class ValidationReport {
  private static final ValidationReport EMPTY = new ValidationReport(ImmutableList.of());

  private final ImmutableList<Problem> problems;

  private ValidationReport(ImmutableList<Problem> problems) {
    this.problems = problems;
  }

  /** A report of these problems, in this order. */
  public static ValidationReport of(List<Problem> problems) {
    return problems.isEmpty() ? EMPTY : new ValidationReport(ImmutableList.copyOf(problems));
  }

  /** Every problem, errors and warnings, in document order. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /** The errors only. */
  public ImmutableList<Problem> errors() {
    return problems.stream().filter(Problem::isError).collect(ImmutableList.toImmutableList());
  }

  /** The warnings only. */
  public ImmutableList<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError())
        .collect(ImmutableList.toImmutableList());
  }

  /** Whether the report holds no error. */
  public boolean isValid() {
    return problems.stream().noneMatch(Problem::isError);
  }

  /**
   * Throws if the report holds an error.
   *
   * @throws InvalidJourneyException carrying this report
   */
  public void throwIfInvalid() {
    if (!isValid()) {
      throw new InvalidJourneyException(this);
    }
  }

  /** One problem a line, {@code PATH: MESSAGE}, warnings marked {@code (warning)}. */
  @Override
  public String toString() {
    return problems.stream()
        .map(p -> p.isError() ? p.toString() : "(warning) " + p)
        .collect(Collectors.joining("\n"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport r && r.problems.equals(problems);
  }

  @Override
  public int hashCode() {
    return problems.hashCode();
  }
}
