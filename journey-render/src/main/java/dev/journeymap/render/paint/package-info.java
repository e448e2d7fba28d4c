/**
 * The {@code Graphics2D} writer: walks a {@link dev.journeymap.render.layout.Layout} and issues
 * {@code Graphics2D} calls in the layout's order, for PNG images and for any canvas a user hands
 * to {@code JourneyRenderer.paint}. Internal to the renderer.
 *
 * <p>Rule of this package: no arithmetic of the map; every call sets the colour, stroke and font
 * it needs. Shapes, icons included, come from the layout as plain marks.
 */
package dev.journeymap.render.paint;
