package dev.journeymap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.journeymap.render.JourneyRenderer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a JMH result file ({@code -rf json -rff FILE}) into the Markdown tables of {@code
 * BENCHMARKS.md}: every result, then each target of issue 5 with its ratio from the same run.
 *
 * <pre>
 * java -cp journey-examples/target/benchmarks.jar dev.journeymap.bench.TargetReport result.json
 * </pre>
 *
 * <p>A target whose benchmarks are not in the file shows as not measured. Cold start is not a
 * JMH figure: {@code bench/cold-start.sh} measures it.
 */
public final class TargetReport {
  private static final String PACKAGE = "dev.journeymap.bench.";

  private final Map<String, JsonNode> results = new LinkedHashMap<>();

  private TargetReport(JsonNode runs) {
    for (JsonNode run : runs) {
      results.put(key(run), run);
    }
  }

  /** Prints the report of the result file named by the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: TargetReport JMH_RESULT.json");
      System.exit(2);
    }
    JsonNode runs = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    new TargetReport(runs).print(out);
  }

  private void print(PrintStream out) {
    out.println("| benchmark | threads | score | error (99.9%) | unit | median | B/op |");
    out.println("|---|---:|---:|---:|---|---:|---:|");
    for (Map.Entry<String, JsonNode> entry : results.entrySet()) {
      JsonNode run = entry.getValue();
      JsonNode primary = run.path("primaryMetric");
      JsonNode median = primary.path("scorePercentiles").path("50.0");
      out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s |%n", entry.getKey(),
          run.path("threads").asInt(), number(primary.path("score").asDouble()),
          number(primary.path("scoreError").asDouble()), primary.path("scoreUnit").asText(),
          median.isMissingNode() ? "" : number(median.asDouble()),
          allocation(run).map(TargetReport::bytes).orElse(""));
    }
    out.println();

    int mediumSvgBytes = svgBytes(BenchJourneys.MEDIUM);
    // Medians, not means: on a shared machine a neighbour's build adds a long tail of slow
    // samples that says nothing about the renderer.
    double svgSmall = median("RenderBenchmarks.svg SMALL");
    double svgMedium = median("RenderBenchmarks.svg MEDIUM");
    double svgLarge = median("RenderBenchmarks.svg LARGE");
    double bare = median("BaselineBenchmarks.bareSvgGraphics2D");
    double byHand = median("BaselineBenchmarks.handWrittenSvg");
    double perTouchpointMedium = svgMedium / BenchJourneys.MEDIUM.touchpoints();
    double perTouchpointLarge = svgLarge / BenchJourneys.LARGE.touchpoints();
    double allocated = allocation(results.get("RenderBenchmarks.svg MEDIUM")).orElse(Double.NaN);
    double one = throughput("ThreadBenchmarks.oneThread");
    double two = throughput("ThreadBenchmarks.twoThreads");

    out.println("| target | measured | limit | met |");
    out.println("|---|---:|---:|---|");
    ratio(out, "medium render / bare SVGGraphics2D baseline (medians)", svgMedium / bare,
        "≤ 1.5×", svgMedium / bare <= 1.5);
    ratio(out, "(for reference) medium render / hand-written StringBuilder (medians)",
        svgMedium / byHand, "", null);
    ratio(out, "large / medium cost per touchpoint (medians)",
        perTouchpointLarge / perTouchpointMedium, "≤ 1.2×",
        perTouchpointLarge / perTouchpointMedium <= 1.2);
    millis(out, "medium render, median", svgMedium, "≤ 4 ms", svgMedium <= 4);
    millis(out, "small render, median", svgSmall, "≤ 1 ms", svgSmall <= 1);
    ratio(out, String.format(Locale.ROOT, "medium render allocation / SVG size (%,d B)",
        mediumSvgBytes), allocated / mediumSvgBytes, "≤ 10×", allocated / mediumSvgBytes <= 10);
    ratio(out, "two threads / one thread, renders per second", two / one, "≥ 1.6×",
        two / one >= 1.6);
  }

  /** A row; a figure that the result file lacks (NaN) shows as n/a. */
  private static void ratio(PrintStream out, String what, double ratio, String limit,
      Boolean met) {
    out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", what,
        Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.2f×", ratio), limit,
        met == null ? "" : Double.isNaN(ratio) ? "not measured" : met(met));
  }

  private static void millis(PrintStream out, String what, double ms, String limit,
      boolean met) {
    out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", what,
        Double.isNaN(ms) ? "n/a" : number(ms) + " ms", limit,
        Double.isNaN(ms) ? "not measured" : met(met));
  }

  private static String met(boolean met) {
    return met ? "yes" : "**no**";
  }

  /** The mean score, or NaN if the file has no such result. */
  private double throughput(String key) {
    JsonNode run = results.get(key);
    return run == null ? Double.NaN : run.path("primaryMetric").path("score").asDouble();
  }

  /** The median of a sample-mode result, or NaN if the file has no such result. */
  private double median(String key) {
    JsonNode run = results.get(key);
    JsonNode median = run == null ? null
        : run.path("primaryMetric").path("scorePercentiles").path("50.0");
    return median == null || median.isMissingNode() ? Double.NaN : median.asDouble();
  }

  private static Optional<Double> allocation(JsonNode run) {
    if (run == null) {
      return Optional.empty();
    }
    // JMH 1.37 names it "gc.alloc.rate.norm"; older versions put a dot-like mark in front.
    for (Map.Entry<String, JsonNode> metric : run.path("secondaryMetrics").properties()) {
      if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
        return Optional.of(metric.getValue().path("score").asDouble());
      }
    }
    return Optional.empty();
  }

  private static String key(JsonNode run) {
    String name = run.path("benchmark").asText();
    String key = name.startsWith(PACKAGE) ? name.substring(PACKAGE.length()) : name;
    StringBuilder params = new StringBuilder();
    run.path("params").properties().forEach(p -> params.append(' ').append(p.getValue().asText()));
    return key + params;
  }

  private static int svgBytes(BenchJourneys size) {
    return JourneyRenderer.create().renderSvg(size.build()).getBytes(StandardCharsets.UTF_8)
        .length;
  }

  private static String number(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
        : String.format(Locale.ROOT, "%.3f", value);
  }

  private static String bytes(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }
}
