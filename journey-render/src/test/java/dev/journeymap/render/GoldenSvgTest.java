package dev.journeymap.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymap.core.Journey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the SVG of a few representative maps with reviewed golden files, byte for byte.
 *
 * <p>To regenerate them on purpose, after a deliberate change to the picture:
 *
 * <pre>
 * mvn -B -q -pl journey-render -am verify -Dgolden.update=true
 * </pre>
 *
 * <p>then look at every changed file before committing it: {@code rsvg-convert FILE.svg -o
 * /tmp/x.png} and view the PNG, and run {@code svgcheck.mjs FILE.svg --strict} (no overlapping
 * or cut-off text). The test fails while it updates, so that an update is never mistaken for a
 * pass.
 *
 * <p>journey-test's {@code GoldenMapsTest} checks the same maps with the test kit's snapshot
 * helper against copies of these files, and fails until the copies are the same: after
 * regenerating, copy them too ({@code cp journey-render/src/test/resources/golden/*.svg
 * journey-test/src/test/resources/snapshots/}).
 */
class GoldenSvgTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

  static Stream<Arguments> maps() {
    return GoldenMap.all().stream().map(m -> Arguments.of(m.name(), m.journey(), m.options()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("maps")
  void svgMatchesTheReviewedGoldenFile(String name, Journey journey, RenderOptions options)
      throws IOException {
    // Indented, so that a diff shows which element changed.
    String svg = JourneyRenderer.create(options.toBuilder().indentSvg(true).build())
        .renderSvg(journey);
    Path golden = GOLDEN.resolve(name + ".svg");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, svg, StandardCharsets.UTF_8);
      throw new AssertionError("updated " + golden + "; review it, then run again without "
          + "-Dgolden.update=true");
    }
    assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();
    assertThat(svg).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
