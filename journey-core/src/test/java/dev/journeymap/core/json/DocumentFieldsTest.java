package dev.journeymap.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.journeymap.core.testing.RandomJourneys;
import dev.journeymap.core.validation.JourneyValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link DocumentFields} is the one list of the format's fields: the reader checks documents
 * against it, the writer writes in its order, and the JSON Schema's properties are the same.
 */
class DocumentFieldsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> ITEM_LANES = Set.of("customerGoals", "actions", "questions",
      "painPoints", "opportunities", "evidence", "frontstage", "backstage", "support");

  @ParameterizedTest
  @MethodSource("dev.journeymap.core.testing.RandomJourneys#seeds")
  void theWriterWritesEveryObjectsFieldsInTheirOrder(long seed) throws JsonProcessingException {
    List<String> checked = new ArrayList<>();
    journey(MAPPER.readTree(JourneyJson.write(RandomJourneys.withAdditions(seed))), checked);
    journey(MAPPER.readTree(JourneyJson.write(RandomJourneys.journey(seed))), checked);
    assertThat(checked).contains("stage", "step", "item", "link", "lane", "emotion");
  }

  private static void journey(JsonNode root, List<String> checked) {
    inOrder(root, DocumentFields.JOURNEY, "journey", checked);
    root.path("personas").forEach(p -> inOrder(p, DocumentFields.PERSONA, "persona", checked));
    root.path("lanes").forEach(l -> inOrder(l, DocumentFields.LANE, "lane", checked));
    root.path("links").forEach(l -> inOrder(l, DocumentFields.LINK, "link", checked));
    for (JsonNode stage : root.path("stages")) {
      inOrder(stage, DocumentFields.STAGE, "stage", checked);
      content(stage, checked);
      for (JsonNode step : stage.path("steps")) {
        inOrder(step, DocumentFields.STEP, "step", checked);
        content(step, checked);
      }
    }
  }

  private static void content(JsonNode content, List<String> checked) {
    content.fields().forEachRemaining(field -> {
      if (ITEM_LANES.contains(field.getKey())) {
        items(field.getValue(), checked);
      }
    });
    content.path("lanes").forEach(items -> items(items, checked));
    emotions(content, checked);
    content.path("kpis").forEach(k -> inOrder(k, DocumentFields.KPI, "kpi", checked));
    if (content.has("funnel")) {
      inOrder(content.get("funnel"), DocumentFields.FUNNEL, "funnel", checked);
    }
    for (JsonNode touchpoint : content.path("touchpoints")) {
      inOrder(touchpoint, DocumentFields.TOUCHPOINT, "touchpoint", checked);
      emotions(touchpoint, checked);
    }
  }

  private static void items(JsonNode items, List<String> checked) {
    for (JsonNode item : items) {
      if (item.isObject()) {
        inOrder(item, DocumentFields.ITEM, "item", checked);
      }
    }
  }

  private static void emotions(JsonNode owner, List<String> checked) {
    if (owner.has("emotion")) {
      inOrder(owner.get("emotion"), DocumentFields.EMOTION, "emotion", checked);
    }
    owner.path("emotions").forEach(e -> inOrder(e, DocumentFields.EMOTION, "emotion", checked));
  }

  private static void inOrder(JsonNode object, List<String> fields, String what,
      List<String> checked) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    List<String> expected = fields.stream().filter(names::contains).toList();
    assertThat(names).as("the fields of a %s", what).isEqualTo(expected);
    checked.add(what);
  }

  @Test
  void theSchemasPropertiesAreTheFieldsOfEachObject() throws JsonProcessingException {
    JsonNode schema = MAPPER.readTree(JourneyJson.schema());
    JsonNode defs = schema.get("$defs");
    assertThat(names(schema)).isEqualTo(Set.copyOf(DocumentFields.JOURNEY));
    assertThat(names(defs.get("persona"))).isEqualTo(Set.copyOf(DocumentFields.PERSONA));
    assertThat(names(defs.get("stage"))).isEqualTo(Set.copyOf(DocumentFields.STAGE));
    assertThat(names(defs.get("step"))).isEqualTo(Set.copyOf(DocumentFields.STEP));
    assertThat(names(defs.get("touchpoint"))).isEqualTo(Set.copyOf(DocumentFields.TOUCHPOINT));
    assertThat(names(defs.get("item").get("oneOf").get(1)))
        .isEqualTo(Set.copyOf(DocumentFields.ITEM));
    assertThat(names(defs.get("personaEmotions").get("items")))
        .isEqualTo(Set.copyOf(DocumentFields.EMOTION));
    // an overall emotion is the same object without its persona
    assertThat(names(defs.get("emotion"))).isEqualTo(Set.of("score", "label"));
    assertThat(names(defs.get("lane"))).isEqualTo(Set.copyOf(DocumentFields.LANE));
    assertThat(names(defs.get("link"))).isEqualTo(Set.copyOf(DocumentFields.LINK));
    assertThat(names(defs.get("kpi"))).isEqualTo(Set.copyOf(DocumentFields.KPI));
    assertThat(names(defs.get("funnel"))).isEqualTo(Set.copyOf(DocumentFields.FUNNEL));
  }

  @Test
  void theSchemaStatesTheValidatorsLimits() throws JsonProcessingException {
    JsonNode schema = MAPPER.readTree(JourneyJson.schema());
    assertThat(schema.at("/$defs/text/maxLength").asInt())
        .isEqualTo(JourneyValidator.MAX_TEXT_LENGTH);
    assertThat(schema.at("/$defs/requiredText/maxLength").asInt())
        .isEqualTo(JourneyValidator.MAX_TEXT_LENGTH);
    assertThat(schema.get("description").asText()).contains(String.format(Locale.ROOT,
        "a journey holds at most %d stages, %d touchpoints, %d personas and %d list entries",
        JourneyValidator.MAX_STAGES, JourneyValidator.MAX_TOUCHPOINTS,
        JourneyValidator.MAX_PERSONAS, JourneyValidator.MAX_ENTRIES));
  }

  private static Set<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.get("properties").fieldNames().forEachRemaining(names::add);
    return Set.copyOf(names);
  }
}
