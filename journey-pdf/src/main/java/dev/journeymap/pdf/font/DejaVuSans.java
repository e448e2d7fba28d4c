package dev.journeymap.pdf.font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The three faces of DejaVu Sans that maps use (Book, Bold, Oblique), read from the module's
 * resources once, on first use, and then shared read-only by every document.
 */
enum DejaVuSans {
  BOOK("DejaVuSans.ttf"),
  BOLD("DejaVuSans-Bold.ttf"),
  OBLIQUE("DejaVuSans-Oblique.ttf");

  private final String resource;

  DejaVuSans(String resource) {
    this.resource = resource;
  }

  /** The face for a bold or italic style: bold wins, as maps never set both. */
  static DejaVuSans of(boolean bold, boolean italic) {
    return bold ? BOLD : italic ? OBLIQUE : BOOK;
  }

  /** The font file's bytes; callers must not change them. */
  byte[] bytes() {
    return switch (this) {
      case BOOK -> Files.BOOK;
      case BOLD -> Files.BOLD;
      case OBLIQUE -> Files.OBLIQUE;
    };
  }

  /** Holds the files, read when a document first draws text (about 2 MB in all). */
  private static final class Files {
    static final byte[] BOOK = read(DejaVuSans.BOOK.resource);
    static final byte[] BOLD = read(DejaVuSans.BOLD.resource);
    static final byte[] OBLIQUE = read(DejaVuSans.OBLIQUE.resource);

    private static byte[] read(String name) {
      try (InputStream in = DejaVuSans.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("the font " + name + " is missing from journey-pdf");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the font " + name + " of journey-pdf", e);
      }
    }
  }
}
