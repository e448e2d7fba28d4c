/**
 * The HTML writer: one self-contained page around the SVG writer's map, with its controls (zoom,
 * lanes shown, a persona filter) and each card's details on hover or focus, in CSS only. Internal
 * to the renderer; {@link dev.journeymap.render.JourneyRenderer#htmlPage} is its entry point.
 *
 * <p>Rule of this package: no arithmetic of the map (positions and heights come from the
 * {@link dev.journeymap.render.layout.Layout}), no script of our own, no {@code style}
 * attribute, no external reference; every user string passes through
 * {@link dev.journeymap.render.svg.XmlText}, every number through
 * {@link dev.journeymap.render.svg.SvgNumbers}, and each {@code <style>} element's hash goes
 * into the page's Content-Security-Policy.
 */
package dev.journeymap.render.html;
