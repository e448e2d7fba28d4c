package dev.journeymap.render;

import dev.journeymap.render.layout.PageLayout;
import java.util.Objects;

/**
 * One page of a map cut into pages for print by {@link JourneyRenderer#pages}: a run of whole
 * columns with the lane labels repeated on its left, the header on the first page and the legend
 * on the last (or on pages of their own when they do not fit beside the grid).
 *
 * <pre>{@code
 * List<MapPage> pages = renderer.pages(journey, new MapSize(1100, 780));
 * pages.size()                  // 15 for a map of 60 stages
 * pages.get(1).firstColumn()    // 4
 * renderer.paintPage(pages.get(1), graphics);
 * }</pre>
 *
 * <p>Immutable and thread-safe; it holds what the page shows, so painting it lays nothing out.
 */
public final class MapPage {
  private final PageLayout.Page page;
  private final int count;

  MapPage(PageLayout.Page page, int count) {
    this.page = Objects.requireNonNull(page, "page");
    this.count = count;
  }

  /** The page's number, from 1. */
  public int number() {
    return page.number();
  }

  /** How many pages the map was cut into. */
  public int count() {
    return count;
  }

  /** The index of the first column of the grid on this page, from 0. */
  public int firstColumn() {
    return page.firstColumn();
  }

  /** How many columns of the grid this page shows: 0 on a page of only the header or legend. */
  public int columnCount() {
    return page.columnCount();
  }

  /**
   * The size of the page's drawing in px: at most the size asked for, unless the grid alone is
   * taller (maps are not cut across their lanes) or one column is wider.
   */
  public MapSize size() {
    return new MapSize(page.width(), page.height());
  }

  PageLayout.Page layout() {
    return page;
  }

  @Override
  public String toString() {
    return "MapPage{" + number() + " of " + count + ", columns " + firstColumn() + "+"
        + columnCount() + ", " + page.width() + " x " + page.height() + "}";
  }
}
