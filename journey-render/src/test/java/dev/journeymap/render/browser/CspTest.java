package dev.journeymap.render.browser;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.journeymap.render.Ink;
import dev.journeymap.render.JourneyRenderer;
import dev.journeymap.render.SampleJourneys;
import dev.journeymap.render.Theme;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SVG inlined in a page served with a strict Content-Security-Policy ({@code default-src
 * 'none'}) must look the same as without it: a CSP that forbids inline styles blocks every
 * {@code style="..."} attribute and {@code <style>} element, so colours and fonts must be
 * presentation attributes ({@code fill="#rrggbb"}, {@code font-family="..."}).
 *
 * <p>Checked in a real Chromium with {@code getComputedStyle}: the fill of the first card of the
 * actions and pain points lanes ({@code .jm-lane-actions .jm-card}: its first {@code rect} or
 * {@code path}), the fill and font of that card's first {@code <text>}, and that the page
 * reported no CSP violation (neither a {@code securitypolicyviolation} event nor a "security"
 * console message). The last two tests check these checks on hand-made SVG.
 */
class CspTest extends BrowserTest {
  private static final String POLICY = "default-src 'none'; img-src 'self'";
  /** Installed before any page script; runs even under {@code default-src 'none'}. */
  static final String RECORD_VIOLATIONS = "window.__cspViolations = [];"
      + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
      + "e.effectiveDirective + ' blocked ' + e.blockedURI));";
  /** Waits a moment (violation events are dispatched as tasks), then reads the styles. */
  private static final String READ_STYLES = "(async () => {"
      + " await new Promise(r => setTimeout(r, 100));"
      + " const style = (selector, property) => {"
      + "  const e = document.querySelector(selector);"
      + "  return e ? getComputedStyle(e)[property] : 'no element matches ' + selector; };"
      + " const actions = '.jm-lane-actions .jm-card';"
      + " return {"
      + "  actionsCardFill: style(actions + ' :is(rect, path)', 'fill'),"
      + "  painPointsCardFill: style('.jm-lane-pain-points .jm-card :is(rect, path)', 'fill'),"
      + "  actionsTextFill: style(actions + ' text', 'fill'),"
      + "  actionsTextFont: style(actions + ' text', 'fontFamily'),"
      + "  violations: window.__cspViolations || ['the violation listener was not installed']"
      + " };"
      + "})()";

  @BeforeAll
  static void recordViolations() {
    if (chromium != null) {
      chromium.evaluateOnNewDocument(RECORD_VIOLATIONS);
    }
  }

  @Test
  void renderedMapKeepsItsColoursAndFontUnderAStrictPolicy() {
    JourneyRenderer renderer = JourneyRenderer.create();
    String svg = renderer.renderSvg(SampleJourneys.junkRemoval());
    assertStyledUnderStrictPolicy("/map.html", svg, renderer.options().theme());
  }

  @Test
  void checksPassForPresentationAttributes() {
    assertStyledUnderStrictPolicy("/attributes.html", handMade(Theme.light(), false),
        Theme.light());
  }

  @Test
  void checksFailForStyleAttributes() {
    assertThatThrownBy(() -> assertStyledUnderStrictPolicy("/styles.html",
        handMade(Theme.light(), true), Theme.light()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("style-src-attr")
        .hasMessageContaining("Times New Roman");
  }

  private static void assertStyledUnderStrictPolicy(String path, String svg, Theme theme) {
    String url = server.serve(path, "text/html; charset=utf-8",
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>CSP</title>"
            + "</head><body>\n" + svg + "\n</body></html>\n",
        Map.of("Content-Security-Policy", POLICY));
    int logged = chromium.consoleMessages().size();
    chromium.open(url);
    JsonNode styles = chromium.evaluate(READ_STYLES);
    List<JsonNode> messages = chromium.consoleMessages();
    List<String> securityMessages = messages.subList(logged, messages.size()).stream()
        .map(m -> m.path("params").path("entry"))
        .filter(entry -> entry.path("source").asText().equals("security"))
        .map(entry -> entry.path("text").asText())
        .collect(Collectors.toList());

    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(styles.path("actionsCardFill").asText())
        .as("fill of the first actions card's background").isEqualTo(css(theme, Ink.CARD_FILL));
    softly.assertThat(styles.path("painPointsCardFill").asText())
        .as("fill of the first pain point card's background")
        .isEqualTo(css(theme, Ink.PAIN_FILL));
    softly.assertThat(styles.path("actionsTextFill").asText())
        .as("fill of the first actions card's text").isEqualTo(css(theme, Ink.TEXT));
    softly.assertThat(styles.path("actionsTextFont").asText())
        .as("font-family of the first actions card's text").startsWith("\"DejaVu Sans\"");
    Map<String, Long> violations = new TreeMap<>();
    styles.path("violations").forEach(v -> violations.merge(v.asText(), 1L, Long::sum));
    softly.assertThat(violations).as("securitypolicyviolation events, counted").isEmpty();
    softly.assertThat(securityMessages.size())
        .as("security messages in the console; the first: %s",
            securityMessages.isEmpty() ? "none" : securityMessages.get(0))
        .isZero();
    softly.assertAll();
  }

  /** The colour as {@code getComputedStyle} writes it: {@code rgb(r, g, b)}. */
  private static String css(Theme theme, Ink ink) {
    int rgb = theme.rgb(ink);
    return "rgb(" + (rgb >> 16 & 0xff) + ", " + (rgb >> 8 & 0xff) + ", " + (rgb & 0xff) + ")";
  }

  /**
   * A two-lane map fragment with the class names the writer uses, coloured either with
   * presentation attributes or, like JFreeSVG, with style attributes.
   */
  private static String handMade(Theme theme, boolean styleAttributes) {
    String rootFont = styleAttributes ? "" : " font-family=\"'DejaVu Sans', Verdana, sans-serif\"";
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"200\"" + rootFont
        + ">" + handMadeLane(theme, "actions", Ink.CARD_FILL, "Searches online", styleAttributes)
        + handMadeLane(theme, "pain-points", Ink.PAIN_FILL, "Too many ads", styleAttributes)
        + "</svg>";
  }

  private static String handMadeLane(Theme theme, String lane, Ink cardFill, String text,
      boolean styleAttributes) {
    String card = hex(theme, cardFill);
    String ink = hex(theme, Ink.TEXT);
    String cardPaint = styleAttributes ? "style=\"fill:" + card + "\"" : "fill=\"" + card + "\"";
    String textPaint = styleAttributes
        ? "style=\"fill:" + ink + "; font-family: &quot;DejaVu Sans&quot;, Verdana, sans-serif\""
        : "fill=\"" + ink + "\"";
    return "<g class=\"jm-lane jm-lane-" + lane + "\"><g class=\"jm-card\">"
        + "<rect x=\"10\" y=\"10\" width=\"150\" height=\"40\" rx=\"4\" " + cardPaint + "/>"
        + "<text x=\"16\" y=\"30\" " + textPaint + ">" + text + "</text></g></g>";
  }

  private static String hex(Theme theme, Ink ink) {
    return String.format("#%06x", theme.rgb(ink));
  }
}
