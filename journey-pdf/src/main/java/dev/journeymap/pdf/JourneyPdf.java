package dev.journeymap.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import dev.journeymap.core.Journey;
import dev.journeymap.core.io.AtomicFiles;
import dev.journeymap.pdf.font.EmbeddedFontDrawer;
import dev.journeymap.render.JourneyRenderer;
import dev.journeymap.render.MapPage;
import dev.journeymap.render.MapSize;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import java.util.function.Consumer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Writes a journey map as a PDF document: the same layout as the SVG, drawn as vectors, with its
 * text as text in embedded DejaVu Sans (subsets of Book, Bold and Oblique), so that readers can
 * select, copy and search it in any language the font covers (accents, €, Cyrillic, Greek...).
 *
 * <pre>{@code
 * JourneyPdf.write(journey, PdfOptions.defaults(), Path.of("map.pdf"));      // one page
 * JourneyPdf.write(journey, PdfOptions.builder().paper(Paper.A4).landscape(true).build(),
 *     Path.of("map-a4.pdf"));                                                // A4 sheets
 * }</pre>
 *
 * <p>By default the document has one page the size of the map, one px of the SVG a point and a
 * quarter smaller ({@value #POINTS_PER_PX} pt, as a browser prints a px). With
 * {@link PdfOptions.Builder#paper paper}, a map is cut across sheets of it between columns,
 * read left to right: each sheet repeats the lane labels on its left, the first carries the
 * header and the last the legend. All sheets share one scale: as many columns on a sheet as fit
 * at {@value #MIN_SCALE} of the natural size, then scaled up (never beyond the natural size)
 * until they fill the sheet inside margins of 10 mm. A map whose grid is too tall for a sheet
 * at that scale (many lanes with long text) is printed smaller, never cut across its lanes.
 *
 * <p>Deterministic: the same journey and options give the same bytes on every machine, JDK and
 * locale. The document has no producer, no modification date and no creation date unless
 * {@link PdfOptions#creationDate()} gives one, and its file identifier is derived from the map
 * and the options rather than from the clock.
 *
 * <p>Text that DejaVu Sans cannot show as PDF text is drawn as shapes through AWT: characters
 * outside the font (CJK, emoji), and right-to-left script, which a PDF text run cannot reorder
 * or join; it looks right (given fonts installed on the machine) but is not searchable.
 *
 * <p>Thread-safe: every call has its own document.
 */
public final class JourneyPdf {
  /** PDF points per px of the map: a CSS px is 1/96 inch, a point 1/72. */
  public static final double POINTS_PER_PX = 0.75;

  /**
   * The smallest scale a map is printed at on paper, as a share of its natural size
   * ({@link #POINTS_PER_PX}): 12 px text stays above 6 pt. Only a map whose grid is too tall for
   * the sheet at that scale is printed smaller.
   */
  public static final double MIN_SCALE = 0.7;

  /** The margin kept free on each side of a sheet of paper, in points (10 mm). */
  static final double PAPER_MARGIN = 10 * Paper.PT_PER_MM;

  private JourneyPdf() {}

  /**
   * Writes the map as a PDF file, atomically: written next to its target under a temporary name
   * and then moved into place, so that readers never see a half-written file.
   */
  public static void write(Journey journey, PdfOptions options, Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    byte[] pdf = toBytes(journey, options);
    AtomicFiles.write(file, out -> out.write(pdf));
  }

  /** Writes the map as a PDF document to {@code out}; the stream is flushed, not closed. */
  public static void write(Journey journey, PdfOptions options, OutputStream out)
      throws IOException {
    Objects.requireNonNull(out, "out");
    out.write(toBytes(journey, options));
    out.flush();
  }

  /** The map as the bytes of a PDF document. */
  public static byte[] toBytes(Journey journey, PdfOptions options) throws IOException {
    Objects.requireNonNull(journey, "journey");
    Objects.requireNonNull(options, "options");
    JourneyRenderer renderer = JourneyRenderer.create(options.renderOptions());
    try (PDDocument document = new PDDocument()) {
      EmbeddedFontDrawer fonts = new EmbeddedFontDrawer(document);
      if (options.paper().isEmpty()) {
        MapSize size = renderer.size(journey);
        PDRectangle box = new PDRectangle((float) (size.width() * POINTS_PER_PX),
            (float) (size.height() * POINTS_PER_PX));
        addPage(document, box, size, 0, 0, POINTS_PER_PX, fonts,
            g -> renderer.paint(journey, g));
      } else {
        Paper paper = options.paper().get();
        double width = options.landscape() ? paper.height() : paper.width();
        double height = options.landscape() ? paper.width() : paper.height();
        PDRectangle box = new PDRectangle((float) width, (float) height);
        double roomWidth = width - 2 * PAPER_MARGIN;
        double roomHeight = height - 2 * PAPER_MARGIN;
        // Cut for the smallest scale allowed, so that each sheet holds as many columns as
        // stay readable, then scale up until the widest or tallest sheet fills the paper.
        double smallest = MIN_SCALE * POINTS_PER_PX;
        List<MapPage> pages =
            renderer.pages(journey, new MapSize(roomWidth / smallest, roomHeight / smallest));
        double scale = POINTS_PER_PX;
        for (MapPage page : pages) {
          scale = Math.min(scale, Math.min(roomWidth / page.size().width(),
              roomHeight / page.size().height()));
        }
        for (MapPage page : pages) {
          double top = height - PAPER_MARGIN - page.size().height() * scale;
          addPage(document, box, page.size(), PAPER_MARGIN, top, scale, fonts,
              g -> renderer.paintPage(page, g));
        }
      }
      describe(document, journey, options);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    }
  }

  /**
   * Adds a page of {@code box} points, drawing {@code size} px of the map at {@code scale} pt
   * per px with its top left corner {@code (x, y)} pt from the page's bottom left corner.
   */
  private static void addPage(PDDocument document, PDRectangle box, MapSize size, double x,
      double y, double scale, EmbeddedFontDrawer fonts,
      Consumer<PdfBoxGraphics2D> painting) throws IOException {
    PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, (float) size.width(),
        (float) size.height());
    try {
      g.setFontTextDrawer(fonts);
      painting.accept(g);
    } finally {
      g.dispose();
    }
    PDFormXObject form = g.getXFormObject();
    PDPage page = new PDPage(box);
    document.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
      content.transform(new Matrix((float) scale, 0, 0, (float) scale, (float) x, (float) y));
      content.drawForm(form);
    }
  }

  /** The document's information and file identifier: fixed by the map, never the clock. */
  private static void describe(PDDocument document, Journey journey, PdfOptions options) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(journey.title());
    info.setCreator("journey-map");
    options.creationDate().ifPresent(date -> {
      Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
      calendar.setTimeInMillis(date.toEpochMilli());
      info.setCreationDate(calendar);
    });
    byte[] id = Arrays.copyOf(digest(journey + "\n" + options), 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().setDocumentID(ids);
  }

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every Java runtime has SHA-256", e);
    }
  }
}
