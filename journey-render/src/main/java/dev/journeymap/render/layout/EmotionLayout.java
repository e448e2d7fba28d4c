package dev.journeymap.render.layout;

import dev.journeymap.render.Ink;
import dev.journeymap.render.Lane;
import dev.journeymap.render.layout.Typesetter.Align;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lays out the emotion lane: bands above and below neutral, a dashed zero line, ticks from +2 to
 * −2, and one curve per {@link EmotionSeries series}, each with its ink, marker and dash.
 *
 * <p>A series' point in a column sits at the column's centre, at its score; the curve joins the
 * points of neighbouring columns and leaves a gap where a column has no point. Touchpoint
 * emotions are moments inside their column: smaller markers at their own score, spread over the
 * column around its centre, each on a dotted leader from its series' point in that column (a
 * moment in a column where its series has no point stands alone). They are never points of the
 * curve, so they cannot make it swing.
 *
 * <p>Labels are placed by {@link EmotionLabels}: the curves' points first, then the moments,
 * left to right; each on its point's side of zero, crossing no curve, leader or marker, apart
 * from every other label. The lane grows to hold them. Every point also carries its label as a
 * tooltip; a label that finds no place is told by the tooltip alone.
 */
final class EmotionLayout extends RegionLayout {
  /** The widest a label wraps: about 30 characters a line at the label size. */
  static final double MAX_POINT_LABEL_WIDTH = 200;
  /** Straight pieces per curve segment when testing whether a label crosses the curve. */
  private static final int CURVE_SAMPLES = 12;

  EmotionLayout(Context context) {
    super(context);
  }

  double emotionLane(double top, List<Mark> out) {
    List<EmotionSeries> series = EmotionSeries.of(journey, columns, labels, ids);
    double gridWidth = columns.size() * columnWidth;
    // Everything is first placed with y 0 on the zero line, before the lane's height is known.
    List<Plotted> plotted = plot(series);
    EmotionLabels placer = new EmotionLabels(type, gridLeft + SMALL_GAP,
        gridLeft + gridWidth - SMALL_GAP);
    List<List<Point>> curves = new ArrayList<>();
    List<Ink> curveInks = new ArrayList<>();
    List<Stroke> curveStrokes = new ArrayList<>();
    for (int s = 0; s < series.size(); s++) {
      for (List<Point> run : runs(plotted, s)) {
        placer.addPolyline(run.size() >= 2
            ? Curves.sample(run, Curves.monotoneControls(run), CURVE_SAMPLES) : run);
        curves.add(run);
        curveInks.add(series.get(s).ink());
        curveStrokes.add(series.get(s).stroke());
      }
    }
    for (Plotted p : plotted) {
      placer.addMarker(p.marker());
      p.leaderFrom().ifPresent(from -> placer.addSegment(from, p.at()));
    }
    double maxWidth = Math.max(EmotionLabels.MIN_WIDTH,
        Math.min(MAX_POINT_LABEL_WIDTH, columnWidth - 2 * SMALL_GAP));
    EmotionLabels.Spot[] spots = new EmotionLabels.Spot[plotted.size()];
    for (int pass = 0; pass < 2; pass++) {
      // The curves' own points first, then the moments.
      for (int i = 0; i < plotted.size(); i++) {
        Plotted p = plotted.get(i);
        if (p.moment() == (pass == 1) && !p.sample().repeated()) {
          spots[i] = placer.place(p.sample().label(), labels.score(p.sample().score()),
              p.sample().score(), p.at(), p.marker(), prefersAbove(plotted, i), maxWidth);
        }
      }
    }
    double highest = -2 * LEVEL_HEIGHT;
    double lowest = 2 * LEVEL_HEIGHT;
    for (int i = 0; i < plotted.size(); i++) {
      highest = Math.min(highest, plotted.get(i).marker().y());
      lowest = Math.max(lowest, plotted.get(i).marker().bottom());
      if (spots[i] != null) {
        highest = Math.min(highest, spots[i].box().y());
        lowest = Math.max(lowest, spots[i].box().bottom());
      }
    }
    double labelWidth = LABEL_WIDTH - 2 * LABEL_PAD - TICK_WIDTH;
    double plot = lowest - highest;
    double height = Math.max(plot, laneLabelHeight(Lane.EMOTIONS, labelWidth)) + 2 * ROW_PAD;
    double zeroY = top + ROW_PAD - highest + (height - 2 * ROW_PAD - plot) / 2;

    Box labelCell = new Box(MARGIN, top, LABEL_WIDTH, height);
    double tickHeight = type.lineHeight(TICK);
    List<Mark> ticks = new ArrayList<>();
    for (int level = 2; level >= -2; level--) {
      addIfPresent(ticks, type.place(labels.score(level),
          gridLeft - TICK_GAP - TICK_WIDTH, zeroY - level * LEVEL_HEIGHT - tickHeight / 2,
          TICK_WIDTH, TICK, Align.RIGHT, Ink.MUTED_TEXT, Ink.PANEL, labelCell));
    }
    List<Mark> children = new ArrayList<>();
    children.add(laneLabel(Lane.EMOTIONS, top, height, labelWidth,
        List.of(Mark.Group.of(Mark.Role.DECORATION, ticks))));
    List<Mark> backdrop = new ArrayList<>();
    backdrop.add(new Mark.Rect(new Box(gridLeft, top, gridWidth, zeroY - top), 0,
        Optional.of(Ink.POSITIVE_BAND), Optional.empty(), Stroke.HAIRLINE));
    backdrop.add(new Mark.Rect(new Box(gridLeft, zeroY, gridWidth, top + height - zeroY), 0,
        Optional.of(Ink.NEGATIVE_BAND), Optional.empty(), Stroke.HAIRLINE));
    backdrop.add(new Mark.Line(new Point(gridLeft, zeroY), new Point(gridLeft + gridWidth,
        zeroY), Ink.NEUTRAL, Stroke.DASHED));
    for (Plotted p : plotted) {
      if (p.leaderFrom().isPresent()) {
        backdrop.add(new Mark.Line(down(p.leaderFrom().get(), zeroY), down(p.at(), zeroY),
            series.get(p.series()).ink(), Stroke.LEADER));
      }
    }
    for (int c = 0; c < curves.size(); c++) {
      List<Point> run = curves.get(c);
      if (run.size() < 2) {
        continue;
      }
      List<Point> placed = run.stream().map(p -> down(p, zeroY)).toList();
      backdrop.add(new Mark.Group(Optional.empty(), Ids.classes("emotion-curve"),
          Optional.empty(), Optional.empty(), List.of(new Mark.Curve(placed,
              Curves.monotoneControls(placed), curveInks.get(c), curveStrokes.get(c)))));
    }
    children.add(new Mark.Group(Optional.empty(), Ids.classes("emotion-plot"), Optional.empty(),
        Optional.empty(), Mark.Role.DECORATION, 0, backdrop));
    // Labels may reach over neighbouring columns, so their cell is the whole plot.
    Box plotCell = new Box(gridLeft, top, gridWidth, height);
    List<List<Mark>> cells = new ArrayList<>(columns.size());
    for (int i = 0; i < columns.size(); i++) {
      cells.add(new ArrayList<>());
    }
    for (int i = 0; i < plotted.size(); i++) {
      Plotted p = plotted.get(i);
      EmotionSeries owner = series.get(p.series());
      double score = p.sample().score();
      Ink fill = score > 0 ? Ink.POSITIVE : score < 0 ? Ink.NEGATIVE : Ink.NEUTRAL;
      List<Mark> marks = new ArrayList<>();
      marks.add(owner.marker().draw(down(p.at(), zeroY), p.radius(), fill, owner.ink()));
      EmotionLabels.Spot spot = spots[i];
      if (spot != null) {
        // A persona's labels in its curve's ink (readable as text on both bands, held by
        // ThemeContrastTest), so that each label reads as its curve's.
        Ink ink = p.series() == 0 || series.size() == 1 ? Ink.TEXT : owner.ink();
        addIfPresent(marks, type.place(spot.text(), spot.left(), zeroY + spot.top(),
            spot.width(), spot.style(), Align.CENTER, ink,
            spot.box().bottom() <= 0 ? Ink.POSITIVE_BAND : Ink.NEGATIVE_BAND, plotCell));
      }
      String sign = score > 0 ? "positive" : score < 0 ? "negative" : "neutral";
      List<String> classes = p.moment()
          ? Ids.classes("emotion-point", "emotion-moment", sign)
          : Ids.classes("emotion-point", sign);
      cells.get(p.sample().column()).add(new Mark.Group(p.sample().id(), classes,
          Optional.of(tooltip(p.sample())), Optional.empty(), marks));
    }
    for (int i = 0; i < columns.size(); i++) {
      children.add(cell(Lane.EMOTIONS, i, cells.get(i)));
    }
    children.add(rule(top + height));
    rows.add(new Layout.Row(Lane.EMOTIONS, top, height));
    out.add(laneRow(Lane.EMOTIONS, children));
    return top + height;
  }

  /**
   * The points and moments of every series with y relative to the zero line: points at their
   * column's centre, moments spread over their column around it, in series order, each series'
   * points before its moments.
   */
  private List<Plotted> plot(List<EmotionSeries> series) {
    // Moments of all series share their column's slots; the centre slot is the curves'.
    int[] momentsIn = new int[columns.size()];
    for (EmotionSeries s : series) {
      s.moments().forEach(m -> momentsIn[m.column()]++);
    }
    int[] seen = new int[columns.size()];
    List<Plotted> plotted = new ArrayList<>();
    for (int s = 0; s < series.size(); s++) {
      EmotionSeries one = series.get(s);
      Point[] pointIn = new Point[columns.size()];
      for (EmotionSeries.Sample sample : one.points()) {
        Layout.Column column = columns.get(sample.column());
        Point at = new Point(column.x() + column.width() / 2, y(sample.score()));
        pointIn[sample.column()] = at;
        plotted.add(new Plotted(s, sample, false, at, STAGE_DOT,
            one.marker().bounds(at, STAGE_DOT), Optional.empty()));
      }
      for (EmotionSeries.Sample sample : one.moments()) {
        int c = sample.column();
        Layout.Column column = columns.get(c);
        int n = momentsIn[c];
        // An odd number of slots, so that one is the centre: n moments and the centre, and
        // a spare slot at the left when n is odd.
        int slots = n % 2 == 0 ? n + 1 : n + 2;
        int slot = (n % 2 == 0 ? 0 : 1) + seen[c]++;
        if (slot >= slots / 2) {
          slot++;
        }
        Point at = new Point(column.x() + column.width() * (slot + 0.5) / slots,
            y(sample.score()));
        plotted.add(new Plotted(s, sample, true, at, TOUCHPOINT_DOT,
            one.marker().bounds(at, TOUCHPOINT_DOT), Optional.ofNullable(pointIn[c])));
      }
    }
    return plotted;
  }

  /** The runs of a series' points in neighbouring columns: each is drawn as one curve. */
  private static List<List<Point>> runs(List<Plotted> plotted, int series) {
    List<List<Point>> runs = new ArrayList<>();
    List<Point> run = new ArrayList<>();
    int lastColumn = -2;
    for (Plotted p : plotted) {
      if (p.series() != series || p.moment()) {
        continue;
      }
      if (p.sample().column() != lastColumn + 1 && !run.isEmpty()) {
        runs.add(run);
        run = new ArrayList<>();
      }
      run.add(p.at());
      lastColumn = p.sample().column();
    }
    if (!run.isEmpty()) {
      runs.add(run);
    }
    return runs;
  }

  /**
   * Whether the label of the {@code i}-th plotted point is tried above first: a curve's peak
   * above, a dip below, on a slope the side of its score; a moment on the side away from the
   * point its leader comes from.
   */
  private static boolean prefersAbove(List<Plotted> plotted, int i) {
    Plotted p = plotted.get(i);
    double score = p.sample().score();
    if (p.moment()) {
      Optional<Point> from = p.leaderFrom().filter(f -> f.y() != p.at().y());
      return from.isPresent() ? p.at().y() < from.get().y() : score >= 0;
    }
    Plotted previous = neighbour(plotted, i, -1);
    Plotted next = neighbour(plotted, i, 1);
    double y = p.at().y();
    boolean peak = (previous == null || y <= previous.at().y())
        && (next == null || y <= next.at().y());
    boolean dip = (previous == null || y >= previous.at().y())
        && (next == null || y >= next.at().y());
    if (peak && !dip) {
      return true;
    }
    if (dip && !peak) {
      return false;
    }
    return score >= 0;
  }

  /** The point of the same series in the next column over, or null across a gap or an end. */
  private static Plotted neighbour(List<Plotted> plotted, int i, int direction) {
    Plotted p = plotted.get(i);
    for (Plotted other : plotted) {
      if (other.series() == p.series() && !other.moment()
          && other.sample().column() == p.sample().column() + direction) {
        return other;
      }
    }
    return null;
  }

  private String tooltip(EmotionSeries.Sample sample) {
    String label = Typesetter.normalize(sample.label());
    String score = labels.score(sample.score());
    return label.isEmpty() ? score : label + " " + score;
  }

  private static double y(double score) {
    return -clampScore(score) * LEVEL_HEIGHT;
  }

  private static Point down(Point p, double dy) {
    return new Point(p.x(), p.y() + dy);
  }

  /**
   * A point or moment of a series, with y relative to the zero line.
   *
   * @param series the index of its series
   * @param sample its score and label
   * @param moment whether it is a touchpoint's moment rather than a point of the curve
   * @param at its centre
   * @param radius the radius of its marker
   * @param marker the box its marker fills
   * @param leaderFrom where its leader starts, for a moment in a column where its series has a
   *     point
   */
  private record Plotted(int series, EmotionSeries.Sample sample, boolean moment, Point at,
      double radius, Box marker, Optional<Point> leaderFrom) {}
}
