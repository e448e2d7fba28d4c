package dev.journeymap.bench;

import dev.journeymap.core.Journey;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Layout alone, and the full SVG render (layout, then {@code SvgWriter} into a string), for the
 * small, medium and large generated journeys, with the default options. {@code svg} LARGE (100
 * stages of 10 touchpoints) is the large-map target's figure; the medium map is compared with its
 * baseline in {@link BaselineBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RenderBenchmarks {
  /** Which journey. */
  @Param({"SMALL", "MEDIUM", "LARGE"})
  public BenchJourneys size;

  private final RenderOptions options = RenderOptions.defaults();
  private final LayoutEngine engine = LayoutEngine.create();
  private final JourneyRenderer renderer = JourneyRenderer.create(options);
  private Journey journey;

  /** Builds the journey once; only drawing it is measured. */
  @Setup
  public void setUp() {
    journey = size.build();
  }

  /** The geometry of the map: text measured and broken, boxes, lines and the curve placed. */
  @Benchmark
  public Layout layout() {
    return engine.layout(journey, options);
  }

  /** The whole SVG document as a string: layout and writing. */
  @Benchmark
  public String svg() {
    return renderer.renderSvg(journey);
  }
}
