package dev.journeymap.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import dev.journeymap.core.validation.JourneyValidator;
import dev.journeymap.core.validation.MessageText;
import dev.journeymap.core.validation.Problem;
import dev.journeymap.core.validation.ProblemCode;
import dev.journeymap.core.validation.Suggestions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Typed access to a document's tree for {@link DocumentReader}: each accessor returns the value
 * of a field when it has the JSON type the format says, and otherwise records a problem at the
 * field's path. Also keeps the reader's limits: the list entries counted against
 * {@link JourneyValidator#MAX_ENTRIES} and the {@value #MAX_PROBLEMS} problems after which the
 * walk stops ({@link #stopped()}).
 */
abstract class TreeReader {
  /** Walking stops after this many problems: a hostile document must not fill memory with them. */
  static final int MAX_PROBLEMS = 1_000;

  /** The problems found so far, in document order. */
  final List<Problem> problems = new ArrayList<>();
  private boolean stopped;
  private long entries;

  /** Whether a limit was reached: the walk stops and reports only what it found. */
  final boolean stopped() {
    return stopped;
  }

  /** A funnel count: a whole number; empty when missing or wrong, with a problem. */
  final OptionalLong count(JsonNode parent, String path, String field) {
    JsonNode node = parent.get(field);
    String at = path + "." + field;
    if (node == null) {
      error(at, ProblemCode.REQUIRED, "a whole number is required here");
      return OptionalLong.empty();
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
      return OptionalLong.empty();
    }
    return value;
  }

  static OptionalLong wholeNumber(JsonNode node) {
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

  static boolean isWhole(JsonNode number) {
    if (number.isIntegralNumber()) {
      return true;
    }
    double value = number.doubleValue();
    return Double.isFinite(value) && value == Math.rint(value);
  }

  final OptionalDouble number(JsonNode parent, String path, String field) {
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
  final String requiredText(JsonNode parent, String path, String field) {
    return text(parent, path, field).orElse("");
  }

  final Optional<String> text(JsonNode parent, String path, String field) {
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
  final void texts(JsonNode parent, String path, String field, Consumer<String> add) {
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

  final <E extends Enum<E>> Optional<E> value(JsonNode parent, String path, String field,
      String what, Class<E> type) {
    JsonNode node = parent.get(field);
    return node == null ? Optional.empty() : value(node, child(path, field), what, type);
  }

  final <E extends Enum<E>> Optional<E> value(JsonNode node, String path, String what,
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
  final List<JsonNode> array(JsonNode parent, String path, String field) {
    List<JsonNode> elements = list(parent, path, field);
    count(elements.size());
    return stopped ? List.of() : elements;
  }

  /** The elements of a list, counted by the caller against a limit of its own. */
  final List<JsonNode> list(JsonNode parent, String path, String field) {
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

  final void knownFields(JsonNode node, String path, List<String> known) {
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
  final void count(int size) {
    entries += size;
    within("", entries, JourneyValidator.MAX_ENTRIES, "list entries");
  }

  final void within(String path, long count, int max, String what) {
    if (count > max && !stopped) {
      error(path, ProblemCode.LIMIT_EXCEEDED, String.format(Locale.ROOT,
          "%d %s is more than the %d a journey may hold", count, what, max));
      stopped = true;
    }
  }

  final void wrongType(String path, String expected, JsonNode found) {
    error(path, ProblemCode.JSON_WRONG_TYPE, "expected " + expected + ", found " + kind(found));
  }

  static String kind(JsonNode node) {
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

  final void error(String path, ProblemCode code, String message) {
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

  /** {@code path.field}, or {@code field} at the root. */
  static String child(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  static <E extends Enum<E>> String names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .collect(Collectors.joining(", "));
  }
}
