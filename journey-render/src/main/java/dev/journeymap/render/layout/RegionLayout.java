package dev.journeymap.render.layout;

import dev.journeymap.core.Column;
import dev.journeymap.core.Journey;
import dev.journeymap.core.Touchpoint;
import dev.journeymap.render.Ink;
import dev.journeymap.render.Lane;
import dev.journeymap.render.RenderOptions;
import dev.journeymap.render.layout.Typesetter.Align;
import dev.journeymap.render.layout.Typesetter.Style;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every region of the layout shares: the sizes of the map (every length in px, every text
 * style), the state of one layout call, and small helpers to place text, chips and rules. Each
 * region ({@link HeaderLayout}, {@link StageLayout}, {@link LaneLayout}, {@link EmotionLayout},
 * {@link LegendLayout}) is made for one call and then dropped.
 */
abstract class RegionLayout {
  static final double MARGIN = 24;
  static final double LABEL_WIDTH = 168;
  static final double MIN_CONTENT_WIDTH = 720;
  static final double SECTION_GAP = 24;
  static final double CELL_PAD = 10;
  static final double ROW_PAD = 12;
  static final double LABEL_PAD = 12;
  static final double CARD_PAD = 8;
  static final double CARD_GAP = 8;
  static final double CARD_RADIUS = 6;
  static final double SMALL_GAP = 4;
  static final double MARKER_INDENT = 14;
  static final double BULLET_RADIUS = 2.5;
  static final double CHIP_PAD_X = 6;
  static final double CHIP_PAD_Y = 2;
  static final double CHIP_RADIUS = 8;

  static final double STAGE_ARROW = 14;
  static final double STAGE_GAP = 4;
  static final double STAGE_PAD = 10;
  static final double NUMBER_RADIUS = 10;

  static final double PERSONA_WIDTH = 400;
  static final double MIN_HEADER_TEXT_WIDTH = 420;
  static final double HEADER_GAP = 24;
  static final double ACCENT_BAR = 4;

  static final double ICON_SIZE = 24;
  static final double ICON_GAP = 8;
  static final double UNDERLINE_OFFSET = 2;

  static final double LEVEL_HEIGHT = 26;
  static final double STAGE_DOT = 6;
  static final double TOUCHPOINT_DOT = 4;
  static final double POINT_LABEL_GAP = 4;
  static final double SLOT_GAP = 10;
  static final double MIN_POINT_LABEL_WIDTH = 44;
  static final double TICK_WIDTH = 28;
  static final double TICK_GAP = 6;

  static final double KPI_BAR = 6;
  static final double FUNNEL_BAR = 14;
  static final double MOMENT_PAD_X = 10;
  static final double MOMENT_PAD_Y = 4;
  static final double MOMENT_RADIUS = 11;

  static final double LEGEND_SECTION_WIDTH = 250;
  static final double LEGEND_PAD = 16;
  static final double SWATCH_WIDTH = 24;
  static final double SWATCH_HEIGHT = 14;
  static final double SWATCH_GAP = 8;

  static final Style TITLE = new Style(24, true, false);
  static final Style LEAD = new Style(13, false, false);
  static final Style GOAL = new Style(14, false, false);
  static final Style GOAL_LABEL = new Style(14, true, false);
  static final Style SUMMARY = new Style(12, false, false);
  static final Style BADGE = new Style(11, true, false);
  static final Style STAGE_NAME = new Style(15, true, false);
  static final Style STAGE_NAME_NARROW = new Style(13, true, false);
  static final Style STAGE_NUMBER = new Style(12, true, false);
  static final Style STAGE_DESCRIPTION = new Style(12, false, false);
  static final Style STEP_NAME = new Style(12, true, false);
  static final Style LANE_NAME = new Style(13, true, false);
  static final Style LANE_HINT = new Style(11, false, false);
  static final Style ITEM = new Style(12, false, false);
  static final Style QUESTION = new Style(12, false, true);
  static final Style ITEM_BOLD = new Style(12, true, false);
  static final Style META = new Style(11, false, false);
  static final Style META_BOLD = new Style(11, true, false);
  static final Style CHIP = new Style(10, false, false);
  static final Style TICK = new Style(10, false, false);
  static final Style KICKER = new Style(10, true, false);
  static final Style PERSONA_NAME = new Style(16, true, false);
  static final Style QUOTE = new Style(12, false, true);
  static final Style LEGEND_TITLE = new Style(14, true, false);

  final Journey journey;
  final RenderOptions options;
  final Labels labels;
  final Ids ids;
  final Typesetter type;
  final double columnWidth;
  final double gridLeft;
  final double contentWidth;
  /** The width of the header and the legend: the content's, or a printed page's. */
  final double frameWidth;
  final List<Layout.Column> columns;
  /** The journey's columns, in the same order as {@link #columns}. */
  final List<Column> journeyColumns;
  final List<Layout.Row> rows;
  final Map<String, Touchpoint> touchpoints;
  final LaneSpecs lanes;
  final CardDetails details;

  RegionLayout(Context context) {
    this.journey = context.journey;
    this.options = context.options;
    this.labels = context.labels;
    this.ids = context.ids;
    this.type = context.type;
    this.columnWidth = context.columnWidth;
    this.gridLeft = context.gridLeft;
    this.contentWidth = context.contentWidth;
    this.frameWidth = context.frameWidth;
    this.columns = context.columns;
    this.journeyColumns = context.journeyColumns;
    this.rows = context.rows;
    this.touchpoints = context.touchpoints;
    this.lanes = context.lanes;
    this.details = context.details;
  }

  /**
   * Texts placed before their region's height was known (in a cell with the region's top and
   * its unknown height: the region, or a column or card of it) get the finished height, in
   * groups too, keeping their cell's left and width; nothing is measured again.
   */
  static List<Mark> fixCells(List<Mark> marks, Box provisional, Box actual) {
    List<Mark> fixed = new ArrayList<>(marks.size());
    for (Mark mark : marks) {
      if (mark instanceof Mark.Text t && t.cell().y() == provisional.y()
          && t.cell().height() == provisional.height()) {
        Box cell = new Box(t.cell().x(), actual.y(), t.cell().width(), actual.height());
        fixed.add(new Mark.Text(t.box(), cell, t.lines(), t.fontSize(), t.bold(), t.italic(),
            t.ink(), t.background(), t.rtl()));
      } else if (mark instanceof Mark.Group g) {
        fixed.add(g.withChildren(fixCells(g.children(), provisional, actual)));
      } else {
        fixed.add(mark);
      }
    }
    return fixed;
  }

  Mark rule(double y) {
    return new Mark.Line(new Point(MARGIN, y), new Point(MARGIN + contentWidth, y), Ink.RULE,
        Stroke.HAIRLINE);
  }

  double laneLabelHeight(Lane lane, double width) {
    LaneSpec spec = lanes.get(lane);
    return type.height(spec.name().in(labels), width, LANE_NAME) + SMALL_GAP
        + type.height(hint(spec), width, LANE_HINT);
  }

  private String hint(LaneSpec spec) {
    return spec.hint().map(h -> h.in(labels)).orElse("");
  }

  /**
   * The lane's label: its name and hint on a panel, the row header of the lane's row, with
   * {@code extra} marks (e.g. the emotion lane's ticks) drawn after them.
   */
  Mark.Group laneLabel(Lane lane, double top, double height, double width, List<Mark> extra) {
    LaneSpec spec = lanes.get(lane);
    Box cell = new Box(MARGIN, top, LABEL_WIDTH, height);
    List<Mark> marks = new ArrayList<>();
    marks.add(new Mark.Rect(cell, 0, Optional.of(Ink.PANEL), Optional.empty(), Stroke.HAIRLINE));
    double y = top + ROW_PAD;
    y = add(marks, type.place(spec.name().in(labels), MARGIN + LABEL_PAD, y, width, LANE_NAME,
        Align.LEFT, Ink.TEXT, Ink.PANEL, cell), y) + SMALL_GAP;
    addIfPresent(marks, type.place(hint(spec), MARGIN + LABEL_PAD, y, width,
        LANE_HINT, Align.LEFT, Ink.MUTED_TEXT, Ink.PANEL, cell));
    marks.addAll(extra);
    return new Mark.Group(Optional.empty(), Ids.classes("lane-label"), Optional.empty(),
        Optional.empty(), Mark.Role.ROW_HEADER, 1, marks);
  }

  /** The lane's row: its label, then its content. */
  Mark.Group laneRow(Lane lane, List<Mark> children) {
    return new Mark.Group(ids.lane(lane), Ids.laneClasses(lane), Optional.empty(),
        Optional.empty(), Mark.Role.ROW, 0, children);
  }

  /** The cell of a lane in a column, possibly empty. */
  Mark.Group cell(Lane lane, int column, List<Mark> marks) {
    return cell(lane, column, 1, marks);
  }

  /**
   * The cell of a lane spanning {@code span} columns from {@code column}: a stage over its
   * steps, named after the stage.
   */
  Mark.Group cell(Lane lane, int column, int span, List<Mark> marks) {
    Layout.Column first = columns.get(column);
    String id = span > 1 ? first.stageId() : first.id();
    return new Mark.Group(ids.cell(lane, id), Ids.cellClasses(lane), Optional.empty(),
        Optional.empty(), Mark.Role.CELL, column + 2, marks, span);
  }

  /** A rounded label; returns its box. */
  Box chip(String text, double x, double y, Style style, Ink fill, Ink stroke,
      Stroke outline, Box cell, List<Mark> out) {
    double maxWidth = cell.right() - x - CELL_PAD - 2 * CHIP_PAD_X;
    Mark.Text label = type.place(text, x + CHIP_PAD_X, y + CHIP_PAD_Y, maxWidth, style,
        Align.LEFT, Ink.TEXT, fill, cell);
    double w = label == null ? 0 : label.box().width();
    double h = label == null ? type.lineHeight(style) : label.box().height();
    Box box = new Box(x, y, w + 2 * CHIP_PAD_X, h + 2 * CHIP_PAD_Y);
    out.add(new Mark.Rect(box, Math.min(CHIP_RADIUS, box.height() / 2), Optional.of(fill),
        Optional.of(stroke), outline));
    addIfPresent(out, label);
    return box;
  }

  /**
   * A tag per persona, named and classed after it ({@code jm-persona-tag jm-persona-couple}),
   * flowing from {@code x} to {@code right} and wrapping; returns the bottom of the last row, or
   * {@code y} when there are none. Unknown ids are drawn as they are.
   */
  double tags(List<String> personaIds, double x, double y, double right, Box cell,
      List<Mark> out) {
    double cx = x;
    double rowTop = y;
    double bottom = y;
    for (String id : personaIds) {
      String name = journey.persona(id).map(p -> p.name()).orElse(id);
      double width = Math.min(right - x, type.width(name, CHIP) + 2 * CHIP_PAD_X);
      if (cx > x && cx + width > right) {
        cx = x;
        rowTop = bottom + SMALL_GAP;
      }
      List<Mark> marks = new ArrayList<>(2);
      Box box = chip(name, cx, rowTop, CHIP, Ink.PANEL, Ink.CARD_STROKE, Stroke.HAIRLINE, cell,
          marks);
      out.add(new Mark.Group(Optional.empty(), Ids.classes("persona-tag", "persona-" + id),
          Optional.empty(), Optional.empty(), marks));
      bottom = Math.max(bottom, box.bottom());
      cx = box.right() + SMALL_GAP;
    }
    return bottom;
  }

  static double clampScore(double score) {
    return Math.max(-2, Math.min(2, score));
  }

  /** Adds the text if any; returns its bottom, or {@code y} when there is none. */
  static double add(List<Mark> out, Mark.Text text, double y) {
    if (text == null) {
      return y;
    }
    out.add(text);
    return text.box().bottom();
  }

  static void addIfPresent(List<Mark> out, Mark.Text text) {
    if (text != null) {
      out.add(text);
    }
  }

  /** The state of one layout call, shared by its regions. */
  static final class Context {
    final Journey journey;
    final RenderOptions options;
    final Labels labels;
    final Ids ids;
    final Typesetter type;
    final double columnWidth;
    final double gridLeft;
    final double contentWidth;
    final double frameWidth;
    final List<Layout.Column> columns = new ArrayList<>();
    final List<Column> journeyColumns;
    final List<Layout.Row> rows = new ArrayList<>();
    /** Touchpoints by id, so that a reference costs the same on a big map as on a small one. */
    final Map<String, Touchpoint> touchpoints = new HashMap<>();
    /** The lanes this journey can be drawn with. */
    final LaneSpecs lanes;
    final CardDetails details;

    Context(Journey journey, RenderOptions options, Typesetter type) {
      this(journey, options, type, Double.POSITIVE_INFINITY);
    }

    /**
     * A context whose header and legend are at most {@code frameWidth} wide (at least the
     * narrowest content width), e.g. to print a wide map on pages of that width.
     */
    Context(Journey journey, RenderOptions options, Typesetter type, double frameWidth) {
      this.lanes = LaneSpecs.of(journey);
      this.journey = journey;
      this.options = options;
      this.labels = Labels.of(options, journey);
      this.ids = new Ids(Ids.prefix(journey, options));
      this.details = new CardDetails(labels, journey);
      this.type = type;
      // A map of one or two stages still fills the page's narrowest width with its columns, so
      // that the grid ends where the header, the rules and the legend do.
      this.journeyColumns = journey.columns();
      int count = Math.max(1, journeyColumns.size());
      this.columnWidth = Math.max(options.columnWidth(),
          (MIN_CONTENT_WIDTH - LABEL_WIDTH) / count);
      this.gridLeft = MARGIN + LABEL_WIDTH;
      this.contentWidth = Math.max(MIN_CONTENT_WIDTH,
          LABEL_WIDTH + journeyColumns.size() * columnWidth);
      this.frameWidth = Math.min(contentWidth, Math.max(MIN_CONTENT_WIDTH, frameWidth));
      journey.touchpoints().forEach(t -> touchpoints.put(t.id(), t));
      for (Column column : journeyColumns) {
        columns.add(new Layout.Column(column.id(), column.stage().id(),
            gridLeft + column.index() * columnWidth, columnWidth));
      }
    }
  }
}
