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
 * BENCHMARKS.md}: every result, then each target of the issue with its ratio from the same run.
 *
 * <pre>
 * java -jar journey-examples/target/benchmarks.jar 'BaselineBenchmarks|RenderBenchmarks' \
 *     -prof gc -rf json -rff result.json
 * java -cp journey-examples/target/benchmarks.jar dev.journeymap.bench.TargetReport result.json \
 *     [MERMAID_MEDIAN_MS]
 * </pre>
 *
 * <p>The targets: layout + SVG of the medium map at least 100 times as fast as Mermaid's
 * {@code mermaid.render} of the same journey (Mermaid's median comes from {@code
 * bench/mermaid-vs-java.sh}, as the optional second argument); SVG writing at most 1.3 times the
 * hand-written baseline of the same document; allocation per render at most 3 times the SVG's
 * size in UTF-8 bytes; the large map (100 stages of 10 touchpoints) laid out and written in at
 * most 8 ms. A target whose benchmarks are not in the file shows as not measured; allocation
 * needs {@code -prof gc}.
 */
public final class TargetReport {
  private static final String PACKAGE = "dev.journeymap.bench.";

  private final Map<String, JsonNode> results = new LinkedHashMap<>();
  private final double mermaidMillis;

  private TargetReport(JsonNode runs, double mermaidMillis) {
    for (JsonNode run : runs) {
      results.put(key(run), run);
    }
    this.mermaidMillis = mermaidMillis;
  }

  /**
   * Prints the report of the result file named by the first argument; the second, if given, is
   * Mermaid's median time for the medium map in ms.
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: TargetReport JMH_RESULT.json [MERMAID_MEDIAN_MS]");
      System.exit(2);
    }
    JsonNode runs = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    double mermaid = args.length == 2 ? Double.parseDouble(args[1]) : Double.NaN;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    new TargetReport(runs, mermaid).print(out);
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
    double render = median("BaselineBenchmarks.fullRender");
    if (Double.isNaN(render)) {
      render = median("RenderBenchmarks.svg MEDIUM");
    }
    double layout = median("BaselineBenchmarks.layoutOnly");
    double write = median("BaselineBenchmarks.writeOnly");
    double byHand = median("BaselineBenchmarks.handWrittenSvg");
    double large = median("RenderBenchmarks.svg LARGE");
    double renderBytes = allocation("BaselineBenchmarks.fullRender");
    double writeBytes = allocation("BaselineBenchmarks.writeOnly");
    double streamingBytes = allocation("BaselineBenchmarks.writeStreaming");
    double byHandBytes = allocation("BaselineBenchmarks.handWrittenSvg");

    out.println("| target | measured | limit | met |");
    out.println("|---|---:|---:|---|");
    if (Double.isNaN(mermaidMillis)) {
      out.println("| medium map: Mermaid `mermaid.render` / our layout + SVG (medians) | n/a:"
          + " Mermaid's figure comes from `bench/mermaid-vs-java.sh` (pass its median in ms as"
          + " the second argument) | ≥ 100× | not measured here |");
    } else {
      ratio(out, String.format(Locale.ROOT, "medium map: Mermaid `mermaid.render` (%s ms) / our"
          + " layout + SVG (medians)", number(mermaidMillis)), mermaidMillis / render,
          "≥ 100×", mermaidMillis / render >= 100);
    }
    ratio(out, "medium map: SVG writing / hand-written baseline of the same document"
        + " (writeOnly / handWrittenSvg, medians, same class)", write / byHand, "≤ 1.3×",
        write / byHand <= 1.3);
    ratio(out, String.format(Locale.ROOT, "medium map: allocation of layout + SVG / SVG size"
        + " (fullRender B/op / %,d B)", mediumSvgBytes), renderBytes / mediumSvgBytes, "≤ 3×",
        renderBytes / mediumSvgBytes <= 3);
    ratio(out, String.format(Locale.ROOT, "medium map: allocation of SVG writing / SVG size"
        + " (writeOnly B/op / %,d B)", mediumSvgBytes), writeBytes / mediumSvgBytes, "≤ 3×",
        writeBytes / mediumSvgBytes <= 3);
    millis(out, "large map (100 stages × 10 touchpoints): layout + SVG, median"
        + " (RenderBenchmarks.svg LARGE)", large, "≤ 8 ms", large <= 8);
    millis(out, "(for reference) medium map: layout + SVG, median", render, "", null);
    ratio(out, "(for reference) medium map: layout share of layout + SVG"
        + " (layoutOnly / fullRender, medians)", layout / render, "", null);
    ratio(out, "(for reference) medium map: layout + SVG / hand-written baseline (medians)",
        render / byHand, "", null);
    ratio(out, "(for reference) allocation of the hand-written baseline / SVG size",
        byHandBytes / mediumSvgBytes, "", null);
    ratio(out, "(for reference) allocation of SVG writing into an Appendable / SVG size"
        + " (writeStreaming)", streamingBytes / mediumSvgBytes, "", null);
  }

  /** A row; a figure that the result file lacks (NaN) shows as n/a. */
  private static void ratio(PrintStream out, String what, double ratio, String limit,
      Boolean met) {
    out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", what,
        Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.2f×", ratio), limit,
        met == null ? "" : Double.isNaN(ratio) ? "not measured" : met(met));
  }

  private static void millis(PrintStream out, String what, double ms, String limit,
      Boolean met) {
    out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", what,
        Double.isNaN(ms) ? "n/a" : number(ms) + " ms", limit,
        met == null ? "" : Double.isNaN(ms) ? "not measured" : met(met));
  }

  private static String met(boolean met) {
    return met ? "yes" : "**no**";
  }

  /** The median of a sample-mode result, or NaN if the file has no such result. */
  private double median(String key) {
    JsonNode run = results.get(key);
    JsonNode median = run == null ? null
        : run.path("primaryMetric").path("scorePercentiles").path("50.0");
    return median == null || median.isMissingNode() ? Double.NaN : median.asDouble();
  }

  /** {@code gc.alloc.rate.norm} of a result in bytes, or NaN if it or the figure is missing. */
  private double allocation(String key) {
    return allocation(results.get(key)).orElse(Double.NaN);
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
