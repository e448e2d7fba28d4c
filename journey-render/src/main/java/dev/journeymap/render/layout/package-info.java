/**
 * Pure geometry: {@link dev.journeymap.render.layout.LayoutEngine} turns a journey and its
 * options into a {@link dev.journeymap.render.layout.Layout} of boxes, lines and placed lines of
 * text. Internal to the renderer; public only so that the painting packages can read it.
 *
 * <p>Rule of this package: all arithmetic of the map (column widths, wrapping, lane heights,
 * the emotion curve, bars) happens here and nowhere else; nothing here draws, and nothing here
 * imports {@code java.awt}. Colours are named by {@link dev.journeymap.render.Ink role}, never by
 * value, and every size is a named constant.
 */
package dev.journeymap.render.layout;
