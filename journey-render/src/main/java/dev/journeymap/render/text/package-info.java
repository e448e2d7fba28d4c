/**
 * Text measurement and line breaking for the renderer: {@link
 * dev.journeymap.render.text.TextMetrics} gives the widths of the font family named in the SVG,
 * and {@link dev.journeymap.render.text.LineBreaker} wraps text to a cell's width with them.
 *
 * <p>Rule of this package: it is the only place that knows fonts and widths, and it never asks
 * the AWT font system or {@link java.text.BreakIterator} anything. Widths come from a table
 * shipped as a resource ({@code dejavu-sans.widths}, regenerated from the font files by a tool
 * kept with the tests), so the same text gives the same lines on every machine, JDK and locale,
 * with or without installed fonts.
 */
package dev.journeymap.render.text;
