package dev.journeymap.render.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tiny HTTP server on {@code 127.0.0.1} (a free port) that serves fixed pages with chosen
 * response headers, so that a browser test can load a page under a real {@code
 * Content-Security-Policy} header (which a {@code file:} or {@code data:} URL cannot carry).
 *
 * <p>Unknown paths answer 404, except {@code /favicon.ico}, which answers 204 so that the
 * browser's own request for it does not log an error in the page's console. Closing stops the
 * server at once.
 */
public final class PageServer implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, Page> pages = new ConcurrentHashMap<>();

  private PageServer(HttpServer server) {
    this.server = server;
  }

  /** Starts a server on a free port of the loopback address. */
  public static PageServer start() throws IOException {
    HttpServer server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    PageServer pageServer = new PageServer(server);
    server.createContext("/", pageServer::handle);
    server.start();
    return pageServer;
  }

  /**
   * Serves {@code body} (UTF-8) at {@code path} with the given content type and extra headers;
   * returns the page's full URL.
   */
  public String serve(String path, String contentType, String body, Map<String, String> headers) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with '/': " + path);
    }
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("Content-Type", contentType);
    all.put("Cache-Control", "no-store");
    pages.put(path, new Page(body.getBytes(StandardCharsets.UTF_8), Map.copyOf(all)));
    return url(path);
  }

  /** The URL of {@code path} on this server. */
  public String url(String path) {
    InetSocketAddress address = server.getAddress();
    return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + path;
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Page page = pages.get(exchange.getRequestURI().getPath());
      if (page == null) {
        boolean favicon = exchange.getRequestURI().getPath().equals("/favicon.ico");
        exchange.sendResponseHeaders(favicon ? 204 : 404, -1);
        return;
      }
      page.headers.forEach(exchange.getResponseHeaders()::set);
      boolean head = exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(200, head ? -1 : page.body.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(page.body);
        }
      }
    }
  }

  private static final class Page {
    final byte[] body;
    final Map<String, String> headers;

    Page(byte[] body, Map<String, String> headers) {
      this.body = body;
      this.headers = headers;
    }
  }
}
