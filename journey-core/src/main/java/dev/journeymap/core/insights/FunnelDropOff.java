package dev.journeymap.core.insights;

import dev.journeymap.core.Funnel;
import java.util.Objects;
import java.util.Optional;

/**
 * The funnel of one stage or step, read as how many customers it loses: where customers get lost.
 *
 * <pre>{@code
 * StageRef purchase = new StageRef(2, "purchase", "Purchase");
 * FunnelDropOff d = new FunnelDropOff(purchase, Funnel.of(420, 164));
 * d.entered()     // 420
 * d.completed()   // 164
 * d.lost()        // 256
 * d.rate()        // 0.6095238095238096 (256 / 420)
 * }</pre>
 *
 * <p>A funnel given on a step is that step's: {@code new FunnelDropOff(purchase,
 * Optional.of(sign), Funnel.of(80, 60))} for the step "Sign and pay" of the purchase stage.
 *
 * <p>A funnel that nobody entered loses nobody: its rate is 0, as {@link Funnel#dropOffRate()}
 * says.
 *
 * @param stage the stage whose funnel this is, or that holds the step
 * @param step the step whose funnel this is; empty for the funnel of the stage itself
 * @param funnel how many customers entered and completed the stage or step
 */
public record FunnelDropOff(StageRef stage, Optional<StepRef> step, Funnel funnel) {

  /** Checks that no component is null and that the step, if any, is in the stage. */
  public FunnelDropOff {
    StepRef.checkIn(stage, step);
    Objects.requireNonNull(funnel, "funnel");
  }

  /** The funnel of a stage itself. */
  public FunnelDropOff(StageRef stage, Funnel funnel) {
    this(stage, Optional.empty(), funnel);
  }

  /** How many customers reached the stage or step. */
  public long entered() {
    return funnel.entered();
  }

  /** How many of them went on to what comes next. */
  public long completed() {
    return funnel.completed();
  }

  /** How many of them did not: {@code entered - completed}. */
  public long lost() {
    return funnel.entered() - funnel.completed();
  }

  /** The share of those who entered and did not complete, from 0 to 1; 0 when nobody entered. */
  public double rate() {
    return funnel.dropOffRate();
  }
}
