package dev.journeymap.pdf.font;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Paint;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws the map's text as PDF text in embedded DejaVu Sans, for the PDFBox Graphics2D adapter:
 * a string whose AWT font is the family the layout measured (by its name, so it works whether or
 * not the machine has that font installed) is shown with the matching embedded face, at the
 * same size and advance widths as measured, so that it fits its card exactly as in the SVG.
 *
 * <pre>{@code
 * PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
 * g.setFontTextDrawer(new EmbeddedFontDrawer(document));
 * }</pre>
 *
 * <p>Text it cannot show that way goes back to the adapter, which draws it as shapes through
 * AWT: another font family, a character DejaVu Sans lacks (CJK, emoji), or right-to-left script,
 * which a PDF text run cannot reorder or join. Each face is embedded, as the subset of the glyphs
 * used, only when the first text in it is drawn. One drawer per document; not thread-safe.
 */
public final class EmbeddedFontDrawer implements IPdfBoxGraphics2DFontTextDrawer {
  /** The text matrix that turns the adapter's y-down space back to text's y-up. */
  private static final Matrix FLIP = new Matrix(1, 0, 0, -1, 0, 0);

  /**
   * The family that journey-render measures text with and asks AWT for when it paints: the
   * family of the faces shipped here.
   */
  public static final String FAMILY = "DejaVu Sans";

  private final PDDocument document;
  private final Map<DejaVuSans, PDFont> fonts = new EnumMap<>(DejaVuSans.class);

  /** A drawer for text in {@link #FAMILY} in this document. */
  public EmbeddedFontDrawer(PDDocument document) {
    this.document = Objects.requireNonNull(document, "document");
  }

  @Override
  public boolean canDrawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env)
      throws IOException {
    Font font = font(iterator, env);
    if (!FAMILY.equals(font.getName()) || iterator.getRunLimit(TextAttribute.FONT)
        < iterator.getEndIndex()) {
      return false;
    }
    String text = text(iterator);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isRightToLeft(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    try {
      pdFont(font).encode(text);
      return true;
    } catch (IllegalArgumentException missingGlyph) {
      return false;
    }
  }

  @Override
  public void drawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env)
      throws IOException {
    Font font = font(iterator, env);
    Paint paint = (Paint) iterator.getAttribute(TextAttribute.FOREGROUND);
    env.applyPaint(paint != null ? paint : env.getPaint(), null);
    PDFont pdFont = pdFont(font);
    String text = text(iterator);
    // One glyph per character, as the layout measured: PDFBox's showText would apply the
    // font's ligatures (fi, ffl), which changes widths and makes "ﬁnds" of "finds" for a reader
    // that searches or copies the text.
    byte[] codes = pdFont.encode(text);
    if (pdFont.willBeSubset()) {
      text.codePoints().forEach(pdFont::addToSubset);
    }
    PDPageContentStream stream = env.getContentStream();
    stream.beginText();
    stream.setFont(pdFont, font.getSize2D());
    stream.setTextMatrix(FLIP);
    stream.appendRawCommands(hexString(codes) + " Tj\n");
    stream.endText();
  }

  @Override
  public FontMetrics getFontMetrics(Font font, IFontTextDrawerEnv env) {
    // The layout measures text with its own tables; this is only for other callers.
    return env.getCalculationGraphics().getFontMetrics(font);
  }

  private PDFont pdFont(Font font) throws IOException {
    DejaVuSans face = DejaVuSans.of(font.isBold(), font.isItalic());
    PDFont loaded = fonts.get(face);
    if (loaded == null) {
      loaded = PDType0Font.load(document, new RandomAccessReadBuffer(face.bytes()), true, false);
      fonts.put(face, loaded);
    }
    return loaded;
  }

  /** A PDF hexadecimal string: {@code <0041>}. */
  private static String hexString(byte[] bytes) {
    StringBuilder hex = new StringBuilder(2 * bytes.length + 2).append('<');
    for (byte b : bytes) {
      hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return hex.append('>').toString();
  }

  private static Font font(AttributedCharacterIterator iterator, IFontTextDrawerEnv env) {
    Object font = iterator.getAttribute(TextAttribute.FONT);
    return font instanceof Font f ? f : env.getFont();
  }

  private static String text(AttributedCharacterIterator iterator) {
    StringBuilder text = new StringBuilder(iterator.getEndIndex() - iterator.getBeginIndex());
    for (char c = iterator.first(); c != CharacterIterator.DONE; c = iterator.next()) {
      text.append(c);
    }
    return text.toString();
  }

  private static boolean isRightToLeft(int cp) {
    byte direction = Character.getDirectionality(cp);
    return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
        || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
        || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
        || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE
        || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE;
  }
}
