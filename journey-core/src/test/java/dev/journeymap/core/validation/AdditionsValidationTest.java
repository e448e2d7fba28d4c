package dev.journeymap.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Emotion;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.testing.AdditionsExample;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every error and warning of the additions to format 1, with its path, code and message. */
class AdditionsValidationTest {
  private static final String ID_RULE = " is not a valid id: use 1 to 64 characters of a-z, 0-9,"
      + " '-' and '_', starting with a letter or digit";

  private static Journey.Builder base() {
    return Journey.builder("T").goal("G").persona("couple", "Couple")
        .persona("landlord", "Landlord");
  }

  private static ValidationReport report(Journey.Builder builder) {
    try {
      return JourneyValidator.validate(builder.build());
    } catch (InvalidJourneyException e) {
      return e.report();
    }
  }

  private static List<Problem> errors(Journey.Builder builder) {
    return report(builder).errors();
  }

  private static Problem error(String path, ProblemCode code, String message) {
    return Problem.error(path, code, message);
  }

  private static Item withId(String text, String id) {
    return Item.builder(text).id(id).build();
  }

  @Test
  void acceptsTheFormatDocumentsExampleWithoutAnyProblemButTheMissingGoal() {
    assertThat(JourneyValidator.validate(AdditionsExample.journey()).problems())
        .containsExactly(Problem.warning("goal", ProblemCode.NO_GOAL,
            "the journey has no goal; say which business objective it serves"));
  }

  @Test
  void refusesAStepIdThatIsAStageIdOrAnotherStepId() {
    assertThat(errors(base()
        .stage("book", "Book", s -> s.action("x"))
        .stage("pay", "Pay", s -> s
            .step("book", "Book again", st -> st.action("y"))
            .step("card", "Card", st -> st.action("z"))
            .step("card", "Card again", st -> st.action("w")))))
        .containsExactly(
            error("stages[1].steps[0].id", ProblemCode.ID_DUPLICATE,
                "duplicate step id 'book' (first used at stages[0].id)"),
            error("stages[1].steps[2].id", ProblemCode.ID_DUPLICATE,
                "duplicate step id 'card' (first used at stages[1].steps[1].id)"));
  }

  @Test
  void refusesADuplicateItemIdAcrossLanesStagesAndSteps() {
    assertThat(errors(base().lane("content", "Content")
        .stage("a", "A", s -> s.action(withId("x", "same"))
            .step("b", "B", st -> st.backstage(withId("y", "same"))
                .lane("content", withId("z", "same"))))))
        .containsExactly(
            error("stages[0].steps[0].lanes.content[0].id", ProblemCode.ID_DUPLICATE,
                "duplicate item id 'same' (first used at stages[0].actions[0].id)"),
            error("stages[0].steps[0].backstage[0].id", ProblemCode.ID_DUPLICATE,
                "duplicate item id 'same' (first used at stages[0].actions[0].id)"));
  }

  @Test
  void refusesAnItemIdThatBreaksTheIdSyntax() {
    assertThat(errors(base().stage("a", "A", s -> s.support(withId("x", "Scheduler")))))
        .containsExactly(error("stages[0].support[0].id", ProblemCode.ID_SYNTAX,
            "'Scheduler'" + ID_RULE));
  }

  @Test
  void refusesAPersonaEmotionWithoutAPersonaAnUnknownOneOrASecondOneForTheSamePersona() {
    assertThat(errors(base().stage("a", "A", s -> s
        .step("b", "B", st -> st
            .personaEmotion(Emotion.of(1))
            .emotion("cuple", -1)
            .emotion("couple", 1)
            .emotion("couple", 2, "Again")))))
        .containsExactly(
            error("stages[0].steps[0].emotions[0].persona", ProblemCode.REQUIRED,
                "an entry of 'emotions' names its persona; an overall emotion goes in"
                    + " 'emotion'"),
            error("stages[0].steps[0].emotions[1].persona", ProblemCode.REFERENCE_UNKNOWN,
                "no persona with id 'cuple' in this journey; did you mean 'couple'?"),
            error("stages[0].steps[0].emotions[3].persona", ProblemCode.ID_DUPLICATE,
                "a second emotion of persona 'couple' here (first at"
                    + " stages[0].steps[0].emotions[2])"));
  }

  @Test
  void checksTheScoresOfPersonaEmotionsAsOfEveryEmotion() {
    assertThat(errors(base().stage("a", "A", s -> s.emotion("couple", 2.5))))
        .containsExactly(error("stages[0].emotions[0].score", ProblemCode.EMOTION_RANGE,
            "score 2.5 is outside -2 (very negative) to 2 (very positive)"));
  }

  @Test
  void refusesAPersonaInAPlainEmotionOfAStageStepOrTouchpoint() {
    assertThat(errors(base().stage("a", "A", s -> s
        .emotion(Emotion.ofPersona("couple", 1))
        .touchpoint("t", "T", Channel.WEB, t -> t.emotion(Emotion.ofPersona("landlord", 0))
            .emotion("nobody", 1)))))
        .containsExactly(
            error("stages[0].touchpoints[0].emotion.persona", ProblemCode.NOT_ALLOWED,
                "an overall emotion names no persona; put the emotion of persona 'landlord' in"
                    + " 'emotions'"),
            error("stages[0].touchpoints[0].emotions[0].persona", ProblemCode.REFERENCE_UNKNOWN,
                "no persona with id 'nobody' in this journey"),
            error("stages[0].emotion.persona", ProblemCode.NOT_ALLOWED,
                "an overall emotion names no persona; put the emotion of persona 'couple' in"
                    + " 'emotions'"));
  }

  @Test
  void refusesALanesKeyThatTheJourneyDoesNotDefineWithASuggestion() {
    assertThat(errors(base().lane("content", "Content")
        .stage("a", "A", s -> s.lane("content", "x").lane("contnet", "y")
            .step("b", "B", st -> st.lane("pricing", "z")))))
        .containsExactly(
            error("stages[0].lanes.contnet", ProblemCode.LANE_INVALID,
                "no lane with id 'contnet' is defined by this journey; did you mean 'content'?"),
            error("stages[0].steps[0].lanes.pricing", ProblemCode.LANE_INVALID,
                "no lane with id 'pricing' is defined by this journey"));
    assertThat(errors(base().stage("a", "A", s -> s.lane("content", "x"))))
        .containsExactly(error("stages[0].lanes.content", ProblemCode.LANE_INVALID,
            "no lane with id 'content' is defined by this journey; define it in the journey's"
                + " 'lanes'"));
  }

  @Test
  void refusesALaneDefinitionWhoseIdIsBuiltInUsedTwiceOrMalformed() {
    assertThat(errors(base()
        .lane("backstage", "Back")
        .lane("content", "Content")
        .lane("content", "Content again")
        .lane("Pricing", " ")
        .stage("a", "A", s -> s.lane("content", "x").action("y"))))
        .containsExactly(
            error("lanes[2].id", ProblemCode.ID_DUPLICATE,
                "duplicate lane id 'content' (first used at lanes[1].id)"),
            error("lanes[0].id", ProblemCode.LANE_INVALID,
                "'backstage' is a built-in lane; give the journey's own lane another id"),
            error("lanes[3].id", ProblemCode.ID_SYNTAX, "'Pricing'" + ID_RULE),
            error("lanes[3].name", ProblemCode.REQUIRED, "a text is required here"));
  }

  @Test
  void refusesALinkToAnUnknownItemOrFromAnItemToItself() {
    assertThat(errors(base()
        .stage("a", "A", s -> s.frontstage(withId("x", "confirm-call"))
            .backstage(withId("y", "schedule")))
        .link("confirm-call", "shedule")
        .link("nothing", "schedule")
        .exchange("schedule", "schedule")
        .link("confirm-call", "schedule")))
        .containsExactly(
            error("links[0].to", ProblemCode.REFERENCE_UNKNOWN,
                "no item with id 'shedule' in this journey; did you mean 'schedule'?"),
            error("links[1].from", ProblemCode.REFERENCE_UNKNOWN,
                "no item with id 'nothing' in this journey"),
            error("links[2].to", ProblemCode.LINK_INVALID,
                "the link goes from item 'schedule' to itself; link two different items"));
  }

  @Test
  void refusesALinkWithoutAnEnd() {
    assertThat(errors(base().stage("a", "A", s -> s.action(withId("x", "x")))
        .link(" ", "x")))
        .containsExactly(error("links[0].from", ProblemCode.REQUIRED,
            "the id of an item is required"));
  }

  @Test
  void refusesANegativeDuration() {
    assertThat(errors(base().stage("a", "A", s -> s.backstage(Item.builder("Waits")
        .duration(Duration.ofMinutes(-45)).build()))))
        .containsExactly(error("stages[0].backstage[0].duration", ProblemCode.DURATION_INVALID,
            "the duration PT-45M is negative"));
  }

  @Test
  void refusesAStepPersonaThatIsNotAPersonaOfTheJourney() {
    assertThat(errors(base().stage("a", "A", s -> s
        .step("b", "B", st -> st.persona("couple", "landlrd").action("x")))))
        .containsExactly(error("stages[0].steps[0].personas[1]", ProblemCode.REFERENCE_UNKNOWN,
            "no persona with id 'landlrd' in this journey; did you mean 'landlord'?"));
  }

  @Test
  void refusesDuplicateTouchpointIdsBetweenAStageAndItsSteps() {
    assertThat(errors(base().stage("a", "A", s -> s.touchpoint("form", "Form", Channel.WEB)
        .step("b", "B", st -> st.touchpoint("form", "Form", Channel.WEB)))))
        .containsExactly(error("stages[0].steps[0].touchpoints[0].id", ProblemCode.ID_DUPLICATE,
            "duplicate touchpoint id 'form' (first used at stages[0].touchpoints[0].id)"));
  }

  @Test
  void itemsOfStepsMayPointAtTouchpointsOfOtherSteps() {
    assertThat(errors(base().stage("a", "A", s -> s
        .step("b", "B", st -> st.painPoint(Item.builder("Slow").touchpoint("form").build()))
        .step("c", "C", st -> st.touchpoint("form", "Form", Channel.WEB))))).isEmpty();
  }

  @Test
  void checksTheTextsOfTheItemAdditionsAndOfSteps() {
    String tooLong = "x".repeat(JourneyValidator.MAX_TEXT_LENGTH + 1);
    assertThat(errors(base().stage("a", "A", s -> s
        .step("b", " ", st -> st.description(tooLong)
            .frontstage(Item.builder("x").owner(tooLong).failPoint(tooLong).build())))))
        .extracting(Problem::path, Problem::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("stages[0].steps[0].name", ProblemCode.REQUIRED),
            org.assertj.core.groups.Tuple.tuple("stages[0].steps[0].description",
                ProblemCode.TEXT_TOO_LONG),
            org.assertj.core.groups.Tuple.tuple("stages[0].steps[0].frontstage[0].owner",
                ProblemCode.TEXT_TOO_LONG),
            org.assertj.core.groups.Tuple.tuple("stages[0].steps[0].frontstage[0].failPoint",
                ProblemCode.TEXT_TOO_LONG));
  }

  @Test
  void warnsOfALaneThatNoStageOrStepUsesAndOfAnEmptyStep() {
    assertThat(report(base().lane("content", "Content").lane("pricing", "Pricing")
        .stage("a", "A", s -> s.action("x")
            .step("b", "B", st -> st.lane("pricing", "y"))
            .step("c", "C", st -> st.description("Nothing here yet")))).warnings())
        .containsExactly(
            Problem.warning("stages[0].steps[1]", ProblemCode.EMPTY_STEP,
                "step 'c' has no content"),
            Problem.warning("lanes[0]", ProblemCode.UNUSED_LANE,
                "lane 'content' holds nothing in any stage or step"));
  }

  @Test
  void aStageWithOnlyStepsIsNotAnEmptyStage() {
    assertThat(report(base().stage("a", "A", s -> s.step("b", "B", st -> st.action("x"))))
        .problems()).isEmpty();
  }

  @Test
  void countsTheListsOfTheAdditionsAgainstTheEntryLimit() {
    Journey.Builder builder = base();
    Item[] many = new Item[JourneyValidator.MAX_ENTRIES / 2 + 1];
    java.util.Arrays.fill(many, Item.of("x"));
    builder.stage("a", "A", s -> {
      for (Item item : many) {
        s.backstage(item);
      }
      s.step("b", "B", st -> {
        for (Item item : many) {
          st.support(item);
        }
      });
    });
    assertThat(errors(builder)).containsExactly(error("", ProblemCode.LIMIT_EXCEEDED,
        "500003 list entries is more than the 500000 a journey may hold"));
  }
}
