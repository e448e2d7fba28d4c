/**
 * The SVG writer: writes a {@link dev.journeymap.render.layout.Layout} as deterministic, safe,
 * accessible SVG text, straight to its target. Internal to the renderer.
 *
 * <p>Rule of this package: no arithmetic of the map, no third-party code. Every user string
 * passes through {@link dev.journeymap.render.svg.XmlText}; every number through
 * {@link dev.journeymap.render.svg.SvgNumbers}; colours and fonts are presentation attributes,
 * never {@code style}.
 */
package dev.journeymap.render.svg;
