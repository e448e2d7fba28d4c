package dev.journeymap.bench;

import dev.journeymap.core.Journey;
import dev.journeymap.core.json.JourneyJson;
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

/** What a map costs before it is drawn: reading and validating its JSON, or building it. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ModelBenchmarks {
  private String mediumJson;

  /** Writes the medium journey as the JSON document to read. */
  @Setup
  public void setUp() {
    mediumJson = JourneyJson.write(BenchJourneys.MEDIUM.build());
  }

  /** Parses and validates the medium journey's JSON document (about 30 kB). */
  @Benchmark
  public Journey readAndValidateMedium() {
    return JourneyJson.read(mediumJson);
  }

  /** Builds the medium journey with the fluent builder. */
  @Benchmark
  public Journey buildMedium() {
    return BenchJourneys.MEDIUM.build();
  }
}
