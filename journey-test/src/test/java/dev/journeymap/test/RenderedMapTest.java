package dev.journeymap.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Evidence;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.Stage;
import dev.journeymap.core.testing.RandomJourneys;
import dev.journeymap.render.JourneyRenderer;
import dev.journeymap.render.Lane;
import dev.journeymap.render.RenderOptions;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RenderedMapTest {
  private static final Journey BOOKING = Journey.builder("Booking a junk removal")
      .id("junk-removal")
      .goal("Increase the number of booked jobs")
      .persona("busy-homeowner", "Busy homeowner")
      .stage("awareness", "Awareness", s -> s
          .action("Searches 'junk removal near me' & compares the first three ads")
          .action("Asks neighbours")
          .touchpoint("search-ad", "Search ad", Channel.SEARCH, t -> t.owner("Marketing"))
          .emotion(0.5, "Hopeful"))
      .stage("purchase", "Purchase", s -> s
          .action("Books online in the evening")
          .question("Is the price fixed?", Evidence.ASSUMPTION)
          .touchpoint("booking-form", "Online booking form", Channel.WEB, t -> t
              .owner("E-commerce").url("https://example.com/book"))
          .painPoint(Item.builder("No evening time slots").evidence(Evidence.ANALYTICAL)
              .source("Booking-form analytics").touchpoint("booking-form").build())
          .emotion(-1, "Annoyed"))
      .stage("retention", "Retention", s -> s.action("Receives a thank-you e-mail"))
      .build();

  private static final RenderedMap MAP = RenderedMap.of(JourneyRenderer.create()
      .renderSvg(BOOKING));

  @Test
  void readsTheTitleStagesAndLanesInOrder() {
    assertThat(MAP.title()).isEqualTo("Booking a junk removal");
    assertThat(MAP.stages()).containsExactly("awareness", "purchase", "retention");
    assertThat(MAP.lanes()).containsExactly(Lane.ACTIONS, Lane.TOUCHPOINTS, Lane.QUESTIONS,
        Lane.EMOTIONS, Lane.PAIN_POINTS);
  }

  @Test
  void cardsAreTheTextsOfACellTopToBottomHoweverTheyWrap() {
    assertThat(MAP.cards(Lane.ACTIONS, "awareness")).containsExactly(
        "Searches 'junk removal near me' & compares the first three ads", "Asks neighbours");
    assertThat(MAP.cards(Lane.ACTIONS, "retention"))
        .containsExactly("Receives a thank-you e-mail");
  }

  @Test
  void aCardOfSeveralParagraphsJoinsThemByLineFeeds() {
    assertThat(MAP.cards(Lane.TOUCHPOINTS, "awareness"))
        .containsExactly("Search ad\nSearch · Marketing");
    assertThat(MAP.cards(Lane.TOUCHPOINTS, "purchase"))
        .as("a card inside its link").containsExactly("Online booking form\nWeb · E-commerce");
    assertThat(MAP.cards(Lane.PAIN_POINTS, "purchase"))
        .as("the evidence chip, the printed source and the touchpoint are paragraphs; the "
            + "tooltip (the source again) is not")
        .containsExactly("No evening time slots\nanalytics\nsource: Booking-form analytics\n"
            + "at touchpoint: Online booking form");
  }

  @Test
  void emptyCellsAndEmotionPointsHaveNoCards() {
    assertThat(MAP.cards(Lane.QUESTIONS, "awareness")).isEmpty();
    assertThat(MAP.cards(Lane.EMOTIONS, "purchase")).isEmpty();
  }

  @Test
  void refusesAStageOrALaneTheMapDoesNotHave() {
    assertThatThrownBy(() -> MAP.cards(Lane.ACTIONS, "advocacy"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no stage 'advocacy' in this map: [awareness, purchase, retention]");
    assertThatThrownBy(() -> MAP.cards(Lane.KPIS, "purchase"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no lane kpis in this map: [actions, touchpoints, questions, emotions,"
            + " pain-points]");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void readsAnyIdPrefixIndentedOrNot(boolean indent) {
    RenderedMap map = RenderedMap.of(JourneyRenderer.create(RenderOptions.builder()
        .idPrefix("second-map").indentSvg(indent).lanes(Lane.QUESTIONS, Lane.ACTIONS).build())
        .renderSvg(BOOKING));

    assertThat(map.lanes()).containsExactly(Lane.QUESTIONS, Lane.ACTIONS);
    assertThat(map.cards(Lane.QUESTIONS, "purchase"))
        .containsExactly("Is the price fixed?\nassumption");
  }

  @Test
  void frenchNoBreakSpacesReadAsSpaces() {
    Journey journey = Journey.builder("Réserver ?").locale("fr")
        .stage("reservation", "Réservation", s -> s
            .question("À quelle heure arrive l'équipe ?")
            .action("Cherche « peintre près de chez moi »"))
        .build();
    RenderedMap map = RenderedMap.of(JourneyRenderer.create().renderSvg(journey));

    assertThat(map.title()).isEqualTo("Réserver ?");
    assertThat(map.cards(Lane.QUESTIONS, "reservation"))
        .containsExactly("À quelle heure arrive l'équipe ?");
    assertThat(map.cards(Lane.ACTIONS, "reservation"))
        .containsExactly("Cherche « peintre près de chez moi »");
  }

  @Test
  void everyActionOfARandomJourneyIsACardOfItsCell() {
    for (long seed = 1; seed <= 40; seed++) {
      Journey journey = RandomJourneys.journey(seed);
      RenderedMap map = RenderedMap.of(JourneyRenderer.create().renderSvg(journey));

      assertThat(map.stages()).as("seed %d", seed)
          .isEqualTo(journey.stages().stream().map(Stage::id).collect(Collectors.toList()));
      for (Stage stage : journey.stages()) {
        if (!map.lanes().contains(Lane.ACTIONS)) {
          continue;
        }
        List<String> firstParagraphs = map.cards(Lane.ACTIONS, stage.id()).stream()
            .map(card -> card.split("\n")[0]).collect(Collectors.toList());
        assertThat(firstParagraphs).as("seed %d, stage %s", seed, stage.id())
            .isEqualTo(stage.actions().stream().map(Item::text).collect(Collectors.toList()));
      }
    }
  }

  @Test
  void refusesADoctypeAndWhatIsNotAMap() {
    assertThatThrownBy(() -> RenderedMap.of("<?xml version=\"1.0\"?>\n"
        + "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg id=\"m\">&x;</svg>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not well-formed SVG: ")
        .hasMessageContaining("DOCTYPE");
    assertThatThrownBy(() -> RenderedMap.of("<svg"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not well-formed SVG: ");
    assertThatThrownBy(() -> RenderedMap.of("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a journey map: the root is <svg> without an id");
    assertThatThrownBy(() -> RenderedMap.of("<html id=\"page\"/>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a journey map: the root is <html>");
  }
}
