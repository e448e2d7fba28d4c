package dev.journeymap.cli;

import dev.journeymap.core.Journey;
import dev.journeymap.render.JourneyRenderer;

/**
 * The one place that turns a journey into the live preview's map page, so that another page
 * (the renderer's own HTML page, when there is one) can be swapped in here alone: the page
 * must carry {@code head} (the live script) in its head and work under {@link #policy()}.
 *
 * <p>Today the page is the map's SVG inline in the preview's own frame; the SVG carries its
 * colours as presentation attributes, so it needs no style from the policy. Thread-safe.
 */
final class MapPage {
  private final JourneyRenderer renderer = JourneyRenderer.create();

  /** The page showing {@code journey}, read from {@code fileName}, with {@code head} in it. */
  String html(Journey journey, String fileName, String head) {
    return PreviewPages.page(journey.title(), head, fileName, PreviewPages.State.MAP,
        renderer.renderSvg(journey));
  }

  /** The Content-Security-Policy to send with the pages of {@link #html}. */
  String policy() {
    return PreviewPages.POLICY;
  }
}
