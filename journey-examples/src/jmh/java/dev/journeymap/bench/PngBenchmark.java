package dev.journeymap.bench;

import dev.journeymap.core.Journey;
import dev.journeymap.render.JourneyRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

/** The small map as PNG bytes at the command line's default scale of 2, encoder included. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PngBenchmark {
  private static final double SCALE = 2;

  private final JourneyRenderer renderer = JourneyRenderer.create();
  private Journey journey;

  /** Builds the journey once. */
  @Setup
  public void setUp() {
    journey = BenchJourneys.SMALL.build();
  }

  /** The PNG file's bytes. */
  @Benchmark
  public byte[] pngSmall() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    renderer.renderPng(journey, out, SCALE);
    return out.toByteArray();
  }
}
