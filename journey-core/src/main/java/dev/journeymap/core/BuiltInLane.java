package dev.journeymap.core;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The lanes that every map knows, each with the id that the format, the render options and the
 * command line use for it. A journey may define lanes of its own ({@link LaneDefinition});
 * their ids are
 * never one of these.
 *
 * <pre>{@code
 * BuiltInLane.PAIN_POINTS.id()            // "pain-points"
 * BuiltInLane.of("backstage")             // Optional[BACKSTAGE]
 * BuiltInLane.of("content")               // Optional.empty (a custom lane, if the journey defines it)
 * }</pre>
 *
 * <p>The constants are in the order in which a map shows them: the customer's lanes first, then
 * the service blueprint ({@link #isBlueprint()}).
 */
public enum BuiltInLane {
  /** What the customer wants: {@link LaneContent#customerGoals()}. */
  CUSTOMER_GOALS("customer-goals", LaneContent::customerGoals, false),
  /** What the customer does: {@link LaneContent#actions()}. */
  ACTIONS("actions", LaneContent::actions, false),
  /** Where the customer meets the business: {@link LaneContent#touchpoints()}. */
  TOUCHPOINTS("touchpoints", null, false),
  /** What the customer asks themselves: {@link LaneContent#questions()}. */
  QUESTIONS("questions", LaneContent::questions, false),
  /** How the customer feels: {@link LaneContent#emotion()} and {@link LaneContent#emotions()}. */
  EMOTIONS("emotions", null, false),
  /** What frustrates the customer: {@link LaneContent#painPoints()}. */
  PAIN_POINTS("pain-points", LaneContent::painPoints, false),
  /** What the business could improve: {@link LaneContent#opportunities()}. */
  OPPORTUNITIES("opportunities", LaneContent::opportunities, false),
  /** The indicators: {@link LaneContent#kpis()}. */
  KPIS("kpis", null, false),
  /** How many entered and completed: {@link LaneContent#funnel()}. */
  FUNNEL("funnel", null, false),
  /** The micro-moments: {@link LaneContent#moments()}. */
  MOMENTS("moments", null, false),
  /** What the customer sees or touches: {@link LaneContent#evidence()}. */
  EVIDENCE("evidence", LaneContent::evidence, true),
  /** What employees do in view of the customer: {@link LaneContent#frontstage()}. */
  FRONTSTAGE("frontstage", LaneContent::frontstage, true),
  /** What employees do out of view: {@link LaneContent#backstage()}. */
  BACKSTAGE("backstage", LaneContent::backstage, true),
  /** The systems, partners and teams behind them: {@link LaneContent#support()}. */
  SUPPORT("support", LaneContent::support, true);

  private static final ImmutableList<String> IDS = Arrays.stream(values())
      .map(BuiltInLane::id).collect(ImmutableList.toImmutableList());

  private final String id;
  /** The lane's items in a stage or step; null for a lane of other values. */
  private final Function<LaneContent, ImmutableList<Item>> items;
  private final boolean blueprint;

  BuiltInLane(String id, Function<LaneContent, ImmutableList<Item>> items, boolean blueprint) {
    this.id = id;
    this.items = items;
    this.blueprint = blueprint;
  }

  /** The id of the lane, e.g. {@code "pain-points"}. */
  public String id() {
    return id;
  }

  /**
   * Whether the lane is a list of {@link Item items}, which {@link LaneContent#items(String)}
   * returns; the touchpoints, emotions, KPIs, funnel and moments lanes hold values of their own.
   */
  public boolean holdsItems() {
    return items != null;
  }

  /**
   * The items of this lane in {@code content}, e.g. {@code PAIN_POINTS.items(stage)} is
   * {@code stage.painPoints()}.
   *
   * @throws IllegalArgumentException if the lane does not {@link #holdsItems() hold items}
   */
  public ImmutableList<Item> items(LaneContent content) {
    Objects.requireNonNull(content, "content");
    if (items == null) {
      throw new IllegalArgumentException("lane " + id + " does not hold items");
    }
    return items.apply(content);
  }

  /** Whether the lane belongs to the service blueprint: evidence, frontstage, backstage, support. */
  public boolean isBlueprint() {
    return blueprint;
  }

  /** The built-in lane with this id, or empty if there is none (a custom lane, or a typo). */
  public static Optional<BuiltInLane> of(String id) {
    Objects.requireNonNull(id, "id");
    return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
  }

  /** The ids of every built-in lane, in the order of the constants. */
  public static ImmutableList<String> ids() {
    return IDS;
  }
}
