package dev.journeymap.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.journeymap.core.Moment;
import dev.journeymap.core.insights.ChannelCount;
import dev.journeymap.core.insights.FunnelDropOff;
import dev.journeymap.core.insights.JourneyInsights;
import dev.journeymap.core.insights.LowMoment;
import dev.journeymap.core.insights.StageAssumptions;
import dev.journeymap.core.insights.StageRef;
import dev.journeymap.core.insights.StepRef;
import dev.journeymap.core.insights.TouchpointRef;
import dev.journeymap.core.insights.UnansweredOpportunity;
import dev.journeymap.core.insights.UnownedPainPoint;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code insights FILE... [--json]}: answers the questions a team asks of each map
 * ({@link JourneyInsights}), as text with one section per question, or as JSON.
 *
 * <p>Text is for people and may change; JSON is for tools: one array holding an object per input
 * that was read, keys in a fixed order, places named by their ids and document paths, fractions
 * rounded to 4 decimals.
 *
 * <p>A place inside a stage divided into steps names its step: in text as
 * {@code Purchase › Sign and pay} (stage name, step name), in JSON with a {@code "step"} id after
 * the {@code "stage"} id, left out for what is given on the stage itself. A map without steps
 * prints as it did before steps existed.
 */
@Command(name = "insights",
    description = {
        "Answers the questions a team asks of each journey file (JSON, or Mermaid .mmd): lowest "
            + "moments, funnel drop-offs, stages without a KPI, touchpoints and pain points "
            + "without an owner, assumptions, opportunities answering no pain point, channel mix, "
            + "micro-moments not covered.",
        "Prints one section per question for each file, or with --json one JSON array with an "
            + "object per file."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
        "0:every input was read (warnings allowed)",
        "1:an input was invalid or unreadable; the others were still answered",
        "2:usage error"})
final class InsightsCommand implements Callable<Integer> {
  private final Io io;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
  boolean help;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "journey files (.json, or .mmd for Mermaid), or '-' for standard input")
  List<String> files;

  @Option(names = "--json", description = "print JSON instead of text")
  boolean json;

  InsightsCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    JourneyReader reader = new JourneyReader(io);
    List<Loaded.Read> answered = new ArrayList<>();
    int status = ExitStatus.OK;
    for (String name : files) {
      Loaded loaded = name.equals("-") ? reader.stdin() : reader.file(name);
      if (loaded instanceof Loaded.Read read) {
        read.warnings().forEach(p -> io.err().println(Diagnostics.line(read.name(), p)));
        if (!json) {
          if (!answered.isEmpty()) {
            io.out().println();
          }
          Text.lines(read).forEach(io.out()::println);
        }
        answered.add(read);
      } else {
        ((Loaded.Failed) loaded).lines().forEach(io.err()::println);
        status = ExitStatus.INVALID;
      }
    }
    if (json) {
      io.out().println(Json.document(answered));
    }
    return status;
  }

  /**
   * The text form, one section per question. A class of its own, like {@link Json}, so that
   * picocli's look at this command's methods, on every run of any command, loads none of the
   * types they use.
   */
  private static final class Text {
    private Text() {}

    static List<String> lines(Loaded.Read read) {
      JourneyInsights insights = JourneyInsights.of(read.journey());
      List<String> lines = new ArrayList<>();
      lines.add(read.name() + ": " + read.journey().title());
      section(lines, "Lowest moments (below neutral, lowest first)", insights.lowMoments(),
          m -> String.format(Locale.ROOT, "%-5s  %s", decimal(m.score(), 2), place(m)
              + m.emotion().label().map(label -> ": " + label).orElse("")));
      section(lines, "Funnel drop-offs (largest rate first)", insights.dropOffs(),
          d -> place(d.stage(), d.step()) + ": " + percent(d.rate()) + " dropped off ("
              + d.entered() + " entered, " + d.completed() + " completed)");
      section(lines, "Stages without a KPI", insights.stagesWithoutKpi(), StageRef::name);
      section(lines, "Touchpoints without an owner", insights.touchpointsWithoutOwner(),
          Text::place);
      section(lines, "Pain points without an owner", insights.painPointsWithoutOwner(),
          p -> place(p.stage(), p.step()) + ": " + p.text() + p.touchpoint()
              .map(t -> " (" + t.name() + " has no owner)").orElse(" (names no touchpoint)"));
      lines.add("");
      lines.add("Insights that are assumptions: " + share(insights.assumptions().assumptions(),
          insights.assumptions().insights(), insights.assumptions().share()));
      for (StageAssumptions s : insights.assumptionsByStage()) {
        lines.add("  " + s.stage().name() + ": "
            + share(s.assumptions(), s.insights(), s.share()));
      }
      section(lines, "Opportunities answering no pain point of their stage",
          insights.unansweredOpportunities(), o -> place(o.stage(), o.step()) + ": " + o.text());
      section(lines, "Channel mix (touchpoints per channel)", insights.channelMix(),
          c -> String.format(Locale.ROOT, "%-13s  %d", c.channel().name(), c.touchpoints()));
      section(lines, "Micro-moments no stage covers", insights.momentsNotCovered(), Moment::name);
      return lines;
    }

    private static <T> void section(List<String> lines, String title, List<T> entries,
        Function<T, String> line) {
      lines.add("");
      lines.add(title);
      if (entries.isEmpty()) {
        lines.add("  none");
      }
      entries.forEach(e -> lines.add("  " + line.apply(e)));
    }

    private static String place(LowMoment m) {
      return m.touchpoint().map(Text::place).orElseGet(() -> place(m.stage(), m.step()));
    }

    /** {@code Purchase / Booking form}, or {@code Purchase › Sign and pay / E-signature}. */
    private static String place(TouchpointRef t) {
      return place(t.stage(), t.step()) + " / " + t.name();
    }

    /** {@code Purchase}, or {@code Purchase › Sign and pay} for a step of it. */
    private static String place(StageRef stage, Optional<StepRef> step) {
      return stage.name() + step.map(s -> " \u203a " + s.name()).orElse("");
    }

    private static String share(int assumptions, int insights, double share) {
      return assumptions + " of " + insights + " (" + percent(share) + ")";
    }
  }

  /** {@code 0.6095...} as {@code 61.0%}. */
  private static String percent(double fraction) {
    return new BigDecimal(fraction).movePointRight(2).setScale(1, RoundingMode.HALF_UP)
        .toPlainString() + "%";
  }

  /**
   * {@code value} rounded to at most {@code decimals} decimals, without trailing zeros:
   * {@code -1}, {@code -0.5}. Computed from the exact binary value, so every JDK prints the same
   * digits.
   */
  private static String decimal(double value, int decimals) {
    BigDecimal rounded = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_UP);
    return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
  }

  /** The JSON form: an array holding an object per input. */
  private static final class Json {
    /** Decimals of the fractions (rates, shares, scores). */
    private static final int DECIMALS = 4;

    private Json() {}

    static String document(List<Loaded.Read> answered) {
      StringWriter out = new StringWriter();
      Separators separators = Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator("");
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
        g.setPrettyPrinter(new DefaultPrettyPrinter(separators)
            .withArrayIndenter(indenter).withObjectIndenter(indenter));
        g.writeStartArray();
        for (Loaded.Read read : answered) {
          insights(g, read);
        }
        g.writeEndArray();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot happen: writing to a string", e);
      }
      return out.toString();
    }

    private static void insights(JsonGenerator g, Loaded.Read read) throws IOException {
      JourneyInsights insights = JourneyInsights.of(read.journey());
      g.writeStartObject();
      g.writeStringField("file", read.name());
      g.writeStringField("title", read.journey().title());
      g.writeArrayFieldStart("lowMoments");
      for (LowMoment m : insights.lowMoments()) {
        g.writeStartObject();
        place(g, m.stage(), m.step());
        if (m.touchpoint().isPresent()) {
          g.writeStringField("touchpoint", m.touchpoint().get().id());
        }
        number(g, "score", m.score());
        if (m.emotion().label().isPresent()) {
          g.writeStringField("label", m.emotion().label().get());
        }
        g.writeStringField("path", m.path());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("dropOffs");
      for (FunnelDropOff d : insights.dropOffs()) {
        g.writeStartObject();
        place(g, d.stage(), d.step());
        g.writeNumberField("entered", d.entered());
        g.writeNumberField("completed", d.completed());
        g.writeNumberField("lost", d.lost());
        number(g, "rate", d.rate());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("stagesWithoutKpi");
      for (StageRef s : insights.stagesWithoutKpi()) {
        g.writeString(s.id());
      }
      g.writeEndArray();
      g.writeArrayFieldStart("touchpointsWithoutOwner");
      for (TouchpointRef t : insights.touchpointsWithoutOwner()) {
        g.writeStartObject();
        place(g, t.stage(), t.step());
        g.writeStringField("touchpoint", t.id());
        g.writeStringField("path", t.path());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("painPointsWithoutOwner");
      for (UnownedPainPoint p : insights.painPointsWithoutOwner()) {
        g.writeStartObject();
        place(g, p.stage(), p.step());
        g.writeStringField("text", p.text());
        if (p.touchpoint().isPresent()) {
          g.writeStringField("touchpoint", p.touchpoint().get().id());
        }
        g.writeStringField("path", p.path());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("assumptions");
      g.writeNumberField("assumptions", insights.assumptions().assumptions());
      g.writeNumberField("insights", insights.assumptions().insights());
      number(g, "share", insights.assumptions().share());
      g.writeArrayFieldStart("stages");
      for (StageAssumptions s : insights.assumptionsByStage()) {
        g.writeStartObject();
        g.writeStringField("stage", s.stage().id());
        g.writeNumberField("assumptions", s.assumptions());
        g.writeNumberField("insights", s.insights());
        number(g, "share", s.share());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeArrayFieldStart("unansweredOpportunities");
      for (UnansweredOpportunity o : insights.unansweredOpportunities()) {
        g.writeStartObject();
        place(g, o.stage(), o.step());
        g.writeStringField("text", o.text());
        g.writeStringField("path", o.path());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("channelMix");
      for (ChannelCount c : insights.channelMix()) {
        g.writeStartObject();
        g.writeStringField("channel", c.channel().name());
        g.writeNumberField("touchpoints", c.touchpoints());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("momentsNotCovered");
      for (Moment m : insights.momentsNotCovered()) {
        g.writeString(m.name());
      }
      g.writeEndArray();
      g.writeEndObject();
    }

    /** {@code "stage": id}, then {@code "step": id} for a place in a step. */
    private static void place(JsonGenerator g, StageRef stage, Optional<StepRef> step)
        throws IOException {
      g.writeStringField("stage", stage.id());
      if (step.isPresent()) {
        g.writeStringField("step", step.get().id());
      }
    }

    /** A fraction as a JSON number of at most {@value #DECIMALS} decimals. */
    private static void number(JsonGenerator g, String field, double value) throws IOException {
      g.writeFieldName(field);
      g.writeNumber(decimal(value, DECIMALS));
    }
  }
}
