package dev.journeymap.render.layout;

import dev.journeymap.core.Column;
import dev.journeymap.core.Emotion;
import dev.journeymap.core.Journey;
import dev.journeymap.core.Persona;
import dev.journeymap.core.Touchpoint;
import dev.journeymap.render.Ink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One curve of the emotion lane, as data: who it speaks for, how it is drawn (ink, marker shape,
 * dash pattern), its points (at most one per column, with gaps where it has no score) and its
 * touchpoint moments (inside their column, on a leader from the curve, never on the curve).
 *
 * <pre>{@code
 * EmotionSeries.of(journey, columns, labels, ids)
 * // [the aggregate curve, then one per persona with emotions: "Buyer", "IT admin"]
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
   * @param repeated whether the score is its stage's, already labelled at an earlier step of
   *     the stage: the curve passes through it, its label is told by the tooltip only
   */
  record Sample(int column, double score, String label, Optional<String> id, boolean repeated) {
    /** A sample labelled on the map. */
    Sample(int column, double score, String label, Optional<String> id) {
      this(column, score, label, id, false);
    }
  }

  /**
   * The curves of {@code journey}: the aggregate curve (each column's {@code emotion}, the
   * touchpoints' as moments), then one per persona who has {@code emotions}, in the journey's
   * order of personas; a curve with no score at all is left out.
   *
   * <p>Columns are matched to the layout's by id (a step, or a stage without steps). A step
   * without a score of its own takes its stage's (the core's curves say so). A touchpoint of a
   * stage with steps spans them: its moment is in the stage's middle column.
   */
  static List<EmotionSeries> of(Journey journey, List<Layout.Column> columns, Labels labels,
      Ids ids) {
    Map<String, Integer> layoutColumn = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      layoutColumn.put(columns.get(i).id(), i);
    }
    List<Column> all = journey.columns();
    int[] at = new int[all.size()];
    for (int k = 0; k < all.size(); k++) {
      at[k] = layoutColumn.getOrDefault(all.get(k).id(), -1);
    }
    List<EmotionSeries> series = new ArrayList<>();
    Look aggregate = Look.of(0);
    series.add(new EmotionSeries("emotion", labels.allCustomers(), aggregate.ink(),
        aggregate.marker(), aggregate.stroke(),
        points(journey.aggregateCurve(), at, all, c -> ids.stageEmotion(c.id()),
            c -> c.content().emotion().isEmpty()),
        moments(journey, all, at, Touchpoint::emotion,
            t -> ids.touchpointEmotion(t.id()))));
    int drawn = 0;
    for (Persona persona : journey.personas()) {
      String id = persona.id();
      List<Sample> points = points(journey.personaCurve(id), at, all,
          c -> ids.personaEmotion(id, c.id()), c -> c.content().emotionOf(id).isEmpty());
      List<Sample> moments = moments(journey, all, at,
          t -> t.emotions().stream().filter(e -> e.persona().filter(id::equals).isPresent())
              .findFirst(),
          t -> ids.personaTouchpointEmotion(id, t.id()));
      if (points.isEmpty() && moments.isEmpty()) {
        continue;
      }
      Look look = Look.of(1 + drawn++);
      series.add(new EmotionSeries("persona-" + id, persona.name(), look.ink(), look.marker(),
          look.stroke(), points, moments));
    }
    series.removeIf(s -> s.points().isEmpty() && s.moments().isEmpty());
    return List.copyOf(series);
  }

  /**
   * The points of a curve, one per scored column; {@code inherited} says whether a step's score
   * is its stage's rather than its own.
   */
  private static List<Sample> points(List<Optional<Emotion>> curve, int[] at, List<Column> all,
      Function<Column, Optional<String>> id, Predicate<Column> inherited) {
    List<Sample> points = new ArrayList<>();
    int last = -1;
    int labelledStage = -1;
    for (int k = 0; k < curve.size(); k++) {
      if (curve.get(k).isPresent() && at[k] > last) {
        Column c = all.get(k);
        Emotion e = curve.get(k).get();
        boolean fromStage = c.isStep() && inherited.test(c);
        boolean repeated = fromStage && labelledStage == c.stageIndex();
        if (fromStage) {
          labelledStage = c.stageIndex();
        }
        points.add(new Sample(at[k], e.score(), e.label().orElse(""), id.apply(c), repeated));
        last = at[k];
      }
    }
    return points;
  }

  private static List<Sample> moments(Journey journey, List<Column> all, int[] at,
      Function<Touchpoint, Optional<Emotion>> emotion,
      Function<Touchpoint, Optional<String>> id) {
    List<Sample> moments = new ArrayList<>();
    for (int k = 0; k < all.size(); k++) {
      Column c = all.get(k);
      List<Touchpoint> here = new ArrayList<>();
      if (c.isStep()) {
        here.addAll(c.step().get().touchpoints());
        // The stage's own touchpoints span its steps: their moments go in its middle column.
        List<Column> ofStage = all.stream().filter(o -> o.stageIndex() == c.stageIndex())
            .toList();
        if (ofStage.get((ofStage.size() - 1) / 2) == c) {
          here.addAll(0, c.stage().touchpoints());
        }
      } else {
        here.addAll(c.stage().touchpoints());
      }
      for (Touchpoint t : here) {
        Optional<Emotion> e = emotion.apply(t);
        if (e.isPresent() && at[k] >= 0) {
          String label = e.get().label().orElse("");
          moments.add(new Sample(at[k], e.get().score(),
              label.isEmpty() ? t.name() : t.name() + ": " + label, id.apply(t)));
        }
      }
    }
    moments.sort(java.util.Comparator.comparingInt(Sample::column));
    return moments;
  }

  /**
   * How the {@code index}-th curve is drawn: the aggregate first, then each persona's; no two of
   * the first seven share an ink, a marker or a dash pattern (a seventh persona and more take
   * the looks again from the first persona's).
   */
  record Look(Ink ink, Marker marker, Stroke stroke) {
    private static final List<Look> LOOKS = List.of(
        new Look(Ink.CURVE, Marker.CIRCLE, Stroke.CURVE),
        new Look(Ink.PERSONA_CURVE_1, Marker.SQUARE, Stroke.CURVE_LONG_DASH),
        new Look(Ink.PERSONA_CURVE_2, Marker.DIAMOND, Stroke.CURVE_DOT),
        new Look(Ink.PERSONA_CURVE_3, Marker.TRIANGLE, Stroke.CURVE_DASH_DOT),
        new Look(Ink.PERSONA_CURVE_4, Marker.TRIANGLE_DOWN, Stroke.CURVE_SHORT_DASH),
        new Look(Ink.PERSONA_CURVE_5, Marker.PLUS, Stroke.CURVE_LONG_SHORT),
        new Look(Ink.PERSONA_CURVE_6, Marker.STAR, Stroke.CURVE_DASH_DOT_DOT));

    static Look of(int index) {
      return LOOKS.get(index < LOOKS.size() ? index : 1 + (index - 1) % (LOOKS.size() - 1));
    }
  }
}
