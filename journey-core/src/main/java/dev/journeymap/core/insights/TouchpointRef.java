package dev.journeymap.core.insights;

import dev.journeymap.core.Touchpoint;
import java.util.Objects;

/**
 * A touchpoint as an insight names it: the stage it belongs to, its position there, its id and
 * its name.
 *
 * <pre>{@code
 * TouchpointRef form = new TouchpointRef(new StageRef(2, "purchase", "Purchase"), 0,
 *     "booking-form", "Online booking form");
 * form.path()   // "stages[2].touchpoints[0]"
 * }</pre>
 *
 * @param stage the stage that holds the touchpoint
 * @param index the index of the touchpoint in that stage's {@code touchpoints()}
 * @param id the id of the touchpoint, unique in the journey: the stable reference
 * @param name the name a team uses for it, to show
 */
public record TouchpointRef(StageRef stage, int index, String id, String name) {

  /** Checks that no component is null and that the index is not negative. */
  public TouchpointRef {
    Objects.requireNonNull(stage, "stage");
    if (index < 0) {
      throw new IllegalArgumentException("negative touchpoint index: " + index);
    }
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }

  /** The touchpoint at {@code index} of {@code stage}. */
  static TouchpointRef of(StageRef stage, int index, Touchpoint touchpoint) {
    return new TouchpointRef(stage, index, touchpoint.id(), touchpoint.name());
  }

  /**
   * Where the touchpoint is in a journey document, in the validator's notation:
   * {@code stages[2].touchpoints[0]}.
   */
  public String path() {
    return stage.path() + ".touchpoints[" + index + "]";
  }
}
