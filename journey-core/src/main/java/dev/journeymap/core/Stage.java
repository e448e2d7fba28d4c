package dev.journeymap.core;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * One step of the journey, a column of the map: what the customer wants, does and asks there,
 * where they meet the business, how they feel, what hurts, and what the business could do.
 *
 * <p>Stages are usually built inside {@link Journey.Builder#stage(String, String, Consumer)}:
 *
 * <pre>{@code
 * .stage("awareness", "Awareness", s -> s
 *     .action("Searches 'junk removal near me'")
 *     .touchpoint("search-ad", "Search ad", Channel.SEARCH)
 *     .emotion(0, "Hopeful but unsure")
 *     .painPoint("Too many look-alike ads", Evidence.ANECDOTAL))
 * }</pre>
 */
@SuppressWarnings("exports") // the @Value annotations are compile-only: see module-info.java
@Value.Immutable
public abstract class Stage {
  Stage() {}

  /** The id, unique among the stages of the journey. */
  public abstract String id();

  /** The name shown at the head of the column. */
  public abstract String name();

  /** What the stage is about. */
  public abstract Optional<String> description();

  /** What the customer wants at this stage. */
  public abstract ImmutableList<Item> customerGoals();

  /** What the customer does. */
  public abstract ImmutableList<Item> actions();

  /** What the customer asks themselves. */
  public abstract ImmutableList<Item> questions();

  /** Where the customer meets the business. */
  public abstract ImmutableList<Touchpoint> touchpoints();

  /** How the customer feels at this stage. */
  public abstract Optional<Emotion> emotion();

  /** What frustrates the customer. */
  public abstract ImmutableList<Item> painPoints();

  /** What the business could improve. */
  public abstract ImmutableList<Item> opportunities();

  /** The indicators that quantify this stage. */
  public abstract ImmutableList<Kpi> kpis();

  /** How many customers entered and completed this stage. */
  public abstract Optional<Funnel> funnel();

  /** The micro-moments that happen at this stage. */
  public abstract ImmutableList<Moment> moments();

  /**
   * Every insight of this stage, lane after lane: customer goals, actions, questions, pain points,
   * opportunities.
   */
  public final ImmutableList<Item> insights() {
    return ImmutableList.<Item>builder()
        .addAll(customerGoals())
        .addAll(actions())
        .addAll(questions())
        .addAll(painPoints())
        .addAll(opportunities())
        .build();
  }

  /** Whether the stage holds nothing but its id, name and description. */
  public final boolean isEmpty() {
    return customerGoals().isEmpty() && actions().isEmpty() && questions().isEmpty()
        && painPoints().isEmpty() && opportunities().isEmpty()
        && touchpoints().isEmpty() && emotion().isEmpty()
        && kpis().isEmpty() && funnel().isEmpty() && moments().isEmpty();
  }

  /** The touchpoint of this stage with this id. */
  public final Optional<Touchpoint> touchpoint(String id) {
    return touchpoints().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** Starts a stage. */
  public static Builder builder(String id, String name) {
    return new Builder(id, name);
  }

  /**
   * Builds a {@link Stage}. Single-valued setters ({@code description}, {@code emotion},
   * {@code funnel}) replace; every other method appends to its lane, in order.
   */
  // wraps the generated builder instead of extending it, which Immutables would warn about
  @SuppressWarnings("immutables:incompat")
  public static final class Builder {
    private final ImmutableStage.Builder delegate = ImmutableStage.builder();

    private Builder(String id, String name) {
      delegate.id(Texts.strip(id, "id")).name(Texts.strip(name, "name"));
    }

    /** Sets what the stage is about. */
    public Builder description(String description) {
      delegate.description(Texts.strip(description, "description"));
      return this;
    }

    /** Adds a customer goal. */
    public Builder customerGoal(String text) {
      return customerGoal(Item.of(text));
    }

    /** Adds a customer goal with its evidence. */
    public Builder customerGoal(String text, Evidence evidence) {
      return customerGoal(Item.of(text, evidence));
    }

    /** Adds a customer goal. */
    public Builder customerGoal(Item item) {
      delegate.addCustomerGoal(item);
      return this;
    }

    /** Adds an action. */
    public Builder action(String text) {
      return action(Item.of(text));
    }

    /** Adds an action with its evidence. */
    public Builder action(String text, Evidence evidence) {
      return action(Item.of(text, evidence));
    }

    /** Adds an action. */
    public Builder action(Item item) {
      delegate.addAction(item);
      return this;
    }

    /** Adds a question. */
    public Builder question(String text) {
      return question(Item.of(text));
    }

    /** Adds a question with its evidence. */
    public Builder question(String text, Evidence evidence) {
      return question(Item.of(text, evidence));
    }

    /** Adds a question. */
    public Builder question(Item item) {
      delegate.addQuestion(item);
      return this;
    }

    /** Adds a touchpoint with only its required fields. */
    public Builder touchpoint(String id, String name, Channel channel) {
      return touchpoint(Touchpoint.of(id, name, channel));
    }

    /** Adds a touchpoint described by {@code spec}. */
    public Builder touchpoint(String id, String name, Channel channel,
        Consumer<? super Touchpoint.Builder> spec) {
      Touchpoint.Builder builder = Touchpoint.builder(id, name, channel);
      spec.accept(builder);
      return touchpoint(builder.build());
    }

    /** Adds a touchpoint. */
    public Builder touchpoint(Touchpoint touchpoint) {
      delegate.addTouchpoint(touchpoint);
      return this;
    }

    /** Sets the emotion of the stage. */
    public Builder emotion(Emotion emotion) {
      delegate.emotion(Objects.requireNonNull(emotion, "emotion"));
      return this;
    }

    /** Sets the emotion of the stage from a score and a label. */
    public Builder emotion(double score, String label) {
      return emotion(Emotion.of(score, label));
    }

    /** Sets the emotion of the stage from a score alone. */
    public Builder emotion(double score) {
      return emotion(Emotion.of(score));
    }

    /** Adds a pain point. */
    public Builder painPoint(String text) {
      return painPoint(Item.of(text));
    }

    /** Adds a pain point with its evidence. */
    public Builder painPoint(String text, Evidence evidence) {
      return painPoint(Item.of(text, evidence));
    }

    /** Adds a pain point. */
    public Builder painPoint(Item item) {
      delegate.addPainPoint(item);
      return this;
    }

    /** Adds an opportunity. */
    public Builder opportunity(String text) {
      return opportunity(Item.of(text));
    }

    /** Adds an opportunity with its evidence. */
    public Builder opportunity(String text, Evidence evidence) {
      return opportunity(Item.of(text, evidence));
    }

    /** Adds an opportunity. */
    public Builder opportunity(Item item) {
      delegate.addOpportunity(item);
      return this;
    }

    /** Adds a KPI with a value and a target. */
    public Builder kpi(String name, double value, double target) {
      return kpi(Kpi.of(name, value, target));
    }

    /** Adds a KPI described by {@code spec}. */
    public Builder kpi(String name, Consumer<? super Kpi.Builder> spec) {
      return kpi(Kpi.builder(name).apply(spec).build());
    }

    /** Adds a KPI. */
    public Builder kpi(Kpi kpi) {
      delegate.addKpi(kpi);
      return this;
    }

    /** Sets the funnel of the stage. */
    public Builder funnel(long entered, long completed) {
      delegate.funnel(Funnel.of(entered, completed));
      return this;
    }

    /** Adds micro-moments. */
    public Builder moment(Moment... moments) {
      delegate.addMoments(moments);
      return this;
    }

    /** The stage. */
    public Stage build() {
      return delegate.build();
    }
  }
}
