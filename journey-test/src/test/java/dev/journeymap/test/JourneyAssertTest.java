package dev.journeymap.test;

import static dev.journeymap.test.JourneyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Evidence;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.UnvalidatedJourneys;
import org.junit.jupiter.api.Test;

class JourneyAssertTest {
  private static final Journey BOOKING = Journey.builder("Booking a junk removal")
      .goal("Increase the number of booked jobs")
      .persona("busy-homeowner", "Busy homeowner")
      .stage("awareness", "Awareness", s -> s.action("Searches 'junk removal near me'")
          .touchpoint("search-ad", "Search ad", Channel.SEARCH))
      .stage("purchase", "Purchase", s -> s.action("Books online")
          .touchpoint("booking-form", "Online booking form", Channel.WEB))
      .build();

  /** Valid, but without goal or persona, and with an empty stage. */
  private static final Journey SKETCH = Journey.builder("Sketch")
      .stage("awareness", "Awareness", s -> s.action("Searches"))
      .stage("purchase", "Purchase", s -> {})
      .build();

  @Test
  void passesOnAJourneyThatHasWhatItSays() {
    assertThat(BOOKING).isValid().hasNoWarnings()
        .hasStages("awareness", "purchase")
        .hasStage("purchase")
        .hasTouchpoint("booking-form");
  }

  @Test
  void isValidAllowsWarnings() {
    assertThat(SKETCH).isValid();
  }

  @Test
  void isValidListsTheErrors() {
    assertThatThrownBy(() -> assertThat(UnvalidatedJourneys.withDuplicateStages()).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessage("expected a valid journey, but the report has 1 problem:\n"
            + "  stages[1].id: duplicate stage id 'purchase' (first used at stages[0].id)");
  }

  @Test
  void hasNoWarningsListsTheWarnings() {
    assertThatThrownBy(() -> assertThat(SKETCH).hasNoWarnings())
        .hasMessage("expected a journey without warnings, but the report has 3 problems:\n"
            + "  goal: warning: the journey has no goal; say which business objective it"
            + " serves\n"
            + "  personas: warning: the journey has no persona; say whose journey this is\n"
            + "  stages[1]: warning: stage 'purchase' has no content");
  }

  @Test
  void hasStagesWantsEveryStageInOrder() {
    assertThatThrownBy(() -> assertThat(BOOKING).hasStages("purchase", "awareness"))
        .hasMessage("expected the stages [purchase, awareness] in this order, but the journey"
            + " has [awareness, purchase]");
    assertThatThrownBy(() -> assertThat(BOOKING).hasStages("awareness"))
        .hasMessage("expected the stages [awareness] in this order, but the journey"
            + " has [awareness, purchase]");
  }

  @Test
  void hasStageNamesTheStagesThereAre() {
    assertThatThrownBy(() -> assertThat(BOOKING).hasStage("retention"))
        .hasMessage("expected a stage with id 'retention', but the journey has"
            + " [awareness, purchase]");
  }

  @Test
  void hasTouchpointNamesTheTouchpointsThereAre() {
    assertThatThrownBy(() -> assertThat(BOOKING).hasTouchpoint("crew"))
        .hasMessage("expected a touchpoint with id 'crew', but the journey has"
            + " [search-ad, booking-form]");
    assertThatThrownBy(() -> assertThat(SKETCH).hasTouchpoint("crew"))
        .hasMessage("expected a touchpoint with id 'crew', but the journey has no touchpoints");
  }

  @Test
  void describedAssertionsStartWithTheirDescription() {
    assertThatThrownBy(() -> assertThat(BOOKING).as("booking map").hasStage("retention"))
        .hasMessage("[booking map] expected a stage with id 'retention', but the journey has"
            + " [awareness, purchase]");
  }

  @Test
  void failsOnANullJourney() {
    assertThatThrownBy(() -> assertThat((Journey) null).hasStage("purchase"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }

  /** Owned, measured and answered everywhere; one assumption of four insights. */
  private static final Journey MEASURED = Journey.builder("Measured")
      .stage("purchase", "Purchase", s -> s
          .touchpoint("booking-form", "Online booking form", Channel.WEB,
              t -> t.owner("E-commerce"))
          .action("Books online")
          .painPoint(Item.builder("No evening slots").touchpoint("booking-form").build())
          .opportunity("Offer evening slots")
          .question("Is the price fixed?", Evidence.ASSUMPTION)
          .kpi("Online bookings", 164, 250))
      .build();

  @Test
  void insightAssertionsPassOnAnOwnedMeasuredJourney() {
    assertThat(MEASURED).hasNoUnownedTouchpoints().hasNoUnownedPainPoints()
        .hasKpiInEveryStage().hasNoUnansweredOpportunities().hasAssumptionShareAtMost(0.25);
  }

  @Test
  void insightAssertionsNameStepsInTheirPaths() {
    Journey stepped = Journey.builder("Stepped")
        .stage("purchase", "Purchase", s -> s
            .kpi("Deals", 9, 12)
            .step("book", "Books online", st -> st
                .touchpoint("booking-form", "Booking form", Channel.WEB)
                .painPoint(Item.builder("No evening slots").touchpoint("booking-form").build())
                .opportunity("Open Saturday slots"))
            .step("visit", "Crew visit", st -> st.opportunity("Text the arrival time")))
        .build();

    assertThatThrownBy(() -> assertThat(stepped).hasNoUnownedTouchpoints())
        .hasMessage("expected every touchpoint to have an owner, but 1 has none:\n"
            + "  stages[0].steps[0].touchpoints[0]: Booking form");
    assertThatThrownBy(() -> assertThat(stepped).hasNoUnownedPainPoints())
        .hasMessage("expected every pain point to have an owner, but 1 has none:\n"
            + "  stages[0].steps[0].painPoints[0]: No evening slots");
    assertThatThrownBy(() -> assertThat(stepped).hasNoUnansweredOpportunities())
        .hasMessage("expected every opportunity to answer a pain point of its stage, but 1"
            + " answers none:\n  stages[0].steps[1].opportunities[0]: Text the arrival time");
    assertThat(stepped).hasKpiInEveryStage();
  }

  @Test
  void insightAssertionsListWhatIsMissing() {
    Journey loose = Journey.builder("Loose")
        .stage("awareness", "Awareness", s -> s
            .touchpoint("search-ad", "Search ad", Channel.SEARCH)
            .painPoint("Too many look-alike ads")
            .opportunity("Show real reviews", Evidence.ASSUMPTION))
        .stage("purchase", "Purchase", s -> s.opportunity("Offer evening slots"))
        .build();
    assertThatThrownBy(() -> assertThat(loose).hasNoUnownedTouchpoints())
        .hasMessage("expected every touchpoint to have an owner, but 1 has none:\n"
            + "  stages[0].touchpoints[0]: Search ad");
    assertThatThrownBy(() -> assertThat(loose).hasNoUnownedPainPoints())
        .hasMessage("expected every pain point to have an owner, but 1 has none:\n"
            + "  stages[0].painPoints[0]: Too many look-alike ads");
    assertThatThrownBy(() -> assertThat(loose).hasKpiInEveryStage())
        .hasMessage("expected a KPI in every stage, but 2 have none:\n"
            + "  stages[0]: Awareness\n  stages[1]: Purchase");
    assertThatThrownBy(() -> assertThat(loose).hasNoUnansweredOpportunities())
        .hasMessage("expected every opportunity to answer a pain point of its stage, but 1"
            + " answers none:\n  stages[1].opportunities[0]: Offer evening slots");
    assertThatThrownBy(() -> assertThat(loose).hasAssumptionShareAtMost(0.25))
        .hasMessage("expected at most 25% of the insights to be assumptions, but 1 of 3 are"
            + " (33%)");
    assertThatThrownBy(() -> assertThat(loose).hasAssumptionShareAtMost(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("share must be between 0 and 1: 1.5");
  }
}
