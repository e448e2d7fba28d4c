package dev.journeymap.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import dev.journeymap.core.Channel;
import dev.journeymap.core.Emotion;
import dev.journeymap.core.Evidence;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.JourneyState;
import dev.journeymap.core.Kpi;
import dev.journeymap.core.Lane;
import dev.journeymap.core.LaneContentBuilder;
import dev.journeymap.core.Link;
import dev.journeymap.core.LinkKind;
import dev.journeymap.core.Moment;
import dev.journeymap.core.Persona;
import dev.journeymap.core.Stage;
import dev.journeymap.core.Step;
import dev.journeymap.core.Touchpoint;
import dev.journeymap.core.validation.InvalidJourneyException;
import dev.journeymap.core.validation.JourneyValidator;
import dev.journeymap.core.validation.MessageText;
import dev.journeymap.core.validation.Problem;
import dev.journeymap.core.validation.ProblemCode;
import dev.journeymap.core.validation.Suggestions;
import dev.journeymap.core.validation.ValidationReport;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a journey document: parses it into a Jackson tree under hard limits, walks the tree by
 * hand collecting every problem with its path, builds the model through the public builders, and
 * merges the reader's problems with the validator's.
 */
final class DocumentReader {
  /** Walking stops after this many problems: a hostile document must not fill memory with them. */
  static final int MAX_PROBLEMS = 1_000;

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

  private static final List<String> JOURNEY_FIELDS = List.of("format", "id", "title",
      "description", "goal", "state", "locale", "personas", "lanes", "stages", "links");
  private static final List<String> PERSONA_FIELDS = List.of("id", "name", "description", "goals",
      "frustrations", "quote", "attributes");
  private static final List<String> CONTENT_FIELDS = List.of("customerGoals", "actions",
      "questions", "touchpoints", "emotion", "emotions", "painPoints", "opportunities", "kpis",
      "funnel", "moments", "lanes", "evidence", "frontstage", "backstage", "support");
  private static final List<String> STAGE_FIELDS = ImmutableList.<String>builder()
      .add("id", "name", "description").addAll(CONTENT_FIELDS).add("steps").build();
  private static final List<String> STEP_FIELDS = ImmutableList.<String>builder()
      .add("id", "name", "description", "personas").addAll(CONTENT_FIELDS).build();
  private static final List<String> TOUCHPOINT_FIELDS = List.of("id", "name", "channel", "owner",
      "description", "emotion", "emotions", "url", "personas");
  private static final List<String> ITEM_FIELDS = List.of("id", "text", "evidence", "source",
      "persona", "touchpoint", "owner", "failPoint", "duration");
  private static final List<String> EMOTION_FIELDS = List.of("persona", "score", "label");
  private static final List<String> LANE_FIELDS = List.of("id", "name", "description");
  private static final List<String> LINK_FIELDS = List.of("from", "to", "kind");
  private static final List<String> KPI_FIELDS = List.of("name", "value", "target", "unit");
  private static final List<String> FUNNEL_FIELDS = List.of("entered", "completed");

  private DocumentReader() {}

  static Journey read(String json) {
    try {
      return read(FACTORY.createParser(json));
    } catch (IOException e) {
      throw new AssertionError("a string cannot fail to be read", e);
    }
  }

  static Journey read(Reader reader) throws IOException {
    return read(FACTORY.createParser(reader));
  }

  static Journey read(InputStream in) throws IOException {
    return read(FACTORY.createParser(in));
  }

  private static Journey read(JsonParser parser) throws IOException {
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
    return new Walk().journey(root);
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

  /** One walk of one tree: collects problems with their paths while building the journey. */
  private static final class Walk {
    private final List<Problem> problems = new ArrayList<>();
    /** Places holding a placeholder without a problem of their own there, e.g. a funnel. */
    private final List<String> placeholders = new ArrayList<>();
    private boolean stopped;
    private int stages;
    private int personas;
    private int touchpoints;
    private long entries;

    Journey journey(JsonNode root) {
      Journey journey = build(root);
      if (stopped || journey == null) {
        throw new InvalidJourneyException(ValidationReport.of(problems));
      }
      if (problems.isEmpty()) {
        return journey;
      }
      throw new InvalidJourneyException(merge(JourneyValidator.validate(journey)));
    }

    /** The journey, or null when the document cannot give one; throws if only the validator objects. */
    private Journey build(JsonNode root) {
      if (!root.isObject()) {
        wrongType("", "an object", root);
        return null;
      }
      if (!format(root)) {
        return null;
      }
      knownFields(root, "", JOURNEY_FIELDS);
      Journey.Builder journey = Journey.builder(requiredText(root, "", "title"));
      text(root, "", "id").ifPresent(journey::id);
      text(root, "", "description").ifPresent(journey::description);
      text(root, "", "goal").ifPresent(journey::goal);
      value(root, "", "state", "state", JourneyState.class).ifPresent(journey::state);
      text(root, "", "locale").ifPresent(journey::locale);
      List<JsonNode> personaNodes = list(root, "", "personas");
      personas = personaNodes.size();
      within("personas", personas, JourneyValidator.MAX_PERSONAS, "personas");
      List<JsonNode> stageNodes = list(root, "", "stages");
      stages = stageNodes.size();
      within("stages", stages, JourneyValidator.MAX_STAGES, "stages");
      for (int i = 0; i < personaNodes.size() && !stopped; i++) {
        journey.persona(persona("personas[" + i + "]", personaNodes.get(i)));
      }
      List<JsonNode> laneNodes = array(root, "", "lanes");
      for (int i = 0; i < laneNodes.size() && !stopped; i++) {
        journey.lane(lane("lanes[" + i + "]", laneNodes.get(i)));
      }
      for (int i = 0; i < stageNodes.size() && !stopped; i++) {
        journey.stage(stage("stages[" + i + "]", stageNodes.get(i)));
      }
      List<JsonNode> linkNodes = array(root, "", "links");
      for (int i = 0; i < linkNodes.size() && !stopped; i++) {
        journey.link(link("links[" + i + "]", linkNodes.get(i)));
      }
      if (stopped) {
        return null;
      }
      try {
        return journey.build();
      } catch (InvalidJourneyException e) {
        if (problems.isEmpty()) {
          throw e;
        }
        throw new InvalidJourneyException(merge(e.report()));
      }
    }

    /** Whether the document is of format 1 (or says nothing), so that reading goes on. */
    private boolean format(JsonNode root) {
      JsonNode format = root.get("format");
      if (format == null) {
        error("format", ProblemCode.REQUIRED,
            "the format version is required; add \"format\": " + Journey.FORMAT);
      } else if (!format.isNumber()) {
        wrongType("format", "a number", format);
      } else if (!(isWhole(format) && format.asDouble() == Journey.FORMAT)) {
        // a later format may have fields this library does not know: say only what matters
        error("format", ProblemCode.FORMAT_UNSUPPORTED, "format " + format.asText()
            + " is not supported; this library reads format " + Journey.FORMAT);
        return false;
      }
      return true;
    }

    private Persona persona(String path, JsonNode node) {
      if (!node.isObject()) {
        wrongType(path, "an object", node);
        return Persona.of("", "");
      }
      knownFields(node, path, PERSONA_FIELDS);
      Persona.Builder persona = Persona.builder(requiredText(node, path, "id"),
          requiredText(node, path, "name"));
      text(node, path, "description").ifPresent(persona::description);
      texts(node, path, "goals", persona::goal);
      texts(node, path, "frustrations", persona::frustration);
      text(node, path, "quote").ifPresent(persona::quote);
      JsonNode attributes = node.get("attributes");
      String at = path + ".attributes";
      if (attributes != null && !attributes.isObject()) {
        wrongType(at, "an object", attributes);
      } else if (attributes != null) {
        count(attributes.size());
        Set<String> keys = new HashSet<>();
        for (Map.Entry<String, JsonNode> attribute : attributes.properties()) {
          String key = attribute.getKey();
          String keyPath = MessageText.field(at, key);
          if (!attribute.getValue().isTextual()) {
            wrongType(keyPath, "a string", attribute.getValue());
          } else if (!keys.add(key.strip())) {
            error(keyPath, ProblemCode.ID_DUPLICATE, "duplicate attribute "
                + MessageText.quote(key.strip())
                + " (names are compared without surrounding spaces)");
          } else {
            persona.attribute(key, attribute.getValue().textValue());
          }
        }
      }
      return persona.build();
    }

    private Stage stage(String path, JsonNode node) {
      if (!node.isObject()) {
        wrongType(path, "an object", node);
        return Stage.builder("", "").build();
      }
      knownFields(node, path, STAGE_FIELDS);
      Stage.Builder stage = Stage.builder(requiredText(node, path, "id"),
          requiredText(node, path, "name"));
      text(node, path, "description").ifPresent(stage::description);
      content(node, path, stage);
      List<JsonNode> steps = array(node, path, "steps");
      for (int i = 0; i < steps.size() && !stopped; i++) {
        stage.step(step(path + ".steps[" + i + "]", steps.get(i)));
      }
      return stage.build();
    }

    private Step step(String path, JsonNode node) {
      if (!node.isObject()) {
        wrongType(path, "an object", node);
        return Step.builder("", "").build();
      }
      knownFields(node, path, STEP_FIELDS);
      Step.Builder step = Step.builder(requiredText(node, path, "id"),
          requiredText(node, path, "name"));
      text(node, path, "description").ifPresent(step::description);
      texts(node, path, "personas", step::persona);
      content(node, path, step);
      return step.build();
    }

    /** The lane fields of a stage or a step. */
    private <B extends LaneContentBuilder<B>> void content(JsonNode node, String path, B content) {
      items(node, path, "customerGoals", content::customerGoal);
      items(node, path, "actions", content::action);
      items(node, path, "questions", content::question);
      List<JsonNode> touchpointNodes = list(node, path, "touchpoints");
      touchpoints += touchpointNodes.size();
      within("stages", touchpoints, JourneyValidator.MAX_TOUCHPOINTS, "touchpoints");
      for (int i = 0; i < touchpointNodes.size() && !stopped; i++) {
        content.touchpoint(touchpoint(path + ".touchpoints[" + i + "]", touchpointNodes.get(i)));
      }
      emotion(node, path).ifPresent(content::emotion);
      emotions(node, path, content::personaEmotion);
      items(node, path, "painPoints", content::painPoint);
      items(node, path, "opportunities", content::opportunity);
      List<JsonNode> kpis = array(node, path, "kpis");
      for (int i = 0; i < kpis.size() && !stopped; i++) {
        content.kpi(kpi(path + ".kpis[" + i + "]", kpis.get(i)));
      }
      JsonNode funnel = node.get("funnel");
      if (funnel != null) {
        String at = path + ".funnel";
        if (funnel.isObject()) {
          knownFields(funnel, at, FUNNEL_FIELDS);
          int before = problems.size();
          long entered = count(funnel, at, "entered");
          long completed = count(funnel, at, "completed");
          if (problems.size() > before) {
            // a placeholder count must not be compared with the other one
            placeholders.add(at);
          }
          content.funnel(entered, completed);
        } else {
          wrongType(at, "an object", funnel);
        }
      }
      List<JsonNode> moments = array(node, path, "moments");
      for (int i = 0; i < moments.size(); i++) {
        value(moments.get(i), path + ".moments[" + i + "]", "moment", Moment.class)
            .ifPresent(content::moment);
      }
      JsonNode lanes = node.get("lanes");
      String at = path + ".lanes";
      if (lanes != null && !lanes.isObject()) {
        wrongType(at, "an object", lanes);
      } else if (lanes != null) {
        for (Map.Entry<String, JsonNode> lane : lanes.properties()) {
          String key = lane.getKey();
          String keyPath = MessageText.field(at, key);
          JsonNode value = lane.getValue();
          if (!value.isArray()) {
            wrongType(keyPath, "an array", value);
            continue;
          }
          count(value.size());
          for (int i = 0; i < value.size() && !stopped; i++) {
            content.lane(key, item(keyPath + "[" + i + "]", value.get(i)));
          }
        }
      }
      items(node, path, "evidence", content::evidence);
      items(node, path, "frontstage", content::frontstage);
      items(node, path, "backstage", content::backstage);
      items(node, path, "support", content::support);
    }

    private Lane lane(String path, JsonNode node) {
      if (!node.isObject()) {
        wrongType(path, "an object", node);
        return Lane.of("", "");
      }
      knownFields(node, path, LANE_FIELDS);
      String id = requiredText(node, path, "id");
      String name = requiredText(node, path, "name");
      Optional<String> description = text(node, path, "description");
      return description.isPresent() ? Lane.of(id, name, description.get()) : Lane.of(id, name);
    }

    private Link link(String path, JsonNode node) {
      if (!node.isObject()) {
        wrongType(path, "an object", node);
        return Link.of("", "");
      }
      knownFields(node, path, LINK_FIELDS);
      String from = requiredText(node, path, "from");
      String to = requiredText(node, path, "to");
      LinkKind kind = value(node, path, "kind", "link kind", LinkKind.class)
          .orElse(LinkKind.FLOW);
      return Link.of(from, to, kind);
    }

    private Touchpoint touchpoint(String path, JsonNode node) {
      if (!node.isObject()) {
        wrongType(path, "an object", node);
        return Touchpoint.of("", "", Channel.OTHER);
      }
      knownFields(node, path, TOUCHPOINT_FIELDS);
      String id = requiredText(node, path, "id");
      String name = requiredText(node, path, "name");
      Channel channel;
      JsonNode channelNode = node.get("channel");
      if (channelNode == null) {
        error(path + ".channel", ProblemCode.REQUIRED,
            "a channel is required (one of " + names(Channel.class) + ")");
        channel = Channel.OTHER;
      } else {
        channel = value(channelNode, path + ".channel", "channel", Channel.class)
            .orElse(Channel.OTHER);
      }
      Touchpoint.Builder touchpoint = Touchpoint.builder(id, name, channel);
      text(node, path, "owner").ifPresent(touchpoint::owner);
      text(node, path, "description").ifPresent(touchpoint::description);
      emotion(node, path).ifPresent(touchpoint::emotion);
      emotions(node, path, touchpoint::personaEmotion);
      text(node, path, "url").ifPresent(touchpoint::url);
      texts(node, path, "personas", touchpoint::persona);
      return touchpoint.build();
    }

    private void items(JsonNode parent, String path, String field, Consumer<Item> add) {
      List<JsonNode> nodes = array(parent, path, field);
      for (int i = 0; i < nodes.size() && !stopped; i++) {
        add.accept(item(path + "." + field + "[" + i + "]", nodes.get(i)));
      }
    }

    private Item item(String path, JsonNode node) {
      if (node.isTextual()) {
        return Item.of(node.textValue());
      }
      if (!node.isObject()) {
        wrongType(path, "a string or an object", node);
        return Item.of("");
      }
      knownFields(node, path, ITEM_FIELDS);
      Item.Builder item = Item.builder(requiredText(node, path, "text"));
      text(node, path, "id").ifPresent(item::id);
      value(node, path, "evidence", "evidence", Evidence.class).ifPresent(item::evidence);
      text(node, path, "source").ifPresent(item::source);
      text(node, path, "persona").ifPresent(item::persona);
      text(node, path, "touchpoint").ifPresent(item::touchpoint);
      text(node, path, "owner").ifPresent(item::owner);
      text(node, path, "failPoint").ifPresent(item::failPoint);
      text(node, path, "duration").ifPresent(text -> duration(path + ".duration", text)
          .ifPresent(item::duration));
      return item.build();
    }

    /**
     * The duration of an ISO-8601 text; a negative one too (the validator refuses it, as it
     * does a negative duration built in code), but nothing else.
     */
    private Optional<Duration> duration(String path, String text) {
      String stripped = text.strip();
      Optional<Duration> duration = Durations.read(stripped);
      if (duration.isEmpty() && Durations.SIGNED.matcher(stripped).matches()) {
        try {
          duration = Optional.of(Duration.parse(stripped)).filter(Duration::isNegative);
        } catch (DateTimeParseException | ArithmeticException e) {
          duration = Optional.empty();
        }
      }
      if (duration.isEmpty()) {
        error(path, ProblemCode.DURATION_INVALID, MessageText.quote(MessageText.abbreviate(stripped))
            + " is not an ISO-8601 duration such as PT45M, PT26H or P2D (days, hours, minutes"
            + " and seconds; weeks, months and years have no fixed length)");
      }
      return duration;
    }

    private void emotions(JsonNode parent, String path, Consumer<Emotion> add) {
      List<JsonNode> nodes = array(parent, path, "emotions");
      for (int i = 0; i < nodes.size() && !stopped; i++) {
        // a placeholder keeps the indices of the entries after it aligned with the validator's
        add.accept(emotionAt(nodes.get(i), path + ".emotions[" + i + "]")
            .orElse(Emotion.of(0)));
      }
    }

    private Optional<Emotion> emotion(JsonNode parent, String path) {
      JsonNode node = parent.get("emotion");
      return node == null ? Optional.empty() : emotionAt(node, path + ".emotion");
    }

    /**
     * An emotion, with its persona if it names one, wherever it is: the validator says where a
     * persona is required and where it is not allowed.
     */
    private Optional<Emotion> emotionAt(JsonNode node, String at) {
      if (!node.isObject()) {
        wrongType(at, "an object", node);
        return Optional.empty();
      }
      knownFields(node, at, EMOTION_FIELDS);
      double score = 0;
      if (node.get("score") == null) {
        error(at + ".score", ProblemCode.REQUIRED,
            "a score is required, from -2 (very negative) to 2 (very positive)");
      } else {
        score = number(node, at, "score").orElse(0);
      }
      Optional<String> label = text(node, at, "label");
      Optional<String> persona = text(node, at, "persona");
      if (persona.isPresent()) {
        return Optional.of(label.isPresent()
            ? Emotion.ofPersona(persona.get(), score, label.get())
            : Emotion.ofPersona(persona.get(), score));
      }
      return Optional.of(label.isPresent() ? Emotion.of(score, label.get()) : Emotion.of(score));
    }

    private Kpi kpi(String path, JsonNode node) {
      if (!node.isObject()) {
        wrongType(path, "an object", node);
        return Kpi.builder("").build();
      }
      knownFields(node, path, KPI_FIELDS);
      Kpi.Builder kpi = Kpi.builder(requiredText(node, path, "name"));
      number(node, path, "value").ifPresent(kpi::value);
      number(node, path, "target").ifPresent(kpi::target);
      text(node, path, "unit").ifPresent(kpi::unit);
      return kpi.build();
    }

    /** A funnel count: a whole number; a placeholder 0 when missing or wrong, with a problem. */
    private long count(JsonNode parent, String path, String field) {
      JsonNode node = parent.get(field);
      String at = path + "." + field;
      if (node == null) {
        error(at, ProblemCode.REQUIRED, "a whole number is required here");
        return 0;
      }
      OptionalLong value = wholeNumber(node);
      if (value.isEmpty()) {
        if (node.isNumber() && isWhole(node)) {
          error(at, ProblemCode.JSON_WRONG_TYPE, "expected a whole number of at most "
              + Long.MAX_VALUE + ", found " + MessageText.abbreviate(node.asText()));
        } else if (node.isNumber()) {
          error(at, ProblemCode.JSON_WRONG_TYPE,
              "expected a whole number, found " + MessageText.abbreviate(node.asText()));
        } else {
          wrongType(at, "a whole number", node);
        }
        return 0;
      }
      return value.getAsLong();
    }

    private static OptionalLong wholeNumber(JsonNode node) {
      if (node.isIntegralNumber()) {
        return node.canConvertToLong() ? OptionalLong.of(node.longValue()) : OptionalLong.empty();
      }
      if (node.isNumber() && isWhole(node)) {
        double value = node.doubleValue();
        // doubles at or beyond 2^63 do not fit a long
        if (value >= -0x1p63 && value < 0x1p63) {
          return OptionalLong.of((long) value);
        }
      }
      return OptionalLong.empty();
    }

    private static boolean isWhole(JsonNode number) {
      if (number.isIntegralNumber()) {
        return true;
      }
      double value = number.doubleValue();
      return Double.isFinite(value) && value == Math.rint(value);
    }

    private OptionalDouble number(JsonNode parent, String path, String field) {
      JsonNode node = parent.get(field);
      if (node == null) {
        return OptionalDouble.empty();
      }
      if (!node.isNumber()) {
        wrongType(path + "." + field, "a number", node);
        return OptionalDouble.empty();
      }
      return OptionalDouble.of(node.doubleValue());
    }

    /** A required text or id; {@code ""} when missing, so that the validator reports it. */
    private String requiredText(JsonNode parent, String path, String field) {
      return text(parent, path, field).orElse("");
    }

    private Optional<String> text(JsonNode parent, String path, String field) {
      JsonNode node = parent.get(field);
      if (node == null) {
        return Optional.empty();
      }
      if (!node.isTextual()) {
        wrongType(child(path, field), "a string", node);
        return Optional.empty();
      }
      return Optional.of(node.textValue());
    }

    /** A list of texts or ids; a wrong element becomes {@code ""} so that indices stay aligned. */
    private void texts(JsonNode parent, String path, String field, Consumer<String> add) {
      List<JsonNode> nodes = array(parent, path, field);
      for (int i = 0; i < nodes.size(); i++) {
        JsonNode node = nodes.get(i);
        if (node.isTextual()) {
          add.accept(node.textValue());
        } else {
          wrongType(path + "." + field + "[" + i + "]", "a string", node);
          add.accept("");
        }
      }
    }

    private <E extends Enum<E>> Optional<E> value(JsonNode parent, String path, String field,
        String what, Class<E> type) {
      JsonNode node = parent.get(field);
      return node == null ? Optional.empty() : value(node, child(path, field), what, type);
    }

    private <E extends Enum<E>> Optional<E> value(JsonNode node, String path, String what,
        Class<E> type) {
      if (!node.isTextual()) {
        wrongType(path, "a string", node);
        return Optional.empty();
      }
      String name = node.textValue();
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(name)) {
          return Optional.of(constant);
        }
      }
      List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name)
          .collect(Collectors.toList());
      String hint = Suggestions.closest(name, names).map(s -> "; did you mean " + s + "?")
          .orElse("");
      error(path, ProblemCode.UNKNOWN_VALUE, "unknown " + what + " " + MessageText.quote(name)
          + hint + " (one of " + String.join(", ", names) + ")");
      return Optional.empty();
    }

    /**
     * The elements of a list that counts towards {@link JourneyValidator#MAX_ENTRIES}: every
     * list but the journey's stages and personas and a stage's touchpoints, which have limits of
     * their own (the validator counts the same way).
     */
    private List<JsonNode> array(JsonNode parent, String path, String field) {
      List<JsonNode> elements = list(parent, path, field);
      count(elements.size());
      return stopped ? List.of() : elements;
    }

    /** The elements of a list, counted by the caller against a limit of its own. */
    private List<JsonNode> list(JsonNode parent, String path, String field) {
      JsonNode node = parent.get(field);
      if (node == null) {
        return List.of();
      }
      if (!node.isArray()) {
        wrongType(child(path, field), "an array", node);
        return List.of();
      }
      return stopped ? List.of() : ImmutableList.copyOf(node.elements());
    }

    private void knownFields(JsonNode node, String path, List<String> known) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!known.contains(name)) {
          String hint = Suggestions.closest(name, known).map(s -> "; did you mean '" + s + "'?")
              .orElseGet(() -> "; known fields: " + String.join(", ", known));
          error(MessageText.field(path, name), ProblemCode.JSON_UNKNOWN_FIELD,
              "unknown field " + MessageText.quote(name) + hint);
        }
      }
    }

    /** Counts list entries against the validator's limit, stopping before memory is at risk. */
    private void count(int size) {
      entries += size;
      within("", entries, JourneyValidator.MAX_ENTRIES, "list entries");
    }

    private void within(String path, long count, int max, String what) {
      if (count > max && !stopped) {
        error(path, ProblemCode.LIMIT_EXCEEDED, String.format(Locale.ROOT,
            "%d %s is more than the %d a journey may hold", count, what, max));
        stopped = true;
      }
    }

    private void wrongType(String path, String expected, JsonNode found) {
      error(path, ProblemCode.JSON_WRONG_TYPE, "expected " + expected + ", found " + kind(found));
    }

    private static String kind(JsonNode node) {
      return switch (node.getNodeType()) {
        case OBJECT -> "an object";
        case ARRAY -> "an array";
        case STRING -> "a string";
        case NUMBER -> "a number";
        case BOOLEAN -> "a boolean";
        case NULL -> "null";
        default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
      };
    }

    private void error(String path, ProblemCode code, String message) {
      if (stopped) {
        return;
      }
      if (problems.size() == MAX_PROBLEMS) {
        problems.add(Problem.error("", ProblemCode.LIMIT_EXCEEDED, "more than " + MAX_PROBLEMS
            + " problems; the rest of the document was not checked"));
        stopped = true;
        return;
      }
      problems.add(Problem.error(path, code, message));
    }

    /**
     * The reader's problems, then the validator's except those at or under a place the reader
     * already reported: those are consequences of the placeholders the reader put there.
     */
    private ValidationReport merge(ValidationReport validated) {
      List<Problem> merged = new ArrayList<>(problems);
      for (Problem problem : validated.problems()) {
        if (problems.stream().noneMatch(p -> isAtOrUnder(problem.path(), p.path()))
            && placeholders.stream().noneMatch(p -> isAtOrUnder(problem.path(), p))) {
          merged.add(problem);
        }
      }
      return ValidationReport.of(merged);
    }

    private static boolean isAtOrUnder(String path, String reported) {
      return path.equals(reported) || (path.startsWith(reported)
          && (path.charAt(reported.length()) == '.' || path.charAt(reported.length()) == '['));
    }

    private static String child(String path, String field) {
      return path.isEmpty() ? field : path + "." + field;
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
      return Arrays.stream(type.getEnumConstants()).map(Enum::name)
          .collect(Collectors.joining(", "));
    }
  }
}
