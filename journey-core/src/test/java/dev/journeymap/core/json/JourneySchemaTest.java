package dev.journeymap.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.journeymap.core.testing.RandomJourneys;
import dev.journeymap.core.validation.InvalidJourneyException;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped JSON Schema accepts what the reader accepts and rejects what it must. */
class JourneySchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA = JsonSchemaFactory
      .getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(JourneyJson.schema());

  private static final String STAGE = "{\"id\": \"a\", \"name\": \"A\"}";

  private static Set<ValidationMessage> check(String json) throws JsonProcessingException {
    return SCHEMA.validate(MAPPER.readTree(json));
  }

  private static String withStage(String stage) {
    return "{\"format\": 1, \"title\": \"T\", \"stages\": [" + stage + "]}";
  }

  @Test
  void isADraft202012SchemaWithDescriptions() throws JsonProcessingException {
    JsonNode schema = MAPPER.readTree(JourneyJson.schema());
    assertThat(schema.get("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("description").asText())
        .contains("stage ids are unique among stages", "names a persona or touchpoint",
            "'completed' is at most its 'entered'");
    assertThat(schema.at("/properties/goal/description").asText())
        .startsWith("The business objective");
  }

  @Test
  void acceptsTheFormatDocumentExample() throws JsonProcessingException {
    assertThat(check(TestDocuments.text(TestDocuments.FORMAT_EXAMPLE))).isEmpty();
  }

  @Test
  void acceptsTheGoldenFile() throws JsonProcessingException {
    assertThat(check(TestDocuments.text(TestDocuments.FORMAT_EXAMPLE_GOLDEN))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("dev.journeymap.core.testing.RandomJourneys#seeds")
  void acceptsEveryWrittenJourney(long seed) throws JsonProcessingException {
    assertThat(check(JourneyJson.write(RandomJourneys.journey(seed)))).isEmpty();
  }

  @Test
  void acceptsTheFormatDocumentsExampleOfTheAdditionsAndItsGoldenFile()
      throws JsonProcessingException {
    assertThat(check(TestDocuments.text(TestDocuments.ADDITIONS_EXAMPLE))).isEmpty();
    assertThat(check(TestDocuments.text(TestDocuments.ADDITIONS_EXAMPLE_GOLDEN))).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("dev.journeymap.core.testing.RandomJourneys#seeds")
  void acceptsEveryWrittenJourneyWithTheAdditions(long seed) throws JsonProcessingException {
    assertThat(check(JourneyJson.write(RandomJourneys.withAdditions(seed)))).isEmpty();
  }

  private static String withLanesAndStage(String stage) {
    return "{\"format\": 1, \"title\": \"T\", \"personas\": [{\"id\": \"p\", \"name\": \"P\"}],"
        + " \"lanes\": [{\"id\": \"content\", \"name\": \"C\"}], \"stages\": [" + stage + "]}";
  }

  static Stream<Arguments> invalidAdditions() {
    return Stream.of(
        Arguments.of("a step without a name", withStage("{\"id\": \"a\", \"name\": \"A\","
            + " \"steps\": [{\"id\": \"b\"}]}")),
        Arguments.of("an unknown field of a step", withStage("{\"id\": \"a\", \"name\": \"A\","
            + " \"steps\": [{\"id\": \"b\", \"name\": \"B\", \"steps\": []}]}")),
        Arguments.of("a persona emotion without persona", withStage("{\"id\": \"a\","
            + " \"name\": \"A\", \"emotions\": [{\"score\": 1}]}")),
        Arguments.of("a persona in a plain emotion", withLanesAndStage("{\"id\": \"a\","
            + " \"name\": \"A\", \"emotion\": {\"persona\": \"p\", \"score\": 1}}")),
        Arguments.of("a persona emotion of score 3", withLanesAndStage("{\"id\": \"a\","
            + " \"name\": \"A\", \"emotions\": [{\"persona\": \"p\", \"score\": 3}]}")),
        Arguments.of("a lane definition with a built-in id", "{\"format\": 1, \"title\": \"T\","
            + " \"lanes\": [{\"id\": \"backstage\", \"name\": \"B\"}], \"stages\": [" + STAGE
            + "]}"),
        Arguments.of("a lane definition without a name", "{\"format\": 1, \"title\": \"T\","
            + " \"lanes\": [{\"id\": \"c\"}], \"stages\": [" + STAGE + "]}"),
        Arguments.of("lanes given as a list", withLanesAndStage("{\"id\": \"a\", \"name\": \"A\","
            + " \"lanes\": [\"content\"]}")),
        Arguments.of("a lane key that is no id", withLanesAndStage("{\"id\": \"a\","
            + " \"name\": \"A\", \"lanes\": {\"Content\": [\"x\"]}}")),
        Arguments.of("a link without 'to'", "{\"format\": 1, \"title\": \"T\", \"stages\": ["
            + STAGE + "], \"links\": [{\"from\": \"a\"}]}"),
        Arguments.of("a misspelled link kind", "{\"format\": 1, \"title\": \"T\", \"stages\": ["
            + STAGE + "], \"links\": [{\"from\": \"a\", \"to\": \"b\", \"kind\": \"BOTH\"}]}"),
        Arguments.of("a duration in words", withStage("{\"id\": \"a\", \"name\": \"A\","
            + " \"backstage\": [{\"text\": \"x\", \"duration\": \"45 minutes\"}]}")),
        Arguments.of("a duration in months", withStage("{\"id\": \"a\", \"name\": \"A\","
            + " \"backstage\": [{\"text\": \"x\", \"duration\": \"P1M\"}]}")),
        Arguments.of("a negative duration", withStage("{\"id\": \"a\", \"name\": \"A\","
            + " \"backstage\": [{\"text\": \"x\", \"duration\": \"-PT45M\"}]}")),
        Arguments.of("a duration in lower case", withStage("{\"id\": \"a\", \"name\": \"A\","
            + " \"backstage\": [{\"text\": \"x\", \"duration\": \"pt45m\"}]}")),
        Arguments.of("an empty duration", withStage("{\"id\": \"a\", \"name\": \"A\","
            + " \"backstage\": [{\"text\": \"x\", \"duration\": \"PT\"}]}")),
        Arguments.of("a misspelled fail point", withStage("{\"id\": \"a\", \"name\": \"A\","
            + " \"backstage\": [{\"text\": \"x\", \"failpoint\": \"y\"}]}")),
        Arguments.of("an item id in upper case", withStage("{\"id\": \"a\", \"name\": \"A\","
            + " \"support\": [{\"text\": \"x\", \"id\": \"Scheduler\"}]}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidAdditions")
  void rejectsWhatTheReaderRejectsInTheAdditions(String what, String json)
      throws JsonProcessingException {
    assertThat(check(json)).as(what).isNotEmpty();
    assertThatThrownBy(() -> JourneyJson.read(json)).as(what)
        .isInstanceOf(InvalidJourneyException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PT45M", "PT26H", "P2D", "P1DT2H", "PT1H30M", "PT0.5S", "PT0S", "P0D",
      "PT1,5S"})
  void acceptsTheDurationsThatTheReaderAccepts(String duration) throws JsonProcessingException {
    String json = withStage("{\"id\": \"a\", \"name\": \"A\", \"backstage\": [{\"text\":"
        + " \"x\", \"duration\": \"" + duration + "\"}]}");
    assertThat(check(json)).isEmpty();
    assertThat(JourneyJson.read(json).stages().get(0).backstage().get(0).duration()).isPresent();
  }

  @Test
  void leavesTheRulesOfTheAdditionsItListsAsUnexpressibleToTheReader()
      throws JsonProcessingException {
    String sameColumnId = withStage("{\"id\": \"a\", \"name\": \"A\", \"steps\":"
        + " [{\"id\": \"a\", \"name\": \"B\", \"actions\": [\"x\"]}]}");
    String selfLink = "{\"format\": 1, \"title\": \"T\", \"stages\": [{\"id\": \"a\","
        + " \"name\": \"A\", \"actions\": [{\"id\": \"x\", \"text\": \"X\"}]}],"
        + " \"links\": [{\"from\": \"x\", \"to\": \"x\"}]}";
    for (String json : new String[] {sameColumnId, selfLink}) {
      assertThat(check(json)).isEmpty();
      assertThatThrownBy(() -> JourneyJson.read(json))
          .isInstanceOf(InvalidJourneyException.class);
    }
    assertThat(MAPPER.readTree(JourneyJson.schema()).get("description").asText())
        .contains("stage and step ids together", "item ids among all items",
            "every key of a stage's or step's 'lanes' is the id of a lane of the journey",
            "a link's 'from' and 'to' are ids of items of this journey and differ");
  }

  static Stream<Arguments> invalidDocuments() {
    return Stream.of(
        Arguments.of("an unknown field", "{\"format\": 1, \"titel\": \"T\", \"title\": \"T\","
            + " \"stages\": [" + STAGE + "]}"),
        Arguments.of("a misspelled channel", withStage("{\"id\": \"a\", \"name\": \"A\","
            + " \"touchpoints\": [{\"id\": \"t\", \"name\": \"T\", \"channel\": \"EMIAL\"}]}")),
        Arguments.of("a channel in lower case", withStage("{\"id\": \"a\", \"name\": \"A\","
            + " \"touchpoints\": [{\"id\": \"t\", \"name\": \"T\", \"channel\": \"web\"}]}")),
        Arguments.of("a missing channel", withStage("{\"id\": \"a\", \"name\": \"A\","
            + " \"touchpoints\": [{\"id\": \"t\", \"name\": \"T\"}]}")),
        Arguments.of("a score of 3", withStage("{\"id\": \"a\", \"name\": \"A\","
            + " \"emotion\": {\"score\": 3}}")),
        Arguments.of("a score given as text", withStage("{\"id\": \"a\", \"name\": \"A\","
            + " \"emotion\": {\"score\": \"high\"}}")),
        Arguments.of("a missing title", "{\"format\": 1, \"stages\": [" + STAGE + "]}"),
        Arguments.of("a blank title", "{\"format\": 1, \"title\": \"  \", \"stages\": ["
            + STAGE + "]}"),
        Arguments.of("a missing format", "{\"title\": \"T\", \"stages\": [" + STAGE + "]}"),
        Arguments.of("format 2", "{\"format\": 2, \"title\": \"T\", \"stages\": [" + STAGE + "]}"),
        Arguments.of("no stage", "{\"format\": 1, \"title\": \"T\", \"stages\": []}"),
        Arguments.of("an id in upper case", withStage("{\"id\": \"Awareness\", \"name\": \"A\"}")),
        Arguments.of("an id starting with a dash", withStage("{\"id\": \"-a\", \"name\": \"A\"}")),
        Arguments.of("an id of 65 characters", withStage("{\"id\": \"" + "a".repeat(65)
            + "\", \"name\": \"A\"}")),
        Arguments.of("a text of 2001 characters", withStage("{\"id\": \"a\", \"name\": \""
            + "n".repeat(2_001) + "\"}")),
        Arguments.of("an item object without text", withStage("{\"id\": \"a\", \"name\": \"A\","
            + " \"actions\": [{\"evidence\": \"ANALYTICAL\"}]}")),
        Arguments.of("an item of the wrong type", withStage("{\"id\": \"a\", \"name\": \"A\","
            + " \"actions\": [42]}")),
        Arguments.of("a misspelled evidence", withStage("{\"id\": \"a\", \"name\": \"A\","
            + " \"actions\": [{\"text\": \"x\", \"evidence\": \"ANECDOTIC\"}]}")),
        Arguments.of("a negative funnel count", withStage("{\"id\": \"a\", \"name\": \"A\","
            + " \"funnel\": {\"entered\": -1, \"completed\": 0}}")),
        Arguments.of("a fractional funnel count", withStage("{\"id\": \"a\", \"name\": \"A\","
            + " \"funnel\": {\"entered\": 1.5, \"completed\": 0}}")),
        Arguments.of("a javascript link", withStage("{\"id\": \"a\", \"name\": \"A\","
            + " \"touchpoints\": [{\"id\": \"t\", \"name\": \"T\", \"channel\": \"WEB\","
            + " \"url\": \"javascript:alert(1)\"}]}")),
        Arguments.of("a link with a right-to-left override", withStage("{\"id\": \"a\","
            + " \"name\": \"A\", \"touchpoints\": [{\"id\": \"t\", \"name\": \"T\","
            + " \"channel\": \"WEB\", \"url\": \"https://example.com/\u202egpj.exe\"}]}")),
        Arguments.of("a link with a zero-width space", withStage("{\"id\": \"a\","
            + " \"name\": \"A\", \"touchpoints\": [{\"id\": \"t\", \"name\": \"T\","
            + " \"channel\": \"WEB\", \"url\": \"https://pay\u200bpal.com/\"}]}")),
        Arguments.of("a link to port 99999", withStage("{\"id\": \"a\", \"name\": \"A\","
            + " \"touchpoints\": [{\"id\": \"t\", \"name\": \"T\", \"channel\": \"WEB\","
            + " \"url\": \"https://example.com:99999/\"}]}")),
        Arguments.of("an unknown moment", withStage("{\"id\": \"a\", \"name\": \"A\","
            + " \"moments\": [\"I_WANT_TO_SEE\"]}")),
        Arguments.of("a KPI value given as text", withStage("{\"id\": \"a\", \"name\": \"A\","
            + " \"kpis\": [{\"name\": \"k\", \"value\": \"9\"}]}")),
        Arguments.of("a persona attribute that is not text", "{\"format\": 1, \"title\": \"T\","
            + " \"personas\": [{\"id\": \"p\", \"name\": \"P\", \"attributes\": {\"age\": 40}}],"
            + " \"stages\": [" + STAGE + "]}"),
        Arguments.of("a null description", "{\"format\": 1, \"title\": \"T\","
            + " \"description\": null, \"stages\": [" + STAGE + "]}"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDocuments")
  void rejectsWhatTheReaderRejects(String what, String json) throws JsonProcessingException {
    assertThat(check(json)).as(what).isNotEmpty();
    assertThatThrownBy(() -> JourneyJson.read(json)).as(what)
        .isInstanceOf(InvalidJourneyException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.com:65535/", "https://user:99999@example.com/",
      "http://[::1]:8080/a", "https://example.com/a:99999", "mailto:a@example.com"})
  void acceptsLinksWithPortsUpTo65535(String url) throws JsonProcessingException {
    String json = withStage("{\"id\": \"a\", \"name\": \"A\", \"touchpoints\": [{\"id\":"
        + " \"t\", \"name\": \"T\", \"channel\": \"WEB\", \"url\": \"" + url + "\"}]}");

    assertThat(check(json)).isEmpty();
    assertThat(JourneyJson.read(json).touchpoints().get(0).url()).contains(url);
  }

  @Test
  void leavesTheRulesItListsAsUnexpressibleToTheReader() throws JsonProcessingException {
    String duplicateStages = "{\"format\": 1, \"title\": \"T\", \"stages\": [" + STAGE + ", "
        + STAGE + "]}";
    assertThat(check(duplicateStages)).isEmpty();
    assertThatThrownBy(() -> JourneyJson.read(duplicateStages))
        .isInstanceOf(InvalidJourneyException.class);
  }
}
