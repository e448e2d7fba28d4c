package dev.journeymap.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Evidence;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.Kpi;
import dev.journeymap.core.Moment;
import dev.journeymap.core.Persona;
import dev.journeymap.core.Stage;
import dev.journeymap.core.Touchpoint;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class JourneyValidatorTest {
  private static final String ID_RULE = " is not a valid id: use 1 to 64 characters of a-z, 0-9,"
      + " '-' and '_', starting with a letter or digit";

  /** A journey with a goal, a persona and one stage holding {@code spec}, built unvalidated. */
  private static List<Problem> errorsOfStage(Consumer<Stage.Builder> spec) {
    Stage.Builder stage = Stage.builder("a", "A");
    spec.accept(stage);
    return errors(base().stage(stage.build()));
  }

  private static Journey.Builder base() {
    return Journey.builder("T").goal("G").persona("p", "P");
  }

  /** The errors that building would report, with their paths, codes and messages. */
  private static List<Problem> errors(Journey.Builder builder) {
    return report(builder).errors();
  }

  private static ValidationReport report(Journey.Builder builder) {
    try {
      Journey journey = builder.build();
      return JourneyValidator.validate(journey);
    } catch (InvalidJourneyException e) {
      return e.report();
    }
  }

  private static Problem error(String path, ProblemCode code, String message) {
    return Problem.error(path, code, message);
  }

  @Test
  void acceptsAValidJourneyWithoutAnyProblem() {
    assertThat(report(base().stage("a", "A", s -> s.action("x"))).problems()).isEmpty();
  }

  @Test
  void requiresATitle() {
    assertThat(errors(Journey.builder("   ").goal("G").persona("p", "P")
        .stage("a", "A", s -> s.action("x"))))
        .containsExactly(error("title", ProblemCode.REQUIRED, "a text is required here"));
  }

  @Test
  void requiresAtLeastOneStage() {
    assertThat(errors(base())).containsExactly(
        error("stages", ProblemCode.REQUIRED, "a journey needs at least one stage"));
  }

  @Test
  void checksTheSyntaxOfEveryId() {
    assertThat(errors(base().id("Map 1")
        .persona("p_ok", "Q")
        .persona("-p", "R")
        .stage("A", "A", s -> s.action("x").touchpoint("t" + "x".repeat(64), "T", Channel.WEB))))
        .containsExactly(
            error("id", ProblemCode.ID_SYNTAX, "'Map 1'" + ID_RULE),
            error("personas[2].id", ProblemCode.ID_SYNTAX, "'-p'" + ID_RULE),
            error("stages[0].id", ProblemCode.ID_SYNTAX, "'A'" + ID_RULE),
            error("stages[0].touchpoints[0].id", ProblemCode.ID_SYNTAX,
                "'t" + "x".repeat(64) + "'" + ID_RULE));
  }

  @Test
  void acceptsIdsOfOneAndOfSixtyFourCharacters() {
    assertThat(JourneyValidator.isValidId("a")).isTrue();
    assertThat(JourneyValidator.isValidId("0" + "a-_".repeat(21))).isTrue();
    assertThat(JourneyValidator.isValidId("a".repeat(65))).isFalse();
    assertThat(JourneyValidator.isValidId("_a")).isFalse();
    assertThat(JourneyValidator.isValidId("")).isFalse();
  }

  @Test
  void requiresIdsAndNames() {
    assertThat(errors(base().persona(" ", " ")
        .stage("", "", s -> s.action("x").touchpoint("", "", Channel.WEB))))
        .containsExactly(
            error("personas[1].id", ProblemCode.REQUIRED, "an id is required"),
            error("personas[1].name", ProblemCode.REQUIRED, "a text is required here"),
            error("stages[0].id", ProblemCode.REQUIRED, "an id is required"),
            error("stages[0].name", ProblemCode.REQUIRED, "a text is required here"),
            error("stages[0].touchpoints[0].id", ProblemCode.REQUIRED, "an id is required"),
            error("stages[0].touchpoints[0].name", ProblemCode.REQUIRED,
                "a text is required here"));
  }

  @Test
  void rejectsDuplicateStageIds() {
    assertThat(errors(base().stage("a", "A", s -> s.action("x")).stage("b", "B", s -> s
        .action("y")).stage("a", "Again", s -> s.action("z"))))
        .containsExactly(error("stages[2].id", ProblemCode.ID_DUPLICATE,
            "duplicate stage id 'a' (first used at stages[0].id)"));
  }

  @Test
  void rejectsDuplicateTouchpointIdsAcrossStages() {
    assertThat(errors(base()
        .stage("a", "A", s -> s.touchpoint("form", "Form", Channel.WEB))
        .stage("b", "B", s -> s.touchpoint("form", "Form again", Channel.EMAIL))))
        .containsExactly(error("stages[1].touchpoints[0].id", ProblemCode.ID_DUPLICATE,
            "duplicate touchpoint id 'form' (first used at stages[0].touchpoints[0].id)"));
  }

  @Test
  void rejectsDuplicatePersonaIds() {
    assertThat(errors(base().persona("p", "Again").stage("a", "A", s -> s.action("x"))))
        .containsExactly(error("personas[1].id", ProblemCode.ID_DUPLICATE,
            "duplicate persona id 'p' (first used at personas[0].id)"));
  }

  @Test
  void rejectsReferencesToUnknownTouchpointsAndPersonasSuggestingTheClosestId() {
    assertThat(errorsOfStage(s -> s
        .touchpoint("booking-form", "Form", Channel.WEB, t -> t.persona("q"))
        .painPoint(Item.builder("Slow").touchpoint("bookng-form").persona("busy").build())))
        .containsExactly(
            error("stages[0].touchpoints[0].personas[0]", ProblemCode.REFERENCE_UNKNOWN,
                "no persona with id 'q' in this journey; did you mean 'p'?"),
            error("stages[0].painPoints[0].persona", ProblemCode.REFERENCE_UNKNOWN,
                "no persona with id 'busy' in this journey"),
            error("stages[0].painPoints[0].touchpoint", ProblemCode.REFERENCE_UNKNOWN,
                "no touchpoint with id 'bookng-form' in this journey; did you mean"
                    + " 'booking-form'?"));
  }

  @Test
  void acceptsReferencesToTouchpointsOfLaterStages() {
    assertThat(errors(base()
        .stage("a", "A", s -> s.action(Item.builder("x").touchpoint("later").build()))
        .stage("b", "B", s -> s.touchpoint("later", "Later", Channel.SMS)))).isEmpty();
  }

  @Test
  void rejectsEmotionScoresOutsideTheRange() {
    assertThat(errorsOfStage(s -> s.emotion(2.5)
        .touchpoint("t", "T", Channel.WEB, t -> t.emotion(-3, "Furious"))))
        .containsExactly(
            error("stages[0].touchpoints[0].emotion.score", ProblemCode.EMOTION_RANGE,
                "score -3 is outside -2 (very negative) to 2 (very positive)"),
            error("stages[0].emotion.score", ProblemCode.EMOTION_RANGE,
                "score 2.5 is outside -2 (very negative) to 2 (very positive)"));
    assertThat(errorsOfStage(s -> s.emotion(-2).touchpoint("t", "T", Channel.WEB,
        t -> t.emotion(2)))).isEmpty();
  }

  @Test
  void rejectsNumbersThatAreNotFinite() {
    assertThat(errorsOfStage(s -> s.emotion(Double.NaN)
        .kpi("k", Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)))
        .containsExactly(
            error("stages[0].emotion.score", ProblemCode.NUMBER_NOT_FINITE,
                "must be a finite number, not NaN"),
            error("stages[0].kpis[0].value", ProblemCode.NUMBER_NOT_FINITE,
                "must be a finite number, not Infinity"),
            error("stages[0].kpis[0].target", ProblemCode.NUMBER_NOT_FINITE,
                "must be a finite number, not -Infinity"));
  }

  @Test
  void rejectsInconsistentFunnels() {
    assertThat(errorsOfStage(s -> s.funnel(10, 11))).containsExactly(
        error("stages[0].funnel.completed", ProblemCode.FUNNEL_INCONSISTENT,
            "completed (11) cannot be more than entered (10)"));
    assertThat(errorsOfStage(s -> s.funnel(-1, -2))).containsExactly(
        error("stages[0].funnel.entered", ProblemCode.FUNNEL_INCONSISTENT,
            "entered must be 0 or more, not -1"),
        error("stages[0].funnel.completed", ProblemCode.FUNNEL_INCONSISTENT,
            "completed must be 0 or more, not -2"));
    assertThat(errorsOfStage(s -> s.funnel(0, 0))).isEmpty();
  }

  @Test
  void acceptsOnlyAbsoluteHttpHttpsAndMailtoLinks() {
    assertThat(errorsOfStage(s -> s
        .touchpoint("t1", "T", Channel.WEB, t -> t.url("https://example.com/a?b=c"))
        .touchpoint("t2", "T", Channel.WEB, t -> t.url("HTTP://example.com"))
        .touchpoint("t3", "T", Channel.EMAIL, t -> t.url("mailto:help@example.com"))
        .touchpoint("t4", "T", Channel.WEB, t -> t.url("javascript:alert(1)"))
        .touchpoint("t5", "T", Channel.WEB, t -> t.url("/relative/path"))
        .touchpoint("t6", "T", Channel.WEB, t -> t.url("https:///no-host"))
        .touchpoint("t7", "T", Channel.WEB, t -> t.url("https://exa mple.com"))))
        .containsExactly(
            error("stages[0].touchpoints[3].url", ProblemCode.URL_INVALID,
                "'javascript:alert(1)' is not an absolute http, https or mailto link"),
            error("stages[0].touchpoints[4].url", ProblemCode.URL_INVALID,
                "'/relative/path' is not an absolute http, https or mailto link"),
            error("stages[0].touchpoints[5].url", ProblemCode.URL_INVALID,
                "'https:///no-host' is not an absolute http, https or mailto link"),
            error("stages[0].touchpoints[6].url", ProblemCode.URL_INVALID,
                "'https://exa mple.com' is not a valid URI: Illegal character in authority"));
  }

  @Test
  void rejectsTextsLongerThanTheLimit() {
    String tooLong = "x".repeat(JourneyValidator.MAX_TEXT_LENGTH + 1);
    String longest = "x".repeat(JourneyValidator.MAX_TEXT_LENGTH);
    String message = "text of 2001 characters is longer than the 2000 allowed";
    assertThat(errors(base().description(tooLong).goal(longest)
        .persona("q", "Q", p -> p.quote(tooLong).attribute("k", tooLong))
        .stage("a", "A", s -> s.action(tooLong)
            .painPoint(Item.builder("x").source(tooLong).build())
            .kpi("k", k -> k.unit(tooLong)))))
        .containsExactly(
            error("description", ProblemCode.TEXT_TOO_LONG, message),
            error("personas[1].quote", ProblemCode.TEXT_TOO_LONG, message),
            error("personas[1].attributes.k", ProblemCode.TEXT_TOO_LONG, message),
            error("stages[0].actions[0]", ProblemCode.TEXT_TOO_LONG, message),
            error("stages[0].painPoints[0].source", ProblemCode.TEXT_TOO_LONG, message),
            error("stages[0].kpis[0].unit", ProblemCode.TEXT_TOO_LONG, message));
  }

  @Test
  void requiresTheTextOfEveryItemAndListEntry() {
    assertThat(errors(base()
        .persona("q", "Q", p -> p.goal(" ").frustration("").attribute(" ", "v"))
        .stage("a", "A", s -> s.action("")
            .question(Item.builder(" ").evidence(Evidence.ANALYTICAL).build())
            .kpi(Kpi.builder("").build()))))
        .containsExactly(
            error("personas[1].goals[0]", ProblemCode.REQUIRED, "a text is required here"),
            error("personas[1].frustrations[0]", ProblemCode.REQUIRED,
                "a text is required here"),
            error("personas[1].attributes", ProblemCode.REQUIRED, "an attribute needs a name"),
            error("stages[0].actions[0]", ProblemCode.REQUIRED, "a text is required here"),
            error("stages[0].questions[0].text", ProblemCode.REQUIRED, "a text is required here"),
            error("stages[0].kpis[0].name", ProblemCode.REQUIRED, "a text is required here"));
  }

  @Test
  void rejectsMalformedLocales() {
    assertThat(errors(base().locale("en_US!").stage("a", "A", s -> s.action("x"))))
        .containsExactly(error("locale", ProblemCode.LOCALE_INVALID,
            "'en_US!' is not a BCP 47 language tag such as 'en' or 'fr-CA'"));
    assertThat(errors(base().locale(" ").stage("a", "A", s -> s.action("x"))))
        .containsExactly(error("locale", ProblemCode.LOCALE_INVALID,
            "an empty locale; leave the field out, or give a tag such as 'en'"));
    assertThat(errors(base().locale("fr-CA").stage("a", "A", s -> s.action("x")))).isEmpty();
  }

  @Test
  void warnsOfAJourneyWithoutGoalOrPersona() {
    ValidationReport report = report(Journey.builder("T").stage("a", "A", s -> s.action("x")));
    assertThat(report.isValid()).isTrue();
    assertThat(report.warnings()).containsExactly(
        Problem.warning("goal", ProblemCode.NO_GOAL,
            "the journey has no goal; say which business objective it serves"),
        Problem.warning("personas", ProblemCode.NO_PERSONA,
            "the journey has no persona; say whose journey this is"));
  }

  @Test
  void warnsOfAnEmptyStageAndOfAStageOfAssumptionsOnly() {
    ValidationReport report = report(base()
        .stage("empty", "Empty", s -> s.description("Only a description"))
        .stage("guess", "Guess", s -> s.action("x", Evidence.ASSUMPTION)
            .painPoint("y", Evidence.ASSUMPTION))
        .stage("mixed", "Mixed", s -> s.action("x", Evidence.ASSUMPTION).action("y")));
    assertThat(report.isValid()).isTrue();
    assertThat(report.warnings()).containsExactly(
        Problem.warning("stages[0]", ProblemCode.EMPTY_STAGE, "stage 'empty' has no content"),
        Problem.warning("stages[1]", ProblemCode.ONLY_ASSUMPTIONS, "every insight of stage"
            + " 'guess' is an assumption; back it with research before acting on it"));
  }

  @Test
  void acceptsFiveHundredStagesAndTenThousandTouchpoints() {
    Journey.Builder journey = base();
    for (int i = 0; i < 500; i++) {
      Stage.Builder stage = Stage.builder("s" + i, "Stage " + i);
      for (int j = 0; j < 20; j++) {
        stage.touchpoint("t" + i + "-" + j, "Touchpoint", Channel.values()[j % 15]);
      }
      journey.stage(stage.build());
    }
    Journey built = journey.build();
    assertThat(built.stages()).hasSize(500);
    assertThat(built.touchpoints()).hasSize(10_000);
  }

  @Test
  void refusesMoreStagesThanTheLimit() {
    Journey.Builder journey = base();
    for (int i = 0; i <= JourneyValidator.MAX_STAGES; i++) {
      journey.stage("s" + i, "S", s -> s.action("x"));
    }
    assertThat(errors(journey)).containsExactly(error("stages", ProblemCode.LIMIT_EXCEEDED,
        "2001 stages is more than the 2000 a journey may hold"));
  }

  @Test
  void refusesMoreTouchpointsThanTheLimit() {
    Stage.Builder stage = Stage.builder("a", "A");
    for (int i = 0; i <= JourneyValidator.MAX_TOUCHPOINTS; i++) {
      stage.touchpoint(Touchpoint.of("t" + i, "T", Channel.WEB));
    }
    assertThat(errors(base().stage(stage.build()))).containsExactly(
        error("stages", ProblemCode.LIMIT_EXCEEDED,
            "50001 touchpoints is more than the 50000 a journey may hold"));
  }

  @Test
  void refusesMorePersonasThanTheLimit() {
    Journey.Builder journey = base();
    for (int i = 0; i < JourneyValidator.MAX_PERSONAS; i++) {
      journey.persona(Persona.of("q" + i, "Q"));
    }
    assertThat(errors(journey.stage("a", "A", s -> s.action("x")))).containsExactly(
        error("personas", ProblemCode.LIMIT_EXCEEDED,
            "1001 personas is more than the 1000 a journey may hold"));
  }

  @Test
  void refusesMoreListEntriesThanTheLimit() {
    Stage.Builder stage = Stage.builder("a", "A");
    Moment[] moments = new Moment[JourneyValidator.MAX_ENTRIES + 1];
    java.util.Arrays.fill(moments, Moment.I_WANT_TO_DO);
    stage.moment(moments);
    assertThat(errors(base().stage(stage.build()))).containsExactly(
        error("", ProblemCode.LIMIT_EXCEEDED,
            "500001 list entries is more than the 500000 a journey may hold"));
  }

  @Test
  void refusesLinksThatHideWhatTheyOpen() {
    assertThat(errorsOfStage(s -> s
        .touchpoint("t1", "T", Channel.WEB, t -> t.url("https://example.com/\u202egpj.exe"))
        .touchpoint("t2", "T", Channel.WEB, t -> t.url("https://pay\u200bpal.com/"))
        .touchpoint("t3", "T", Channel.WEB, t -> t.url("https://example.com/\u2066x"))
        .touchpoint("t4", "T", Channel.WEB, t -> t.url("https://example.com\ufeff/"))
        .touchpoint("t5", "T", Channel.WEB, t -> t.url("https://example.com:99999/"))
        .touchpoint("t6", "T", Channel.WEB, t -> t.url("https://example.com:65535/"))))
        .containsExactly(
            error("stages[0].touchpoints[0].url", ProblemCode.URL_INVALID,
                "'https://example.com/\\u202egpj.exe' holds the direction-changing character"
                    + " U+202E at index 20; a link must show what it opens"),
            error("stages[0].touchpoints[1].url", ProblemCode.URL_INVALID,
                "'https://pay\\u200bpal.com/' holds the invisible character U+200B at index 11;"
                    + " a link must show what it opens"),
            error("stages[0].touchpoints[2].url", ProblemCode.URL_INVALID,
                "'https://example.com/\\u2066x' holds the direction-changing character U+2066"
                    + " at index 20; a link must show what it opens"),
            error("stages[0].touchpoints[3].url", ProblemCode.URL_INVALID,
                "'https://example.com\\ufeff/' holds the invisible character U+FEFF at index 19;"
                    + " a link must show what it opens"),
            error("stages[0].touchpoints[4].url", ProblemCode.URL_INVALID,
                "'https://example.com:99999/' has port 99999; a port is at most 65535"));
  }

  @Test
  void quotesTheDocumentsTextWithTerminalControlsEscaped() {
    // the model strips a final line feed; the CR returns to the start of the line
    String hostile = "x\u001b[2K\rjourney.json: all good\u202e";
    assertThat(errors(base()
        .persona("p\u001b", "Q")
        .stage("a", "A", s -> s
            .touchpoint("t", "T", Channel.WEB, t -> t.persona("p\u001b[").url(hostile))
            .action(Item.builder("x").touchpoint(hostile).build()))))
        .containsExactly(
            error("personas[1].id", ProblemCode.ID_SYNTAX, "'p\\u001b'" + ID_RULE),
            error("stages[0].actions[0].touchpoint", ProblemCode.REFERENCE_UNKNOWN,
                "no touchpoint with id 'x\\u001b[2K\\u000djourney.json: all good\\u202e'"
                    + " in this journey"),
            error("stages[0].touchpoints[0].url", ProblemCode.URL_INVALID,
                "'x\\u001b[2K\\u000djourney.json: all good\\u202e' holds the"
                    + " direction-changing character U+202E at index 28; a link must show what"
                    + " it opens"),
            error("stages[0].touchpoints[0].personas[0]", ProblemCode.REFERENCE_UNKNOWN,
                "no persona with id 'p\\u001b[' in this journey; did you mean 'p\\u001b'?"));
  }

  @Test
  void buildingThrowsWithTheWholeReport() {
    assertThatThrownBy(() -> base().stage("a", "A", s -> s.emotion(5)).stage("a", "B",
        s -> s.action("x")).build())
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessage("invalid journey, 2 errors:\n"
            + "  stages[1].id: duplicate stage id 'a' (first used at stages[0].id)\n"
            + "  stages[0].emotion.score: score 5 is outside -2 (very negative) to 2 (very"
            + " positive)");
  }
}
