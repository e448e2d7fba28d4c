package dev.journeymap.core.insights;

import dev.journeymap.core.Step;
import java.util.Objects;
import java.util.Optional;

/**
 * A step (a column inside a stage) as an insight names it: its stage, its position there, its id
 * and its name.
 *
 * <p>Every answer that can come from inside a stage has a {@code stage()} and an
 * {@code Optional<StepRef> step()}: the step is empty when the answer is about what is given on
 * the stage itself (which spans all of its steps), or about a stage without steps.
 *
 * <pre>{@code
 * StageRef purchase = new StageRef(4, "decide", "Purchase");
 * StepRef sign = new StepRef(purchase, 1, "sign", "Sign and pay");
 * sign.path()   // "stages[4].steps[1]"
 * }</pre>
 *
 * @param stage the stage that the step divides
 * @param index the index of the step in that stage's {@code steps()}
 * @param id the id of the step, unique among the column ids of the journey: the stable reference
 * @param name the name at the head of the step's column, to show
 */
public record StepRef(StageRef stage, int index, String id, String name) {

  /** Checks that no component is null and that the index is not negative. */
  public StepRef {
    Objects.requireNonNull(stage, "stage");
    if (index < 0) {
      throw new IllegalArgumentException("negative step index: " + index);
    }
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }

  /** The step at {@code index} of {@code stage}. */
  static StepRef of(StageRef stage, int index, Step step) {
    return new StepRef(stage, index, step.id(), step.name());
  }

  /**
   * Where the step is in a journey document, in the validator's notation:
   * {@code stages[4].steps[1]}.
   */
  public String path() {
    return stage.path() + ".steps[" + index + "]";
  }

  /** The path of the step, or of the stage itself when there is no step. */
  static String path(StageRef stage, Optional<StepRef> step) {
    return step.map(StepRef::path).orElseGet(stage::path);
  }

  /** Checks that {@code step}, if any, divides {@code stage}: the two name one place. */
  static void checkIn(StageRef stage, Optional<StepRef> step) {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(step, "step");
    if (step.isPresent() && !step.get().stage().equals(stage)) {
      throw new IllegalArgumentException("step " + step.get().id() + " is not in stage "
          + stage.id());
    }
  }
}
