package dev.journeymap.render.layout;

import java.util.List;

/**
 * How a line or an outline is drawn: its width and its dash pattern. Widths and dashes are values
 * that JFreeSVG prints exactly (it writes them as {@code float}s, bypassing the number formatter).
 *
 * <p>The emotion curves use their own patterns ({@link #CURVE}, {@link #CURVE_LONG_DASH},
 * {@link #CURVE_DOT}, {@link #CURVE_DASH_DOT}, {@link #CURVE_SHORT_DASH},
 * {@link #CURVE_LONG_SHORT}, {@link #CURVE_DASH_DOT_DOT}), so that each curve reads apart from
 * the others in grey-scale too.
 */
public enum Stroke {
  /** A 1 px line: rules, card outlines. */
  HAIRLINE(1),
  /** A 1.5 px line. */
  REGULAR(1.5),
  /** A 1.5 px dashed line: the outline of an assumption, the neutral line. */
  DASHED(1.5, 4, 3),
  /** A 2.5 px line: the emotion curve. */
  BOLD(2.5),
  /** A 4 px line: the accent bar of a pain point or the goal. */
  HEAVY(4),
  /** A 1 px dotted line: the leader from an emotion curve to a touchpoint's moment. */
  LEADER(1, 2, 2),
  /** The first emotion curve: a solid 2.5 px line. */
  CURVE(2.5),
  /** An emotion curve of long dashes. */
  CURVE_LONG_DASH(2.5, 10, 4),
  /** An emotion curve of dots. */
  CURVE_DOT(2.5, 2.5, 3.5),
  /** An emotion curve of dashes and dots. */
  CURVE_DASH_DOT(2.5, 8, 3.5, 2.5, 3.5),
  /** An emotion curve of short dashes. */
  CURVE_SHORT_DASH(2.5, 5, 3.5),
  /** An emotion curve of long and short dashes. */
  CURVE_LONG_SHORT(2.5, 12, 3.5, 5, 3.5),
  /** An emotion curve of a dash and two dots. */
  CURVE_DASH_DOT_DOT(2.5, 8, 3.5, 2.5, 3.5, 2.5, 3.5);

  private final double width;
  private final List<Double> dashes;

  Stroke(double width, double... dashes) {
    this.width = width;
    Double[] boxed = new Double[dashes.length];
    for (int i = 0; i < dashes.length; i++) {
      boxed[i] = dashes[i];
    }
    this.dashes = List.of(boxed);
  }

  /** The width in px. */
  public double width() {
    return width;
  }

  /** Whether the line is dashed (or dotted). */
  public boolean dashed() {
    return !dashes.isEmpty();
  }

  /**
   * The dash pattern in px, on and off in turn, e.g. {@code [4.0, 3.0]} for {@link #DASHED};
   * empty for a solid line.
   */
  public List<Double> dashes() {
    return dashes;
  }
}
