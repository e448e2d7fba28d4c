package dev.journeymap.mermaid;

import com.google.common.collect.ImmutableList;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when a text is not a Mermaid {@code journey} diagram that can be read into a journey.
 * It carries every problem found, in line order, not just the first; the message starts with
 * the first one:
 *
 * <pre>{@code
 * MermaidJourney.read("journey\n  section Booking\n    Pick a slot: five\n")
 * // MermaidSyntaxException: line 3: expected a score from 1 to 5, found 'five'
 * }</pre>
 *
 * <p>{@link #line()} and {@link #column()} locate the first problem. Instances are immutable.
 */
public final class MermaidSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_LISTED = 20;

  private final ImmutableList<Problem> problems;

  /**
   * One syntax problem: where it is and what was expected.
   *
   * @param line the 1-based line number
   * @param column the 1-based column, counted in UTF-16 chars from the start of the line
   * @param message what was expected and what was found, e.g.
   *     {@code "expected a score from 1 to 5, found 'five'"}
   */
  public record Problem(int line, int column, String message) implements Serializable {
    /** Checks that the position is 1-based and the message present. */
    public Problem {
      if (line < 1 || column < 1) {
        throw new IllegalArgumentException(
            "line and column are 1-based, not " + line + ":" + column);
      }
      Objects.requireNonNull(message, "message");
    }

    /** {@code line N: MESSAGE}. */
    @Override
    public String toString() {
      return "line " + line + ": " + message;
    }
  }

  /**
   * An exception for these problems, in line order.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public MermaidSyntaxException(List<Problem> problems) {
    super(message(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem found, in line order; never empty. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /** The 1-based line of the first problem. */
  public int line() {
    return problems.get(0).line();
  }

  /** The 1-based column of the first problem. */
  public int column() {
    return problems.get(0).column();
  }

  private static String message(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a syntax exception needs at least one problem");
    }
    StringBuilder message = new StringBuilder(problems.get(0).toString());
    for (int i = 1; i < Math.min(problems.size(), MAX_LISTED); i++) {
      message.append('\n').append(problems.get(i));
    }
    if (problems.size() > MAX_LISTED) {
      message.append("\n... and ").append(problems.size() - MAX_LISTED).append(" more");
    }
    return message.toString();
  }
}
