package dev.journeymap.render;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The colours of a map: one colour for each {@link Ink role}.
 *
 * <pre>{@code
 * Theme.light().rgb(Ink.TEXT)   // 0x1b2533
 * Theme.named("print")          // the grey-scale theme
 * }</pre>
 *
 * <p>Three themes ship: {@link #light()} (the default), {@link #dark()} and {@link #print()}, which
 * stays readable when printed in grey-scale because every distinction it draws is also made by
 * an outline, a dash or a label rather than by hue alone. In every theme each text colour has a
 * contrast of at least 4.5:1 against every background it is drawn on.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Theme {
  private final String name;
  private final Map<Ink, Integer> colours;

  private Theme(String name, Object... inkAndRgb) {
    EnumMap<Ink, Integer> map = new EnumMap<>(Ink.class);
    for (int i = 0; i < inkAndRgb.length; i += 2) {
      map.put((Ink) inkAndRgb[i], (Integer) inkAndRgb[i + 1]);
    }
    for (Ink ink : Ink.values()) {
      if (!map.containsKey(ink)) {
        throw new AssertionError("theme " + name + " has no colour for " + ink);
      }
    }
    this.name = name;
    this.colours = map;
  }

  private static final Theme LIGHT = new Theme("light",
      Ink.BACKGROUND, 0xffffff,
      Ink.PANEL, 0xf4f6f9,
      Ink.RULE, 0xd3d9e1,
      Ink.TEXT, 0x1b2533,
      Ink.MUTED_TEXT, 0x4a5568,
      Ink.STAGE_FILL, 0x2c5282,
      Ink.STAGE_TEXT, 0xffffff,
      Ink.CARD_FILL, 0xffffff,
      Ink.CARD_STROKE, 0x8592a3,
      Ink.ACCENT, 0x2c5282,
      Ink.BADGE_FILL, 0xe3ecf7,
      Ink.GOAL_FILL, 0xfff7e3,
      Ink.GOAL_STROKE, 0xb7821c,
      Ink.QUESTION_FILL, 0xeaf1fb,
      Ink.QUESTION_STROKE, 0x7394c0,
      Ink.PAIN_FILL, 0xfdeded,
      Ink.PAIN_STROKE, 0xc03434,
      Ink.OPPORTUNITY_FILL, 0xe8f5eb,
      Ink.OPPORTUNITY_STROKE, 0x2f7d45,
      Ink.MOMENT_FILL, 0xf2ebfb,
      Ink.MOMENT_STROKE, 0x7b5aae,
      Ink.POSITIVE_BAND, 0xf0f8f2,
      Ink.NEGATIVE_BAND, 0xfcf1f1,
      Ink.CURVE, 0x2d3a4b,
      Ink.PERSONA_CURVE_1, 0x0072b2,
      Ink.PERSONA_CURVE_2, 0xc2410c,
      Ink.PERSONA_CURVE_3, 0x007a5a,
      Ink.PERSONA_CURVE_4, 0x9d3f86,
      Ink.PERSONA_CURVE_5, 0x8a6a00,
      Ink.PERSONA_CURVE_6, 0x5b4fc4,
      Ink.POSITIVE, 0x2f8a4c,
      Ink.GAIN, 0x2f8a4c,
      Ink.NEGATIVE, 0xc63b3b,
      Ink.NEUTRAL, 0x7c8696,
      Ink.TRACK, 0xe2e8f0,
      Ink.FUNNEL_FILL, 0x2c5282,
      Ink.FUNNEL_TEXT, 0xffffff,
      Ink.ALERT_TEXT, 0xa82828,
      Ink.LINK_TEXT, 0x1d4f91,
      Ink.ICON, 0x2c5282,
      Ink.ICON_FILL, 0xe3ecf7);

  private static final Theme DARK = new Theme("dark",
      Ink.BACKGROUND, 0x14181f,
      Ink.PANEL, 0x1c222b,
      Ink.RULE, 0x343d4a,
      Ink.TEXT, 0xe8ecf1,
      Ink.MUTED_TEXT, 0xaab4c2,
      Ink.STAGE_FILL, 0x2a4a75,
      Ink.STAGE_TEXT, 0xffffff,
      Ink.CARD_FILL, 0x1f2630,
      Ink.CARD_STROKE, 0x647288,
      Ink.ACCENT, 0x7fa8e0,
      Ink.BADGE_FILL, 0x26344a,
      Ink.GOAL_FILL, 0x2e2714,
      Ink.GOAL_STROKE, 0xd9a94a,
      Ink.QUESTION_FILL, 0x1c2839,
      Ink.QUESTION_STROKE, 0x6f8fbd,
      Ink.PAIN_FILL, 0x361d21,
      Ink.PAIN_STROKE, 0xe57b7b,
      Ink.OPPORTUNITY_FILL, 0x1a3022,
      Ink.OPPORTUNITY_STROKE, 0x62c283,
      Ink.MOMENT_FILL, 0x2a2140,
      Ink.MOMENT_STROKE, 0xad92dc,
      Ink.POSITIVE_BAND, 0x17241c,
      Ink.NEGATIVE_BAND, 0x2a1a1d,
      Ink.CURVE, 0xdfe5ec,
      Ink.PERSONA_CURVE_1, 0x56b4e9,
      Ink.PERSONA_CURVE_2, 0xf39b4b,
      Ink.PERSONA_CURVE_3, 0x3ccf9f,
      Ink.PERSONA_CURVE_4, 0xe79ad0,
      Ink.PERSONA_CURVE_5, 0xe8d44d,
      Ink.PERSONA_CURVE_6, 0xa99bff,
      Ink.POSITIVE, 0x5cc17e,
      Ink.GAIN, 0x5cc17e,
      Ink.NEGATIVE, 0xee7676,
      Ink.NEUTRAL, 0x9aa3b0,
      Ink.TRACK, 0x343d4a,
      Ink.FUNNEL_FILL, 0x4f7fc4,
      Ink.FUNNEL_TEXT, 0xffffff,
      Ink.ALERT_TEXT, 0xf59a9a,
      Ink.LINK_TEXT, 0x9cc2f5,
      Ink.ICON, 0x9cc2f5,
      Ink.ICON_FILL, 0x26344a);

  // Grey-scale only: hue carries no meaning here, outlines, dashes and labels do.
  private static final Theme PRINT = new Theme("print",
      Ink.BACKGROUND, 0xffffff,
      Ink.PANEL, 0xf2f2f2,
      Ink.RULE, 0xbdbdbd,
      Ink.TEXT, 0x000000,
      Ink.MUTED_TEXT, 0x3d3d3d,
      Ink.STAGE_FILL, 0x333333,
      Ink.STAGE_TEXT, 0xffffff,
      Ink.CARD_FILL, 0xffffff,
      Ink.CARD_STROKE, 0x808080,
      Ink.ACCENT, 0x333333,
      Ink.BADGE_FILL, 0xe6e6e6,
      Ink.GOAL_FILL, 0xfafafa,
      Ink.GOAL_STROKE, 0x666666,
      Ink.QUESTION_FILL, 0xf5f5f5,
      Ink.QUESTION_STROKE, 0x808080,
      Ink.PAIN_FILL, 0xe6e6e6,
      Ink.PAIN_STROKE, 0x1a1a1a,
      Ink.OPPORTUNITY_FILL, 0xffffff,
      Ink.OPPORTUNITY_STROKE, 0x4d4d4d,
      Ink.MOMENT_FILL, 0xf7f7f7,
      Ink.MOMENT_STROKE, 0x666666,
      Ink.POSITIVE_BAND, 0xfafafa,
      Ink.NEGATIVE_BAND, 0xededed,
      Ink.CURVE, 0x1a1a1a,
      Ink.PERSONA_CURVE_1, 0x404040,
      Ink.PERSONA_CURVE_2, 0x333333,
      Ink.PERSONA_CURVE_3, 0x595959,
      Ink.PERSONA_CURVE_4, 0x262626,
      Ink.PERSONA_CURVE_5, 0x4d4d4d,
      Ink.PERSONA_CURVE_6, 0x666666,
      Ink.POSITIVE, 0xd9d9d9,
      Ink.GAIN, 0x5c5c5c,
      Ink.NEGATIVE, 0x1a1a1a,
      Ink.NEUTRAL, 0x808080,
      Ink.TRACK, 0xe0e0e0,
      Ink.FUNNEL_FILL, 0x404040,
      Ink.FUNNEL_TEXT, 0xffffff,
      Ink.ALERT_TEXT, 0x000000,
      Ink.LINK_TEXT, 0x000000,
      Ink.ICON, 0x333333,
      Ink.ICON_FILL, 0xe6e6e6);

  /** The default theme: dark text on white, blue stage headers, red and green accents. */
  public static Theme light() {
    return LIGHT;
  }

  /** Light text on a near-black page, for dark-mode apps. */
  public static Theme dark() {
    return DARK;
  }

  /** Grey-scale, for printing on a black-and-white printer. */
  public static Theme print() {
    return PRINT;
  }

  /**
   * The theme with this name.
   *
   * @throws IllegalArgumentException if {@code name} is not {@code light}, {@code dark} or
   *     {@code print}
   */
  public static Theme named(String name) {
    Objects.requireNonNull(name, "name");
    for (Theme theme : all()) {
      if (theme.name.equals(name)) {
        return theme;
      }
    }
    throw new IllegalArgumentException(
        "unknown theme: " + name + " (one of light, dark, print)");
  }

  /** The shipped themes, in a fixed order: light, dark, print. */
  public static List<Theme> all() {
    return List.of(LIGHT, DARK, PRINT);
  }

  /** The name: {@code "light"}, {@code "dark"} or {@code "print"}. */
  public String name() {
    return name;
  }

  /** The colour of {@code ink} as {@code 0xRRGGBB}, always opaque. */
  public int rgb(Ink ink) {
    return colours.get(Objects.requireNonNull(ink, "ink"));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Theme && ((Theme) other).name.equals(name)
        && ((Theme) other).colours.equals(colours);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(colours.values().toArray());
  }

  @Override
  public String toString() {
    return "Theme{" + name + "}";
  }
}
