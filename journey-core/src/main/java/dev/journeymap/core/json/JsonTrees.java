package dev.journeymap.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.journeymap.core.validation.InvalidJourneyException;
import dev.journeymap.core.validation.MessageText;
import dev.journeymap.core.validation.Problem;
import dev.journeymap.core.validation.ProblemCode;
import dev.journeymap.core.validation.ValidationReport;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The first step of reading: JSON text to a Jackson tree, under the hard limits of
 * {@link JourneyJson} (nesting, string, number and document lengths, tokens), a field given
 * twice refused. Malformed text is one {@code json.malformed} problem with its line and column;
 * what the tree means is {@link DocumentReader}'s business.
 */
final class JsonTrees {
  private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(JourneyJson.MAX_NESTING_DEPTH)
      .maxStringLength(JourneyJson.MAX_STRING_LENGTH)
      .maxNameLength(JourneyJson.MAX_STRING_LENGTH)
      .maxNumberLength(JourneyJson.MAX_NUMBER_LENGTH)
      .maxDocumentLength(JourneyJson.MAX_DOCUMENT_LENGTH)
      .maxTokenCount(JourneyJson.MAX_TOKENS)
      .build();

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(CONSTRAINTS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      // the caller owns the stream it hands in; read(Path) closes its own
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final Pattern SOURCE_IN_MESSAGE = Pattern.compile("\\[Source: [^;\\]]*; ");

  private JsonTrees() {}

  static JsonNode parse(String json) {
    try {
      return parse(FACTORY.createParser(json));
    } catch (IOException e) {
      throw new AssertionError("a string cannot fail to be read", e);
    }
  }

  static JsonNode parse(Reader reader) throws IOException {
    return parse(FACTORY.createParser(reader));
  }

  static JsonNode parse(InputStream in) throws IOException {
    return parse(FACTORY.createParser(in));
  }

  private static JsonNode parse(JsonParser parser) throws IOException {
    JsonNode root;
    try (parser) {
      if (parser.nextToken() == null) {
        throw malformed(1, 1, "the document is empty; expected a journey object");
      }
      root = tree(parser);
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw malformed(at.getLineNr(), at.getColumnNr(),
            "unexpected content after the end of the journey object");
      }
    } catch (JsonProcessingException e) {
      // the limits' exceptions carry no location; the token being read is where the limit hit
      JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation();
      throw malformed(at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(),
          describe(e));
    } catch (CharConversionException e) {
      // raised by Jackson's own decoders for invalid UTF-32 input; a document problem, not I/O
      throw malformed(-1, -1,
          "the document is not valid text: " + MessageText.escape(String.valueOf(e.getMessage())));
    }
    return root;
  }

  /**
   * The tree of the value at the parser's current token, built straight from the token stream:
   * the same nodes as {@code ObjectMapper.readTree}, without setting up an {@code ObjectMapper},
   * which costs a command line that reads one document about a tenth of a second of class
   * loading. The recursion is bounded by the parser's nesting limit.
   */
  private static JsonNode tree(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT: {
        ObjectNode object = NODES.objectNode();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
          parser.nextToken();
          object.set(name, tree(parser));
        }
        return object;
      }
      case START_ARRAY: {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(tree(parser));
        }
        return array;
      }
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return NODES.numberNode(parser.getIntValue());
          case LONG:
            return NODES.numberNode(parser.getLongValue());
          default:
            return NODES.numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new AssertionError("a value cannot start with " + token);
    }
  }

  private static InvalidJourneyException malformed(int line, int column, String detail) {
    String where = line > 0 && column > 0
        ? String.format(Locale.ROOT, "line %d, column %d: ", line, column)
        : "";
    return new InvalidJourneyException(ValidationReport.of(List.of(Problem.error("",
        ProblemCode.JSON_MALFORMED, "malformed JSON" + (where.isEmpty() ? ": " : " at ") + where
            + detail))));
  }

  /** Jackson's reason, told in our words where it is about one of our limits. */
  private static String describe(JsonProcessingException e) {
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      if (original.startsWith("Document nesting depth")) {
        return "the document nests deeper than the " + JourneyJson.MAX_NESTING_DEPTH
            + " levels allowed";
      } else if (original.startsWith("String value length")) {
        return "a string is longer than the " + JourneyJson.MAX_STRING_LENGTH
            + " characters allowed";
      } else if (original.startsWith("Name length")) {
        return "a field name is longer than the " + JourneyJson.MAX_STRING_LENGTH
            + " characters allowed";
      } else if (original.startsWith("Number value length")) {
        return "a number is longer than the " + JourneyJson.MAX_NUMBER_LENGTH
            + " characters allowed";
      } else if (original.startsWith("Document length")) {
        return "the document is longer than the " + JourneyJson.MAX_DOCUMENT_LENGTH
            + " bytes allowed";
      } else if (original.startsWith("Token count")) {
        return "the document holds more than the " + JourneyJson.MAX_TOKENS
            + " JSON tokens allowed";
      }
    }
    String message = SOURCE_IN_MESSAGE.matcher(original).replaceAll("[");
    // Jackson quotes the document's characters raw
    return message.isEmpty() ? "unreadable input"
        : MessageText.escape(Character.toLowerCase(message.charAt(0)) + message.substring(1));
  }

}
