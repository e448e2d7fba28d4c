package dev.journeymap.bench;

import dev.journeymap.core.Journey;
import dev.journeymap.render.JourneyRenderer;
import dev.journeymap.render.RenderOptions;
import dev.journeymap.render.layout.Layout;
import dev.journeymap.render.layout.LayoutEngine;
import dev.journeymap.render.svg.SvgWriter;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The medium map, layout + SVG, against the hand-written baseline of the same marks, all in one
 * class so that their ratios compare runs seconds apart on a shared machine:
 *
 * <ul>
 *   <li>{@link #fullRender}: {@code JourneyRenderer.renderSvg(journey)}, layout and SVG;
 *   <li>{@link #layoutOnly}: the layout alone;
 *   <li>{@link #writeOnly}: {@code SvgWriter.write} of a layout made once, to a string;
 *   <li>{@link #writeStreaming}: the same into an {@code Appendable} that drops the text, which
 *       shows what the writer allocates besides the document itself;
 *   <li>{@link #handWrittenSvg}: the limit, the same document written by the simplest code from
 *       a flat list of the layout's marks made once (see {@link HandWrittenSvg}).
 * </ul>
 *
 * <p>The setup checks that the writer and the baseline really write the same document: the
 * writer's string must equal the renderer's, and the baseline's must be within 2 % of its length
 * (it is byte for byte the same when the writer has not changed since the baseline was written;
 * a note is printed otherwise).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BaselineBenchmarks {
  /** How far the baseline's length may be from the renderer's before the setup fails. */
  private static final double LENGTH_TOLERANCE = 0.02;

  private final RenderOptions options = RenderOptions.defaults();
  private final JourneyRenderer renderer = JourneyRenderer.create(options);
  private final LayoutEngine engine = LayoutEngine.create();
  private Journey journey;
  private Layout layout;
  private HandWrittenSvg handWritten;
  private final Discard discard = new Discard();

  /** Lays the medium map out once, flattens it for the baseline, and checks both documents. */
  @Setup
  public void setUp() {
    if (options.indentSvg()) {
      throw new IllegalStateException("the hand-written baseline does not indent");
    }
    journey = BenchJourneys.MEDIUM.build();
    layout = engine.layout(journey, options);
    String expected = renderer.renderSvg(journey);
    String written = writeOnly();
    if (!written.equals(expected)) {
      throw new IllegalStateException("SvgWriter.write of the layout differs from renderSvg");
    }
    handWritten = HandWrittenSvg.of(layout, options.theme(), engine.cssFontFamily(),
        expected.length());
    String byHand = handWrittenSvg();
    double off = Math.abs(byHand.length() - expected.length()) / (double) expected.length();
    if (off > LENGTH_TOLERANCE) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "the hand-written baseline writes %,d characters, the renderer %,d (%.1f %% apart):"
              + " it no longer writes the same document", byHand.length(), expected.length(),
          100 * off));
    }
    if (!byHand.equals(expected)) {
      int at = 0;
      while (at < byHand.length() && at < expected.length()
          && byHand.charAt(at) == expected.charAt(at)) {
        at++;
      }
      System.out.printf(Locale.ROOT, "%nnote: the hand-written baseline (%,d chars) differs"
          + " from the renderer's SVG (%,d chars) from char %,d: %s%n", byHand.length(),
          expected.length(), at,
          expected.substring(at, Math.min(expected.length(), at + 80)));
    }
  }

  /** Layout and SVG of the medium map through the public API, as users call it. */
  @Benchmark
  public String fullRender() {
    return renderer.renderSvg(journey);
  }

  /** The medium map's layout alone. */
  @Benchmark
  public Layout layoutOnly() {
    return engine.layout(journey, options);
  }

  /** The medium map's SVG written from a layout made once, as a string. */
  @Benchmark
  public String writeOnly() {
    return SvgWriter.write(layout, options.theme(), engine.cssFontFamily(), options.indentSvg());
  }

  /**
   * The medium map's SVG written from a layout made once into an {@code Appendable} that only
   * counts: the writer's own work and allocation, without a document held whole.
   */
  @Benchmark
  public long writeStreaming() throws IOException {
    discard.length = 0;
    SvgWriter.write(layout, options.theme(), engine.cssFontFamily(), options.indentSvg(),
        discard);
    return discard.length;
  }

  /** The same document written by hand from the flattened marks, into one builder. */
  @Benchmark
  public String handWrittenSvg() {
    return handWritten.write();
  }

  /** Counts what it is given and keeps none of it. */
  private static final class Discard implements Appendable {
    long length;

    @Override
    public Appendable append(CharSequence csq) {
      length += csq.length();
      return this;
    }

    @Override
    public Appendable append(CharSequence csq, int start, int end) {
      length += end - start;
      return this;
    }

    @Override
    public Appendable append(char c) {
      length++;
      return this;
    }
  }
}
