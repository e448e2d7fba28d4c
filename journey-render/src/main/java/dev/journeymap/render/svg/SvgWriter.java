package dev.journeymap.render.svg;

import dev.journeymap.render.Theme;
import dev.journeymap.render.layout.Layout;
import dev.journeymap.render.paint.MapPainter;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;

/**
 * Turns a {@link Layout} into SVG text through JFreeSVG, and makes that text deterministic,
 * safe and accessible: fixed number format, fixed {@code defs} prefix, escaped user strings,
 * {@code <title>}, {@code <desc>}, {@code role="img"}, {@code width}, {@code height} and
 * {@code viewBox}.
 *
 * <p>Stateless and thread-safe; each call uses its own {@code SVGGraphics2D}.
 */
public final class SvgWriter {
  private SvgWriter() {}

  /** The SVG document for this layout, ending with a line feed. */
  public static String write(Layout layout, Theme theme, String cssFontFamily) {
    String prefix = layout.idPrefix();
    StringBuilder body = new StringBuilder(4096 + layout.marks().size() * 256);
    SVGGraphics2D g = new SVGGraphics2D(layout.width(), layout.height(), SVGUnits.PX, body);
    g.setDefsKeyPrefix(prefix + "-defs-");
    g.setGeomDoubleConverter(SvgNumbers::format);
    g.setTransformDoubleConverter(SvgNumbers::format);
    g.setFontFunction(family -> family);
    body.append("<title id='").append(prefix).append("-title'>")
        .append(Latin1.escape(layout.title())).append("</title>");
    body.append("<desc id='").append(prefix).append("-desc'>")
        .append(Latin1.escape(layout.description())).append("</desc>");
    MapPainter.paint(layout, theme, g, new SvgTarget(body, cssFontFamily));
    String svg = g.getSVGElement(prefix, true,
        new ViewBox(0, 0, layout.width(), layout.height()), null, null);
    g.dispose();
    return rooted(svg, prefix, layout.language()).append('\n').toString();
  }

  /**
   * {@code svg} with {@code role}, {@code aria-labelledby} and {@code xml:lang} added to its root
   * element, which JFreeSVG cannot write.
   *
   * @throws IllegalArgumentException if {@code svg} does not start with an {@code <svg} element
   */
  static String withRootAttributes(String svg, String prefix, String language) {
    return rooted(svg, prefix, language).toString();
  }

  /**
   * {@link #withRootAttributes} in a builder that holds the document in a single copy, the
   * characters that {@link Latin1} marked put back.
   */
  private static StringBuilder rooted(String svg, String prefix, String language) {
    if (!svg.startsWith("<svg ")) {
      throw new IllegalArgumentException("not an svg element: "
          + svg.substring(0, Math.min(20, svg.length())));
    }
    StringBuilder out = new StringBuilder(svg.length() + 128);
    out.append("<svg role='img' aria-labelledby='").append(prefix).append("-title ")
        .append(prefix).append("-desc' xml:lang='").append(XmlText.escape(language)).append("' ");
    Latin1.decode(svg, "<svg ".length(), out);
    return out;
  }
}
