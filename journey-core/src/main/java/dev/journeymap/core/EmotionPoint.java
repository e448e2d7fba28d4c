package dev.journeymap.core;

import java.util.Objects;
import java.util.Optional;

/**
 * One point of a journey's emotion curve: the emotion of a stage, or of one of its touchpoints.
 *
 * @param stageIndex the index of the stage in {@link Journey#stages()}
 * @param stageId the id of that stage
 * @param touchpointId the id of the touchpoint, absent for the stage's own emotion
 * @param emotion the score and label
 */
public record EmotionPoint(int stageIndex, String stageId, Optional<String> touchpointId,
    Emotion emotion) {

  /** Checks that no component is null. */
  public EmotionPoint {
    Objects.requireNonNull(stageId, "stageId");
    Objects.requireNonNull(touchpointId, "touchpointId");
    Objects.requireNonNull(emotion, "emotion");
  }

  /** Whether this point is the emotion of a touchpoint rather than of the whole stage. */
  public boolean isTouchpoint() {
    return touchpointId.isPresent();
  }
}
