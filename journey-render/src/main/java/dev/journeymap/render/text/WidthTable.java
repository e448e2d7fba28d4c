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
 * <p>The resource is a UTF-8 text file of lines; {@code #} starts a comment line. Keys:
 * <pre>
 * family DejaVu Sans
 * units-per-em 2048
 * ascent 1901                 (positive, font units)
 * descent 492                 (positive, font units)
 * line-gap 410
 * marks 0300-036F 0483-0489   (zero-width combining marks, hexadecimal inclusive ranges)
 * spacing-marks 0903-0903     (spacing combining marks: clustered with their base, not zero-width)
 * regular 0020 651 821 942    (first code point in hexadecimal, then the widths of it and the
 * bold 0020 713 823 1004       code points that follow it)
 * </pre>
 *
 * <p>Parsed by hand, without regular expressions or {@code String.split}, because a command line
 * pays this cost once per run. Immutable after construction and safe to share between threads.
 */
final class WidthTable {
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
    return new Parser(resource, bytes).parse();
  }

  /** A single-pass reader over the resource's bytes. */
  private static final class Parser {
    private final String resource;
    private final byte[] bytes;
    private int pos;
    private int lineNumber;

    Parser(String resource, byte[] bytes) {
      this.resource = resource;
      this.bytes = bytes;
    }

    WidthTable parse() {
      String family = null;
      int unitsPerEm = -1;
      int ascent = -1;
      int descent = -1;
      int lineGap = -1;
      short[] regular = new short[0];
      short[] bold = new short[0];
      IntList marks = new IntList();
      IntList spacingMarks = new IntList();
      while (pos < bytes.length) {
        lineNumber++;
        if (bytes[pos] == '#' || bytes[pos] == '\n') {
          skipLine();
          continue;
        }
        String key = word();
        switch (key) {
          case "family":
            family = rest();
            break;
          case "units-per-em":
            unitsPerEm = value();
            break;
          case "ascent":
            ascent = value();
            break;
          case "descent":
            descent = value();
            break;
          case "line-gap":
            lineGap = value();
            break;
          case "marks":
            ranges(marks);
            break;
          case "spacing-marks":
            ranges(spacingMarks);
            break;
          case "regular":
            regular = widths(regular);
            break;
          case "bold":
            bold = widths(bold);
            break;
          default:
            throw error("unknown key: " + key);
        }
        endLine();
      }
      if (family == null || unitsPerEm <= 0 || ascent < 0 || descent < 0 || lineGap < 0
          || regular.length == 0 || bold.length == 0) {
        throw error("incomplete width table");
      }
      return new WidthTable(family, unitsPerEm, ascent, descent, lineGap, regular, bold,
          marks.toArray(), spacingMarks.toArray());
    }

    private short[] widths(short[] table) {
      expect(' ');
      int cp = number(16);
      short[] result = table;
      while (pos < bytes.length && bytes[pos] == ' ') {
        pos++;
        int width = number(10);
        if (width > Short.MAX_VALUE) {
          throw error("width out of range: " + width);
        }
        if (cp >= result.length) {
          int old = result.length;
          result = Arrays.copyOf(result, Math.max(cp + 1, old * 2));
          Arrays.fill(result, old, result.length, ABSENT);
        }
        result[cp++] = (short) width;
      }
      return result;
    }

    private void ranges(IntList into) {
      while (pos < bytes.length && bytes[pos] == ' ') {
        pos++;
        int start = number(16);
        expect('-');
        int end = number(16);
        if (end < start || (into.size > 0 && start <= into.last())) {
          throw error("ranges out of order");
        }
        into.add(start);
        into.add(end);
      }
    }

    private String word() {
      int start = pos;
      while (pos < bytes.length && bytes[pos] != ' ' && bytes[pos] != '\n') {
        pos++;
      }
      return new String(bytes, start, pos - start, StandardCharsets.US_ASCII);
    }

    private String rest() {
      expect(' ');
      int start = pos;
      while (pos < bytes.length && bytes[pos] != '\n') {
        pos++;
      }
      return new String(bytes, start, pos - start, StandardCharsets.UTF_8);
    }

    private int value() {
      expect(' ');
      return number(10);
    }

    private int number(int radix) {
      int start = pos;
      int value = 0;
      while (pos < bytes.length) {
        int digit = Character.digit(bytes[pos], radix);
        if (digit < 0) {
          break;
        }
        value = value * radix + digit;
        if (value > Character.MAX_CODE_POINT) {
          throw error("number out of range");
        }
        pos++;
      }
      if (pos == start) {
        throw error("expected a number");
      }
      return value;
    }

    private void expect(char c) {
      if (pos >= bytes.length || bytes[pos] != c) {
        throw error("expected '" + c + "'");
      }
      pos++;
    }

    private void endLine() {
      if (pos < bytes.length && bytes[pos] != '\n') {
        throw error("unexpected text");
      }
      pos++;
    }

    private void skipLine() {
      while (pos < bytes.length && bytes[pos] != '\n') {
        pos++;
      }
      pos++;
    }

    private IllegalStateException error(String message) {
      return new IllegalStateException(
          "bad width table " + resource + " at line " + lineNumber + ": " + message);
    }
  }

  /** A growable list of primitive ints, to avoid boxing while parsing. */
  private static final class IntList {
    private int[] values = new int[64];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int last() {
      return values[size - 1];
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
