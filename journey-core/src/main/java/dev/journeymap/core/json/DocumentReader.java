package dev.journeymap.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymap.core.Channel;
import dev.journeymap.core.Emotion;
import dev.journeymap.core.Evidence;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.JourneyState;
import dev.journeymap.core.Kpi;
import dev.journeymap.core.LaneDefinition;
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
import dev.journeymap.core.validation.ValidationReport;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The second step of reading: walks the tree of a document ({@link JsonTrees}) by hand,
 * collecting every problem with its path, builds the model through the public builders, and
 * merges the reader's problems with the validator's.
 */
final class DocumentReader extends TreeReader {
  private int stages;
  private int personas;
  private int touchpoints;

  private DocumentReader() {}

  /**
   * The journey of a parsed document.
   *
   * @throws InvalidJourneyException with the problems of the reader, then the validator's
   */
  static Journey read(JsonNode root) {
    return new DocumentReader().journey(root);
  }

  Journey journey(JsonNode root) {
    Journey journey = build(root);
    if (stopped() || journey == null) {
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
    knownFields(root, "", DocumentFields.JOURNEY);
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
    for (int i = 0; i < personaNodes.size() && !stopped(); i++) {
      journey.persona(persona("personas[" + i + "]", personaNodes.get(i)));
    }
    List<JsonNode> laneNodes = array(root, "", "lanes");
    for (int i = 0; i < laneNodes.size() && !stopped(); i++) {
      journey.lane(lane("lanes[" + i + "]", laneNodes.get(i)));
    }
    for (int i = 0; i < stageNodes.size() && !stopped(); i++) {
      journey.stage(stage("stages[" + i + "]", stageNodes.get(i)));
    }
    List<JsonNode> linkNodes = array(root, "", "links");
    for (int i = 0; i < linkNodes.size() && !stopped(); i++) {
      journey.link(link("links[" + i + "]", linkNodes.get(i)));
    }
    if (stopped()) {
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
    knownFields(node, path, DocumentFields.PERSONA);
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
    knownFields(node, path, DocumentFields.STAGE);
    Stage.Builder stage = Stage.builder(requiredText(node, path, "id"),
        requiredText(node, path, "name"));
    text(node, path, "description").ifPresent(stage::description);
    content(node, path, stage);
    List<JsonNode> steps = array(node, path, "steps");
    for (int i = 0; i < steps.size() && !stopped(); i++) {
      stage.step(step(path + ".steps[" + i + "]", steps.get(i)));
    }
    return stage.build();
  }

  private Step step(String path, JsonNode node) {
    if (!node.isObject()) {
      wrongType(path, "an object", node);
      return Step.builder("", "").build();
    }
    knownFields(node, path, DocumentFields.STEP);
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
    for (int i = 0; i < touchpointNodes.size() && !stopped(); i++) {
      content.touchpoint(touchpoint(path + ".touchpoints[" + i + "]", touchpointNodes.get(i)));
    }
    emotion(node, path).ifPresent(content::emotion);
    emotions(node, path, content::personaEmotion);
    items(node, path, "painPoints", content::painPoint);
    items(node, path, "opportunities", content::opportunity);
    List<JsonNode> kpis = array(node, path, "kpis");
    for (int i = 0; i < kpis.size() && !stopped(); i++) {
      content.kpi(kpi(path + ".kpis[" + i + "]", kpis.get(i)));
    }
    JsonNode funnel = node.get("funnel");
    if (funnel != null) {
      String at = path + ".funnel";
      if (funnel.isObject()) {
        knownFields(funnel, at, DocumentFields.FUNNEL);
        OptionalLong entered = count(funnel, at, "entered");
        OptionalLong completed = count(funnel, at, "completed");
        // a funnel with a count missing or wrong is left out, not made up: its problem is told
        if (entered.isPresent() && completed.isPresent()) {
          content.funnel(entered.getAsLong(), completed.getAsLong());
        }
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
        for (int i = 0; i < value.size() && !stopped(); i++) {
          content.lane(key, item(keyPath + "[" + i + "]", value.get(i)));
        }
      }
    }
    items(node, path, "evidence", content::evidence);
    items(node, path, "frontstage", content::frontstage);
    items(node, path, "backstage", content::backstage);
    items(node, path, "support", content::support);
  }

  private LaneDefinition lane(String path, JsonNode node) {
    if (!node.isObject()) {
      wrongType(path, "an object", node);
      return LaneDefinition.of("", "");
    }
    knownFields(node, path, DocumentFields.LANE);
    String id = requiredText(node, path, "id");
    String name = requiredText(node, path, "name");
    Optional<String> description = text(node, path, "description");
    return description.isPresent() ? LaneDefinition.of(id, name, description.get())
        : LaneDefinition.of(id, name);
  }

  private Link link(String path, JsonNode node) {
    if (!node.isObject()) {
      wrongType(path, "an object", node);
      return Link.of("", "");
    }
    knownFields(node, path, DocumentFields.LINK);
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
    knownFields(node, path, DocumentFields.TOUCHPOINT);
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
    for (int i = 0; i < nodes.size() && !stopped(); i++) {
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
    knownFields(node, path, DocumentFields.ITEM);
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
    for (int i = 0; i < nodes.size() && !stopped(); i++) {
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
    knownFields(node, at, DocumentFields.EMOTION);
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
    knownFields(node, path, DocumentFields.KPI);
    Kpi.Builder kpi = Kpi.builder(requiredText(node, path, "name"));
    number(node, path, "value").ifPresent(kpi::value);
    number(node, path, "target").ifPresent(kpi::target);
    text(node, path, "unit").ifPresent(kpi::unit);
    return kpi.build();
  }

  /**
   * The reader's problems, then the validator's except: those at or under a place the reader
   * already reported (consequences of what the reader could not read there), and warnings about
   * a place holding a value the reader could not read (a stage whose only content was an
   * unreadable funnel is not a stage without content; an unknown field is no content).
   */
  private ValidationReport merge(ValidationReport validated) {
    List<Problem> merged = new ArrayList<>(problems);
    for (Problem problem : validated.problems()) {
      if (problems.stream().noneMatch(p -> isAtOrUnder(problem.path(), p.path())
          || (!problem.isError() && p.code() != ProblemCode.JSON_UNKNOWN_FIELD
              && isAtOrUnder(p.path(), problem.path())))) {
        merged.add(problem);
      }
    }
    return ValidationReport.of(merged);
  }

  private static boolean isAtOrUnder(String path, String reported) {
    return path.equals(reported) || (path.startsWith(reported)
        && (path.charAt(reported.length()) == '.' || path.charAt(reported.length()) == '['));
  }
}
