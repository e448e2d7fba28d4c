package dev.journeymap.core;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * A stage of the journey: what the customer wants, does and asks there, where they meet the
 * business, how they feel, what hurts, and what the business could do. A stage is one column of
 * the map, or, when divided into {@link #steps() steps}, a band over its steps' columns; what is
 * given on the stage itself then belongs to the whole stage.
 *
 * <p>Stages are usually built inside {@link Journey.Builder#stage(String, String, Consumer)}:
 *
 * <pre>{@code
 * .stage("awareness", "Awareness", s -> s
 *     .action("Searches 'junk removal near me'")
 *     .touchpoint("search-ad", "Search ad", Channel.SEARCH)
 *     .emotion(0, "Hopeful but unsure")
 *     .painPoint("Too many look-alike ads", Evidence.ANECDOTAL))
 * .stage("purchase", "Purchase", s -> s
 *     .step("book", "Books online", st -> st.action("Fills in the form").emotion("couple", -1))
 *     .step("crew-visit", "Crew paints the room", st -> st.emotion("couple", 1.5)))
 * }</pre>
 */
@SuppressWarnings("exports") // the @Value annotations are compile-only: see module-info.java
@Value.Immutable
public abstract class Stage implements LaneContent {
  Stage() {}

  /** The id, unique among the stage and step ids of the journey (each is a column id). */
  public abstract String id();

  /** The name shown at the head of the column, or of the band over its steps. */
  public abstract String name();

  /** What the stage is about. */
  public abstract Optional<String> description();

  /** The steps that divide this stage, in order; empty when the stage is one column. */
  public abstract ImmutableList<Step> steps();

  /** Whether the stage holds nothing but its id, name and description: no lane, no step. */
  @Override
  public final boolean isEmpty() {
    return LaneContent.super.isEmpty() && steps().isEmpty();
  }

  /** The touchpoint of this stage with this id, on the stage itself or in one of its steps. */
  public final Optional<Touchpoint> touchpoint(String id) {
    return allTouchpoints().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The touchpoints of the stage itself, then those of each step in order. */
  public final ImmutableList<Touchpoint> allTouchpoints() {
    ImmutableList.Builder<Touchpoint> all = ImmutableList.<Touchpoint>builder()
        .addAll(touchpoints());
    steps().forEach(step -> all.addAll(step.touchpoints()));
    return all.build();
  }

  /** The step of this stage with this id. */
  public final Optional<Step> step(String id) {
    return steps().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** Starts a stage. */
  public static Builder builder(String id, String name) {
    return new Builder(id, name);
  }

  /**
   * Builds a {@link Stage}. Single-valued setters ({@code description}, {@code emotion},
   * {@code funnel}) replace; every other method appends to its lane, or to the steps, in order.
   */
  // holds its own fields and makes a new generated builder at each build(), so that a builder
  // may build again after more calls; Immutables would warn about extending the generated one
  @SuppressWarnings("immutables:incompat")
  public static final class Builder extends LaneContentBuilder<Builder> {
    private final String id;
    private final String name;
    private Optional<String> description = Optional.empty();
    private final ImmutableList.Builder<Step> steps = ImmutableList.builder();

    private Builder(String id, String name) {
      this.id = Texts.strip(id, "id");
      this.name = Texts.strip(name, "name");
    }

    @Override
    Builder self() {
      return this;
    }

    /** Sets what the stage is about. */
    public Builder description(String description) {
      this.description = Optional.of(Texts.strip(description, "description"));
      return this;
    }

    /** Adds a step described by {@code spec}: the same lane methods as a stage. */
    public Builder step(String id, String name, Consumer<? super Step.Builder> spec) {
      Step.Builder builder = Step.builder(id, name);
      spec.accept(builder);
      return step(builder.build());
    }

    /** Adds a step. */
    public Builder step(Step step) {
      steps.add(step);
      return this;
    }

    /** The stage; the builder may go on to build others. */
    public Stage build() {
      return ImmutableStage.builder().from(content()).id(id).name(name).description(description)
          .steps(steps.build()).build();
    }
  }
}
