package dev.journeymap.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymap.core.Journey;
import dev.journeymap.render.layout.Box;
import dev.journeymap.render.layout.Layout;
import dev.journeymap.render.layout.LayoutEngine;
import dev.journeymap.render.layout.Mark;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

/** {@link JourneyRenderer#paint} on the canvases users hand it: an image, and JFreeSVG. */
class PaintTest {
  private static final Journey JOURNEY = SampleJourneys.junkRemoval();
  private static final JourneyRenderer RENDERER = JourneyRenderer.create();
  private static final Layout LAYOUT = LayoutEngine.create().layout(JOURNEY,
      RenderOptions.defaults());

  @Test
  void sizeIsTheLayoutsAndTheSvgs() {
    MapSize size = RENDERER.size(JOURNEY);
    assertThat(size).isEqualTo(new MapSize(1316, LAYOUT.height()));
    assertThat(RENDERER.renderSvg(JOURNEY)).contains(" width=\"1316\" height=\""
        + (int) LAYOUT.height() + "\" ");
  }

  @Test
  void paintsTheMapIntoAnImageWhereTheLayoutPutsIt() {
    MapSize size = RENDERER.size(JOURNEY);
    BufferedImage image = new BufferedImage((int) size.width(), (int) size.height(),
        BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    MapSize painted = RENDERER.paint(JOURNEY, g);
    g.dispose();
    assertThat(painted).isEqualTo(size);
    Theme theme = Theme.light();
    assertThat(rgb(image, 2, 2)).isEqualTo(theme.rgb(Ink.BACKGROUND));
    Box stage = firstBox("jm-stage");
    assertThat(rgb(image, (int) stage.x() + 3, (int) stage.bottom() - 3))
        .isEqualTo(theme.rgb(Ink.STAGE_FILL));
    Box pain = firstBox("jm-pain-points-item");
    assertThat(rgb(image, (int) pain.right() - 4, (int) pain.bottom() - 4))
        .isEqualTo(theme.rgb(Ink.PAIN_FILL));
    // The same pixels as the PNG route.
    BufferedImage png = RENDERER.renderImage(JOURNEY, 1);
    assertThat(rgb(png, (int) pain.right() - 4, (int) pain.bottom() - 4))
        .isEqualTo(theme.rgb(Ink.PAIN_FILL));
  }

  @Test
  void aTransformPlacesTheMapOnTheCanvas() {
    BufferedImage image = new BufferedImage(1500, 2000, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.translate(100, 50);
    RENDERER.paint(JOURNEY, g);
    g.dispose();
    Box stage = firstBox("jm-stage");
    assertThat(rgb(image, 50, 20)).isEqualTo(0x000000);
    assertThat(rgb(image, 100 + (int) stage.x() + 3, 50 + (int) stage.bottom() - 3))
        .isEqualTo(Theme.light().rgb(Ink.STAGE_FILL));
  }

  @Test
  void paintsIntoAJFreeSvgDocumentWithTextAsText() {
    MapSize size = RENDERER.size(JOURNEY);
    SVGGraphics2D g = new SVGGraphics2D(size.width(), size.height());
    RENDERER.paint(JOURNEY, g);
    String svg = g.getSVGDocument();
    int lines = LAYOUT.texts().stream().mapToInt(t -> t.lines().size()).sum();
    Matcher texts = Pattern.compile("<text ").matcher(svg);
    int count = 0;
    while (texts.find()) {
      count++;
    }
    assertThat(count).isEqualTo(lines);
    assertThat(svg).contains(">Booking a junk removal</text>", ">Too many look-alike ads</text>")
        .contains(jfreeColour(Theme.light().rgb(Ink.STAGE_FILL)))
        .contains(jfreeColour(Theme.light().rgb(Ink.PAIN_FILL)));
  }

  private static Box firstBox(String cssClass) {
    Mark.Group group = LAYOUT.groups().stream().filter(gr -> gr.classes().contains(cssClass))
        .findFirst().orElseThrow();
    List<Mark> children = group.children();
    return children.stream().filter(m -> m instanceof Mark.Rect || m instanceof Mark.Polygon)
        .findFirst().map(m -> m instanceof Mark.Rect r ? r.box() : bounds((Mark.Polygon) m))
        .orElseThrow();
  }

  private static Box bounds(Mark.Polygon polygon) {
    double left = polygon.points().stream().mapToDouble(p -> p.x()).min().orElseThrow();
    double right = polygon.points().stream().mapToDouble(p -> p.x()).max().orElseThrow();
    double top = polygon.points().stream().mapToDouble(p -> p.y()).min().orElseThrow();
    double bottom = polygon.points().stream().mapToDouble(p -> p.y()).max().orElseThrow();
    return new Box(left, top, right - left, bottom - top);
  }

  private static int rgb(BufferedImage image, int x, int y) {
    return image.getRGB(x, y) & 0xFFFFFF;
  }

  private static String jfreeColour(int rgb) {
    return "rgb(" + (rgb >> 16 & 0xFF) + "," + (rgb >> 8 & 0xFF) + "," + (rgb & 0xFF) + ")";
  }
}
