package dev.journeymap.render.layout;

import dev.journeymap.render.Ink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The shape of an emotion curve's points. Each curve has its own, so that curves read apart
 * without colour (in grey-scale, for colour-blind readers); shapes are sized so that their areas
 * look alike at the same radius.
 *
 * <pre>{@code
 * Marker.SQUARE.bounds(new Point(10, 10), 6)   // Box[x=4.72, y=4.72, width=10.56, height=10.56]
 * }</pre>
 */
enum Marker {
  /** A disc: the aggregate curve. */
  CIRCLE,
  /** A square. */
  SQUARE,
  /** A square on its corner. */
  DIAMOND,
  /** A triangle pointing up. */
  TRIANGLE,
  /** A triangle pointing down. */
  TRIANGLE_DOWN,
  /** A plus sign. */
  PLUS,
  /** A five-pointed star. */
  STAR;

  /** The marker centred on {@code center}, {@code radius} the radius of a disc of like size. */
  Mark draw(Point center, double radius, Ink fill, Ink stroke) {
    if (this == CIRCLE) {
      return new Mark.Dot(center, radius, fill, stroke);
    }
    List<Point> corners = corners(center, radius);
    List<Mark.PathStep> steps = new ArrayList<>(corners.size() + 1);
    steps.add(new Mark.PathStep(Mark.PathStep.Kind.MOVE, List.of(corners.get(0))));
    for (int i = 1; i < corners.size(); i++) {
      steps.add(new Mark.PathStep(Mark.PathStep.Kind.LINE, List.of(corners.get(i))));
    }
    steps.add(new Mark.PathStep(Mark.PathStep.Kind.CLOSE, List.of()));
    return new Mark.Path(steps, Optional.of(fill), Optional.of(stroke), Stroke.REGULAR);
  }

  /** The box the marker's shape fills (its outline's width not included). */
  Box bounds(Point center, double radius) {
    if (this == CIRCLE) {
      return new Box(center.x() - radius, center.y() - radius, 2 * radius, 2 * radius);
    }
    double left = Double.MAX_VALUE;
    double top = Double.MAX_VALUE;
    double right = -Double.MAX_VALUE;
    double bottom = -Double.MAX_VALUE;
    for (Point p : corners(center, radius)) {
      left = Math.min(left, p.x());
      top = Math.min(top, p.y());
      right = Math.max(right, p.x());
      bottom = Math.max(bottom, p.y());
    }
    return new Box(left, top, right - left, bottom - top);
  }

  private List<Point> corners(Point c, double r) {
    double x = c.x();
    double y = c.y();
    return switch (this) {
      case CIRCLE -> throw new AssertionError("a circle has no corners");
      case SQUARE -> {
        double s = 0.88 * r;
        yield List.of(new Point(x - s, y - s), new Point(x + s, y - s), new Point(x + s, y + s),
            new Point(x - s, y + s));
      }
      case DIAMOND -> {
        double d = 1.25 * r;
        yield List.of(new Point(x, y - d), new Point(x + d, y), new Point(x, y + d),
            new Point(x - d, y));
      }
      case TRIANGLE, TRIANGLE_DOWN -> {
        // Centred on its centroid; the circumradius gives an area near the disc's.
        double big = 1.35 * r;
        double sign = this == TRIANGLE ? 1 : -1;
        double half = big * StrictMath.sqrt(3) / 2;
        yield List.of(new Point(x, y - sign * big), new Point(x + half, y + sign * big / 2),
            new Point(x - half, y + sign * big / 2));
      }
      case PLUS -> {
        double a = 0.42 * r;
        double e = 1.1 * r;
        yield List.of(new Point(x - a, y - e), new Point(x + a, y - e), new Point(x + a, y - a),
            new Point(x + e, y - a), new Point(x + e, y + a), new Point(x + a, y + a),
            new Point(x + a, y + e), new Point(x - a, y + e), new Point(x - a, y + a),
            new Point(x - e, y + a), new Point(x - e, y - a), new Point(x - a, y - a));
      }
      case STAR -> {
        double outer = 1.45 * r;
        double inner = 0.6 * r;
        List<Point> points = new ArrayList<>(10);
        for (int k = 0; k < 10; k++) {
          double angle = Math.PI * k / 5 - Math.PI / 2;
          double radius = k % 2 == 0 ? outer : inner;  // StrictMath: the same bits on every JDK
          points.add(new Point(x + radius * StrictMath.cos(angle), y + radius * StrictMath.sin(angle)));
        }
        yield points;
      }
    };
  }
}
