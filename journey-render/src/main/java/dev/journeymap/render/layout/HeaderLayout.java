package dev.journeymap.render.layout;

import dev.journeymap.core.Persona;
import dev.journeymap.render.Ink;
import dev.journeymap.render.layout.Typesetter.Align;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Lays out the header: title, state, description, goal, summary, and the personas: a card for
 * each persona with a profile (description, goals, frustrations, quote or attributes), and a
 * tag for each persona that has nothing but a name (a Mermaid actor, say).
 */
final class HeaderLayout extends RegionLayout {
  HeaderLayout(Context context) {
    super(context);
  }

  double header(double top, boolean withPersonas, List<Mark> out) {
    List<Persona> profiled = withPersonas
        ? journey.personas().stream().filter(HeaderLayout::hasProfile).toList() : List.of();
    List<Persona> named = withPersonas
        ? journey.personas().stream().filter(p -> !hasProfile(p)).toList() : List.of();
    int cards = profiled.size();
    int perRow = Math.max(1, (int) ((frameWidth + HEADER_GAP) / (PERSONA_WIDTH + HEADER_GAP)));
    double cardWidth = Math.min(PERSONA_WIDTH, frameWidth);
    boolean beside = options.showHeader() && cards > 0
        && frameWidth - cards * (cardWidth + HEADER_GAP) >= MIN_HEADER_TEXT_WIDTH;
    double textWidth = beside ? frameWidth - cards * (cardWidth + HEADER_GAP) : frameWidth;
    List<Mark> marks = new ArrayList<>();
    double textBottom = top;
    Box headerCell = new Box(MARGIN, top, textWidth, Double.MAX_VALUE / 4);
    if (options.showHeader()) {
      textBottom = headerText(top, textWidth, headerCell, marks);
    }
    if (!named.isEmpty()) {
      double y = options.showHeader() ? textBottom + SMALL_GAP * 2 : top;
      textBottom = personaTags(named, y, textWidth, headerCell, marks);
    }
    double bottom = textBottom;
    if (cards > 0) {
      double cardTop = beside || !options.showHeader() ? top : textBottom + SECTION_GAP;
      double x = beside ? MARGIN + textWidth + HEADER_GAP : MARGIN;
      double rowTop = cardTop;
      double rowBottom = cardTop;
      int inRow = 0;
      for (Persona persona : profiled) {
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
    out.add(new Mark.Group(ids.header(), Ids.classes("header"), Optional.empty(),
        Optional.empty(), fixCells(marks, headerCell, new Box(MARGIN, top, textWidth,
            textBottom - top))));
    return bottom;
  }

  /** Whether the persona has more than a name to show on a card. */
  private static boolean hasProfile(Persona persona) {
    return persona.description().isPresent() || !persona.goals().isEmpty()
        || !persona.frustrations().isEmpty() || persona.quote().isPresent()
        || !persona.attributes().isEmpty();
  }

  /** "PERSONAS" and a tag per persona, flowing left to right; returns their bottom. */
  private double personaTags(List<Persona> personas, double top, double width, Box cell,
      List<Mark> out) {
    String kicker = labels.personas().toUpperCase(Locale.ROOT);
    double kickerWidth = type.width(kicker, KICKER);
    double chipHeight = type.lineHeight(CHIP) + 2 * CHIP_PAD_Y;
    addIfPresent(out, type.place(kicker, MARGIN, top + (chipHeight - type.lineHeight(KICKER))
        / 2, kickerWidth, KICKER, Align.LEFT, Ink.MUTED_TEXT, Ink.BACKGROUND, cell));
    return tags(personas.stream().map(Persona::id).toList(), MARGIN + kickerWidth + SMALL_GAP * 2,
        top, MARGIN + width, cell, out);
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

  /** What the map holds, in numbers; a count of zero says nothing, so it is left out. */
  private String summary() {
    long painPoints = journey.stages().stream().mapToLong(s -> s.painPoints().size()).sum();
    long opportunities = journey.stages().stream()
        .mapToLong(s -> s.opportunities().size()).sum();
    List<String> parts = new ArrayList<>();
    addCount(parts, journey.personas().size(), Labels.Noun.PERSONA);
    addCount(parts, journey.stages().size(), Labels.Noun.STAGE);
    addCount(parts, journey.stages().stream().mapToLong(s -> s.steps().size()).sum(),
        Labels.Noun.STEP);
    addCount(parts, journey.touchpoints().size(), Labels.Noun.TOUCHPOINT);
    addCount(parts, painPoints, Labels.Noun.PAIN_POINT);
    addCount(parts, opportunities, Labels.Noun.OPPORTUNITY);
    return String.join(" · ", parts);
  }

  private void addCount(List<String> parts, long n, Labels.Noun noun) {
    if (n > 0) {
      parts.add(labels.count(n, noun));
    }
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
    y = bullets(labels.personaGoals(), persona.goals(), Ink.GAIN, textX, y, inner, cell,
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
    out.add(new Mark.Group(ids.persona(persona.id()), Ids.classes("persona"), Optional.empty(),
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
}
