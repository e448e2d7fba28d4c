package dev.journeymap.core.insights;

import java.util.Objects;
import java.util.Optional;

/**
 * A pain point that no department owns: nobody is in charge of making it go away.
 *
 * <p>What "owned" means: an {@link dev.journeymap.core.Item item} has no owner of its own, so a
 * pain point is owned by the {@link dev.journeymap.core.Touchpoint#owner() owner} of the
 * touchpoint it names ({@link dev.journeymap.core.Item#touchpoint()}), in whichever stage that
 * touchpoint is. A pain point is <em>unowned</em> when it names no touchpoint, or names a
 * touchpoint without an owner; {@link #touchpoint()} tells the two cases apart. In this stage
 *
 * <pre>{@code
 * .stage("consideration", "Consideration", s -> s
 *     .touchpoint("call-centre", "Call centre", Channel.PHONE, t -> t.owner("Sales"))
 *     .touchpoint("review-site", "Review site", Channel.REVIEWS)
 *     .painPoint(Item.builder("Evening calls go to voicemail").touchpoint("call-centre").build())
 *     .painPoint(Item.builder("Fake reviews").touchpoint("review-site").build())
 *     .painPoint("Prices are 'from' prices only"))
 * }</pre>
 *
 * <p>the first pain point is owned (by Sales); the second is unowned, with the review site as
 * {@link #touchpoint()} and the path {@code stages[1].painPoints[1]} (for a second stage); the
 * third is unowned, with no touchpoint.
 *
 * <p>Pain points given on a step are read the same way and name their {@link #step()}: the
 * pain point "Roles must be mapped one by one" of the step "Set up the accounts" (the third of
 * the fifth stage), naming no touchpoint, is unowned at {@code stages[4].steps[2].painPoints[0]}.
 * The touchpoint it names may be in any stage or step.
 *
 * @param stage the stage whose pain point this is, or that holds the step
 * @param step the step whose pain point this is; empty for one of the stage itself
 * @param index the index of the pain point in the {@code painPoints()} of that step, or of the
 *     stage when there is no step
 * @param text the pain point
 * @param touchpoint the touchpoint it names, which has no owner; empty when it names none
 */
public record UnownedPainPoint(StageRef stage, Optional<StepRef> step, int index, String text,
    Optional<TouchpointRef> touchpoint) {

  /**
   * Checks that no component is null, that the step, if any, is in the stage, and that the index
   * is not negative.
   */
  public UnownedPainPoint {
    StepRef.checkIn(stage, step);
    if (index < 0) {
      throw new IllegalArgumentException("negative pain point index: " + index);
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(touchpoint, "touchpoint");
  }

  /** A pain point of the stage itself. */
  public UnownedPainPoint(StageRef stage, int index, String text,
      Optional<TouchpointRef> touchpoint) {
    this(stage, Optional.empty(), index, text, touchpoint);
  }

  /**
   * Where the pain point is in a journey document, in the validator's notation:
   * {@code stages[1].painPoints[1]}, or {@code stages[4].steps[2].painPoints[0]} on a step.
   */
  public String path() {
    return StepRef.path(stage, step) + ".painPoints[" + index + "]";
  }
}
