package dev.journeymap.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The lane methods that {@link Stage.Builder} and {@link Step.Builder} share, so that a step
 * reads like a stage:
 *
 * <pre>{@code
 * .stage("purchase", "Purchase", s -> s
 *     .emotion(0.5, "Relieved once booked")
 *     .step("book", "Books online", st -> st
 *         .action("Fills in the booking form")
 *         .emotion("couple", -1, "Annoyed")
 *         .backstage(Item.builder("Dispatcher plans the crew's day").id("schedule").build())
 *         .lane("content", "Booking confirmation with the crew's photo")))
 * }</pre>
 *
 * <p>Single-valued setters ({@code emotion(score...)}, {@code funnel}) replace; every other
 * method appends to its lane, in order.
 *
 * @param <B> the builder itself, returned by every method
 */
// wraps the generated builder instead of extending it, which Immutables would warn about
@SuppressWarnings("immutables:incompat")
public abstract class LaneContentBuilder<B extends LaneContentBuilder<B>> {
  private final ImmutableContent.Builder content = ImmutableContent.builder();
  /** Custom lanes, in the order their ids were first given; appended to, unlike a map builder. */
  private final Map<String, ImmutableList.Builder<Item>> lanes = new LinkedHashMap<>();

  LaneContentBuilder() {}

  /** This builder, typed as its own class. */
  abstract B self();

  /**
   * The lanes given so far, as one value. Only {@link #lane(String, Item)} adds to a custom
   * lane, so none is empty: as for every list of the format, an empty lane is no lane.
   */
  final Content content() {
    ImmutableMap.Builder<String, ImmutableList<Item>> built = ImmutableMap.builder();
    lanes.forEach((id, items) -> built.put(id, items.build()));
    return content.lanes(built.buildOrThrow()).build();
  }

  /** Adds a customer goal. */
  public B customerGoal(String text) {
    return customerGoal(Item.of(text));
  }

  /** Adds a customer goal with its evidence. */
  public B customerGoal(String text, Evidence evidence) {
    return customerGoal(Item.of(text, evidence));
  }

  /** Adds a customer goal. */
  public B customerGoal(Item item) {
    content.addCustomerGoal(item);
    return self();
  }

  /** Adds an action. */
  public B action(String text) {
    return action(Item.of(text));
  }

  /** Adds an action with its evidence. */
  public B action(String text, Evidence evidence) {
    return action(Item.of(text, evidence));
  }

  /** Adds an action. */
  public B action(Item item) {
    content.addAction(item);
    return self();
  }

  /** Adds a question. */
  public B question(String text) {
    return question(Item.of(text));
  }

  /** Adds a question with its evidence. */
  public B question(String text, Evidence evidence) {
    return question(Item.of(text, evidence));
  }

  /** Adds a question. */
  public B question(Item item) {
    content.addQuestion(item);
    return self();
  }

  /** Adds a touchpoint with only its required fields. */
  public B touchpoint(String id, String name, Channel channel) {
    return touchpoint(Touchpoint.of(id, name, channel));
  }

  /** Adds a touchpoint described by {@code spec}. */
  public B touchpoint(String id, String name, Channel channel,
      Consumer<? super Touchpoint.Builder> spec) {
    Touchpoint.Builder builder = Touchpoint.builder(id, name, channel);
    spec.accept(builder);
    return touchpoint(builder.build());
  }

  /** Adds a touchpoint. */
  public B touchpoint(Touchpoint touchpoint) {
    content.addTouchpoint(touchpoint);
    return self();
  }

  /**
   * Sets the overall emotion here, the point of the aggregate curve. An emotion naming a
   * persona belongs in {@link #personaEmotion(Emotion)}; given here, the journey does not
   * validate.
   */
  public B emotion(Emotion emotion) {
    content.emotion(Objects.requireNonNull(emotion, "emotion"));
    return self();
  }

  /** Sets the overall emotion from a score and a label. */
  public B emotion(double score, String label) {
    return emotion(Emotion.of(score, label));
  }

  /** Sets the overall emotion from a score alone. */
  public B emotion(double score) {
    return emotion(Emotion.of(score));
  }

  /** Adds how the persona with this id feels here: {@code .emotion("couple", -1, "Annoyed")}. */
  public B emotion(String personaId, double score, String label) {
    return personaEmotion(Emotion.ofPersona(personaId, score, label));
  }

  /** Adds how the persona with this id feels here, as a score alone. */
  public B emotion(String personaId, double score) {
    return personaEmotion(Emotion.ofPersona(personaId, score));
  }

  /** Adds the emotion of one persona, made with {@link Emotion#ofPersona}. */
  public B personaEmotion(Emotion emotion) {
    content.addEmotion(Objects.requireNonNull(emotion, "emotion"));
    return self();
  }

  /** Adds a pain point. */
  public B painPoint(String text) {
    return painPoint(Item.of(text));
  }

  /** Adds a pain point with its evidence. */
  public B painPoint(String text, Evidence evidence) {
    return painPoint(Item.of(text, evidence));
  }

  /** Adds a pain point. */
  public B painPoint(Item item) {
    content.addPainPoint(item);
    return self();
  }

  /** Adds an opportunity. */
  public B opportunity(String text) {
    return opportunity(Item.of(text));
  }

  /** Adds an opportunity with its evidence. */
  public B opportunity(String text, Evidence evidence) {
    return opportunity(Item.of(text, evidence));
  }

  /** Adds an opportunity. */
  public B opportunity(Item item) {
    content.addOpportunity(item);
    return self();
  }

  /** Adds a KPI with a value and a target. */
  public B kpi(String name, double value, double target) {
    return kpi(Kpi.of(name, value, target));
  }

  /** Adds a KPI described by {@code spec}. */
  public B kpi(String name, Consumer<? super Kpi.Builder> spec) {
    return kpi(Kpi.builder(name).apply(spec).build());
  }

  /** Adds a KPI. */
  public B kpi(Kpi kpi) {
    content.addKpi(kpi);
    return self();
  }

  /** Sets the funnel. */
  public B funnel(long entered, long completed) {
    content.funnel(Funnel.of(entered, completed));
    return self();
  }

  /** Adds micro-moments. */
  public B moment(Moment... moments) {
    content.addMoments(moments);
    return self();
  }

  /** Adds an item with this text to the custom lane {@code laneId}, defined on the journey. */
  public B lane(String laneId, String text) {
    return lane(laneId, Item.of(text));
  }

  /** Adds an item to the custom lane {@code laneId}, defined on the journey. */
  public B lane(String laneId, Item item) {
    Objects.requireNonNull(item, "item");
    lanes.computeIfAbsent(Texts.strip(laneId, "laneId"), id -> ImmutableList.builder()).add(item);
    return self();
  }

  /** Adds physical evidence with this text: what the customer sees or touches. */
  public B evidence(String text) {
    return evidence(Item.of(text));
  }

  /** Adds physical evidence: what the customer sees or touches. */
  public B evidence(Item item) {
    content.addEvidence(item);
    return self();
  }

  /** Adds what employees do in view of the customer. */
  public B frontstage(String text) {
    return frontstage(Item.of(text));
  }

  /** Adds what employees do in view of the customer. */
  public B frontstage(Item item) {
    content.addFrontstage(item);
    return self();
  }

  /** Adds what employees do out of view of the customer. */
  public B backstage(String text) {
    return backstage(Item.of(text));
  }

  /** Adds what employees do out of view of the customer. */
  public B backstage(Item item) {
    content.addBackstage(item);
    return self();
  }

  /** Adds a system, partner or team behind the employees. */
  public B support(String text) {
    return support(Item.of(text));
  }

  /** Adds a system, partner or team behind the employees. */
  public B support(Item item) {
    content.addSupport(item);
    return self();
  }
}
