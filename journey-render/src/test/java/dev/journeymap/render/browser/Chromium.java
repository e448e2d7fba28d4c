package dev.journeymap.render.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the Chrome DevTools Protocol, for tests that must check what a
 * real browser does with the renderer's SVG (applied styles, Content-Security-Policy, the
 * accessibility tree).
 *
 * <p>{@link #launch()} starts the system's Chromium ({@code $CHROMIUM_PATH}, else {@code
 * /usr/bin/chromium}; never a downloaded one) with a fresh temporary profile and remote debugging
 * on a free port, opens one tab and attaches to it. All page commands go to that tab. Nothing
 * but the JDK ({@link java.net.http.WebSocket}) and Jackson is used.
 *
 * <p>{@link #close()} ends the browser and all its child processes and deletes the profile; a
 * shutdown hook does the same if the JVM exits without closing (a killed test run). Every wait
 * has a timeout whose message says what was awaited. (A JVM killed with SIGKILL runs no hook;
 * then the browser, which has no way to notice, stays until killed.)
 *
 * <p>Not thread-safe: one test thread drives one instance.
 */
public final class Chromium implements AutoCloseable {
  /** The browser used unless {@code $CHROMIUM_PATH} names another. */
  public static final Path DEFAULT_EXECUTABLE = Paths.get("/usr/bin/chromium");

  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path profile;
  private final Thread shutdownHook;
  private final Deque<String> stderrTail;
  private final WebSocket socket;
  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<EventWaiter> waiters = new CopyOnWriteArrayList<>();
  private final List<JsonNode> consoleMessages = new CopyOnWriteArrayList<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private String sessionId;
  private boolean closed;

  private Chromium(Process process, Path profile, Thread shutdownHook, Deque<String> stderrTail,
      URI endpoint) throws IOException {
    this.process = process;
    this.profile = profile;
    this.shutdownHook = shutdownHook;
    this.stderrTail = stderrTail;
    this.socket = await(HttpClient.newHttpClient().newWebSocketBuilder()
        .connectTimeout(START_TIMEOUT)
        .buildAsync(endpoint, new Receiver()), START_TIMEOUT,
        "connecting to the DevTools WebSocket " + endpoint);
  }

  /**
   * The Chromium executable: {@code $CHROMIUM_PATH} if set, else {@link #DEFAULT_EXECUTABLE};
   * empty if that file is not an executable.
   */
  public static Optional<Path> executable() {
    String configured = System.getenv("CHROMIUM_PATH");
    Path path = configured == null || configured.isBlank()
        ? DEFAULT_EXECUTABLE : Paths.get(configured);
    return Files.isRegularFile(path) && Files.isExecutable(path)
        ? Optional.of(path) : Optional.empty();
  }

  /**
   * Starts a headless Chromium with a fresh profile and opens one blank tab.
   *
   * @throws IllegalStateException if there is no Chromium or it does not start in time
   */
  public static Chromium launch() throws IOException {
    Path executable = executable().orElseThrow(() -> new IllegalStateException(
        "No Chromium at " + DEFAULT_EXECUTABLE + " or $CHROMIUM_PATH"));
    Path profile = Files.createTempDirectory("journeymap-chromium-");
    ProcessBuilder builder = new ProcessBuilder(executable.toString(),
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        // shared memory in /tmp: containers often have a tiny /dev/shm, and Debian's own check
        // for that in /etc/chromium.d/dev-shm can fail to add this flag
        "--disable-dev-shm-usage", "--remote-debugging-port=0",
        "--user-data-dir=" + profile, "about:blank")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    // crashpad keeps its database in ~/.config/chromium whatever --user-data-dir says
    builder.environment().put("BREAKPAD_DUMP_LOCATION", profile.resolve("crashes").toString());
    Process process;
    try {
      process = builder.start();
    } catch (IOException | RuntimeException e) {
      deleteTree(profile);
      throw e;
    }
    Thread hook = new Thread(() -> stop(process, profile), "chromium-cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
    Deque<String> tail = new ArrayDeque<>();
    CompletableFuture<URI> endpoint = new CompletableFuture<>();
    Thread reader = new Thread(() -> readStderr(process, tail, endpoint), "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    try {
      URI uri = await(endpoint, START_TIMEOUT, "Chromium to print 'DevTools listening on ws://...'"
          + " on stderr (" + executable + ")");
      Chromium chromium = new Chromium(process, profile, hook, tail, uri);
      chromium.attachToNewTab();
      return chromium;
    } catch (IOException | RuntimeException | Error e) {
      stop(process, profile);
      Runtime.getRuntime().removeShutdownHook(hook);
      if (e instanceof IllegalStateException) {
        throw new IllegalStateException(e.getMessage() + "\nChromium's stderr:\n"
            + String.join("\n", snapshot(tail)), e);
      }
      throw e;
    }
  }

  /**
   * Loads {@code url} in the tab and returns when its {@code load} event has fired.
   *
   * @throws IllegalStateException if navigation fails or the page does not load in time
   */
  public void open(String url) {
    EventWaiter loaded = expect("Page.loadEventFired", e -> true);
    JsonNode result;
    try {
      result = send("Page.navigate", JSON.createObjectNode().put("url", url));
    } catch (RuntimeException e) {
      waiters.remove(loaded);
      throw e;
    }
    if (result.hasNonNull("errorText")) {
      waiters.remove(loaded);
      throw new IllegalStateException("Navigating to " + url + " failed: "
          + result.get("errorText").asText());
    }
    try {
      await(loaded.future, COMMAND_TIMEOUT, "the load event of " + url);
    } finally {
      waiters.remove(loaded);
    }
  }

  /**
   * Evaluates a JavaScript expression in the page (awaiting a returned promise) and returns its
   * value as JSON ({@code null} JSON for {@code undefined}).
   *
   * @throws IllegalStateException if the expression throws
   */
  public JsonNode evaluate(String expression) {
    ObjectNode params = JSON.createObjectNode()
        .put("expression", expression)
        .put("returnByValue", true)
        .put("awaitPromise", true);
    JsonNode result = send("Runtime.evaluate", params);
    if (result.has("exceptionDetails")) {
      JsonNode details = result.get("exceptionDetails");
      String text = details.path("exception").path("description").asText(
          details.path("text").asText());
      throw new IllegalStateException("JavaScript threw: " + text + "\nin: " + expression);
    }
    JsonNode value = result.path("result").path("value");
    return value.isMissingNode() ? JSON.nullNode() : value;
  }

  /**
   * Runs {@code source} in every document the tab loads from now on, before the document's own
   * content (for example to install event listeners). It runs even where the page's
   * Content-Security-Policy forbids scripts; the policy stays enforced for the page itself.
   */
  public void evaluateOnNewDocument(String source) {
    send("Page.addScriptToEvaluateOnNewDocument", JSON.createObjectNode().put("source", source));
  }

  /**
   * The tab's whole accessibility tree: the {@code nodes} array of {@code
   * Accessibility.getFullAXTree}, each node with {@code nodeId}, {@code role}, {@code name},
   * {@code properties}, {@code childIds}, {@code ignored} and {@code backendDOMNodeId}.
   */
  public JsonNode fullAxTree() {
    return send("Accessibility.getFullAXTree", JSON.createObjectNode()).path("nodes");
  }

  /**
   * Messages the page logged so far: {@code Log.entryAdded} entries (which include the browser's
   * own "Refused to ..." security messages) and {@code Runtime.consoleAPICalled} events.
   */
  public List<JsonNode> consoleMessages() {
    return List.copyOf(consoleMessages);
  }

  /**
   * The URL of every request the tab has sent so far ({@code Network.requestWillBeSent}), the
   * pages it was told to open included, in order.
   */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  /**
   * Presses and releases a key as a person would, e.g. {@code "Tab"} or {@code " "} (Space),
   * so that focus moves and inputs toggle as the keyboard makes them.
   */
  public void pressKey(String key) {
    int code = switch (key) {
      case "Tab" -> 9;
      case " " -> 32;
      case "Enter" -> 13;
      default -> throw new IllegalArgumentException("no key code known for " + key);
    };
    String name = key.equals(" ") ? "Space" : key;
    for (String type : List.of("rawKeyDown", "keyUp")) {
      ObjectNode params = JSON.createObjectNode().put("type", type).put("key", key)
          .put("code", name).put("windowsVirtualKeyCode", code)
          .put("nativeVirtualKeyCode", code);
      send("Input.dispatchKeyEvent", params);
      if (type.equals("rawKeyDown") && !key.equals("Tab")) {
        send("Input.dispatchKeyEvent", JSON.createObjectNode().put("type", "char")
            .put("text", key.equals("Enter") ? "\r" : key));
      }
    }
  }

  /** Moves the mouse to {@code (x, y)} in CSS px of the viewport, as a hover does. */
  public void moveMouse(double x, double y) {
    send("Input.dispatchMouseEvent", JSON.createObjectNode().put("type", "mouseMoved")
        .put("x", x).put("y", y));
  }

  /** Clicks the left button at {@code (x, y)} in CSS px of the viewport. */
  public void click(double x, double y) {
    moveMouse(x, y);
    for (String type : List.of("mousePressed", "mouseReleased")) {
      send("Input.dispatchMouseEvent", JSON.createObjectNode().put("type", type).put("x", x)
          .put("y", y).put("button", "left").put("clickCount", 1));
    }
  }

  /**
   * Sends one DevTools command to the tab and returns its {@code result}.
   *
   * @throws IllegalStateException if the browser answers with an error or not in time
   */
  public JsonNode send(String method, JsonNode params) {
    return call(sessionId, method, params);
  }

  /** Ends the browser and its child processes and deletes the profile. Idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      // a clean exit first: Chromium then flushes nothing more into the profile
      call(null, "Browser.close", JSON.createObjectNode(), CLOSE_TIMEOUT);
    } catch (RuntimeException ignored) {
      // it is killed below anyway
    }
    socket.abort();
    stop(process, profile);
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException ignored) {
      // already shutting down: the hook runs stop() once more, harmlessly
    }
  }

  private void attachToNewTab() {
    String targetId = call(null, "Target.createTarget",
        JSON.createObjectNode().put("url", "about:blank"), COMMAND_TIMEOUT)
        .path("targetId").asText();
    sessionId = call(null, "Target.attachToTarget",
        JSON.createObjectNode().put("targetId", targetId).put("flatten", true), COMMAND_TIMEOUT)
        .path("sessionId").asText();
    for (String domain : List.of("Page", "Runtime", "Log", "Accessibility", "Network")) {
      send(domain + ".enable", JSON.createObjectNode());
    }
  }

  private JsonNode call(String session, String method, JsonNode params) {
    return call(session, method, params, COMMAND_TIMEOUT);
  }

  private JsonNode call(String session, String method, JsonNode params, Duration timeout) {
    long id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    if (session != null) {
      message.put("sessionId", session);
    }
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    try {
      await(socket.sendText(message.toString(), true), timeout, "sending " + method);
      JsonNode response = await(answer, timeout, "the answer to " + method);
      if (response.has("error")) {
        throw new IllegalStateException(method + " failed: " + response.get("error"));
      }
      return response.path("result");
    } finally {
      pending.remove(id);
    }
  }

  private EventWaiter expect(String method, Predicate<JsonNode> test) {
    EventWaiter waiter = new EventWaiter(method, test);
    waiters.add(waiter);
    return waiter;
  }

  private void dispatch(String text) {
    JsonNode message;
    try {
      message = JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (message.has("id")) {
      CompletableFuture<JsonNode> answer = pending.get(message.get("id").asLong());
      if (answer != null) {
        answer.complete(message);
      }
      return;
    }
    String method = message.path("method").asText();
    JsonNode params = message.path("params");
    if (method.equals("Log.entryAdded") || method.equals("Runtime.consoleAPICalled")) {
      consoleMessages.add(message);
    }
    if (method.equals("Network.requestWillBeSent")) {
      requests.add(params.path("request").path("url").asText());
    }
    for (EventWaiter waiter : waiters) {
      if (waiter.method.equals(method) && waiter.test.test(params)) {
        waiters.remove(waiter);
        waiter.future.complete(params);
      }
    }
  }

  private static void readStderr(Process process, Deque<String> tail,
      CompletableFuture<URI> endpoint) {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        synchronized (tail) {
          tail.addLast(line);
          if (tail.size() > 40) {
            tail.removeFirst();
          }
        }
        Matcher m = LISTENING.matcher(line);
        if (m.find()) {
          endpoint.complete(URI.create(m.group(1)));
        }
      }
    } catch (IOException ignored) {
      // the process ended
    }
    endpoint.completeExceptionally(new IllegalStateException(
        "Chromium exited (or closed stderr) before printing its DevTools address"));
  }

  private static List<String> snapshot(Deque<String> tail) {
    synchronized (tail) {
      return new ArrayList<>(tail);
    }
  }

  /** Kills the browser, then any child it left (renderers, zygotes), then deletes the profile. */
  private static void stop(Process process, Path profile) {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    for (ProcessHandle child : children) {
      if (child.isAlive()) {
        child.destroyForcibly();
      }
    }
    for (ProcessHandle child : children) {
      try {
        child.onExit().get(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException | TimeoutException ignored) {
        // best effort
      }
    }
    deleteTree(profile);
  }

  private static void deleteTree(Path root) {
    for (int attempt = 0; attempt < 5 && Files.exists(root); attempt++) {
      try (Stream<Path> paths = Files.walk(root)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException | UncheckedIOException ignored) {
        // a late write by a dying process; try again
      }
      if (Files.exists(root)) {
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private static <T> T await(CompletionStage<T> stage, Duration timeout, String what) {
    try {
      return stage.toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException("Timed out after " + timeout.toSeconds() + " s waiting for "
          + what, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalStateException) {
        throw (IllegalStateException) cause;
      }
      throw new IllegalStateException("Failed while waiting for " + what + ": " + cause, cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for " + what, e);
    }
  }

  /** A one-shot wait for the next event with a method name whose params pass a test. */
  private static final class EventWaiter {
    final String method;
    final Predicate<JsonNode> test;
    final CompletableFuture<JsonNode> future = new CompletableFuture<>();

    EventWaiter(String method, Predicate<JsonNode> test) {
      this.method = method;
      this.test = test;
    }
  }

  /** Reassembles WebSocket text frames into messages and dispatches them. */
  private final class Receiver implements WebSocket.Listener {
    private final StringBuilder buffer = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        String text = buffer.toString();
        buffer.setLength(0);
        dispatch(text);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      IllegalStateException failure =
          new IllegalStateException("DevTools connection failed: " + error, error);
      pending.values().forEach(f -> f.completeExceptionally(failure));
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      IllegalStateException failure = new IllegalStateException(
          "DevTools connection closed (" + statusCode + " " + reason + "); did Chromium crash?");
      pending.values().forEach(f -> f.completeExceptionally(failure));
      return null;
    }
  }
}
