package dev.journeymap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeymap.core.Journey;
import dev.journeymap.core.testing.RandomJourneys;
import dev.journeymap.render.layout.Layout;
import dev.journeymap.render.layout.LayoutEngine;
import dev.journeymap.render.layout.Mark;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every text colour must be readable on what it is drawn on: WCAG contrast of at least 4.5:1. */
class ThemeContrastTest {
  private static final double MIN_CONTRAST = 4.5;

  /** The (text, background) pairs the layout really draws, over many journeys. */
  private static Set<List<Ink>> pairsInUse() {
    List<Journey> journeys = new ArrayList<>(SampleJourneys.all());
    for (long seed = 1; seed <= 40; seed++) {
      journeys.add(RandomJourneys.journey(seed));
    }
    Set<List<Ink>> pairs = new LinkedHashSet<>();
    LayoutEngine engine = LayoutEngine.create();
    for (Journey journey : journeys) {
      Layout layout = engine.layout(journey,
          RenderOptions.builder().showEmptyLanes(true).build());
      for (Mark.Text text : layout.texts()) {
        pairs.add(List.of(text.ink(), text.background()));
      }
    }
    return pairs;
  }

  @Test
  void everyTextColourIsReadableOnItsBackgroundInEveryTheme() {
    Set<List<Ink>> pairs = pairsInUse();
    assertThat(pairs).contains(List.of(Ink.TEXT, Ink.BACKGROUND),
        List.of(Ink.STAGE_TEXT, Ink.STAGE_FILL), List.of(Ink.ALERT_TEXT, Ink.CARD_FILL),
        List.of(Ink.TEXT, Ink.NEGATIVE_BAND), List.of(Ink.LINK_TEXT, Ink.CARD_FILL));
    for (Theme theme : Theme.all()) {
      for (List<Ink> pair : pairs) {
        double contrast = contrast(theme.rgb(pair.get(0)), theme.rgb(pair.get(1)));
        assertThat(contrast).as("%s on %s in %s", pair.get(0), pair.get(1), theme.name())
            .isGreaterThanOrEqualTo(MIN_CONTRAST);
      }
    }
  }

  /** WCAG 1.4.11: a mark that carries meaning stands out 3:1 from what it is drawn on. */
  @Test
  void barsAndBulletsStandOutFromWhatTheyAreDrawnOnInEveryTheme() {
    List<List<Ink>> marks = List.of(List.of(Ink.GAIN, Ink.TRACK), List.of(Ink.NEGATIVE, Ink.TRACK),
        List.of(Ink.GAIN, Ink.PANEL), List.of(Ink.NEGATIVE, Ink.PANEL),
        List.of(Ink.GAIN, Ink.CARD_FILL), List.of(Ink.FUNNEL_FILL, Ink.CARD_FILL),
        // card outlines on the page and on their own fill, the zero line on both bands
        List.of(Ink.CARD_STROKE, Ink.BACKGROUND), List.of(Ink.CARD_STROKE, Ink.CARD_FILL),
        List.of(Ink.GOAL_STROKE, Ink.BACKGROUND), List.of(Ink.QUESTION_STROKE, Ink.BACKGROUND),
        List.of(Ink.PAIN_STROKE, Ink.BACKGROUND),
        List.of(Ink.OPPORTUNITY_STROKE, Ink.BACKGROUND),
        List.of(Ink.MOMENT_STROKE, Ink.BACKGROUND), List.of(Ink.NEUTRAL, Ink.POSITIVE_BAND),
        List.of(Ink.NEUTRAL, Ink.NEGATIVE_BAND));
    for (Theme theme : Theme.all()) {
      for (List<Ink> pair : marks) {
        assertThat(contrast(theme.rgb(pair.get(0)), theme.rgb(pair.get(1))))
            .as("%s on %s in %s", pair.get(0), pair.get(1), theme.name())
            .isGreaterThanOrEqualTo(3.0);
      }
    }
  }

  /**
   * Each emotion curve's ink stands out 3:1 from the bands and the legend's panel (WCAG 1.4.11)
   * and, as persona labels are written in it, reads as text (4.5:1) on both bands.
   */
  @Test
  void everyEmotionCurveStandsOutAndItsLabelsReadInEveryTheme() {
    List<Ink> curves = List.of(Ink.CURVE, Ink.PERSONA_CURVE_1, Ink.PERSONA_CURVE_2,
        Ink.PERSONA_CURVE_3, Ink.PERSONA_CURVE_4, Ink.PERSONA_CURVE_5, Ink.PERSONA_CURVE_6);
    for (Theme theme : Theme.all()) {
      Set<Integer> distinct = new java.util.HashSet<>();
      for (Ink curve : curves) {
        distinct.add(theme.rgb(curve));
        for (Ink on : List.of(Ink.POSITIVE_BAND, Ink.NEGATIVE_BAND, Ink.PANEL)) {
          assertThat(contrast(theme.rgb(curve), theme.rgb(on)))
              .as("%s on %s in %s", curve, on, theme.name())
              .isGreaterThanOrEqualTo(on == Ink.PANEL ? 3.0 : MIN_CONTRAST);
        }
      }
      assertThat(distinct).as("seven curves, seven inks in %s", theme.name()).hasSize(7);
    }
  }

  @Test
  void contrastFormulaMatchesKnownValues() {
    assertThat(contrast(0x000000, 0xffffff)).isEqualTo(21.0);
    assertThat(contrast(0x777777, 0xffffff)).isCloseTo(4.48, org.assertj.core.data.Offset
        .offset(0.01));
  }

  @Test
  void printThemeIsGreyOnly() {
    for (Ink ink : Ink.values()) {
      int rgb = Theme.print().rgb(ink);
      assertThat((rgb >> 16) & 0xff).as("%s", ink).isEqualTo((rgb >> 8) & 0xff)
          .isEqualTo(rgb & 0xff);
    }
  }

  @Test
  void themesAreFoundByName() {
    assertThat(Theme.named("dark")).isSameAs(Theme.dark());
    assertThat(Theme.named("print").name()).isEqualTo("print");
    assertThatThrownBy(() -> Theme.named("sepia"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown theme: sepia (one of light, dark, print)");
  }

  /** WCAG 2 contrast ratio of two sRGB colours. */
  static double contrast(int a, int b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(int rgb) {
    return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff)
        + 0.0722 * channel(rgb & 0xff);
  }

  private static double channel(int value) {
    double c = value / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
