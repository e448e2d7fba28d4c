package dev.journeymap.core.insights;

import dev.journeymap.core.Touchpoint;
import java.util.Objects;
import java.util.Optional;

/**
 * A touchpoint as an insight names it: the stage it belongs to, the step that holds it if any,
 * its position there, its id and its name.
 *
 * <pre>{@code
 * StageRef purchase = new StageRef(2, "purchase", "Purchase");
 * TouchpointRef form = new TouchpointRef(purchase, 0, "booking-form", "Online booking form");
 * form.path()   // "stages[2].touchpoints[0]", a touchpoint of the stage itself
 *
 * StepRef sign = new StepRef(purchase, 1, "sign", "Sign and pay");
 * TouchpointRef invoice = new TouchpointRef(purchase, Optional.of(sign), 0, "e-signature",
 *     "E-signature and invoice");
 * invoice.path()   // "stages[2].steps[1].touchpoints[0]"
 * }</pre>
 *
 * @param stage the stage that holds the touchpoint, itself or in one of its steps
 * @param step the step that holds the touchpoint; empty for a touchpoint of the stage itself
 * @param index the index of the touchpoint in the {@code touchpoints()} of that step, or of the
 *     stage when there is no step
 * @param id the id of the touchpoint, unique in the journey: the stable reference
 * @param name the name a team uses for it, to show
 */
public record TouchpointRef(StageRef stage, Optional<StepRef> step, int index, String id,
    String name) {

  /**
   * Checks that no component is null, that the step, if any, is in the stage, and that the index
   * is not negative.
   */
  public TouchpointRef {
    StepRef.checkIn(stage, step);
    if (index < 0) {
      throw new IllegalArgumentException("negative touchpoint index: " + index);
    }
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }

  /** A touchpoint of the stage itself, not of one of its steps. */
  public TouchpointRef(StageRef stage, int index, String id, String name) {
    this(stage, Optional.empty(), index, id, name);
  }

  /** The touchpoint at {@code index} of {@code step}, or of {@code stage} itself. */
  static TouchpointRef of(StageRef stage, Optional<StepRef> step, int index,
      Touchpoint touchpoint) {
    return new TouchpointRef(stage, step, index, touchpoint.id(), touchpoint.name());
  }

  /**
   * Where the touchpoint is in a journey document, in the validator's notation:
   * {@code stages[2].touchpoints[0]}, or {@code stages[2].steps[1].touchpoints[0]} in a step.
   */
  public String path() {
    return StepRef.path(stage, step) + ".touchpoints[" + index + "]";
  }
}
