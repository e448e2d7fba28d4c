/**
 * Draws customer journey maps: {@link dev.journeymap.render.JourneyRenderer} turns a
 * {@link dev.journeymap.core.Journey} into SVG, PNG, or drawing on any {@code Graphics2D}, with
 * {@link dev.journeymap.render.RenderOptions} choosing the {@link dev.journeymap.render.Lane
 * lanes}, the {@link dev.journeymap.render.Theme theme} and the language of the labels.
 *
 * <p>One layout, many writers: the map is laid out once as pure geometry (package
 * {@code layout}); the SVG writer (package {@code svg}) and the {@code Graphics2D} painter
 * (package {@code paint}) only emit its marks, so every output shows the same map.
 *
 * <p>Rule of this package: it is the whole public API of the renderer; everything here is
 * immutable and thread-safe, and no type of the internal packages appears in a public
 * signature. No third-party code draws the map.
 */
package dev.journeymap.render;
