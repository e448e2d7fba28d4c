package dev.journeymap.render.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Smooth curves through points without overshoot: monotone cubic interpolation
 * (Fritsch–Carlson), so that between two points the curve never rises above the higher or falls
 * below the lower, and a score never looks better or worse than it is.
 */
final class Curves {
  private Curves() {}

  /**
   * Two Bézier control points per segment for a curve through {@code points}, whose x must be
   * strictly increasing.
   *
   * @throws IllegalArgumentException if x does not strictly increase
   */
  static List<Point> monotoneControls(List<Point> points) {
    int n = points.size();
    List<Point> controls = new ArrayList<>(2 * Math.max(0, n - 1));
    if (n < 2) {
      return controls;
    }
    double[] slopes = new double[n - 1];
    for (int i = 0; i < n - 1; i++) {
      double dx = points.get(i + 1).x() - points.get(i).x();
      if (!(dx > 0)) {
        throw new IllegalArgumentException("x must increase: " + points.get(i) + " then "
            + points.get(i + 1));
      }
      slopes[i] = (points.get(i + 1).y() - points.get(i).y()) / dx;
    }
    double[] tangents = new double[n];
    tangents[0] = slopes[0];
    tangents[n - 1] = slopes[n - 2];
    for (int i = 1; i < n - 1; i++) {
      tangents[i] = slopes[i - 1] * slopes[i] <= 0 ? 0 : (slopes[i - 1] + slopes[i]) / 2;
    }
    for (int i = 0; i < n - 1; i++) {
      if (slopes[i] == 0) {
        tangents[i] = 0;
        tangents[i + 1] = 0;
        continue;
      }
      double a = tangents[i] / slopes[i];
      double b = tangents[i + 1] / slopes[i];
      double sum = a * a + b * b;
      if (sum > 9) {
        double t = 3 / Math.sqrt(sum);
        tangents[i] = t * a * slopes[i];
        tangents[i + 1] = t * b * slopes[i];
      }
    }
    for (int i = 0; i < n - 1; i++) {
      Point p = points.get(i);
      Point q = points.get(i + 1);
      double third = (q.x() - p.x()) / 3;
      controls.add(new Point(p.x() + third, p.y() + tangents[i] * third));
      controls.add(new Point(q.x() - third, q.y() - tangents[i + 1] * third));
    }
    return controls;
  }

  /**
   * The curve through {@code points} with these {@code controls} as a polyline of
   * {@code perSegment} straight pieces a segment, starting at the first point: what label
   * placement tests against.
   */
  static List<Point> sample(List<Point> points, List<Point> controls, int perSegment) {
    List<Point> out = new ArrayList<>(Math.max(1, (points.size() - 1) * perSegment + 1));
    if (points.isEmpty()) {
      return out;
    }
    out.add(points.get(0));
    for (int k = 0; k + 1 < points.size(); k++) {
      Point a = points.get(k);
      Point c1 = controls.get(2 * k);
      Point c2 = controls.get(2 * k + 1);
      Point b = points.get(k + 1);
      for (int s = 1; s <= perSegment; s++) {
        double t = (double) s / perSegment;
        double u = 1 - t;
        out.add(new Point(
            u * u * u * a.x() + 3 * u * u * t * c1.x() + 3 * u * t * t * c2.x() + t * t * t * b.x(),
            u * u * u * a.y() + 3 * u * u * t * c1.y() + 3 * u * t * t * c2.y() + t * t * t * b.y()));
      }
    }
    return out;
  }
}
