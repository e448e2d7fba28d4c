package dev.journeymap.test;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Journey;
import dev.journeymap.render.JourneyRenderer;
import dev.journeymap.render.RenderOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapSnapshotsTest {
  private static final String PROPERTY = "journeymap.snapshots";
  private static final RenderOptions OPTIONS = RenderOptions.defaults();

  @TempDir Path dir;

  private static Journey booking(String action) {
    return Journey.builder("Booking").id("booking")
        .stage("purchase", "Purchase", s -> s.action(action)
            .touchpoint("booking-form", "Online booking form", Channel.WEB))
        .build();
  }

  /** What the helper compares with: the map rendered as indented SVG. */
  private static String indented(Journey journey) {
    return JourneyRenderer.create(OPTIONS.toBuilder().indentSvg(true).build())
        .renderSvg(journey);
  }

  @AfterEach
  void clearProperty() {
    System.clearProperty(PROPERTY);
  }

  @Test
  void passesWhenTheFileHoldsTheIndentedMap() throws IOException {
    Path file = dir.resolve("booking.svg");
    Files.writeString(file, indented(booking("Books online")), UTF_8);

    MapSnapshots.assertMatches(booking("Books online"), OPTIONS, file);
  }

  @Test
  void rendersIndentedWhateverTheOptionsSay() throws IOException {
    Path file = dir.resolve("booking.svg");
    Files.writeString(file, indented(booking("Books online")), UTF_8);

    MapSnapshots.assertMatches(booking("Books online"),
        OPTIONS.toBuilder().indentSvg(false).build(), file);
  }

  @Test
  void readsWindowsLineEndingsAsLineFeeds() throws IOException {
    Path file = dir.resolve("booking.svg");
    Files.writeString(file, indented(booking("Books online")).replace("\n", "\r\n"), UTF_8);

    MapSnapshots.assertMatches(booking("Books online"), OPTIONS, file);
  }

  @Test
  void mismatchShowsTheFirstDifferingLineWithThreeLinesAround() throws IOException {
    Path file = dir.resolve("booking.svg");
    Files.writeString(file, indented(booking("Books by phone")), UTF_8);
    List<String> lines = Arrays.asList(indented(booking("Books online")).split("\n"));
    int at = indexOfLineContaining(lines, ">Books online<");
    String old = lines.get(at).replace(">Books online<", ">Books by phone<");

    assertThatThrownBy(() -> MapSnapshots.assertMatches(booking("Books online"), OPTIONS, file))
        .isInstanceOf(AssertionError.class)
        .hasMessage("snapshot " + file + " differs from the rendered map at line " + (at + 1)
            + " (- snapshot, + rendered):\n"
            + "  " + (at - 2) + " | " + lines.get(at - 3) + "\n"
            + "  " + (at - 1) + " | " + lines.get(at - 2) + "\n"
            + "  " + at + " | " + lines.get(at - 1) + "\n"
            + "- " + (at + 1) + " | " + old + "\n"
            + "+ " + (at + 1) + " | " + lines.get(at) + "\n"
            + "  " + (at + 2) + " | " + lines.get(at + 1) + "\n"
            + "  " + (at + 3) + " | " + lines.get(at + 2) + "\n"
            + "  " + (at + 4) + " | " + lines.get(at + 3) + "\n"
            + "to accept the rendered map, run again with -Djourneymap.snapshots=update");
  }

  @Test
  void mismatchInALongLineShowsTheDifferenceNotTheWholeLine() throws IOException {
    String svg = indented(booking("Books online"));
    Path file = dir.resolve("booking.svg");
    // a snapshot without line breaks: its first line is the whole document
    Files.writeString(file, svg.replace("\n", "").replaceFirst("height=\"\\d+\"",
        "height=\"999\""), UTF_8);

    assertThatThrownBy(() -> MapSnapshots.assertMatches(booking("Books online"), OPTIONS, file))
        .hasMessageStartingWith("snapshot " + file + " differs from the rendered map at line 1")
        .hasMessageContaining("height=\"999\"")
        .satisfies(e -> assertThat(e.getMessage().lines())
            .allSatisfy(line -> assertThat(line).hasSizeLessThan(240 + file.toString().length())));
  }

  @Test
  void aShorterSnapshotEndsBeforeTheDifference() throws IOException {
    String svg = indented(booking("Books online"));
    List<String> lines = Arrays.asList(svg.split("\n"));
    Path file = dir.resolve("booking.svg");
    Files.writeString(file, String.join("\n", lines.subList(0, 3)), UTF_8);

    assertThatThrownBy(() -> MapSnapshots.assertMatches(booking("Books online"), OPTIONS, file))
        .hasMessageContaining("at line 4 (- snapshot, + rendered):\n")
        .hasMessageContaining("\n- 4 | (end of file)\n+ 4 | " + lines.get(3) + "\n+ 5 | "
            + lines.get(4) + "\n");
  }

  @Test
  void missingFileSaysHowToCreateIt() {
    Path file = dir.resolve("booking.svg");

    assertThatThrownBy(() -> MapSnapshots.assertMatches(booking("Books online"), OPTIONS, file))
        .isInstanceOf(AssertionError.class)
        .hasMessage("no snapshot " + file + "; create it by running this test with"
            + " -Djourneymap.snapshots=update, then review it");
    assertThat(file).doesNotExist();
  }

  @Test
  void updateModeCreatesTheFileAndItsDirectoriesThenFails() throws IOException {
    Path file = dir.resolve("snapshots").resolve("maps").resolve("booking.svg");
    System.setProperty(PROPERTY, "update");

    assertThatThrownBy(() -> MapSnapshots.assertMatches(booking("Books online"), OPTIONS, file))
        .isInstanceOf(AssertionError.class)
        .hasMessage("created snapshot " + file + "; review it, then run again without"
            + " -Djourneymap.snapshots=update");
    assertThat(Files.readString(file, UTF_8)).isEqualTo(indented(booking("Books online")));

    System.clearProperty(PROPERTY);
    MapSnapshots.assertMatches(booking("Books online"), OPTIONS, file);
  }

  @Test
  void updateModeOverwritesADifferentFileThenFails() throws IOException {
    Path file = dir.resolve("booking.svg");
    Files.writeString(file, indented(booking("Books by phone")), UTF_8);
    System.setProperty(PROPERTY, "update");

    assertThatThrownBy(() -> MapSnapshots.assertMatches(booking("Books online"), OPTIONS, file))
        .hasMessage("updated snapshot " + file + "; review it, then run again without"
            + " -Djourneymap.snapshots=update");
    assertThat(Files.readString(file, UTF_8)).isEqualTo(indented(booking("Books online")));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).as("no temporary file left").containsExactly(file);
    }
  }

  @Test
  void updateModeFailsEvenWhenTheFileAlreadyMatches() throws IOException {
    Path file = dir.resolve("booking.svg");
    Files.writeString(file, indented(booking("Books online")), UTF_8);
    System.setProperty(PROPERTY, "update");

    assertThatThrownBy(() -> MapSnapshots.assertMatches(booking("Books online"), OPTIONS, file))
        .hasMessage("snapshot " + file + " already matches; run again without"
            + " -Djourneymap.snapshots=update");
  }

  @Test
  void anotherValueOfThePropertyOnlyCompares() {
    Path file = dir.resolve("booking.svg");
    System.setProperty(PROPERTY, "true");

    assertThatThrownBy(() -> MapSnapshots.assertMatches(booking("Books online"), OPTIONS, file))
        .hasMessageStartingWith("no snapshot ");
    assertThat(file).doesNotExist();
  }

  private static int indexOfLineContaining(List<String> lines, String text) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError("no line contains " + text);
  }
}
