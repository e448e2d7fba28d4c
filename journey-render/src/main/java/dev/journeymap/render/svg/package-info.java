/**
 * The JFreeSVG adapter: writes a painted layout as deterministic, safe, accessible SVG text, and
 * writes files atomically. Internal to the renderer.
 *
 * <p>Rule of this package: the only place that knows JFreeSVG, and none of its types leave it.
 * Every user string passes through {@link dev.journeymap.render.svg.XmlText}; every number
 * through {@link dev.journeymap.render.svg.SvgNumbers}; the AWT font system is never started.
 */
package dev.journeymap.render.svg;
