package dev.journeymap.render.paint;

import dev.journeymap.render.Ink;
import dev.journeymap.render.Theme;
import dev.journeymap.render.layout.Layout;
import dev.journeymap.render.layout.Mark;
import dev.journeymap.render.layout.Point;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/**
 * Paints a {@link Layout} onto any {@link Graphics2D}, mark after mark in the layout's order. The
 * same calls make the SVG and the PNG; only the {@link Target} differs.
 *
 * <p>Stateless: every call sets the colour, stroke and font it needs.
 */
public final class MapPainter {
  /** The dash of dashed lines, in px: values that print exactly. */
  private static final float[] DASH = {4f, 3f};

  private MapPainter() {}

  /** Paints the whole layout, background first. */
  public static void paint(Layout layout, Theme theme, Graphics2D g, Target target) {
    g.setColor(color(theme, Ink.BACKGROUND));
    g.fill(new Rectangle2D.Double(0, 0, layout.width(), layout.height()));
    paint(layout.marks(), theme, g, target);
  }

  private static void paint(List<Mark> marks, Theme theme, Graphics2D g, Target target) {
    for (Mark mark : marks) {
      paint(mark, theme, g, target);
    }
  }

  private static void paint(Mark mark, Theme theme, Graphics2D g, Target target) {
    if (mark instanceof Mark.Group group) {
      target.begin(group);
      paint(group.children(), theme, g, target);
      target.end(group);
    } else if (mark instanceof Mark.Rect rect) {
      paintRect(rect, theme, g);
    } else if (mark instanceof Mark.Line line) {
      g.setColor(color(theme, line.ink()));
      g.setStroke(stroke(line.style()));
      g.draw(new Line2D.Double(line.from().x(), line.from().y(), line.to().x(), line.to().y()));
    } else if (mark instanceof Mark.Polygon polygon) {
      Path2D path = new Path2D.Double();
      List<Point> points = polygon.points();
      path.moveTo(points.get(0).x(), points.get(0).y());
      for (int i = 1; i < points.size(); i++) {
        path.lineTo(points.get(i).x(), points.get(i).y());
      }
      path.closePath();
      g.setColor(color(theme, polygon.fill()));
      g.fill(path);
    } else if (mark instanceof Mark.Curve curve) {
      paintCurve(curve, theme, g);
    } else if (mark instanceof Mark.Dot dot) {
      Ellipse2D circle = new Ellipse2D.Double(dot.center().x() - dot.radius(),
          dot.center().y() - dot.radius(), 2 * dot.radius(), 2 * dot.radius());
      g.setColor(color(theme, dot.fill()));
      g.fill(circle);
      g.setColor(color(theme, dot.stroke()));
      g.setStroke(stroke(dev.journeymap.render.layout.Stroke.REGULAR));
      g.draw(circle);
    } else if (mark instanceof Mark.Text text) {
      g.setColor(color(theme, text.ink()));
      g.setFont(target.font(text.fontSize(), text.bold(), text.italic()));
      for (Mark.TextLine line : text.lines()) {
        g.drawString(target.encode(line.text()), (float) line.x(), (float) line.baseline());
      }
    } else if (mark instanceof Mark.Icon icon) {
      ChannelIcons.paint(icon, theme, g);
    } else {
      throw new AssertionError("unknown mark: " + mark);
    }
  }

  private static void paintRect(Mark.Rect rect, Theme theme, Graphics2D g) {
    java.awt.Shape shape = rect.radius() > 0
        ? new RoundRectangle2D.Double(rect.box().x(), rect.box().y(), rect.box().width(),
            rect.box().height(), 2 * rect.radius(), 2 * rect.radius())
        : new Rectangle2D.Double(rect.box().x(), rect.box().y(), rect.box().width(),
            rect.box().height());
    if (rect.fill().isPresent()) {
      g.setColor(color(theme, rect.fill().get()));
      g.fill(shape);
    }
    if (rect.stroke().isPresent()) {
      g.setColor(color(theme, rect.stroke().get()));
      g.setStroke(stroke(rect.style()));
      g.draw(shape);
    }
  }

  private static void paintCurve(Mark.Curve curve, Theme theme, Graphics2D g) {
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
    g.setColor(color(theme, curve.ink()));
    g.setStroke(stroke(curve.style()));
    g.draw(path);
  }

  static Color color(Theme theme, Ink ink) {
    return new Color(theme.rgb(ink));
  }

  static BasicStroke stroke(dev.journeymap.render.layout.Stroke style) {
    float width = (float) style.width();
    return style.dashed()
        ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, DASH, 0f)
        : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  }
}
