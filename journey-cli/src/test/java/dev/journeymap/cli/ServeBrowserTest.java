package dev.journeymap.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymap.render.browser.Chromium;
import dev.journeymap.render.browser.ChromiumAvailability;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live preview in Debian's headless Chromium (journey-render's DevTools client, skipped
 * without a Chromium unless {@code CI=true}): the open page follows the file through edits, a
 * breakage and its fix, over server-sent events and, without {@code EventSource}, by polling,
 * under the preview's Content-Security-Policy and without an error in the console.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ServeBrowserTest {
  private static final String MAP = """
      {
        "format": 1,
        "title": "Ordering a pizza",
        "goal": "More orders on weekday evenings",
        "personas": [ { "id": "student", "name": "Student" } ],
        "stages": [ { "id": "order", "name": "Order", "actions": ["Opens the app"],
          "touchpoints": [ { "id": "app", "name": "Pizza app", "channel": "MOBILE_APP" } ] } ]
      }
      """;

  private static Chromium chromium;

  @TempDir
  Path dir;

  @BeforeAll
  static void startBrowser() throws IOException {
    chromium = ChromiumAvailability.launchIfInstalled();
  }

  @BeforeEach
  void requireChromium() {
    ChromiumAvailability.requireChromium();
  }

  @AfterAll
  static void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void theOpenPageFollowsEditsBreakageAndFixOverServerSentEvents() throws IOException {
    followsTheFile("");
  }

  @Test
  void withoutEventSourceTheOpenPagePollsAndStillFollowsTheFile() throws IOException {
    // a browser without EventSource: live.js then asks /versions every second
    chromium.evaluateOnNewDocument(
        "if (location.search === '?no-event-source') { delete window.EventSource; }");
    followsTheFile("?no-event-source");
  }

  private void followsTheFile(String query) throws IOException {
    Path file = dir.resolve("pizza.json");
    Files.writeString(file, MAP, UTF_8);
    int consoleBefore = chromium.consoleMessages().size();
    try (PreviewHarness preview = PreviewHarness.start(dir, "pizza.json")) {
      chromium.open(preview.url("/map/pizza" + query).toString());
      assertThat(shown()).isEqualTo("map: Ordering a pizza");
      assertThat(chromium.evaluate("typeof window.EventSource").asText())
          .isEqualTo(query.isEmpty() ? "function" : "undefined");

      Files.writeString(file, MAP.replace("Ordering a pizza", "Ordering a calzone"), UTF_8);
      awaitShown("map: Ordering a calzone");

      Files.writeString(file, MAP.replace("MOBILE_APP", "PIGEON"), UTF_8);
      awaitShown("problems: pizza.json: stages[0].touchpoints[0].channel: unknown channel "
          + "'PIGEON' (one of WEB, MOBILE_APP, EMAIL, SMS, PUSH, PHONE, CHAT, SOCIAL, "
          + "IN_PERSON, MAIL, SEARCH, ADVERTISING, REVIEWS, WORD_OF_MOUTH, OTHER)");

      Files.writeString(file, MAP, UTF_8);
      awaitShown("map: Ordering a pizza");

      Files.delete(file);
      awaitShown("missing: pizza.json: no such file");

      List<JsonNode> messages = chromium.consoleMessages();
      assertThat(messages.subList(consoleBefore, messages.size())).as("console messages")
          .isEmpty();
    } finally {
      // away from the page before its server stops, or its requests fail in the next test
      chromium.open("about:blank");
    }
  }

  /** What the page shows: {@code map: TITLE}, or its state and first line. */
  private static String shown() {
    return chromium.evaluate("""
        (() => {
          const main = document.getElementById('jm-preview');
          if (!main) { return ''; }
          const state = main.dataset.state;
          if (state === 'map') { return 'map: ' + main.querySelector('svg > title').textContent; }
          if (state === 'problems') {
            return 'problems: ' + main.querySelector('.jm-problems li').textContent;
          }
          return state + ': ' + main.querySelector('h1').textContent;
        })()""").asText();
  }

  private static void awaitShown(String expected) {
    PreviewHarness.eventually("the page to show '" + expected + "'", () -> {
      try {
        return shown();
      } catch (IllegalStateException reloading) {
        return "(reloading: " + reloading.getMessage() + ")";
      }
    }, expected::equals);
  }
}
