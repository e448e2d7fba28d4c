/**
 * Painting: walks a {@link dev.journeymap.render.layout.Layout} and issues {@code Graphics2D}
 * calls, in the layout's order. The same painting serves the SVG and the PNG; a
 * {@link dev.journeymap.render.paint.Target} carries what differs between them. Internal to the
 * renderer.
 *
 * <p>Rule of this package: no arithmetic of the map and no state; every call sets the colour,
 * stroke and font it needs. Channel icons are drawn as vector shapes, never as glyphs or images.
 */
package dev.journeymap.render.paint;
