package dev.journeymap.render;

import static dev.journeymap.render.SvgDocuments.nodes;
import static dev.journeymap.render.SvgDocuments.parse;
import static dev.journeymap.render.SvgDocuments.string;
import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymap.core.Journey;
import dev.journeymap.core.testing.RandomJourneys;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Parses the SVG and checks what an embedding app and a browser rely on. */
class SvgStructureTest {
  private static final JourneyRenderer RENDERER = JourneyRenderer.create();

  static Stream<Journey> journeys() {
    return Stream.concat(SampleJourneys.all().stream(),
        Stream.of(1L, 7L, 13L, 42L).map(seed -> RandomJourneys.journey(seed, 30)));
  }

  @Test
  void rootCarriesSizeViewBoxRoleAndAccessibleName() throws Exception {
    Document doc = parse(RENDERER.renderSvg(SampleJourneys.junkRemoval()));
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("svg");
    assertThat(root.getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(root.getAttribute("role")).isEqualTo("graphics-document");
    assertThat(root.getAttribute("id")).isEqualTo("junk-removal");
    assertThat(root.getAttribute("aria-labelledby"))
        .isEqualTo("junk-removal-title junk-removal-desc");
    assertThat(root.getAttribute("xml:lang")).isEqualTo("en");
    assertThat(root.getAttribute("width")).isEqualTo("1316");
    assertThat(root.getAttribute("height")).matches("\\d+");
    String height = root.getAttribute("height");
    assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 1316 " + height);
    assertThat(string(doc, "/svg/title[1]/@id")).isEqualTo("junk-removal-title");
    assertThat(string(doc, "/svg/title[1]")).isEqualTo("Booking a junk removal");
    assertThat(string(doc, "/svg/desc[1]")).isEqualTo("Customer journey map of 5 stages: "
        + "Awareness, Consideration, Purchase, Retention, Advocacy. Goal: Increase the number "
        + "of booked jobs A homeowner finds, books and reviews a junk-removal service.");
  }

  @Test
  void stagesLanesAndTouchpointsHaveStableIdsAndClasses() throws Exception {
    Document doc = parse(RENDERER.renderSvg(SampleJourneys.junkRemoval()));
    assertThat(ids(doc, "//g[@class='jm-stage']")).containsExactly(
        "junk-removal-stage-awareness", "junk-removal-stage-consideration",
        "junk-removal-stage-purchase", "junk-removal-stage-retention",
        "junk-removal-stage-advocacy");
    assertThat(ids(doc, "//g[starts-with(@class, 'jm-lane ')]")).containsExactly(
        "junk-removal-lane-customer-goals", "junk-removal-lane-actions",
        "junk-removal-lane-touchpoints", "junk-removal-lane-questions",
        "junk-removal-lane-emotions", "junk-removal-lane-pain-points",
        "junk-removal-lane-opportunities", "junk-removal-lane-kpis", "junk-removal-lane-funnel",
        "junk-removal-lane-moments");
    assertThat(string(doc, "//g[@id='junk-removal-lane-pain-points']/@class"))
        .isEqualTo("jm-lane jm-lane-pain-points");
    assertThat(string(doc, "//g[@id='junk-removal-touchpoint-call-centre']/@class"))
        .isEqualTo("jm-card jm-touchpoint jm-channel-phone");
    assertThat(nodes(doc, "//g[contains(concat(' ', @class, ' '), ' jm-assumption ')]")
        .getLength()).isEqualTo(4);
    assertThat(string(doc, "//g[@id='junk-removal-emotion-touchpoint-call-centre']/@class"))
        .isEqualTo("jm-emotion-point jm-emotion-moment jm-negative");
  }

  @ParameterizedTest
  @MethodSource("journeys")
  void colorsAndFontsArePresentationAttributesNeverStyles(Journey journey) throws Exception {
    String svg = RENDERER.renderSvg(journey);
    Document doc = parse(svg);
    assertThat(nodes(doc, "//*[@style] | //style").getLength()).isZero();
    assertThat(doc.getDocumentElement().getAttribute("font-family"))
        .isEqualTo("'DejaVu Sans', Verdana, sans-serif");
    NodeList texts = nodes(doc, "//text");
    for (int i = 0; i < texts.getLength(); i++) {
      Element text = (Element) texts.item(i);
      assertThat(text.getAttribute("fill")).matches("#[0-9a-f]{6}");
      assertThat(text.getAttribute("font-size")).matches("\\d+");
    }
    NodeList shapes = nodes(doc, "//rect | //circle | //ellipse | //line | //path | //polygon");
    for (int i = 0; i < shapes.getLength(); i++) {
      Element shape = (Element) shapes.item(i);
      assertThat(shape.getAttribute("fill")).matches("none|#[0-9a-f]{6}");
      assertThat(shape.getAttribute("fill").equals("none") && shape.getAttribute("stroke")
          .isEmpty()).as("a shape that draws nothing").isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("journeys")
  void theGridIsATableOfLanesByStagesAndShapesAreHidden(Journey journey) throws Exception {
    Document doc = parse(RENDERER.renderSvg(journey));
    int stages = journey.stages().size();
    assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("graphics-document");
    assertThat(nodes(doc, "//*[@role='table']").getLength()).isOne();
    NodeList rows = nodes(doc, "//*[@role='table']/*[@role='row']");
    assertThat(rows.getLength()).isEqualTo(1 + nodes(doc, "//g[starts-with(@class, 'jm-lane ')]")
        .getLength());
    for (int r = 0; r < rows.getLength(); r++) {
      Element row = (Element) rows.item(r);
      List<String> roles = new ArrayList<>();
      List<String> columns = new ArrayList<>();
      NodeList children = nodes(row, "*[@role]");
      for (int c = 0; c < children.getLength(); c++) {
        Element child = (Element) children.item(c);
        roles.add(child.getAttribute("role"));
        columns.add(child.getAttribute("aria-colindex"));
      }
      String header = r == 0 ? "columnheader" : "rowheader";
      String cell = r == 0 ? "columnheader" : "cell";
      List<String> expectedRoles = new ArrayList<>(List.of(header));
      List<String> expectedColumns = new ArrayList<>(List.of("1"));
      for (int i = 0; i < stages; i++) {
        expectedRoles.add(cell);
        expectedColumns.add(Integer.toString(i + 2));
      }
      assertThat(roles).as("row %s", r).isEqualTo(expectedRoles);
      assertThat(columns).as("row %s", r).isEqualTo(expectedColumns);
    }
    // Every shape is hidden, itself or through a decorative group; text never is.
    assertThat(nodes(doc, "(//rect | //circle | //ellipse | //line | //path | //polygon)"
        + "[not(ancestor-or-self::*[@aria-hidden='true'])]").getLength()).isZero();
    // The only hidden texts are the emotion scale's ticks, which the points' labels repeat.
    NodeList hiddenTexts = nodes(doc, "//text[ancestor::*[@aria-hidden='true']]");
    boolean emotions = nodes(doc, "//g[@class='jm-lane jm-lane-emotions']").getLength() > 0;
    assertThat(hiddenTexts.getLength()).isEqualTo(emotions ? 5 : 0);
    for (int i = 0; i < hiddenTexts.getLength(); i++) {
      assertThat(hiddenTexts.item(i).getTextContent()).matches("[+\u2212]?[0-2]");
    }
  }

  @Test
  void aWrappedParagraphIsOneTextWithALineEachAndSpacesBetweenWords() throws Exception {
    Document doc = parse(RENDERER.renderSvg(SampleJourneys.junkRemoval()));
    Element text = (Element) nodes(doc, "//g[@id='junk-removal-cell-actions-awareness']//text")
        .item(0);
    assertThat(nodes(text, "tspan").getLength()).isEqualTo(2);
    assertThat(text.getTextContent()).isEqualTo("Searches 'junk removal near me'");
    // A word broken in two gets no space.
    assertThat(texts(doc)).contains("Receives a thank-you e-mail");
  }

  @Test
  void insightSourcesAreKeptAsTooltips() throws Exception {
    Document doc = parse(RENDERER.renderSvg(SampleJourneys.junkRemoval()));
    assertThat(string(doc, "//g[@id='junk-removal-cell-pain-points-awareness']"
        + "/g[contains(@class, 'jm-item')]/title")).isEqualTo("Customer interviews, May");
  }

  @Test
  void touchpointsWithUrlsAreLinks() throws Exception {
    Document doc = parse(RENDERER.renderSvg(SampleJourneys.junkRemoval()));
    NodeList links = nodes(doc, "//a");
    assertThat(links.getLength()).isEqualTo(2);
    assertThat(((Element) links.item(0)).getAttribute("href"))
        .isEqualTo("https://example.com/book");
    assertThat(((Element) links.item(0)).getAttribute("xlink:href"))
        .isEqualTo("https://example.com/book");
    assertThat(string(doc, "//a[1]/g/@id")).isEqualTo("junk-removal-touchpoint-booking-form");
    assertThat(((Element) links.item(1)).getAttribute("href"))
        .isEqualTo("mailto:care@example.com");
  }

  @ParameterizedTest
  @MethodSource("journeys")
  void idsAreUniqueAndPrefixed(Journey journey) throws Exception {
    Document doc = parse(RENDERER.renderSvg(journey));
    String prefix = doc.getDocumentElement().getAttribute("id");
    List<String> ids = new ArrayList<>();
    NodeList withId = nodes(doc, "//*[@id]");
    for (int i = 0; i < withId.getLength(); i++) {
      ids.add(((Element) withId.item(i)).getAttribute("id"));
    }
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids).allSatisfy(id -> assertThat(id).matches(Pattern.quote(prefix)
        + "(-[a-z0-9_-]+)?"));
  }

  @ParameterizedTest
  @MethodSource("journeys")
  void noScriptNoEventAttributeNoExternalReference(Journey journey) throws Exception {
    String svg = RENDERER.renderSvg(journey);
    Document doc = parse(svg);
    assertThat(nodes(doc, "//script | //foreignObject | //image | //use | //style")
        .getLength()).isZero();
    NodeList all = nodes(doc, "//*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      NamedNodeMap attributes = element.getAttributes();
      for (int a = 0; a < attributes.getLength(); a++) {
        Node attribute = attributes.item(a);
        String name = attribute.getNodeName().toLowerCase(Locale.ROOT);
        assertThat(name).doesNotStartWith("on");
        if (name.endsWith("href")) {
          assertThat(element.getTagName()).isEqualTo("a");
          assertThat(attribute.getNodeValue()).matches("(https?://|mailto:).*");
        }
        assertThat(attribute.getNodeValue()).doesNotContainIgnoringCase("url(");
        assertThat(attribute.getNodeValue()).doesNotContainIgnoringCase("javascript:");
      }
    }
  }

  @Test
  void hostileStringsAreEscapedOrDropped() throws Exception {
    String svg = RENDERER.renderSvg(SampleJourneys.hostile());
    assertThat(svg).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>")
        .doesNotContain("\u0001").doesNotContain("\u0002").doesNotContain("\uFFFE")
        .doesNotContain("' onload='");
    Document doc = parse(svg);
    assertThat(string(doc, "/svg/title"))
        .isEqualTo("<script>alert('x')</script> & AT&amp;T \"quoted\"");
    // Lines are wrapped, so look at the text as a whole.
    assertThat(String.join(" ", texts(doc))).contains("<img src=x onerror=alert(1)>",
        "&lt;already escaped&gt; &#x41;", "Stage ]]> <!-- -->", "“' onload='alert(1)”");
    assertThat(string(doc, "//g[contains(@class, 'jm-pain-points-item')]/title"))
        .isEqualTo("source with <tags> &  control");
    assertThat(string(doc, "//a/@href")).isEqualTo("https://example.com/?a=1&b=%3C2%3E&c='q'");
    assertThat(string(doc, "/svg/desc")).contains("control  chars, U+FFFE , lone  surrogate");
  }

  @Test
  void numbersUseADotInEveryDefaultLocale() throws Exception {
    Locale saved = Locale.getDefault();
    try {
      String reference = RENDERER.renderSvg(SampleJourneys.junkRemoval());
      for (Locale locale : List.of(Locale.FRANCE, new Locale("tr", "TR"), Locale.GERMANY,
          new Locale("ar", "EG"), new Locale("hi", "IN"))) {
        Locale.setDefault(locale);
        String svg = RENDERER.renderSvg(SampleJourneys.junkRemoval());
        assertThat(svg).as("under %s", locale).isEqualTo(reference);
      }
      Matcher coordinates = Pattern.compile(" (?:x|y|width|height|cx|cy|rx|ry)=\"([^\"]*)\"")
          .matcher(reference);
      int count = 0;
      while (coordinates.find()) {
        assertThat(coordinates.group(1)).matches("-?\\d+(\\.\\d{1,2})?");
        count++;
      }
      assertThat(count).isGreaterThan(100);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void sameBytesAcrossRunsRenderersAndThreads() throws Exception {
    Journey journey = SampleJourneys.painting();
    String reference = RENDERER.renderSvg(journey);
    assertThat(JourneyRenderer.create().renderSvg(journey)).isEqualTo(reference);
    List<Thread> threads = new ArrayList<>();
    Set<String> results = java.util.concurrent.ConcurrentHashMap.newKeySet();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int t = 0; t < 8; t++) {
      Thread thread = new Thread(() -> {
        try {
          for (int i = 0; i < 5; i++) {
            results.add(RENDERER.renderSvg(journey));
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(failures).isEmpty();
    assertThat(results).containsExactly(reference);
  }

  @Test
  void twoMapsOnOnePageNeverShareAnId() throws Exception {
    Set<String> first = allIds(parse(RENDERER.renderSvg(SampleJourneys.junkRemoval())));
    Set<String> second = allIds(parse(JourneyRenderer.create(RenderOptions.builder()
        .idPrefix("other").build()).renderSvg(SampleJourneys.junkRemoval())));
    assertThat(first).isNotEmpty().doesNotContainAnyElementsOf(second);
  }

  @Test
  void frenchJourneyGetsFrenchLabels() throws Exception {
    Document doc = parse(RENDERER.renderSvg(SampleJourneys.painting()));
    assertThat(doc.getDocumentElement().getAttribute("xml:lang")).isEqualTo("fr");
    assertThat(texts(doc)).contains("État futur", "Points de friction", "Légende",
        "Je veux savoir");
    Document english = parse(JourneyRenderer.create(RenderOptions.builder()
        .locale(Locale.ENGLISH).build()).renderSvg(SampleJourneys.painting()));
    assertThat(texts(english)).contains("Future state", "Pain points", "Legend")
        .doesNotContain("Légende");
  }

  private static List<String> ids(Document doc, String xpath) throws Exception {
    List<String> ids = new ArrayList<>();
    NodeList nodes = nodes(doc, xpath);
    for (int i = 0; i < nodes.getLength(); i++) {
      ids.add(((Element) nodes.item(i)).getAttribute("id"));
    }
    return ids;
  }

  private static Set<String> allIds(Document doc) throws Exception {
    return new HashSet<>(ids(doc, "//*[@id]"));
  }

  private static List<String> texts(Document doc) throws Exception {
    List<String> texts = new ArrayList<>();
    NodeList nodes = nodes(doc, "//text");
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent());
    }
    return texts;
  }
}
