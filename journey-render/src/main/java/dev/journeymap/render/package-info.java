/**
 * Draws customer journey maps: {@link dev.journeymap.render.JourneyRenderer} turns a
 * {@link dev.journeymap.core.Journey} into SVG or PNG, with {@link
 * dev.journeymap.render.RenderOptions} choosing the {@link dev.journeymap.render.Lane lanes},
 * the {@link dev.journeymap.render.Theme theme} and the language of the labels.
 *
 * <p>Rule of this package: it is the whole public API of the renderer; everything here is
 * immutable and thread-safe, and no type of JFreeSVG or of the internal packages appears in a
 * public signature.
 */
package dev.journeymap.render;
