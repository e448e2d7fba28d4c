package dev.journeymap.cli;

import com.google.common.collect.ImmutableList;
import dev.journeymap.core.Journey;
import dev.journeymap.core.validation.Problem;
import java.util.Objects;

/** What came of reading one input: a journey with its warnings, or the reasons it failed. */
sealed interface Loaded {

  /** The input as the user named it, e.g. {@code maps/home.json}, or {@code <stdin>}. */
  String name();

  /**
   * A journey read without errors.
   *
   * @param name the input as the user named it
   * @param journey the journey
   * @param warnings the warnings of its validation, in document order
   */
  record Read(String name, Journey journey, ImmutableList<Problem> warnings) implements Loaded {
    public Read {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(journey, "journey");
      Objects.requireNonNull(warnings, "warnings");
    }
  }

  /**
   * An input that could not be read, or holds an invalid journey.
   *
   * @param name the input as the user named it
   * @param lines every problem, each a complete line for the error stream
   */
  record Failed(String name, ImmutableList<String> lines) implements Loaded {
    public Failed {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(lines, "lines");
    }
  }
}
