/**
 * Draws customer journey maps as SVG, PNG or onto any {@code Graphics2D}. Readers of this module
 * also read the journey model ({@code dev.journeymap.core}, and through it Guava) and
 * {@code java.desktop}, whose types appear in the renderer's methods.
 *
 * <p>Only {@code dev.journeymap.render} is exported: layout, text measurement, painting and the
 * SVG writer are internal.
 */
module dev.journeymap.render {
  // Journey is the argument of every render method
  requires transitive dev.journeymap.core;
  // Graphics2D and BufferedImage in JourneyRenderer.paint and renderImage
  requires transitive java.desktop;

  exports dev.journeymap.render;
}
