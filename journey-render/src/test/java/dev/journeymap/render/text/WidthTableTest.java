package dev.journeymap.render.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WidthTableTest {
  /** Where Debian's fonts-dejavu-core puts the fonts; override with -Ddejavu.dir=... */
  private static final Path FONTS =
      Path.of(System.getProperty("dejavu.dir", "/usr/share/fonts/truetype/dejavu"));

  private final WidthTable shipped = TextMetrics.sans().table();

  @Test
  void shippedTableHasTheMetricsOfDejaVuSans() {
    assertThat(shipped.family).isEqualTo("DejaVu Sans");
    assertThat(shipped.unitsPerEm).isEqualTo(2048);
    assertThat(shipped.ascent).isEqualTo(1901);
    assertThat(shipped.descent).isEqualTo(492);
    assertThat(shipped.lineGap).isEqualTo(410);
    assertThat(shipped.advance('M', false)).isEqualTo(1767);
    assertThat(shipped.advance('M', true)).isEqualTo(2038);
    assertThat(shipped.advance(0x20AC, false)).isEqualTo(1303);
    assertThat(shipped.advance(0x0530, false)).isEqualTo(-1);
    assertThat(shipped.advance(0x4E00, false)).isEqualTo(-1);
    assertThat(shipped.advance(0x1F600, false)).isEqualTo(-1);
    assertThat(shipped.advance(-1, false)).isEqualTo(-1);
  }

  @Test
  void shippedTableStartsWithItsNotice() throws IOException {
    String head;
    try (InputStream in = WidthTable.class.getResourceAsStream("dejavu-sans.widths")) {
      head = new String(in.readNBytes(400), StandardCharsets.US_ASCII);
    }
    assertThat(head).startsWith(
        "# Advance widths of DejaVu Sans (Book and Bold) in font units, for journey-map.\n")
        .contains("# NOTICE: font metrics taken from the DejaVu fonts");
  }

  @Test
  void knowsCombiningMarks() {
    assertThat(shipped.isMark(0x0300)).isTrue();
    assertThat(shipped.isMark(0x036F)).isTrue();
    assertThat(shipped.isMark(0x20E3)).isTrue();
    assertThat(shipped.isMark(0x0370)).isFalse();
    assertThat(shipped.isMark('a')).isFalse();
    assertThat(shipped.isMark(0)).isFalse();
    assertThat(shipped.isMark(0xE01EF)).isTrue();
    assertThat(shipped.isMark(Character.MAX_CODE_POINT)).isFalse();
    assertThat(shipped.isSpacingMark(0x0903)).isTrue();
    assertThat(shipped.isSpacingMark(0x0300)).isFalse();
  }

  /**
   * Regenerates the table from the font files, where they are installed, and checks that the
   * shipped one has the same numbers: the resource was not edited by hand nor left stale. The
   * mark ranges are left out, as they come from the generating JDK's Unicode version.
   */
  @Test
  void shippedTableMatchesTheFontFiles() throws IOException {
    Path regular = FONTS.resolve("DejaVuSans.ttf");
    Path bold = FONTS.resolve("DejaVuSans-Bold.ttf");
    assumeTrue(Files.isReadable(regular) && Files.isReadable(bold), "DejaVu fonts not installed");
    WidthTable generated = WidthTable.parse("generated",
        DejaVuWidthsGenerator.generate(regular, bold));
    assumeTrue(generated.advance('M', false) == 1767, "other DejaVu version than 2.37");

    assertThat(generated.family).isEqualTo(shipped.family);
    assertThat(generated.unitsPerEm).isEqualTo(shipped.unitsPerEm);
    assertThat(generated.ascent).isEqualTo(shipped.ascent);
    assertThat(generated.descent).isEqualTo(shipped.descent);
    assertThat(generated.lineGap).isEqualTo(shipped.lineGap);
    for (int cp = 0; cp <= 0x10000; cp++) {
      assertThat(shipped.advance(cp, false)).as("U+%04X", cp)
          .isEqualTo(generated.advance(cp, false));
      assertThat(shipped.advance(cp, true)).as("bold U+%04X", cp)
          .isEqualTo(generated.advance(cp, true));
    }
  }

  @Test
  void rejectsDataThatIsNotAWidthTable() {
    assertThatThrownBy(() -> WidthTable.parse("x.widths", bytes("# only a comment\nJUNK")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("bad width table x.widths: not a width table");
  }

  @Test
  void rejectsATruncatedTable() throws IOException {
    byte[] whole = shippedBytes();
    byte[] truncated = Arrays.copyOf(whole, whole.length - 1);
    assertThatThrownBy(() -> WidthTable.parse("x.widths", truncated))
        .isInstanceOf(IllegalStateException.class)
        // The last run is U+FFFD alone: its one width starts two bytes before the end.
        .hasMessage("bad width table x.widths: truncated at byte " + (whole.length - 2));
  }

  @Test
  void rejectsDataAfterTheTable() throws IOException {
    byte[] whole = shippedBytes();
    byte[] longer = Arrays.copyOf(whole, whole.length + 1);
    assertThatThrownBy(() -> WidthTable.parse("x.widths", longer))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("bad width table x.widths: unexpected data after the bold widths");
  }

  @Test
  void rejectsAMissingResource() {
    assertThatThrownBy(() -> WidthTable.load("missing.widths"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("missing width table resource: missing.widths");
  }

  @Test
  void readsTheShippedTableTheSameEveryTime() throws IOException {
    WidthTable again = WidthTable.parse("again", shippedBytes());
    for (int cp = 0; cp <= 0x10000; cp++) {
      assertThat(again.advance(cp, true)).isEqualTo(shipped.advance(cp, true));
    }
  }

  private static byte[] shippedBytes() throws IOException {
    try (InputStream in = WidthTable.class.getResourceAsStream("dejavu-sans.widths")) {
      return in.readAllBytes();
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
