package dev.journeymap.test;

import static dev.journeymap.test.JourneyAssertions.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Journey;
import dev.journeymap.core.validation.InvalidJourneyException;
import dev.journeymap.core.validation.ProblemCode;
import dev.journeymap.render.JourneyRenderer;
import dev.journeymap.render.RenderOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Testing your maps" example runs as it is written, on a journey of the stages it
 * names, with its snapshot in a temporary directory.
 */
class ReadmeExampleTest {
  private static final Path README = Path.of("..", "README.md");

  Journey journey = Journey.builder("Booking a junk removal")
      .goal("Increase the number of booked jobs")
      .persona("busy-homeowner", "Busy homeowner")
      .stage("awareness", "Awareness", s -> s.action("Searches 'junk removal near me'"))
      .stage("purchase", "Purchase", s -> s.action("Books online")
          .touchpoint("booking-form", "Online booking form", Channel.WEB))
      .build();

  @TempDir Path dir;

  @Test
  void bookingMapIsCompleteAndDrawnAsReviewed() throws IOException {
    Path snapshot = dir.resolve("booking.svg");
    Files.writeString(snapshot, JourneyRenderer.create(RenderOptions.builder().indentSvg(true)
        .build()).renderSvg(journey), UTF_8);

    assertThat(journey).hasNoWarnings().hasStages("awareness", "purchase");
    MapSnapshots.assertMatches(journey, RenderOptions.defaults(), snapshot);

    assertThat(readme()).contains(
        "    assertThat(journey).hasNoWarnings().hasStages(\"awareness\", \"purchase\");\n"
        + "    MapSnapshots.assertMatches(journey, RenderOptions.defaults(),\n"
        + "        Path.of(\"src/test/resources/snapshots/booking.svg\"));\n");
  }

  @Test
  void refusesAStageIdUsedTwice() throws IOException {
    InvalidJourneyException e = catchThrowableOfType(InvalidJourneyException.class,
        () -> journey.toBuilder().stage(journey.stages().get(0)).build());
    assertThat(e.report()).hasErrorAt("stages[2].id", ProblemCode.ID_DUPLICATE);

    assertThat(readme()).contains(
        "    InvalidJourneyException e = catchThrowableOfType(InvalidJourneyException.class,\n"
        + "        () -> journey.toBuilder().stage(journey.stages().get(0)).build());\n"
        + "    assertThat(e.report()).hasErrorAt(\"stages[2].id\", ProblemCode.ID_DUPLICATE);\n");
    // the problem the README quotes
    assertThat(e.report().errors().get(0))
        .hasToString("stages[2].id: duplicate stage id 'awareness' (first used at stages[0].id)");
  }

  private static String readme() throws IOException {
    return Files.readString(README, UTF_8);
  }
}
