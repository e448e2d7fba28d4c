package dev.journeymap.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.testing.AdditionsExample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The additions to format 1 in JSON: the format document's example reads as the journey built
 * in code, and is written back in the order of the format document.
 *
 * <p>The golden file {@code additions-example.golden.json} is regenerated, like the other one,
 * with {@code -Dgolden.update=true}.
 */
class AdditionsJsonTest {
  private static final Path GOLDEN_SOURCE = Path.of("src/test/resources/dev/journeymap/core/json",
      TestDocuments.ADDITIONS_EXAMPLE_GOLDEN);

  @Test
  void readsTheFormatDocumentsExampleAsTheJourneyBuiltInCode() {
    assertThat(JourneyJson.read(TestDocuments.text(TestDocuments.ADDITIONS_EXAMPLE)))
        .isEqualTo(AdditionsExample.journey());
  }

  @Test
  void writesTheExampleAsTheGoldenFile() throws IOException {
    String written = JourneyJson.write(AdditionsExample.journey());
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN_SOURCE, written, StandardCharsets.UTF_8);
    }
    assertThat(written).isEqualTo(Files.readString(GOLDEN_SOURCE, StandardCharsets.UTF_8));
    assertThat(JourneyJson.read(written)).isEqualTo(AdditionsExample.journey());
  }

  @ParameterizedTest
  @CsvSource({
      "PT45M, PT45M, 2700",
      "PT26H, PT26H, 93600",
      "P2D, P2D, 172800",
      "PT48H, P2D, 172800",
      "P1DT2H, PT26H, 93600",
      "PT1H30M, PT1H30M, 5400",
      "PT0.5S, PT0.5S, 0",
      "PT0S, PT0S, 0",
      "P0D, PT0S, 0"})
  void writesDurationsInDaysWhenWholeDaysAndOtherwiseInHoursToSeconds(String read,
      String written, long seconds) {
    Journey journey = JourneyJson.read("{\"format\": 1, \"title\": \"T\", \"stages\": [{\"id\":"
        + " \"a\", \"name\": \"A\", \"backstage\": [{\"text\": \"x\", \"duration\": \"" + read
        + "\"}]}]}");
    Item item = journey.stages().get(0).backstage().get(0);

    assertThat(item.duration().map(Duration::getSeconds)).contains(seconds);
    assertThat(JourneyJson.write(journey)).contains("\"duration\": \"" + written + "\"");
    assertThat(JourneyJson.read(JourneyJson.write(journey))).isEqualTo(journey);
  }

  @Test
  void writesAnItemWithOnlyTextAsAPlainStringInEveryNewLane() {
    Journey journey = Journey.builder("T").lane("c", "C").stage("a", "A", s -> s
        .evidence("e").frontstage("f").backstage("b").support("s").lane("c", "l")
        .step("st", "St", st -> st.evidence("e2"))).build();

    assertThat(JourneyJson.write(journey)).isEqualTo("""
        {
          "format": 1,
          "title": "T",
          "state": "CURRENT",
          "lanes": [
            {
              "id": "c",
              "name": "C"
            }
          ],
          "stages": [
            {
              "id": "a",
              "name": "A",
              "lanes": {
                "c": [
                  "l"
                ]
              },
              "evidence": [
                "e"
              ],
              "frontstage": [
                "f"
              ],
              "backstage": [
                "b"
              ],
              "support": [
                "s"
              ],
              "steps": [
                {
                  "id": "st",
                  "name": "St",
                  "evidence": [
                    "e2"
                  ]
                }
              ]
            }
          ]
        }
        """);
  }

  @Test
  void anEmptyListUnderACustomLaneIsNoLaneAsEveryEmptyListIsNone() {
    Journey journey = JourneyJson.read("{\"format\": 1, \"title\": \"T\", \"lanes\": [{\"id\":"
        + " \"c\", \"name\": \"C\"}], \"stages\": [{\"id\": \"a\", \"name\": \"A\", \"lanes\":"
        + " {\"c\": []}, \"actions\": [\"x\"]}]}");
    assertThat(journey.stages().get(0).lanes()).isEmpty();
  }
}
