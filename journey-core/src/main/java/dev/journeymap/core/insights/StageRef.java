package dev.journeymap.core.insights;

import dev.journeymap.core.Stage;
import java.util.Objects;

/**
 * A stage (a column of the map) as an insight names it: its position, its id and its name.
 *
 * <pre>{@code
 * StageRef purchase = new StageRef(2, "purchase", "Purchase");
 * purchase.path()   // "stages[2]"
 * }</pre>
 *
 * @param index the index of the stage in {@link dev.journeymap.core.Journey#stages()}
 * @param id the id of the stage, the stable reference
 * @param name the name at the head of the column, to show
 */
public record StageRef(int index, String id, String name) {

  /** Checks that no component is null and that the index is not negative. */
  public StageRef {
    if (index < 0) {
      throw new IllegalArgumentException("negative stage index: " + index);
    }
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }

  /** The stage at {@code index} of its journey. */
  static StageRef of(int index, Stage stage) {
    return new StageRef(index, stage.id(), stage.name());
  }

  /** Where the stage is in a journey document, in the validator's notation: {@code stages[2]}. */
  public String path() {
    return "stages[" + index + "]";
  }
}
