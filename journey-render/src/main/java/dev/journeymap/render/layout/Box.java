package dev.journeymap.render.layout;

/**
 * An axis-aligned rectangle in SVG pixels, {@code y} growing downwards.
 *
 * @param x the left edge
 * @param y the top edge
 * @param width the width, never negative
 * @param height the height, never negative
 */
public record Box(double x, double y, double width, double height) {
  /** Tolerance for containment tests, far below what the SVG's two decimals can show. */
  private static final double EPSILON = 1e-6;

  /** Checks that the box has no negative or non-finite size. */
  public Box {
    if (!(width >= 0 && height >= 0) || !Double.isFinite(x) || !Double.isFinite(y)
        || !Double.isFinite(width) || !Double.isFinite(height)) {
      throw new IllegalArgumentException(
          "invalid box: " + x + ", " + y + ", " + width + ", " + height);
    }
  }

  /** The right edge. */
  public double right() {
    return x + width;
  }

  /** The bottom edge. */
  public double bottom() {
    return y + height;
  }

  /** The horizontal centre. */
  public double centerX() {
    return x + width / 2;
  }

  /** The vertical centre. */
  public double centerY() {
    return y + height / 2;
  }

  /** Whether {@code other} lies wholly inside this box (touching edges count as inside). */
  public boolean contains(Box other) {
    return other.x >= x - EPSILON && other.y >= y - EPSILON
        && other.right() <= right() + EPSILON && other.bottom() <= bottom() + EPSILON;
  }

  /** Whether the two boxes share some area (touching edges do not). */
  public boolean overlaps(Box other) {
    return other.x < right() - EPSILON && x < other.right() - EPSILON
        && other.y < bottom() - EPSILON && y < other.bottom() - EPSILON;
  }

  /** This box shrunk by {@code d} on every side. */
  public Box inset(double d) {
    return inset(d, d);
  }

  /** This box shrunk by {@code dx} left and right and {@code dy} top and bottom. */
  public Box inset(double dx, double dy) {
    return new Box(x + dx, y + dy, Math.max(0, width - 2 * dx), Math.max(0, height - 2 * dy));
  }
}
