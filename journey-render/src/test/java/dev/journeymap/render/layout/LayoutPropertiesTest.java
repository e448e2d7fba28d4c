package dev.journeymap.render.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymap.core.Journey;
import dev.journeymap.core.testing.RandomJourneys;
import dev.journeymap.render.Lane;
import dev.journeymap.render.RenderOptions;
import dev.journeymap.render.SampleJourneys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Geometric properties every layout must have, checked on the sample journeys, on seeded
 * random journeys of 1 to 60 stages (empty and crowded lanes, long words, many scripts, emoji),
 * and on seeded journeys using the additions to format 1 (steps, persona curves, custom and
 * blueprint lanes).
 */
class LayoutPropertiesTest {
  private static final LayoutEngine ENGINE = LayoutEngine.create();

  static Stream<Arguments> journeys() {
    Stream<Arguments> samples = SampleJourneys.all().stream()
        .map(j -> Arguments.of("sample " + j.title(), j, RenderOptions.defaults()));
    Stream<Arguments> random = LongStream.rangeClosed(1, 60).mapToObj(seed -> Arguments.of(
        "seed " + seed, RandomJourneys.journey(seed, 60), optionsFor(seed)));
    // steps, persona curves, custom and blueprint lanes
    Stream<Arguments> additions = LongStream.rangeClosed(1, 40).mapToObj(seed -> Arguments.of(
        "additions " + seed, RandomJourneys.withAdditions(seed), optionsFor(seed)));
    return Stream.of(samples, random, additions, hostile()).flatMap(s -> s);
  }

  /**
   * Texts at the validator's 2,000 characters that no word break can help: one letter under
   * 1,999 combining marks, unbreakable words of narrow, wide and joined characters, in every lane
   * and in the header, at the narrowest and a wide column.
   */
  static Stream<Arguments> hostile() {
    String[] texts = {
        "a" + "\u0301".repeat(1_999), "x".repeat(2_000), "W".repeat(2_000),
        "i".repeat(1_000) + "W".repeat(1_000), "a\u200D".repeat(1_000),
        "\u0915\u093E".repeat(1_000), "\u1100" + "\u1161".repeat(1_999),
        "e\u0301\u0302\u0303\u0304".repeat(400), "😀\u200D".repeat(666)};
    Stream.Builder<Arguments> cases = Stream.builder();
    for (String text : texts) {
      Journey journey = Journey.builder(text).description(text).goal(text)
          .persona("p", text, p -> p.goal(text).quote(text))
          .stage("s", text, s -> s.customerGoal(text).action(text).question(text)
              .touchpoint("t", text, dev.journeymap.core.Channel.WEB).emotion(1, text)
              .painPoint(text).opportunity(text).kpi(text, 1, 2))
          .stage("u", "next", s -> s.action("after").emotion(-1, text))
          .build();
      String name = "hostile " + text.substring(0, 4).codePoints()
          .mapToObj(cp -> String.format("U+%04X", cp)).toList();
      cases.add(Arguments.of(name, journey, RenderOptions.defaults()));
      cases.add(Arguments.of(name + " narrow", journey,
          RenderOptions.builder().columnWidth(RenderOptions.MIN_COLUMN_WIDTH).build()));
    }
    return cases.build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void noCharacterCarriesMoreThanThreeCombiningMarks(String name, Journey journey,
      RenderOptions options) {
    for (Mark.Text text : ENGINE.layout(journey, options).texts()) {
      for (Mark.TextLine line : text.lines()) {
        assertThat(line.text()).doesNotContain("\u0301\u0301\u0301\u0301")
            .doesNotContain("\u0301\u0302\u0303\u0304");
      }
    }
  }

  /**
   * The lanes drawn when the options choose none: the customer's, the journey's own, then the
   * blueprint's if the journey has any blueprint content.
   */
  private static List<Lane> defaultLanes(Journey journey) {
    List<Lane> lanes = new ArrayList<>(Lane.customerLanes());
    journey.lanes().forEach(l -> lanes.add(Lane.of(l.id())));
    boolean blueprint = journey.stages().stream()
        .flatMap(s -> Stream.concat(Stream.of(s), s.steps().stream()))
        .anyMatch(c -> !c.evidence().isEmpty() || !c.frontstage().isEmpty()
            || !c.backstage().isEmpty() || !c.support().isEmpty());
    if (blueprint) {
      lanes.addAll(Lane.blueprintLanes());
    }
    return lanes;
  }

  /** Varies the options with the seed, so that narrow columns and empty lanes are covered. */
  private static RenderOptions optionsFor(long seed) {
    RenderOptions.Builder b = RenderOptions.builder();
    if (seed % 3 == 0) {
      b.columnWidth(RenderOptions.MIN_COLUMN_WIDTH);
    }
    if (seed % 4 == 0) {
      b.showEmptyLanes(true);
    }
    if (seed % 5 == 0) {
      b.columnWidth(333);
    }
    if (seed % 2 == 0) {
      b.locale(java.util.Locale.FRENCH);
    }
    if (seed % 7 == 0) {
      b.showHeader(false);
    }
    if (seed % 9 == 0) {
      b.showPersonas(false).showLegend(false);
    }
    return b.build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("journeys")
  void everyTextBoxLiesInsideItsCellAndEveryCellInsideTheMap(String name, Journey journey,
      RenderOptions options) {
    Layout layout = ENGINE.layout(journey, options);
    for (Mark.Text text : layout.texts()) {
      assertThat(text.cell().contains(text.box()))
          .as("text %s in %s", text.lines(), text.cell()).isTrue();
      assertThat(layout.bounds().contains(text.cell()))
          .as("cell %s in %s", text.cell(), layout.bounds()).isTrue();
      for (Mark.TextLine line : text.lines()) {
        assertThat(line.x()).isGreaterThanOrEqualTo(text.box().x() - 1e-9);
        assertThat(line.x() + line.width()).isLessThanOrEqualTo(text.box().right() + 1e-9);
      }
    }
    for (Mark.Rect rect : layout.all(Mark.Rect.class)) {
      assertThat(layout.bounds().contains(rect.box())).as("rect %s", rect.box()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("journeys")
  void noTwoTextBoxesOverlap(String name, Journey journey, RenderOptions options) {
    List<Mark.Text> texts = new ArrayList<>(ENGINE.layout(journey, options).texts());
    texts.sort(Comparator.comparingDouble(t -> t.box().x()));
    // Sweep on x: only boxes whose x ranges meet can overlap.
    for (int i = 0; i < texts.size(); i++) {
      Box a = texts.get(i).box();
      for (int j = i + 1; j < texts.size() && texts.get(j).box().x() < a.right(); j++) {
        Box b = texts.get(j).box();
        assertThat(a.overlaps(b))
            .as("%s overlaps %s", texts.get(i).lines(), texts.get(j).lines()).isFalse();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("journeys")
  void columnsAreAlignedAndRowsStackWithoutGaps(String name, Journey journey,
      RenderOptions options) {
    Layout layout = ENGINE.layout(journey, options);
    assertThat(layout.columns()).hasSize(journey.columns().size());
    double left = RegionLayout.MARGIN + RegionLayout.LABEL_WIDTH;
    // The option's width, or wider so that few columns fill the page's narrowest content.
    double width = Math.max(options.columnWidth(),
        (RegionLayout.MIN_CONTENT_WIDTH - RegionLayout.LABEL_WIDTH) / journey.columns().size());
    for (int i = 0; i < layout.columns().size(); i++) {
      Layout.Column column = layout.columns().get(i);
      assertThat(column.id()).isEqualTo(journey.columns().get(i).id());
      assertThat(column.stageId()).isEqualTo(journey.columns().get(i).stage().id());
      assertThat(column.width()).isEqualTo(width);
      assertThat(column.x()).isEqualTo(left + i * width);
      assertThat(column.x() + column.width()).isLessThanOrEqualTo(layout.width());
    }
    Layout.Column last = layout.columns().get(layout.columns().size() - 1);
    assertThat(last.x() + last.width()).isEqualTo(layout.width() - RegionLayout.MARGIN);
    for (int i = 1; i < layout.rows().size(); i++) {
      Layout.Row above = layout.rows().get(i - 1);
      assertThat(layout.rows().get(i).y()).isEqualTo(above.y() + above.height());
    }
    List<Lane> lanes = layout.rows().stream().map(Layout.Row::lane).toList();
    List<Lane> asked = options.lanes().isEmpty() ? defaultLanes(journey) : options.lanes();
    assertThat(asked).containsSubsequence(lanes);
    if (options.showEmptyLanes()) {
      assertThat(lanes).isEqualTo(asked);
    }
  }
}
