package dev.journeymap.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.testing.AdditionsExample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.journeymap.core.validation.InvalidJourneyException;
import dev.journeymap.core.validation.JourneyValidator;
import dev.journeymap.core.validation.Problem;
import dev.journeymap.core.validation.ProblemCode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The additions to format 1 in JSON: the format document's example reads as the journey built
 * in code, and is written back in the order of the format document.
 *
 * <p>The golden file {@code additions-example.golden.json} is regenerated, like the other one,
 * with {@code -Dgolden.update=true}.
 */
class AdditionsJsonTest {
  private static final Path GOLDEN_SOURCE = Path.of("src/test/resources/dev/journeymap/core/json",
      TestDocuments.ADDITIONS_EXAMPLE_GOLDEN);

  @Test
  void readsTheFormatDocumentsExampleAsTheJourneyBuiltInCode() {
    assertThat(JourneyJson.read(TestDocuments.text(TestDocuments.ADDITIONS_EXAMPLE)))
        .isEqualTo(AdditionsExample.journey());
  }

  @Test
  void writesTheExampleAsTheGoldenFile() throws IOException {
    String written = JourneyJson.write(AdditionsExample.journey());
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN_SOURCE, written, StandardCharsets.UTF_8);
    }
    assertThat(written).isEqualTo(Files.readString(GOLDEN_SOURCE, StandardCharsets.UTF_8));
    assertThat(JourneyJson.read(written)).isEqualTo(AdditionsExample.journey());
  }

  @ParameterizedTest
  @CsvSource({
      "PT45M, PT45M, 2700",
      "PT26H, PT26H, 93600",
      "P2D, P2D, 172800",
      "PT48H, P2D, 172800",
      "P1DT2H, PT26H, 93600",
      "PT1H30M, PT1H30M, 5400",
      "PT0.5S, PT0.5S, 0",
      "PT0S, PT0S, 0",
      "P0D, PT0S, 0"})
  void writesDurationsInDaysWhenWholeDaysAndOtherwiseInHoursToSeconds(String read,
      String written, long seconds) {
    Journey journey = JourneyJson.read("{\"format\": 1, \"title\": \"T\", \"stages\": [{\"id\":"
        + " \"a\", \"name\": \"A\", \"backstage\": [{\"text\": \"x\", \"duration\": \"" + read
        + "\"}]}]}");
    Item item = journey.stages().get(0).backstage().get(0);

    assertThat(item.duration().map(Duration::getSeconds)).contains(seconds);
    assertThat(JourneyJson.write(journey)).contains("\"duration\": \"" + written + "\"");
    assertThat(JourneyJson.read(JourneyJson.write(journey))).isEqualTo(journey);
  }

  @Test
  void writesAnItemWithOnlyTextAsAPlainStringInEveryNewLane() {
    Journey journey = Journey.builder("T").lane("c", "C").stage("a", "A", s -> s
        .evidence("e").frontstage("f").backstage("b").support("s").lane("c", "l")
        .step("st", "St", st -> st.evidence("e2"))).build();

    assertThat(JourneyJson.write(journey)).isEqualTo("""
        {
          "format": 1,
          "title": "T",
          "state": "CURRENT",
          "lanes": [
            {
              "id": "c",
              "name": "C"
            }
          ],
          "stages": [
            {
              "id": "a",
              "name": "A",
              "lanes": {
                "c": [
                  "l"
                ]
              },
              "evidence": [
                "e"
              ],
              "frontstage": [
                "f"
              ],
              "backstage": [
                "b"
              ],
              "support": [
                "s"
              ],
              "steps": [
                {
                  "id": "st",
                  "name": "St",
                  "evidence": [
                    "e2"
                  ]
                }
              ]
            }
          ]
        }
        """);
  }

  /** A document with personas p and q, the custom lane "content" and these stages. */
  private static String document(String stages, String links) {
    return "{\"format\": 1, \"title\": \"T\", \"goal\": \"G\",\n"
        + " \"personas\": [{\"id\": \"p\", \"name\": \"P\"}, {\"id\": \"q\", \"name\": \"Q\"}],\n"
        + " \"lanes\": [{\"id\": \"content\", \"name\": \"Content\"}],\n"
        + " \"stages\": [" + stages + "],\n \"links\": [" + links + "]}";
  }

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

  @Test
  void refusesDurationsThatAreNotIsoTextOfFixedLength() {
    String rule = " is not an ISO-8601 duration such as PT45M, PT26H or P2D (days, hours, minutes"
        + " and seconds; weeks, months and years have no fixed length)";
    assertThat(problems(document("{\"id\": \"a\", \"name\": \"A\", \"backstage\": ["
        + "{\"text\": \"x\", \"duration\": \"45 minutes\"},"
        + "{\"text\": \"x\", \"duration\": \"P1M\"},"
        + "{\"text\": \"x\", \"duration\": \"pt45m\"},"
        + "{\"text\": \"x\", \"duration\": \"PT\"},"
        + "{\"text\": \"x\", \"duration\": \"-PT45M\"},"
        + "{\"text\": \"x\", \"duration\": 45}], \"lanes\": {\"content\": [\"c\"]}}", "")))
        .containsExactly(
            error("stages[0].backstage[0].duration", ProblemCode.DURATION_INVALID,
                "'45 minutes'" + rule),
            error("stages[0].backstage[1].duration", ProblemCode.DURATION_INVALID, "'P1M'" + rule),
            error("stages[0].backstage[2].duration", ProblemCode.DURATION_INVALID,
                "'pt45m'" + rule),
            error("stages[0].backstage[3].duration", ProblemCode.DURATION_INVALID, "'PT'" + rule),
            error("stages[0].backstage[5].duration", ProblemCode.JSON_WRONG_TYPE,
                "expected a string, found a number"),
            error("stages[0].backstage[4].duration", ProblemCode.DURATION_INVALID,
                "the duration PT-45M is negative"));
  }

  @Test
  void reportsTheProblemsOfTheAdditionsWithTheirPaths() {
    assertThat(problems(document("{\"id\": \"a\", \"name\": \"A\","
        + " \"emotion\": {\"persona\": \"p\", \"score\": 1},"
        + " \"steps\": [{\"id\": \"b\", \"name\": \"B\", \"personas\": [\"p\", 7],"
        + " \"emotions\": [42, {\"score\": 1}, {\"persona\": \"x\", \"score\": 0}],"
        + " \"lanes\": {\"contnet\": [\"y\"], \"content\": \"z\"},"
        + " \"frontstage\": [{\"text\": \"f\", \"id\": \"f\", \"owner\": 1,"
        + " \"failpoint\": \"no\"}],"
        + " \"colour\": \"red\"}]}",
        "{\"from\": \"f\", \"to\": \"g\", \"kind\": \"BOTH\"}, 3")))
        .containsExactly(
            error("stages[0].steps[0].colour", ProblemCode.JSON_UNKNOWN_FIELD,
                "unknown field 'colour'; known fields: id, name, description, personas,"
                    + " customerGoals, actions, questions, touchpoints, emotion, emotions,"
                    + " painPoints, opportunities, kpis, funnel, moments, lanes, evidence,"
                    + " frontstage, backstage, support"),
            error("stages[0].steps[0].personas[1]", ProblemCode.JSON_WRONG_TYPE,
                "expected a string, found a number"),
            error("stages[0].steps[0].emotions[0]", ProblemCode.JSON_WRONG_TYPE,
                "expected an object, found a number"),
            error("stages[0].steps[0].lanes.content", ProblemCode.JSON_WRONG_TYPE,
                "expected an array, found a string"),
            error("stages[0].steps[0].frontstage[0].failpoint", ProblemCode.JSON_UNKNOWN_FIELD,
                "unknown field 'failpoint'; did you mean 'failPoint'?"),
            error("stages[0].steps[0].frontstage[0].owner", ProblemCode.JSON_WRONG_TYPE,
                "expected a string, found a number"),
            error("links[0].kind", ProblemCode.UNKNOWN_VALUE,
                "unknown link kind 'BOTH' (one of FLOW, EXCHANGE)"),
            error("links[1]", ProblemCode.JSON_WRONG_TYPE, "expected an object, found a number"),
            error("stages[0].emotion.persona", ProblemCode.NOT_ALLOWED,
                "an overall emotion names no persona; put the emotion of persona 'p' in"
                    + " 'emotions'"),
            error("stages[0].steps[0].emotions[1].persona", ProblemCode.REQUIRED,
                "an entry of 'emotions' names its persona; an overall emotion goes in"
                    + " 'emotion'"),
            error("stages[0].steps[0].emotions[2].persona", ProblemCode.REFERENCE_UNKNOWN,
                "no persona with id 'x' in this journey; did you mean 'p'?"),
            error("stages[0].steps[0].lanes.contnet", ProblemCode.LANE_INVALID,
                "no lane with id 'contnet' is defined by this journey; did you mean 'content'?"),
            error("links[0].to", ProblemCode.REFERENCE_UNKNOWN,
                "no item with id 'g' in this journey; did you mean 'f'?"),
            // the lane's only content was of the wrong type
            Problem.warning("lanes[0]", ProblemCode.UNUSED_LANE,
                "lane 'content' holds nothing in any stage or step"));
  }

  @Test
  void refusesALaneDefinitionOrLinkOfTheWrongShape() {
    assertThat(problems("{\"format\": 1, \"title\": \"T\", \"lanes\": [\"content\","
        + " {\"id\": \"c\", \"title\": \"C\"}], \"stages\": [{\"id\": \"a\", \"name\": \"A\","
        + " \"lanes\": [\"c\"]}], \"links\": [{\"to\": \"x\"}]}"))
        .filteredOn(Problem::isError)
        .containsExactly(
            error("lanes[0]", ProblemCode.JSON_WRONG_TYPE, "expected an object, found a string"),
            error("lanes[1].title", ProblemCode.JSON_UNKNOWN_FIELD,
                "unknown field 'title'; known fields: id, name, description"),
            error("stages[0].lanes", ProblemCode.JSON_WRONG_TYPE,
                "expected an object, found an array"),
            error("lanes[1].name", ProblemCode.REQUIRED, "a text is required here"),
            error("links[0].from", ProblemCode.REQUIRED, "the id of an item is required"),
            error("links[0].to", ProblemCode.REFERENCE_UNKNOWN,
                "no item with id 'x' in this journey"));
  }

  @Test
  void readingADocumentReturnsItsWarnings() throws IOException {
    JourneyDocument read = JourneyJson.readDocument(
        TestDocuments.text(TestDocuments.ADDITIONS_EXAMPLE));
    assertThat(read.journey()).isEqualTo(AdditionsExample.journey());
    assertThat(read.warnings().problems()).containsExactly(Problem.warning("goal",
        ProblemCode.NO_GOAL, "the journey has no goal; say which business objective it serves"));
    assertThat(JourneyJson.readDocument(new java.io.StringReader(document(
        "{\"id\": \"a\", \"name\": \"A\", \"lanes\": {\"content\": [\"x\"]},"
            + " \"steps\": [{\"id\": \"b\", \"name\": \"B\"}]}", ""))).warnings().problems())
        .containsExactly(Problem.warning("stages[0].steps[0]", ProblemCode.EMPTY_STEP,
            "step 'b' has no content"));
  }

  /** A journey of {@code items} items plus 3 other list entries: a lane, a step, an emotion. */
  private static Journey withEntries(int items) {
    Item[] many = new Item[items];
    java.util.Arrays.fill(many, Item.of("x"));
    return Journey.builder("T").persona("p", "P").lane("c", "C")
        .stage("a", "A", s -> {
          for (int i = 0; i < items / 2; i++) {
            s.backstage(many[i]);
          }
          s.step("b", "B", st -> {
            st.emotion("p", 1);
            for (int i = items / 2; i < items; i++) {
              st.lane("c", many[i]);
            }
          });
        })
        .build();
  }

  @Test
  void readsBackAJourneyWithTheAdditionsAtExactlyTheListEntryLimit() {
    Journey journey = withEntries(JourneyValidator.MAX_ENTRIES - 3);
    assertThat(JourneyJson.read(JourneyJson.write(journey))).isEqualTo(journey);
  }

  @Test
  void refusesOneEntryMoreAsTheValidatorDoes() {
    String json = JourneyJson.write(withEntries(JourneyValidator.MAX_ENTRIES - 3))
        .replace("\"backstage\": [", "\"backstage\": [\"one more\", ");
    assertThat(problems(json)).containsExactly(error("", ProblemCode.LIMIT_EXCEEDED,
        "500001 list entries is more than the 500000 a journey may hold"));
  }

  @Test
  void anEmptyListUnderACustomLaneIsNoLaneAsEveryEmptyListIsNone() {
    Journey journey = JourneyJson.read("{\"format\": 1, \"title\": \"T\", \"lanes\": [{\"id\":"
        + " \"c\", \"name\": \"C\"}], \"stages\": [{\"id\": \"a\", \"name\": \"A\", \"lanes\":"
        + " {\"c\": []}, \"actions\": [\"x\"]}]}");
    assertThat(journey.stages().get(0).lanes()).isEmpty();
  }
}
