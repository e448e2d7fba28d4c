package dev.journeymap.render.paint;

import dev.journeymap.render.Ink;
import dev.journeymap.render.Theme;
import dev.journeymap.render.layout.Layout;
import dev.journeymap.render.layout.Mark;
import dev.journeymap.render.layout.PageLayout;
import dev.journeymap.render.layout.Point;
import dev.journeymap.render.layout.Stroke;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Paints a {@link Layout} onto any {@link Graphics2D} (an image, a Swing component, a PDF or SVG
 * canvas), mark after mark in the layout's order, text as text.
 *
 * <pre>{@code
 * new MapPainter(theme, "DejaVu Sans").paint(layout, graphics);
 * }</pre>
 *
 * <p>Every call sets the colour, stroke and font it needs, so the painter works on a
 * {@code Graphics2D} in any state; it leaves the colour, stroke and font changed (callers that
 * care {@code create()} a copy first). Groups carry nothing a {@code Graphics2D} can hold, so
 * only their children are painted. Not thread-safe: one painter per paint.
 */
public final class MapPainter {

  private final Theme theme;
  private final String fontFamily;
  private final Map<Integer, Font> fonts = new HashMap<>();
  private final Map<Ink, Color> colors = new HashMap<>();

  /**
   * A painter in these colours, asking AWT for this font family (the installed DejaVu Sans, or
   * the JDK's fallback when it is missing).
   */
  public MapPainter(Theme theme, String fontFamily) {
    this.theme = Objects.requireNonNull(theme, "theme");
    this.fontFamily = Objects.requireNonNull(fontFamily, "fontFamily");
  }

  /** Paints the whole layout, background first, in the layout's coordinates. */
  public void paint(Layout layout, Graphics2D g) {
    g.setColor(color(Ink.BACKGROUND));
    g.fill(new Rectangle2D.Double(0, 0, layout.width(), layout.height()));
    paint(layout.marks(), g);
  }

  /**
   * Paints one page of a map cut into pages, background first, in the page's coordinates: each
   * part's marks moved into place and clipped to its region.
   */
  public void paintPage(PageLayout.Page page, Graphics2D g) {
    g.setColor(color(Ink.BACKGROUND));
    g.fill(new Rectangle2D.Double(0, 0, page.width(), page.height()));
    for (PageLayout.Part part : page.parts()) {
      Graphics2D region = (Graphics2D) g.create();
      try {
        region.translate(part.dx(), part.dy());
        region.clip(new Rectangle2D.Double(part.source().x(), part.source().y(),
            part.source().width(), part.source().height()));
        paint(part.marks(), region);
      } finally {
        region.dispose();
      }
    }
  }

  private void paint(List<Mark> marks, Graphics2D g) {
    for (Mark mark : marks) {
      paint(mark, g);
    }
  }

  private void paint(Mark mark, Graphics2D g) {
    if (mark instanceof Mark.Group group) {
      paint(group.children(), g);
    } else if (mark instanceof Mark.Rect rect) {
      Shape shape = rect.radius() > 0
          ? new RoundRectangle2D.Double(rect.box().x(), rect.box().y(), rect.box().width(),
              rect.box().height(), 2 * rect.radius(), 2 * rect.radius())
          : new Rectangle2D.Double(rect.box().x(), rect.box().y(), rect.box().width(),
              rect.box().height());
      fillAndStroke(shape, rect.fill().orElse(null), rect.stroke().orElse(null), rect.style(), g);
    } else if (mark instanceof Mark.Line line) {
      fillAndStroke(new Line2D.Double(line.from().x(), line.from().y(), line.to().x(),
          line.to().y()), null, line.ink(), line.style(), g);
    } else if (mark instanceof Mark.Polygon polygon) {
      Path2D path = new Path2D.Double();
      List<Point> points = polygon.points();
      path.moveTo(points.get(0).x(), points.get(0).y());
      for (int i = 1; i < points.size(); i++) {
        path.lineTo(points.get(i).x(), points.get(i).y());
      }
      path.closePath();
      fillAndStroke(path, polygon.fill(), null, Stroke.HAIRLINE, g);
    } else if (mark instanceof Mark.Curve curve) {
      paintCurve(curve, g);
    } else if (mark instanceof Mark.Dot dot) {
      fillAndStroke(ellipse(dot.center(), dot.radius(), dot.radius()), dot.fill(), dot.stroke(),
          Stroke.REGULAR, g);
    } else if (mark instanceof Mark.Ellipse e) {
      fillAndStroke(ellipse(e.center(), e.rx(), e.ry()), e.fill().orElse(null),
          e.stroke().orElse(null), e.style(), g);
    } else if (mark instanceof Mark.Path path) {
      fillAndStroke(path(path), path.fill().orElse(null), path.stroke().orElse(null),
          path.style(), g);
    } else if (mark instanceof Mark.Text text) {
      g.setColor(color(text.ink()));
      g.setFont(font(text.fontSize(), text.bold(), text.italic()));
      for (Mark.TextLine line : text.lines()) {
        g.drawString(line.text(), (float) line.x(), (float) line.baseline());
      }
    } else {
      throw new AssertionError("unknown mark: " + mark);
    }
  }

  private void fillAndStroke(Shape shape, Ink fill, Ink stroke, Stroke style, Graphics2D g) {
    if (fill != null) {
      g.setColor(color(fill));
      g.fill(shape);
    }
    if (stroke != null) {
      g.setColor(color(stroke));
      g.setStroke(stroke(style));
      g.draw(shape);
    }
  }

  private void paintCurve(Mark.Curve curve, Graphics2D g) {
    List<Point> points = curve.points();
    if (points.size() < 2) {
      return;
    }
    Path2D path = new Path2D.Double();
    path.moveTo(points.get(0).x(), points.get(0).y());
    for (int i = 1; i < points.size(); i++) {
      Point c1 = curve.controls().get(2 * (i - 1));
      Point c2 = curve.controls().get(2 * (i - 1) + 1);
      path.curveTo(c1.x(), c1.y(), c2.x(), c2.y(), points.get(i).x(), points.get(i).y());
    }
    fillAndStroke(path, null, curve.ink(), curve.style(), g);
  }

  private static Shape ellipse(Point center, double rx, double ry) {
    return new Ellipse2D.Double(center.x() - rx, center.y() - ry, 2 * rx, 2 * ry);
  }

  private static Shape path(Mark.Path mark) {
    Path2D path = new Path2D.Double();
    for (Mark.PathStep step : mark.steps()) {
      List<Point> p = step.points();
      switch (step.kind()) {
        case MOVE -> path.moveTo(p.get(0).x(), p.get(0).y());
        case LINE -> path.lineTo(p.get(0).x(), p.get(0).y());
        case CUBIC -> path.curveTo(p.get(0).x(), p.get(0).y(), p.get(1).x(), p.get(1).y(),
            p.get(2).x(), p.get(2).y());
        case CLOSE -> path.closePath();
      }
    }
    return path;
  }

  private Color color(Ink ink) {
    return colors.computeIfAbsent(ink, i -> new Color(theme.rgb(i)));
  }

  private Font font(int size, boolean bold, boolean italic) {
    int style = (bold ? Font.BOLD : 0) | (italic ? Font.ITALIC : 0);
    return fonts.computeIfAbsent(size * 4 + style, key -> new Font(fontFamily, style, size));
  }

  private static BasicStroke stroke(Stroke style) {
    float width = (float) style.width();
    if (!style.dashed()) {
      return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
    // Dash lengths are values that print exactly as floats.
    float[] dash = new float[style.dashes().size()];
    for (int i = 0; i < dash.length; i++) {
      dash[i] = style.dashes().get(i).floatValue();
    }
    return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
  }
}
