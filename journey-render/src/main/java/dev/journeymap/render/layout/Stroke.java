package dev.journeymap.render.layout;

/**
 * How a line or an outline is drawn. Widths and dashes are values that JFreeSVG prints exactly
 * (it writes them as {@code float}s, bypassing the number formatter).
 */
public enum Stroke {
  /** A 1 px line: rules, card outlines. */
  HAIRLINE(1, false),
  /** A 1.5 px line. */
  REGULAR(1.5, false),
  /** A 1.5 px dashed line: the outline of an assumption, the neutral line. */
  DASHED(1.5, true),
  /** A 2.5 px line: the emotion curve. */
  BOLD(2.5, false),
  /** A 4 px line: the accent bar of a pain point or the goal. */
  HEAVY(4, false);

  private final double width;
  private final boolean dashed;

  Stroke(double width, boolean dashed) {
    this.width = width;
    this.dashed = dashed;
  }

  /** The width in px. */
  public double width() {
    return width;
  }

  /** Whether the line is dashed (4 px on, 3 px off). */
  public boolean dashed() {
    return dashed;
  }
}
