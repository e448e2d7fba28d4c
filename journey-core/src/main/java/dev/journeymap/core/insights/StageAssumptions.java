package dev.journeymap.core.insights;

import java.util.Objects;

/**
 * How many insights of one stage are still assumptions: the columns to research before anyone
 * acts on them. Counted as in {@link AssumptionShare}.
 *
 * <pre>{@code
 * // a stage with 5 insights, 2 of them marked Evidence.ASSUMPTION
 * StageAssumptions s = new StageAssumptions(new StageRef(1, "evaluate", "Evaluate"), 2, 5);
 * s.share()   // 0.4
 * }</pre>
 *
 * @param stage the stage
 * @param assumptions how many of its insights are marked as assumptions
 * @param insights how many insights it has in all
 */
public record StageAssumptions(StageRef stage, int assumptions, int insights) {

  /** Checks that the stage is not null and that {@code 0 <= assumptions <= insights}. */
  public StageAssumptions {
    Objects.requireNonNull(stage, "stage");
    AssumptionShare.checkCounts(assumptions, insights);
  }

  /** {@code assumptions / insights}, from 0 to 1; 0 when the stage has no insight. */
  public double share() {
    return AssumptionShare.share(assumptions, insights);
  }
}
