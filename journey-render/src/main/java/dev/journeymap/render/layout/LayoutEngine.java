package dev.journeymap.render.layout;

import dev.journeymap.core.Channel;
import dev.journeymap.core.EmotionPoint;
import dev.journeymap.core.Evidence;
import dev.journeymap.core.Funnel;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.Kpi;
import dev.journeymap.core.Moment;
import dev.journeymap.core.Persona;
import dev.journeymap.core.Stage;
import dev.journeymap.core.Touchpoint;
import dev.journeymap.render.Ink;
import dev.journeymap.render.Lane;
import dev.journeymap.render.RenderOptions;
import dev.journeymap.render.text.TextMetrics;
import dev.journeymap.render.layout.Typesetter.Align;
import dev.journeymap.render.layout.Typesetter.Style;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Computes the {@link Layout} of a journey: every box, line and line of text, in pixels.
 *
 * <pre>{@code
 * Layout layout = LayoutEngine.create().layout(journey, RenderOptions.defaults());
 * layout.columns().get(0).width()   // 220.0
 * }</pre>
 *
 * <p>The page, top to bottom: the header (title, state, description, goal, a summary line, and
 * persona cards beside or below it), the stage headers, one row per lane (label on the left, a
 * cell per stage), and the legend. A lane's row is as tall as its tallest cell. Text is measured
 * with the shipped font tables, so the layout is the same on every machine.
 *
 * <p>Immutable and thread-safe.
 */
public final class LayoutEngine {
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
  static final double ACCENT_INSET = 2;
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

  private final Typesetter type;

  private LayoutEngine(Measure measure) {
    this.type = new Typesetter(measure);
  }

  /** An engine measuring text with the shipped font tables. */
  public static LayoutEngine create() {
    return new LayoutEngine(new FontMeasure(TextMetrics.sans()));
  }

  /** The CSS font family the layout was measured for. */
  public String cssFontFamily() {
    return type.measure().cssFontFamily();
  }

  /** The font family name to ask AWT for when painting into an image. */
  public String fontFamily() {
    return type.measure().familyName();
  }

  /** The layout of {@code journey} drawn with {@code options}. */
  public Layout layout(Journey journey, RenderOptions options) {
    Objects.requireNonNull(journey, "journey");
    Objects.requireNonNull(options, "options");
    return new Run(journey, options).layout();
  }

  /** The state of one layout call. */
  private final class Run {
    private final Journey journey;
    private final RenderOptions options;
    private final Labels labels;
    private final Ids ids;
    private final double columnWidth;
    private final double gridLeft;
    private final double contentWidth;
    private final List<Layout.Column> columns = new ArrayList<>();
    private final List<Layout.Row> rows = new ArrayList<>();
    /** Touchpoints by id, so that references cost the same on a 200-stage map as on a small one. */
    private final Map<String, Touchpoint> touchpoints = new HashMap<>();

    Run(Journey journey, RenderOptions options) {
      this.journey = journey;
      this.options = options;
      this.labels = Labels.of(options, journey);
      this.ids = new Ids(Ids.prefix(journey, options));
      this.columnWidth = options.columnWidth();
      this.gridLeft = MARGIN + LABEL_WIDTH;
      this.contentWidth = Math.max(MIN_CONTENT_WIDTH,
          LABEL_WIDTH + journey.stages().size() * columnWidth);
      journey.touchpoints().forEach(t -> touchpoints.put(t.id(), t));
      for (int i = 0; i < journey.stages().size(); i++) {
        columns.add(new Layout.Column(journey.stages().get(i).id(), gridLeft + i * columnWidth,
            columnWidth));
      }
    }

    Layout layout() {
      List<Mark> marks = new ArrayList<>();
      double y = MARGIN;
      boolean personas = options.showPersonas() && !journey.personas().isEmpty();
      if (options.showHeader() || personas) {
        y = header(y, personas, marks) + SECTION_GAP;
      }
      y = stageHeaders(y, marks);
      double lanesTop = y;
      List<Mark> laneMarks = new ArrayList<>();
      for (Lane lane : options.lanes()) {
        if (!options.showEmptyLanes() && isEmpty(lane)) {
          continue;
        }
        y = lane == Lane.EMOTIONS ? emotionLane(y, laneMarks) : lane(lane, y, laneMarks);
      }
      if (y > lanesTop) {
        for (int i = 1; i < columns.size(); i++) {
          double x = columns.get(i).x();
          marks.add(new Mark.Line(new Point(x, lanesTop), new Point(x, y), Ink.RULE,
              Stroke.HAIRLINE));
        }
      }
      marks.addAll(laneMarks);
      if (options.showLegend()) {
        y = legend(y + SECTION_GAP, marks);
      }
      double width = Math.ceil(2 * MARGIN + contentWidth);
      double height = Math.ceil(y + MARGIN);
      return new Layout(width, height, ids.root(), Typesetter.normalize(journey.title()),
          Typesetter.normalize(labels.description(journey)),
          journey.locale().filter(l -> l.matches("[A-Za-z0-9-]{1,35}")).orElse(labels.language()),
          columns, rows,
          marks);
    }

    // ---------------------------------------------------------------- header

    private double header(double top, boolean withPersonas, List<Mark> out) {
      int cards = withPersonas ? journey.personas().size() : 0;
      int perRow = Math.max(1, (int) ((contentWidth + HEADER_GAP) / (PERSONA_WIDTH + HEADER_GAP)));
      double cardWidth = Math.min(PERSONA_WIDTH, contentWidth);
      boolean beside = options.showHeader() && cards > 0
          && contentWidth - cards * (cardWidth + HEADER_GAP) >= MIN_HEADER_TEXT_WIDTH;
      double textWidth = beside ? contentWidth - cards * (cardWidth + HEADER_GAP) : contentWidth;
      List<Mark> marks = new ArrayList<>();
      double textBottom = top;
      Box headerCell = new Box(MARGIN, top, textWidth, Double.MAX_VALUE / 4);
      if (options.showHeader()) {
        textBottom = headerText(top, textWidth, headerCell, marks);
      }
      double bottom = textBottom;
      if (cards > 0) {
        double cardTop = beside || !options.showHeader() ? top : textBottom + SECTION_GAP;
        double x = beside ? MARGIN + textWidth + HEADER_GAP : MARGIN;
        double rowTop = cardTop;
        double rowBottom = cardTop;
        int inRow = 0;
        for (Persona persona : journey.personas()) {
          if (!beside && inRow == perRow) {
            x = MARGIN;
            rowTop = rowBottom + HEADER_GAP;
            inRow = 0;
          }
          double cardBottom = personaCard(persona, x, rowTop, cardWidth, marks);
          rowBottom = Math.max(rowBottom, cardBottom);
          x += cardWidth + HEADER_GAP;
          inRow++;
        }
        bottom = Math.max(bottom, rowBottom);
      }
      out.add(new Mark.Group(ids.header(), List.of("jm-header"), Optional.empty(),
          Optional.empty(), fixCells(marks, headerCell, new Box(MARGIN, top, textWidth,
              textBottom - top))));
      return bottom;
    }

    /** Header texts were placed before the header's height was known; give them their cell. */
    private List<Mark> fixCells(List<Mark> marks, Box provisional, Box actual) {
      List<Mark> fixed = new ArrayList<>(marks.size());
      for (Mark mark : marks) {
        if (mark instanceof Mark.Text t && t.cell().equals(provisional)) {
          fixed.add(new Mark.Text(t.box(), actual, t.lines(), t.fontSize(), t.bold(), t.italic(),
              t.ink(), t.background()));
        } else {
          fixed.add(mark);
        }
      }
      return fixed;
    }

    private double headerText(double top, double width, Box cell, List<Mark> out) {
      double y = top;
      y = add(out, type.place(journey.title(), MARGIN, y, width, TITLE, Align.LEFT, Ink.TEXT,
          Ink.BACKGROUND, cell), y) + SMALL_GAP * 2;
      y = chip(labels.state(journey.state()), MARGIN, y, BADGE, Ink.BADGE_FILL, Ink.ACCENT,
          Stroke.HAIRLINE, cell, out).bottom() + SMALL_GAP * 2;
      if (journey.description().isPresent()) {
        y = add(out, type.place(journey.description().get(), MARGIN, y, width, LEAD, Align.LEFT,
            Ink.MUTED_TEXT, Ink.BACKGROUND, cell), y) + SMALL_GAP * 2;
      }
      if (journey.goal().isPresent()) {
        double labelWidth = type.width(labels.goal(), GOAL_LABEL);
        double textX = MARGIN + ACCENT_BAR + CARD_PAD;
        double goalWidth = width - ACCENT_BAR - 2 * CARD_PAD - labelWidth - SMALL_GAP;
        double lineHeight = type.lineHeight(GOAL);
        double textHeight = Math.max(lineHeight, type.height(journey.goal().get(), goalWidth,
            GOAL));
        Box box = new Box(MARGIN, y, width, textHeight + 2 * CARD_PAD);
        out.add(new Mark.Rect(box, 0, Optional.of(Ink.BADGE_FILL), Optional.empty(),
            Stroke.HAIRLINE));
        out.add(new Mark.Rect(new Box(MARGIN, y, ACCENT_BAR, box.height()), 0,
            Optional.of(Ink.ACCENT), Optional.empty(), Stroke.HAIRLINE));
        addIfPresent(out, type.place(labels.goal(), textX, y + CARD_PAD, labelWidth, GOAL_LABEL,
            Align.LEFT, Ink.TEXT, Ink.BADGE_FILL, cell));
        addIfPresent(out, type.place(journey.goal().get(), textX + labelWidth + SMALL_GAP,
            y + CARD_PAD, goalWidth, GOAL, Align.LEFT, Ink.TEXT, Ink.BADGE_FILL, cell));
        y = box.bottom() + SMALL_GAP * 2;
      }
      y = add(out, type.place(summary(), MARGIN, y, width, SUMMARY, Align.LEFT, Ink.MUTED_TEXT,
          Ink.BACKGROUND, cell), y);
      return y;
    }

    private String summary() {
      long painPoints = journey.stages().stream().mapToLong(s -> s.painPoints().size()).sum();
      long opportunities = journey.stages().stream()
          .mapToLong(s -> s.opportunities().size()).sum();
      return String.join(" · ",
          labels.count(journey.personas().size(), "persona", "personas", "persona", "personas"),
          labels.count(journey.stages().size(), "stage", "stages", "étape", "étapes"),
          labels.count(journey.touchpoints().size(), "touchpoint", "touchpoints",
              "point de contact", "points de contact"),
          labels.count(painPoints, "pain point", "pain points", "point de friction",
              "points de friction"),
          labels.count(opportunities, "opportunity", "opportunities", "opportunité",
              "opportunités"));
    }

    private double personaCard(Persona persona, double x, double top, double width,
        List<Mark> out) {
      List<Mark> marks = new ArrayList<>();
      double inner = width - 2 * LABEL_PAD;
      double textX = x + LABEL_PAD;
      Box cell = new Box(x, top, width, Double.MAX_VALUE / 4);
      double y = top + LABEL_PAD;
      y = add(marks, type.place(labels.persona().toUpperCase(Locale.ROOT), textX, y, inner,
          KICKER, Align.LEFT, Ink.MUTED_TEXT, Ink.PANEL, cell), y);
      y = add(marks, type.place(persona.name(), textX, y, inner, PERSONA_NAME, Align.LEFT,
          Ink.TEXT, Ink.PANEL, cell), y) + SMALL_GAP;
      if (!persona.attributes().isEmpty()) {
        List<String> parts = new ArrayList<>();
        persona.attributes().forEach((k, v) -> parts.add(k + ": " + v));
        y = add(marks, type.place(String.join(" · ", parts), textX, y, inner, META, Align.LEFT,
            Ink.MUTED_TEXT, Ink.PANEL, cell), y) + SMALL_GAP;
      }
      if (persona.description().isPresent()) {
        y = add(marks, type.place(persona.description().get(), textX, y, inner, ITEM, Align.LEFT,
            Ink.TEXT, Ink.PANEL, cell), y) + SMALL_GAP;
      }
      y = bullets(labels.personaGoals(), persona.goals(), Ink.POSITIVE, textX, y, inner, cell,
          marks);
      y = bullets(labels.frustrations(), persona.frustrations(), Ink.NEGATIVE, textX, y, inner,
          cell, marks);
      if (persona.quote().isPresent()) {
        y += SMALL_GAP;
        Mark.Text quote = type.place("“" + persona.quote().get() + "”", textX + ACCENT_BAR
            + CARD_PAD, y, inner - ACCENT_BAR - CARD_PAD, QUOTE, Align.LEFT, Ink.MUTED_TEXT,
            Ink.PANEL, cell);
        if (quote != null) {
          marks.add(new Mark.Rect(new Box(textX, y, ACCENT_BAR, quote.box().height()), 0,
              Optional.of(Ink.ACCENT), Optional.empty(), Stroke.HAIRLINE));
          marks.add(quote);
          y = quote.box().bottom();
        }
      }
      Box card = new Box(x, top, width, y + LABEL_PAD - top);
      List<Mark> children = new ArrayList<>();
      children.add(new Mark.Rect(card, CARD_RADIUS * 1.5, Optional.of(Ink.PANEL),
          Optional.of(Ink.CARD_STROKE), Stroke.HAIRLINE));
      children.addAll(fixCells(marks, cell, card));
      out.add(new Mark.Group(ids.persona(persona.id()), List.of("jm-persona"), Optional.empty(),
          Optional.empty(), children));
      return card.bottom();
    }

    private double bullets(String heading, List<String> items, Ink bullet, double x, double top,
        double width, Box cell, List<Mark> out) {
      if (items.isEmpty()) {
        return top;
      }
      double y = top + SMALL_GAP;
      y = add(out, type.place(heading, x, y, width, ITEM_BOLD, Align.LEFT, Ink.TEXT, Ink.PANEL,
          cell), y);
      for (String item : items) {
        Mark.Text text = type.place(item, x + MARKER_INDENT, y, width - MARKER_INDENT, ITEM,
            Align.LEFT, Ink.TEXT, Ink.PANEL, cell);
        if (text != null) {
          out.add(new Mark.Dot(new Point(x + BULLET_RADIUS + 1, y + type.lineHeight(ITEM) / 2),
              BULLET_RADIUS, bullet, bullet));
          out.add(text);
          y = text.box().bottom();
        }
      }
      return y;
    }

    // ---------------------------------------------------------------- stages

    private double stageHeaders(double top, List<Mark> out) {
      double inner = columnWidth - 2 * STAGE_ARROW - 2 * STAGE_PAD;
      double numberWidth = 2 * NUMBER_RADIUS + SMALL_GAP * 2;
      double height = 0;
      for (Stage stage : journey.stages()) {
        Style style = stageNameStyle(stage, inner);
        double h = type.wordsFit(stage.name(), inner - numberWidth, style)
            ? Math.max(2 * NUMBER_RADIUS, type.height(stage.name(), inner - numberWidth, style))
            : 2 * NUMBER_RADIUS + SMALL_GAP + type.height(stage.name(), inner, style);
        if (stage.description().isPresent()) {
          h += SMALL_GAP + type.height(stage.description().get(), inner, STAGE_DESCRIPTION);
        }
        height = Math.max(height, h);
      }
      height += 2 * STAGE_PAD;
      List<Mark> children = new ArrayList<>();
      Box labelCell = new Box(MARGIN, top, LABEL_WIDTH, height);
      double ly = top + STAGE_PAD;
      ly = add(children, type.place(labels.stages().toUpperCase(Locale.ROOT), MARGIN + LABEL_PAD,
          ly, LABEL_WIDTH - 2 * LABEL_PAD, LANE_NAME, Align.LEFT, Ink.MUTED_TEXT, Ink.BACKGROUND,
          labelCell), ly);
      addIfPresent(children, type.place(labels.stagesHint(), MARGIN + LABEL_PAD, ly,
          LABEL_WIDTH - 2 * LABEL_PAD, LANE_HINT, Align.LEFT, Ink.MUTED_TEXT, Ink.BACKGROUND,
          labelCell));
      for (int i = 0; i < journey.stages().size(); i++) {
        Stage stage = journey.stages().get(i);
        double x = columns.get(i).x();
        Box cell = new Box(x, top, columnWidth, height);
        double left = x;
        double right = x + columnWidth - STAGE_GAP;
        double mid = top + height / 2;
        List<Point> shape = new ArrayList<>();
        shape.add(new Point(left, top));
        shape.add(new Point(right - STAGE_ARROW, top));
        shape.add(new Point(right, mid));
        shape.add(new Point(right - STAGE_ARROW, top + height));
        shape.add(new Point(left, top + height));
        if (i > 0) {
          shape.add(new Point(left + STAGE_ARROW, mid));
        }
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark.Polygon(shape, Ink.STAGE_FILL));
        double textX = x + STAGE_ARROW + STAGE_PAD;
        double y = top + STAGE_PAD;
        Point center = new Point(textX + NUMBER_RADIUS, y + NUMBER_RADIUS);
        marks.add(new Mark.Dot(center, NUMBER_RADIUS, Ink.STAGE_TEXT, Ink.STAGE_TEXT));
        double lineHeight = type.lineHeight(STAGE_NUMBER);
        addIfPresent(marks, type.place(Integer.toString(i + 1), center.x() - NUMBER_RADIUS,
            center.y() - lineHeight / 2, 2 * NUMBER_RADIUS, STAGE_NUMBER, Align.CENTER,
            Ink.STAGE_FILL, Ink.STAGE_TEXT, cell));
        // The name sits beside the number, or below it when a word of it would have to break.
        Style style = stageNameStyle(stage, inner);
        boolean beside = type.wordsFit(stage.name(), inner - numberWidth, style);
        double nameHeight = type.lineHeight(style);
        double nameTop = beside ? y + Math.max(0, NUMBER_RADIUS - nameHeight / 2)
            : y + 2 * NUMBER_RADIUS + SMALL_GAP;
        double nameX = beside ? textX + numberWidth : textX;
        double nameWidth = beside ? inner - numberWidth : inner;
        y = Math.max(y + 2 * NUMBER_RADIUS, add(marks, type.place(stage.name(), nameX, nameTop,
            nameWidth, style, Align.LEFT, Ink.STAGE_TEXT, Ink.STAGE_FILL, cell), nameTop));
        if (stage.description().isPresent()) {
          addIfPresent(marks, type.place(stage.description().get(), textX, y + SMALL_GAP, inner,
              STAGE_DESCRIPTION, Align.LEFT, Ink.STAGE_TEXT, Ink.STAGE_FILL, cell));
        }
        children.add(new Mark.Group(ids.stage(stage.id()), List.of("jm-stage"),
            stage.description().map(Typesetter::normalize), Optional.empty(), marks));
      }
      out.add(new Mark.Group(ids.stages(), List.of("jm-stages"), Optional.empty(),
          Optional.empty(), children));
      return top + height + SMALL_GAP * 2;
    }

    /** A smaller size for names with a word too long for a narrow column at the usual one. */
    private Style stageNameStyle(Stage stage, double inner) {
      return type.wordsFit(stage.name(), inner, STAGE_NAME) ? STAGE_NAME : STAGE_NAME_NARROW;
    }

    // ---------------------------------------------------------------- lanes

    private boolean isEmpty(Lane lane) {
      return journey.stages().stream().noneMatch(s -> hasContent(lane, s));
    }

    private boolean hasContent(Lane lane, Stage s) {
      return switch (lane) {
        case CUSTOMER_GOALS -> !s.customerGoals().isEmpty();
        case ACTIONS -> !s.actions().isEmpty();
        case TOUCHPOINTS -> !s.touchpoints().isEmpty();
        case QUESTIONS -> !s.questions().isEmpty();
        case EMOTIONS -> s.emotion().isPresent()
            || s.touchpoints().stream().anyMatch(t -> t.emotion().isPresent());
        case PAIN_POINTS -> !s.painPoints().isEmpty();
        case OPPORTUNITIES -> !s.opportunities().isEmpty();
        case KPIS -> !s.kpis().isEmpty();
        case FUNNEL -> s.funnel().isPresent();
        case MOMENTS -> !s.moments().isEmpty();
      };
    }

    /** Lays out one lane row; returns its bottom. */
    private double lane(Lane lane, double top, List<Mark> out) {
      double labelHeight = laneLabelHeight(lane, LABEL_WIDTH - 2 * LABEL_PAD);
      double contentHeight = labelHeight;
      Box unbounded = new Box(0, top, columnWidth, Double.MAX_VALUE / 4);
      for (int i = 0; i < journey.stages().size(); i++) {
        Box probe = new Box(columns.get(i).x(), top, columnWidth, unbounded.height());
        contentHeight = Math.max(contentHeight,
            fillCell(lane, journey.stages().get(i), probe, new ArrayList<>()) - top - ROW_PAD);
      }
      double height = contentHeight + 2 * ROW_PAD;
      List<Mark> children = new ArrayList<>();
      laneLabel(lane, top, height, LABEL_WIDTH - 2 * LABEL_PAD, children);
      for (int i = 0; i < journey.stages().size(); i++) {
        Stage stage = journey.stages().get(i);
        Box cell = new Box(columns.get(i).x(), top, columnWidth, height);
        List<Mark> marks = new ArrayList<>();
        fillCell(lane, stage, cell, marks);
        if (!marks.isEmpty()) {
          children.add(new Mark.Group(ids.cell(lane, stage.id()), Ids.cellClasses(lane),
              Optional.empty(), Optional.empty(), marks));
        }
      }
      children.add(rule(top + height));
      rows.add(new Layout.Row(lane, top, height));
      out.add(new Mark.Group(ids.lane(lane), Ids.laneClasses(lane), Optional.empty(),
          Optional.empty(), children));
      return top + height;
    }

    private Mark rule(double y) {
      return new Mark.Line(new Point(MARGIN, y), new Point(MARGIN + contentWidth, y), Ink.RULE,
          Stroke.HAIRLINE);
    }

    private double laneLabelHeight(Lane lane, double width) {
      return type.height(labels.lane(lane), width, LANE_NAME) + SMALL_GAP
          + type.height(labels.laneHint(lane), width, LANE_HINT);
    }

    private void laneLabel(Lane lane, double top, double height, double width, List<Mark> out) {
      Box cell = new Box(MARGIN, top, LABEL_WIDTH, height);
      out.add(new Mark.Rect(cell, 0, Optional.of(Ink.PANEL), Optional.empty(), Stroke.HAIRLINE));
      double y = top + ROW_PAD;
      y = add(out, type.place(labels.lane(lane), MARGIN + LABEL_PAD, y, width, LANE_NAME,
          Align.LEFT, Ink.TEXT, Ink.PANEL, cell), y) + SMALL_GAP;
      addIfPresent(out, type.place(labels.laneHint(lane), MARGIN + LABEL_PAD, y, width,
          LANE_HINT, Align.LEFT, Ink.MUTED_TEXT, Ink.PANEL, cell));
    }

    /** Fills one cell from its top; returns the bottom of its content. */
    private double fillCell(Lane lane, Stage stage, Box cell, List<Mark> out) {
      double x = cell.x() + CELL_PAD;
      double width = cell.width() - 2 * CELL_PAD;
      double y = cell.y() + ROW_PAD;
      double bottom = y;
      switch (lane) {
        case CUSTOMER_GOALS, ACTIONS, QUESTIONS, PAIN_POINTS, OPPORTUNITIES -> {
          for (Item item : items(lane, stage)) {
            bottom = itemCard(lane, item, x, y, width, cell, out);
            y = bottom + CARD_GAP;
          }
        }
        case TOUCHPOINTS -> {
          for (Touchpoint touchpoint : stage.touchpoints()) {
            bottom = touchpointCard(touchpoint, x, y, width, cell, out);
            y = bottom + CARD_GAP;
          }
        }
        case KPIS -> {
          for (Kpi kpi : stage.kpis()) {
            bottom = kpiCard(kpi, x, y, width, cell, out);
            y = bottom + CARD_GAP;
          }
        }
        case FUNNEL -> {
          if (stage.funnel().isPresent()) {
            bottom = funnelCard(stage.funnel().get(), x, y, width, cell, out);
          }
        }
        case MOMENTS -> bottom = moments(stage.moments(), x, y, width, cell, out);
        case EMOTIONS -> throw new AssertionError("the emotion lane is laid out as a whole");
      }
      return bottom;
    }

    private List<Item> items(Lane lane, Stage stage) {
      return switch (lane) {
        case CUSTOMER_GOALS -> stage.customerGoals();
        case ACTIONS -> stage.actions();
        case QUESTIONS -> stage.questions();
        case PAIN_POINTS -> stage.painPoints();
        case OPPORTUNITIES -> stage.opportunities();
        default -> throw new AssertionError("not a text lane: " + lane);
      };
    }

    private double itemCard(Lane lane, Item item, double x, double top, double width, Box cell,
        List<Mark> out) {
      Ink fill;
      Ink stroke;
      switch (lane) {
        case CUSTOMER_GOALS -> {
          fill = Ink.GOAL_FILL;
          stroke = Ink.GOAL_STROKE;
        }
        case QUESTIONS -> {
          fill = Ink.QUESTION_FILL;
          stroke = Ink.QUESTION_STROKE;
        }
        case PAIN_POINTS -> {
          fill = Ink.PAIN_FILL;
          stroke = Ink.PAIN_STROKE;
        }
        case OPPORTUNITIES -> {
          fill = Ink.OPPORTUNITY_FILL;
          stroke = Ink.OPPORTUNITY_STROKE;
        }
        default -> {
          fill = Ink.CARD_FILL;
          stroke = Ink.CARD_STROKE;
        }
      }
      boolean bullet = lane == Lane.ACTIONS || lane == Lane.CUSTOMER_GOALS;
      boolean accent = lane == Lane.PAIN_POINTS || lane == Lane.OPPORTUNITIES;
      double indent = bullet ? MARKER_INDENT : accent ? ACCENT_BAR + SMALL_GAP : 0;
      double textX = x + CARD_PAD + indent;
      double textWidth = width - 2 * CARD_PAD - indent;
      Style style = lane == Lane.QUESTIONS ? QUESTION : ITEM;
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
        Box chip = chip(labels.evidence(evidence), textX, y, CHIP, Ink.BADGE_FILL,
            Ink.CARD_STROKE, evidence == Evidence.ASSUMPTION ? Stroke.DASHED : Stroke.HAIRLINE,
            cell, meta);
        y = chip.bottom();
      }
      if (item.touchpoint().isPresent()) {
        String name = Optional.ofNullable(touchpoints.get(item.touchpoint().get()))
            .map(Touchpoint::name).orElse(item.touchpoint().get());
        y += SMALL_GAP;
        y = add(meta, type.place(labels.atTouchpoint(name), textX, y, textWidth, META,
            Align.LEFT, Ink.MUTED_TEXT, fill, cell), y);
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
      out.add(new Mark.Group(Optional.empty(), Ids.itemClasses(lane, item.isAssumption()),
          item.source().map(Typesetter::normalize), Optional.empty(), marks));
      return card.bottom();
    }

    /** A rounded label; returns its box. */
    private Box chip(String text, double x, double y, Style style, Ink fill, Ink stroke,
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

    private double touchpointCard(Touchpoint touchpoint, double x, double top, double width,
        Box cell, List<Mark> out) {
      List<Mark> marks = new ArrayList<>();
      // The text sits beside the icon, or below it when a word of the name would have to break.
      boolean beside = type.wordsFit(touchpoint.name(),
          width - 2 * CARD_PAD - ICON_SIZE - ICON_GAP, ITEM_BOLD);
      double indent = beside ? ICON_SIZE + ICON_GAP : 0;
      double textX = x + CARD_PAD + indent;
      double textWidth = width - 2 * CARD_PAD - indent;
      Optional<String> link = touchpoint.url().filter(LayoutEngine::isSafeLink);
      double y = beside ? top + CARD_PAD : top + CARD_PAD + ICON_SIZE + SMALL_GAP;
      Mark.Text name = type.place(touchpoint.name(), textX, y, textWidth, ITEM_BOLD, Align.LEFT,
          link.isPresent() ? Ink.LINK_TEXT : Ink.TEXT, Ink.CARD_FILL, cell);
      if (name != null) {
        y = name.box().bottom();
      }
      String meta = labels.channel(touchpoint.channel())
          + touchpoint.owner().map(o -> " · " + o).orElse("");
      Mark.Text metaText = type.place(meta, textX, y, textWidth, META, Align.LEFT,
          Ink.MUTED_TEXT, Ink.CARD_FILL, cell);
      if (metaText != null) {
        y = metaText.box().bottom();
      }
      double bottom = Math.max(y, top + CARD_PAD + ICON_SIZE) + CARD_PAD;
      Box card = new Box(x, top, width, bottom - top);
      marks.add(new Mark.Rect(card, CARD_RADIUS, Optional.of(Ink.CARD_FILL),
          Optional.of(Ink.CARD_STROKE), Stroke.HAIRLINE));
      marks.add(new Mark.Icon(touchpoint.channel(), new Box(x + CARD_PAD, top + CARD_PAD,
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
      List<String> classes = new ArrayList<>(List.of("jm-touchpoint",
          "jm-channel-" + touchpoint.channel().name().toLowerCase(Locale.ROOT).replace('_', '-')));
      out.add(new Mark.Group(ids.touchpoint(touchpoint.id()), classes,
          touchpoint.description().map(Typesetter::normalize), link, marks));
      return card.bottom();
    }

    private double kpiCard(Kpi kpi, double x, double top, double width, Box cell,
        List<Mark> out) {
      List<Mark> marks = new ArrayList<>();
      double inner = width - 2 * CARD_PAD;
      double textX = x + CARD_PAD;
      String unit = kpi.unit().map(u -> "%".equals(u) ? "%" : " " + u).orElse("");
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
                Optional.of(below ? Ink.NEGATIVE : Ink.POSITIVE), Optional.empty(),
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
      out.add(new Mark.Group(Optional.empty(), below ? List.of("jm-kpi", "jm-below-target")
          : List.of("jm-kpi"), Optional.empty(), Optional.empty(), marks));
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
      out.add(new Mark.Group(Optional.empty(), List.of("jm-funnel"), Optional.empty(),
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
        out.add(new Mark.Group(Optional.empty(), List.of("jm-moment",
            "jm-moment-" + moment.name().toLowerCase(Locale.ROOT).replace('_', '-')),
            Optional.empty(), Optional.empty(), marks));
        bottom = Math.max(bottom, y + h);
        cx += w + SMALL_GAP;
      }
      return bottom;
    }

    // ---------------------------------------------------------------- emotions

    private double emotionLane(double top, List<Mark> out) {
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
        double need = type.height(text, slot - SLOT_GAP, META) + radius(p) + POINT_LABEL_GAP;
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
        double textHeight = type.height(texts.get(i), slot, META);
        double textTop = clampScore(score) >= 0 ? at.y() - r - POINT_LABEL_GAP - textHeight
            : at.y() + r + POINT_LABEL_GAP;
        addIfPresent(marks, type.place(texts.get(i), at.x() - slot / 2, textTop, slot, META,
            Align.CENTER, Ink.TEXT, clampScore(score) >= 0 ? Ink.POSITIVE_BAND
                : Ink.NEGATIVE_BAND, cell));
        String sign = score > 0 ? "jm-positive" : score < 0 ? "jm-negative" : "jm-neutral";
        Optional<String> id = p.touchpointId().isPresent()
            ? ids.touchpointEmotion(p.touchpointId().get()) : ids.stageEmotion(p.stageId());
        children.add(new Mark.Group(id, List.of("jm-emotion-point", sign), Optional.empty(),
            Optional.empty(), marks));
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

    // ---------------------------------------------------------------- legend

    private double legend(double top, List<Mark> out) {
      List<Section> sections = new ArrayList<>();
      Box provisional = new Box(MARGIN, top, contentWidth, Double.MAX_VALUE / 4);
      Set<Lane> drawn = EnumSet.noneOf(Lane.class);
      rows.forEach(r -> drawn.add(r.lane()));
      List<LegendEntry> entries;
      if (drawn.contains(Lane.EMOTIONS)) {
        entries = List.of(
            new LegendEntry(labels.positive() + " (+)", sw -> dotSwatch(sw, Ink.POSITIVE)),
            new LegendEntry(labels.neutral() + " (0)", sw -> dotSwatch(sw, Ink.NEUTRAL)),
            new LegendEntry(labels.negative() + " (−)", sw -> dotSwatch(sw, Ink.NEGATIVE)));
        sections.add(new Section(labels.emotionScore(), entries));
      }
      entries = List.of(
          new LegendEntry(labels.researchBacked(), sw -> rectSwatch(sw, Stroke.HAIRLINE)),
          new LegendEntry(labels.assumptionOutline(), sw -> rectSwatch(sw, Stroke.DASHED)));
      sections.add(new Section(labels.outlines(), entries));
      entries = new ArrayList<>();
      for (Evidence evidence : Evidence.values()) {
        entries.add(new LegendEntry(labels.defined(labels.evidence(evidence),
            labels.evidenceMeaning(evidence)), sw -> List.of(new Mark.Rect(sw, CHIP_RADIUS / 2,
            Optional.of(Ink.BADGE_FILL), Optional.of(Ink.CARD_STROKE),
            evidence == Evidence.ASSUMPTION ? Stroke.DASHED : Stroke.HAIRLINE))));
      }
      sections.add(new Section(labels.evidenceTag(), entries));
      if (drawn.contains(Lane.KPIS)) {
        entries = List.of(
            new LegendEntry(labels.belowTarget(), sw -> barSwatch(sw, Ink.NEGATIVE)),
            new LegendEntry(labels.onTarget(), sw -> barSwatch(sw, Ink.POSITIVE)));
        sections.add(new Section(labels.kpiAgainstTarget(), entries));
      }
      if (drawn.contains(Lane.TOUCHPOINTS)) {
        entries = new ArrayList<>();
        for (Channel channel : Channel.values()) {
          if (!journey.stagesUsing(channel).isEmpty()) {
            entries.add(new LegendEntry(labels.channel(channel), sw -> List.of(
                new Mark.Icon(channel, new Box(sw.x() + (SWATCH_WIDTH - SWATCH_HEIGHT - 4) / 2,
                    sw.y() - 2, SWATCH_HEIGHT + 4, SWATCH_HEIGHT + 4), Ink.ICON,
                    Ink.ICON_FILL))));
          }
        }
        sections.add(new Section(labels.channels(), entries, 2));
      }
      // Sections flow left to right and wrap; each is laid out at its final place.
      List<Mark> marks = new ArrayList<>();
      double y = top + LEGEND_PAD;
      y = add(marks, type.place(labels.legend(), MARGIN + LEGEND_PAD, y,
          contentWidth - 2 * LEGEND_PAD, LEGEND_TITLE, Align.LEFT, Ink.TEXT, Ink.PANEL,
          provisional), y) + SMALL_GAP * 2;
      double x = MARGIN + LEGEND_PAD;
      double rowBottom = y;
      double right = MARGIN + contentWidth - LEGEND_PAD;
      for (Section section : sections) {
        if (x > MARGIN + LEGEND_PAD && x + LEGEND_SECTION_WIDTH > right) {
          x = MARGIN + LEGEND_PAD;
          y = rowBottom + SMALL_GAP * 3;
        }
        double width = Math.min(LEGEND_SECTION_WIDTH, right - x);
        double sy = add(marks, type.place(section.title(), x, y, width, ITEM_BOLD, Align.LEFT,
            Ink.TEXT, Ink.PANEL, provisional), y) + SMALL_GAP;
        double columnWidth = (width - (section.columns() - 1) * SWATCH_GAP) / section.columns();
        double lineTop = sy;
        double lineBottom = sy;
        for (int e = 0; e < section.entries().size(); e++) {
          LegendEntry entry = section.entries().get(e);
          int column = e % section.columns();
          if (column == 0) {
            lineTop = lineBottom;
          }
          double ex = x + column * (columnWidth + SWATCH_GAP);
          double textWidth = columnWidth - SWATCH_WIDTH - SWATCH_GAP;
          Mark.Text text = type.place(entry.text(), ex + SWATCH_WIDTH + SWATCH_GAP, lineTop,
              textWidth, META, Align.LEFT, Ink.TEXT, Ink.PANEL, provisional);
          double lineHeight = type.lineHeight(META);
          marks.addAll(entry.swatch().apply(new Box(ex, lineTop + (lineHeight - SWATCH_HEIGHT) / 2,
              SWATCH_WIDTH, SWATCH_HEIGHT)));
          addIfPresent(marks, text);
          lineBottom = Math.max(lineBottom,
              (text == null ? lineTop + lineHeight : text.box().bottom()) + SMALL_GAP);
        }
        sy = lineBottom;
        rowBottom = Math.max(rowBottom, sy);
        x += LEGEND_SECTION_WIDTH + HEADER_GAP;
      }
      Box box = new Box(MARGIN, top, contentWidth, rowBottom + LEGEND_PAD - top);
      List<Mark> children = new ArrayList<>();
      children.add(new Mark.Rect(box, CARD_RADIUS * 1.5, Optional.of(Ink.PANEL),
          Optional.of(Ink.CARD_STROKE), Stroke.HAIRLINE));
      children.addAll(fixCells(marks, provisional, box));
      out.add(new Mark.Group(ids.legend(), List.of("jm-legend"), Optional.empty(),
          Optional.empty(), children));
      return box.bottom();
    }

    private List<Mark> dotSwatch(Box sw, Ink fill) {
      return List.of(new Mark.Dot(new Point(sw.centerX(), sw.centerY()), STAGE_DOT, fill,
          Ink.CURVE));
    }

    private List<Mark> rectSwatch(Box sw, Stroke outline) {
      return List.of(new Mark.Rect(sw, 3, Optional.of(Ink.CARD_FILL),
          Optional.of(Ink.MUTED_TEXT), outline));
    }

    private List<Mark> barSwatch(Box sw, Ink fill) {
      return List.of(new Mark.Rect(new Box(sw.x(), sw.centerY() - KPI_BAR / 2, sw.width(),
          KPI_BAR), KPI_BAR / 2, Optional.of(fill), Optional.empty(), Stroke.HAIRLINE));
    }
  }

  /** A legend line: a swatch drawn in a box, and its text. */
  private record LegendEntry(String text,
      java.util.function.Function<Box, List<Mark>> swatch) {}

  /** A legend section: a title and its lines. */
  private record Section(String title, List<LegendEntry> entries, int columns) {
    Section(String title, List<LegendEntry> entries) {
      this(title, entries, 1);
    }
  }

  // ------------------------------------------------------------------ helpers

  private static double clampScore(double score) {
    return Math.max(-2, Math.min(2, score));
  }

  /** Adds the text if any; returns its bottom, or {@code y} when there is none. */
  private static double add(List<Mark> out, Mark.Text text, double y) {
    if (text == null) {
      return y;
    }
    out.add(text);
    return text.box().bottom();
  }

  private static void addIfPresent(List<Mark> out, Mark.Text text) {
    if (text != null) {
      out.add(text);
    }
  }

  static boolean isSafeLink(String uri) {
    String lower = uri.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://")
        || lower.startsWith("mailto:");
  }
}
