package dev.journeymap.test;

import dev.journeymap.render.Lane;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * What a rendered map shows, read back from its SVG: the title, the stages and lanes in order,
 * and the text of the cards in each cell, for structural assertions that survive changes of
 * layout and colour.
 *
 * <pre>{@code
 * RenderedMap map = RenderedMap.of(JourneyRenderer.create().renderSvg(journey));
 * map.title()                                // "Booking a junk removal"
 * map.stages()                               // [awareness, purchase]
 * map.cards(Lane.ACTIONS, "purchase")        // [Books online in the evening, Chooses a date]
 * }</pre>
 *
 * <p>The map is read as the renderer writes its grid: a column header ({@code jm-stage}) per
 * stage, a row ({@code jm-lane}) per lane drawn, a cell per lane and stage, and cards
 * ({@code jm-card}) in the cells; indented or not, with any id prefix. The SVG is read once, by
 * {@link #of(String)}; the map is immutable and thread-safe.
 */
public final class RenderedMap {
  /** The id of the root, which starts every element id. */
  private final String prefix;
  private final String title;
  private final List<String> stages;
  private final List<Lane> lanes;
  /** The cards of each cell, by cell id. */
  private final Map<String, List<String>> cards;

  private RenderedMap(String prefix, String title, List<String> stages, List<Lane> lanes,
      Map<String, List<String>> cards) {
    this.prefix = prefix;
    this.title = title;
    this.stages = List.copyOf(stages);
    this.lanes = List.copyOf(lanes);
    this.cards = Map.copyOf(cards);
  }

  /**
   * Reads a map rendered by {@code JourneyRenderer} as SVG text. The parser refuses a DOCTYPE
   * and never loads anything external.
   *
   * <pre>{@code
   * RenderedMap map = RenderedMap.of(JourneyRenderer.create().renderSvg(journey));
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code svg} is not well-formed XML, or not a map drawn
   *     by the renderer (its root is no {@code <svg>} with an id)
   */
  public static RenderedMap of(String svg) {
    Objects.requireNonNull(svg, "svg");
    Element root = parse(svg).getDocumentElement();
    String prefix = root.getAttribute("id");
    if (!root.getTagName().equals("svg") || prefix.isEmpty()) {
      throw new IllegalArgumentException("not a journey map: the root is <" + root.getTagName()
          + ">" + (prefix.isEmpty() ? " without an id" : ""));
    }
    String title = "";
    List<String> stages = new ArrayList<>();
    List<Lane> lanes = new ArrayList<>();
    Map<String, List<String>> cards = new LinkedHashMap<>();
    for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && e.getTagName().equals("title")) {
        title = plain(e.getTextContent());
        break;
      }
    }
    for (Element g : elements(root, "g")) {
      List<String> classes = classes(g);
      String id = g.getAttribute("id");
      if (classes.contains("jm-stage")) {
        stages.add(strip(id, prefix + "-stage-"));
      } else if (classes.contains("jm-lane")) {
        lanes.add(Lane.of(strip(id, prefix + "-lane-")));
      } else if (classes.contains("jm-cell")) {
        cards.put(id, elements(g, "g").stream()
            .filter(card -> classes(card).contains("jm-card"))
            .map(RenderedMap::text)
            .collect(Collectors.toUnmodifiableList()));
      }
    }
    return new RenderedMap(prefix, title, stages, lanes, cards);
  }

  /**
   * The title of the map, as its {@code <title>} gives it to assistive technology (with plain
   * spaces, as {@link #cards} explains).
   *
   * <pre>{@code
   * map.title()   // "Booking a junk removal"
   * }</pre>
   */
  public String title() {
    return title;
  }

  /**
   * The ids of the stages, in the order of their columns.
   *
   * <pre>{@code
   * map.stages()   // [awareness, consideration, purchase]
   * }</pre>
   */
  public List<String> stages() {
    return stages;
  }

  /**
   * The lanes drawn, top to bottom; lanes left out by the options, or empty and not shown, are
   * not here.
   *
   * <pre>{@code
   * map.lanes()   // [ACTIONS, TOUCHPOINTS, EMOTIONS, PAIN_POINTS]
   * }</pre>
   */
  public List<Lane> lanes() {
    return lanes;
  }

  /**
   * The text of each card in the cell of this lane and stage, top to bottom. A card's text is
   * its paragraphs joined by {@code \n}: a touchpoint card is its name then its channel and
   * owner, an insight card its text then what is shown below it (evidence, touchpoint).
   * Emotion points and moment chips are not cards; their cells have none.
   *
   * <p>A paragraph reads as the journey's text however it was broken into lines, with plain
   * spaces where the map has no-break ones (before {@code ?} in French, for instance); control
   * characters are left out, and tabs and line breaks read as spaces.
   *
   * <pre>{@code
   * map.cards(Lane.ACTIONS, "purchase")       // [Books online in the evening, Chooses a date]
   * map.cards(Lane.TOUCHPOINTS, "purchase")   // [Online booking form\nWeb · E-commerce]
   * map.cards(Lane.QUESTIONS, "purchase")     // [] (the cell is empty)
   * }</pre>
   *
   * @throws IllegalArgumentException if the map has no such stage, or does not draw this lane
   */
  public List<String> cards(Lane lane, String stageId) {
    Objects.requireNonNull(lane, "lane");
    Objects.requireNonNull(stageId, "stageId");
    if (!stages.contains(stageId)) {
      throw new IllegalArgumentException("no stage '" + stageId + "' in this map: " + stages);
    }
    if (!lanes.contains(lane)) {
      throw new IllegalArgumentException("no lane " + lane.id() + " in this map: "
          + lanes.stream().map(Lane::id).collect(Collectors.toList()));
    }
    return cards.getOrDefault(prefix + "-cell-" + lane.id() + "-" + stageId, List.of());
  }

  private static org.w3c.dom.Document parse(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(false);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      // the exception says what is wrong; the default handler would also print it
      builder.setErrorHandler(null);
      return builder.parse(new InputSource(new StringReader(svg)));
    } catch (SAXException e) {
      throw new IllegalArgumentException("not well-formed SVG: " + e.getMessage(), e);
    } catch (ParserConfigurationException | IOException e) {
      // the JDK's parser has these features, and a string cannot fail to be read
      throw new AssertionError(e);
    }
  }

  /** The descendants of {@code parent} with this tag, in document order. */
  private static List<Element> elements(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    List<Element> list = new ArrayList<>(nodes.getLength());
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  private static List<String> classes(Element e) {
    String value = e.getAttribute("class").strip();
    return value.isEmpty() ? List.of() : Arrays.asList(value.split("\\s+"));
  }

  private static String strip(String id, String start) {
    if (!id.startsWith(start)) {
      throw new IllegalArgumentException("not a journey map: element id '" + id
          + "' does not start with '" + start + "'");
    }
    return id.substring(start.length());
  }

  /** The paragraphs of a card: the content of each {@code <text>}, joined by line feeds. */
  private static String text(Element card) {
    return elements(card, "text").stream().map(t -> plain(t.getTextContent()))
        .collect(Collectors.joining("\n"));
  }

  /**
   * The text with plain spaces where the renderer drew no-break ones (before {@code ? ! : ;}
   * in French, for instance), so that it equals the journey's own text.
   */
  private static String plain(String text) {
    return text.replace('\u00A0', ' ');
  }
}
