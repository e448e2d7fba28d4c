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
      for (Evidence evidence : evidenceShown) {
        entries.add(new LegendEntry(labels.defined(labels.evidence(evidence),
            labels.evidenceMeaning(evidence)), sw -> List.of(new Mark.Rect(sw, CHIP_RADIUS / 2,
            Optional.of(Ink.BADGE_FILL), Optional.of(Ink.CARD_STROKE),
            evidence == Evidence.ASSUMPTION ? Stroke.DASHED : Stroke.HAIRLINE))));
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
      sections.add(new Section(labels.channels(), entries, 2));
    }
    if (sections.isEmpty()) {
      // Nothing on the map needs explaining: no empty box.
      return OptionalDouble.empty();
    }
    // Sections flow left to right and wrap; each is laid out at its final place.
    List<Mark> marks = new ArrayList<>();
    double y = top + LEGEND_PAD;
    y = add(marks, type.place(labels.legend(), MARGIN + LEGEND_PAD, y,
        frameWidth - 2 * LEGEND_PAD, LEGEND_TITLE, Align.LEFT, Ink.TEXT, Ink.PANEL,
        provisional), y) + SMALL_GAP * 2;
    double x = MARGIN + LEGEND_PAD;
    double rowBottom = y;
    double right = MARGIN + frameWidth - LEGEND_PAD;
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
    Box box = new Box(MARGIN, top, frameWidth, rowBottom + LEGEND_PAD - top);
    List<Mark> children = new ArrayList<>();
    children.add(new Mark.Rect(box, CARD_RADIUS * 1.5, Optional.of(Ink.PANEL),
        Optional.of(Ink.CARD_STROKE), Stroke.HAIRLINE));
    children.addAll(fixCells(marks, provisional, box));
    out.add(new Mark.Group(ids.legend(), Ids.classes("legend"), Optional.empty(),
        Optional.empty(), children));
    return OptionalDouble.of(box.bottom());
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

  /** A legend line: a swatch drawn in a box, and its text. */
  private record LegendEntry(String text,
      Function<Box, List<Mark>> swatch) {}

  /** A legend section: a title and its lines. */
  private record Section(String title, List<LegendEntry> entries, int columns) {
    Section(String title, List<LegendEntry> entries) {
      this(title, entries, 1);
    }
  }
}
