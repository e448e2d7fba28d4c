package dev.journeymap.core.insights;

import dev.journeymap.core.Funnel;
import java.util.Objects;

/**
 * The funnel of one stage, read as how many customers it loses: where customers get lost.
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
 * <p>A funnel that nobody entered loses nobody: its rate is 0, as {@link Funnel#dropOffRate()}
 * says.
 *
 * @param stage the stage whose funnel this is
 * @param funnel how many customers entered and completed the stage
 */
public record FunnelDropOff(StageRef stage, Funnel funnel) {

  /** Checks that no component is null. */
  public FunnelDropOff {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(funnel, "funnel");
  }

  /** How many customers reached the stage. */
  public long entered() {
    return funnel.entered();
  }

  /** How many of them went on to the next stage. */
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
