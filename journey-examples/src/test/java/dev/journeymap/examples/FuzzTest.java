package dev.journeymap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymap.core.Journey;
import dev.journeymap.core.json.JourneyJson;
import dev.journeymap.core.testing.RandomJourneys;
import dev.journeymap.core.validation.InvalidJourneyException;
import dev.journeymap.core.validation.Problem;
import dev.journeymap.mermaid.MermaidJourney;
import dev.journeymap.mermaid.MermaidSyntaxException;
import dev.journeymap.render.JourneyRenderer;
import java.io.StringReader;
import java.util.Locale;
import java.util.Random;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Mutated JSON documents and Mermaid diagrams, through the whole library: each input is either
 * read, or refused with the library's own exception whose problems say where (a path, a line)
 * and quote nothing that could drive a terminal; what is read renders to well-formed SVG with no
 * script, event attribute or unsafe link, and writes and reads back the same.
 *
 * <p>Seeded: a failure names its seed and input. The default build runs
 * {@value #DEFAULT_CASES} cases; {@code -Pfuzz} runs 100,000 (property
 * {@code journeymap.fuzz.cases}; {@code journeymap.fuzz.first} moves the seeds).
 */
class FuzzTest {
  private static final int DEFAULT_CASES = 2_000;
  private static final JourneyRenderer RENDERER = JourneyRenderer.create();
  /** What mutations insert: syntax of both formats, and text made to break readers. */
  private static final String[] SNIPPETS = {
      "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u0000", "\\ud800", "null", "true", "-0", "1e309",
      "99999999999999999999", "\u0000", "\u001b[2J", "\r\n", "\u0085", "\u2028", "\u2029",
      "\u202e", "\u2066", "\u200b", "\ufeff", "\ud800", "😀", "e\u0301".repeat(40), "<br>",
      "#58;", "#35;", "&amp;", "<script>", "' onload='x'", "javascript:alert(1)", "%%",
      "section ", "title ", "accDescr {", "}", ": 3", ": 0", ": 9", ": Me, ", "\n  ",
      "x".repeat(2_000), "\"stages\": []", "\"url\": \"https://e.com:99999/\"", "\"emotion\": {}",
      "\"channel\": \"EMIAL\"", "\"format\": 2", "\t"};

  @Test
  void mutatedDocumentsAreReadOrRefusedAndWhatIsReadRendersSafelyAndRoundTrips()
      throws Exception {
    int cases = Integer.getInteger("journeymap.fuzz.cases", DEFAULT_CASES);
    long first = Long.getLong("journeymap.fuzz.first", 1);
    DocumentBuilder xml = secureParser();
    int[] read = new int[2];
    int[] refused = new int[2];
    for (long seed = first; seed < first + cases; seed++) {
      Random random = new Random(seed);
      boolean json = seed % 2 == 0;
      Journey base = RandomJourneys.journey(seed, 1 + random.nextInt(8));
      String input = mutate(json ? JourneyJson.write(base) : MermaidJourney.write(base), random);
      try {
        Journey journey = json ? readJson(input, seed) : readMermaid(input, seed);
        if (journey == null) {
          refused[json ? 0 : 1]++;
          continue;
        }
        read[json ? 0 : 1]++;
        checkSvg(xml, RENDERER.renderSvg(journey), seed);
        if (json) {
          assertThat(JourneyJson.read(JourneyJson.write(journey))).as("seed %d", seed)
              .isEqualTo(journey);
        } else {
          String written = MermaidJourney.write(journey);
          Journey again = MermaidJourney.read(written);
          assertThat(again).as("seed %d", seed).isEqualTo(journey);
          assertThat(MermaidJourney.write(again)).as("seed %d", seed).isEqualTo(written);
        }
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("seed " + seed + (json ? " (JSON)" : " (Mermaid)")
            + " failed on this input:\n" + input, e);
      }
    }
    // Both outcomes happen for both formats, or the mutations test too little.
    assertThat(new int[] {read[0], read[1], refused[0], refused[1]})
        .as("read JSON, read Mermaid, refused JSON, refused Mermaid")
        .satisfies(counts -> assertThat(java.util.Arrays.stream(counts).min().orElse(0))
            .isGreaterThan(cases / 50));
  }

  /** The journey, or null when the reader refused the document as it should. */
  private static Journey readJson(String input, long seed) {
    try {
      return JourneyJson.read(input);
    } catch (InvalidJourneyException e) {
      assertThat(e.report().errors()).as("seed %d", seed).isNotEmpty();
      for (Problem problem : e.report().problems()) {
        assertThat(problem.path()).as("seed %d", seed).isNotNull();
        assertQuotesNothingThatDrivesATerminal(problem.message(), seed);
      }
      return null;
    }
  }

  private static Journey readMermaid(String input, long seed) {
    try {
      return MermaidJourney.read(input);
    } catch (MermaidSyntaxException e) {
      assertThat(e.problems()).as("seed %d", seed).isNotEmpty();
      for (MermaidSyntaxException.Problem problem : e.problems()) {
        assertThat(problem.line()).as("seed %d", seed).isPositive();
        assertQuotesNothingThatDrivesATerminal(problem.message(), seed);
      }
      return null;
    } catch (InvalidJourneyException e) {
      // A diagram that reads but does not make a valid journey (e.g. two sections too many).
      assertThat(e.report().errors()).as("seed %d", seed).isNotEmpty();
      return null;
    }
  }

  private static void assertQuotesNothingThatDrivesATerminal(String message, long seed) {
    assertThat(message.codePoints()).as("seed %d: %s", seed, message)
        .noneMatch(c -> (c < 0x20 && c != '\n') || c == 0x7f || (c >= 0x80 && c < 0xa0)
            || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e)
            || (c >= 0x2066 && c <= 0x2069));
  }

  private static void checkSvg(DocumentBuilder xml, String svg, long seed) throws Exception {
    Document doc = xml.parse(new InputSource(new StringReader(svg)));
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(doc.getElementsByTagName("script").getLength()
        + doc.getElementsByTagName("foreignObject").getLength()
        + doc.getElementsByTagName("style").getLength()).as("seed %d", seed).isZero();
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      NamedNodeMap attributes = ((Element) all.item(i)).getAttributes();
      for (int a = 0; a < attributes.getLength(); a++) {
        String name = attributes.item(a).getNodeName().toLowerCase(Locale.ROOT);
        String value = attributes.item(a).getNodeValue();
        assertThat(name).as("seed %d", seed).doesNotStartWith("on").isNotEqualTo("style");
        if (name.endsWith("href")) {
          assertThat(value).as("seed %d", seed).matches("(https?://|mailto:).*");
        }
      }
    }
  }

  private static String mutate(String text, Random random) {
    StringBuilder out = new StringBuilder(text);
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count && out.length() > 0; i++) {
      int at = random.nextInt(out.length());
      int length = Math.min(out.length() - at, 1 + random.nextInt(24));
      switch (random.nextInt(5)) {
        case 0 -> out.insert(at, SNIPPETS[random.nextInt(SNIPPETS.length)]);
        case 1 -> out.delete(at, at + length);
        case 2 -> out.insert(at, out.substring(at, at + length));
        case 3 -> out.setCharAt(at, (char) random.nextInt(0x3000));
        default -> out.replace(at, at + length, SNIPPETS[random.nextInt(SNIPPETS.length)]);
      }
    }
    return out.toString();
  }

  private static DocumentBuilder secureParser() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder();
  }
}
