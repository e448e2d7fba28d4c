package dev.journeymap.render;

/**
 * The size of a drawn map in px (SVG user units): what a canvas must hold to show it whole.
 *
 * <pre>{@code
 * MapSize size = JourneyRenderer.create().size(journey);
 * size.width()    // 1316.0
 * }</pre>
 *
 * @param width the width, a whole number of px
 * @param height the height, a whole number of px
 */
public record MapSize(double width, double height) {
  /** Checks that both sides are positive and finite. */
  public MapSize {
    if (!(width > 0 && height > 0) || !Double.isFinite(width) || !Double.isFinite(height)) {
      throw new IllegalArgumentException("invalid map size: " + width + " x " + height);
    }
  }
}
