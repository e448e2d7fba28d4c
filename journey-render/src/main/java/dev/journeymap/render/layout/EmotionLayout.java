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
 * and a label beside each point. The points of a stage share its column in equal slots, and
 * each label stays in its slot, above a point at or above neutral and below one under it, so
 * labels never overlap one another. Every point also carries its label as a tooltip; when a
 * stage has so many points that a slot is narrower than {@value #MIN_POINT_LABEL_WIDTH} px, the
 * tooltip is the only label.
 */
final class EmotionLayout extends RegionLayout {
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
    List<Point> points = new ArrayList<>();
    List<Double> slotWidths = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    double roomAbove = 0;
    double roomBelow = 0;
    for (EmotionPoint p : curve) {
      int count = perStage[p.stageIndex()];
      int j = seen[p.stageIndex()]++;
      double slot = columnWidth / count;
      double x = columns.get(p.stageIndex()).x() + slot * (j + 0.5);
      points.add(new Point(x, p.emotion().score()));
      slotWidths.add(slot - SLOT_GAP);
      String text = pointText(p);
      texts.add(text);
      double s = clampScore(p.emotion().score());
      boolean labelled = slot - SLOT_GAP >= MIN_POINT_LABEL_WIDTH;
      double need = labelled
          ? type.height(text, slot - SLOT_GAP, META) + radius(p) + POINT_LABEL_GAP : 0;
      if (s >= 0) {
        roomAbove = Math.max(roomAbove, need - (2 - s) * LEVEL_HEIGHT);
      } else {
        roomBelow = Math.max(roomBelow, need - (2 + s) * LEVEL_HEIGHT);
      }
    }
    double labelWidth = LABEL_WIDTH - 2 * LABEL_PAD - TICK_WIDTH;
    double plot = roomAbove + 4 * LEVEL_HEIGHT + roomBelow;
    double height = Math.max(plot, laneLabelHeight(Lane.EMOTIONS, labelWidth)) + 2 * ROW_PAD;
    double zeroY = top + ROW_PAD + roomAbove + 2 * LEVEL_HEIGHT
        + (height - 2 * ROW_PAD - plot) / 2;
    double gridWidth = columns.size() * columnWidth;
    List<Mark> children = new ArrayList<>();
    laneLabel(Lane.EMOTIONS, top, height, labelWidth, children);
    children.add(new Mark.Rect(new Box(gridLeft, top, gridWidth, zeroY - top), 0,
        Optional.of(Ink.POSITIVE_BAND), Optional.empty(), Stroke.HAIRLINE));
    children.add(new Mark.Rect(new Box(gridLeft, zeroY, gridWidth, top + height - zeroY), 0,
        Optional.of(Ink.NEGATIVE_BAND), Optional.empty(), Stroke.HAIRLINE));
    children.add(new Mark.Line(new Point(gridLeft, zeroY), new Point(gridLeft + gridWidth,
        zeroY), Ink.NEUTRAL, Stroke.DASHED));
    Box labelCell = new Box(MARGIN, top, LABEL_WIDTH, height);
    double tickHeight = type.lineHeight(TICK);
    for (int level = 2; level >= -2; level--) {
      addIfPresent(children, type.place(labels.score(level),
          gridLeft - TICK_GAP - TICK_WIDTH, zeroY - level * LEVEL_HEIGHT - tickHeight / 2,
          TICK_WIDTH, TICK, Align.RIGHT, Ink.MUTED_TEXT, Ink.PANEL, labelCell));
    }
    List<Point> placed = new ArrayList<>();
    for (Point p : points) {
      placed.add(new Point(p.x(), zeroY - clampScore(p.y()) * LEVEL_HEIGHT));
    }
    if (placed.size() >= 2) {
      children.add(new Mark.Curve(placed, Curves.monotoneControls(placed), Ink.CURVE,
          Stroke.BOLD));
    }
    for (int i = 0; i < curve.size(); i++) {
      EmotionPoint p = curve.get(i);
      Point at = placed.get(i);
      double score = p.emotion().score();
      Ink fill = score > 0 ? Ink.POSITIVE : score < 0 ? Ink.NEGATIVE : Ink.NEUTRAL;
      double r = radius(p);
      Box cell = new Box(columns.get(p.stageIndex()).x(), top, columnWidth, height);
      List<Mark> marks = new ArrayList<>();
      marks.add(new Mark.Dot(at, r, fill, Ink.CURVE));
      double slot = slotWidths.get(i);
      // Too many points for their column: the label is left to the tooltip rather than crammed.
      if (slot >= MIN_POINT_LABEL_WIDTH) {
        double textHeight = type.height(texts.get(i), slot, META);
        double textTop = clampScore(score) >= 0 ? at.y() - r - POINT_LABEL_GAP - textHeight
            : at.y() + r + POINT_LABEL_GAP;
        addIfPresent(marks, type.place(texts.get(i), at.x() - slot / 2, textTop, slot, META,
            Align.CENTER, Ink.TEXT, clampScore(score) >= 0 ? Ink.POSITIVE_BAND
                : Ink.NEGATIVE_BAND, cell));
      }
      String sign = score > 0 ? "positive" : score < 0 ? "negative" : "neutral";
      Optional<String> id = p.touchpointId().isPresent()
          ? ids.touchpointEmotion(p.touchpointId().get()) : ids.stageEmotion(p.stageId());
      children.add(new Mark.Group(id, Ids.classes("emotion-point", sign),
          Optional.of(Typesetter.normalize(texts.get(i))), Optional.empty(), marks));
    }
    children.add(rule(top + height));
    rows.add(new Layout.Row(Lane.EMOTIONS, top, height));
    out.add(new Mark.Group(ids.lane(Lane.EMOTIONS), Ids.laneClasses(Lane.EMOTIONS),
        Optional.empty(), Optional.empty(), children));
    return top + height;
  }

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
