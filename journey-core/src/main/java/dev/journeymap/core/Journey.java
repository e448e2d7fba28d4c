package dev.journeymap.core;

import com.google.common.collect.ImmutableList;
import dev.journeymap.core.validation.InvalidJourneyException;
import dev.journeymap.core.validation.JourneyValidator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * A customer journey map: what a persona does, asks, feels and suffers, stage by stage, while
 * reaching a business goal, and where they meet the business.
 *
 * <p>Build one with {@link #builder(String)}, or read one with
 * {@link dev.journeymap.core.json.JourneyJson}:
 *
 * <pre>{@code
 * Journey journey = Journey.builder("Booking a junk removal")
 *     .goal("Increase booked jobs")
 *     .persona("busy-homeowner", "Busy homeowner", p -> p.goal("Clear the garage this weekend"))
 *     .stage("awareness", "Awareness", s -> s
 *         .action("Searches 'junk removal near me'")
 *         .touchpoint("search-ad", "Search ad", Channel.SEARCH)
 *         .emotion(0, "Hopeful but unsure"))
 *     .build();
 * }</pre>
 *
 * <p>Every journey obtained from the builder or the reader has passed
 * {@link JourneyValidator#validate(Journey) validation} without errors. Instances are immutable
 * and thread-safe.
 */
@SuppressWarnings("exports") // the @Value annotations are compile-only: see module-info.java
@Value.Immutable
public abstract class Journey {
  /** The version of the JSON format this model corresponds to. */
  public static final int FORMAT = 1;

  Journey() {}

  /** The stable identifier of the map, if given. */
  public abstract Optional<String> id();

  /** The title. */
  public abstract String title();

  /** What the map is about. */
  public abstract Optional<String> description();

  /** The business objective the journey serves, e.g. "Increase booked appointments". */
  public abstract Optional<String> goal();

  /** Whether this is the as-is or the designed journey. */
  @Value.Default
  public JourneyState state() {
    return JourneyState.CURRENT;
  }

  /** The language of the content as a BCP 47 tag, e.g. {@code "en"} or {@code "fr-CA"}. */
  public abstract Optional<String> locale();

  /** The kinds of customer whose journey this is. */
  public abstract ImmutableList<Persona> personas();

  /** The lanes this journey defines beside the {@link BuiltInLane built-in ones}, in order. */
  public abstract ImmutableList<LaneDefinition> lanes();

  /** The stages, in journey order. */
  public abstract ImmutableList<Stage> stages();

  /** The arrows of the service blueprint between items, by item id. */
  public abstract ImmutableList<Link> links();

  /**
   * Every touchpoint of the journey, stage after stage, each stage's own before those of its
   * steps.
   */
  public final ImmutableList<Touchpoint> touchpoints() {
    return stages().stream()
        .flatMap(s -> s.allTouchpoints().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The columns of the map, in order: each step of each stage, or the stage itself when it has
   * no steps.
   *
   * <pre>{@code
   * // stages: awareness (no steps), purchase (steps book, crew-visit)
   * journey.columns()   // [Column[0, awareness], Column[1, book], Column[2, crew-visit]]
   * }</pre>
   */
  @Value.Lazy
  public ImmutableList<Column> columns() {
    ImmutableList.Builder<Column> columns = ImmutableList.builder();
    int index = 0;
    for (int i = 0; i < stages().size(); i++) {
      Stage stage = stages().get(i);
      if (stage.steps().isEmpty()) {
        columns.add(new Column(index++, i, stage, Optional.empty()));
      }
      for (Step step : stage.steps()) {
        columns.add(new Column(index++, i, stage, Optional.of(step)));
      }
    }
    return columns.build();
  }

  /** The column with this id: a step, or a stage without steps. */
  public final Optional<Column> column(String id) {
    return columns().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * The items of the lane {@code laneId} in {@code column}: the column's own (see
   * {@link Column#content()}), for a built-in lane that holds items or a lane of
   * {@link #lanes()}.
   *
   * <pre>{@code
   * journey.items(journey.column("book").orElseThrow(), "backstage")
   * // [Item{text=Dispatcher plans the crew's day, id=schedule, owner=Operations, ...}]
   * }</pre>
   *
   * @throws IllegalArgumentException for a built-in lane of other values, as
   *     {@link LaneContent#items(String)} does
   */
  public final ImmutableList<Item> items(Column column, String laneId) {
    return column.content().items(laneId);
  }

  /**
   * The overall emotion curve, one entry per column of {@link #columns()}: the column's own
   * {@link LaneContent#emotion() emotion}, or for a step without one, its stage's (which spans
   * all of its steps); empty where neither is given, a gap in the curve, never a zero.
   * Touchpoints' emotions are moments inside their column, listed by {@link #emotionCurve()}.
   *
   * <pre>{@code
   * // columns: awareness (0), book (no emotion; its stage purchase has 1), crew-visit (none)
   * journey.aggregateCurve()   // [Optional[0], Optional[1], Optional[1]]
   * }</pre>
   */
  public final ImmutableList<Optional<Emotion>> aggregateCurve() {
    return columns().stream()
        .map(c -> c.content().emotion().or(() -> c.isStep() ? c.stage().emotion()
            : Optional.empty()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The curve of one persona, one entry per column of {@link #columns()}: the persona's entry of
   * the column's {@link LaneContent#emotions() emotions}, or for a step without one, of its
   * stage's; empty where the persona has none, a gap in its curve, never a zero.
   *
   * <pre>{@code
   * // columns: book (couple -1), crew-visit (couple 1.5, landlord 1)
   * journey.personaCurve("couple")     // [Optional[-1], Optional[1.5]]
   * journey.personaCurve("landlord")   // [Optional.empty, Optional[1]]
   * }</pre>
   */
  public final ImmutableList<Optional<Emotion>> personaCurve(String personaId) {
    Objects.requireNonNull(personaId, "personaId");
    return columns().stream()
        .map(c -> c.content().emotionOf(personaId).or(() -> c.isStep()
            ? c.stage().emotionOf(personaId) : Optional.empty()))
        .collect(ImmutableList.toImmutableList());
  }

  /** The lane of {@link #lanes()} with this id. */
  public final Optional<LaneDefinition> lane(String id) {
    return lanes().stream().filter(l -> l.id().equals(id)).findFirst();
  }

  /**
   * The item with this {@link Item#id() id}, in whichever stage, step and lane it is, first
   * found in column order.
   */
  public final Optional<Item> item(String id) {
    Objects.requireNonNull(id, "id");
    for (Stage stage : stages()) {
      Optional<Item> found = withId(stage, id);
      for (int i = 0; found.isEmpty() && i < stage.steps().size(); i++) {
        found = withId(stage.steps().get(i), id);
      }
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<Item> withId(LaneContent content, String id) {
    return content.allItems().stream().filter(i -> i.id().filter(id::equals).isPresent())
        .findFirst();
  }

  /** The stage with this id. */
  public final Optional<Stage> stage(String id) {
    return stages().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The touchpoint with this id, in whichever stage or step it is. */
  public final Optional<Touchpoint> touchpoint(String id) {
    return touchpoints().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The persona with this id. */
  public final Optional<Persona> persona(String id) {
    return personas().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * The emotion curve by stage: for each stage in order, the stage's own emotion (if any)
   * followed by the emotions of its own touchpoints that carry one, in touchpoint order. Steps
   * are not looked at; a map with steps reads its curves from {@link #aggregateCurve()} and
   * {@link #personaCurve(String)}.
   */
  public final ImmutableList<EmotionPoint> emotionCurve() {
    ImmutableList.Builder<EmotionPoint> points = ImmutableList.builder();
    for (int i = 0; i < stages().size(); i++) {
      Stage stage = stages().get(i);
      int index = i;
      stage.emotion().ifPresent(e -> points.add(
          new EmotionPoint(index, stage.id(), Optional.empty(), e)));
      for (Touchpoint t : stage.touchpoints()) {
        t.emotion().ifPresent(e -> points.add(
            new EmotionPoint(index, stage.id(), Optional.of(t.id()), e)));
      }
    }
    return points.build();
  }

  /**
   * The stages in which at least one touchpoint, of the stage or of one of its steps, uses this
   * channel, in journey order.
   */
  public final ImmutableList<Stage> stagesUsing(Channel channel) {
    Objects.requireNonNull(channel, "channel");
    return stages().stream()
        .filter(s -> s.allTouchpoints().stream().anyMatch(t -> t.channel() == channel))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Every insight (customer goal, action, question, pain point, opportunity) marked
   * {@link Evidence#ASSUMPTION}, stage after stage, each stage's own before its steps', lane
   * after lane.
   */
  public final ImmutableList<Item> assumptions() {
    return stages().stream()
        .flatMap(s -> {
          ImmutableList.Builder<Item> insights = ImmutableList.<Item>builder().addAll(s.insights());
          s.steps().forEach(step -> insights.addAll(step.insights()));
          return insights.build().stream();
        })
        .filter(Item::isAssumption)
        .collect(ImmutableList.toImmutableList());
  }

  /** A builder holding a copy of this journey, to make a changed copy. */
  public final Builder toBuilder() {
    Builder builder = new Builder(title());
    builder.delegate.from(this);
    return builder;
  }

  /** Starts a journey with this title. */
  public static Builder builder(String title) {
    return new Builder(title);
  }

  /**
   * Builds a {@link Journey}. Single-valued setters replace; {@code persona}, {@code lane},
   * {@code stage}, {@code link} and {@code exchange} append, in order. {@link #build()} validates the whole journey.
   *
   * <p>A builder is not thread-safe; the journeys it builds are.
   */
  // wraps the generated builder instead of extending it, which Immutables would warn about
  @SuppressWarnings("immutables:incompat")
  public static final class Builder {
    private final ImmutableJourney.Builder delegate = ImmutableJourney.builder();

    private Builder(String title) {
      delegate.title(Texts.strip(title, "title"));
    }

    /** Sets the stable identifier of the map. */
    public Builder id(String id) {
      delegate.id(Texts.strip(id, "id"));
      return this;
    }

    /** Sets the title. */
    public Builder title(String title) {
      delegate.title(Texts.strip(title, "title"));
      return this;
    }

    /** Sets what the map is about. */
    public Builder description(String description) {
      delegate.description(Texts.strip(description, "description"));
      return this;
    }

    /** Sets the business objective. */
    public Builder goal(String goal) {
      delegate.goal(Texts.strip(goal, "goal"));
      return this;
    }

    /** Sets whether this is the current or the future journey. */
    public Builder state(JourneyState state) {
      delegate.state(Objects.requireNonNull(state, "state"));
      return this;
    }

    /** Sets the language of the content, as a BCP 47 tag such as {@code "fr"}. */
    public Builder locale(String languageTag) {
      delegate.locale(Texts.strip(languageTag, "languageTag"));
      return this;
    }

    /** Adds a persona with only an id and a name. */
    public Builder persona(String id, String name) {
      return persona(Persona.of(id, name));
    }

    /** Adds a persona described by {@code spec}. */
    public Builder persona(String id, String name, Consumer<? super Persona.Builder> spec) {
      Persona.Builder builder = Persona.builder(id, name);
      spec.accept(builder);
      return persona(builder.build());
    }

    /** Adds a persona. */
    public Builder persona(Persona persona) {
      delegate.addPersona(persona);
      return this;
    }

    /** Defines a lane of this journey with an id and a name. */
    public Builder lane(String id, String name) {
      return lane(LaneDefinition.of(id, name));
    }

    /** Defines a lane of this journey with an id, a name and a description. */
    public Builder lane(String id, String name, String description) {
      return lane(LaneDefinition.of(id, name, description));
    }

    /** Defines a lane of this journey. */
    public Builder lane(LaneDefinition lane) {
      delegate.addLane(lane);
      return this;
    }

    /** Adds a {@link LinkKind#FLOW} link: the item {@code fromItemId} leads to {@code toItemId}. */
    public Builder link(String fromItemId, String toItemId) {
      return link(Link.of(fromItemId, toItemId));
    }

    /** Adds an {@link LinkKind#EXCHANGE} link: the two items exchange both ways. */
    public Builder exchange(String itemId, String otherItemId) {
      return link(Link.of(itemId, otherItemId, LinkKind.EXCHANGE));
    }

    /** Adds a link. */
    public Builder link(Link link) {
      delegate.addLink(link);
      return this;
    }

    /** Adds a stage described by {@code spec}. */
    public Builder stage(String id, String name, Consumer<? super Stage.Builder> spec) {
      Stage.Builder builder = Stage.builder(id, name);
      spec.accept(builder);
      return stage(builder.build());
    }

    /** Adds a stage. */
    public Builder stage(Stage stage) {
      delegate.addStage(stage);
      return this;
    }

    /**
     * The journey, after validation.
     *
     * @throws InvalidJourneyException carrying every problem found, if any is an error; warnings
     *     alone do not prevent building (see {@link JourneyValidator#validate(Journey)})
     */
    public Journey build() {
      Journey journey = delegate.build();
      JourneyValidator.validate(journey).throwIfInvalid();
      return journey;
    }
  }
}
