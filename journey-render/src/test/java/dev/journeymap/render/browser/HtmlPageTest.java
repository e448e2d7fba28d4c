package dev.journeymap.render.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.journeymap.core.Channel;
import dev.journeymap.core.Evidence;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.render.HtmlPage;
import dev.journeymap.render.JourneyRenderer;
import dev.journeymap.render.RenderOptions;
import dev.journeymap.render.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTML page driven in a real Chromium, served with its own policy as a
 * {@code Content-Security-Policy} header (and the same policy in its {@code <meta>}): it makes
 * no request but its own, logs nothing, reports no violation and is styled; the keyboard
 * reaches every card in reading order with a visible focus ring, and focus or hover shows the
 * card's evidence and source; a lane switch hides a lane and the rows below close up; the
 * persona filter fades other personas' cards and rings the chosen one's; zoom scales the map
 * and the cards' areas together; printed, the controls are gone and the map fits the paper.
 */
class HtmlPageTest extends BrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PAGE = "#two-hats-page";
  private static final String SLOW = "Too slow to call back";

  private String url;

  @BeforeAll
  static void recordViolations() {
    if (chromium != null) {
      chromium.evaluateOnNewDocument(CspTest.RECORD_VIOLATIONS);
      chromium.send("Emulation.setDeviceMetricsOverride", JSON.createObjectNode()
          .put("width", 1400).put("height", 900).put("deviceScaleFactor", 1)
          .put("mobile", false));
    }
  }

  /** Two personas, cards for each, for both (untagged) and a touchpoint for one of them. */
  static Journey twoHats() {
    return Journey.builder("Two hats <one map> & \"quotes\"")
        .id("two-hats")
        .persona("owner", "Home owner", p -> p.description("Lives there"))
        .persona("landlord", "Landlord", p -> p.description("Lets flats"))
        .stage("find", "Find", s -> s
            .action(Item.builder("Searches at night").persona("owner").build())
            .action(Item.builder("Asks the agency").persona("landlord").build())
            .action("Reads reviews")
            .touchpoint("agency", "Letting agency", Channel.IN_PERSON, t -> t.persona("landlord"))
            .emotion(0.5, "Hopeful"))
        .stage("book", "Book", s -> s
            .action("Books online")
            .touchpoint("form", "Booking form", Channel.WEB, t -> t
                .url("https://example.com/book?a=1&b=2"))
            .painPoint(Item.builder(SLOW + "; they go <elsewhere>")
                .evidence(Evidence.ANALYTICAL).source("Call logs & \"median\" 26 h")
                .persona("owner").build())
            .painPoint("No evening slots", Evidence.ASSUMPTION)
            .emotion(-1, "Annoyed"))
        .build();
  }

  @BeforeEach
  void openPage() {
    HtmlPage page = JourneyRenderer.create().htmlPage(twoHats());
    url = server.serve("/two-hats.html", "text/html; charset=utf-8", page.html(),
        Map.of("Content-Security-Policy", page.contentSecurityPolicy()));
    chromium.send("Emulation.setEmulatedMedia", JSON.createObjectNode().put("media", ""));
    chromium.open(url);
  }

  @Test
  void makesNoRequestLogsNothingAndIsStyledUnderItsOwnPolicy() {
    int logged = chromium.consoleMessages().size();
    int sent = chromium.requests().size();
    chromium.open(url);
    JsonNode result = chromium.evaluate("(async () => {"
        + " await new Promise(r => setTimeout(r, 200));"
        + " const s = (q, p) => getComputedStyle(document.querySelector(q))[p];"
        + " return { violations: window.__cspViolations,"
        + "  controls: s('.jm-controls', 'backgroundColor'),"
        + "  tip: s('.jm-tip', 'display'), canvas: s('.jm-canvas', 'width'),"
        + "  card: s('.jm-lane-actions .jm-card rect', 'fill'),"
        + "  scripts: document.scripts.length }; })()");
    List<String> requests = chromium.requests().subList(sent, chromium.requests().size());
    List<String> messages = chromium.consoleMessages()
        .subList(logged, chromium.consoleMessages().size()).stream()
        .map(JsonNode::toString).collect(Collectors.toList());

    assertThat(requests).as("requests of the page").containsExactly(url);
    assertThat(messages).as("console messages").isEmpty();
    assertThat(result.path("violations")).as("CSP violations").isEmpty();
    assertThat(result.path("controls").asText()).as("controls' background (the panel colour)")
        .isEqualTo(rgb(Theme.light().rgb(dev.journeymap.render.Ink.PANEL)));
    assertThat(result.path("tip").asText()).as("a card's details, untouched").isEqualTo("none");
    assertThat(result.path("card").asText()).isEqualTo(
        rgb(Theme.light().rgb(dev.journeymap.render.Ink.CARD_FILL)));
    assertThat(result.path("canvas").asText()).endsWith("px").isNotEqualTo("0px");
    assertThat(result.path("scripts").asInt()).as("scripts in the page").isZero();
  }

  @Test
  void aScriptOfTheCallersOwnRunsAndReachesItsServerUnderThePolicy() {
    HtmlPage page = JourneyRenderer.create().htmlPage(twoHats(),
        "document.documentElement.dataset.ran = 'yes';"
            + " fetch('/events').then(r => document.documentElement.dataset.status = r.status);");
    String live = server.serve("/live.html", "text/html; charset=utf-8", page.html(),
        Map.of("Content-Security-Policy", page.contentSecurityPolicy()));
    chromium.open(live);
    JsonNode result = chromium.evaluate("(async () => {"
        + " await new Promise(r => setTimeout(r, 300));"
        + " return { ran: document.documentElement.dataset.ran || 'no',"
        + "  status: document.documentElement.dataset.status || 'none',"
        + "  violations: window.__cspViolations }; })()");

    assertThat(result.path("ran").asText()).isEqualTo("yes");
    assertThat(result.path("status").asText()).as("the server answered (404: no such page)")
        .isEqualTo("404");
    assertThat(result.path("violations")).isEmpty();
  }

  @Test
  void keyboardReachesEveryCardInReadingOrderAndFocusShowsItsSource() {
    List<String> focused = new ArrayList<>();
    JsonNode painPoint = null;
    for (int i = 0; i < 40; i++) {
      chromium.pressKey("Tab");
      JsonNode state = chromium.evaluate("(() => { const e = document.activeElement;"
          + " const tip = e.querySelector(':scope > .jm-tip');"
          + " const s = getComputedStyle(e);"
          + " const text = tip ? [...tip.querySelectorAll('p, dt, dd')].map(n => n.textContent)"
          + "  .join('|') : null;"
          + " return { id: e.id || e.className || e.tagName, tip: text,"
          + "  display: tip ? getComputedStyle(tip).display : null,"
          + "  outline: s.outlineStyle + ' ' + s.outlineWidth }; })()");
      focused.add(state.path("id").asText());
      if (state.path("tip").asText().startsWith(SLOW)) {
        painPoint = state;
      }
    }
    List<String> cards = focused.stream().filter(id -> id.startsWith("two-hats-card-"))
        .distinct().collect(Collectors.toList());

    assertThat(focused.get(0)).as("first stop: the zoom level chosen").isEqualTo("jm-zoom-100");
    assertThat(focused.get(focused.indexOf("jm-viewport") + 1))
        .as("after the map's scrolling view, the first card (the map's own links are no stops)")
        .isEqualTo("two-hats-card-1");
    // actions (4), touchpoints (2), pain points (2): rows top to bottom, stages left to right
    assertThat(cards).containsExactly("two-hats-card-1", "two-hats-card-2", "two-hats-card-3",
        "two-hats-card-4", "two-hats-card-5", "two-hats-card-6", "two-hats-card-7",
        "two-hats-card-8");
    assertThat(painPoint).as("focus reached the pain point").isNotNull();
    assertThat(painPoint.path("display").asText()).isEqualTo("block");
    assertThat(painPoint.path("tip").asText()).isEqualTo(SLOW + "; they go <elsewhere>|"
        + "Evidence|analytics|Source|Call logs & \"median\" 26 h|Personas|Home owner");
    assertThat(painPoint.path("outline").asText()).as("visible focus").isEqualTo("solid 3px");
  }

  @Test
  void hoverShowsTheSourceOverTheCardItDescribes() {
    chromium.evaluate("document.querySelector('#two-hats-card-7').scrollIntoView({block:"
        + " 'center'})");
    JsonNode card = rect("#two-hats-lane-pain-points .jm-card rect");
    JsonNode hit = rect("#two-hats-card-7");
    chromium.moveMouse(hit.path("x").asDouble() + 20, hit.path("y").asDouble() + 10);
    JsonNode tip = chromium.evaluate("(() => { const t = document.querySelector("
        + "'#two-hats-card-7 .jm-tip'); return { display: getComputedStyle(t).display,"
        + " text: t.innerText }; })()");

    assertThat(hit.path("x").asDouble()).isCloseTo(card.path("x").asDouble(), within());
    assertThat(hit.path("y").asDouble()).isCloseTo(card.path("y").asDouble(), within());
    assertThat(hit.path("width").asDouble()).isCloseTo(card.path("width").asDouble(), within());
    assertThat(hit.path("height").asDouble())
        .isCloseTo(card.path("height").asDouble(), within());
    assertThat(tip.path("display").asText()).isEqualTo("block");
    assertThat(tip.path("text").asText()).contains("Source\nCall logs & \"median\" 26 h");
  }

  @Test
  void hidingALaneHidesItAndTheRowsBelowCloseUp() {
    JsonNode actions = rect("#two-hats-lane-actions");
    JsonNode touchpointsBefore = rect("#two-hats-lane-touchpoints");
    JsonNode canvasBefore = rect(".jm-canvas");
    JsonNode hitBefore = rect("#two-hats-card-6");
    clickOn(".jm-show-actions");
    JsonNode state = chromium.evaluate("(() => ({"
        + " lane: getComputedStyle(document.querySelector('#two-hats-lane-actions')).display,"
        + " hits: getComputedStyle(document.querySelector('.jm-hits-actions')).display,"
        + " checked: document.querySelector('.jm-show-actions').checked }))()");
    JsonNode touchpoints = rect("#two-hats-lane-touchpoints");
    JsonNode canvas = rect(".jm-canvas");
    JsonNode hit = rect("#two-hats-card-6");
    double gap = touchpointsBefore.path("y").asDouble() - actions.path("y").asDouble();

    assertThat(state.path("checked").asBoolean()).isFalse();
    assertThat(state.path("lane").asText()).isEqualTo("none");
    assertThat(state.path("hits").asText()).isEqualTo("none");
    assertThat(touchpoints.path("y").asDouble()).as("the next lane moved up into its place")
        .isCloseTo(actions.path("y").asDouble(), within());
    assertThat(hit.path("y").asDouble()).as("a touchpoint card's area moved with its lane")
        .isCloseTo(hitBefore.path("y").asDouble() - gap, within());
    assertThat(canvas.path("height").asDouble()).as("the page is shorter by the lane")
        .isCloseTo(canvasBefore.path("height").asDouble() - gap, within());

    clickOn(".jm-show-actions");
    assertThat(rect("#two-hats-lane-touchpoints").path("y").asDouble())
        .isCloseTo(touchpointsBefore.path("y").asDouble(), within());
  }

  @Test
  void personaFilterFadesOtherPersonasCardsAndRingsTheChosenOnes() {
    String read = "(() => { const g = q => document.querySelector(q);"
        + " const o = q => getComputedStyle(g(q)).opacity;"
        + " const lane = '#two-hats-lane-actions .jm-card';"
        + " return { owner: o(lane + '[data-personas=\"owner\"]'),"
        + "  landlord: o(lane + '[data-personas=\"landlord\"]'),"
        + "  everyone: o(lane + ':not([data-personas])'),"
        + "  agency: o('#two-hats-touchpoint-agency'),"
        + "  ownerStroke: getComputedStyle(g(lane + '[data-personas=\"owner\"] > rect'))"
        + "   .strokeWidth }; })()";
    JsonNode before = chromium.evaluate(read);
    clickOn(".jm-filter-owner");
    JsonNode owner = chromium.evaluate(read);
    clickOn(".jm-filter-landlord");
    JsonNode landlord = chromium.evaluate(read);

    assertThat(before.toString()).isEqualTo("{\"owner\":\"1\",\"landlord\":\"1\","
        + "\"everyone\":\"1\",\"agency\":\"1\",\"ownerStroke\":\"1px\"}");
    assertThat(owner.toString()).isEqualTo("{\"owner\":\"1\",\"landlord\":\"0.2\","
        + "\"everyone\":\"1\",\"agency\":\"0.2\",\"ownerStroke\":\"3px\"}");
    assertThat(landlord.toString()).isEqualTo("{\"owner\":\"0.2\",\"landlord\":\"1\","
        + "\"everyone\":\"1\",\"agency\":\"1\",\"ownerStroke\":\"1px\"}");
  }

  @Test
  void zoomScalesTheMapAndTheCardsAreasTogether() {
    JsonNode svg = rect(".jm-canvas > svg");
    clickOn(".jm-zoom-50");
    JsonNode half = rect(".jm-canvas > svg");
    JsonNode card = rect("#two-hats-lane-pain-points .jm-card rect");
    JsonNode hit = rect("#two-hats-card-7");

    assertThat(half.path("width").asDouble())
        .isCloseTo(svg.path("width").asDouble() / 2, within());
    assertThat(hit.path("x").asDouble()).isCloseTo(card.path("x").asDouble(), within());
    assertThat(hit.path("y").asDouble()).isCloseTo(card.path("y").asDouble(), within());
    assertThat(hit.path("width").asDouble()).isCloseTo(card.path("width").asDouble(), within());
  }

  @Test
  void printedTheControlsAreGoneAndTheMapFitsThePaper() {
    chromium.send("Emulation.setEmulatedMedia", JSON.createObjectNode().put("media", "print"));
    JsonNode printed = chromium.evaluate("(() => ({"
        + " controls: getComputedStyle(document.querySelector('.jm-controls')).display,"
        + " hits: getComputedStyle(document.querySelector('.jm-lane-hits')).display,"
        + " svg: document.querySelector('.jm-canvas > svg').getBoundingClientRect().width,"
        + " page: document.documentElement.clientWidth }))()");

    assertThat(printed.path("controls").asText()).isEqualTo("none");
    assertThat(printed.path("hits").asText()).isEqualTo("none");
    assertThat(printed.path("svg").asDouble())
        .isCloseTo(printed.path("page").asDouble(), within());
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.6);
  }

  /** The element's bounding box in the viewport: x, y, width, height. */
  private static JsonNode rect(String selector) {
    return chromium.evaluate("(() => { const e = document.querySelector('" + selector
        + "'); if (!e) throw new Error('no element matches " + selector + "');"
        + " const r = e.getBoundingClientRect();"
        + " return { x: r.x, y: r.y, width: r.width, height: r.height }; })()");
  }

  /** Clicks the middle of the element, as a mouse does (scrolled into view first). */
  private static void clickOn(String selector) {
    chromium.evaluate("document.querySelector('" + selector + "').scrollIntoView({block:"
        + " 'center'})");
    JsonNode r = rect(selector);
    chromium.click(r.path("x").asDouble() + r.path("width").asDouble() / 2,
        r.path("y").asDouble() + r.path("height").asDouble() / 2);
  }

  private static String rgb(int rgb) {
    return "rgb(" + (rgb >> 16 & 0xff) + ", " + (rgb >> 8 & 0xff) + ", " + (rgb & 0xff) + ")";
  }

  static RenderOptions unused() {
    return RenderOptions.defaults();
  }
}
