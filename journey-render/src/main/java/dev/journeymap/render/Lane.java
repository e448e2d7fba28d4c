package dev.journeymap.render;

import dev.journeymap.core.BuiltInLane;
import dev.journeymap.core.validation.JourneyValidator;
import dev.journeymap.core.validation.Suggestions;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A swimlane of the map: one row per kind of content, with its label on the left. A lane is
 * either built in (the constants below, in the order the map draws them by default) or one of
 * the team's own lanes that a journey defines ({@code "lanes": [{"id": "content", ...}]}).
 *
 * <p>Each lane has a stable {@link #id() id}, the same in the JSON document, in CSS classes
 * ({@code jm-lane-pain-points}), element ids and the command line's {@code --lanes} option:
 *
 * <pre>{@code
 * Lane.PAIN_POINTS.id()           // "pain-points"
 * Lane.of("pain-points")          // Lane.PAIN_POINTS
 * Lane.of("content")              // a custom lane, drawn if the journey defines it
 * Lane.fromId("pain-point")       // IllegalArgumentException:
 *                                 //   unknown lane: pain-point; did you mean pain-points? ...
 * }</pre>
 *
 * <p>The built-in ids are the format's ({@link BuiltInLane}). Two lanes are equal when their ids
 * are. Immutable.
 */
public final class Lane {
  /** What the customer wants at each stage. */
  public static final Lane CUSTOMER_GOALS = new Lane(BuiltInLane.CUSTOMER_GOALS.id());
  /** What the customer does. */
  public static final Lane ACTIONS = new Lane(BuiltInLane.ACTIONS.id());
  /** Where the customer meets the business: channel icon, name and owner. */
  public static final Lane TOUCHPOINTS = new Lane(BuiltInLane.TOUCHPOINTS.id());
  /** What the customer asks themselves. */
  public static final Lane QUESTIONS = new Lane(BuiltInLane.QUESTIONS.id());
  /** The emotion curves: one per persona, and the overall one. */
  public static final Lane EMOTIONS = new Lane(BuiltInLane.EMOTIONS.id());
  /** What frustrates the customer. */
  public static final Lane PAIN_POINTS = new Lane(BuiltInLane.PAIN_POINTS.id());
  /** What the business could improve. */
  public static final Lane OPPORTUNITIES = new Lane(BuiltInLane.OPPORTUNITIES.id());
  /** Indicators, value against target. */
  public static final Lane KPIS = new Lane(BuiltInLane.KPIS.id());
  /** Completion and drop-off per column. */
  public static final Lane FUNNEL = new Lane(BuiltInLane.FUNNEL.id());
  /** Micro-moments. */
  public static final Lane MOMENTS = new Lane(BuiltInLane.MOMENTS.id());
  /** The physical evidence the customer sees or touches (service blueprint). */
  public static final Lane EVIDENCE = new Lane(BuiltInLane.EVIDENCE.id());
  /** What employees do in view of the customer (service blueprint). */
  public static final Lane FRONTSTAGE = new Lane(BuiltInLane.FRONTSTAGE.id());
  /** What employees do out of the customer's view (service blueprint). */
  public static final Lane BACKSTAGE = new Lane(BuiltInLane.BACKSTAGE.id());
  /** The systems, partners and teams behind them (service blueprint). */
  public static final Lane SUPPORT = new Lane(BuiltInLane.SUPPORT.id());

  private static final List<Lane> CUSTOMER = List.of(CUSTOMER_GOALS, ACTIONS, TOUCHPOINTS,
      QUESTIONS, EMOTIONS, PAIN_POINTS, OPPORTUNITIES, KPIS, FUNNEL, MOMENTS);
  private static final List<Lane> BLUEPRINT = List.of(EVIDENCE, FRONTSTAGE, BACKSTAGE, SUPPORT);
  private static final List<Lane> BUILT_IN = Stream.concat(CUSTOMER.stream(),
      BLUEPRINT.stream()).toList();

  private final String id;

  private Lane(String id) {
    this.id = id;
  }

  /** The built-in lanes in their default order: the customer's lanes, then the blueprint's. */
  public static List<Lane> builtIn() {
    return BUILT_IN;
  }

  /** The built-in lanes of the customer's side, from customer goals to moments. */
  public static List<Lane> customerLanes() {
    return CUSTOMER;
  }

  /** The service blueprint's lanes, in their canonical order: evidence to support. */
  public static List<Lane> blueprintLanes() {
    return BLUEPRINT;
  }

  /**
   * The lane with this id: a built-in one, or a custom lane that a journey may define.
   *
   * @throws IllegalArgumentException if {@code id} is not an id (1 to 64 characters of
   *     {@code a-z}, {@code 0-9}, {@code -}, {@code _}, starting with a letter or digit)
   */
  public static Lane of(String id) {
    Objects.requireNonNull(id, "id");
    for (Lane lane : BUILT_IN) {
      if (lane.id.equals(id)) {
        return lane;
      }
    }
    if (!JourneyValidator.isValidId(id)) {
      throw new IllegalArgumentException("not a lane id: '" + id + "' (1 to 64 characters of "
          + "a-z, 0-9, '-' and '_', starting with a letter or digit)");
    }
    return new Lane(id);
  }

  /**
   * The built-in lane with this {@link #id() id}.
   *
   * @throws IllegalArgumentException naming the value, the closest id and every built-in id, if
   *     no built-in lane has this id
   */
  public static Lane fromId(String id) {
    for (Lane lane : BUILT_IN) {
      if (lane.id.equals(id)) {
        return lane;
      }
    }
    List<String> known = BUILT_IN.stream().map(Lane::id).collect(Collectors.toList());
    String hint = Suggestions.closest(String.valueOf(id), known)
        .map(s -> "; did you mean " + s + "?").orElse("");
    throw new IllegalArgumentException("unknown lane: " + id + hint + " (one of "
        + String.join(", ", known) + ")");
  }

  /** The stable lower-case id, e.g. {@code "customer-goals"}. */
  public String id() {
    return id;
  }

  /** Whether this is one of the library's lanes, not a journey's own. */
  public boolean isBuiltIn() {
    return BUILT_IN.contains(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Lane other && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** The id. */
  @Override
  public String toString() {
    return id;
  }
}
