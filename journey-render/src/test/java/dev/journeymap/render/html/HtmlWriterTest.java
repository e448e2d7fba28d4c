package dev.journeymap.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeymap.render.Ink;
import dev.journeymap.render.Lane;
import dev.journeymap.render.Theme;
import dev.journeymap.render.layout.Box;
import dev.journeymap.render.layout.Labels;
import dev.journeymap.render.layout.Layout;
import dev.journeymap.render.layout.Mark;
import dev.journeymap.render.layout.Stroke;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {
  private static final String FONT = "'DejaVu Sans', sans-serif";

  /** Two lanes; a card with details for a persona, a linked card for everyone. */
  private static Layout layout() {
    Mark.Group card = new Mark.Group(Optional.empty(), List.of("jm-card"), Optional.empty(),
        Optional.empty(), Mark.Role.NONE, 0,
        List.of((Mark) new Mark.Rect(new Box(200, 100, 180, 40), 6, Optional.of(Ink.CARD_FILL),
            Optional.of(Ink.CARD_STROKE), Stroke.HAIRLINE)), 1,
        List.of("owner"), Optional.of(new Mark.Details(new Box(200, 100, 180, 40),
            Lane.PAIN_POINTS, "Slow <b>call</b> & \"back\"",
            List.of(new Mark.Note("Source", "Logs & <notes>")))));
    Mark.Group linked = new Mark.Group(Optional.empty(), List.of("jm-card"), Optional.empty(),
        Optional.of("https://example.com/?a=1&b=2"), Mark.Role.NONE, 0, List.of(), 1, List.of(),
        Optional.of(new Mark.Details(new Box(200, 150.5, 180, 30), Lane.TOUCHPOINTS, "Site",
            List.of())));
    Mark.Group touchpoints = new Mark.Group(Optional.of("m-lane-touchpoints"), List.of(),
        Optional.empty(), Optional.empty(), List.of(linked));
    Mark.Group pains = new Mark.Group(Optional.of("m-lane-pain-points"), List.of(),
        Optional.empty(), Optional.empty(), List.of(card));
    return new Layout(400, 300, "m", "Map <1>", "A map.", "en", List.of(),
        List.of(new Layout.Row(Lane.PAIN_POINTS, 90, 60), new Layout.Row(Lane.TOUCHPOINTS, 150,
            40)),
        List.of(pains, touchpoints), Labels.ENGLISH,
        List.of(new Layout.PersonaName("owner", "Owner & co")),
        List.of(new Layout.LaneName(Lane.PAIN_POINTS, "Pain points"),
            new Layout.LaneName(Lane.TOUCHPOINTS, "Touchpoints")));
  }

  @Test
  void writesEachCardsAreaWithItsTextAndNotesEscapedInReadingOrder() {
    String page = HtmlWriter.of(layout(), Theme.light(), FONT, List.of()).write();
    String hits = page.substring(page.indexOf("</svg>\n") + 7, page.indexOf("</div>\n</div>\n"
        + "</main>"));

    assertThat(hits).isEqualTo(""
        + "<div class=\"jm-lane-hits jm-hits-pain-points\" role=\"group\" aria-label=\"Card "
        + "details: Pain points\">\n"
        + "<div class=\"jm-hit\" id=\"m-card-1\" tabindex=\"0\" role=\"group\" "
        + "aria-labelledby=\"m-card-1-text\" aria-describedby=\"m-card-1-notes\"><div "
        + "class=\"jm-tip\"><p class=\"jm-tip-text\" id=\"m-card-1-text\">Slow &lt;b&gt;call"
        + "&lt;/b&gt; &amp; &quot;back&quot;</p><dl id=\"m-card-1-notes\"><dt>Source</dt><dd>"
        + "Logs &amp; &lt;notes&gt;</dd></dl></div></div>\n"
        + "</div>\n"
        + "<div class=\"jm-lane-hits jm-hits-touchpoints\" role=\"group\" aria-label=\"Card "
        + "details: Touchpoints\">\n"
        + "<a class=\"jm-hit\" id=\"m-card-2\" href=\"https://example.com/?a=1&amp;b=2\" "
        + "aria-labelledby=\"m-card-2-text\"><div class=\"jm-tip\"><p class=\"jm-tip-text\" "
        + "id=\"m-card-2-text\">Site</p></div></a>\n"
        + "</div>\n");
  }

  @Test
  void writesTheControlsOfTheLanesDrawnAndThePersonasNamed() {
    String page = HtmlWriter.of(layout(), Theme.light(), FONT, List.of()).write();
    String controls = page.substring(page.indexOf("<div class=\"jm-controls\">"),
        page.indexOf("<div class=\"jm-viewport\""));

    assertThat(controls).isEqualTo("<div class=\"jm-controls\">\n"
        + "<fieldset class=\"jm-zoom\"><legend>Zoom</legend>"
        + "<label><input type=\"radio\" name=\"m-zoom\" class=\"jm-zoom-25\">25 %</label>"
        + "<label><input type=\"radio\" name=\"m-zoom\" class=\"jm-zoom-50\">50 %</label>"
        + "<label><input type=\"radio\" name=\"m-zoom\" class=\"jm-zoom-75\">75 %</label>"
        + "<label><input type=\"radio\" name=\"m-zoom\" class=\"jm-zoom-100\" checked>100 %"
        + "</label>"
        + "<label><input type=\"radio\" name=\"m-zoom\" class=\"jm-zoom-150\">150 %</label>"
        + "<label><input type=\"radio\" name=\"m-zoom\" class=\"jm-zoom-200\">200 %</label>"
        + "</fieldset>\n"
        + "<fieldset class=\"jm-lanes\"><legend>Lanes shown</legend>"
        + "<label><input type=\"checkbox\" class=\"jm-show-pain-points\" checked>Pain points"
        + "</label><label><input type=\"checkbox\" class=\"jm-show-touchpoints\" checked>"
        + "Touchpoints</label></fieldset>\n"
        + "<fieldset class=\"jm-personas\"><legend>Highlight a persona</legend>"
        + "<label><input type=\"radio\" name=\"m-persona\" class=\"jm-filter-none\" checked>"
        + "Everyone</label><label><input type=\"radio\" name=\"m-persona\" "
        + "class=\"jm-filter-owner\">Owner &amp; co</label></fieldset>\n</div>\n");
  }

  @Test
  void mapRulesPlaceTheAreasCloseUpHiddenLanesAndFilterPersonas() {
    String css = HtmlWriter.of(layout(), Theme.light(), FONT, List.of()).write();
    css = css.substring(css.indexOf("<style>#m-page") + 7);
    css = css.substring(0, css.indexOf("</style>"));

    assertThat(css.lines().toList()).containsExactly(
        "#m-page{--jm-font:'DejaVu Sans', sans-serif;--jm-page-bg:#ffffff;--jm-page-text:#1b2533;"
            + "--jm-muted:#4a5568;--jm-panel:#f4f6f9;--jm-rule:#d3d9e1;--jm-accent:#2c5282;"
            + "--jm-focus:#1d4f91;--jm-tip-bg:#ffffff;--jm-hover:rgba(127,127,127,.12);"
            + "color-scheme:light;--jm-h-pain-points:0;--jm-h-touchpoints:0}",
        "#m-page:has(.jm-show-pain-points:not(:checked)){--jm-h-pain-points:60}",
        "#m-page:has(.jm-show-pain-points:not(:checked)) :is(#m-lane-pain-points,"
            + ".jm-hits-pain-points){display:none}",
        "#m-page:has(.jm-show-touchpoints:not(:checked)){--jm-h-touchpoints:40}",
        "#m-page:has(.jm-show-touchpoints:not(:checked)) :is(#m-lane-touchpoints,"
            + ".jm-hits-touchpoints){display:none}",
        "#m-page :is(#m-lane-touchpoints,.jm-hits-touchpoints){transform:translateY(calc(-1px * "
            + "(0 + var(--jm-h-pain-points))))}",
        "#m-page .jm-canvas{width:400px;height:calc(300px - 1px * (0 + var(--jm-h-pain-points) "
            + "+ var(--jm-h-touchpoints)))}",
        "#m-page #m-legend{transform:translateY(calc(-1px * (0 + var(--jm-h-pain-points) + "
            + "var(--jm-h-touchpoints))))}",
        "#m-page .jm-column-rules{transform-origin:0 90px;transform:scaleY(calc(1 - (0 + "
            + "var(--jm-h-pain-points) + var(--jm-h-touchpoints)) / 100))}",
        "#m-card-1{left:200px;top:100px;width:180px;height:40px}",
        "#m-card-2{left:200px;top:150.5px;width:180px;height:30px}",
        "#m-page:has(.jm-filter-owner:checked) [data-personas]:not([data-personas~=\"owner\"])"
            + "{opacity:.2}",
        "#m-page:has(.jm-filter-owner:checked) svg [data-personas~=\"owner\"]>"
            + "rect:first-of-type{stroke:var(--jm-accent);stroke-width:3px}",
        "#m-page:has(.jm-filter-owner:checked) svg [data-personas~=\"owner\"]>path"
            + "{stroke-width:4px}");
  }

  @Test
  void policyHoldsTheHashOfEachStyleElementAndScript() throws Exception {
    HtmlWriter writer = HtmlWriter.of(layout(), Theme.dark(), FONT,
        List.of("console.log('reload')"));
    String page = writer.write();
    List<String> styles = new ArrayList<>();
    Matcher m = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(page);
    while (m.find()) {
      styles.add(sha256(m.group(1)));
    }

    assertThat(styles).hasSize(2).containsExactlyElementsOf(writer.styleHashes());
    assertThat(writer.scriptHashes()).containsExactly(sha256("console.log('reload')"));
    assertThat(writer.contentSecurityPolicy()).isEqualTo("default-src 'none'; style-src "
        + styles.get(0) + " " + styles.get(1) + "; script-src "
        + sha256("console.log('reload')") + "; connect-src 'self'");
    assertThat(page).contains("<meta http-equiv=\"Content-Security-Policy\" content=\""
        + writer.contentSecurityPolicy() + "\">")
        .contains("<script>console.log('reload')</script>\n</body>");
  }

  @Test
  void refusesAScriptThatWouldEndItsElement() {
    assertThatThrownBy(() -> HtmlWriter.of(layout(), Theme.light(), FONT,
        List.of("x = '</SCRIPT><img src=x>'")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a script may not contain '</script'");
  }

  @Test
  void refusesAnIdThatIsNotACssName() {
    Layout bad = new Layout(10, 10, "m\"x", "t", "d", "en", List.of(), List.of(), List.of());
    assertThatThrownBy(() -> HtmlWriter.of(bad, Theme.light(), FONT, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a safe CSS name: m\"x");
  }

  private static String sha256(String text) throws Exception {
    byte[] digest = MessageDigest.getInstance("SHA-256")
        .digest(text.getBytes(StandardCharsets.UTF_8));
    return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
  }
}
