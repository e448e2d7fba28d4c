package dev.journeymap.render;

import dev.journeymap.core.validation.Suggestions;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A swimlane of the map: one row per kind of content, with its label on the left.
 *
 * <p>Each lane has a stable {@link #id() id} used in CSS classes ({@code jm-lane-pain-points}),
 * element ids and the command line's {@code --lanes} option:
 *
 * <pre>{@code
 * Lane.PAIN_POINTS.id()          // "pain-points"
 * Lane.fromId("pain-points")     // Lane.PAIN_POINTS
 * Lane.fromId("pain-point")      // IllegalArgumentException:
 *                                //   unknown lane: pain-point; did you mean pain-points? ...
 * }</pre>
 */
public enum Lane {
  /** What the customer wants at each stage. */
  CUSTOMER_GOALS,
  /** What the customer does. */
  ACTIONS,
  /** Where the customer meets the business: channel icon, name and owner. */
  TOUCHPOINTS,
  /** What the customer asks themselves. */
  QUESTIONS,
  /** The emotion curve. */
  EMOTIONS,
  /** What frustrates the customer. */
  PAIN_POINTS,
  /** What the business could improve. */
  OPPORTUNITIES,
  /** Indicators, value against target. */
  KPIS,
  /** Completion and drop-off per stage. */
  FUNNEL,
  /** Micro-moments. */
  MOMENTS;

  private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** The stable lower-case id, e.g. {@code "customer-goals"}. */
  public String id() {
    return id;
  }

  /**
   * The lane with this {@link #id() id}.
   *
   * @throws IllegalArgumentException naming the value, the closest id and every valid id, if no
   *     lane has this id
   */
  public static Lane fromId(String id) {
    for (Lane lane : values()) {
      if (lane.id.equals(id)) {
        return lane;
      }
    }
    String all = Arrays.stream(values()).map(Lane::id).collect(Collectors.joining(", "));
    String hint = Suggestions.closest(String.valueOf(id), Arrays.stream(values()).map(Lane::id)
            .collect(Collectors.toList()))
        .map(s -> "; did you mean " + s + "?")
        .orElse("");
    throw new IllegalArgumentException("unknown lane: " + id + hint + " (one of " + all + ")");
  }
}
