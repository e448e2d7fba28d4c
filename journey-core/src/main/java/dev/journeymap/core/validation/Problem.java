package dev.journeymap.core.validation;

import java.util.Objects;

/**
 * One problem of a journey: how serious it is, where it is, what kind it is, and what to do.
 *
 * <pre>{@code
 * Problem.error("stages[0].painPoints[0].touchpoint", ProblemCode.REFERENCE_UNKNOWN,
 *     "no touchpoint with id 'bookng-form' in this journey; did you mean 'booking-form'?")
 *   .toString()
 * // "stages[0].painPoints[0].touchpoint: no touchpoint with id 'bookng-form' in this journey;
 * //  did you mean 'booking-form'?"
 * }</pre>
 *
 * @param severity error or warning
 * @param path where, from the document root, e.g. {@code stages[1].touchpoints[0].channel}; empty
 *     for the document as a whole
 * @param code the stable kind of problem
 * @param message a sentence a person can act on
 */
public record Problem(Severity severity, String path, ProblemCode code, String message) {

  /** Checks that no component is null. */
  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** An error at {@code path}. */
  public static Problem error(String path, ProblemCode code, String message) {
    return new Problem(Severity.ERROR, path, code, message);
  }

  /** A warning at {@code path}. */
  public static Problem warning(String path, ProblemCode code, String message) {
    return new Problem(Severity.WARNING, path, code, message);
  }

  /** Whether this problem refuses the journey. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code PATH: MESSAGE}, or only the message for the document as a whole. */
  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
