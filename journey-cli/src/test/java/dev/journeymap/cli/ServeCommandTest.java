package dev.journeymap.cli;

import static dev.journeymap.cli.PreviewHarness.eventually;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code journey-map serve}: its help, its usage errors, its start, and how it stops. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ServeCommandTest {
  private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/) ");
  private static final String MERMAID = "journey\n  title Ordering a pizza\n  section Order\n"
      + "    Opens the app: 4\n";

  @TempDir
  Path dir;

  @BeforeEach
  void writeFiles() throws IOException {
    Files.writeString(dir.resolve("pizza.mmd"), MERMAID, UTF_8);
  }

  @Test
  void helpListsServeAndItsOptions() {
    assertThat(CliRun.run(dir, "--help").out()).contains("  serve ");

    CliRun run = CliRun.run(dir, "serve", "--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Usage: journey-map serve [-h] [--host=ADDR] [--port=N] "
            + "FILE...\n")
        .contains("--port=N", "0 for a free one (default: 8080)", "--host=ADDR",
            "(default: 127.0.0.1, this machine only)", "0   stopped with Ctrl-C");
  }

  @Test
  void standardInputCannotBeServed() {
    CliRun run = CliRun.run(dir, "serve", "pizza.mmd", "-");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("error: serve shows files as they change; '-' (standard "
        + "input) cannot be served\nUsage: journey-map serve");
  }

  @Test
  void aPortOutOfRangeOrAnUnknownHostIsAUsageError() {
    assertThat(CliRun.run(dir, "serve", "pizza.mmd", "--port", "65536").err())
        .startsWith("error: --port must be between 0 and 65535, not 65536\n");
    CliRun run = CliRun.run(dir, "serve", "pizza.mmd", "--host", "no such host.invalid");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("error: unknown --host: no such host.invalid\n");
    assertThat(CliRun.run(dir, "serve").status()).isEqualTo(2);
  }

  @Test
  void aPortInUseIsOneLineAndStatusOne() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();

      CliRun run = CliRun.run(dir, "serve", "pizza.mmd", "--port", String.valueOf(port));

      assertThat(run.status()).isOne();
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).isEqualTo("error: cannot listen on 127.0.0.1:" + port
          + ": Address already in use; try another --port, or --port 0 for a free one\n");
    }
    assertThat(PreviewTest.previewThreads()).isEmpty();
  }

  @Test
  void inProcessItServesUntilItsThreadIsInterrupted() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    AtomicInteger status = new AtomicInteger(-1);
    Thread serving = new Thread(() -> status.set(JourneyMapCli.run(
        new String[] {"serve", "pizza.mmd", "--port", "0"}, InputStream.nullInputStream(),
        new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8), dir)));
    serving.start();
    String started = eventually("the preview to say where it is and what it shows",
        () -> out.toString(UTF_8), text -> text.endsWith("warnings\n"));
    Matcher url = URL.matcher(started);
    assertThat(url.find()).isTrue();
    assertThat(started).isEqualTo("serving 1 file at " + url.group(1) + " (Ctrl-C stops)\n"
        + "  " + url.group(1) + "map/pizza  pizza.mmd: map, 2 warnings\n");
    assertThat(get(url.group(1) + "map/pizza")).contains("Ordering a pizza");

    serving.interrupt();
    serving.join(TimeUnit.SECONDS.toMillis(30));

    assertThat(serving.isAlive()).isFalse();
    assertThat(status.get()).isZero();
    assertThat(out.toString(UTF_8)).endsWith("\nstopped\n");
    assertThat(err.toString(UTF_8)).isEqualTo(
        "pizza.mmd: goal: warning: the journey has no goal; say which business objective it "
            + "serves\n"
            + "pizza.mmd: personas: warning: the journey has no persona; say whose journey this "
            + "is\n");
    assertThat(PreviewTest.previewThreads()).isEmpty();
  }

  @Test
  void ctrlCStopsTheServerCleanlyWithStatusZero() throws Exception {
    ProcessBuilder builder = ForkedCli.builder(dir, List.of(), "serve", "pizza.mmd", "--port",
        "0");
    Process process = builder.start();
    process.getOutputStream().close();
    String started = eventually("the preview to say where it is",
        () -> read(dir.resolve(".forked-out")), text -> URL.matcher(text).find());
    Matcher url = URL.matcher(started);
    assertThat(url.find()).isTrue();
    assertThat(get(url.group(1))).contains("<a href=\"/map/pizza\">pizza.mmd</a>");

    signal(process, interruptIgnored(process) ? "TERM" : "INT");
    ForkedCli run = ForkedCli.finish(dir, process);

    assertThat(run.status()).isZero();
    assertThat(run.out()).endsWith(" (Ctrl-C stops)\n  " + url.group(1)
        + "map/pizza  pizza.mmd: map, 2 warnings\nstopped\n");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("pizza.mmd");
    }
  }

  /**
   * Whether SIGINT is ignored in {@code process}, as it is in every process started in the
   * background of a non-interactive shell (a CI job, for one); the JVM then keeps it ignored,
   * and SIGTERM, which reaches the same shutdown hook, stands in for Ctrl-C.
   */
  private static boolean interruptIgnored(Process process) throws IOException {
    Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
    if (!Files.exists(status)) {
      return false;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("SigIgn:")) {
        return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & (1L << 1)) != 0;
      }
    }
    return false;
  }

  private static void signal(Process process, String name) throws Exception {
    Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid()))
        .inheritIO().start();
    assertThat(kill.waitFor()).isZero();
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, UTF_8) : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static String get(String url) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }
}
