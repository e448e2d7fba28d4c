package dev.journeymap.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymap.core.Journey;
import dev.journeymap.core.testing.RandomJourneys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Writing then reading gives the same journey, and the writer's output is byte-stable.
 *
 * <p>The golden file {@code format-example.golden.json} is what the writer makes of the example
 * of the format document. When the output changes on purpose, regenerate it with
 * {@code mvn -B -pl journey-core verify -Dgolden.update=true}, read the diff, and commit it only
 * if every change is intended.
 */
class JourneyJsonRoundTripTest {
  /** The source file, not the class-path copy, so that an update is compared at once. */
  private static final Path GOLDEN_SOURCE = Path.of("src/test/resources/dev/journeymap/core/json",
      TestDocuments.FORMAT_EXAMPLE_GOLDEN);

  @ParameterizedTest
  @MethodSource("dev.journeymap.core.testing.RandomJourneys#seeds")
  void readingWhatWasWrittenGivesTheSameJourney(long seed) {
    Journey journey = RandomJourneys.journey(seed);
    String json = JourneyJson.write(journey);
    assertThat(JourneyJson.read(json)).isEqualTo(journey);
    assertThat(JourneyJson.write(JourneyJson.read(json))).isEqualTo(json);
  }

  @ParameterizedTest
  @MethodSource("dev.journeymap.core.testing.RandomJourneys#seeds")
  void readingWhatWasWrittenGivesTheSameJourneyWithEveryAddition(long seed) {
    Journey journey = RandomJourneys.withAdditions(seed);
    String json = JourneyJson.write(journey);
    assertThat(JourneyJson.read(json)).isEqualTo(journey);
    assertThat(JourneyJson.write(JourneyJson.read(json))).isEqualTo(json);
  }

  @Test
  void theFormatDocumentExampleSurvivesARoundTrip() {
    Journey example = JourneyJson.read(TestDocuments.text(TestDocuments.FORMAT_EXAMPLE));
    assertThat(JourneyJson.read(JourneyJson.write(example))).isEqualTo(example);
  }

  @Test
  void writesTheFormatDocumentExampleAsTheGoldenFile() throws IOException {
    Journey example = JourneyJson.read(TestDocuments.text(TestDocuments.FORMAT_EXAMPLE));
    String written = JourneyJson.write(example);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN_SOURCE, written, StandardCharsets.UTF_8);
    }
    assertThat(written).isEqualTo(Files.readString(GOLDEN_SOURCE, StandardCharsets.UTF_8));
  }
}
