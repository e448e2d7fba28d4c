package dev.journeymap.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A lane that a journey defines for itself, beside the {@link BuiltInLane built-in ones}: the
 * content a team sends, the policies that apply, the channels' costs. Stages and steps fill it
 * through {@link LaneContent#lanes()}, by its id.
 *
 * <pre>{@code
 * LaneDefinition.of("content", "Content", "What we send them")
 * }</pre>
 */
@SuppressWarnings("exports") // the @Value annotations are compile-only: see module-info.java
@Value.Immutable
public abstract class LaneDefinition {
  LaneDefinition() {}

  /** The id, unique among the lanes of the journey and never a built-in lane id. */
  public abstract String id();

  /** The name shown at the head of the lane. */
  public abstract String name();

  /** What the lane holds. */
  public abstract Optional<String> description();

  /** A lane with an id and a name. */
  public static LaneDefinition of(String id, String name) {
    return ImmutableLaneDefinition.builder().id(Texts.strip(id, "id"))
        .name(Texts.strip(name, "name"))
        .build();
  }

  /** A lane with an id, a name and a description. */
  public static LaneDefinition of(String id, String name, String description) {
    return ImmutableLaneDefinition.builder().id(Texts.strip(id, "id"))
        .name(Texts.strip(name, "name"))
        .description(Texts.strip(description, "description")).build();
  }
}
