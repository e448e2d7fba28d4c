package dev.journeymap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever the reader accepts, the renderer draws: the journey at the validator's limits (2,000
 * stages, 50,000 touchpoints, 500,000 list entries) renders to an SVG file in a fresh JVM with a
 * heap of 1 GB. About 10 seconds and 370 MB of SVG; the layout holds every mark, about 900 MB
 * at its peak (mostly the wrapped lines of text), so a change that makes marks heavier fails
 * here first. Tagged {@code slow} and run by the default {@code mvn verify} (so by CI);
 * {@code -DexcludedGroups=slow} leaves it out while iterating.
 */
@Tag("slow")
class SvgAtTheLimitsTest {
  @TempDir Path dir;

  @Test
  void theLargestJourneyTheReaderAcceptsRendersToSvgInOneGigabyte()
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path svg = dir.resolve("limits.svg");
    Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx1g",
        "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
        SvgAtTheLimitsMain.class.getName(), svg.toString()))
        .redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    assertThat(output).startsWith("svg bytes: ");
    assertThat(Files.size(svg)).isGreaterThan(300_000_000L);
    try (SeekableByteChannel channel = Files.newByteChannel(svg)) {
      ByteBuffer end = ByteBuffer.allocate(7);
      channel.position(channel.size() - 7).read(end);
      assertThat(new String(end.array(), StandardCharsets.UTF_8)).isEqualTo("</svg>\n");
    }
  }
}
