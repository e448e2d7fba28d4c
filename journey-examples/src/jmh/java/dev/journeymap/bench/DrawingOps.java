package dev.journeymap.bench;

import dev.journeymap.render.Ink;
import dev.journeymap.render.Theme;
import dev.journeymap.render.layout.Box;
import dev.journeymap.render.layout.Layout;
import dev.journeymap.render.layout.Mark;
import dev.journeymap.render.layout.Point;
import dev.journeymap.render.svg.SvgNumbers;
import dev.journeymap.render.svg.XmlText;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;

/**
 * A layout's marks flattened into plain drawing operations, prepared once, so that the two
 * baselines measure only drawing: every rectangle, line, polygon, curve, dot and text line of the
 * layout, in painting order. Left out, because they are our own additions rather than drawing:
 * the groups (with their ids, classes, tooltips and links), the title and description, and the
 * strokes inside channel icons (each icon is drawn as its disc alone).
 *
 * <p>Immutable once made; each drawing call uses its own buffer, so it is thread-safe.
 */
final class DrawingOps {
  private static final float[] DASH = {4f, 3f};

  private final double width;
  private final double height;
  private final List<Op> ops;
  private final int expectedLength;

  private DrawingOps(double width, double height, List<Op> ops) {
    this.width = width;
    this.height = height;
    this.ops = List.copyOf(ops);
    this.expectedLength = writeByHand().length();
  }

  /** The operations that paint {@code layout} in {@code theme}. */
  static DrawingOps of(Layout layout, Theme theme, String cssFontFamily) {
    List<Op> ops = new ArrayList<>();
    ops.add(new Fill(new Rectangle2D.Double(0, 0, layout.width(), layout.height()),
        paint(theme, Ink.BACKGROUND)));
    String family = cssFontFamily.replace('\'', '"');
    for (Mark mark : layout.all(Mark.class)) {
      add(mark, theme, family, ops);
    }
    return new DrawingOps(layout.width(), layout.height(), ops);
  }

  /** How many operations there are, for reports. */
  int size() {
    return ops.size();
  }

  /** The SVG drawn through a bare {@code SVGGraphics2D} with the renderer's number formatter. */
  String drawWithJFreeSvg() {
    StringBuilder out = new StringBuilder(expectedLength + 4096);
    SVGGraphics2D g = new SVGGraphics2D(width, height, SVGUnits.PX, out);
    g.setDefsKeyPrefix("baseline-defs-");
    g.setGeomDoubleConverter(SvgNumbers::format);
    g.setTransformDoubleConverter(SvgNumbers::format);
    g.setFontFunction(family -> family);
    for (Op op : ops) {
      op.draw(g);
    }
    String svg = g.getSVGElement("baseline", true, new ViewBox(0, 0, width, height), null, null);
    g.dispose();
    return svg;
  }

  /** The same elements as SVG text appended by hand, numbers through the same formatter. */
  String writeByHand() {
    StringBuilder out = new StringBuilder(expectedLength + 256);
    out.append("<svg id='baseline' xmlns='http://www.w3.org/2000/svg' width='")
        .append(SvgNumbers.format(width)).append("px' height='")
        .append(SvgNumbers.format(height)).append("px' viewBox='0 0 ")
        .append(SvgNumbers.format(width)).append(' ').append(SvgNumbers.format(height))
        .append("'>");
    for (Op op : ops) {
      op.write(out);
    }
    return out.append("</svg>").toString();
  }

  private static void add(Mark mark, Theme theme, String family, List<Op> ops) {
    if (mark instanceof Mark.Rect rect) {
      Box b = rect.box();
      Shape shape = rect.radius() > 0
          ? new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), 2 * rect.radius(),
              2 * rect.radius())
          : new Rectangle2D.Double(b.x(), b.y(), b.width(), b.height());
      rect.fill().ifPresent(ink -> ops.add(new Fill(shape, paint(theme, ink))));
      rect.stroke().ifPresent(ink -> ops.add(new Draw(shape, paint(theme, ink),
          pen(rect.style()))));
    } else if (mark instanceof Mark.Line line) {
      ops.add(new Draw(new Line2D.Double(line.from().x(), line.from().y(), line.to().x(),
          line.to().y()), paint(theme, line.ink()), pen(line.style())));
    } else if (mark instanceof Mark.Polygon polygon) {
      Path2D path = new Path2D.Double();
      List<Point> points = polygon.points();
      path.moveTo(points.get(0).x(), points.get(0).y());
      for (int i = 1; i < points.size(); i++) {
        path.lineTo(points.get(i).x(), points.get(i).y());
      }
      path.closePath();
      ops.add(new Fill(path, paint(theme, polygon.fill())));
    } else if (mark instanceof Mark.Curve curve && curve.points().size() > 1) {
      List<Point> points = curve.points();
      Path2D path = new Path2D.Double();
      path.moveTo(points.get(0).x(), points.get(0).y());
      for (int i = 1; i < points.size(); i++) {
        Point c1 = curve.controls().get(2 * (i - 1));
        Point c2 = curve.controls().get(2 * (i - 1) + 1);
        path.curveTo(c1.x(), c1.y(), c2.x(), c2.y(), points.get(i).x(), points.get(i).y());
      }
      ops.add(new Draw(path, paint(theme, curve.ink()), pen(curve.style())));
    } else if (mark instanceof Mark.Dot dot) {
      Shape circle = circle(dot.center(), dot.radius());
      ops.add(new Fill(circle, paint(theme, dot.fill())));
      ops.add(new Draw(circle, paint(theme, dot.stroke()),
          pen(dev.journeymap.render.layout.Stroke.REGULAR)));
    } else if (mark instanceof Mark.Icon icon) {
      Box b = icon.box();
      double r = Math.min(b.width(), b.height()) / 2;
      ops.add(new Fill(circle(new Point(b.x() + r, b.y() + r), r), paint(theme, icon.fill())));
    } else if (mark instanceof Mark.Text text) {
      TextStyle style = TextStyle.of(family, text.fontSize(), text.bold(), text.italic(),
          paint(theme, text.ink()));
      for (Mark.TextLine line : text.lines()) {
        ops.add(new Text(XmlText.escape(line.text()), (float) line.x(), (float) line.baseline(),
            style));
      }
    }
  }

  private static Shape circle(Point center, double radius) {
    return new Ellipse2D.Double(center.x() - radius, center.y() - radius, 2 * radius,
        2 * radius);
  }

  private static Paint paint(Theme theme, Ink ink) {
    Color color = new Color(theme.rgb(ink));
    return new Paint(color, "rgb(" + color.getRed() + "," + color.getGreen() + ","
        + color.getBlue() + ")");
  }

  private static Pen pen(dev.journeymap.render.layout.Stroke style) {
    float w = (float) style.width();
    BasicStroke stroke = style.dashed()
        ? new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, DASH, 0f)
        : new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    String css = "stroke-width:" + w + (style.dashed()
        ? ";stroke-linecap:butt;stroke-dasharray:4,3" : ";stroke-linecap:round")
        + ";stroke-linejoin:round";
    return new Pen(stroke, css);
  }

  /** A colour, and how CSS writes it. */
  private record Paint(Color color, String css) {}

  /** A stroke, and how CSS writes it. */
  private record Pen(BasicStroke stroke, String css) {}

  /** A font, its CSS, and the colour of the text. */
  private record TextStyle(Font font, String css, Paint paint) {
    static TextStyle of(String family, int size, boolean bold, boolean italic, Paint paint) {
      return new TextStyle(
          new NamedFont(family, (bold ? Font.BOLD : 0) | (italic ? Font.ITALIC : 0), size),
          "fill:" + paint.css() + ";font-family:" + family + ";font-size:" + size + "px"
              + (bold ? ";font-weight:bold" : "") + (italic ? ";font-style:italic" : ""),
          paint);
    }
  }

  private sealed interface Op {
    void draw(Graphics2D g);

    void write(StringBuilder out);
  }

  private record Fill(Shape shape, Paint paint) implements Op {
    @Override
    public void draw(Graphics2D g) {
      g.setColor(paint.color());
      g.fill(shape);
    }

    @Override
    public void write(StringBuilder out) {
      writeShape(out, shape, "fill:" + paint.css());
    }
  }

  private record Draw(Shape shape, Paint paint, Pen pen) implements Op {
    @Override
    public void draw(Graphics2D g) {
      g.setColor(paint.color());
      g.setStroke(pen.stroke());
      g.draw(shape);
    }

    @Override
    public void write(StringBuilder out) {
      writeShape(out, shape, "fill:none;stroke:" + paint.css() + ";" + pen.css());
    }
  }

  private record Text(String escaped, float x, float y, TextStyle style) implements Op {
    @Override
    public void draw(Graphics2D g) {
      g.setColor(style.paint().color());
      g.setFont(style.font());
      g.drawString(escaped, x, y);
    }

    @Override
    public void write(StringBuilder out) {
      out.append("<text x='").append(SvgNumbers.format(x)).append("' y='")
          .append(SvgNumbers.format(y)).append("' style='").append(style.css()).append("'>")
          .append(escaped).append("</text>");
    }
  }

  private static void writeShape(StringBuilder out, Shape shape, String style) {
    if (shape instanceof Rectangle2D r) {
      out.append("<rect x='").append(SvgNumbers.format(r.getX())).append("' y='")
          .append(SvgNumbers.format(r.getY())).append("' width='")
          .append(SvgNumbers.format(r.getWidth())).append("' height='")
          .append(SvgNumbers.format(r.getHeight()));
    } else if (shape instanceof RoundRectangle2D r) {
      out.append("<rect x='").append(SvgNumbers.format(r.getX())).append("' y='")
          .append(SvgNumbers.format(r.getY())).append("' width='")
          .append(SvgNumbers.format(r.getWidth())).append("' height='")
          .append(SvgNumbers.format(r.getHeight())).append("' rx='")
          .append(SvgNumbers.format(r.getArcWidth() / 2));
    } else if (shape instanceof Line2D l) {
      out.append("<line x1='").append(SvgNumbers.format(l.getX1())).append("' y1='")
          .append(SvgNumbers.format(l.getY1())).append("' x2='")
          .append(SvgNumbers.format(l.getX2())).append("' y2='")
          .append(SvgNumbers.format(l.getY2()));
    } else if (shape instanceof Ellipse2D e) {
      out.append("<circle cx='").append(SvgNumbers.format(e.getCenterX())).append("' cy='")
          .append(SvgNumbers.format(e.getCenterY())).append("' r='")
          .append(SvgNumbers.format(e.getWidth() / 2));
    } else {
      out.append("<path d='");
      appendPath(out, shape);
    }
    out.append("' style='").append(style).append("'/>");
  }

  /** The path data of {@code shape}: absolute moves, lines, cubic curves and closes. */
  private static void appendPath(StringBuilder out, Shape shape) {
    double[] c = new double[6];
    for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
      switch (it.currentSegment(c)) {
        case PathIterator.SEG_MOVETO -> appendPoints(out.append('M'), c, 2);
        case PathIterator.SEG_LINETO -> appendPoints(out.append('L'), c, 2);
        case PathIterator.SEG_QUADTO -> appendPoints(out.append('Q'), c, 4);
        case PathIterator.SEG_CUBICTO -> appendPoints(out.append('C'), c, 6);
        default -> out.append('Z');
      }
    }
  }

  private static void appendPoints(StringBuilder out, double[] c, int n) {
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(SvgNumbers.format(c[i]));
    }
  }
}
