package dev.journeymap.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymap.render.GoldenMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The test kit on the project's own golden maps: journey-render's golden files, copied into
 * {@code src/test/resources/snapshots/}, checked with {@link MapSnapshots}.
 *
 * <p>journey-render's {@code GoldenSvgTest} owns these maps (it runs with the renderer's own
 * tests, and cannot use this module, which depends on the renderer); the copies here must stay
 * byte for byte the same as its files. After regenerating those on purpose, copy them:
 *
 * <pre>
 * cp journey-render/src/test/resources/golden/*.svg journey-test/src/test/resources/snapshots/
 * </pre>
 */
class GoldenMapsTest {
  private static final Path SNAPSHOTS = Path.of("src", "test", "resources", "snapshots");

  static List<GoldenMap> maps() {
    return GoldenMap.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("maps")
  void mapMatchesItsSnapshot(GoldenMap map) {
    MapSnapshots.assertMatches(map.journey(), map.options(),
        SNAPSHOTS.resolve(map.name() + ".svg"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("maps")
  void snapshotIsACopyOfTheRendererGoldenFile(GoldenMap map) throws IOException {
    String name = map.name() + ".svg";
    byte[] golden;
    // journey-render's test jar holds its golden files
    try (InputStream in = GoldenMap.class.getResourceAsStream("/golden/" + name)) {
      assertThat(in).as("journey-render's golden file %s", name).isNotNull();
      golden = in.readAllBytes();
    }
    byte[] copy = Files.readAllBytes(SNAPSHOTS.resolve(name));

    // compared as bytes, not with AssertJ's diff, which would print both documents
    assertThat(Arrays.equals(copy, golden))
        .as("%s is not a copy of journey-render's golden file: cp journey-render/"
            + "src/test/resources/golden/%s journey-test/%s/", SNAPSHOTS.resolve(name), name,
            SNAPSHOTS)
        .isTrue();
  }
}
