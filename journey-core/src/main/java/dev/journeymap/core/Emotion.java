package dev.journeymap.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a customer feels at a stage or a touchpoint: a score from {@value #MIN_SCORE} (very
 * negative) through {@code 0} (neutral) to {@value #MAX_SCORE} (very positive), with an optional
 * label in the customer's words. Fractions are allowed, e.g. an averaged survey score.
 *
 * <pre>{@code
 * Emotion.of(-1, "Annoyed")                   // Emotion{score=-1.0, label=Annoyed}
 * Emotion.ofPersona("couple", 1.5, "Proud")   // how the persona "couple" feels
 * }</pre>
 */
@SuppressWarnings("exports") // the @Value annotations are compile-only: see module-info.java
@Value.Immutable
public abstract class Emotion {
  /** The lowest score, a very negative feeling. */
  public static final double MIN_SCORE = -2;
  /** The highest score, a very positive feeling. */
  public static final double MAX_SCORE = 2;

  Emotion() {}

  /** The score, from {@value #MIN_SCORE} to {@value #MAX_SCORE}; {@code 0} is neutral. */
  public abstract double score();

  /** A short description of the feeling, e.g. "Hopeful but unsure". */
  public abstract Optional<String> label();

  /**
   * The id of the persona who feels this, for an entry of {@link LaneContent#emotions()};
   * absent for the overall emotion of a stage, step or touchpoint.
   */
  public abstract Optional<String> persona();

  /** Whether the score is below neutral. */
  public final boolean isNegative() {
    return score() < 0;
  }

  /** Whether the score is above neutral. */
  public final boolean isPositive() {
    return score() > 0;
  }

  /** An emotion with a score and no label. */
  public static Emotion of(double score) {
    return ImmutableEmotion.builder().score(score).build();
  }

  /** An emotion with a score and a label. */
  public static Emotion of(double score, String label) {
    return ImmutableEmotion.builder().score(score).label(Texts.strip(label, "label")).build();
  }

  /** How the persona with this id feels: {@code Emotion.ofPersona("couple", 1.5)}. */
  public static Emotion ofPersona(String personaId, double score) {
    return ImmutableEmotion.builder().persona(Texts.strip(personaId, "personaId")).score(score)
        .build();
  }

  /** How the persona with this id feels, with a label. */
  public static Emotion ofPersona(String personaId, double score, String label) {
    return ImmutableEmotion.builder().persona(Texts.strip(personaId, "personaId")).score(score)
        .label(Texts.strip(label, "label")).build();
  }
}
