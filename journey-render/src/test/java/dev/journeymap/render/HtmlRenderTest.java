package dev.journeymap.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymap.core.Journey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML page through the renderer: its promises for every sample journey. */
class HtmlRenderTest {
  /**
   * In a tag: an attribute named on..., a style attribute, a source, or an element that runs or
   * loads something. (Escaped text holds no {@code <}, so every tag found is markup.)
   */
  private static final Pattern UNSAFE = Pattern.compile(
      "\\son[a-z]+\\s*=|\\sstyle\\s*=|\\ssrc\\s*=|^<(script|img|iframe|link|object|embed|"
          + "image|use|foreignobject)\\b|javascript:", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  @Test
  void everySampleJourneyGivesAPageWithNoScriptStyleAttributeOrExternalReference() {
    JourneyRenderer renderer = JourneyRenderer.create();
    for (Journey journey : SampleJourneys.all()) {
      String page = renderer.renderHtml(journey);
      List<String> unsafe = TAG.matcher(page).results().map(MatchResult::group)
          .filter(tag -> UNSAFE.matcher(tag).find()).toList();
      assertThat(unsafe).as("unsafe markup in %s", journey.title()).isEmpty();
      assertThat(page).as("CSS that loads something").doesNotContain("url(")
          .doesNotContain("@import");
      assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"").endsWith("</html>\n");
    }
  }

  @Test
  void hostileTextIsEscapedInTheTitleTheControlsAndTheCardsDetails() {
    String page = JourneyRenderer.create().renderHtml(SampleJourneys.hostile());

    assertThat(page).contains("<title>&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt; &amp; "
        + "AT&amp;amp;T &quot;quoted&quot;</title>")
        .contains(">&lt;img src=x onerror=alert(1)&gt;</p>")
        .contains("<dt>Source</dt><dd>source with &lt;tags&gt; &amp;  control</dd>")
        .doesNotContain("<img").doesNotContain("<b>");
  }

  @Test
  void sameJourneyGivesTheSameBytesWhateverTheDefaultLocale() {
    JourneyRenderer renderer = JourneyRenderer.create();
    String english = renderer.renderHtml(SampleJourneys.painting());
    Locale before = Locale.getDefault();
    String turkish;
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      turkish = JourneyRenderer.create().renderHtml(SampleJourneys.painting());
    } finally {
      Locale.setDefault(before);
    }
    assertThat(turkish).isEqualTo(english);
    assertThat(renderer.htmlPage(SampleJourneys.painting()).html()).isEqualTo(english);
  }

  @Test
  void everyOverloadWritesTheSameBytes(@TempDir Path dir) throws IOException {
    JourneyRenderer renderer = JourneyRenderer.create();
    Journey journey = SampleJourneys.junkRemoval();
    String page = renderer.renderHtml(journey);
    StringBuilder appended = new StringBuilder();
    renderer.renderHtml(journey, appended);
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    renderer.renderHtml(journey, stream);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    renderer.renderHtml(journey, new PrintStream(printed, false, StandardCharsets.ISO_8859_1));
    Path file = dir.resolve("map.html");
    renderer.renderHtml(journey, file);

    assertThat(appended.toString()).isEqualTo(page);
    assertThat(stream.toString(StandardCharsets.UTF_8)).isEqualTo(page);
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo(page);
    assertThat(Files.readString(file)).isEqualTo(page);
    assertThat(dir.toFile().list()).containsExactly("map.html");
  }

  @Test
  void pageCarriesThePolicyItGivesAndTheMapInline() {
    JourneyRenderer renderer = JourneyRenderer.create();
    HtmlPage page = renderer.htmlPage(SampleJourneys.junkRemoval());

    assertThat(page.contentSecurityPolicy()).isEqualTo("default-src 'none'; style-src "
        + page.styleHashes().get(0) + " " + page.styleHashes().get(1));
    assertThat(page.scriptHashes()).isEmpty();
    assertThat(page.html()).contains("content=\"" + page.contentSecurityPolicy() + "\"")
        .contains(renderer.renderSvg(SampleJourneys.junkRemoval())
            .replaceAll("(xlink:href=\"[^\"]*\")>", "$1 tabindex=\"-1\">"));
    assertThat(page.styleHashes().get(0)).as("the fixed stylesheet's hash is the same for "
        + "every map").isEqualTo(renderer.htmlPage(SampleJourneys.painting()).styleHashes()
        .get(0));
  }
}
