package dev.journeymap.render.layout;

import dev.journeymap.core.Channel;
import dev.journeymap.render.Ink;
import dev.journeymap.render.layout.Mark.PathStep;
import dev.journeymap.render.layout.Mark.PathStep.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One small icon per channel as vector shapes (never glyphs, so they look the same without
 * fonts), on a disc. Each icon is designed on a 24 by 24 grid and scaled to its box; the result
 * is plain marks, so every writer draws the same icon.
 *
 * <pre>{@code
 * Mark.Group web = ChannelIcons.icon(Channel.WEB, new Box(10, 10, 24, 24), Ink.ICON, Ink.ICON_FILL);
 * web.classes()   // [jm-icon, jm-icon-web]
 * }</pre>
 */
final class ChannelIcons {
  private static final double GRID = 24;
  private static final int STAR_POINTS = 5;

  private ChannelIcons() {}

  /** The icon of {@code channel} in {@code box}: a disc of {@code fill}, strokes of {@code ink}. */
  static Mark.Group icon(Channel channel, Box box, Ink ink, Ink fill) {
    Pen pen = new Pen(box.x(), box.y(), Math.min(box.width(), box.height()) / GRID, ink,
        new ArrayList<>());
    pen.marks.add(new Mark.Ellipse(new Point(pen.px(12), pen.py(12)), 12 * pen.unit,
        12 * pen.unit, Optional.of(fill), Optional.empty(), Stroke.REGULAR));
    switch (channel) {
      case WEB -> {
        pen.circle(12, 12, 6.5);
        pen.line(5.5, 12, 18.5, 12);
        pen.ellipse(12, 12, 2.8, 6.5);
      }
      case MOBILE_APP -> {
        pen.rect(8.5, 5, 7, 14, 1.5);
        pen.line(11, 16.5, 13, 16.5);
      }
      case EMAIL -> {
        pen.rect(6, 8, 12, 8.5, 1);
        pen.polyline(false, 6, 8.5, 12, 13, 18, 8.5);
      }
      case SMS -> {
        pen.rect(6, 6.5, 12, 8.5, 2);
        pen.polyline(false, 9, 15, 9, 18.5, 12.5, 15);
        pen.dot(9.5, 10.75, 0.9);
        pen.dot(12, 10.75, 0.9);
        pen.dot(14.5, 10.75, 0.9);
      }
      case PUSH -> {
        pen.path(7, 15.5)
            .curve(8.5, 14, 8.5, 12.5, 8.5, 10.5)
            .curve(8.5, 6, 15.5, 6, 15.5, 10.5)
            .curve(15.5, 12.5, 15.5, 14, 17, 15.5)
            .close();
        pen.dot(12, 17.8, 1.3);
      }
      case PHONE -> pen.path(8, 6)
          .line(10.5, 6)
          .line(11.5, 9)
          .line(10, 10.5)
          .curve(11, 12.5, 11.5, 13, 13.5, 14)
          .line(15, 12.5)
          .line(18, 13.5)
          .line(18, 16)
          .curve(12, 17, 7, 12, 8, 6)
          .close();
      case CHAT -> {
        pen.rect(5, 6, 10, 7, 2);
        pen.rect(9.5, 11, 9.5, 7, 2);
      }
      case SOCIAL -> {
        pen.line(7.5, 12, 16, 7.5);
        pen.line(7.5, 12, 16, 16.5);
        pen.dot(7.5, 12, 2.2);
        pen.dot(16, 7.5, 2.2);
        pen.dot(16, 16.5, 2.2);
      }
      case IN_PERSON -> {
        pen.circle(12, 9, 3);
        pen.path(6.5, 18.5).curve(6.5, 13.5, 17.5, 13.5, 17.5, 18.5).open();
      }
      case MAIL -> {
        pen.rect(5.5, 7.5, 13, 9.5, 1);
        pen.rect(14.5, 9, 2.5, 2.5, 0);
        pen.line(8, 12.5, 12.5, 12.5);
        pen.line(8, 14.5, 14, 14.5);
      }
      case SEARCH -> {
        pen.circle(10.5, 10.5, 4.5);
        pen.line(13.8, 13.8, 18, 18);
      }
      case ADVERTISING -> {
        pen.polyline(true, 6.5, 10, 10.5, 10, 17, 6.5, 17, 17.5, 10.5, 14, 6.5, 14);
        pen.line(8.5, 14, 9.5, 18);
      }
      case REVIEWS -> pen.star(12, 12.5, 6.5, 2.8);
      case WORD_OF_MOUTH -> {
        pen.circle(9, 9.5, 2.3);
        pen.circle(15, 9.5, 2.3);
        pen.path(5, 17.5).curve(5, 13.5, 13, 13.5, 13, 17.5).open();
        pen.path(14.5, 13.6).curve(17, 13.4, 19, 14.5, 19, 17.5).open();
      }
      case OTHER -> {
        pen.dot(8, 12, 1.4);
        pen.dot(12, 12, 1.4);
        pen.dot(16, 12, 1.4);
      }
    }
    return new Mark.Group(Optional.empty(), Ids.classes("icon", "icon-" + Ids.token(channel)),
        Optional.empty(), Optional.empty(), Mark.Role.DECORATION, 0, pen.marks);
  }

  /** Maps grid units to page coordinates and collects the icon's marks. */
  private record Pen(double x, double y, double unit, Ink ink, List<Mark> marks) {
    double px(double u) {
      return x + u * unit;
    }

    double py(double v) {
      return y + v * unit;
    }

    Point at(double u, double v) {
      return new Point(px(u), py(v));
    }

    void circle(double cx, double cy, double r) {
      ellipse(cx, cy, r, r);
    }

    void ellipse(double cx, double cy, double rx, double ry) {
      marks.add(new Mark.Ellipse(at(cx, cy), rx * unit, ry * unit, Optional.empty(),
          Optional.of(ink), Stroke.REGULAR));
    }

    void dot(double cx, double cy, double r) {
      marks.add(new Mark.Ellipse(at(cx, cy), r * unit, r * unit, Optional.of(ink),
          Optional.empty(), Stroke.REGULAR));
    }

    void line(double x1, double y1, double x2, double y2) {
      marks.add(new Mark.Line(at(x1, y1), at(x2, y2), ink, Stroke.REGULAR));
    }

    void rect(double rx, double ry, double w, double h, double radius) {
      marks.add(new Mark.Rect(new Box(px(rx), py(ry), w * unit, h * unit), radius * unit,
          Optional.empty(), Optional.of(ink), Stroke.REGULAR));
    }

    void polyline(boolean closed, double... coords) {
      Steps steps = path(coords[0], coords[1]);
      for (int i = 2; i < coords.length; i += 2) {
        steps.line(coords[i], coords[i + 1]);
      }
      if (closed) {
        steps.close();
      } else {
        steps.open();
      }
    }

    void star(double cx, double cy, double outer, double inner) {
      Steps steps = null;
      for (int i = 0; i < 2 * STAR_POINTS; i++) {
        double r = i % 2 == 0 ? outer : inner;
        double angle = Math.PI * i / STAR_POINTS - Math.PI / 2;
        // StrictMath, not Math: Math.sin and Math.cos may differ between JVMs in the last bit.
        double u = cx + r * StrictMath.cos(angle);
        double v = cy + r * StrictMath.sin(angle);
        if (steps == null) {
          steps = path(u, v);
        } else {
          steps.line(u, v);
        }
      }
      steps.close();
    }

    Steps path(double u, double v) {
      Steps steps = new Steps(this, new ArrayList<>());
      steps.add(Kind.MOVE, at(u, v));
      return steps;
    }
  }

  /** A path being drawn in grid units; {@link #close} or {@link #open} adds it to the icon. */
  private record Steps(Pen pen, List<PathStep> steps) {
    void add(Kind kind, Point... points) {
      steps.add(new PathStep(kind, List.of(points)));
    }

    Steps line(double u, double v) {
      add(Kind.LINE, pen.at(u, v));
      return this;
    }

    Steps curve(double u1, double v1, double u2, double v2, double u3, double v3) {
      add(Kind.CUBIC, pen.at(u1, v1), pen.at(u2, v2), pen.at(u3, v3));
      return this;
    }

    void close() {
      add(Kind.CLOSE);
      open();
    }

    void open() {
      pen.marks.add(new Mark.Path(steps, Optional.empty(), Optional.of(pen.ink),
          Stroke.REGULAR));
    }
  }
}
