package dev.journeymap.render.paint;

import dev.journeymap.render.Theme;
import dev.journeymap.render.layout.Mark;
import dev.journeymap.render.layout.Stroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;

/**
 * Draws one small icon per channel as vector shapes (never glyphs, so they look the same without
 * fonts), on a disc, inside the icon's box. Each icon is designed on a 24 by 24 grid and scaled
 * to the box.
 */
final class ChannelIcons {
  private static final double GRID = 24;
  private static final int STAR_POINTS = 5;
  // StrictMath, not Math: Math.sin and Math.cos may differ between JVMs in the last bit.

  private ChannelIcons() {}

  static void paint(Mark.Icon icon, Theme theme, Graphics2D g) {
    Pen pen = new Pen(icon.box().x(), icon.box().y(),
        Math.min(icon.box().width(), icon.box().height()) / GRID);
    g.setColor(MapPainter.color(theme, icon.fill()));
    g.fill(pen.circle(12, 12, 12));
    g.setColor(MapPainter.color(theme, icon.ink()));
    g.setStroke(MapPainter.stroke(Stroke.REGULAR));
    switch (icon.channel()) {
      case WEB -> {
        g.draw(pen.circle(12, 12, 6.5));
        g.draw(pen.line(5.5, 12, 18.5, 12));
        g.draw(pen.ellipse(12, 12, 2.8, 6.5));
      }
      case MOBILE_APP -> {
        g.draw(pen.rect(8.5, 5, 7, 14, 1.5));
        g.draw(pen.line(11, 16.5, 13, 16.5));
      }
      case EMAIL -> {
        g.draw(pen.rect(6, 8, 12, 8.5, 1));
        g.draw(pen.polyline(false, 6, 8.5, 12, 13, 18, 8.5));
      }
      case SMS -> {
        g.draw(pen.rect(6, 6.5, 12, 8.5, 2));
        g.draw(pen.polyline(false, 9, 15, 9, 18.5, 12.5, 15));
        g.fill(pen.circle(9.5, 10.75, 0.9));
        g.fill(pen.circle(12, 10.75, 0.9));
        g.fill(pen.circle(14.5, 10.75, 0.9));
      }
      case PUSH -> {
        Path2D bell = pen.path(7, 15.5);
        pen.curveTo(bell, 8.5, 14, 8.5, 12.5, 8.5, 10.5);
        pen.curveTo(bell, 8.5, 6, 15.5, 6, 15.5, 10.5);
        pen.curveTo(bell, 15.5, 12.5, 15.5, 14, 17, 15.5);
        bell.closePath();
        g.draw(bell);
        g.fill(pen.circle(12, 17.8, 1.3));
      }
      case PHONE -> {
        Path2D handset = pen.path(8, 6);
        pen.lineTo(handset, 10.5, 6);
        pen.lineTo(handset, 11.5, 9);
        pen.lineTo(handset, 10, 10.5);
        pen.curveTo(handset, 11, 12.5, 11.5, 13, 13.5, 14);
        pen.lineTo(handset, 15, 12.5);
        pen.lineTo(handset, 18, 13.5);
        pen.lineTo(handset, 18, 16);
        pen.curveTo(handset, 12, 17, 7, 12, 8, 6);
        handset.closePath();
        g.draw(handset);
      }
      case CHAT -> {
        g.draw(pen.rect(5, 6, 10, 7, 2));
        g.draw(pen.rect(9.5, 11, 9.5, 7, 2));
      }
      case SOCIAL -> {
        g.draw(pen.line(7.5, 12, 16, 7.5));
        g.draw(pen.line(7.5, 12, 16, 16.5));
        g.fill(pen.circle(7.5, 12, 2.2));
        g.fill(pen.circle(16, 7.5, 2.2));
        g.fill(pen.circle(16, 16.5, 2.2));
      }
      case IN_PERSON -> {
        g.draw(pen.circle(12, 9, 3));
        Path2D body = pen.path(6.5, 18.5);
        pen.curveTo(body, 6.5, 13.5, 17.5, 13.5, 17.5, 18.5);
        g.draw(body);
      }
      case MAIL -> {
        g.draw(pen.rect(5.5, 7.5, 13, 9.5, 1));
        g.draw(pen.rect(14.5, 9, 2.5, 2.5, 0));
        g.draw(pen.line(8, 12.5, 12.5, 12.5));
        g.draw(pen.line(8, 14.5, 14, 14.5));
      }
      case SEARCH -> {
        g.draw(pen.circle(10.5, 10.5, 4.5));
        g.draw(pen.line(13.8, 13.8, 18, 18));
      }
      case ADVERTISING -> {
        g.draw(pen.polyline(true, 6.5, 10, 10.5, 10, 17, 6.5, 17, 17.5, 10.5, 14, 6.5, 14));
        g.draw(pen.line(8.5, 14, 9.5, 18));
      }
      case REVIEWS -> g.draw(pen.star(12, 12.5, 6.5, 2.8));
      case WORD_OF_MOUTH -> {
        g.draw(pen.circle(9, 9.5, 2.3));
        g.draw(pen.circle(15, 9.5, 2.3));
        Path2D left = pen.path(5, 17.5);
        pen.curveTo(left, 5, 13.5, 13, 13.5, 13, 17.5);
        g.draw(left);
        Path2D right = pen.path(14.5, 13.6);
        pen.curveTo(right, 17, 13.4, 19, 14.5, 19, 17.5);
        g.draw(right);
      }
      case OTHER -> {
        g.fill(pen.circle(8, 12, 1.4));
        g.fill(pen.circle(12, 12, 1.4));
        g.fill(pen.circle(16, 12, 1.4));
      }
    }
  }

  /** Maps grid units to page coordinates. */
  private record Pen(double x, double y, double unit) {
    double px(double u) {
      return x + u * unit;
    }

    double py(double u) {
      return y + u * unit;
    }

    Shape circle(double cx, double cy, double r) {
      return ellipse(cx, cy, r, r);
    }

    Shape ellipse(double cx, double cy, double rx, double ry) {
      return new Ellipse2D.Double(px(cx - rx), py(cy - ry), 2 * rx * unit, 2 * ry * unit);
    }

    Shape line(double x1, double y1, double x2, double y2) {
      return new Line2D.Double(px(x1), py(y1), px(x2), py(y2));
    }

    Shape rect(double rx, double ry, double w, double h, double radius) {
      return new RoundRectangle2D.Double(px(rx), py(ry), w * unit, h * unit,
          2 * radius * unit, 2 * radius * unit);
    }

    Shape polyline(boolean closed, double... coords) {
      Path2D path = path(coords[0], coords[1]);
      for (int i = 2; i < coords.length; i += 2) {
        lineTo(path, coords[i], coords[i + 1]);
      }
      if (closed) {
        path.closePath();
      }
      return path;
    }

    Shape star(double cx, double cy, double outer, double inner) {
      Path2D path = new Path2D.Double();
      for (int i = 0; i < 2 * STAR_POINTS; i++) {
        double r = i % 2 == 0 ? outer : inner;
        double angle = Math.PI * i / STAR_POINTS - Math.PI / 2;
        double sx = px(cx + r * StrictMath.cos(angle));
        double sy = py(cy + r * StrictMath.sin(angle));
        if (i == 0) {
          path.moveTo(sx, sy);
        } else {
          path.lineTo(sx, sy);
        }
      }
      path.closePath();
      return path;
    }

    Path2D path(double u, double v) {
      Path2D path = new Path2D.Double();
      path.moveTo(px(u), py(v));
      return path;
    }

    void lineTo(Path2D path, double u, double v) {
      path.lineTo(px(u), py(v));
    }

    void curveTo(Path2D path, double u1, double v1, double u2, double v2, double u3,
        double v3) {
      path.curveTo(px(u1), py(v1), px(u2), py(v2), px(u3), py(v3));
    }
  }
}
