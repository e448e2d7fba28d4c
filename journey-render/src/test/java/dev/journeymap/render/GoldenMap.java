package dev.journeymap.render;

import dev.journeymap.core.Journey;
import java.util.List;
import java.util.Locale;

/**
 * A map of the golden files: the file's name, the journey and the options it is drawn with.
 * Listed once for {@code GoldenSvgTest} and, through this module's test jar, for the tests of
 * other modules that check the same files.
 *
 * @param name the file's name without {@code .svg}
 * @param journey what the map shows
 * @param options how it is drawn, before the golden tests indent the SVG
 */
public record GoldenMap(String name, Journey journey, RenderOptions options) {

  /** Every golden map, in a fixed order. */
  public static List<GoldenMap> all() {
    return List.of(
        new GoldenMap("junk-removal-light", SampleJourneys.junkRemoval(),
            RenderOptions.defaults()),
        new GoldenMap("peinture-fr", SampleJourneys.painting(), RenderOptions.defaults()),
        new GoldenMap("junk-removal-print-narrow", SampleJourneys.junkRemoval(),
            RenderOptions.builder().theme(Theme.print()).columnWidth(160)
                .lanes(Lane.TOUCHPOINTS, Lane.EMOTIONS, Lane.PAIN_POINTS, Lane.KPIS,
                    Lane.FUNNEL, Lane.QUESTIONS)
                .showPersonas(false).locale(Locale.ENGLISH).idPrefix("print-map").build()),
        new GoldenMap("team-chat-personas", SampleJourneys.twoPersonasWithSteps(),
            RenderOptions.defaults()));
  }

  /** The name, which is all a test report needs. */
  @Override
  public String toString() {
    return name;
  }
}
