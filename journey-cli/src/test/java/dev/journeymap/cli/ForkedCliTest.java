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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

  // --- item 2: out of memory is one line, not a stack trace

  @Test
  void aPngTooLargeForTheHeapIsOneLineAndStatusOne() throws Exception {
    bigMap("big.json", 20);

    ForkedCli run = ForkedCli.run(dir, List.of("-Xmx48m"), "render", "big.json",
        "--format", "png");

    assertThat(run.err()).isEqualTo("big.json: the map is too large to draw as PNG at scale 2; "
        + "try --scale 1 or SVG\n");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(files(dir)).containsExactly("big.json");
  }

  @Test
  void aPngTooLargeForTheHeapOnStandardOutputIsOneLineAndStatusOne() throws Exception {
    Path map = bigMap("big.json", 20);
    ProcessBuilder builder = ForkedCli.builder(dir, List.of("-Xmx48m"), "render", "-",
        "--format", "png", "--scale", "1.5").redirectInput(map.toFile());

    ForkedCli run = ForkedCli.finish(dir, builder.start());

    assertThat(run.err()).isEqualTo("<stdin>: the map is too large to draw as PNG at scale 1.5; "
        + "try --scale 1 or SVG\n");
    assertThat(run.status()).isEqualTo(1);
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
    // the limit counts bytes: the map has characters of two and three bytes
    int bytes = map.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    Files.writeString(exactlyTheLimit, map + " ".repeat((int) (limit - bytes)));

    ProcessBuilder builder = ForkedCli.builder(dir, List.of("-Xmx512m"), "validate", "-")
        .redirectInput(exactlyTheLimit.toFile());
    ForkedCli run = ForkedCli.finish(dir, builder.start());

    assertThat(run.out()).isEqualTo("<stdin>: valid\n");
    assertThat(run.status()).isZero();
  }

  // --- item 4: a map lost on a full disk is an error

  private static void assumeDevFull() {
    assumeTrue(new File("/dev/full").exists(), "needs /dev/full (Linux)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"png", "svg"})
  void aMapOnAFullStandardOutputIsAnError(String format) throws Exception {
    assumeDevFull();
    ProcessBuilder builder = ForkedCli.builder(dir, List.of(), "render", "-", "--format", format)
        .redirectInput(homeServices().toFile())
        .redirectOutput(new File("/dev/full"));

    ForkedCli run = ForkedCli.finish(dir, builder.start());

    assertThat(run.err()).isEqualTo("<stdin>: cannot write the map to standard output\n");
    assertThat(run.status()).isEqualTo(1);
  }

  @Test
  void whatValidatePrintsOnAFullStandardOutputIsNotLost() throws Exception {
    assumeDevFull();
    homeServices();
    ProcessBuilder builder = ForkedCli.builder(dir, List.of(), "validate", "home-services.json")
        .redirectOutput(new File("/dev/full"));

    ForkedCli run = ForkedCli.finish(dir, builder.start());

    assertThat(run.err()).isEqualTo("error: cannot write to standard output\n");
    assertThat(run.status()).isEqualTo(1);
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

  // --- item 7: a killed run leaves nothing that a later run does not clean up

  @Test
  void aRunKilledMidWriteLeavesNothingAfterTheNextRun() throws Exception {
    bigMap("big.json", 40);
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.writeString(out.resolve(".big.png.tmp"), "not the command line's");
    Files.writeString(out.resolve("notes.txt"), "not the command line's either");
    Process first = ForkedCli.builder(dir, List.of("-Xmx768m"), "render", "big.json",
        "--format", "png", "-o", "out").start();

    String temp = null;
    long deadline = System.nanoTime() + ForkedCli.TIMEOUT.toNanos();
    while (temp == null && first.isAlive() && System.nanoTime() < deadline) {
      temp = files(out).stream().filter(f -> f.endsWith(".journeymap-tmp")).findFirst()
          .orElse(null);
      Thread.onSpinWait();
    }
    first.destroyForcibly();
    assertThat(first.waitFor(1, TimeUnit.MINUTES)).isTrue();
    ForkedCli.finish(dir, first);
    assertThat(temp).as("the first run was seen writing").isNotNull();
    assertThat(files(out)).contains(temp).doesNotContain("big.png");

    ForkedCli second = ForkedCli.run(dir, List.of("-Xmx768m"), "render", "big.json",
        "--format", "png", "-o", "out");

    assertThat(second.err()).isEmpty();
    assertThat(second.out()).isEqualTo("wrote out/big.png\n");
    assertThat(second.status()).isZero();
    assertThat(files(out)).containsExactly(".big.png.tmp", "big.png", "notes.txt");
  }
}
