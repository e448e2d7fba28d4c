package dev.journeymap.core.json;

import dev.journeymap.core.Emotion;
import dev.journeymap.core.Funnel;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.Kpi;
import dev.journeymap.core.LaneDefinition;
import dev.journeymap.core.LaneContent;
import dev.journeymap.core.Link;
import dev.journeymap.core.LinkKind;
import dev.journeymap.core.Moment;
import dev.journeymap.core.Persona;
import dev.journeymap.core.Stage;
import dev.journeymap.core.Step;
import dev.journeymap.core.Touchpoint;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes a journey as a format 1 document: fields in the order of the format document, absent
 * optionals and empty lists left out, two-space indent, {@code \n} line ends.
 *
 * <p>Our own emitter rather than Jackson's generator, because every byte of the output is part of
 * the contract (golden files, diffs in version control): numbers are printed by
 * {@link #number(double)} with the same digits on every JDK, and unpaired surrogates are escaped
 * so that the UTF-8 output never loses a character.
 */
final class DocumentWriter {
  private static final String INDENT = "  ";
  /** Whole numbers below this magnitude are printed as integers; all of them are exact doubles. */
  private static final double PLAIN_INTEGER_LIMIT = 1e15;

  private final StringBuilder out = new StringBuilder();
  /** For each open object or array, whether it has no member yet. */
  private final Deque<Boolean> empty = new ArrayDeque<>();

  private DocumentWriter() {}

  static String write(Journey journey) {
    DocumentWriter writer = new DocumentWriter();
    writer.journey(journey);
    return writer.out.append('\n').toString();
  }

  private void journey(Journey j) {
    open('{');
    field("format");
    out.append(Journey.FORMAT);
    text("id", j.id());
    text("title", j.title());
    text("description", j.description());
    text("goal", j.goal());
    // always written, although CURRENT is the default: a reader of the file sees which map it is
    text("state", j.state().name());
    text("locale", j.locale());
    list("personas", j.personas(), this::persona);
    list("lanes", j.lanes(), this::lane);
    list("stages", j.stages(), this::stage);
    list("links", j.links(), this::link);
    close('}');
  }

  private void lane(LaneDefinition lane) {
    open('{');
    text("id", lane.id());
    text("name", lane.name());
    text("description", lane.description());
    close('}');
  }

  private void link(Link link) {
    open('{');
    text("from", link.from());
    text("to", link.to());
    // FLOW is the default and left out, as a hand-written link would be
    if (link.kind() != LinkKind.FLOW) {
      text("kind", link.kind().name());
    }
    close('}');
  }

  private void persona(Persona p) {
    open('{');
    text("id", p.id());
    text("name", p.name());
    text("description", p.description());
    list("goals", p.goals(), this::string);
    list("frustrations", p.frustrations(), this::string);
    text("quote", p.quote());
    if (!p.attributes().isEmpty()) {
      field("attributes");
      open('{');
      for (Map.Entry<String, String> attribute : p.attributes().entrySet()) {
        text(attribute.getKey(), attribute.getValue());
      }
      close('}');
    }
    close('}');
  }

  private void stage(Stage s) {
    open('{');
    text("id", s.id());
    text("name", s.name());
    text("description", s.description());
    lanes(s);
    list("steps", s.steps(), this::step);
    close('}');
  }

  private void step(Step s) {
    open('{');
    text("id", s.id());
    text("name", s.name());
    text("description", s.description());
    list("personas", s.personas(), this::string);
    lanes(s);
    close('}');
  }

  /** The lane fields of a stage or step, in the order of the format document. */
  private void lanes(LaneContent s) {
    list("customerGoals", s.customerGoals(), this::item);
    list("actions", s.actions(), this::item);
    list("questions", s.questions(), this::item);
    list("touchpoints", s.touchpoints(), this::touchpoint);
    s.emotion().ifPresent(e -> emotion("emotion", e));
    list("emotions", s.emotions(), this::emotion);
    list("painPoints", s.painPoints(), this::item);
    list("opportunities", s.opportunities(), this::item);
    list("kpis", s.kpis(), this::kpi);
    s.funnel().ifPresent(this::funnel);
    list("moments", s.moments(), (Moment m) -> string(m.name()));
    if (!s.lanes().isEmpty()) {
      field("lanes");
      open('{');
      s.lanes().forEach((id, items) -> list(id, items, this::item));
      close('}');
    }
    list("evidence", s.evidence(), this::item);
    list("frontstage", s.frontstage(), this::item);
    list("backstage", s.backstage(), this::item);
    list("support", s.support(), this::item);
  }

  private void touchpoint(Touchpoint t) {
    open('{');
    text("id", t.id());
    text("name", t.name());
    text("channel", t.channel().name());
    text("owner", t.owner());
    text("description", t.description());
    t.emotion().ifPresent(e -> emotion("emotion", e));
    list("emotions", t.emotions(), this::emotion);
    text("url", t.url());
    list("personas", t.personas(), this::string);
    close('}');
  }

  private void item(Item item) {
    if (item.isPlainText()) {
      string(item.text());
      return;
    }
    open('{');
    text("id", item.id());
    text("text", item.text());
    text("evidence", item.evidence().map(Enum::name));
    text("source", item.source());
    text("persona", item.persona());
    text("touchpoint", item.touchpoint());
    text("owner", item.owner());
    text("failPoint", item.failPoint());
    text("duration", item.duration().map(Durations::write));
    close('}');
  }

  private void emotion(String name, Emotion emotion) {
    field(name);
    emotion(emotion);
  }

  private void emotion(Emotion emotion) {
    open('{');
    text("persona", emotion.persona());
    number("score", OptionalDouble.of(emotion.score()));
    text("label", emotion.label());
    close('}');
  }

  private void kpi(Kpi kpi) {
    open('{');
    text("name", kpi.name());
    number("value", kpi.value());
    number("target", kpi.target());
    text("unit", kpi.unit());
    close('}');
  }

  private void funnel(Funnel funnel) {
    field("funnel");
    open('{');
    field("entered");
    out.append(funnel.entered());
    field("completed");
    out.append(funnel.completed());
    close('}');
  }

  private interface Element<T> {
    void write(T value);
  }

  private <T> void list(String name, List<T> values, Element<T> element) {
    if (values.isEmpty()) {
      return;
    }
    field(name);
    open('[');
    for (T value : values) {
      member();
      element.write(value);
    }
    close(']');
  }

  private void text(String name, Optional<String> value) {
    value.ifPresent(v -> text(name, v));
  }

  private void text(String name, String value) {
    field(name);
    quote(value);
  }

  private void number(String name, OptionalDouble value) {
    if (value.isPresent()) {
      field(name);
      out.append(number(value.getAsDouble()));
    }
  }

  /** A list element that is a string. */
  private void string(String value) {
    quote(value);
  }

  private void field(String name) {
    member();
    quote(name);
    out.append(": ");
  }

  /** Starts a member of the innermost object or array: separator, line break, indent. */
  private void member() {
    if (!empty.pop()) {
      out.append(',');
    }
    empty.push(false);
    newLine();
  }

  private void open(char bracket) {
    out.append(bracket);
    empty.push(true);
  }

  private void close(char bracket) {
    boolean wasEmpty = empty.pop();
    if (!wasEmpty) {
      newLine();
    }
    out.append(bracket);
  }

  private void newLine() {
    out.append('\n');
    for (int i = 0; i < empty.size(); i++) {
      out.append(INDENT);
    }
  }

  private void quote(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          boolean paired = Character.isHighSurrogate(c)
              ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
              : Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
          // control characters are invisible in a file, the line and paragraph separators break
          // JavaScript, and an unpaired surrogate has no UTF-8 form: all of them are escaped
          if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029'
              || (Character.isSurrogate(c) && !paired)) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /**
   * The shortest decimal that reads back as exactly {@code value}: whole numbers below 10^15 as
   * integers ({@code 120000}, not {@code 120000.0}), others as plain decimals ({@code 0.25}) or,
   * when very large or small, in E notation ({@code 1.5E+20}). Computed with {@link BigDecimal}
   * so that the digits do not depend on the JDK's {@code Double.toString}.
   *
   * @throws IllegalArgumentException if {@code value} is NaN or infinite, which no valid journey
   *     holds
   */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    if (value == 0) {
      // keeps the sign of -0.0, which compares unequal to 0.0 in the model
      return Double.doubleToRawLongBits(value) == 0 ? "0" : "-0.0";
    }
    if (value == Math.rint(value) && Math.abs(value) < PLAIN_INTEGER_LIMIT) {
      return Long.toString((long) value);
    }
    BigDecimal exact = new BigDecimal(value);
    BigDecimal shortest = exact;
    for (int digits = 1; digits <= 17; digits++) {
      BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
      if (rounded.doubleValue() == value) {
        shortest = rounded;
        break;
      }
    }
    shortest = shortest.stripTrailingZeros();
    double magnitude = Math.abs(value);
    return magnitude >= 1e-6 && magnitude < PLAIN_INTEGER_LIMIT
        ? shortest.toPlainString()
        : shortest.toString();
  }
}
