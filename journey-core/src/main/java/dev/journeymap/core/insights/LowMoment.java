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
 * m.step()                                          // Optional.empty: the stage has no steps
 * m.touchpoint().map(TouchpointRef::name)           // Optional[Call centre]
 * m.emotion()                                       // Emotion{score=-1.0, label=Kept waiting}
 * }</pre>
 *
 * @param stage the stage of the point
 * @param step the step whose emotion this is, or that holds the touchpoint; empty for the stage
 *     itself and its own touchpoints
 * @param touchpoint the touchpoint whose emotion this is; empty for the emotion of the stage or
 *     step
 * @param emotion the score, below neutral, and its label
 */
public record LowMoment(StageRef stage, Optional<StepRef> step, Optional<TouchpointRef> touchpoint,
    Emotion emotion) {

  /**
   * Checks that no component is null, that the step is in the stage and that the touchpoint
   * belongs to the stage and the step (or the stage itself when there is no step).
   */
  public LowMoment {
    StepRef.checkIn(stage, step);
    Objects.requireNonNull(touchpoint, "touchpoint");
    Objects.requireNonNull(emotion, "emotion");
    if (touchpoint.isPresent() && !touchpoint.get().stage().equals(stage)) {
      throw new IllegalArgumentException("touchpoint " + touchpoint.get().id()
          + " is not in stage " + stage.id());
    }
    if (touchpoint.isPresent() && !touchpoint.get().step().equals(step)) {
      throw new IllegalArgumentException("touchpoint " + touchpoint.get().id() + " is not in "
          + step.map(s -> "step " + s.id()).orElse("stage " + stage.id() + " itself"));
    }
  }

  /**
   * The emotion of a stage itself, or of a touchpoint, in the stage itself or in the step that
   * {@link TouchpointRef#step()} names.
   */
  public LowMoment(StageRef stage, Optional<TouchpointRef> touchpoint, Emotion emotion) {
    this(stage, Objects.requireNonNull(touchpoint, "touchpoint").flatMap(TouchpointRef::step),
        touchpoint, emotion);
  }

  /** The score, from {@link Emotion#MIN_SCORE} up to (not including) neutral. */
  public double score() {
    return emotion.score();
  }

  /**
   * Where the emotion is in a journey document, in the validator's notation:
   * {@code stages[1].emotion}, {@code stages[1].steps[0].emotion} for a step, or
   * {@code stages[1].touchpoints[1].emotion} for a touchpoint.
   */
  public String path() {
    return touchpoint.map(TouchpointRef::path).orElseGet(() -> StepRef.path(stage, step))
        + ".emotion";
  }
}
