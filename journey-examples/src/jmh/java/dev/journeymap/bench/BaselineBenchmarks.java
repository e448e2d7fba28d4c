package dev.journeymap.bench;

import dev.journeymap.render.JourneyRenderer;
import dev.journeymap.render.RenderOptions;
import dev.journeymap.render.layout.Layout;
import dev.journeymap.render.layout.LayoutEngine;
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
 * The two baselines the medium render is judged against, drawn from the medium map's own layout
 * (see {@link DrawingOps} for what is and is not drawn): the same shapes and texts drawn straight
 * into a bare JFreeSVG {@code SVGGraphics2D} (the cost of the SVG library alone), and the same SVG
 * elements appended by hand to a {@code StringBuilder} (the limit).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BaselineBenchmarks {
  private DrawingOps ops;

  /** Lays the medium map out once and turns its marks into drawing operations. */
  @Setup
  public void setUp() {
    RenderOptions options = RenderOptions.defaults();
    LayoutEngine engine = LayoutEngine.create();
    Layout layout = engine.layout(BenchJourneys.MEDIUM.build(), options);
    ops = DrawingOps.of(layout, options.theme(), engine.cssFontFamily());
    // The renderer must have started the same classes before anything is measured.
    JourneyRenderer.create(options).renderSvg(BenchJourneys.MEDIUM.build());
  }

  /** The medium map's shapes and texts through a bare {@code SVGGraphics2D}. */
  @Benchmark
  public String bareSvgGraphics2D() {
    return ops.drawWithJFreeSvg();
  }

  /** The medium map's shapes and texts as SVG elements appended to a {@code StringBuilder}. */
  @Benchmark
  public String handWrittenSvg() {
    return ops.writeByHand();
  }
}
