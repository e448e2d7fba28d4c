package dev.journeymap.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Column;
import dev.journeymap.core.Emotion;
import dev.journeymap.core.Journey;
import dev.journeymap.core.Persona;
import dev.journeymap.core.Stage;
import dev.journeymap.core.Touchpoint;
import dev.journeymap.core.testing.RandomJourneys;
import dev.journeymap.render.Ink;
import dev.journeymap.render.Lane;
import dev.journeymap.render.RenderOptions;
import dev.journeymap.render.SampleJourneys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every emotion lane must hold, checked on the sample journeys, on the random journeys of
 * the core's generator, and on seeded journeys made for this lane: 1 to 60 columns, random
 * scores with gaps, touchpoint moments, labels empty, short, long, of long words, in several
 * scripts, at three column widths.
 */
class EmotionLayoutPropertiesTest {
  private static final LayoutEngine ENGINE = LayoutEngine.create();
  private static final String[] LABELS = {
      "", "Curious", "Tired", "Cautiously hopeful", "Relieved: it just works",
      "Proud of the empty garage", "Unsure whether the quote covers the stairs",
      "Willing to give a recommendation", "Go upstairs", "Überwältigt", "預約できて安心",
      "😀 happy", "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen",
      "a very long label that tells a whole story about what the customer felt at this point "
          + "of the journey and more"};
  private static final double[] WIDTHS = {RenderOptions.MIN_COLUMN_WIDTH, 220, 333};

  static Stream<Arguments> journeys() {
    Stream<Arguments> samples = Stream.concat(SampleJourneys.all().stream(),
            Stream.of(SampleJourneys.twoPersonasWithSteps()))
        .map(j -> Arguments.of("sample " + j.title(), j, RenderOptions.defaults()));
    Stream<Arguments> random = LongStream.rangeClosed(1, 30).mapToObj(seed -> Arguments.of(
        "random " + seed, RandomJourneys.journey(seed, 60), RenderOptions.defaults()));
    Stream<Arguments> emotions = LongStream.rangeClosed(1, 60).mapToObj(seed -> Arguments.of(
        "emotions " + seed, emotions(seed), RenderOptions.builder()
            .columnWidth(WIDTHS[(int) (seed % WIDTHS.length)]).build()));
    return Stream.concat(Stream.concat(samples, random), emotions);
  }

  /**
   * A journey of 1 to 60 stages and 0 to 6 personas whose scores (the aggregate's and each
   * persona's), gaps, moments and labels vary with the seed.
   */
  static Journey emotions(long seed) {
    Random random = new Random(seed);
    int stages = 1 + random.nextInt(seed % 4 == 0 ? 60 : 12);
    int personas = (int) (seed % 7);
    Journey.Builder journey = Journey.builder("Emotions " + seed).id("emotions-" + seed);
    for (int p = 0; p < personas; p++) {
      journey.persona("p" + p, "Persona " + p);
    }
    // With many curves, fewer scores each, as on real maps.
    int chance = personas > 2 ? 3 : 1;
    for (int i = 0; i < stages; i++) {
      int stage = i;
      journey.stage("s" + i, "Stage " + i, s -> {
        s.action("Does something");
        if (random.nextInt(4) > 0) {
          s.emotion(score(random), label(random));
        }
        for (int p = 0; p < personas; p++) {
          if (random.nextInt(2 + chance) < 2) {
            s.emotion("p" + p, score(random), label(random));
          }
        }
        int touchpoints = random.nextInt(4);
        for (int t = 0; t < touchpoints; t++) {
          boolean scored = random.nextBoolean();
          double score = score(random);
          String label = label(random);
          List<Integer> feeling = new ArrayList<>();
          for (int p = 0; p < personas; p++) {
            if (random.nextInt(3 + chance) == 0) {
              feeling.add(p);
            }
          }
          List<Double> scores = feeling.stream().map(p -> score(random)).toList();
          s.touchpoint("t" + stage + "-" + t, "Touchpoint " + t, Channel.WEB, tp -> {
            if (scored) {
              tp.emotion(score, label);
            }
            for (int k = 0; k < feeling.size(); k++) {
              tp.emotion("p" + feeling.get(k), scores.get(k), "felt " + k);
            }
          });
        }
      });
    }
    return journey.build();
  }

  private static String label(Random random) {
    return LABELS[random.nextInt(LABELS.length)];
  }

  private static double score(Random random) {
    return (random.nextInt(9) - 4) / 2.0;
  }

  /**
   * A curve the format asks for, per column of the layout: the score (null for a gap) and the
   * id of its point, and its moments; read from the format's rules, not from the layout code.
   */
  record Expected(Ink ink, Marker marker, Double[] scores, String[] ids, List<Moment> moments) {}

  /** A touchpoint's moment: its layout column, score and id. */
  record Moment(int column, double score, String id) {}

  static List<Expected> expected(Journey journey, Layout layout) {
    String prefix = layout.idPrefix();
    List<Column> all = journey.columns();
    int[] at = new int[all.size()];
    for (int k = 0; k < all.size(); k++) {
      at[k] = -1;
      for (int i = 0; i < layout.columns().size(); i++) {
        if (layout.columns().get(i).id().equals(all.get(k).id())) {
          at[k] = i;
        }
      }
    }
    List<Expected> expected = new ArrayList<>();
    expected.add(curve(journey.aggregateCurve(), at, all, layout, Ink.CURVE, Marker.CIRCLE,
        c -> prefix + "-emotion-stage-" + c.id(), Touchpoint::emotion,
        t -> prefix + "-emotion-touchpoint-" + t.id()));
    List<Ink> inks = List.of(Ink.PERSONA_CURVE_1, Ink.PERSONA_CURVE_2, Ink.PERSONA_CURVE_3,
        Ink.PERSONA_CURVE_4, Ink.PERSONA_CURVE_5, Ink.PERSONA_CURVE_6);
    List<Marker> markers = List.of(Marker.SQUARE, Marker.DIAMOND, Marker.TRIANGLE,
        Marker.TRIANGLE_DOWN, Marker.PLUS, Marker.STAR);
    int drawn = 0;
    for (Persona persona : journey.personas()) {
      String p = persona.id();
      Expected e = curve(journey.personaCurve(p), at, all, layout, inks.get(drawn % 6),
          markers.get(drawn % 6), c -> prefix + "-emotion-persona-" + p + "-stage-" + c.id(),
          t -> t.emotions().stream().filter(x -> x.persona().equals(Optional.of(p)))
              .findFirst(),
          t -> prefix + "-emotion-persona-" + p + "-touchpoint-" + t.id());
      if (Arrays.stream(e.scores()).anyMatch(x -> x != null) || !e.moments().isEmpty()) {
        expected.add(e);
        drawn++;
      }
    }
    expected.removeIf(e -> Arrays.stream(e.scores()).allMatch(x -> x == null)
        && e.moments().isEmpty());
    return expected;
  }

  private static Expected curve(List<Optional<Emotion>> curve, int[] at, List<Column> all,
      Layout layout, Ink ink, Marker marker, Function<Column, String> id,
      Function<Touchpoint, Optional<Emotion>> emotion, Function<Touchpoint, String> momentId) {
    Double[] scores = new Double[layout.columns().size()];
    String[] ids = new String[layout.columns().size()];
    List<Moment> moments = new ArrayList<>();
    for (int k = 0; k < all.size(); k++) {
      Column c = all.get(k);
      if (curve.get(k).isPresent()) {
        scores[at[k]] = curve.get(k).get().score();
        ids[at[k]] = id.apply(c);
      }
      List<Touchpoint> here = new ArrayList<>(c.content().touchpoints());
      List<Column> ofStage = all.stream().filter(o -> o.stageIndex() == c.stageIndex()).toList();
      if (c.isStep() && ofStage.get((ofStage.size() - 1) / 2) == c) {
        here.addAll(c.stage().touchpoints());
      }
      int column = at[k];
      for (Touchpoint t : here) {
        emotion.apply(t).ifPresent(e -> moments.add(new Moment(column, e.score(),
            momentId.apply(t))));
      }
    }
    return new Expected(ink, marker, scores, ids, moments);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("journeys")
  void curvesJoinNeighbouringScoresLeftToRightAndLeaveGaps(String name, Journey journey,
      RenderOptions options) {
    Layout layout = ENGINE.layout(journey, options);
    for (Expected e : expected(journey, layout)) {
      List<Integer> joined = new ArrayList<>();
      for (Mark.Curve curve : layout.all(Mark.Curve.class)) {
        if (curve.ink() != e.ink()) {
          continue;
        }
        List<Point> points = curve.points();
        assertThat(points).hasSizeGreaterThanOrEqualTo(2);
        int first = columnOf(layout, points.get(0).x());
        for (int i = 0; i < points.size(); i++) {
          if (i > 0) {
            assertThat(points.get(i).x()).isGreaterThan(points.get(i - 1).x());
          }
          // One point per column, at its centre, in neighbouring columns only: a gap breaks it.
          Layout.Column column = layout.columns().get(first + i);
          assertThat(points.get(i).x()).isEqualTo(column.x() + column.width() / 2);
          joined.add(first + i);
        }
      }
      List<Integer> expected = new ArrayList<>();
      Double[] s = e.scores();
      for (int i = 0; i < s.length; i++) {
        if (s[i] != null && ((i > 0 && s[i - 1] != null) || (i + 1 < s.length
            && s[i + 1] != null))) {
          expected.add(i);
        }
      }
      assertThat(joined).as("curve in %s", e.ink()).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("journeys")
  void pointsSitAtTheirScoreAndMomentsInsideTheirColumnOnALeader(String name, Journey journey,
      RenderOptions options) {
    Layout layout = ENGINE.layout(journey, options);
    List<Expected> expected = expected(journey, layout);
    if (expected.isEmpty()) {
      assertThat(layout.rows()).noneMatch(r -> r.lane() == Lane.EMOTIONS);
      return;
    }
    double zero = zeroY(layout);
    List<Mark.Line> leaders = leaders(layout);
    int groups = 0;
    for (Expected e : expected) {
      Point[] pointIn = new Point[layout.columns().size()];
      for (int i = 0; i < e.scores().length; i++) {
        if (e.scores()[i] == null) {
          continue;
        }
        Layout.Column column = layout.columns().get(i);
        Point at = new Point(column.x() + column.width() / 2,
            zero - clamp(e.scores()[i]) * RegionLayout.LEVEL_HEIGHT);
        assertThat(markerBox(group(layout, e.ids()[i]))).as(e.ids()[i])
            .isEqualTo(e.marker().bounds(at, RegionLayout.STAGE_DOT));
        pointIn[i] = at;
        groups++;
      }
      for (Moment m : e.moments()) {
        Layout.Column column = layout.columns().get(m.column());
        Box box = markerBox(group(layout, m.id()));
        Point at = new Point(box.centerX(), zero - clamp(m.score()) * RegionLayout.LEVEL_HEIGHT);
        assertThat(box).as(m.id()).isEqualTo(e.marker().bounds(at, RegionLayout.TOUCHPOINT_DOT));
        assertThat(at.x()).isStrictlyBetween(column.x(), column.x() + column.width())
            .isNotEqualTo(column.x() + column.width() / 2);
        Point from = pointIn[m.column()];
        if (from != null) {
          assertThat(leaders).as("leader to %s", m.id()).anyMatch(l -> l.from().equals(from)
              && Math.abs(l.to().x() - at.x()) < 1e-9 && Math.abs(l.to().y() - at.y()) < 1e-9);
        } else {
          assertThat(leaders).as("no curve point, no leader: %s", m.id())
              .noneMatch(l -> Math.abs(l.to().x() - at.x()) < 1e-9
                  && Math.abs(l.to().y() - at.y()) < 1e-9);
        }
        groups++;
      }
    }
    assertThat(points(layout)).hasSize(groups);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("journeys")
  void labelsSitOnTheirSideOfZeroAndCrossNothing(String name, Journey journey,
      RenderOptions options) {
    Layout layout = ENGINE.layout(journey, options);
    if (expected(journey, layout).isEmpty()) {
      return;
    }
    double zero = zeroY(layout);
    List<double[]> segments = new ArrayList<>();
    for (Mark.Curve curve : layout.all(Mark.Curve.class)) {
      List<Point> line = Curves.sample(curve.points(), curve.controls(), 48);
      for (int i = 1; i < line.size(); i++) {
        segments.add(new double[] {line.get(i - 1).x(), line.get(i - 1).y(), line.get(i).x(),
            line.get(i).y()});
      }
    }
    for (Mark.Line line : leaders(layout)) {
      segments.add(new double[] {line.from().x(), line.from().y(), line.to().x(),
          line.to().y()});
    }
    List<Box> markers = new ArrayList<>();
    List<Mark.Text> labels = new ArrayList<>();
    for (Mark.Group point : points(layout)) {
      markers.add(markerBox(point));
      point.children().stream().filter(m -> m instanceof Mark.Text)
          .forEach(m -> labels.add((Mark.Text) m));
    }
    for (Mark.Group point : points(layout)) {
      Optional<Mark.Text> label = point.children().stream()
          .filter(m -> m instanceof Mark.Text).map(m -> (Mark.Text) m).findFirst();
      if (label.isEmpty()) {
        continue;
      }
      Box box = label.get().box();
      String what = point.tooltip().orElseThrow();
      if (point.classes().contains("jm-positive")) {
        assertThat(box.bottom()).as("above zero: %s", what).isLessThan(zero);
      } else if (point.classes().contains("jm-negative")) {
        assertThat(box.y()).as("below zero: %s", what).isGreaterThan(zero);
      } else {
        assertThat(box.bottom() < zero || box.y() > zero).as("off zero: %s", what).isTrue();
      }
      Box inside = box.inset(0.25);
      for (double[] s : segments) {
        assertThat(EmotionLabels.meets(s[0], s[1], s[2], s[3], inside))
            .as("%s crosses a curve or leader at %s,%s", what, s[0], s[1]).isFalse();
      }
      for (Box marker : markers) {
        assertThat(marker.overlaps(box)).as("%s covers a point", what).isFalse();
      }
      for (Mark.Text other : labels) {
        if (other != label.get()) {
          Box b = other.box();
          boolean apart = b.x() >= box.right() + EmotionLabels.LABEL_GAP_X - 1e-6
              || box.x() >= b.right() + EmotionLabels.LABEL_GAP_X - 1e-6
              || b.y() >= box.bottom() + EmotionLabels.LABEL_GAP_Y - 1e-6
              || box.y() >= b.bottom() + EmotionLabels.LABEL_GAP_Y - 1e-6;
          assertThat(apart).as("%s too near %s", what, other.lines()).isTrue();
        }
      }
      // At most three lines, broken between words, the score on the last word's line.
      assertThat(label.get().lines()).hasSizeLessThanOrEqualTo(EmotionLabels.MAX_LINES);
      assertThat(EmotionLabels.breaksBetweenWords(label.get())).as(what).isTrue();
      String last = label.get().lines().get(label.get().lines().size() - 1).text();
      String score = what.substring(what.lastIndexOf(' ') + 1);
      assertThat(last).as(what).endsWith(score);
      if (!what.equals(score)) {
        assertThat(last).as("score alone on its line: %s", what).isNotEqualTo(score);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("journeys")
  void shortLabelsAreDrawnWhenTheirColumnHasRoom(String name, Journey journey,
      RenderOptions options) {
    // On a map of one curve, a stage's own label of a few words, the only score in its column
    // and beside columns without moments, always finds a place.
    Layout layout = ENGINE.layout(journey, options);
    if (expected(journey, layout).size() != 1 || !journey.columns().stream()
        .allMatch(c -> c.step().isEmpty())) {
      return;
    }
    for (int i = 0; i < journey.stages().size(); i++) {
      Stage stage = journey.stages().get(i);
      if (stage.emotion().isEmpty() || !stage.touchpoints().stream()
          .allMatch(t -> t.emotion().isEmpty())
          || stage.emotion().get().label().orElse("").length() > 20) {
        continue;
      }
      boolean neighboursQuiet = (i == 0 || quiet(journey.stages().get(i - 1)))
          && (i + 1 == journey.stages().size() || quiet(journey.stages().get(i + 1)));
      if (neighboursQuiet) {
        Mark.Group point = group(layout, layout.idPrefix() + "-emotion-stage-" + stage.id());
        assertThat(point.children()).as(point.tooltip().orElseThrow())
            .anyMatch(m -> m instanceof Mark.Text);
      }
    }
  }

  private static boolean quiet(Stage stage) {
    return stage.touchpoints().stream().allMatch(t -> t.emotion().isEmpty());
  }

  static List<Mark.Group> points(Layout layout) {
    return layout.groups().stream()
        .filter(g -> g.classes().contains("jm-emotion-point")).toList();
  }

  /** The leaders of the emotion lane (not the legend's sample of one). */
  static List<Mark.Line> leaders(Layout layout) {
    Layout.Row row = layout.rows().stream().filter(r -> r.lane() == Lane.EMOTIONS).findFirst()
        .orElseThrow();
    return layout.all(Mark.Line.class).stream().filter(l -> l.style() == Stroke.LEADER
        && l.from().y() >= row.y() && l.from().y() <= row.y() + row.height()).toList();
  }

  static double zeroY(Layout layout) {
    return layout.all(Mark.Line.class).stream()
        .filter(l -> l.ink() == Ink.NEUTRAL && l.style() == Stroke.DASHED
            && l.from().y() == l.to().y())
        .findFirst().orElseThrow().from().y();
  }

  private static Mark.Group group(Layout layout, String id) {
    return layout.groups().stream().filter(g -> g.id().equals(Optional.of(id))).findFirst()
        .orElseThrow(() -> new AssertionError("no group " + id));
  }

  static Point center(Mark.Group point) {
    Box box = markerBox(point);
    Mark marker = point.children().get(0);
    return marker instanceof Mark.Dot dot ? dot.center()
        : new Point(box.centerX(), box.centerY());
  }

  static Box markerBox(Mark.Group point) {
    Mark marker = point.children().get(0);
    if (marker instanceof Mark.Dot dot) {
      return new Box(dot.center().x() - dot.radius(), dot.center().y() - dot.radius(),
          2 * dot.radius(), 2 * dot.radius());
    }
    List<Point> corners = new ArrayList<>();
    for (Mark.PathStep step : ((Mark.Path) marker).steps()) {
      corners.addAll(step.points());
    }
    double left = corners.stream().mapToDouble(Point::x).min().orElseThrow();
    double right = corners.stream().mapToDouble(Point::x).max().orElseThrow();
    double top = corners.stream().mapToDouble(Point::y).min().orElseThrow();
    double bottom = corners.stream().mapToDouble(Point::y).max().orElseThrow();
    return new Box(left, top, right - left, bottom - top);
  }

  private static int columnOf(Layout layout, double x) {
    for (int i = 0; i < layout.columns().size(); i++) {
      Layout.Column c = layout.columns().get(i);
      if (x >= c.x() && x < c.x() + c.width()) {
        return i;
      }
    }
    throw new AssertionError("no column at " + x);
  }

  private static double clamp(double score) {
    return Math.max(-2, Math.min(2, score));
  }
}
