package dev.journeymap.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Emotion;
import dev.journeymap.core.Evidence;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.JourneyState;
import dev.journeymap.core.Kpi;
import dev.journeymap.core.Moment;
import dev.journeymap.core.Persona;
import dev.journeymap.core.Stage;
import dev.journeymap.core.Touchpoint;
import dev.journeymap.core.io.AtomicFiles;
import dev.journeymap.core.validation.InvalidJourneyException;
import dev.journeymap.core.validation.JourneyValidator;
import dev.journeymap.core.validation.Problem;
import dev.journeymap.core.validation.ProblemCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneyJsonTest {
  private static final String CHANNELS = "WEB, MOBILE_APP, EMAIL, SMS, PUSH, PHONE, CHAT, SOCIAL,"
      + " IN_PERSON, MAIL, SEARCH, ADVERTISING, REVIEWS, WORD_OF_MOUTH, OTHER";
  private static final String STAGE = "{\"id\": \"a\", \"name\": \"A\", \"actions\": [\"Act\"]}";

  /** A valid document (no warnings either) whose stages are {@code stages}. */
  private static String withStages(String... stages) {
    return "{\"format\": 1, \"title\": \"T\", \"goal\": \"G\",\n"
        + " \"personas\": [{\"id\": \"p\", \"name\": \"P\"}],\n"
        + " \"stages\": [" + String.join(", ", stages) + "]}";
  }

  private static String withStage(String stage) {
    return withStages(stage);
  }

  /** Every problem of a document that must be refused. */
  private static List<Problem> problems(String json) {
    try {
      Journey journey = JourneyJson.read(json);
      throw new AssertionError("expected a refusal, but read " + journey);
    } catch (InvalidJourneyException e) {
      return e.report().problems();
    }
  }

  private static Problem error(String path, ProblemCode code, String message) {
    return Problem.error(path, code, message);
  }

  // ---- reading valid documents

  @Test
  void readsEveryFieldOfTheFormatDocumentExample() {
    Journey expected = Journey.builder("Booking a junk removal")
        .id("junk-removal-booking")
        .description("A homeowner finds, books and reviews a junk-removal service.")
        .goal("Increase the number of booked jobs")
        .state(JourneyState.CURRENT)
        .locale("en")
        .persona("busy-homeowner", "Busy homeowner", p -> p
            .description("Works during the day, books from a phone in the evening.")
            .goal("Get rid of old furniture this weekend")
            .frustration("Cannot be at home on weekdays")
            .quote("Just tell me when you can come.")
            .attribute("age", "35-50")
            .attribute("device", "mobile"))
        .stage("awareness", "Awareness", s -> s
            .description("First learns that the service exists.")
            .customerGoal("Find someone who can take it all")
            .action("Searches 'junk removal near me'")
            .action("Asks neighbours")
            .question("Who can come quickly?")
            .touchpoint("search-ad", "Search ad", Channel.SEARCH, t -> t.owner("Marketing"))
            .touchpoint("referral", "Neighbour's recommendation", Channel.WORD_OF_MOUTH)
            .emotion(0, "Hopeful but unsure")
            .painPoint(Item.builder("Too many look-alike ads").evidence(Evidence.ANECDOTAL)
                .source("Customer interviews, May").build())
            .opportunity("Show real reviews in the ad")
            .kpi("Digital impressions", 120000, 150000)
            .moment(Moment.I_WANT_TO_KNOW))
        .stage("purchase", "Purchase", s -> s
            .action("Books online")
            .touchpoint("booking-form", "Online booking form", Channel.WEB, t -> t
                .emotion(-1, "Annoyed")
                .url("https://example.com/book"))
            .emotion(1, "Relieved")
            .painPoint(Item.builder("No evening time slots").evidence(Evidence.ANALYTICAL)
                .source("Booking-form drop-off analytics").touchpoint("booking-form").build())
            .funnel(1000, 420))
        .build();

    assertThat(JourneyJson.read(TestDocuments.text(TestDocuments.FORMAT_EXAMPLE)))
        .isEqualTo(expected);
  }

  @Test
  void readsTheFieldsTheExampleLeavesOutAndStripsWhiteSpace() {
    String json = """
        {
          "format": 1,
          "title": "  Spaced title\\t",
          "state": "FUTURE",
          "personas": [ { "id": " p1 ", "name": "One", "attributes": { "z": "last", " a ": "first " } } ],
          "stages": [ {
            "id": "s",
            "name": "S",
            "questions": [ { "text": "Why?", "evidence": "ASSUMPTION", "persona": "p1" } ],
            "touchpoints": [ { "id": "t", "name": "T", "channel": "EMAIL", "description": "Mail",
                               "emotion": { "score": 0.25 }, "personas": ["p1"] } ],
            "kpis": [ { "name": "Calls", "value": 92.5, "unit": "calls/week" }, { "name": "Bare" } ],
            "funnel": { "entered": 1e3, "completed": 0 },
            "moments": ["I_WANT_TO_GO", "I_WANT_TO_BUY"]
          } ]
        }
        """;

    Journey expected = Journey.builder("Spaced title")
        .state(JourneyState.FUTURE)
        .persona(Persona.builder("p1", "One").attribute("z", "last").attribute("a", "first")
            .build())
        .stage(Stage.builder("s", "S")
            .question(Item.builder("Why?").evidence(Evidence.ASSUMPTION).persona("p1").build())
            .touchpoint(Touchpoint.builder("t", "T", Channel.EMAIL).description("Mail")
                .emotion(Emotion.of(0.25)).persona("p1").build())
            .kpi("Calls", k -> k.value(92.5).unit("calls/week"))
            .kpi(Kpi.builder("Bare").build())
            .funnel(1000, 0)
            .moment(Moment.I_WANT_TO_GO, Moment.I_WANT_TO_BUY)
            .build())
        .build();

    Journey read = JourneyJson.read(json);
    assertThat(read).isEqualTo(expected);
    assertThat(read.personas().get(0).attributes().keySet()).containsExactly("z", "a");
  }

  @Test
  void readsTheSameJourneyFromEverySource(@TempDir Path dir) throws IOException {
    String json = TestDocuments.text(TestDocuments.FORMAT_EXAMPLE);
    Path file = dir.resolve("example.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    InputStream bytes = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));

    Journey fromString = JourneyJson.read(json);
    assertThat(JourneyJson.read(new StringReader(json))).isEqualTo(fromString);
    assertThat(JourneyJson.read(bytes)).isEqualTo(fromString);
    assertThat(JourneyJson.read(file)).isEqualTo(fromString);
  }

  @Test
  void readsTextOutsideAsciiFromUtf8Bytes() throws IOException {
    String json = withStage("{\"id\": \"a\", \"name\": \"Réservation 預約 😀\"}");
    Journey journey = JourneyJson.read(new ByteArrayInputStream(
        json.getBytes(StandardCharsets.UTF_8)));
    assertThat(journey.stages().get(0).name()).isEqualTo("Réservation 預約 😀");
  }

  @Test
  void doesNotCloseTheStreamItReads() throws IOException {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(withStage(STAGE).getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    JourneyJson.read(in);
    assertThat(closed[0]).isFalse();
  }

  @Test
  void reportsAMissingFileAsAnIoException(@TempDir Path dir) {
    assertThatThrownBy(() -> JourneyJson.read(dir.resolve("missing.json")))
        .isInstanceOf(java.nio.file.NoSuchFileException.class);
  }

  // ---- problems of well-formed documents

  @Test
  void rejectsAnUnknownFieldSuggestingTheClosestOne() {
    assertThat(problems("{\"format\": 1, \"titel\": \"T\", \"goal\": \"G\","
        + " \"personas\": [{\"id\": \"p\", \"name\": \"P\"}], \"stages\": [" + STAGE + "]}"))
        .containsExactly(
            error("titel", ProblemCode.JSON_UNKNOWN_FIELD,
                "unknown field 'titel'; did you mean 'title'?"),
            error("title", ProblemCode.REQUIRED, "a text is required here"));
  }

  @Test
  void rejectsAnUnknownFieldListingTheKnownOnesWhenNoneIsClose() {
    assertThat(problems(withStage("{\"id\": \"a\", \"name\": \"A\", \"colour\": \"red\"}")))
        .containsExactly(error("stages[0].colour", ProblemCode.JSON_UNKNOWN_FIELD,
            "unknown field 'colour'; known fields: id, name, description, customerGoals,"
                + " actions, questions, touchpoints, emotion, emotions, painPoints, opportunities,"
                + " kpis, funnel, moments, lanes, evidence, frontstage, backstage, support,"
                + " steps"),
            Problem.warning("stages[0]", ProblemCode.EMPTY_STAGE, "stage 'a' has no content"));
  }

  @Test
  void rejectsUnknownFieldsInEveryKindOfObject() {
    String json = """
        {"format": 1, "title": "T", "goal": "G",
         "personas": [{"id": "p", "name": "P", "quotes": "q"}],
         "stages": [{"id": "a", "name": "A",
           "actions": [{"text": "x", "evidense": "ANALYTICAL"}],
           "touchpoints": [{"id": "t", "name": "T", "channel": "WEB", "url2": "x",
                            "emotion": {"score": 1, "lable": "x"}}],
           "kpis": [{"name": "k", "valeu": 1}],
           "funnel": {"entered": 1, "completed": 1, "dropped": 0}}]}
        """;
    assertThat(problems(json)).extracting(Problem::toString).containsExactly(
        "personas[0].quotes: unknown field 'quotes'; did you mean 'quote'?",
        "stages[0].actions[0].evidense: unknown field 'evidense'; did you mean 'evidence'?",
        "stages[0].touchpoints[0].url2: unknown field 'url2'; did you mean 'url'?",
        "stages[0].touchpoints[0].emotion.lable: unknown field 'lable'; did you mean 'label'?",
        "stages[0].kpis[0].valeu: unknown field 'valeu'; did you mean 'value'?",
        "stages[0].funnel.dropped: unknown field 'dropped'; known fields: entered, completed");
  }

  @Test
  void rejectsAStringWhereANumberBelongs() {
    assertThat(problems(withStage(
        "{\"id\": \"a\", \"name\": \"A\", \"emotion\": {\"score\": \"high\"}}")))
        .containsExactly(error("stages[0].emotion.score", ProblemCode.JSON_WRONG_TYPE,
            "expected a number, found a string"));
  }

  @Test
  void rejectsNullAsAWrongTypeWithoutTheWarningItsAbsenceWouldCause() {
    assertThat(problems("{\"format\": 1, \"title\": \"T\", \"goal\": null,"
        + " \"personas\": [{\"id\": \"p\", \"name\": \"P\"}], \"stages\": [" + STAGE + "]}"))
        .containsExactly(
            error("goal", ProblemCode.JSON_WRONG_TYPE, "expected a string, found null"));
  }

  @Test
  void namesTheExpectedAndFoundTypeOfEveryKind() {
    String json = """
        {"format": 1, "title": "T", "goal": "G", "personas": {"id": "p"},
         "stages": [{"id": "a", "name": true, "actions": [1.5, ["x"], {"text": "ok"}],
                     "touchpoints": ["t"], "emotion": [], "kpis": [{"name": "k", "value": "9"}],
                     "funnel": 3, "moments": [false]}]}
        """;
    assertThat(problems(json)).containsExactly(
        error("personas", ProblemCode.JSON_WRONG_TYPE, "expected an array, found an object"),
        error("stages[0].name", ProblemCode.JSON_WRONG_TYPE, "expected a string, found a boolean"),
        error("stages[0].actions[0]", ProblemCode.JSON_WRONG_TYPE,
            "expected a string or an object, found a number"),
        error("stages[0].actions[1]", ProblemCode.JSON_WRONG_TYPE,
            "expected a string or an object, found an array"),
        error("stages[0].touchpoints[0]", ProblemCode.JSON_WRONG_TYPE,
            "expected an object, found a string"),
        error("stages[0].emotion", ProblemCode.JSON_WRONG_TYPE,
            "expected an object, found an array"),
        error("stages[0].kpis[0].value", ProblemCode.JSON_WRONG_TYPE,
            "expected a number, found a string"),
        error("stages[0].funnel", ProblemCode.JSON_WRONG_TYPE,
            "expected an object, found a number"),
        error("stages[0].moments[0]", ProblemCode.JSON_WRONG_TYPE,
            "expected a string, found a boolean"));
  }

  @Test
  void rejectsADocumentThatIsNotAnObject() {
    assertThat(problems("[]")).containsExactly(
        error("", ProblemCode.JSON_WRONG_TYPE, "expected an object, found an array"));
    assertThat(problems("\"journey\"")).containsExactly(
        error("", ProblemCode.JSON_WRONG_TYPE, "expected an object, found a string"));
  }

  @Test
  void requiresFunnelCountsToBeWholeNumbers() {
    assertThat(problems(withStage("{\"id\": \"a\", \"name\": \"A\","
        + " \"funnel\": {\"entered\": 10.5, \"completed\": \"3\"}}")))
        .containsExactly(
            error("stages[0].funnel.entered", ProblemCode.JSON_WRONG_TYPE,
                "expected a whole number, found 10.5"),
            error("stages[0].funnel.completed", ProblemCode.JSON_WRONG_TYPE,
                "expected a whole number, found a string"));
    assertThat(problems(withStage("{\"id\": \"a\", \"name\": \"A\","
        + " \"funnel\": {\"entered\": 99999999999999999999, \"completed\": 1}}")))
        .containsExactly(error("stages[0].funnel.entered", ProblemCode.JSON_WRONG_TYPE,
            "expected a whole number of at most 9223372036854775807,"
                + " found 99999999999999999999"));
  }

  @Test
  void leavesFunnelConsistencyToTheValidator() {
    assertThat(problems(withStage("{\"id\": \"a\", \"name\": \"A\","
        + " \"funnel\": {\"entered\": 5, \"completed\": 6}}")))
        .containsExactly(error("stages[0].funnel.completed", ProblemCode.FUNNEL_INCONSISTENT,
            "completed (6) cannot be more than entered (5)"));
  }

  @Test
  void rejectsAMisspelledChannelSuggestingTheClosestName() {
    assertThat(problems(withStage("{\"id\": \"a\", \"name\": \"A\","
        + " \"touchpoints\": [{\"id\": \"t\", \"name\": \"T\", \"channel\": \"EMIAL\"}]}")))
        .containsExactly(error("stages[0].touchpoints[0].channel", ProblemCode.UNKNOWN_VALUE,
            "unknown channel 'EMIAL'; did you mean EMAIL? (one of " + CHANNELS + ")"));
  }

  @Test
  void rejectsValueNamesInTheWrongCaseOrFarFromAnyName() {
    String json = """
        {"format": 1, "title": "T", "goal": "G", "state": "PAST",
         "personas": [{"id": "p", "name": "P"}],
         "stages": [{"id": "a", "name": "A",
                     "actions": [{"text": "x", "evidence": "anecdotal"}],
                     "touchpoints": [{"id": "t", "name": "T", "channel": "fax"}],
                     "moments": ["I_WANT_TO_SEE"]}]}
        """;
    assertThat(problems(json)).extracting(Problem::toString).containsExactly(
        "state: unknown state 'PAST' (one of CURRENT, FUTURE)",
        "stages[0].actions[0].evidence: unknown evidence 'anecdotal'; did you mean ANECDOTAL?"
            + " (one of ANALYTICAL, ANECDOTAL, ASSUMPTION)",
        "stages[0].touchpoints[0].channel: unknown channel 'fax' (one of " + CHANNELS + ")",
        "stages[0].moments[0]: unknown moment 'I_WANT_TO_SEE'; did you mean I_WANT_TO_GO?"
            + " (one of I_WANT_TO_KNOW, I_WANT_TO_GO, I_WANT_TO_DO, I_WANT_TO_BUY)");
  }

  @Test
  void requiresTheFormatVersion() {
    assertThat(problems("{\"title\": \"T\", \"goal\": \"G\","
        + " \"personas\": [{\"id\": \"p\", \"name\": \"P\"}], \"stages\": [" + STAGE + "]}"))
        .containsExactly(error("format", ProblemCode.REQUIRED,
            "the format version is required; add \"format\": 1"));
    assertThat(problems("{\"format\": \"1\", \"title\": \"T\", \"goal\": \"G\","
        + " \"personas\": [{\"id\": \"p\", \"name\": \"P\"}], \"stages\": [" + STAGE + "]}"))
        .containsExactly(error("format", ProblemCode.JSON_WRONG_TYPE,
            "expected a number, found a string"));
  }

  @Test
  void refusesAnotherFormatWithThatProblemAlone() {
    assertThat(problems("{\"format\": 2, \"title\": \"T\", \"newField\": true, \"stages\": []}"))
        .containsExactly(error("format", ProblemCode.FORMAT_UNSUPPORTED,
            "format 2 is not supported; this library reads format 1"));
  }

  @Test
  void reportsMissingRequiredFieldsAtTheirPaths() {
    String json = """
        {"format": 1, "goal": "G", "personas": [{"name": "P"}],
         "stages": [{"actions": [{"evidence": "ANALYTICAL"}],
                     "touchpoints": [{"id": "t", "name": "T"}],
                     "emotion": {"label": "calm"},
                     "kpis": [{"unit": "%"}],
                     "funnel": {}}]}
        """;
    assertThat(problems(json)).containsExactly(
        error("stages[0].touchpoints[0].channel", ProblemCode.REQUIRED,
            "a channel is required (one of " + CHANNELS + ")"),
        error("stages[0].emotion.score", ProblemCode.REQUIRED,
            "a score is required, from -2 (very negative) to 2 (very positive)"),
        error("stages[0].funnel.entered", ProblemCode.REQUIRED,
            "a whole number is required here"),
        error("stages[0].funnel.completed", ProblemCode.REQUIRED,
            "a whole number is required here"),
        error("title", ProblemCode.REQUIRED, "a text is required here"),
        error("personas[0].id", ProblemCode.REQUIRED, "an id is required"),
        error("stages[0].id", ProblemCode.REQUIRED, "an id is required"),
        error("stages[0].name", ProblemCode.REQUIRED, "a text is required here"),
        error("stages[0].actions[0].text", ProblemCode.REQUIRED, "a text is required here"),
        error("stages[0].kpis[0].name", ProblemCode.REQUIRED, "a text is required here"));
  }

  @Test
  void requiresAtLeastOneStage() {
    assertThat(problems("{\"format\": 1, \"title\": \"T\", \"goal\": \"G\","
        + " \"personas\": [{\"id\": \"p\", \"name\": \"P\"}]}"))
        .containsExactly(error("stages", ProblemCode.REQUIRED,
            "a journey needs at least one stage"));
  }

  @Test
  void keepsThePathsOfLaterElementsWhenAnEarlierOneHasTheWrongType() {
    assertThat(problems(withStages("\"oops\"",
        "{\"id\": \"b\", \"name\": \"B\", \"emotion\": {\"score\": 5}}")))
        .containsExactly(
            error("stages[0]", ProblemCode.JSON_WRONG_TYPE, "expected an object, found a string"),
            error("stages[1].emotion.score", ProblemCode.EMOTION_RANGE,
                "score 5 is outside -2 (very negative) to 2 (very positive)"));
  }

  @Test
  void reportsReferencesToUnknownTouchpointsWithASuggestion() {
    assertThat(problems(withStage("{\"id\": \"a\", \"name\": \"A\","
        + " \"touchpoints\": [{\"id\": \"booking-form\", \"name\": \"Form\", \"channel\": \"WEB\"}],"
        + " \"painPoints\": [{\"text\": \"Slow\", \"touchpoint\": \"bookng-form\"}]}")))
        .containsExactly(error("stages[0].painPoints[0].touchpoint",
            ProblemCode.REFERENCE_UNKNOWN,
            "no touchpoint with id 'bookng-form' in this journey; did you mean 'booking-form'?"));
  }

  @Test
  void rejectsPersonaAttributesThatAreNotTextOrRepeatAfterStripping() {
    assertThat(problems("{\"format\": 1, \"title\": \"T\", \"goal\": \"G\", \"personas\": [{\"id\":"
        + " \"p\", \"name\": \"P\", \"attributes\": {\"age\": 40, \"device\": \"phone\","
        + " \" device \": \"tablet\"}}], \"stages\": [" + STAGE + "]}"))
        .containsExactly(
            error("personas[0].attributes.age", ProblemCode.JSON_WRONG_TYPE,
                "expected a string, found a number"),
            error("personas[0].attributes[\" device \"]", ProblemCode.ID_DUPLICATE,
                "duplicate attribute 'device' (names are compared without surrounding spaces)"));
  }

  @Test
  void reportsEveryProblemOfTheDocumentTogetherWithTheWarnings() {
    String json = """
        {
          "format": 1,
          "titel": "Booking",
          "stages": [
            {"id": "Awareness", "name": "Awareness",
             "touchpoints": [{"id": "ad", "name": "Ad", "channel": "SERACH"}],
             "emotion": {"score": "high"}},
            {"id": "awareness", "name": "Again",
             "touchpoints": [{"id": "ad", "name": "Ad again", "channel": "WEB",
                              "url": "javascript:alert(1)"}],
             "painPoints": [{"text": "Slow", "evidence": "ASSUMPTION", "persona": "nobody"}],
             "funnel": {"entered": 10, "completed": 11}}
          ]
        }
        """;
    assertThat(problems(json)).extracting(p -> p.severity() + " " + p).containsExactly(
        "ERROR titel: unknown field 'titel'; did you mean 'title'?",
        "ERROR stages[0].touchpoints[0].channel: unknown channel 'SERACH'; did you mean SEARCH?"
            + " (one of " + CHANNELS + ")",
        "ERROR stages[0].emotion.score: expected a number, found a string",
        "ERROR title: a text is required here",
        "ERROR stages[1].touchpoints[0].id: duplicate touchpoint id 'ad' (first used at"
            + " stages[0].touchpoints[0].id)",
        "ERROR stages[0].id: 'Awareness' is not a valid id: use 1 to 64 characters of a-z, 0-9,"
            + " '-' and '_', starting with a letter or digit",
        "ERROR stages[1].touchpoints[0].url: 'javascript:alert(1)' is not an absolute http,"
            + " https or mailto link",
        "ERROR stages[1].painPoints[0].persona: no persona with id 'nobody' in this journey",
        "ERROR stages[1].funnel.completed: completed (11) cannot be more than entered (10)",
        "WARNING goal: the journey has no goal; say which business objective it serves",
        "WARNING personas: the journey has no persona; say whose journey this is",
        "WARNING stages[1]: every insight of stage 'awareness' is an assumption; back it with"
            + " research before acting on it");
  }

  @Test
  void namesEveryErrorInTheExceptionMessage() {
    assertThatThrownBy(() -> JourneyJson.read(withStage(
        "{\"id\": \"a\", \"name\": \"A\", \"emotion\": {\"score\": \"high\"}}")))
        .isInstanceOf(InvalidJourneyException.class)
        .hasMessage("invalid journey, 1 error:\n"
            + "  stages[0].emotion.score: expected a number, found a string");
  }

  // ---- malformed JSON

  @Test
  void reportsTheLineAndColumnOfMalformedJson() {
    assertThat(problems("{\n  \"format\": 1,\n  \"title\": }")).containsExactly(
        error("", ProblemCode.JSON_MALFORMED, "malformed JSON at line 3, column 12: unexpected"
            + " character ('}' (code 125)): expected a valid value (JSON String, Number, Array,"
            + " Object or token 'null', 'true' or 'false')"));
  }

  @Test
  void reportsAnEmptyDocumentAsMalformed() {
    Problem empty = error("", ProblemCode.JSON_MALFORMED,
        "malformed JSON at line 1, column 1: the document is empty; expected a journey object");
    assertThat(problems("")).containsExactly(empty);
    assertThat(problems("  \n ")).containsExactly(empty);
  }

  @Test
  void reportsContentAfterTheJourneyAsMalformed() {
    assertThat(problems(withStage(STAGE) + "\n{}")).containsExactly(
        error("", ProblemCode.JSON_MALFORMED, "malformed JSON at line 4, column 1:"
            + " unexpected content after the end of the journey object"));
  }

  @Test
  void reportsAFieldGivenTwiceAsMalformed() {
    assertThat(problems("{\"format\": 1, \"title\": \"T\", \"title\": \"U\"}")).containsExactly(
        error("", ProblemCode.JSON_MALFORMED,
            "malformed JSON at line 1, column 36: duplicate field 'title'"));
  }

  @Test
  void reportsAnUnclosedDocumentAsMalformed() {
    assertThat(problems("{\"format\": 1, \"stages\": [")).containsExactly(
        error("", ProblemCode.JSON_MALFORMED, "malformed JSON at line 1, column 26: unexpected"
            + " end-of-input: expected close marker for Array (start marker at [line: 1,"
            + " column: 25])"));
  }

  @Test
  void reportsNotANumberAsMalformed() {
    assertThat(problems(withStage("{\"id\": \"a\", \"name\": \"A\", \"emotion\": {\"score\": NaN}}")))
        .extracting(Problem::code).containsExactly(ProblemCode.JSON_MALFORMED);
  }

  @Test
  void reportsInvalidUtf8AsMalformed() {
    byte[] bytes = withStage(STAGE).replace("\"A\"", "\"\u00ff\"")
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> JourneyJson.read(new ByteArrayInputStream(bytes)))
        .isInstanceOfSatisfying(InvalidJourneyException.class, e -> assertThat(
            e.report().problems()).extracting(Problem::code)
            .containsExactly(ProblemCode.JSON_MALFORMED));
  }

  // ---- hostile input

  @Test
  void refusesDeepNestingWithoutOverflowingTheStack() {
    String json = "[".repeat(50_000);
    assertThat(problems(json)).containsExactly(error("", ProblemCode.JSON_MALFORMED,
        "malformed JSON at line 1, column 65: the document nests deeper than the 64 levels"
            + " allowed"));
  }

  @Test
  void refusesDeepNestingInsideAnUnknownField() {
    String json = "{\"format\": 1, \"extra\": " + "{\"a\": ".repeat(100);
    assertThat(problems(json)).extracting(Problem::message).singleElement().asString()
        .endsWith("the document nests deeper than the 64 levels allowed");
  }

  @Test
  void refusesAHugeString() {
    String json = "{\"format\": 1, \"title\": \"" + "x".repeat(10_000_000) + "\"}";
    assertThat(problems(json)).containsExactly(error("", ProblemCode.JSON_MALFORMED,
        "malformed JSON at line 1, column 24: a string is longer than the 1000000 characters"
            + " allowed"));
  }

  @Test
  void refusesAHugeNumber() {
    String json = "{\"format\": 1, \"title\": \"T\", \"stages\": [{\"id\": \"a\", \"name\": \"A\","
        + " \"kpis\": [{\"name\": \"k\", \"value\": " + "9".repeat(5_000) + "}]}]}";
    assertThat(problems(json)).containsExactly(error("", ProblemCode.JSON_MALFORMED,
        "malformed JSON at line 1, column 97: a number is longer than the 100 characters"
            + " allowed"));
  }

  @Test
  void refusesAVeryLongDocumentWithoutReadingItAll() {
    long size = 100L * 1024 * 1024;
    GeneratedDocument in = new GeneratedDocument(size);
    assertThatThrownBy(() -> JourneyJson.read(in))
        .isInstanceOfSatisfying(InvalidJourneyException.class, e -> assertThat(
            e.report().problems()).extracting(Problem::message).singleElement().asString()
            .startsWith("malformed JSON at line 1, column ")
            .endsWith(": the document is longer than the 67108864 bytes allowed"));
    assertThat(in.served).isLessThan(size);
  }

  @Test
  void refusesADocumentOfTooManyTokens() {
    String json = "{\"format\": 1, \"title\": \"T\", \"extra\": ["
        + "0,".repeat(6_000_000) + "0]}";
    assertThat(problems(json)).extracting(Problem::message).singleElement().asString()
        .startsWith("malformed JSON at line 1, column ")
        .endsWith(": the document holds more than the 5000000 JSON tokens allowed");
  }

  @Test
  void stopsReadingListsBeyondTheValidatorsLimits() {
    String stages = IntStream.range(0, 2_001).mapToObj(i -> "{}")
        .collect(Collectors.joining(","));
    assertThat(problems("{\"format\": 1, \"title\": \"T\", \"stages\": [" + stages + "]}"))
        .containsExactly(error("stages", ProblemCode.LIMIT_EXCEEDED,
            "2001 stages is more than the 2000 a journey may hold"));
  }

  @Test
  void readsBackAJourneyAtExactlyTheListEntryLimit() {
    // personas, stages and touchpoints are not list entries: they have limits of their own
    Journey.Builder builder = Journey.builder("T").persona("p", "P").persona("q", "Q");
    int perStage = JourneyValidator.MAX_ENTRIES / 4;
    for (int i = 0; i < 4; i++) {
      Moment[] moments = new Moment[perStage - 1];
      java.util.Arrays.fill(moments, Moment.I_WANT_TO_KNOW);
      builder.stage("s" + i, "S", s -> s.moment(moments)
          .touchpoint("t" + s.build().id(), "T", Channel.WEB, t -> t.persona("p")));
    }
    Journey journey = builder.build();

    assertThat(JourneyJson.read(JourneyJson.write(journey))).isEqualTo(journey);
  }

  @Test
  void refusesOneListEntryMoreWithTheValidatorsMessage() {
    Moment[] moments = new Moment[JourneyValidator.MAX_ENTRIES + 1];
    java.util.Arrays.fill(moments, Moment.I_WANT_TO_KNOW);
    String json = withStage("{\"id\": \"a\", \"name\": \"A\", \"moments\": ["
        + Stream.of(moments).map(m -> "\"" + m + "\"").collect(Collectors.joining(",")) + "]}");
    Problem limit = error("", ProblemCode.LIMIT_EXCEEDED,
        "500001 list entries is more than the 500000 a journey may hold");

    assertThat(problems(json)).containsExactly(limit);
    assertThatThrownBy(() -> Journey.builder("T").stage("a", "A", s -> s.moment(moments)).build())
        .isInstanceOfSatisfying(InvalidJourneyException.class,
            e -> assertThat(e.report().errors()).containsExactly(limit));
  }

  @Test
  void reportsAnUnknownFieldWithAnEmptyNameAtAPathThatShowsIt() {
    assertThat(problems("{\"format\": 1, \"\": 0, \"title\": \"T\", \"goal\": \"G\","
        + " \"personas\": [{\"id\": \"p\", \"name\": \"P\", \"a.b\": 1}], \"stages\": ["
        + STAGE + "]}"))
        .containsExactly(
            error("[\"\"]", ProblemCode.JSON_UNKNOWN_FIELD, "unknown field ''; known fields:"
                + " format, id, title, description, goal, state, locale, personas, lanes, stages,"
                + " links"),
            error("personas[0][\"a.b\"]", ProblemCode.JSON_UNKNOWN_FIELD, "unknown field 'a.b';"
                + " known fields: id, name, description, goals, frustrations, quote, attributes"));
  }

  @Test
  void quotesTheDocumentsTextWithTerminalControlsEscaped() {
    String forged = "\\u001b[2K\\rmap.json: all good\\u202e";
    assertThat(problems("{\"format\": 1, \"title\": \"T\", \"goal\": \"G\", \"state\": \""
        + forged + "\", \"" + forged + "\": 1, \"personas\": [{\"id\": \"p\", \"name\": \"P\","
        + " \"attributes\": {\"" + forged + "\": \"x\", \" " + forged + "\": \"y\"}}],"
        + " \"stages\": [" + STAGE + "]}"))
        .containsExactly(
            error("[\"\\u001b[2K\\u000dmap.json: all good\\u202e\"]",
                ProblemCode.JSON_UNKNOWN_FIELD, "unknown field"
                    + " '\\u001b[2K\\u000dmap.json: all good\\u202e'; known fields: format, id,"
                    + " title, description, goal, state, locale, personas, lanes, stages, links"),
            error("state", ProblemCode.UNKNOWN_VALUE, "unknown state"
                + " '\\u001b[2K\\u000dmap.json: all good\\u202e' (one of CURRENT, FUTURE)"),
            error("personas[0].attributes[\" \\u001b[2K\\u000dmap.json: all good\\u202e\"]",
                ProblemCode.ID_DUPLICATE, "duplicate attribute"
                    + " '\\u001b[2K\\u000dmap.json: all good\\u202e' (names are compared without"
                    + " surrounding spaces)"));
    assertThat(problems("{\"format\": 1, \u202e\"title\": \"T\"}")).containsExactly(
        error("", ProblemCode.JSON_MALFORMED, "malformed JSON at line 1, column 15: unexpected"
            + " character ('\\u202e' (code 8238 / 0x202e)): was expecting double-quote to start"
            + " field name"));
  }

  @Test
  void stopsAfterAThousandProblems() {
    String fields = IntStream.range(0, 1_500).mapToObj(i -> "\"unknown" + i + "\": 0")
        .collect(Collectors.joining(","));
    List<Problem> problems = problems("{\"format\": 1, " + fields + "}");
    assertThat(problems).hasSize(1_001);
    assertThat(problems.get(999)).isEqualTo(error("unknown999", ProblemCode.JSON_UNKNOWN_FIELD,
        "unknown field 'unknown999'; known fields: format, id, title, description, goal, state,"
            + " locale, personas, lanes, stages, links"));
    assertThat(problems.get(1_000)).isEqualTo(error("", ProblemCode.LIMIT_EXCEEDED,
        "more than 1000 problems; the rest of the document was not checked"));
  }

  /** An endless valid-looking document, made on the fly: {@code size} bytes, never in memory. */
  private static final class GeneratedDocument extends InputStream {
    private static final byte[] HEAD = ("{\"format\": 1, \"title\": \"T\", \"stages\": [{\"id\":"
        + " \"a\", \"name\": \"A\", \"actions\": [\"x\"").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ITEM = (", \"" + "y".repeat(1_000) + "\"")
        .getBytes(StandardCharsets.US_ASCII);
    private final long size;
    long served;

    GeneratedDocument(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      if (served >= size) {
        return -1;
      }
      long at = served++;
      return at < HEAD.length ? HEAD[(int) at] : ITEM[(int) ((at - HEAD.length) % ITEM.length)];
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (served >= size) {
        return -1;
      }
      int n = 0;
      while (n < len && served < size) {
        b[off + n++] = (byte) read();
      }
      return n;
    }
  }

  // ---- writing

  @Test
  void writesPlainItemsAsStringsAndLeavesOutWhatIsAbsent() {
    Journey journey = Journey.builder("T")
        .stage("a", "A", s -> s
            .action("Plain")
            .action(Item.builder("Rich").evidence(Evidence.ASSUMPTION).build())
            .kpi(Kpi.builder("Share").value(0.125).unit("%").build()))
        .build();
    assertThat(JourneyJson.write(journey)).isEqualTo("""
        {
          "format": 1,
          "title": "T",
          "state": "CURRENT",
          "stages": [
            {
              "id": "a",
              "name": "A",
              "actions": [
                "Plain",
                {
                  "text": "Rich",
                  "evidence": "ASSUMPTION"
                }
              ],
              "kpis": [
                {
                  "name": "Share",
                  "value": 0.125,
                  "unit": "%"
                }
              ]
            }
          ]
        }
        """);
  }

  @Test
  void escapesWhatCannotStandInAJsonStringAndKeepsTheRest() {
    String text = "q\"b\\s/n\nt\tc\u0001d\u007f u\u2028 é 預 😀 lone\ud800 low\udc00 <script>";
    Journey journey = Journey.builder(text).stage("a", "A", s -> s.action("x")).build();
    String json = JourneyJson.write(journey);
    assertThat(json).contains("\"title\": \"q\\\"b\\\\s/n\\nt\\tc\\u0001d\\u007f u\\u2028 é 預 😀"
        + " lone\\ud800 low\\udc00 <script>\"");
    assertThat(JourneyJson.read(json).title()).isEqualTo(text);
  }

  @Test
  void writesTheSameBytesToEveryTarget(@TempDir Path dir) throws IOException {
    Journey journey = JourneyJson.read(TestDocuments.text(TestDocuments.FORMAT_EXAMPLE));
    String json = JourneyJson.write(journey);
    StringWriter writer = new StringWriter();
    JourneyJson.write(journey, writer);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    JourneyJson.write(journey, bytes);
    Path file = dir.resolve("out.json");
    JourneyJson.write(journey, file);

    assertThat(writer.toString()).isEqualTo(json);
    assertThat(bytes.toByteArray()).isEqualTo(json.getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readAllBytes(file)).isEqualTo(json.getBytes(StandardCharsets.UTF_8));
    assertThat(json).endsWith("}\n").doesNotContain("\r");
  }

  @Test
  void writesTheStateEvenWhenItIsTheDefault() {
    Journey current = Journey.builder("T").stage("a", "A", s -> s.action("x")).build();
    Journey future = current.toBuilder().state(JourneyState.FUTURE).build();
    assertThat(JourneyJson.write(current)).contains("\n  \"state\": \"CURRENT\",\n");
    assertThat(JourneyJson.write(future)).contains("\n  \"state\": \"FUTURE\",\n");
  }

  @Test
  void replacesAFileWithoutLeavingTemporaryFiles(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("map.json");
    Files.writeString(file, "old");
    Journey journey = JourneyJson.read(TestDocuments.text(TestDocuments.FORMAT_EXAMPLE));

    JourneyJson.write(journey, file);

    assertThat(Files.readString(file)).isEqualTo(JourneyJson.write(journey));
    assertThat(list(dir)).containsExactly("map.json");
  }

  @Test
  void leavesTheOldFileIntactWhenWritingFails(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("map.json");
    Files.writeString(file, "old");

    assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
      out.write("{\"half\": ".getBytes(StandardCharsets.UTF_8));
      throw new IOException("disk full");
    })).isInstanceOf(IOException.class).hasMessage("disk full");

    assertThat(Files.readString(file)).isEqualTo("old");
    assertThat(list(dir)).containsExactly("map.json");
  }

  @Test
  void leavesNoTemporaryFileWhenTheTargetCannotBeReplaced(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("taken");
    Files.createDirectories(target.resolve("inside"));
    Journey journey = Journey.builder("T").stage("a", "A", s -> s.action("x")).build();

    assertThatThrownBy(() -> JourneyJson.write(journey, target)).isInstanceOf(IOException.class);

    assertThat(list(dir)).containsExactly("taken");
    assertThat(target.resolve("inside")).isDirectory();
  }

  @Test
  void usesAnotherTemporaryNameWhenOneIsTaken(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("map.json");
    Files.writeString(dir.resolve(".map.json.tmp"), "left by a crash");
    Journey journey = Journey.builder("T").stage("a", "A", s -> s.action("x")).build();

    JourneyJson.write(journey, file);

    assertThat(Files.readString(file)).isEqualTo(JourneyJson.write(journey));
    assertThat(list(dir)).containsExactly(".map.json.tmp", "map.json");
  }

  @Test
  void shipsTheSchemaAsAResource() {
    assertThat(JourneyJson.schema())
        .startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",");
  }

  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
