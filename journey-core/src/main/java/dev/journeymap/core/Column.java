package dev.journeymap.core;

import java.util.Objects;
import java.util.Optional;

/**
 * One column of the map, on its single time axis: a step, or a stage without steps.
 *
 * <pre>{@code
 * // stages: awareness (no steps), purchase (steps book, crew-visit)
 * journey.columns()
 * // [Column[0, awareness], Column[1, book], Column[2, crew-visit]]
 * journey.columns().get(2).stage().id()   // "purchase"
 * }</pre>
 *
 * @param index the position of the column in {@link Journey#columns()}, from 0
 * @param stageIndex the position of its stage in {@link Journey#stages()}
 * @param stage the stage, which is the column itself or the band over it
 * @param step the step, absent when the column is a stage without steps
 */
public record Column(int index, int stageIndex, Stage stage, Optional<Step> step) {

  /** Checks that no component is null and no index negative. */
  public Column {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(step, "step");
    if (index < 0 || stageIndex < 0) {
      throw new IllegalArgumentException("negative index: " + index + ", " + stageIndex);
    }
  }

  /** Whether the column is a step of its stage, not a whole stage. */
  public boolean isStep() {
    return step.isPresent();
  }

  /** The id of the step, or of the stage when the column is a whole stage. */
  public String id() {
    return step.map(Step::id).orElse(stage.id());
  }

  /** The name of the step, or of the stage when the column is a whole stage. */
  public String name() {
    return step.map(Step::name).orElse(stage.name());
  }

  /**
   * The content of this column itself: the step's lanes, or the stage's when the column is a
   * whole stage. The lanes given on a stage with steps span all of its columns and are read
   * from {@link #stage()}.
   */
  public LaneContent content() {
    return step.<LaneContent>map(s -> s).orElse(stage);
  }

  /** {@code Column[index, id]}, short, for test failures. */
  @Override
  public String toString() {
    return "Column[" + index + ", " + id() + "]";
  }
}
