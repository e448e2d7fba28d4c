package dev.journeymap.render.layout;

import dev.journeymap.core.EmotionPoint;
import dev.journeymap.render.Ink;
import dev.journeymap.render.Lane;
import dev.journeymap.render.layout.Typesetter.Align;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lays out the emotion lane: bands above and below neutral, a dashed neutral line, ticks from +2
 * to −2, one point per stage emotion and per touchpoint emotion, a smooth curve through them,
 * and a label beside each point.
 *
 * <p>The points of a stage share its column in equal slots. Labels are placed left to right,
 * each above or below its point and free to reach over neighbouring slots and columns: of the
 * spots that touch no earlier label and no point, the one that keeps clear of the curve and
 * needs the fewest lines wins, the side away from the curve's neighbours first. So labels of
 * close points alternate above and below instead of wrapping in a narrow slot. Every point also
 * carries its label as a tooltip; when a stage has so many points that a slot is narrower than
 * {@value #MIN_POINT_LABEL_WIDTH} px, or no spot is free, the tooltip is the only label.
 */
final class EmotionLayout extends RegionLayout {
  /** The widest a point label wraps: about 30 characters a line at the label size. */
  static final double MAX_POINT_LABEL_WIDTH = 170;
  /** Each narrower wrap width tried is this share of the one before. */
  private static final double WIDTH_STEP = 0.8;
  /** Straight pieces per curve segment when testing whether a label crosses the curve. */
  private static final int CURVE_SAMPLES = 12;

  EmotionLayout(Context context) {
    super(context);
  }

  double emotionLane(double top, List<Mark> out) {
    List<EmotionPoint> curve = journey.emotionCurve();
    int[] perStage = new int[journey.stages().size()];
    for (EmotionPoint p : curve) {
      perStage[p.stageIndex()]++;
    }
    int[] seen = new int[perStage.length];
    // Points with y relative to the neutral line, before the lane's height is known.
    List<Point> relative = new ArrayList<>(curve.size());
    double[] slots = new double[curve.size()];
    List<String> texts = new ArrayList<>(curve.size());
    for (int i = 0; i < curve.size(); i++) {
      EmotionPoint p = curve.get(i);
      int count = perStage[p.stageIndex()];
      int j = seen[p.stageIndex()]++;
      double slot = columnWidth / count;
      double x = columns.get(p.stageIndex()).x() + slot * (j + 0.5);
      relative.add(new Point(x, -clampScore(p.emotion().score()) * LEVEL_HEIGHT));
      slots[i] = slot - SLOT_GAP;
      texts.add(pointText(p));
    }
    double gridWidth = columns.size() * columnWidth;
    Spot[] spots = placeLabels(curve, relative, slots, texts, gridWidth);
    double roomAbove = 0;
    double roomBelow = 0;
    for (Spot spot : spots) {
      if (spot != null) {
        roomAbove = Math.max(roomAbove, -spot.box().y() - 2 * LEVEL_HEIGHT);
        roomBelow = Math.max(roomBelow, spot.box().bottom() - 2 * LEVEL_HEIGHT);
      }
    }
    double labelWidth = LABEL_WIDTH - 2 * LABEL_PAD - TICK_WIDTH;
    double plot = roomAbove + 4 * LEVEL_HEIGHT + roomBelow;
    double height = Math.max(plot, laneLabelHeight(Lane.EMOTIONS, labelWidth)) + 2 * ROW_PAD;
    double zeroY = top + ROW_PAD + roomAbove + 2 * LEVEL_HEIGHT
        + (height - 2 * ROW_PAD - plot) / 2;
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
    List<Point> placed = new ArrayList<>();
    for (Point p : relative) {
      placed.add(new Point(p.x(), zeroY + p.y()));
    }
    if (placed.size() >= 2) {
      backdrop.add(new Mark.Group(Optional.empty(), Ids.classes("emotion-curve"),
          Optional.empty(), Optional.empty(), List.of(new Mark.Curve(placed,
              Curves.monotoneControls(placed), Ink.CURVE, Stroke.BOLD))));
    }
    children.add(new Mark.Group(Optional.empty(), Ids.classes("emotion-plot"), Optional.empty(),
        Optional.empty(), Mark.Role.DECORATION, 0, backdrop));
    // Labels may reach over neighbouring columns, so their cell is the whole plot.
    Box plotCell = new Box(gridLeft, top, gridWidth, height);
    List<List<Mark>> cells = new ArrayList<>(columns.size());
    for (int i = 0; i < columns.size(); i++) {
      cells.add(new ArrayList<>());
    }
    for (int i = 0; i < curve.size(); i++) {
      EmotionPoint p = curve.get(i);
      Point at = placed.get(i);
      double score = p.emotion().score();
      Ink fill = score > 0 ? Ink.POSITIVE : score < 0 ? Ink.NEGATIVE : Ink.NEUTRAL;
      List<Mark> marks = new ArrayList<>();
      marks.add(new Mark.Dot(at, radius(p), fill, Ink.CURVE));
      Spot spot = spots[i];
      if (spot != null) {
        boolean aboveNeutral = spot.box().centerY() < 0;
        addIfPresent(marks, type.place(texts.get(i), spot.left(), zeroY + spot.top(),
            spot.width(), META, Align.CENTER, Ink.TEXT,
            aboveNeutral ? Ink.POSITIVE_BAND : Ink.NEGATIVE_BAND, plotCell));
      }
      String sign = score > 0 ? "positive" : score < 0 ? "negative" : "neutral";
      Optional<String> id = p.touchpointId().isPresent()
          ? ids.touchpointEmotion(p.touchpointId().get()) : ids.stageEmotion(p.stageId());
      cells.get(p.stageIndex()).add(new Mark.Group(id, Ids.classes("emotion-point", sign),
          Optional.of(Typesetter.normalize(texts.get(i))), Optional.empty(), marks));
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
   * Chooses a spot for each point's label, relative to the neutral line, or null where the
   * tooltip must do. Spots are chosen left to right and never touch an earlier label or any
   * point; only labels and points within reach are compared, so the cost grows linearly.
   */
  private Spot[] placeLabels(List<EmotionPoint> curve, List<Point> at, double[] slots,
      List<String> texts, double gridWidth) {
    int n = at.size();
    Spot[] spots = new Spot[n];
    double[] radii = new double[n];
    for (int i = 0; i < n; i++) {
      radii[i] = radius(curve.get(i));
    }
    List<Point> controls = n >= 2 ? Curves.monotoneControls(at) : List.of();
    double minLeft = gridLeft + SMALL_GAP;
    double maxRight = gridLeft + gridWidth - SMALL_GAP;
    double maxWidth = Math.min(MAX_POINT_LABEL_WIDTH, maxRight - minLeft);
    double reach = maxWidth + STAGE_DOT + SMALL_GAP;
    double lineHeight = type.lineHeight(META);
    for (int i = 0; i < n; i++) {
      if (slots[i] < MIN_POINT_LABEL_WIDTH) {
        continue;
      }
      Point p = at.get(i);
      double r = radii[i];
      boolean preferAbove = prefersAbove(at, i, curve.get(i).emotion().score());
      Spot best = null;
      int[] bestKey = null;
      double lastBoxWidth = -1;
      int fewestLines = Integer.MAX_VALUE;
      for (double w : wrapWidths(maxWidth, Math.min(slots[i], maxWidth))) {
        if (bestKey != null && bestKey[0] == 0 && bestKey[1] == fewestLines && bestKey[2] == 0
            && bestKey[3] == 0) {
          // no later candidate can rank higher: narrower widths never take fewer lines
          break;
        }
        Mark.Text probe = type.place(texts.get(i), 0, 0, w, META, Align.CENTER, Ink.TEXT,
            Ink.TEXT, new Box(0, 0, w, 0));
        if (probe == null || probe.box().width() == lastBoxWidth) {
          continue;
        }
        lastBoxWidth = probe.box().width();
        int lines = probe.lines().size();
        fewestLines = Math.min(fewestLines, lines);
        double boxWidth = probe.box().width();
        double h = lines * lineHeight;
        for (int side = 0; side < 2; side++) {
          boolean above = (side == 0) == preferAbove;
          double boxTop = above ? p.y() - r - POINT_LABEL_GAP - h : p.y() + r + POINT_LABEL_GAP;
          for (int shift = 0; shift < 3; shift++) {
            double center = p.x() + (shift == 0 ? 0 : shift == 1 ? -1 : 1) * boxWidth / 3;
            double boxLeft = Math.max(minLeft, Math.min(maxRight - boxWidth,
                center - boxWidth / 2));
            Box box = new Box(boxLeft, boxTop, boxWidth, h);
            if (boxLeft + boxWidth > maxRight + 1e-9 || touchesLabel(box, spots, at, i, reach)
                || touchesPoint(box, at, radii, i, reach)) {
              continue;
            }
            int[] key = {crossesCurve(box, at, controls, i, reach) ? 1 : 0, lines, side, shift};
            if (bestKey == null || compare(key, bestKey) < 0) {
              bestKey = key;
              best = new Spot(boxLeft - probe.box().x(), boxTop, w, box);
            }
          }
        }
      }
      spots[i] = best;
    }
    return spots;
  }

  /** The widths a label is tried at, widest first, down to its slot. */
  private static List<Double> wrapWidths(double widest, double slot) {
    List<Double> widths = new ArrayList<>();
    for (double w = widest; w > slot; w *= WIDTH_STEP) {
      widths.add(w);
    }
    widths.add(slot);
    return widths;
  }

  /**
   * Above for a peak, below for a dip, so that the label faces away from the curve; on a slope,
   * above when the score is at or over neutral.
   */
  private static boolean prefersAbove(List<Point> at, int i, double score) {
    double y = at.get(i).y();
    boolean higherThanPrevious = i == 0 || y <= at.get(i - 1).y();
    boolean higherThanNext = i == at.size() - 1 || y <= at.get(i + 1).y();
    boolean lowerThanPrevious = i == 0 || y >= at.get(i - 1).y();
    boolean lowerThanNext = i == at.size() - 1 || y >= at.get(i + 1).y();
    if (higherThanPrevious && higherThanNext && !(lowerThanPrevious && lowerThanNext)) {
      return true;
    }
    if (lowerThanPrevious && lowerThanNext && !(higherThanPrevious && higherThanNext)) {
      return false;
    }
    return clampScore(score) >= 0;
  }

  private static boolean touchesLabel(Box box, Spot[] spots, List<Point> at, int i,
      double reach) {
    Box padded = new Box(box.x() - SMALL_GAP / 2, box.y() - SMALL_GAP / 2,
        box.width() + SMALL_GAP, box.height() + SMALL_GAP);
    for (int j = i - 1; j >= 0 && at.get(j).x() >= at.get(i).x() - 2 * reach; j--) {
      if (spots[j] != null && spots[j].box().overlaps(padded)) {
        return true;
      }
    }
    return false;
  }

  private static boolean touchesPoint(Box box, List<Point> at, double[] radii, int i,
      double reach) {
    for (int k = i; k >= 0 && at.get(k).x() >= at.get(i).x() - reach; k--) {
      if (dotBox(at.get(k), radii[k]).overlaps(box)) {
        return true;
      }
    }
    for (int k = i + 1; k < at.size() && at.get(k).x() <= at.get(i).x() + reach; k++) {
      if (dotBox(at.get(k), radii[k]).overlaps(box)) {
        return true;
      }
    }
    return false;
  }

  private static Box dotBox(Point p, double r) {
    double d = r + POINT_LABEL_GAP / 2;
    return new Box(p.x() - d, p.y() - d, 2 * d, 2 * d);
  }

  /** Whether the curve, drawn as short straight pieces, passes through the box. */
  private static boolean crossesCurve(Box box, List<Point> at, List<Point> controls, int i,
      double reach) {
    int from = i;
    while (from > 0 && at.get(from).x() > box.x() - reach) {
      from--;
    }
    for (int k = from; k < at.size() - 1 && at.get(k).x() < box.right(); k++) {
      if (at.get(k + 1).x() <= box.x()) {
        continue;
      }
      Point a = at.get(k);
      Point c1 = controls.get(2 * k);
      Point c2 = controls.get(2 * k + 1);
      Point b = at.get(k + 1);
      // Plain doubles, no Point per sample: this runs for every label candidate.
      double previousX = a.x();
      double previousY = a.y();
      for (int s = 1; s <= CURVE_SAMPLES; s++) {
        double t = (double) s / CURVE_SAMPLES;
        double u = 1 - t;
        double nextX =
            u * u * u * a.x() + 3 * u * u * t * c1.x() + 3 * u * t * t * c2.x() + t * t * t * b.x();
        double nextY =
            u * u * u * a.y() + 3 * u * u * t * c1.y() + 3 * u * t * t * c2.y() + t * t * t * b.y();
        if (segmentMeetsBox(previousX, previousY, nextX, nextY, box)) {
          return true;
        }
        previousX = nextX;
        previousY = nextY;
      }
    }
    return false;
  }

  /**
   * Liang–Barsky clipping: whether the segment from {@code (ax, ay)} to {@code (bx, by)} enters
   * the box. The four edges are taken in turn without arrays, as this runs thousands of times a
   * layout.
   */
  private static boolean segmentMeetsBox(double ax, double ay, double bx, double by, Box box) {
    double dx = bx - ax;
    double dy = by - ay;
    double enter = 0;
    double leave = 1;
    for (int k = 0; k < 4; k++) {
      double p = k == 0 ? -dx : k == 1 ? dx : k == 2 ? -dy : dy;
      double q = k == 0 ? ax - box.x() : k == 1 ? box.right() - ax
          : k == 2 ? ay - box.y() : box.bottom() - ay;
      if (p == 0) {
        if (q < 0) {
          return false;
        }
      } else {
        double t = q / p;
        if (p < 0) {
          enter = Math.max(enter, t);
        } else {
          leave = Math.min(leave, t);
        }
      }
    }
    return enter <= leave;
  }

  private static int compare(int[] a, int[] b) {
    for (int k = 0; k < a.length; k++) {
      if (a[k] != b[k]) {
        return Integer.compare(a[k], b[k]);
      }
    }
    return 0;
  }

  /**
   * Where a label goes, relative to the neutral line.
   *
   * @param left the left edge of the width the text is centred in
   * @param top the top of the text
   * @param width the width the text wraps to
   * @param box the text's box
   */
  private record Spot(double left, double top, double width, Box box) {}

  private double radius(EmotionPoint p) {
    return p.isTouchpoint() ? TOUCHPOINT_DOT : STAGE_DOT;
  }

  private String pointText(EmotionPoint p) {
    StringBuilder text = new StringBuilder();
    p.touchpointId().map(touchpoints::get)
        .ifPresent(t -> text.append(t.name()).append(": "));
    p.emotion().label().ifPresent(l -> text.append(l).append(' '));
    return text.append(labels.score(p.emotion().score())).toString();
  }
}
