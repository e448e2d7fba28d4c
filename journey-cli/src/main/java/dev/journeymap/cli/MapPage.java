package dev.journeymap.cli;

import dev.journeymap.core.Journey;
import dev.journeymap.render.JourneyRenderer;

/**
 * The one place that turns a journey into the live preview's map page, so that another page
 * (the renderer's own HTML page, when there is one) can be swapped in here alone: the page must
 * carry {@code head} (the live script, {@code /live.js}) and come with the policy it works
 * under, which the preview sends as its {@code Content-Security-Policy} header.
 *
 * <p>Today the page is the map's SVG inline in the preview's own frame, under {@link
 * PreviewPages#POLICY}: the SVG carries its colours as presentation attributes, so it needs no
 * style from the policy. Thread-safe.
 */
final class MapPage {
  private final JourneyRenderer renderer = JourneyRenderer.create();

  /**
   * A page and the Content-Security-Policy it works under.
   *
   * @param html the whole page
   * @param policy the value of its {@code Content-Security-Policy} header
   */
  record Page(String html, String policy) {}

  /** The page showing {@code journey}, read from {@code fileName}, with {@code head} in it. */
  Page of(Journey journey, String fileName, String head) {
    return new Page(PreviewPages.page(journey.title(), head, fileName, PreviewPages.State.MAP,
        renderer.renderSvg(journey)), PreviewPages.POLICY);
  }
}
