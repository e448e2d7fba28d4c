package dev.journeymap.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.journeymap.core.Journey;
import dev.journeymap.core.json.JourneyJson;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in a JVM of its own, where it meets what a user's shell can do to it: too
 * little memory, standard output on a full disk, a pipe where a file was expected, an endless
 * standard input, and a kill in the middle of a write.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ForkedCliTest {
  @TempDir
  Path dir;

  /**
   * A valid map of {@code stages} stages of six actions each; 20 stages are about 4,500 × 1,070
   * px, so 77 MB of pixels as PNG at scale 2.
   */
  private Path bigMap(String name, int stages) throws IOException {
    Journey.Builder builder = Journey.builder("A long journey").goal("Find the limits")
        .persona("tester", "Tester");
    for (int i = 0; i < stages; i++) {
      int stage = i;
      builder.stage("s" + i, "Stage " + i, s -> {
        for (int j = 0; j < 6; j++) {
          s.action("Does step " + j + " of stage " + stage + " with some words to wrap around");
        }
        s.emotion(stage % 5 - 2, "Feels it");
      });
    }
    return Files.writeString(dir.resolve(name), JourneyJson.write(builder.build()), UTF_8);
  }

  private Path homeServices() throws IOException {
    try (var in = dev.journeymap.examples.Examples.class.getResourceAsStream(
        dev.journeymap.examples.Examples.resource("home-services"))) {
      return Files.write(dir.resolve("home-services.json"), in.readAllBytes());
    }
  }

  private List<String> files(Path directory) throws IOException {
    try (Stream<Path> list = Files.list(directory)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  // --- item 3: standard input has the size limit of a file

  @Test
  void standardInputLongerThanAFileMayBeIsRefusedAfterReadingOneByteMore() throws Exception {
    long limit = JourneyJson.MAX_DOCUMENT_LENGTH;
    Process process = ForkedCli.builder(dir, List.of("-Xmx256m"), "render", "-").start();
    // offers twice the limit, lazily; the command line must stop reading after limit + 1
    CompletableFuture<Long> offered = CompletableFuture.supplyAsync(() -> {
      byte[] chunk = new byte[64 * 1024];
      Arrays.fill(chunk, (byte) ' ');
      chunk[0] = '{';
      long written = 0;
      try (OutputStream stdin = process.getOutputStream()) {
        while (written < 2 * limit) {
          stdin.write(chunk);
          written += chunk.length;
          Arrays.fill(chunk, 0, 1, (byte) ' ');
        }
      } catch (IOException closedByTheReader) {
        // the command line stopped reading and ended: what it took is what was written
      }
      return written;
    });

    ForkedCli run = ForkedCli.finish(dir, process);

    assertThat(run.err()).isEqualTo("<stdin>: the input is longer than the " + limit
        + " bytes allowed\n");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    // what the pipe and the streams buffer is far less than this margin
    assertThat(offered.get(1, TimeUnit.MINUTES)).isLessThan(limit + 8 * 1024 * 1024);
  }

  @Test
  void standardInputAsLongAsAFileMayBeIsStillRead() throws Exception {
    long limit = JourneyJson.MAX_DOCUMENT_LENGTH;
    Path exactlyTheLimit = dir.resolve("padded.json");
    String map = Files.readString(homeServices());
    Files.writeString(exactlyTheLimit, map + " ".repeat((int) (limit - map.length())));

    ProcessBuilder builder = ForkedCli.builder(dir, List.of("-Xmx512m"), "validate", "-")
        .redirectInput(exactlyTheLimit.toFile());
    ForkedCli run = ForkedCli.finish(dir, builder.start());

    assertThat(run.out()).isEqualTo("<stdin>: valid\n");
    assertThat(run.status()).isZero();
  }

  // --- item 5: a pipe is not a journey file

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void aNamedPipeIsRefusedRatherThanWaitedOn() throws Exception {
    Path fifo = dir.resolve("map.json");
    try {
      Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
      assumeTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0,
          "mkfifo failed");
    } catch (IOException noMkfifo) {
      assumeTrue(false, "needs mkfifo");
    }

    for (String command : List.of("validate", "render", "insights")) {
      ForkedCli run = ForkedCli.run(dir, List.of(), command, "map.json");

      assertThat(run.err()).as(command).isEqualTo("map.json: not a regular file (a pipe, "
          + "device or socket); name a journey file, or pipe it into '-'\n");
      assertThat(run.status()).as(command).isEqualTo(1);
    }
  }
}
