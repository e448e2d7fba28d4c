package dev.journeymap.cli;

import static dev.journeymap.cli.PreviewHarness.eventually;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.journeymap.core.json.JourneyJson;
import dev.journeymap.examples.Examples;
import dev.journeymap.mermaid.MermaidJourney;
import dev.journeymap.render.JourneyRenderer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live preview in-process on a free loopback port, asked over HTTP as a browser would: its
 * pages, how they follow the files, its event stream, what it refuses, and what it leaves
 * behind when it stops.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class PreviewTest {
  private static final String MERMAID = """
      journey
        title Ordering a pizza
        section Order
          Opens the app: 4
      """;

  /** An invalid map whose messages quote hostile text. */
  private static final String BROKEN = """
      {
        "format": 1,
        "title": "Broken",
        "<img src=x onerror=alert(1)>": 1,
        "stages": [ { "id": "s", "name": "S",
          "touchpoints": [ { "id": "t", "name": "T", "channel": "EMIAL" } ] } ]
      }
      """;

  @TempDir
  Path dir;

  private String homeServices;

  @BeforeEach
  void writeFiles() throws IOException {
    try (InputStream in = Examples.class.getResourceAsStream(Examples.resource("home-services"))) {
      homeServices = new String(in.readAllBytes(), UTF_8);
    }
    write("home-services.json", homeServices);
    write("pizza.mmd", MERMAID);
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, UTF_8);
  }

  private static String svgOf(String json) {
    return JourneyRenderer.create().renderSvg(JourneyJson.read(json));
  }

  private static String state(String page) {
    int at = page.indexOf("data-state=\"");
    return at < 0 ? "" : page.substring(at + 12, page.indexOf('"', at + 12));
  }

  @Test
  void indexListsEveryFileWithALinkToItsPageAndItsState() throws IOException {
    try (PreviewHarness preview = PreviewHarness.start(dir, "home-services.json", "pizza.mmd",
        "later.json")) {
      String index = preview.page("/");

      assertThat(state(index)).isEqualTo("index");
      assertThat(index).contains("<tbody>\n"
          + "<tr><td><a href=\"/map/home-services\">home-services.json</a></td>"
          + "<td>Clearing out the garage</td><td class=\"jm-status-map\">map</td></tr>\n"
          + "<tr><td><a href=\"/map/pizza\">pizza.mmd</a></td>"
          + "<td>Ordering a pizza</td><td class=\"jm-status-map\">map, 2 warnings</td></tr>\n"
          + "<tr><td><a href=\"/map/later\">later.json</a></td>"
          + "<td></td><td class=\"jm-status-missing\">no such file</td></tr>\n"
          + "</tbody>");
      assertThat(index).contains("<script src=\"/live.js\" data-watch=\"*\" data-version=\""
          + preview.preview.version() + "\" defer></script>");
    }
  }

  @Test
  void aMapPageHoldsTheMapAsTheRendererDrawsItUnderAStrictPolicy() throws IOException {
    try (PreviewHarness preview = PreviewHarness.start(dir, "home-services.json", "pizza.mmd")) {
      HttpResponse<String> page = preview.get("/map/home-services");

      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
      assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(
          "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; "
              + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
      assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
      assertThat(state(page.body())).isEqualTo("map");
      assertThat(page.body()).contains("<title>Clearing out the garage - journey-map preview"
              + "</title>", "\n" + svgOf(homeServices) + "\n</main>")
          .doesNotContain(" style=\"", "<style", "<script>")
          .doesNotContainPattern("\\son[a-z]+=");
      assertThat(preview.page("/map/pizza")).contains(
          JourneyRenderer.create().renderSvg(MermaidJourney.read(MERMAID)));
      assertThat(preview.get("/live.js").headers().firstValue("Content-Type"))
          .hasValue("text/javascript; charset=utf-8");
      assertThat(preview.page("/live.js")).contains("new window.EventSource('/events')");
      assertThat(preview.get("/preview.css").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void anInvalidFileShowsEveryProblemWithItsPathEscapedAndTheFixedFileTheMap()
      throws IOException {
    write("home-services.json", BROKEN);
    try (PreviewHarness preview = PreviewHarness.start(dir, "home-services.json")) {
      String page = preview.page("/map/home-services");

      assertThat(state(page)).isEqualTo("problems");
      assertThat(page).contains("<h1>home-services.json: 4 problems</h1>\n"
          + "<p>The map comes back when the file is fixed.</p>\n"
          + "<ul class=\"jm-problems\">\n"
          + "<li>home-services.json: &lt;img src=x onerror=alert(1)&gt;: unknown field "
          + "&#39;&lt;img src=x onerror=alert(1)&gt;&#39;; known fields: format, id, title, "
          + "description, goal, state, locale, personas, lanes, stages, links</li>\n"
          + "<li>home-services.json: stages[0].touchpoints[0].channel: unknown channel "
          + "&#39;EMIAL&#39;; did you mean EMAIL? (one of WEB, MOBILE_APP, EMAIL, SMS, PUSH, "
          + "PHONE, CHAT, SOCIAL, IN_PERSON, MAIL, SEARCH, ADVERTISING, REVIEWS, WORD_OF_MOUTH, "
          + "OTHER)</li>\n"
          + "<li>home-services.json: goal: warning: the journey has no goal; say which business "
          + "objective it serves</li>\n"
          + "<li>home-services.json: personas: warning: the journey has no persona; say whose "
          + "journey this is</li>\n"
          + "</ul>\n</main>");
      assertThat(page).doesNotContain("<img");
      assertThat(preview.err()).as("the command prints the problems found at start").isEmpty();

      write("home-services.json", homeServices);

      String fixed = eventually("the map back after the fix",
          () -> preview.page("/map/home-services"), p -> state(p).equals("map"));
      assertThat(fixed).contains(svgOf(homeServices));
      assertThat(preview.out()).isEqualTo("home-services.json: changed: map\n");

      write("home-services.json", BROKEN);

      eventually("the problems again", () -> preview.page("/map/home-services"),
          p -> state(p).equals("problems"));
      assertThat(preview.out()).endsWith("home-services.json: changed: 4 problems\n");
      assertThat(preview.err()).startsWith("home-services.json: <img src=x onerror=alert(1)>: "
          + "unknown field '<img src=x onerror=alert(1)>'; known fields: ");
    }
  }

  @Test
  void theEventStreamSaysWhichPageChangedAfterASave() throws Exception {
    try (PreviewHarness preview = PreviewHarness.start(dir, "home-services.json", "pizza.mmd")) {
      long before = preview.preview.document("pizza").shown.version();
      BlockingQueue<String> lines = new LinkedBlockingQueue<>();
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<Stream<String>> stream = client.send(
          HttpRequest.newBuilder(preview.url("/events")).build(),
          HttpResponse.BodyHandlers.ofLines());
      assertThat(stream.headers().firstValue("Content-Type"))
          .hasValue("text/event-stream; charset=utf-8");
      Thread reader = new Thread(() -> stream.body().forEach(lines::add));
      reader.setDaemon(true);
      reader.start();
      assertThat(nextEvent(lines)).containsExactly("event: versions",
          "data: home-services " + preview.preview.document("home-services").shown.version(),
          "data: pizza " + before, "data: * " + preview.preview.version());

      write("pizza.mmd", MERMAID.replace("pizza", "calzone"));

      List<String> event = nextEvent(lines);
      long after = preview.preview.document("pizza").shown.version();
      assertThat(after).isGreaterThan(before);
      assertThat(event).contains("data: pizza " + after, "data: * " + after);
      assertThat(preview.page("/map/pizza")).contains("Ordering a calzone");
    }
  }

  /** The next server-sent event (after the stream's retry line), as its lines. */
  private static List<String> nextEvent(BlockingQueue<String> lines) throws InterruptedException {
    List<String> event = new java.util.ArrayList<>();
    long deadline = System.nanoTime() + PreviewHarness.PATIENCE.toNanos();
    while (true) {
      String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (line == null) {
        throw new AssertionError("no event within " + PreviewHarness.PATIENCE.toSeconds()
            + " s; so far: " + event);
      }
      if (line.isEmpty()) {
        if (!event.isEmpty() && event.get(0).startsWith("event:")) {
          return event;
        }
        event.clear();
      } else {
        event.add(line);
      }
    }
  }

  @Test
  void aDeletedFileIsShownMissingAndComesBackWhenAnEditorRenamesItIntoPlace()
      throws IOException {
    try (PreviewHarness preview = PreviewHarness.start(dir, "home-services.json")) {
      Files.delete(dir.resolve("home-services.json"));

      String missing = eventually("the page to say the file is missing",
          () -> preview.page("/map/home-services"), p -> state(p).equals("missing"));
      assertThat(missing).contains("<h1>home-services.json: no such file</h1>");

      // as an editor saves: a temporary file beside it, renamed over the name
      Path temporary = dir.resolve(".home-services.json.swp");
      Files.writeString(temporary, homeServices.replace("Clearing out the garage",
          "Clearing out the attic"), UTF_8);
      Files.move(temporary, dir.resolve("home-services.json"),
          StandardCopyOption.ATOMIC_MOVE);

      String back = eventually("the map back after the rename",
          () -> preview.page("/map/home-services"), p -> state(p).equals("map"));
      assertThat(back).contains("Clearing out the attic");
      assertThat(preview.out()).isEqualTo("home-services.json: changed: no such file\n"
          + "home-services.json: changed: map\n");
    }
  }

  @Test
  void withoutAWatchServiceTheWatcherPollsTheFiles() throws IOException {
    try (PreviewHarness preview = PreviewHarness.startPolling(dir, "pizza.mmd")) {
      assertThat(preview.preview.watcher().usesWatchService()).isFalse();

      write("pizza.mmd", "journey\n  title Broken\n  section\n");

      String page = eventually("the problems of the broken diagram",
          () -> preview.page("/map/pizza"), p -> state(p).equals("problems"));
      assertThat(page).contains("<li>pizza.mmd: line 3: ");
    }
  }

  @Test
  void aSaveThatChangesNothingShownKeepsTheVersion() throws IOException {
    try (PreviewHarness preview = PreviewHarness.start(dir, "pizza.mmd", "home-services.json")) {
      long version = preview.preview.document("pizza").shown.version();
      write("pizza.mmd", MERMAID + "\n");
      write("home-services.json", homeServices.replace("Clearing out the garage", "Garage"));

      eventually("the other file's change", () -> preview.page("/map/home-services"),
          p -> p.contains("<title>Garage"));
      assertThat(preview.preview.document("pizza").shown.version()).isEqualTo(version);
    }
  }

  @Test
  void onlyTheNamedFilesAreServedAndOnlyByTheirNames() throws IOException {
    write("secret.json", homeServices);
    try (PreviewHarness preview = PreviewHarness.start(dir, "home-services.json")) {
      for (String path : List.of("/map/../secret.json", "/map/..%2fsecret.json",
          "/map/%2e%2e/secret.json", "/secret.json", "/home-services.json", "/map/",
          "/map/home-services/", "/map/secret", "/map/Home-Services", "//etc/passwd",
          "/../../../../etc/passwd", "/map/home-services%00", "/live.js/..", "/events/x")) {
        assertThat(preview.raw("GET " + path + " HTTP/1.1\r\nHost: " + hostOf(preview)
            + "\r\nConnection: close\r\n\r\n")).as(path).isEqualTo("HTTP/1.1 404 Not Found");
      }
      assertThat(preview.raw("GET /map/home-services HTTP/1.1\r\nHost: " + hostOf(preview)
          + "\r\nConnection: close\r\n\r\n")).isEqualTo("HTTP/1.1 200 OK");
    }
  }

  private static String hostOf(PreviewHarness preview) {
    return "127.0.0.1:" + preview.preview.address().getPort();
  }

  @Test
  void itListensOnLoopbackOnlyAndAnswersOnlyToLoopbackNames() throws IOException {
    try (PreviewHarness preview = PreviewHarness.start(dir, "home-services.json")) {
      assertThat(preview.preview.address().getAddress().isLoopbackAddress()).isTrue();
      int port = preview.preview.address().getPort();
      assertThat(preview.url("/").toString()).isEqualTo("http://127.0.0.1:" + port + "/");
      for (String host : List.of("localhost:" + port, "127.0.0.1:" + port)) {
        assertThat(preview.raw("HEAD / HTTP/1.1\r\nHost: " + host
            + "\r\nConnection: close\r\n\r\n")).as(host).isEqualTo("HTTP/1.1 200 OK");
      }
      // a page of evil.example whose name now resolves to 127.0.0.1 (DNS rebinding)
      assertThat(preview.raw("GET /map/home-services HTTP/1.1\r\nHost: evil.example:" + port
          + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 421");
      assertThat(preview.raw("POST / HTTP/1.1\r\nHost: 127.0.0.1:" + port
          + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"))
          .isEqualTo("HTTP/1.1 405 Method Not Allowed");

      Optional<InetAddress> outside = nonLoopbackAddress();
      assumeTrue(outside.isPresent(), "this machine has no address but loopback");
      assertThatThrownBy(() -> new Socket(outside.get(), port).close())
          .as("connecting through " + outside.get()).isInstanceOf(ConnectException.class);
    }
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (nic.isUp() && !nic.isLoopback()) {
        for (InetAddress address : Collections.list(nic.getInetAddresses())) {
          if (address instanceof Inet4Address) {
            return Optional.of(address);
          }
        }
      }
    }
    return Optional.empty();
  }

  @Test
  void stoppingEndsTheEventStreamsTheServerAndTheWatcherAndLeavesNoFile() throws Exception {
    Set<String> before = Set.copyOf(fileNames());
    PreviewHarness preview = PreviewHarness.start(dir, "home-services.json", "pizza.mmd");
    HttpResponse<InputStream> stream = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(preview.url("/events")).build(),
        HttpResponse.BodyHandlers.ofInputStream());
    BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), UTF_8));
    assertThat(events.readLine()).isEqualTo("retry: 1000");
    int port = preview.preview.address().getPort();

    preview.close();

    assertThat(preview.preview.watcher().isClosed()).isTrue();
    assertThat(previewThreads()).isEmpty();
    // the stream ends (after what was already sent) rather than hanging: at its end, or, when
    // the client sees the connection closed under it, with an IOException ("closed")
    try {
      while (events.readLine() != null) {
        // drain
      }
    } catch (IOException closed) {
      assertThat(closed).hasMessageContaining("closed");
    }
    assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
        .isInstanceOf(ConnectException.class);
    assertThat(fileNames()).containsExactlyInAnyOrderElementsOf(before);
    preview.close();  // idempotent
  }

  private List<String> fileNames() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }

  /** The live threads of any preview: its watcher, its request threads, the HTTP dispatcher. */
  static List<String> previewThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(n -> n.startsWith("journey-map-") || n.equals("HTTP-Dispatcher"))
        .sorted()
        .toList();
  }

  @Test
  void pagesAreNamedAfterTheirFilesOnceEach() {
    Set<String> taken = new HashSet<>();

    assertThat(List.of(Preview.slug("maps/home.json", taken), Preview.slug("other/home.json",
            taken), Preview.slug("home.mmd", taken), Preview.slug("Été à Paris.json", taken),
        Preview.slug("../x/..json", taken), Preview.slug("a b<c>.json", taken)))
        .containsExactly("home", "home-2", "home-3", "-t----paris", "map", "a-b-c-");
  }

  @Test
  void aFileNamedTwiceIsShownOnce() throws IOException {
    try (PreviewHarness preview = PreviewHarness.start(dir, "pizza.mmd", "./pizza.mmd",
        dir.resolve("pizza.mmd").toString())) {
      assertThat(preview.preview.documents()).extracting(d -> d.slug).containsExactly("pizza");
    }
  }
}
