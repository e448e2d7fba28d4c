package dev.journeymap.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Journey;
import dev.journeymap.core.Stage;
import dev.journeymap.core.Touchpoint;
import dev.journeymap.core.testing.RandomJourneys;
import dev.journeymap.render.Ink;
import dev.journeymap.render.Lane;
import dev.journeymap.render.RenderOptions;
import dev.journeymap.render.SampleJourneys;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
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
    Stream<Arguments> samples = SampleJourneys.all().stream()
        .map(j -> Arguments.of("sample " + j.title(), j, RenderOptions.defaults()));
    Stream<Arguments> random = LongStream.rangeClosed(1, 30).mapToObj(seed -> Arguments.of(
        "random " + seed, RandomJourneys.journey(seed, 60), RenderOptions.defaults()));
    Stream<Arguments> emotions = LongStream.rangeClosed(1, 60).mapToObj(seed -> Arguments.of(
        "emotions " + seed, emotions(seed), RenderOptions.builder()
            .columnWidth(WIDTHS[(int) (seed % WIDTHS.length)]).build()));
    return Stream.concat(Stream.concat(samples, random), emotions);
  }

  /** A journey of 1 to 60 stages whose scores, gaps, moments and labels vary with the seed. */
  static Journey emotions(long seed) {
    Random random = new Random(seed);
    int stages = 1 + random.nextInt(seed % 4 == 0 ? 60 : 12);
    Journey.Builder journey = Journey.builder("Emotions " + seed).id("emotions-" + seed);
    for (int i = 0; i < stages; i++) {
      int stage = i;
      journey.stage("s" + i, "Stage " + i, s -> {
        s.action("Does something");
        if (random.nextInt(4) > 0) {
          s.emotion(score(random), LABELS[random.nextInt(LABELS.length)]);
        }
        int touchpoints = random.nextInt(4);
        for (int t = 0; t < touchpoints; t++) {
          boolean scored = random.nextBoolean();
          double score = score(random);
          String label = LABELS[random.nextInt(LABELS.length)];
          s.touchpoint("t" + stage + "-" + t, "Touchpoint " + t, Channel.WEB, tp -> {
            if (scored) {
              tp.emotion(score, label);
            }
          });
        }
      });
    }
    return journey.build();
  }

  private static double score(Random random) {
    return (random.nextInt(9) - 4) / 2.0;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("journeys")
  void curvesJoinNeighbouringScoresLeftToRightAndLeaveGaps(String name, Journey journey,
      RenderOptions options) {
    Layout layout = ENGINE.layout(journey, options);
    List<Integer> scored = new ArrayList<>();
    for (int i = 0; i < journey.stages().size(); i++) {
      if (journey.stages().get(i).emotion().isPresent()) {
        scored.add(i);
      }
    }
    List<Integer> joined = new ArrayList<>();
    for (Mark.Curve curve : layout.all(Mark.Curve.class)) {
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
    for (int k = 0; k < scored.size(); k++) {
      boolean left = k > 0 && scored.get(k - 1) == scored.get(k) - 1;
      boolean right = k + 1 < scored.size() && scored.get(k + 1) == scored.get(k) + 1;
      if (left || right) {
        expected.add(scored.get(k));
      }
    }
    assertThat(joined).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("journeys")
  void pointsSitAtTheirScoreAndMomentsInsideTheirColumnOnALeader(String name, Journey journey,
      RenderOptions options) {
    Layout layout = ENGINE.layout(journey, options);
    if (journey.emotionCurve().isEmpty()) {
      assertThat(layout.rows()).noneMatch(r -> r.lane() == Lane.EMOTIONS);
      return;
    }
    double zero = zeroY(layout);
    List<Mark.Line> leaders = leaders(layout);
    String prefix = layout.idPrefix();
    for (int i = 0; i < journey.stages().size(); i++) {
      Stage stage = journey.stages().get(i);
      Layout.Column column = layout.columns().get(i);
      Optional<Point> stagePoint = stage.emotion().map(e -> {
        Point at = center(group(layout, prefix + "-emotion-stage-" + stage.id()));
        assertThat(at.x()).isEqualTo(column.x() + column.width() / 2);
        assertThat(at.y()).isCloseTo(zero - clamp(e.score()) * RegionLayout.LEVEL_HEIGHT,
            org.assertj.core.data.Offset.offset(1e-9));
        return at;
      });
      for (Touchpoint t : stage.touchpoints()) {
        if (t.emotion().isEmpty()) {
          continue;
        }
        Point at = center(group(layout, prefix + "-emotion-touchpoint-" + t.id()));
        assertThat(at.x()).isStrictlyBetween(column.x(), column.x() + column.width())
            .isNotEqualTo(column.x() + column.width() / 2);
        assertThat(at.y()).isCloseTo(zero - clamp(t.emotion().get().score())
            * RegionLayout.LEVEL_HEIGHT, org.assertj.core.data.Offset.offset(1e-9));
        long onLeader = leaders.stream().filter(l -> l.to().equals(at)).count();
        if (stagePoint.isPresent()) {
          assertThat(leaders).as("leader to %s", t.id())
              .anyMatch(l -> l.from().equals(stagePoint.get()) && l.to().equals(at));
        } else {
          assertThat(onLeader).as("no curve point, no leader: %s", t.id()).isZero();
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("journeys")
  void labelsSitOnTheirSideOfZeroAndCrossNothing(String name, Journey journey,
      RenderOptions options) {
    Layout layout = ENGINE.layout(journey, options);
    if (journey.emotionCurve().isEmpty()) {
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
    // A stage's own label of a few words, the only score in its column, always finds a place.
    Layout layout = ENGINE.layout(journey, options);
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
