package dev.journeymap.cli;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live preview's web server (the JDK's {@code com.sun.net.httpserver}), answering {@code GET}
 * and {@code HEAD} only:
 *
 * <ul>
 *   <li>{@code /}: the index of the files; {@code /map/NAME}: a file's page;
 *   <li>{@code /live.js}, {@code /preview.css}: the pages' script and style sheet;
 *   <li>{@code /events}: server-sent events, a {@code versions} event with every page's version
 *       ({@link Preview#versions()}) on connecting and after each change;
 *   <li>{@code /versions}: the same as plain text, for browsers without {@code EventSource}.
 * </ul>
 *
 * <p>Any other path is 404: only the files named on the command line are ever read, through
 * their fixed names, never a path from the request. On a loopback address it answers only
 * requests addressed to a loopback name ({@code Host: 127.0.0.1:PORT}, {@code localhost},
 * {@code [::1]}, or the address it listens on), so that a web page whose own name resolves to
 * 127.0.0.1 (DNS rebinding) cannot read the maps. Every response says {@code Cache-Control:
 * no-store}; pages carry the preview's Content-Security-Policy.
 */
final class PreviewServer implements AutoCloseable {
  /** How often an idle event stream gets a comment, so that a gone browser is noticed. */
  static final Duration HEARTBEAT = Duration.ofSeconds(15);
  /** At most this many event streams at once (a thread each); more are refused with 503. */
  static final int MAX_STREAMS = 32;

  private static final String JS = resource("live.js");
  private static final String CSS = resource("preview.css");

  private final Preview preview;
  private final HttpServer server;
  private final ThreadPoolExecutor executor;
  private final AtomicInteger streams = new AtomicInteger();
  /** Every thread the executor made, to wait for their end on close. */
  private final List<Thread> threads;

  private PreviewServer(Preview preview, HttpServer server, ThreadPoolExecutor executor,
      List<Thread> threads) {
    this.preview = preview;
    this.server = server;
    this.executor = executor;
    this.threads = threads;
  }

  /** Starts serving {@code preview} on {@code address} (port 0: a free port). */
  static PreviewServer start(Preview preview, InetSocketAddress address) throws IOException {
    HttpServer server = HttpServer.create(address, 0);
    List<Thread> threads = new CopyOnWriteArrayList<>();
    // a thread per request at once: an event stream holds its thread while it is open
    ThreadPoolExecutor executor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30,
        TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
          Thread thread = new Thread(task, "journey-map-http-" + (threads.size() + 1));
          thread.setDaemon(true);
          threads.add(thread);
          return thread;
        });
    PreviewServer previewServer = new PreviewServer(preview, server, executor, threads);
    server.createContext("/", previewServer::handle);
    server.setExecutor(executor);
    server.start();
    return previewServer;
  }

  /** The address the server listens on. */
  InetSocketAddress address() {
    return server.getAddress();
  }

  /** The URL of {@code path} on this server. */
  URI url(String path) {
    InetSocketAddress address = server.getAddress();
    String host = address.getAddress().getHostAddress();
    return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
        + address.getPort() + path);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!allowedHost(exchange.getRequestHeaders())) {
        send(exchange, 421, "text/plain", "this preview answers only to " + url("/") + "\n");
        return;
      }
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, "text/plain", "only GET and HEAD\n");
        return;
      }
      // the raw path: names are plain ASCII, so an escaped character is never a name
      String path = exchange.getRequestURI().getRawPath();
      if (path.equals("/")) {
        page(exchange, preview.indexHtml(), PreviewPages.POLICY);
      } else if (path.startsWith("/map/") && preview.document(path.substring(5)) != null) {
        FilePages.Shown shown = preview.document(path.substring(5)).shown;
        page(exchange, shown.html(), shown.policy());
      } else if (path.equals("/live.js")) {
        send(exchange, 200, "text/javascript", JS);
      } else if (path.equals("/preview.css")) {
        send(exchange, 200, "text/css", CSS);
      } else if (path.equals("/versions")) {
        send(exchange, 200, "text/plain", preview.versions() + "\n");
      } else if (path.equals("/events")) {
        events(exchange);
      } else if (path.equals("/favicon.ico")) {
        // the browser asks for it on its own; an error would fill the page's console
        exchange.sendResponseHeaders(204, -1);
      } else {
        send(exchange, 404, "text/plain", "not found\n");
      }
    } catch (IOException e) {
      // the browser went away; nothing to tell it
    }
  }

  private boolean allowedHost(Headers headers) {
    if (!server.getAddress().getAddress().isLoopbackAddress()) {
      return true;
    }
    String host = headers.getFirst("Host");
    if (host == null) {
      return false;
    }
    host = host.toLowerCase(Locale.ROOT);
    String port = ":" + server.getAddress().getPort();
    return host.equals("127.0.0.1" + port) || host.equals("localhost" + port)
        || host.equals("[::1]" + port) || host.equals(url("/").getAuthority());
  }

  private static void page(HttpExchange exchange, String html, String policy)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Security-Policy", policy);
    send(exchange, 200, "text/html", html);
  }

  private static void send(HttpExchange exchange, int status, String type, String text)
      throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", type + "; charset=utf-8");
    headers.set("Cache-Control", "no-store");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /**
   * A stream of server-sent events: every page's version at once, then again after every
   * change, with a comment every {@link #HEARTBEAT} in between; it ends when the browser goes
   * away or the preview closes.
   */
  private void events(HttpExchange exchange) throws IOException {
    if (streams.incrementAndGet() > MAX_STREAMS) {
      streams.decrementAndGet();
      send(exchange, 503, "text/plain", "too many open previews\n");
      return;
    }
    try {
      Headers headers = exchange.getResponseHeaders();
      headers.set("Content-Type", "text/event-stream; charset=utf-8");
      headers.set("Cache-Control", "no-store");
      headers.set("X-Content-Type-Options", "nosniff");
      if (exchange.getRequestMethod().equals("HEAD")) {
        exchange.sendResponseHeaders(200, -1);
        return;
      }
      exchange.sendResponseHeaders(200, 0);
      OutputStream out = exchange.getResponseBody();
      out.write("retry: 1000\n\n".getBytes(StandardCharsets.UTF_8));
      long seen = Long.MIN_VALUE;
      while (!preview.isClosed()) {
        long now = preview.awaitChange(seen, seen == Long.MIN_VALUE ? Duration.ZERO : HEARTBEAT);
        if (preview.isClosed()) {
          break;
        }
        String event = now == seen ? ": still here\n\n"
            : "event: versions\ndata: " + preview.versions().replace("\n", "\ndata: ") + "\n\n";
        seen = now;
        out.write(event.getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
      out.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      streams.decrementAndGet();
    }
  }

  /** Stops listening, ends the event streams and waits for the server's threads. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      // a thread is still alive for a moment after the executor calls itself terminated
      for (Thread thread : threads) {
        thread.join(TimeUnit.SECONDS.toMillis(5));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String resource(String name) {
    try (InputStream in = PreviewServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
