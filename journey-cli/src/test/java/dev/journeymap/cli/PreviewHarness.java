package dev.journeymap.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A live preview started in-process on a free loopback port for a test, with what it printed,
 * and the ways a test talks to it: HTTP requests, raw requests, and waiting for a condition.
 */
final class PreviewHarness implements AutoCloseable {
  /** How long a test waits for the preview to notice a change before it fails. */
  static final Duration PATIENCE = Duration.ofSeconds(10);

  final Preview preview;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  private PreviewHarness(Path dir, List<String> files, boolean watchService) throws IOException {
    Io io = new Io(InputStream.nullInputStream(), new PrintStream(out, true, UTF_8),
        new PrintStream(err, true, UTF_8), dir);
    preview = Preview.start(io, files, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        watchService);
  }

  static PreviewHarness start(Path dir, String... files) throws IOException {
    return new PreviewHarness(dir, List.of(files), true);
  }

  /** A preview whose watcher polls only, as on a file system without a watch service. */
  static PreviewHarness startPolling(Path dir, String... files) throws IOException {
    return new PreviewHarness(dir, List.of(files), false);
  }

  URI url(String path) {
    return preview.url().resolve(path);
  }

  HttpResponse<String> get(String path) {
    try {
      return http.send(HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("GET " + path + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The page's body at {@code path}. */
  String page(String path) {
    return get(path).body();
  }

  /**
   * Sends {@code request} as it is (no client in between to tidy the path) and returns the
   * status line of the answer.
   */
  String raw(String request) throws IOException {
    InetSocketAddress address = preview.address();
    try (Socket socket = new Socket(address.getAddress(), address.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream o = socket.getOutputStream();
      o.write(request.getBytes(UTF_8));
      o.flush();
      byte[] answer = socket.getInputStream().readAllBytes();
      String text = new String(answer, UTF_8);
      return text.substring(0, Math.max(0, text.indexOf("\r\n")));
    }
  }

  /** Standard output of the preview, so far. */
  String out() {
    return out.toString(UTF_8);
  }

  /** Standard error of the preview, so far. */
  String err() {
    return err.toString(UTF_8);
  }

  /**
   * The value of {@code probe} once it passes {@code test}, asked again every 20 ms; fails,
   * saying the last value, if it does not pass within {@link #PATIENCE}.
   */
  static <T> T eventually(String what, Supplier<T> probe, Predicate<T> test) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    T value = probe.get();
    while (!test.test(value)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Not within " + PATIENCE.toSeconds() + " s: " + what
            + "; last seen:\n" + value);
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      value = probe.get();
    }
    return value;
  }

  @Override
  public void close() {
    preview.close();
  }
}
