package dev.journeymap.bench;

import dev.journeymap.core.Journey;
import dev.journeymap.render.JourneyRenderer;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One shared renderer drawing the medium map from one thread, then from two at once. Every
 * render is compared with the map drawn in the setup, so a run that finishes also proves that
 * both threads drew the very same SVG.
 *
 * <p>Warmed up longer than the other benchmarks: with two threads the JIT compiler competes with
 * both of them for the two cores of the machine it was measured on, and three one-second warm-up
 * iterations left the two-thread figure still climbing (211, 239, 275 renders/s), which made it
 * look as if a second thread added nothing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ThreadBenchmarks {
  private final JourneyRenderer renderer = JourneyRenderer.create();
  private Journey journey;
  private String expected;

  /** Draws the reference map. */
  @Setup
  public void setUp() {
    journey = BenchJourneys.MEDIUM.build();
    expected = renderer.renderSvg(journey);
  }

  /** Renders per second from one thread. */
  @Benchmark
  @Threads(1)
  public String oneThread() {
    return checked(renderer.renderSvg(journey));
  }

  /** Renders per second from two threads sharing the renderer (JMH adds both threads' rates). */
  @Benchmark
  @Threads(2)
  public String twoThreads() {
    return checked(renderer.renderSvg(journey));
  }

  private String checked(String svg) {
    if (!svg.equals(expected)) {
      throw new IllegalStateException("a render differs from the reference map: "
          + svg.length() + " chars instead of " + expected.length());
    }
    return svg;
  }
}
