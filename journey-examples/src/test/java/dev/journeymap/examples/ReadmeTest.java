package dev.journeymap.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymap.core.Journey;
import dev.journeymap.core.json.JourneyJson;
import dev.journeymap.core.validation.JourneyValidator;
import dev.journeymap.mermaid.MermaidJourney;
import dev.journeymap.render.JourneyRenderer;
import dev.journeymap.render.Lane;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the project README shows is true. */
class ReadmeTest {
  private static final Path README = Path.of("../README.md");
  private static final Path PICTURE = Path.of("../docs/home-services.svg");

  private static String block(String language) throws IOException {
    Matcher m = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL)
        .matcher(Files.readString(README, UTF_8));
    assertThat(m.find()).as("a ```%s block in the README", language).isTrue();
    return m.group(1);
  }

  @Test
  void jsonExampleIsAValidJourneyWithoutWarnings() throws IOException {
    Journey journey = JourneyJson.read(block("json"));

    assertThat(journey.title()).isEqualTo("Booking a junk removal");
    assertThat(JourneyValidator.validate(journey).problems()).isEmpty();
  }

  @Test
  void optionTableListsEveryLaneInOrder() throws IOException {
    String lanes = Lane.builtIn().stream()
        .map(l -> "`" + l.id() + "`")
        .collect(Collectors.joining(", "));

    assertThat(Files.readString(README, UTF_8)).contains("in this order: " + lanes + ", or the id");
  }

  /**
   * The picture is regenerated on purpose (command in the README), not on every renderer change,
   * so this checks what it shows, not its bytes.
   */
  @Test
  void pictureIsAnSvgOfTheHomeServicesExample() throws IOException {
    assertThat(Files.readString(PICTURE, UTF_8))
        .startsWith("<svg")
        .contains(">" + HomeServicesJourney.journey().title() + "</title>");
  }

  /** The README's Java example, word for word apart from the file written. */
  @Test
  void javaExampleBuildsAndRenders(@TempDir Path dir)
      throws IOException {
    Journey journey = Journey.builder("Booking a junk removal")
        .goal("Increase the number of booked jobs")
        .stage("purchase", "Purchase", s -> s.action("Books online").emotion(1, "Relieved"))
        .build();
    JourneyRenderer.create().renderSvg(journey, dir.resolve("map.svg"));

    assertThat(Files.readString(dir.resolve("map.svg"), UTF_8)).startsWith("<svg")
        .contains("Books online");
    assertThat(block("java")).contains(
        ".stage(\"purchase\", \"Purchase\", s -> s.action(\"Books online\")"
            + ".emotion(1, \"Relieved\"))");
  }

  /**
   * The Mermaid block is the home-services example as the library exports it, and the file
   * beside the picture holds the same text. Regenerate both with the README's {@code convert}
   * command when the example changes.
   */
  @Test
  void mermaidBlockIsTheExportOfTheHomeServicesExample() throws IOException {
    String exported = MermaidJourney.write(HomeServicesJourney.journey());

    assertThat(block("mermaid")).isEqualTo(exported);
    assertThat(Files.readString(Path.of("../docs/home-services-mermaid.mmd"), UTF_8))
        .isEqualTo(exported);
  }

  /**
   * The picture under the Mermaid block is that diagram as the README's {@code render} command
   * draws it (the command line renders with the default renderer): each task a step, so one
   * column per task under its section's stage. Regenerate it with that command when the reader
   * or the renderer changes.
   */
  @Test
  void mermaidPictureIsTheDiagramAsTheCommandLineDrawsIt() throws IOException {
    Journey read = MermaidJourney.read(Path.of("../docs/home-services-mermaid.mmd"));

    assertThat(read.columns()).hasSize(10);
    assertThat(Files.readString(Path.of("../docs/home-services-mermaid.svg"), UTF_8))
        .isEqualTo(JourneyRenderer.create().renderSvg(read));
  }
}
