package dev.journeymap.render;

/**
 * The role a colour plays on the map. The layout names roles, never colour values; a
 * {@link Theme} gives each role its colour, so that one layout serves every theme.
 *
 * <p>Roles ending in {@code _TEXT} are text colours; the theme tests check that each is readable
 * (contrast at least 4.5:1) on every background it is drawn on.
 */
public enum Ink {
  /** The page behind everything. */
  BACKGROUND,
  /** Quiet panels: the lane label column, the persona card, the legend. */
  PANEL,
  /** Thin rules between lanes and columns. */
  RULE,
  /** Body text. */
  TEXT,
  /** Secondary text: descriptions, owners, captions. */
  MUTED_TEXT,
  /** The stage header band. */
  STAGE_FILL,
  /** Text on the stage header band. */
  STAGE_TEXT,
  /** A neutral card (actions, touchpoints, KPIs, funnel). */
  CARD_FILL,
  /** The outline of a neutral card. */
  CARD_STROKE,
  /** The left accent of the goal box, badges and bullet marks. */
  ACCENT,
  /** A small filled badge, e.g. the current/future state. */
  BADGE_FILL,
  /** A customer goal card. */
  GOAL_FILL,
  /** The outline of a customer goal card. */
  GOAL_STROKE,
  /** A question card. */
  QUESTION_FILL,
  /** The outline of a question card. */
  QUESTION_STROKE,
  /** A pain point card. */
  PAIN_FILL,
  /** The outline of a pain point card. */
  PAIN_STROKE,
  /** An opportunity card. */
  OPPORTUNITY_FILL,
  /** The outline of an opportunity card. */
  OPPORTUNITY_STROKE,
  /** A micro-moment chip. */
  MOMENT_FILL,
  /** The outline of a micro-moment chip. */
  MOMENT_STROKE,
  /** The band of the emotion lane above neutral. */
  POSITIVE_BAND,
  /** The band of the emotion lane below neutral. */
  NEGATIVE_BAND,
  /** The emotion curve and the outline of its points. */
  CURVE,
  /** The emotion curve of the first persona who has emotions: its line, leaders, outlines. */
  PERSONA_CURVE_1,
  /** The emotion curve of the second persona. */
  PERSONA_CURVE_2,
  /** The emotion curve of the third persona. */
  PERSONA_CURVE_3,
  /** The emotion curve of the fourth persona. */
  PERSONA_CURVE_4,
  /** The emotion curve of the fifth persona. */
  PERSONA_CURVE_5,
  /** The emotion curve of the sixth persona. */
  PERSONA_CURVE_6,
  /** A point above neutral. */
  POSITIVE,
  /**
   * A gain drawn as a mark beside text: a KPI bar on target, the bullet of a persona's goal.
   * Unlike {@link #POSITIVE} (a light fill in print), it stands out from {@link #TRACK} and
   * {@link #PANEL} at 3:1 or more in every theme.
   */
  GAIN,
  /** A point below neutral; a KPI below target; the bullet of a persona's frustration. */
  NEGATIVE,
  /** A neutral point and the neutral line. */
  NEUTRAL,
  /** The empty part of a KPI or funnel bar. */
  TRACK,
  /** The completed part of a funnel bar. */
  FUNNEL_FILL,
  /** Text on the completed part of a funnel bar. */
  FUNNEL_TEXT,
  /** Text that marks a value off target. */
  ALERT_TEXT,
  /** Text of a touchpoint that is a link. */
  LINK_TEXT,
  /** Channel icon strokes. */
  ICON,
  /** The disc behind a channel icon. */
  ICON_FILL
}
