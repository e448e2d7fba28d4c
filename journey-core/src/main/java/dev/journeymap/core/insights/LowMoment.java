package dev.journeymap.core.insights;

import dev.journeymap.core.Emotion;
import java.util.Objects;
import java.util.Optional;

/**
 * A point of the emotion curve below neutral: where the customer feels bad, the first places a
 * team looks at to improve the experience.
 *
 * <pre>{@code
 * // the consideration stage's call centre, scored -1 "Kept waiting"
 * LowMoment m = JourneyInsights.of(journey).lowMoments().get(0);
 * m.stage().name()                                  // "Consideration"
 * m.touchpoint().map(TouchpointRef::name)           // Optional[Call centre]
 * m.emotion()                                       // Emotion{score=-1.0, label=Kept waiting}
 * }</pre>
 *
 * @param stage the stage of the point
 * @param touchpoint the touchpoint whose emotion this is; empty for the stage's own emotion
 * @param emotion the score, below neutral, and its label
 */
public record LowMoment(StageRef stage, Optional<TouchpointRef> touchpoint, Emotion emotion) {

  /** Checks that no component is null and that the touchpoint belongs to the stage. */
  public LowMoment {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(touchpoint, "touchpoint");
    Objects.requireNonNull(emotion, "emotion");
    if (touchpoint.isPresent() && !touchpoint.get().stage().equals(stage)) {
      throw new IllegalArgumentException("touchpoint " + touchpoint.get().id()
          + " is not in stage " + stage.id());
    }
  }

  /** The score, from {@link Emotion#MIN_SCORE} up to (not including) neutral. */
  public double score() {
    return emotion.score();
  }

  /**
   * Where the emotion is in a journey document, in the validator's notation:
   * {@code stages[1].emotion}, or {@code stages[1].touchpoints[1].emotion} for a touchpoint.
   */
  public String path() {
    return touchpoint.map(TouchpointRef::path).orElse(stage.path()) + ".emotion";
  }
}
