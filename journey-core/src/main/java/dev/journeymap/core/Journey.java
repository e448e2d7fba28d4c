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

  /** The stages, in journey order. */
  public abstract ImmutableList<Stage> stages();

  /** Every touchpoint of the journey, stage after stage. */
  public final ImmutableList<Touchpoint> touchpoints() {
    return stages().stream()
        .flatMap(s -> s.touchpoints().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** The stage with this id. */
  public final Optional<Stage> stage(String id) {
    return stages().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The touchpoint with this id, in whichever stage it is. */
  public final Optional<Touchpoint> touchpoint(String id) {
    return stages().stream().flatMap(s -> s.touchpoints().stream())
        .filter(t -> t.id().equals(id)).findFirst();
  }

  /** The persona with this id. */
  public final Optional<Persona> persona(String id) {
    return personas().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * The emotion curve: for each stage in order, the stage's own emotion (if any) followed by the
   * emotions of its touchpoints that carry one, in touchpoint order.
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

  /** The stages in which at least one touchpoint uses this channel, in journey order. */
  public final ImmutableList<Stage> stagesUsing(Channel channel) {
    Objects.requireNonNull(channel, "channel");
    return stages().stream()
        .filter(s -> s.touchpoints().stream().anyMatch(t -> t.channel() == channel))
        .collect(ImmutableList.toImmutableList());
  }

  /** Every insight marked {@link Evidence#ASSUMPTION}, stage after stage, lane after lane. */
  public final ImmutableList<Item> assumptions() {
    return stages().stream()
        .flatMap(s -> s.insights().stream())
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
   * Builds a {@link Journey}. Single-valued setters replace; {@code persona} and {@code stage}
   * append, in order. {@link #build()} validates the whole journey.
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
