package dev.journeymap.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Stage} or a {@link Step} holds in the lanes of the map: the customer's lanes
 * (goals, actions, touchpoints, questions, emotions, pain points, opportunities, KPIs, funnel,
 * moments), the lanes the journey defines for itself, and the service blueprint (evidence,
 * frontstage, backstage, support).
 *
 * <pre>{@code
 * Stage purchase = journey.stage("purchase").orElseThrow();
 * purchase.items("pain-points")   // the same list as purchase.painPoints()
 * purchase.items("content")       // the items of the custom lane "content", or an empty list
 * }</pre>
 *
 * <p>Implemented by {@link Stage} and {@link Step} only.
 */
public interface LaneContent {
  /** What the customer wants here. */
  ImmutableList<Item> customerGoals();

  /** What the customer does. */
  ImmutableList<Item> actions();

  /** What the customer asks themselves. */
  ImmutableList<Item> questions();

  /** Where the customer meets the business. */
  ImmutableList<Touchpoint> touchpoints();

  /** How the customer feels here overall: the point of the aggregate emotion curve. */
  Optional<Emotion> emotion();

  /**
   * How each persona feels here, at most one emotion per persona, each naming its
   * {@link Emotion#persona() persona}.
   */
  ImmutableList<Emotion> emotions();

  /** What frustrates the customer. */
  ImmutableList<Item> painPoints();

  /** What the business could improve. */
  ImmutableList<Item> opportunities();

  /** The indicators that quantify this stage or step. */
  ImmutableList<Kpi> kpis();

  /** How many customers entered and completed this stage or step. */
  Optional<Funnel> funnel();

  /** The micro-moments that happen here. */
  ImmutableList<Moment> moments();

  /**
   * The items of the lanes that the journey defines ({@link Journey#lanes()}), by lane id, in
   * the order they were given.
   */
  ImmutableMap<String, ImmutableList<Item>> lanes();

  /** The physical evidence the customer sees or touches: a screen, an e-mail, an invoice. */
  ImmutableList<Item> evidence();

  /** What employees do in view of the customer. */
  ImmutableList<Item> frontstage();

  /** What employees do out of view of the customer. */
  ImmutableList<Item> backstage();

  /** The systems, partners and teams behind the employees. */
  ImmutableList<Item> support();

  /**
   * The items of the lane with this id: a built-in lane that {@link BuiltInLane#holdsItems()
   * holds items} ({@code "actions"}, {@code "pain-points"}, {@code "backstage"}...) or a custom
   * lane; empty for a custom lane with nothing here, or an id that no lane has.
   *
   * @throws IllegalArgumentException if the id is a built-in lane of other values
   *     ({@code "touchpoints"}, {@code "emotions"}, {@code "kpis"}, {@code "funnel"},
   *     {@code "moments"}): read those through their own accessors
   */
  default ImmutableList<Item> items(String laneId) {
    Objects.requireNonNull(laneId, "laneId");
    Optional<BuiltInLane> builtIn = BuiltInLane.of(laneId);
    return builtIn.isPresent() ? builtIn.get().items(this)
        : lanes().getOrDefault(laneId, ImmutableList.of());
  }

  /**
   * Every insight of this stage or step itself (for a stage, not of its steps), lane after
   * lane: customer goals, actions, questions, pain points, opportunities.
   */
  default ImmutableList<Item> insights() {
    return ImmutableList.<Item>builder()
        .addAll(customerGoals())
        .addAll(actions())
        .addAll(questions())
        .addAll(painPoints())
        .addAll(opportunities())
        .build();
  }

  /**
   * Every item of every lane here, lane after lane in the order of {@link BuiltInLane} with the
   * custom lanes after opportunities: customer goals, actions, questions, pain points,
   * opportunities, custom lanes, evidence, frontstage, backstage, support.
   */
  default ImmutableList<Item> allItems() {
    ImmutableList.Builder<Item> all = ImmutableList.<Item>builder()
        .addAll(customerGoals()).addAll(actions()).addAll(questions())
        .addAll(painPoints()).addAll(opportunities());
    lanes().values().forEach(all::addAll);
    return all.addAll(evidence()).addAll(frontstage()).addAll(backstage()).addAll(support())
        .build();
  }

  /** Whether no lane holds anything here (a stage also needs no step to be empty). */
  default boolean isEmpty() {
    return customerGoals().isEmpty() && actions().isEmpty() && questions().isEmpty()
        && touchpoints().isEmpty() && emotion().isEmpty() && emotions().isEmpty()
        && painPoints().isEmpty() && opportunities().isEmpty() && kpis().isEmpty()
        && funnel().isEmpty() && moments().isEmpty()
        && lanes().values().stream().allMatch(ImmutableList::isEmpty)
        && evidence().isEmpty() && frontstage().isEmpty() && backstage().isEmpty()
        && support().isEmpty();
  }

  /** The emotion of this persona here, from {@link #emotions()}. */
  default Optional<Emotion> emotionOf(String personaId) {
    Objects.requireNonNull(personaId, "personaId");
    return emotions().stream().filter(e -> e.persona().filter(personaId::equals).isPresent())
        .findFirst();
  }
}
