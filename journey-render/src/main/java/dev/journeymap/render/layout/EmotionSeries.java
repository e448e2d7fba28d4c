package dev.journeymap.render.layout;

import dev.journeymap.core.EmotionPoint;
import dev.journeymap.core.Journey;
import dev.journeymap.core.Touchpoint;
import dev.journeymap.render.Ink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One curve of the emotion lane, as data: who it speaks for, how it is drawn (ink, marker shape,
 * dash pattern), its points (at most one per column, with gaps where it has no score) and its
 * touchpoint moments (inside their column, on a leader from the curve, never on the curve).
 *
 * <pre>{@code
 * EmotionSeries.of(journey, columns, labels, ids, touchpoints)   // [the aggregate curve]
 * }</pre>
 *
 * @param key a stable key, e.g. {@code "emotion"} for the aggregate curve
 * @param name the name the legend gives the curve
 * @param ink the colour of its line, leaders and marker outlines
 * @param marker the shape of its points
 * @param stroke its line's width and dash pattern
 * @param points its scores, one per column at most, columns strictly increasing
 * @param moments its touchpoint moments, columns never decreasing
 */
record EmotionSeries(String key, String name, Ink ink, Marker marker, Stroke stroke,
    List<Sample> points, List<Sample> moments) {

  /** Checks the order of the points and of the moments. */
  EmotionSeries {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    points = List.copyOf(points);
    moments = List.copyOf(moments);
    for (int i = 1; i < points.size(); i++) {
      if (points.get(i).column() <= points.get(i - 1).column()) {
        throw new IllegalArgumentException("two points of " + key + " in or out of column order: "
            + points.get(i - 1).column() + " then " + points.get(i).column());
      }
    }
    for (int i = 1; i < moments.size(); i++) {
      if (moments.get(i).column() < moments.get(i - 1).column()) {
        throw new IllegalArgumentException("moments of " + key + " out of column order");
      }
    }
  }

  /**
   * A score of the series in a column.
   *
   * @param column the index of the column in the layout's columns
   * @param score the score, from −2 to +2
   * @param label what the reader is told: the label (touchpoint name first for a moment); the
   *     score is added when drawn
   * @param id the element id of the point's group, if it has one
   */
  record Sample(int column, double score, String label, Optional<String> id) {}

  /**
   * The curves of {@code journey}: today the aggregate curve only (stage scores as points, the
   * touchpoints' as moments), or none when the journey has no score at all.
   */
  static List<EmotionSeries> of(Journey journey, List<Layout.Column> columns, Labels labels,
      Ids ids, Map<String, Touchpoint> touchpoints) {
    Map<String, Integer> columnOfStage = new HashMap<>();
    for (int i = columns.size() - 1; i >= 0; i--) {
      columnOfStage.put(columns.get(i).stageId(), i);
    }
    List<Sample> points = new ArrayList<>();
    List<Sample> moments = new ArrayList<>();
    for (EmotionPoint p : journey.emotionCurve()) {
      Integer column = columnOfStage.get(p.stageId());
      if (column == null) {
        continue;
      }
      String label = p.emotion().label().orElse("");
      if (p.touchpointId().isPresent()) {
        Touchpoint t = touchpoints.get(p.touchpointId().get());
        String name = t == null ? "" : t.name();
        moments.add(new Sample(column, p.emotion().score(),
            label.isEmpty() ? name : name + ": " + label,
            ids.touchpointEmotion(p.touchpointId().get())));
      } else {
        points.add(new Sample(column, p.emotion().score(), label, ids.stageEmotion(p.stageId())));
      }
    }
    if (points.isEmpty() && moments.isEmpty()) {
      return List.of();
    }
    Look look = Look.of(0);
    return List.of(new EmotionSeries("emotion", labels.allCustomers(), look.ink(),
        look.marker(), look.stroke(), points, moments));
  }

  /**
   * How the {@code index}-th curve is drawn: the aggregate first, then each persona's; no two of
   * the first seven share an ink, a marker or a dash pattern.
   */
  record Look(Ink ink, Marker marker, Stroke stroke) {
    private static final List<Look> LOOKS = List.of(
        new Look(Ink.CURVE, Marker.CIRCLE, Stroke.CURVE));

    static Look of(int index) {
      return LOOKS.get(index % LOOKS.size());
    }
  }
}
