package dev.journeymap.render.layout;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Evidence;
import dev.journeymap.core.Funnel;
import dev.journeymap.core.Item;
import dev.journeymap.core.Kpi;
import dev.journeymap.core.LaneContent;
import dev.journeymap.core.Moment;
import dev.journeymap.core.Stage;
import dev.journeymap.core.Touchpoint;
import dev.journeymap.render.Ink;
import dev.journeymap.render.Lane;
import dev.journeymap.render.layout.Typesetter.Align;
import dev.journeymap.render.layout.Typesetter.Style;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lays out the lanes of cards: customer goals, actions, questions, pain points, opportunities,
 * touchpoints, KPIs, funnel and micro-moments. Each cell is laid out once from its top; the
 * row is as tall as the tallest cell.
 */
final class LaneLayout extends RegionLayout {
  LaneLayout(Context context) {
    super(context);
  }

  /**
   * Lays out one lane row; returns its bottom. A stage without steps is one cell; a stage with
   * steps gives one cell per step, unless the stage holds content of its own in this lane: then
   * that content runs across the stage's columns with the steps' content below it, all in one
   * cell spanning the stage. Each cell is laid out once, from its top, in a cell of unknown
   * height; its texts get the row's cell once the tallest cell is known.
   */
  double lane(LaneSpec spec, double top, List<Mark> out) {
    Lane lane = spec.lane();
    double labelHeight = laneLabelHeight(lane, LABEL_WIDTH - 2 * LABEL_PAD);
    double bottom = top + ROW_PAD + labelHeight;
    List<Block> blocks = new ArrayList<>();
    int column = 0;
    double unbounded = Double.MAX_VALUE / 4;
    for (Stage stage : journey.stages()) {
      int span = Math.max(1, stage.steps().size());
      Box probe = new Box(columns.get(column).x(), top, span * columnWidth, unbounded);
      List<Mark> marks = new ArrayList<>();
      double y = top + ROW_PAD;
      double own = fillCell(spec, stage, probe, y, marks);
      boolean spanning = own > y && !stage.steps().isEmpty();
      if (stage.steps().isEmpty()) {
        blocks.add(new Block(column, 1, probe, marks));
      } else if (spanning) {
        double stepsTop = own + CARD_GAP;
        for (int j = 0; j < stage.steps().size(); j++) {
          Box stepProbe = new Box(columns.get(column + j).x(), top, columnWidth, unbounded);
          own = Math.max(own, fillCell(spec, stage.steps().get(j), stepProbe, stepsTop, marks));
        }
        blocks.add(new Block(column, span, probe, marks));
      } else {
        for (int j = 0; j < stage.steps().size(); j++) {
          Box stepProbe = new Box(columns.get(column + j).x(), top, columnWidth, unbounded);
          List<Mark> stepMarks = new ArrayList<>();
          own = Math.max(own, fillCell(spec, stage.steps().get(j), stepProbe, y, stepMarks));
          blocks.add(new Block(column + j, 1, stepProbe, stepMarks));
        }
      }
      bottom = Math.max(bottom, own);
      column += span;
    }
    double height = bottom - top + ROW_PAD;
    List<Mark> children = new ArrayList<>(blocks.size() + 2);
    children.add(laneLabel(lane, top, height, LABEL_WIDTH - 2 * LABEL_PAD, List.of()));
    for (Block block : blocks) {
      Box cell = new Box(block.probe().x(), top, block.probe().width(), height);
      // Empty cells too: the table keeps one cell per column.
      children.add(cell(lane, block.column(), block.span(),
          fixCells(block.marks(), block.probe(), cell)));
    }
    children.add(rule(top + height));
    rows.add(new Layout.Row(lane, top, height));
    out.add(laneRow(lane, children));
    return top + height;
  }

  /** One cell of a lane row before the row's height is known. */
  private record Block(int column, int span, Box probe, List<Mark> marks) {}

  /**
   * Fills a cell with what a stage or step holds in the lane, from {@code y} down; returns the
   * bottom of its content, or {@code y} when it holds nothing here.
   */
  private double fillCell(LaneSpec spec, LaneContent content, Box cell, double y,
      List<Mark> out) {
    double x = cell.x() + CELL_PAD;
    double width = cell.width() - 2 * CELL_PAD;
    double bottom = y;
    switch (spec.kind()) {
      case ITEMS -> {
        for (Item item : spec.items().apply(content)) {
          bottom = itemCard(spec, item, x, y, width, cell, out);
          y = bottom + CARD_GAP;
        }
      }
      case TOUCHPOINTS -> {
        for (Touchpoint touchpoint : content.touchpoints()) {
          bottom = touchpointCard(touchpoint, x, y, width, cell, out);
          y = bottom + CARD_GAP;
        }
      }
      case KPIS -> {
        for (Kpi kpi : content.kpis()) {
          bottom = kpiCard(kpi, x, y, width, cell, out);
          y = bottom + CARD_GAP;
        }
      }
      case FUNNEL -> {
        if (content.funnel().isPresent()) {
          bottom = funnelCard(content.funnel().get(), x, y, width, cell, out);
        }
      }
      case MOMENTS -> bottom = moments(content.moments(), x, y, width, cell, out);
      case EMOTIONS -> throw new AssertionError("the emotion lane is laid out as a whole");
      default -> throw new AssertionError(spec.kind());
    }
    return bottom;
  }

  private double itemCard(LaneSpec spec, Item item, double x, double top, double width,
      Box cell, List<Mark> out) {
    Ink fill = spec.look().fill();
    Ink stroke = spec.look().stroke();
    boolean bullet = spec.look().marker() == LaneSpec.Marker.BULLET;
    boolean accent = spec.look().marker() == LaneSpec.Marker.ACCENT_BAR;
    double indent = bullet ? MARKER_INDENT : accent ? ACCENT_BAR + SMALL_GAP : 0;
    double textX = x + CARD_PAD + indent;
    double textWidth = width - 2 * CARD_PAD - indent;
    Style style = spec.look().text();
    List<Mark> marks = new ArrayList<>();
    double y = top + CARD_PAD;
    Mark.Text text = type.place(item.text(), textX, y, textWidth, style, Align.LEFT, Ink.TEXT,
        fill, cell);
    if (text != null) {
      y = text.box().bottom();
    }
    List<Mark> meta = new ArrayList<>();
    if (item.evidence().isPresent()) {
      Evidence evidence = item.evidence().get();
      y += SMALL_GAP;
      List<Mark> chipMarks = new ArrayList<>(2);
      Box chip = chip(labels.evidence(evidence), textX, y, CHIP, Ink.BADGE_FILL,
          Ink.CARD_STROKE, evidence == Evidence.ASSUMPTION ? Stroke.DASHED : Stroke.HAIRLINE,
          cell, chipMarks);
      meta.add(new Mark.Group(Optional.empty(),
          Ids.classes("evidence", "evidence-" + Ids.token(evidence)), Optional.empty(),
          Optional.empty(), chipMarks));
      y = chip.bottom();
    }
    // Maps are read on walls: the source is printed, not only a tooltip.
    if (item.source().isPresent()) {
      y += SMALL_GAP;
      y = add(meta, type.place(labels.source(item.source().get()), textX, y, textWidth, META,
          Align.LEFT, Ink.MUTED_TEXT, fill, cell), y);
    }
    if (item.touchpoint().isPresent()) {
      String name = Optional.ofNullable(touchpoints.get(item.touchpoint().get()))
          .map(Touchpoint::name).orElse(item.touchpoint().get());
      y += SMALL_GAP;
      y = add(meta, type.place(labels.atTouchpoint(name), textX, y, textWidth, META,
          Align.LEFT, Ink.MUTED_TEXT, fill, cell), y);
    }
    if (item.persona().isPresent()) {
      y = tags(List.of(item.persona().get()), textX, y + SMALL_GAP, textX + textWidth, cell,
          meta);
    }
    Box card = new Box(x, top, width, y + CARD_PAD - top);
    marks.add(new Mark.Rect(card, CARD_RADIUS, Optional.of(fill), Optional.of(stroke),
        item.isAssumption() ? Stroke.DASHED : Stroke.HAIRLINE));
    if (bullet) {
      marks.add(new Mark.Dot(new Point(x + CARD_PAD + BULLET_RADIUS + 1,
          top + CARD_PAD + type.lineHeight(style) / 2), BULLET_RADIUS, Ink.ACCENT, Ink.ACCENT));
    }
    if (accent) {
      marks.add(new Mark.Rect(new Box(x + CARD_PAD, top + CARD_PAD, ACCENT_BAR,
          card.height() - 2 * CARD_PAD), 0, Optional.of(stroke), Optional.empty(),
          Stroke.HAIRLINE));
    }
    addIfPresent(marks, text);
    marks.addAll(meta);
    out.add(new Mark.Group(Optional.empty(), Ids.itemClasses(spec.lane(), item.isAssumption()),
        item.source().map(Typesetter::normalize), Optional.empty(), Mark.Role.NONE, 0, marks, 1,
        details.personas(item.persona().stream().toList()),
        Optional.of(details.item(spec.lane(), item, card))));
    return card.bottom();
  }

  private double touchpointCard(Touchpoint touchpoint, double x, double top, double width,
      Box cell, List<Mark> out) {
    List<Mark> marks = new ArrayList<>();
    // The text sits beside the icon, or below it when a word of the name would have to break.
    boolean beside = type.wordsFit(touchpoint.name(),
        width - 2 * CARD_PAD - ICON_SIZE - ICON_GAP, ITEM_BOLD);
    double indent = beside ? ICON_SIZE + ICON_GAP : 0;
    double textX = x + CARD_PAD + indent;
    double textWidth = width - 2 * CARD_PAD - indent;
    Optional<String> link = touchpoint.url().filter(Mark.Group::isSafeLink);
    double y = beside ? top + CARD_PAD : top + CARD_PAD + ICON_SIZE + SMALL_GAP;
    Mark.Text name = type.place(touchpoint.name(), textX, y, textWidth, ITEM_BOLD, Align.LEFT,
        link.isPresent() ? Ink.LINK_TEXT : Ink.TEXT, Ink.CARD_FILL, cell);
    if (name != null) {
      y = name.box().bottom();
    }
    // "Other" would tell the reader nothing (Mermaid imports give every touchpoint that channel);
    // the icon and the legend still show it
    List<String> meta = new ArrayList<>(2);
    if (touchpoint.channel() != Channel.OTHER) {
      meta.add(labels.channel(touchpoint.channel()));
    }
    touchpoint.owner().ifPresent(meta::add);
    Mark.Text metaText = meta.isEmpty() ? null : type.place(String.join(" · ", meta), textX, y,
        textWidth, META, Align.LEFT, Ink.MUTED_TEXT, Ink.CARD_FILL, cell);
    if (metaText != null) {
      y = metaText.box().bottom();
    }
    List<Mark> personaTags = new ArrayList<>();
    if (!touchpoint.personas().isEmpty()) {
      y = tags(touchpoint.personas(), textX, y + SMALL_GAP, textX + textWidth, cell,
          personaTags);
    }
    double bottom = Math.max(y, top + CARD_PAD + ICON_SIZE) + CARD_PAD;
    Box card = new Box(x, top, width, bottom - top);
    marks.add(new Mark.Rect(card, CARD_RADIUS, Optional.of(Ink.CARD_FILL),
        Optional.of(Ink.CARD_STROKE), Stroke.HAIRLINE));
    marks.add(ChannelIcons.icon(touchpoint.channel(), new Box(x + CARD_PAD, top + CARD_PAD,
        ICON_SIZE, ICON_SIZE), Ink.ICON, Ink.ICON_FILL));
    if (name != null) {
      marks.add(name);
      if (link.isPresent()) {
        for (Mark.TextLine line : name.lines()) {
          double uy = line.baseline() + UNDERLINE_OFFSET;
          marks.add(new Mark.Line(new Point(line.x(), uy), new Point(line.x() + line.width(),
              uy), Ink.LINK_TEXT, Stroke.HAIRLINE));
        }
      }
    }
    addIfPresent(marks, metaText);
    marks.addAll(personaTags);
    List<String> classes = Ids.classes("card", "touchpoint",
        "channel-" + Ids.token(touchpoint.channel()));
    out.add(new Mark.Group(ids.touchpoint(touchpoint.id()), classes,
        touchpoint.description().map(Typesetter::normalize), link, Mark.Role.NONE, 0, marks, 1,
        details.personas(touchpoint.personas()),
        Optional.of(details.touchpoint(touchpoint, link, card))));
    return card.bottom();
  }

  private double kpiCard(Kpi kpi, double x, double top, double width, Box cell,
      List<Mark> out) {
    List<Mark> marks = new ArrayList<>();
    double inner = width - 2 * CARD_PAD;
    double textX = x + CARD_PAD;
    String unit = kpi.unit().map(labels::unit).orElse("");
    Optional<String> value = kpi.value().isPresent()
        ? Optional.of(labels.number(kpi.value().getAsDouble()) + unit) : Optional.empty();
    double valueWidth = value.map(v -> type.width(v, ITEM_BOLD)).orElse(0.0);
    boolean sideBySide = value.isEmpty() || valueWidth <= inner / 2
        && type.wordsFit(kpi.name(), inner - valueWidth - SMALL_GAP * 2, ITEM);
    double nameWidth = sideBySide && value.isPresent() ? inner - valueWidth - SMALL_GAP * 2
        : inner;
    double y = top + CARD_PAD;
    Mark.Text name = type.place(kpi.name(), textX, y, nameWidth, ITEM, Align.LEFT, Ink.TEXT,
        Ink.CARD_FILL, cell);
    double nameBottom = name == null ? y : name.box().bottom();
    addIfPresent(marks, name);
    if (value.isPresent()) {
      double valueY = sideBySide ? y : nameBottom;
      Mark.Text valueText = type.place(value.get(), textX, valueY, inner, ITEM_BOLD,
          Align.RIGHT, Ink.TEXT, Ink.CARD_FILL, cell);
      addIfPresent(marks, valueText);
      nameBottom = Math.max(nameBottom, valueText == null ? valueY : valueText.box().bottom());
    }
    y = nameBottom;
    boolean below = kpi.isBelowTarget();
    if (kpi.target().isPresent()) {
      double target = kpi.target().getAsDouble();
      String targetText = labels.number(target) + unit;
      if (kpi.value().isPresent() && target > 0) {
        double ratio = kpi.value().getAsDouble() / target;
        y += SMALL_GAP;
        marks.add(new Mark.Rect(new Box(textX, y, inner, KPI_BAR), KPI_BAR / 2,
            Optional.of(Ink.TRACK), Optional.empty(), Stroke.HAIRLINE));
        double filled = inner * Math.max(0, Math.min(1, ratio));
        if (filled > 0) {
          marks.add(new Mark.Rect(new Box(textX, y, filled, KPI_BAR), KPI_BAR / 2,
              Optional.of(below ? Ink.NEGATIVE : Ink.GAIN), Optional.empty(),
              Stroke.HAIRLINE));
        }
        y += KPI_BAR + SMALL_GAP;
        y = add(marks, type.place(labels.ofTarget(labels.percent(ratio), targetText), textX, y,
            inner, META, Align.LEFT, below ? Ink.ALERT_TEXT : Ink.MUTED_TEXT, Ink.CARD_FILL,
            cell), y);
      } else {
        y += SMALL_GAP;
        y = add(marks, type.place(labels.target(targetText), textX, y, inner, META, Align.LEFT,
            Ink.MUTED_TEXT, Ink.CARD_FILL, cell), y);
      }
    }
    Box card = new Box(x, top, width, y + CARD_PAD - top);
    marks.add(0, new Mark.Rect(card, CARD_RADIUS, Optional.of(Ink.CARD_FILL),
        Optional.of(below ? Ink.NEGATIVE : Ink.CARD_STROKE), Stroke.HAIRLINE));
    out.add(new Mark.Group(Optional.empty(), below ? Ids.classes("card", "kpi", "below-target")
        : Ids.classes("card", "kpi"), Optional.empty(), Optional.empty(), marks));
    return card.bottom();
  }

  private double funnelCard(Funnel funnel, double x, double top, double width, Box cell,
      List<Mark> out) {
    List<Mark> marks = new ArrayList<>();
    double inner = width - 2 * CARD_PAD;
    double textX = x + CARD_PAD;
    double y = top + CARD_PAD;
    y = add(marks, type.place(labels.completedOf(labels.number(funnel.completed()),
        labels.number(funnel.entered())), textX, y, inner, ITEM, Align.LEFT, Ink.TEXT,
        Ink.CARD_FILL, cell), y);
    if (funnel.entered() > 0) {
      y += SMALL_GAP;
      marks.add(new Mark.Rect(new Box(textX, y, inner, FUNNEL_BAR), 0,
          Optional.of(Ink.PAIN_FILL), Optional.of(Ink.PAIN_STROKE), Stroke.HAIRLINE));
      double filled = inner * funnel.completionRate();
      if (filled > 0) {
        marks.add(new Mark.Rect(new Box(textX, y, filled, FUNNEL_BAR), 0,
            Optional.of(Ink.FUNNEL_FILL), Optional.empty(), Stroke.HAIRLINE));
      }
      y += FUNNEL_BAR + SMALL_GAP;
      String done = labels.percent(funnel.completionRate());
      String drop = labels.dropOff(labels.percent(funnel.dropOffRate()));
      double doneWidth = type.width(done, META_BOLD);
      double dropWidth = type.width(drop, META);
      Mark.Text doneText = type.place(done, textX, y, inner, META_BOLD, Align.LEFT, Ink.TEXT,
          Ink.CARD_FILL, cell);
      addIfPresent(marks, doneText);
      double dropY = doneWidth + dropWidth + SMALL_GAP * 2 <= inner ? y
          : y + type.lineHeight(META_BOLD);
      y = add(marks, type.place(drop, textX, dropY, inner, META, Align.RIGHT, Ink.ALERT_TEXT,
          Ink.CARD_FILL, cell), dropY);
    }
    Box card = new Box(x, top, width, y + CARD_PAD - top);
    marks.add(0, new Mark.Rect(card, CARD_RADIUS, Optional.of(Ink.CARD_FILL),
        Optional.of(Ink.CARD_STROKE), Stroke.HAIRLINE));
    out.add(new Mark.Group(Optional.empty(), Ids.classes("card", "funnel"), Optional.empty(),
        Optional.empty(), marks));
    return card.bottom();
  }

  private double moments(List<Moment> moments, double x, double top, double width, Box cell,
      List<Mark> out) {
    double cx = x;
    double y = top;
    double bottom = top;
    double chipHeight = type.lineHeight(META) + 2 * MOMENT_PAD_Y;
    for (Moment moment : moments) {
      String text = labels.moment(moment);
      double w = Math.min(width, type.width(text, META) + 2 * MOMENT_PAD_X);
      if (cx > x && cx + w > x + width) {
        cx = x;
        y = bottom + SMALL_GAP;
      }
      List<Mark> marks = new ArrayList<>();
      Mark.Text label = type.place(text, cx + MOMENT_PAD_X, y + MOMENT_PAD_Y,
          w - 2 * MOMENT_PAD_X, META, Align.LEFT, Ink.TEXT, Ink.MOMENT_FILL, cell);
      double h = label == null ? chipHeight : label.box().height() + 2 * MOMENT_PAD_Y;
      marks.add(new Mark.Rect(new Box(cx, y, w, h), Math.min(MOMENT_RADIUS, h / 2),
          Optional.of(Ink.MOMENT_FILL), Optional.of(Ink.MOMENT_STROKE), Stroke.HAIRLINE));
      addIfPresent(marks, label);
      out.add(new Mark.Group(Optional.empty(), Ids.classes("moment",
          "moment-" + Ids.token(moment)),
          Optional.empty(), Optional.empty(), marks));
      bottom = Math.max(bottom, y + h);
      cx += w + SMALL_GAP;
    }
    return bottom;
  }
}
