package dev.journeymap.bench;

import dev.journeymap.render.Theme;
import dev.journeymap.render.layout.Layout;
import dev.journeymap.render.layout.Mark;
import dev.journeymap.render.paint.MapPainter;
import dev.journeymap.render.paint.Target;
import dev.journeymap.render.svg.SvgNumbers;
import dev.journeymap.render.svg.XmlText;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;

/**
 * The drawing calls that paint a layout, recorded once from the renderer's own painter, so that
 * the two baselines measure only drawing: every fill, outline and text line of the map, channel
 * icons included, in painting order. Left out, because they are our own additions rather than
 * drawing: the groups (with their ids, classes, tooltips and links), the title and description,
 * and the accessibility attributes of the root element.
 *
 * <p>Immutable once made; each drawing call uses its own buffer, so it is thread-safe.
 */
final class DrawingOps {
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

  /** The calls that paint {@code layout} in {@code theme}, as {@code MapPainter} makes them. */
  static DrawingOps of(Layout layout, Theme theme, String cssFontFamily) {
    String family = cssFontFamily.replace('\'', '"');
    RecordingGraphics recorder = new RecordingGraphics();
    MapPainter.paint(layout, theme, recorder, new Target() {
      @Override
      public void begin(Mark.Group group) {}

      @Override
      public void end(Mark.Group group) {}

      @Override
      public String encode(String text) {
        return XmlText.escape(text);
      }

      @Override
      public Font font(int size, boolean bold, boolean italic) {
        return new NamedFont(family, (bold ? Font.BOLD : 0) | (italic ? Font.ITALIC : 0), size);
      }
    });
    List<Op> ops = new ArrayList<>();
    for (RecordingGraphics.Call call : recorder.calls()) {
      if (call instanceof RecordingGraphics.Fill fill) {
        ops.add(new Fill(fill.shape(), paint(fill.color())));
      } else if (call instanceof RecordingGraphics.Draw draw) {
        ops.add(new Draw(draw.shape(), paint(draw.color()), pen(draw.stroke())));
      } else if (call instanceof RecordingGraphics.Text text) {
        ops.add(new Text(text.text(), text.x(), text.y(),
            TextStyle.of(text.font(), paint(text.color()))));
      }
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

  private static Paint paint(Color color) {
    return new Paint(color, "rgb(" + color.getRed() + "," + color.getGreen() + ","
        + color.getBlue() + ")");
  }

  private static Pen pen(BasicStroke stroke) {
    float[] dash = stroke.getDashArray();
    StringBuilder css = new StringBuilder("stroke-width:").append(stroke.getLineWidth());
    css.append(stroke.getEndCap() == BasicStroke.CAP_ROUND ? ";stroke-linecap:round"
        : ";stroke-linecap:butt");
    if (dash != null) {
      css.append(";stroke-dasharray:");
      for (int i = 0; i < dash.length; i++) {
        css.append(i == 0 ? "" : ",").append(dash[i]);
      }
    }
    return new Pen(stroke, css.append(";stroke-linejoin:round").toString());
  }

  /** A colour, and how CSS writes it. */
  private record Paint(Color color, String css) {}

  /** A stroke, and how CSS writes it. */
  private record Pen(BasicStroke stroke, String css) {}

  /** A font, its CSS, and the colour of the text. */
  private record TextStyle(Font font, String css, Paint paint) {
    static TextStyle of(Font font, Paint paint) {
      return new TextStyle(font, "fill:" + paint.css() + ";font-family:" + font.getFamily()
          + ";font-size:" + font.getSize() + "px" + (font.isBold() ? ";font-weight:bold" : "")
          + (font.isItalic() ? ";font-style:italic" : ""), paint);
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
