package dev.journeymap.render.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The parsed content of a {@code .widths} resource: one font family's vertical metrics, its
 * advance widths per code point (regular and bold) in font units, and the combining-mark ranges
 * used for clustering.
 *
 * <p>The resource starts with ASCII comment lines, each beginning with {@code #} (the notice and
 * where the numbers came from), then binary data, big-endian:
 * <pre>
 * int    magic 0x4A4D5731 ("JMW1")
 * u16    units per em, ascent, descent (positive), line gap
 * u8     length of the family name, then its UTF-8 bytes
 * u16    number of zero-width combining mark ranges, then for each: int first, int last
 * u16    number of spacing combining mark ranges, then for each: int first, int last
 * twice, regular then bold:
 *   u16  number of runs, then for each: int first code point, u16 count, count × u16 widths
 * </pre>
 * Binary rather than text because a command line pays for reading it once per run: the whole
 * table is about 18 KB and parses in about a millisecond in the interpreter (the text version of
 * the same table took several).
 *
 * <p>Immutable after construction and safe to share between threads.
 */
final class WidthTable {
  /** The first four bytes of the binary data: "JMW1". */
  static final int MAGIC = 0x4A4D5731;
  private static final short ABSENT = -1;

  final String family;
  final int unitsPerEm;
  final int ascent;
  final int descent;
  final int lineGap;
  private final short[] regular;
  private final short[] bold;
  private final int[] marks;
  private final int[] spacingMarks;

  private WidthTable(String family, int unitsPerEm, int ascent, int descent, int lineGap,
      short[] regular, short[] bold, int[] marks, int[] spacingMarks) {
    this.family = family;
    this.unitsPerEm = unitsPerEm;
    this.ascent = ascent;
    this.descent = descent;
    this.lineGap = lineGap;
    this.regular = regular;
    this.bold = bold;
    this.marks = marks;
    this.spacingMarks = spacingMarks;
  }

  /** The advance of the code point in font units, or -1 if the font has no glyph for it. */
  int advance(int cp, boolean isBold) {
    short[] table = isBold ? bold : regular;
    return cp >= 0 && cp < table.length ? table[cp] : ABSENT;
  }

  /** Whether the code point is a non-spacing or enclosing combining mark. */
  boolean isMark(int cp) {
    return inRanges(marks, cp);
  }

  /** Whether the code point is a spacing combining mark (drawn beside its base, with a width). */
  boolean isSpacingMark(int cp) {
    return inRanges(spacingMarks, cp);
  }

  private static boolean inRanges(int[] ranges, int cp) {
    // Most text is below the first mark (U+0300): answer it without a search.
    if (ranges.length == 0 || cp < ranges[0]) {
      return false;
    }
    // ranges holds start0, end0, start1, end1, ... sorted: find the last start <= cp.
    int lo = 0;
    int hi = ranges.length / 2 - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (ranges[2 * mid] <= cp) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return hi >= 0 && cp <= ranges[2 * hi + 1];
  }

  /** Reads the named class-path resource, next to this class. */
  static WidthTable load(String resource) {
    byte[] bytes;
    try (InputStream in = WidthTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing width table resource: " + resource);
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read width table resource: " + resource, e);
    }
    return parse(resource, bytes);
  }

  /** Parses a table's bytes; {@code name} only appears in error messages. */
  static WidthTable parse(String name, byte[] bytes) {
    try {
      return new Reader(bytes).read();
    } catch (IllegalStateException e) {
      throw new IllegalStateException("bad width table " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * A cursor over the bytes. Plain array reads rather than {@link java.nio.ByteBuffer} views:
   * this runs once, in the interpreter, where every avoided call counts.
   */
  private static final class Reader {
    private final byte[] bytes;
    private int pos;

    Reader(byte[] bytes) {
      this.bytes = bytes;
    }

    WidthTable read() {
      skipComments();
      if (int32() != MAGIC) {
        throw new IllegalStateException("not a width table");
      }
      int unitsPerEm = u16();
      int ascent = u16();
      int descent = u16();
      int lineGap = u16();
      int nameLength = u8();
      need(nameLength);
      String family = new String(bytes, pos, nameLength, StandardCharsets.UTF_8);
      pos += nameLength;
      int[] marks = ranges();
      int[] spacingMarks = ranges();
      short[] regular = widths();
      short[] bold = widths();
      if (pos != bytes.length) {
        throw new IllegalStateException("unexpected data after the bold widths");
      }
      if (unitsPerEm == 0) {
        throw new IllegalStateException("zero units per em");
      }
      return new WidthTable(family, unitsPerEm, ascent, descent, lineGap, regular, bold, marks,
          spacingMarks);
    }

    private void skipComments() {
      while (pos < bytes.length && bytes[pos] == '#') {
        while (pos < bytes.length && bytes[pos] != '\n') {
          pos++;
        }
        pos++;
      }
    }

    private int[] ranges() {
      int[] ranges = new int[2 * u16()];
      need(4 * ranges.length);
      for (int i = 0; i < ranges.length; i += 2) {
        ranges[i] = int32();
        ranges[i + 1] = int32();
        if (ranges[i] > ranges[i + 1] || (i > 0 && ranges[i] <= ranges[i - 1])) {
          throw new IllegalStateException("ranges out of order at " + ranges[i]);
        }
      }
      return ranges;
    }

    private short[] widths() {
      int runs = u16();
      short[] table = new short[0];
      for (int r = 0; r < runs; r++) {
        int first = int32();
        int count = u16();
        if (first < 0 || first + count > Character.MAX_VALUE + 1) {
          throw new IllegalStateException("code points out of range at " + first);
        }
        if (first + count > table.length) {
          int old = table.length;
          table = Arrays.copyOf(table, Math.max(first + count, 2 * old));
          Arrays.fill(table, old, table.length, ABSENT);
        }
        need(2 * count);
        for (int i = first; i < first + count; i++) {
          table[i] = (short) ((bytes[pos] << 8) | (bytes[pos + 1] & 0xFF));
          pos += 2;
        }
      }
      return table;
    }

    private int u8() {
      need(1);
      return bytes[pos++] & 0xFF;
    }

    private int u16() {
      need(2);
      int value = ((bytes[pos] & 0xFF) << 8) | (bytes[pos + 1] & 0xFF);
      pos += 2;
      return value;
    }

    private int int32() {
      need(4);
      int value = ((bytes[pos] & 0xFF) << 24) | ((bytes[pos + 1] & 0xFF) << 16)
          | ((bytes[pos + 2] & 0xFF) << 8) | (bytes[pos + 3] & 0xFF);
      pos += 4;
      return value;
    }

    private void need(int count) {
      if (pos + count > bytes.length) {
        throw new IllegalStateException("truncated at byte " + pos);
      }
    }
  }
}
