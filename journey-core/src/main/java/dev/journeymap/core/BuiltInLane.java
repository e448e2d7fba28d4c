package dev.journeymap.core;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The lanes that every map knows, each with the id that the format, the render options and the
 * command line use for it. A journey may define lanes of its own ({@link Lane}); their ids are
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
  CUSTOMER_GOALS("customer-goals", true, false),
  /** What the customer does: {@link LaneContent#actions()}. */
  ACTIONS("actions", true, false),
  /** Where the customer meets the business: {@link LaneContent#touchpoints()}. */
  TOUCHPOINTS("touchpoints", false, false),
  /** What the customer asks themselves: {@link LaneContent#questions()}. */
  QUESTIONS("questions", true, false),
  /** How the customer feels: {@link LaneContent#emotion()} and {@link LaneContent#emotions()}. */
  EMOTIONS("emotions", false, false),
  /** What frustrates the customer: {@link LaneContent#painPoints()}. */
  PAIN_POINTS("pain-points", true, false),
  /** What the business could improve: {@link LaneContent#opportunities()}. */
  OPPORTUNITIES("opportunities", true, false),
  /** The indicators: {@link LaneContent#kpis()}. */
  KPIS("kpis", false, false),
  /** How many entered and completed: {@link LaneContent#funnel()}. */
  FUNNEL("funnel", false, false),
  /** The micro-moments: {@link LaneContent#moments()}. */
  MOMENTS("moments", false, false),
  /** What the customer sees or touches: {@link LaneContent#evidence()}. */
  EVIDENCE("evidence", true, true),
  /** What employees do in view of the customer: {@link LaneContent#frontstage()}. */
  FRONTSTAGE("frontstage", true, true),
  /** What employees do out of view: {@link LaneContent#backstage()}. */
  BACKSTAGE("backstage", true, true),
  /** The systems, partners and teams behind them: {@link LaneContent#support()}. */
  SUPPORT("support", true, true);

  private static final ImmutableList<String> IDS = Arrays.stream(values())
      .map(BuiltInLane::id).collect(ImmutableList.toImmutableList());

  private final String id;
  private final boolean holdsItems;
  private final boolean blueprint;

  BuiltInLane(String id, boolean holdsItems, boolean blueprint) {
    this.id = id;
    this.holdsItems = holdsItems;
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
    return holdsItems;
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
