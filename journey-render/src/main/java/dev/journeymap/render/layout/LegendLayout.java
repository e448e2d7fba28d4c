package dev.journeymap.render.layout;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Evidence;
import dev.journeymap.core.Item;
import dev.journeymap.core.Stage;
import dev.journeymap.render.Ink;
import dev.journeymap.render.Lane;
import dev.journeymap.render.layout.Typesetter.Align;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Lays out the legend: emotion colours, card outlines (solid for research, dashed for
 * assumptions), evidence tags, KPI bars and the channels used, in sections that flow left to
 * right and wrap. A section appears only when the map draws what it explains: outlines when an
 * assumption is shown, evidence tags for the kinds shown, KPI bars when a drawn KPI has a target.
 */
final class LegendLayout extends RegionLayout {
  LegendLayout(Context context) {
    super(context);
  }

  /** Lays out the legend from {@code top}; returns its bottom, or empty when there is none. */
  OptionalDouble legend(double top, List<Mark> out) {
    List<Section> sections = new ArrayList<>();
    Box provisional = new Box(MARGIN, top, frameWidth, Double.MAX_VALUE / 4);
    Set<Lane> drawn = new HashSet<>();
    rows.forEach(r -> drawn.add(r.lane()));
    List<LegendEntry> entries;
    if (drawn.contains(Lane.EMOTIONS)) {
      entries = List.of(
          new LegendEntry(labels.positive() + " (+)", sw -> dotSwatch(sw, Ink.POSITIVE)),
          new LegendEntry(labels.neutral() + " (0)", sw -> dotSwatch(sw, Ink.NEUTRAL)),
          new LegendEntry(labels.negative() + " (−)", sw -> dotSwatch(sw, Ink.NEGATIVE)));
      sections.add(new Section(labels.emotionScore(), entries));
      sections.add(new Section(labels.emotionCurve(), curveEntries()));
    }
    Set<Evidence> evidenceShown = evidenceShown(drawn);
    if (evidenceShown.contains(Evidence.ASSUMPTION)) {
      entries = List.of(
          new LegendEntry(labels.researchBacked(), sw -> rectSwatch(sw, Stroke.HAIRLINE)),
          new LegendEntry(labels.assumptionOutline(), sw -> rectSwatch(sw, Stroke.DASHED)));
      sections.add(new Section(labels.outlines(), entries));
    }
    if (!evidenceShown.isEmpty()) {
      entries = new ArrayList<>();
      // Each tag as the cards draw it, its word inside: told apart in any theme, grey-scale too.
      for (Evidence evidence : evidenceShown) {
        String tag = labels.evidence(evidence);
        double chipWidth = type.width(tag, CHIP) + 2 * CHIP_PAD_X;
        entries.add(new LegendEntry(labels.evidenceMeaning(evidence), chipWidth,
            sw -> evidenceChip(tag, evidence, sw)));
      }
      sections.add(new Section(labels.evidenceTag(), entries));
    }
    if (drawn.contains(Lane.KPIS) && journey.stages().stream()
        .anyMatch(s -> s.kpis().stream().anyMatch(k -> k.target().isPresent()))) {
      entries = List.of(
          new LegendEntry(labels.belowTarget(), sw -> barSwatch(sw, Ink.NEGATIVE)),
          new LegendEntry(labels.onTarget(), sw -> barSwatch(sw, Ink.GAIN)));
      sections.add(new Section(labels.kpiAgainstTarget(), entries));
    }
    if (drawn.contains(Lane.TOUCHPOINTS)) {
      entries = new ArrayList<>();
      for (Channel channel : Channel.values()) {
        if (!journey.stagesUsing(channel).isEmpty()) {
          entries.add(new LegendEntry(labels.channel(channel), sw -> List.of(
              ChannelIcons.icon(channel, new Box(sw.x() + (SWATCH_WIDTH - SWATCH_HEIGHT - 4) / 2,
                  sw.y() - 2, SWATCH_HEIGHT + 4, SWATCH_HEIGHT + 4), Ink.ICON,
                  Ink.ICON_FILL))));
        }
      }
      if (!entries.isEmpty()) {
        sections.add(new Section(labels.channels(), entries, 2));
      }
    }
    if (sections.isEmpty()) {
      // Nothing on the map needs explaining: no empty box.
      return OptionalDouble.empty();
    }
    // Sections flow left to right, each as wide as it needs (up to LEGEND_SECTION_WIDTH), and
    // wrap; the box is as wide as its widest row, so it is never half empty.
    List<Mark> marks = new ArrayList<>();
    double y = top + LEGEND_PAD;
    y = add(marks, type.place(labels.legend(), MARGIN + LEGEND_PAD, y,
        frameWidth - 2 * LEGEND_PAD, LEGEND_TITLE, Align.LEFT, Ink.TEXT, Ink.PANEL,
        provisional), y) + SMALL_GAP * 2;
    double widest = MARGIN + LEGEND_PAD + type.width(labels.legend(), LEGEND_TITLE);
    double x = MARGIN + LEGEND_PAD;
    double rowBottom = y;
    double right = MARGIN + frameWidth - LEGEND_PAD;
    double lineHeight = type.lineHeight(META);
    for (Section section : sections) {
      double swatchWidth = section.entries().stream().mapToDouble(LegendEntry::swatchWidth)
          .max().orElse(SWATCH_WIDTH);
      double textWidth = section.entries().stream()
          .mapToDouble(e -> type.width(e.text(), META)).max().orElse(0);
      double columnWidth = Math.min(LEGEND_SECTION_WIDTH,
          swatchWidth + SWATCH_GAP + textWidth);
      int columns = columnsThatFit(section, columnWidth, right - x);
      if (x > MARGIN + LEGEND_PAD && columns == 0) {
        x = MARGIN + LEGEND_PAD;
        y = rowBottom + SMALL_GAP * 3;
        columns = columnsThatFit(section, columnWidth, right - x);
      }
      columns = Math.max(1, columns);
      // As many columns as there is room for, filled evenly.
      int count = section.entries().size();
      int lines = (count + columns - 1) / columns;
      columns = (count + lines - 1) / lines;
      double width = Math.min(right - x, Math.max(type.width(section.title(), ITEM_BOLD),
          columns * columnWidth + (columns - 1) * SWATCH_GAP * 2));
      double sy = add(marks, type.place(section.title(), x, y, width, ITEM_BOLD, Align.LEFT,
          Ink.TEXT, Ink.PANEL, provisional), y) + SMALL_GAP;
      double entryWidth = (width - (columns - 1) * SWATCH_GAP * 2) / columns;
      double lineTop = sy;
      double lineBottom = sy;
      for (int e = 0; e < section.entries().size(); e++) {
        LegendEntry entry = section.entries().get(e);
        int column = e % columns;
        if (column == 0) {
          lineTop = lineBottom;
        }
        double ex = x + column * (entryWidth + SWATCH_GAP * 2);
        Mark.Text text = type.place(entry.text(), ex + swatchWidth + SWATCH_GAP, lineTop,
            Math.max(1, entryWidth - swatchWidth - SWATCH_GAP), META, Align.LEFT, Ink.TEXT,
            Ink.PANEL, provisional);
        List<Mark> swatch = entry.swatch().apply(new Box(ex,
            lineTop + (lineHeight - SWATCH_HEIGHT) / 2, entry.swatchWidth(), SWATCH_HEIGHT));
        marks.addAll(swatch);
        addIfPresent(marks, text);
        lineBottom = Math.max(lineBottom,
            (text == null ? lineTop + lineHeight : text.box().bottom()) + SMALL_GAP);
        for (Mark mark : swatch) {
          // A swatch taller than its line (an evidence chip) keeps the gap to the next one.
          if (mark instanceof Mark.Rect rect) {
            lineBottom = Math.max(lineBottom, rect.box().bottom() + SMALL_GAP);
          }
        }
      }
      rowBottom = Math.max(rowBottom, lineBottom);
      widest = Math.max(widest, x + width);
      x += width + HEADER_GAP * 1.5;
    }
    Box box = new Box(MARGIN, top, widest + LEGEND_PAD - MARGIN, rowBottom + LEGEND_PAD - top);
    List<Mark> children = new ArrayList<>();
    children.add(new Mark.Rect(box, CARD_RADIUS * 1.5, Optional.of(Ink.PANEL),
        Optional.of(Ink.CARD_STROKE), Stroke.HAIRLINE));
    children.addAll(fixCells(marks, provisional, box));
    out.add(new Mark.Group(ids.legend(), Ids.classes("legend"), Optional.empty(),
        Optional.empty(), children));
    return OptionalDouble.of(box.bottom());
  }

  /**
   * How the emotion curves are drawn: each curve (its ink, dash and marker), a touchpoint's
   * moment on its leader when the map has one, and the zero line.
   */
  private List<LegendEntry> curveEntries() {
    List<EmotionSeries> series = EmotionSeries.of(journey, columns, labels, ids);
    List<LegendEntry> entries = new ArrayList<>();
    for (EmotionSeries one : series) {
      String text = series.size() == 1 ? labels.stageEmotion() : one.name();
      entries.add(new LegendEntry(text, sw -> List.of(
          new Mark.Line(new Point(sw.x(), sw.centerY()), new Point(sw.right(), sw.centerY()),
              one.ink(), one.stroke()),
          one.marker().draw(new Point(sw.centerX(), sw.centerY()), STAGE_DOT - 1,
              Ink.NEUTRAL, one.ink()))));
    }
    if (series.stream().anyMatch(s -> !s.moments().isEmpty())) {
      EmotionSeries first = series.get(0);
      entries.add(new LegendEntry(labels.touchpointMoment(), sw -> List.of(
          new Mark.Line(new Point(sw.x() + 2, sw.bottom()), new Point(sw.right() - 5, sw.y() + 4),
              first.ink(), Stroke.LEADER),
          first.marker().draw(new Point(sw.right() - 5, sw.y() + 4), TOUCHPOINT_DOT,
              Ink.NEUTRAL, first.ink()))));
    }
    entries.add(new LegendEntry(labels.zeroLine(), sw -> List.of(
        new Mark.Line(new Point(sw.x(), sw.centerY()), new Point(sw.right(), sw.centerY()),
            Ink.NEUTRAL, Stroke.DASHED))));
    return entries;
  }

  private List<Mark> evidenceChip(String tag, Evidence evidence, Box sw) {
    List<Mark> marks = new ArrayList<>();
    double chipHeight = type.lineHeight(CHIP) + 2 * CHIP_PAD_Y;
    chip(tag, sw.x(), sw.centerY() - chipHeight / 2, CHIP, Ink.BADGE_FILL, Ink.CARD_STROKE,
        evidence == Evidence.ASSUMPTION ? Stroke.DASHED : Stroke.HAIRLINE,
        new Box(sw.x(), sw.centerY() - chipHeight / 2, sw.width() + CELL_PAD, chipHeight), marks);
    return marks;
  }

  /**
   * How many columns of {@code columnWidth} the section takes in {@code room}: 0 when fewer
   * than it asks for fit (it starts a new row); a section of several columns (the channels)
   * takes as many as fit, at most one per entry.
   */
  private static int columnsThatFit(Section section, double columnWidth, double room) {
    int fit = (int) Math.floor((room + SWATCH_GAP * 2) / (columnWidth + SWATCH_GAP * 2));
    if (fit < section.columns()) {
      return 0;
    }
    return section.columns() == 1 ? 1 : Math.min(fit, section.entries().size());
  }

  /** The kinds of evidence tagged on the insight cards the map draws, in their natural order. */
  private Set<Evidence> evidenceShown(Set<Lane> drawn) {
    Set<Evidence> shown = EnumSet.noneOf(Evidence.class);
    for (Stage stage : journey.stages()) {
      addEvidence(shown, drawn, Lane.CUSTOMER_GOALS, stage.customerGoals());
      addEvidence(shown, drawn, Lane.ACTIONS, stage.actions());
      addEvidence(shown, drawn, Lane.QUESTIONS, stage.questions());
      addEvidence(shown, drawn, Lane.PAIN_POINTS, stage.painPoints());
      addEvidence(shown, drawn, Lane.OPPORTUNITIES, stage.opportunities());
    }
    return shown;
  }

  private static void addEvidence(Set<Evidence> shown, Set<Lane> drawn, Lane lane,
      List<Item> items) {
    if (drawn.contains(lane)) {
      items.forEach(item -> item.evidence().ifPresent(shown::add));
    }
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

  /** A legend line: a swatch drawn in a box of the given width, and its text. */
  private record LegendEntry(String text, double swatchWidth,
      Function<Box, List<Mark>> swatch) {
    LegendEntry(String text, Function<Box, List<Mark>> swatch) {
      this(text, SWATCH_WIDTH, swatch);
    }
  }

  /** A legend section: a title and its lines. */
  private record Section(String title, List<LegendEntry> entries, int columns) {
    Section(String title, List<LegendEntry> entries) {
      this(title, entries, 1);
    }
  }
}
