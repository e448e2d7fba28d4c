package dev.journeymap.core;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * A step of a {@link Stage}: one column of the map, with every lane that a stage has. The stage
 * is a band over its steps' columns.
 *
 * <p>Steps are usually built inside {@link Stage.Builder#step(String, String, Consumer)}:
 *
 * <pre>{@code
 * .stage("purchase", "Purchase", s -> s
 *     .step("book", "Books online", st -> st
 *         .persona("couple")
 *         .action("Fills in the booking form at lunch")
 *         .emotion("couple", -1, "Annoyed")))
 * }</pre>
 */
@SuppressWarnings("exports") // the @Value annotations are compile-only: see module-info.java
@Value.Immutable
public abstract class Step implements LaneContent {
  Step() {}

  /** The id, unique among the stage and step ids of the journey (each is a column id). */
  public abstract String id();

  /** The name shown at the head of the column. */
  public abstract String name();

  /** What happens in this step. */
  public abstract Optional<String> description();

  /** Ids of the personas who take part in this step; empty means all of them. */
  public abstract ImmutableList<String> personas();

  /** Starts a step. */
  public static Builder builder(String id, String name) {
    return new Builder(id, name);
  }

  /**
   * Builds a {@link Step}. Single-valued setters ({@code description}, {@code emotion},
   * {@code funnel}) replace; every other method appends, in order.
   */
  // holds its own fields and makes a new generated builder at each build(), so that a builder
  // may build again after more calls; Immutables would warn about extending the generated one
  @SuppressWarnings("immutables:incompat")
  public static final class Builder extends LaneContentBuilder<Builder> {
    private final String id;
    private final String name;
    private Optional<String> description = Optional.empty();
    private final ImmutableList.Builder<String> personas = ImmutableList.builder();

    private Builder(String id, String name) {
      this.id = Texts.strip(id, "id");
      this.name = Texts.strip(name, "name");
    }

    @Override
    Builder self() {
      return this;
    }

    /** Sets what happens in this step. */
    public Builder description(String description) {
      this.description = Optional.of(Texts.strip(description, "description"));
      return this;
    }

    /** Adds the ids of personas who take part in this step. */
    public Builder persona(String... personaIds) {
      for (String id : personaIds) {
        personas.add(Texts.strip(id, "personaId"));
      }
      return this;
    }

    /** The step; the builder may go on to build others. */
    public Step build() {
      return ImmutableStep.builder().from(content()).id(id).name(name).description(description)
          .personas(personas.build()).build();
    }
  }
}
