package dev.journeymap.examples;

import dev.journeymap.core.Journey;
import dev.journeymap.render.JourneyRenderer;
import dev.journeymap.render.MapSize;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a journey map into a JFreeSVG document next to other content: a one-page report with a
 * heading, the map scaled to the page's width, and a footnote. Run it with
 * {@code main OUTPUT.svg}.
 *
 * <p><b>Licence:</b> JFreeSVG is GPL-3.0. This example, and the test that runs it, are the only
 * places of this project that use it; nothing a user depends on and not the command-line jar
 * carries it. Use it in your own application only if its licence suits you. The library's own
 * SVG ({@link JourneyRenderer#renderSvg(Journey)}) needs no third-party code; this route is for
 * applications that already compose their documents on a {@code Graphics2D}, and works the same
 * with any other one (a PDF library's, a Swing component's).
 *
 * <pre>{@code
 * SVGGraphics2D page = new SVGGraphics2D(800, 600);
 * MapSize size = renderer.size(journey);
 * Graphics2D map = (Graphics2D) page.create(40, 80, 720, 480);
 * map.scale(720 / size.width(), 720 / size.width());
 * renderer.paint(journey, map);
 * map.dispose();
 * }</pre>
 */
public final class JFreeSvgExample {
  static final double PAGE_WIDTH = 900;
  static final double MARGIN = 40;
  static final double HEADING = 70;
  static final double FOOTNOTE = 50;

  private JFreeSvgExample() {}

  /** The report page as an SVG document: heading, map, footnote. */
  static String report(Journey journey) {
    JourneyRenderer renderer = JourneyRenderer.create();
    MapSize size = renderer.size(journey);
    double scale = (PAGE_WIDTH - 2 * MARGIN) / size.width();
    double mapHeight = size.height() * scale;
    double pageHeight = HEADING + mapHeight + FOOTNOTE;
    SVGGraphics2D page = new SVGGraphics2D(PAGE_WIDTH, pageHeight);
    page.setColor(Color.WHITE);
    page.fillRect(0, 0, (int) PAGE_WIDTH, (int) Math.ceil(pageHeight));
    page.setColor(new Color(0x1b2533));
    page.setFont(new Font("DejaVu Sans", Font.BOLD, 22));
    page.drawString("Quarterly review: " + journey.title(), (float) MARGIN, 45f);

    // The map gets its own copy of the canvas, moved and scaled to its place on the page.
    Graphics2D map = (Graphics2D) page.create();
    map.translate(MARGIN, HEADING);
    map.scale(scale, scale);
    renderer.paint(journey, map);
    map.dispose();

    page.setColor(new Color(0x4a5568));
    page.setFont(new Font("DejaVu Sans", Font.PLAIN, 12));
    page.drawString("Drawn with journey-map on a JFreeSVG canvas.", (float) MARGIN,
        (float) (HEADING + mapHeight + 30));
    return page.getSVGDocument();
  }

  /**
   * Writes the report of the home-services example to the file named by the first argument.
   *
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: JFreeSvgExample OUTPUT.svg");
      System.exit(2);
    }
    Journey journey = Examples.journey("home-services").orElseThrow();
    Files.writeString(Path.of(args[0]), report(journey), StandardCharsets.UTF_8);
  }
}
