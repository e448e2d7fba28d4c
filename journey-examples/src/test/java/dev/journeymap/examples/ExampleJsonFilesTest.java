package dev.journeymap.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymap.core.Journey;
import dev.journeymap.core.json.JourneyJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON file of each example holds the same journey as its builder class, written exactly as
 * {@link JourneyJson#write(Journey)} writes it.
 *
 * <p>The files are generated from the builders, never edited by hand. After changing an example
 * class, regenerate them on purpose, read the diff, and commit it:
 *
 * <pre>
 * mvn -B -q -pl journey-examples -am verify -Dgolden.update=true
 * </pre>
 *
 * <p>This writes {@code src/main/resources/dev/journeymap/examples/NAME.json} for every example;
 * without the property the test only compares.
 */
class ExampleJsonFilesTest {
  private static final Path SOURCES = Path.of("src/main/resources/dev/journeymap/examples");

  static Stream<String> names() {
    return Examples.all().keySet().stream();
  }

  @BeforeAll
  static void regenerateOnlyWhenAsked() throws IOException {
    if (Boolean.getBoolean("golden.update")) {
      for (String name : Examples.names()) {
        JourneyJson.write(Examples.journey(name).orElseThrow(), SOURCES.resolve(name + ".json"));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void jsonFileHoldsTheSameJourneyAsTheBuilder(String name) throws IOException {
    Journey built = Examples.journey(name).orElseThrow();
    // After regeneration the classpath still holds the copy made before this run.
    String json = Boolean.getBoolean("golden.update")
        ? Files.readString(SOURCES.resolve(name + ".json"), UTF_8) : resource(name);

    assertThat(JourneyJson.read(json)).isEqualTo(built);
  }

  @ParameterizedTest
  @MethodSource("names")
  void jsonFileIsWrittenExactlyAsTheWriterWritesIt(String name) throws IOException {
    Journey built = Examples.journey(name).orElseThrow();

    assertThat(Files.readString(SOURCES.resolve(name + ".json"), UTF_8))
        .isEqualTo(JourneyJson.write(built));
  }

  @Test
  void everyExampleHasItsJsonFileAndNoOther() throws IOException {
    try (Stream<Path> files = Files.list(SOURCES)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(names().map(n -> n + ".json").toList());
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = Examples.class.getResourceAsStream(Examples.resource(name))) {
      assertThat(in).as("resource of %s", name).isNotNull();
      return new String(in.readAllBytes(), UTF_8);
    }
  }
}
