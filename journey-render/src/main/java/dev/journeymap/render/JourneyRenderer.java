package dev.journeymap.render;

import dev.journeymap.core.Journey;
import dev.journeymap.render.layout.Layout;
import dev.journeymap.render.layout.LayoutEngine;
import dev.journeymap.render.layout.PageLayout;
import dev.journeymap.render.paint.MapPainter;
import dev.journeymap.core.io.AtomicFiles;
import dev.journeymap.render.html.HtmlWriter;
import dev.journeymap.render.svg.SvgWriter;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * Draws a {@link Journey} as a journey map: SVG text, an HTML page, a PNG image, or onto any
 * {@link Graphics2D} (a Swing component, a PDF or SVG canvas of another library). Every output
 * comes from the same layout, so they show the same map.
 *
 * <pre>{@code
 * JourneyRenderer renderer = JourneyRenderer.create();
 * String svg = renderer.renderSvg(journey);   // "<svg xmlns=... id=\"junk-removal\" ..."
 * renderer.renderPng(journey, Path.of("map.png"), 2);  // twice the SVG's pixel size
 * }</pre>
 *
 * <p>The SVG is byte-for-byte the same for the same journey and options on every machine, JDK,
 * default locale and thread, with or without installed fonts: text is measured with tables the
 * library ships, never with the AWT font system. It is written by the library itself, straight
 * to its target: colours and fonts are presentation attributes (no {@code style}, so a strict
 * Content-Security-Policy keeps them), every user string is escaped, the only external
 * references are touchpoint links ({@code http}, {@code https}, {@code mailto}), and the grid
 * reads as a table of lanes by stages to assistive technology.
 *
 * <p>PNG output and {@link #paint} draw through {@code Graphics2D}; they work headless, but drawn
 * text needs fonts installed on the machine (without them AWT cannot draw glyphs), and text may
 * look slightly different from the SVG where the installed font differs from DejaVu Sans.
 *
 * <p>What it draws. Every journey the validator accepts renders to SVG, in memory roughly in
 * proportion to its content; the SVG is written as it is produced, so the {@code Path},
 * {@code OutputStream} and {@code Appendable} overloads never hold the whole text. An image holds
 * every pixel at once, four bytes each, so PNG output and {@link #renderImage} draw at most
 * {@value #MAX_PIXELS} pixels (200 MB): a larger map is refused with an
 * {@link IllegalArgumentException} that names its size and the largest scale that fits, rather
 * than drawn at a scale the caller did not ask for.
 *
 * <p>A renderer is immutable and thread-safe; share one.
 */
public final class JourneyRenderer {
  /** The largest PNG scale; beyond it an ordinary map would need gigabytes of pixels. */
  public static final double MAX_SCALE = 8;

  /**
   * The most pixels (width times height) of an image that {@link #renderImage} and
   * {@code renderPng} draw: 50 million, 200 MB of heap at four bytes a pixel, e.g. a map of 5,000
   * by 2,500 px at scale 2.
   */
  public static final long MAX_PIXELS = 50_000_000;

  private final RenderOptions options;
  private final LayoutEngine engine;

  private JourneyRenderer(RenderOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.engine = LayoutEngine.create();
  }

  /** A renderer with {@link RenderOptions#defaults() the default options}. */
  public static JourneyRenderer create() {
    return new JourneyRenderer(RenderOptions.defaults());
  }

  /** A renderer with these options. */
  public static JourneyRenderer create(RenderOptions options) {
    return new JourneyRenderer(options);
  }

  /** The options this renderer draws with. */
  public RenderOptions options() {
    return options;
  }

  /** The map as SVG text: a complete standalone document, ending with a line feed. */
  public String renderSvg(Journey journey) {
    return SvgWriter.write(layout(journey), options.theme(), engine.cssFontFamily(),
        options.indentSvg());
  }

  /** Appends the map as SVG text to {@code out}, as it is written; {@code out} is not flushed. */
  public void renderSvg(Journey journey, Appendable out) throws IOException {
    Objects.requireNonNull(out, "out");
    SvgWriter.write(layout(journey), options.theme(), engine.cssFontFamily(),
        options.indentSvg(), out);
  }

  /**
   * Writes the map as UTF-8 SVG to {@code out}, as it is written; the stream is flushed, not
   * closed.
   */
  public void renderSvg(Journey journey, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    writeSvg(layout(journey), out);
  }

  /** The layout's SVG as UTF-8 onto {@code out}, flushed. */
  private void writeSvg(Layout layout, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    SvgWriter.write(layout, options.theme(), engine.cssFontFamily(), options.indentSvg(),
        writer);
    writer.flush();
  }

  /**
   * Writes the map as UTF-8 SVG to {@code out}, e.g. {@code System.out}; the stream is flushed,
   * not closed. (A {@code PrintStream} is both an {@link Appendable} and an
   * {@link OutputStream}; this overload makes such a call unambiguous and always writes UTF-8.)
   *
   * @throws IOException if the stream reports an error (a {@code PrintStream} otherwise hides it)
   */
  public void renderSvg(Journey journey, PrintStream out) throws IOException {
    renderSvg(journey, (OutputStream) out);
    if (out.checkError()) {
      throw new IOException("could not write the map to the stream");
    }
  }

  /**
   * Writes the map as a UTF-8 SVG file. The file is written next to its target under a temporary
   * name and then moved into place, so that readers never see a half-written file.
   */
  public void renderSvg(Journey journey, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Layout layout = layout(journey);
    AtomicFiles.write(file, out -> writeSvg(layout, out));
  }

  /**
   * The map as one self-contained HTML page (see {@link #htmlPage(Journey, String...)}), ending
   * with a line feed.
   *
   * <pre>{@code
   * Files.writeString(Path.of("map.html"), renderer.renderHtml(journey));
   * }</pre>
   */
  public String renderHtml(Journey journey) {
    return html(layout(journey), List.of()).write();
  }

  /** Appends the map as an HTML page to {@code out}; {@code out} is not flushed. */
  public void renderHtml(Journey journey, Appendable out) throws IOException {
    Objects.requireNonNull(out, "out");
    html(layout(journey), List.of()).write(out);
  }

  /** Writes the map as a UTF-8 HTML page to {@code out}; the stream is flushed, not closed. */
  public void renderHtml(Journey journey, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    writeHtml(layout(journey), out);
  }

  /**
   * Writes the map as a UTF-8 HTML page to {@code out}, e.g. {@code System.out}; flushed, not
   * closed (see {@link #renderSvg(Journey, PrintStream)} for why this overload exists).
   *
   * @throws IOException if the stream reports an error
   */
  public void renderHtml(Journey journey, PrintStream out) throws IOException {
    renderHtml(journey, (OutputStream) out);
    if (out.checkError()) {
      throw new IOException("could not write the map to the stream");
    }
  }

  /** Writes the map as a UTF-8 HTML file, atomically (see {@link #renderSvg(Journey, Path)}). */
  public void renderHtml(Journey journey, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Layout layout = layout(journey);
    AtomicFiles.write(file, out -> writeHtml(layout, out));
  }

  /**
   * The map as one self-contained HTML page with the Content-Security-Policy it holds to, e.g.
   * for a server that sends that policy as a header. The page works offline and without
   * JavaScript: the map is the {@linkplain #renderSvg(Journey) SVG} inline; each card shows its
   * whole text, evidence and source on hover or keyboard focus; a bar of controls zooms the map
   * (which scrolls to pan), hides and shows lanes, and highlights one persona's cards (and
   * curves); printed, the map fills the width of the paper. It holds to {@code default-src
   * 'none'; style-src 'sha256-...'} with the hashes of its own two {@code <style>} elements,
   * written in a {@code <meta http-equiv>} too; it makes no request of any kind.
   *
   * <p>{@code scripts} are added at the end of the body, each in its own {@code <script>}, and
   * allowed by their hashes ({@code script-src}), with {@code connect-src 'self'} so that they
   * may talk to the server that sent the page: e.g. a live preview's reload client. Without
   * them the page has no script and connects nowhere.
   *
   * <pre>{@code
   * HtmlPage page = renderer.htmlPage(journey, "new EventSource('/events').onmessage = "
   *     + "() => location.reload();");
   * page.contentSecurityPolicy();
   * // "default-src 'none'; style-src 'sha256-..' 'sha256-..'; script-src 'sha256-..';
   * //  connect-src 'self'"
   * }</pre>
   *
   * <p>The page is byte-for-byte the same for the same journey, options and scripts.
   *
   * @throws IllegalArgumentException if a script contains {@code </script}
   */
  public HtmlPage htmlPage(Journey journey, String... scripts) {
    HtmlWriter writer = html(layout(journey), List.of(scripts));
    return new HtmlPage(writer.write(), writer.contentSecurityPolicy(), writer.styleHashes(),
        writer.scriptHashes());
  }

  private HtmlWriter html(Layout layout, List<String> scripts) {
    return HtmlWriter.of(layout, options.theme(), engine.cssFontFamily(), scripts);
  }

  private void writeHtml(Layout layout, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    html(layout, List.of()).write(writer);
    writer.flush();
  }

  /**
   * The size of the map in px (SVG user units), e.g. to size a canvas before {@link #paint}. It
   * lays the map out as a render does; when the canvas can be sized afterwards, use the size
   * that {@link #paint} returns instead.
   */
  public MapSize size(Journey journey) {
    Layout layout = layout(journey);
    return new MapSize(layout.width(), layout.height());
  }

  /**
   * Paints the map onto {@code g}, its top left corner at the origin, one unit a px; text is
   * drawn as text (so it stays text on vector canvases). Transform {@code g} first to place or
   * scale the map; the painting leaves {@code g}'s colour, stroke and font changed.
   *
   * <pre>{@code
   * MapSize size = renderer.size(journey);
   * BufferedImage image = new BufferedImage((int) size.width(), (int) size.height(),
   *     BufferedImage.TYPE_INT_RGB);
   * Graphics2D g = image.createGraphics();
   * renderer.paint(journey, g);
   * g.dispose();
   * }</pre>
   *
   * @return the size painted
   */
  public MapSize paint(Journey journey, Graphics2D g) {
    Objects.requireNonNull(g, "g");
    Layout layout = layout(journey);
    new MapPainter(options.theme(), engine.fontFamily()).paint(layout, g);
    return new MapSize(layout.width(), layout.height());
  }

  /**
   * The map cut into pages to print it on paper: pages of at most {@code pageSize} px (the
   * map's units), each a run of whole columns with the lane labels repeated on its left, read
   * left to right; the pages are as wide as the widest run of columns that fits, so that a caller
   * can scale them to fill its paper. The header (laid out no wider than a page) is on the first
   * page and the legend on the last,
   * or on pages of their own when they do not fit beside the grid. The map is not cut across its
   * lanes: when the grid is taller than {@code pageSize}, the pages are taller too, and the
   * caller scales them down to its paper.
   *
   * <pre>{@code
   * for (MapPage page : renderer.pages(journey, new MapSize(1100, 780))) {
   *   Graphics2D g = newPage(page.size());   // one sheet of the caller's canvas
   *   renderer.paintPage(page, g);
   * }
   * }</pre>
   */
  public List<MapPage> pages(Journey journey, MapSize pageSize) {
    Objects.requireNonNull(pageSize, "pageSize");
    Objects.requireNonNull(journey, "journey");
    Layout layout = engine.layout(journey, options, PageLayout.frameWidth(pageSize.width()));
    // Pages as wide as their grid: the header and legend again, no wider than that.
    double gridWidth = PageLayout.gridPageWidth(layout, pageSize.width());
    if (gridWidth < pageSize.width()) {
      layout = engine.layout(journey, options, PageLayout.frameWidth(gridWidth));
    }
    List<PageLayout.Page> cut = PageLayout.pages(layout, pageSize.width(), pageSize.height());
    List<MapPage> pages = new ArrayList<>(cut.size());
    for (PageLayout.Page page : cut) {
      pages.add(new MapPage(page, cut.size()));
    }
    return List.copyOf(pages);
  }

  /**
   * Paints one page of {@link #pages} onto {@code g}, its top left corner at the origin, one unit
   * a px, as {@link #paint} does for the whole map; this renderer's theme gives the colours.
   *
   * @return the size painted: the page's {@link MapPage#size() size}
   */
  public MapSize paintPage(MapPage page, Graphics2D g) {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(g, "g");
    new MapPainter(options.theme(), engine.fontFamily()).paintPage(page.layout(), g);
    return page.size();
  }

  /**
   * The map painted into an image, {@code scale} device pixels per SVG pixel.
   *
   * <pre>{@code
   * renderer.renderImage(hugeJourney, 2);
   * // IllegalArgumentException: the map is 40220 x 9875 px: at scale 2 its image has 1588690000
   * // pixels, more than the 50000000 a png may have; a scale of at most 0.35 fits, or draw it
   * // as svg
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code scale} is not in {@code (0, 8]}, or if the image
   *     would have more than {@value #MAX_PIXELS} pixels
   */
  public BufferedImage renderImage(Journey journey, double scale) {
    checkScale(scale);
    Layout layout = layout(journey);
    checkPixels(layout.width(), layout.height(), scale);
    int width = (int) Math.ceil(layout.width() * scale);
    int height = (int) Math.ceil(layout.height() * scale);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
          RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
          RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.scale(scale, scale);
      new MapPainter(options.theme(), engine.fontFamily()).paint(layout, g);
    } finally {
      g.dispose();
    }
    return image;
  }

  /**
   * Writes the map as a PNG image to {@code out}; the stream is flushed, not closed.
   *
   * @throws IllegalArgumentException as {@link #renderImage} does, before anything is written
   */
  public void renderPng(Journey journey, OutputStream out, double scale) throws IOException {
    Objects.requireNonNull(out, "out");
    BufferedImage image = renderImage(journey, scale);
    if (!ImageIO.write(image, "png", out)) {
      throw new IOException("no png writer in this java runtime");
    }
    out.flush();
  }

  /**
   * Writes the map as a PNG file, atomically (see {@link #renderSvg(Journey, Path)}).
   *
   * @throws IllegalArgumentException as {@link #renderImage} does, before anything is written
   */
  public void renderPng(Journey journey, Path file, double scale) throws IOException {
    Objects.requireNonNull(file, "file");
    BufferedImage image = renderImage(journey, scale);
    AtomicFiles.write(file, out -> {
      if (!ImageIO.write(image, "png", out)) {
        throw new IOException("no png writer in this java runtime");
      }
    });
  }

  private Layout layout(Journey journey) {
    return engine.layout(Objects.requireNonNull(journey, "journey"), options);
  }

  private static void checkScale(double scale) {
    if (!(scale > 0 && scale <= MAX_SCALE)) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "scale must be above 0 and at most %.0f: %s", MAX_SCALE,
              scale));
    }
  }

  /**
   * Refuses an image of more than {@link #MAX_PIXELS} pixels, counted in {@code double} so that
   * no size can overflow, naming the largest scale (in hundredths) that fits.
   */
  static void checkPixels(double mapWidth, double mapHeight, double scale) {
    if (pixels(mapWidth, mapHeight, scale) <= MAX_PIXELS) {
      return;
    }
    double fits = Math.floor(Math.sqrt(MAX_PIXELS / (mapWidth * mapHeight)) * 100) / 100;
    while (fits > 0 && pixels(mapWidth, mapHeight, fits) > MAX_PIXELS) {
      fits = Math.round(fits * 100 - 1) / 100.0; // the rounding up of each side can still exceed
    }
    // Scales as a person writes them (2, 0.5, 0.35); a DecimalFormat is not thread-safe, so one
    // per failure, which is rare.
    DecimalFormat scales =
        new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    String size = String.format(Locale.ROOT, "the map is %.0f x %.0f px: at scale %s its image "
        + "has %.0f pixels, more than the %d a png may have; ", mapWidth, mapHeight,
        scales.format(scale), pixels(mapWidth, mapHeight, scale), MAX_PIXELS);
    throw new IllegalArgumentException(fits > 0
        ? size + "a scale of at most " + scales.format(fits) + " fits, or draw it as svg"
        : size + "draw it as svg");
  }

  private static double pixels(double mapWidth, double mapHeight, double scale) {
    return Math.ceil(mapWidth * scale) * Math.ceil(mapHeight * scale);
  }

  @Override
  public String toString() {
    return "JourneyRenderer{" + options + "}";
  }
}
