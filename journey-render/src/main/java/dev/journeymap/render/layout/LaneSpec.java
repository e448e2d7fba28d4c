package dev.journeymap.render.layout;

import dev.journeymap.core.Item;
import dev.journeymap.core.LaneContent;
import dev.journeymap.render.Ink;
import dev.journeymap.render.Lane;
import dev.journeymap.render.layout.Typesetter.Style;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One lane, described once: which lane it is, its name and hint in each language, what kind of
 * content fills its cells, how its cards look, and where a column's content comes from. The
 * built-in lanes are listed in {@link LaneSpecs}; a journey's own lanes are made from their
 * definitions there too. Nothing else in the layout asks which lane it is drawing.
 *
 * @param lane the lane
 * @param name the name on the lane's label, English then French
 * @param hint what the lane answers, under its name; empty for none
 * @param kind what its cells hold
 * @param look how its cards look (used by {@link Kind#ITEMS} lanes)
 * @param items the items of a stage or step, for {@link Kind#ITEMS} lanes; empty otherwise
 */
record LaneSpec(Lane lane, Words name, Optional<Words> hint, Kind kind, Look look,
    Function<LaneContent, List<Item>> items) {

  /** What fills a lane's cells; each kind is laid out by its own code in {@link LaneLayout}. */
  enum Kind {
    /** Text cards, one per item. */
    ITEMS,
    /** Touchpoint cards: channel icon, name, channel and owner. */
    TOUCHPOINTS,
    /** The emotion curves, laid out as a whole by {@link EmotionLayout}. */
    EMOTIONS,
    /** KPI cards: value against target. */
    KPIS,
    /** The funnel card: completion bar and drop-off. */
    FUNNEL,
    /** Micro-moment chips. */
    MOMENTS
  }

  /** The mark at a card's left edge. */
  enum Marker {
    /** None. */
    NONE,
    /** A round bullet before the first line. */
    BULLET,
    /** A bar of the card's outline colour down its left side. */
    ACCENT_BAR
  }

  /**
   * How the cards of a lane look.
   *
   * @param fill the card's fill
   * @param stroke the card's outline (and accent bar) colour
   * @param text the text style
   * @param marker the mark at the card's left edge
   */
  record Look(Ink fill, Ink stroke, Style text, Marker marker) {
    static final Look PLAIN = new Look(Ink.CARD_FILL, Ink.CARD_STROKE, RegionLayout.ITEM,
        Marker.NONE);
  }

  /**
   * A word or phrase in English and in French; a journey's own lane names are the same in both.
   *
   * @param english the English
   * @param french the French
   */
  record Words(String english, String french) {
    static Words both(String text) {
      return new Words(text, text);
    }

    String in(Labels labels) {
      return labels.pick(english, french);
    }
  }
}
