package dev.journeymap.render.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextMetricsTest {
  private final TextMetrics sans = TextMetrics.sans();

  // Expected values were computed once with java.awt.font from DejaVuSans.ttf 2.37 and
  // DejaVuSans-Bold.ttf 2.37 (glyph vector advances with fractional metrics) and agree with
  // DejaVuWidthsGenerator's own parsing of the files. At 12 px every width is a whole number of
  // font units times 12 / 2048, so the doubles are exact.
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Hello                  | false | 30.416015625",
      "Hello                  | true  | 34.65234375",
      "Zażółć gęślą jaźń      | false | 103.3828125",
      "Zażółć gęślą jaźń      | true  | 115.76953125",
      "Größe                  | false | 36.515625",
      "Größe                  | true  | 40.78125",
      "déjà vu                | false | 44.208984375",
      "déjà vu                | true  | 49.482421875",
      "€ 12,50 – „Quote“ …    | false | 124.16015625",
      "Ελληνικά Кириллица     | false | 129.345703125",
      "→ ← ↑ ✓ ★ ©            | false | 82.048828125"})
  void measuresTextWithTheAdvancesOfTheFont(String text, boolean bold, double expected) {
    assertThat(sans.width(text, 12, bold)).isEqualTo(expected);
  }

  @Test
  void scalesLinearlyWithTheFontSize() {
    assertThat(sans.width("Hello", 24, false)).isEqualTo(60.83203125);
    assertThat(sans.width("Hello", 2048, false)).isEqualTo(1540 + 1260 + 569 + 569 + 1253);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Hello", "Größe", "Zażółć gęślą jaźń", "réservation", "iiii", "...."})
  void boldIsWiderThanRegular(String text) {
    assertThat(sans.width(text, 12, true)).isGreaterThan(sans.width(text, 12, false));
  }

  @Test
  void measuresNothingAsZero() {
    assertThat(sans.width("", 12, false)).isZero();
  }

  @Test
  void measuresWhiteSpaceAsItIsWithoutCollapsing() {
    assertThat(sans.width("a  b", 12, false))
        .isEqualTo(sans.width("a b", 12, false) + sans.width(" ", 12, false));
  }

  @Test
  void givesCombiningMarksNoWidth() {
    assertThat(sans.width("e\u0301", 12, false)).isEqualTo(sans.width("e", 12, false));
    assertThat(sans.width("a\u0308\u0323", 12, false)).isEqualTo(sans.width("a", 12, false));
  }

  @Test
  void givesInvisibleCharactersNoWidth() {
    assertThat(sans.width("a\u200B\u200C\u200D\u2060\uFEFF\u00AD\uFE0Eb", 12, false))
        .isEqualTo(sans.width("ab", 12, false));
  }

  @Test
  void setsEastAsianCharactersOneEmWide() {
    assertThat(sans.width("預約", 12, false)).isEqualTo(24.0);
    assertThat(sans.width("申し込み", 12, false)).isEqualTo(48.0);
    assertThat(sans.width("예약", 12, true)).isEqualTo(24.0);
    assertThat(sans.width("ＡＢ", 12, false)).isEqualTo(24.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "😀", "👍🏽", "🇫🇷", "👨‍👩‍👧", "👩🏽‍💻", "🏳️‍🌈", "❤️", "1️⃣", "⚡", "🏴\uDB40\uDC67\uDB40\uDC62"
          + "\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F"})
  void setsEachEmojiClusterOneAndAQuarterEmWide(String emoji) {
    assertThat(sans.width(emoji, 12, false)).isEqualTo(15.0);
    assertThat(sans.width(emoji, 12, true)).isEqualTo(15.0);
  }

  @Test
  void countsEveryFlagOfARunOfRegionalIndicators() {
    assertThat(sans.width("🇫🇷🇩🇪🇵🇱", 12, false)).isEqualTo(45.0);
  }

  @Test
  void keepsTheTextPresentationOfSymbolsTheFontHas() {
    assertThat(sans.width("☺", 2048, false)).isEqualTo(2135.0);
    assertThat(sans.width("☺\uFE0F", 2048, false)).isEqualTo(2560.0);
  }

  @Test
  void measuresUnknownCharactersAsWideAsM() {
    // Armenian, Devanagari and Thai are not in the table; control characters and lone
    // surrogates should never reach a renderer, but must not break measuring either.
    for (String unknown : new String[] {"Ա", "क", "ก", "\u0001", "\uD800", "\uDC00"}) {
      assertThat(sans.width(unknown, 12, false)).as(unknown).isEqualTo(sans.width("M", 12, false));
      assertThat(sans.width(unknown, 12, true)).as(unknown).isEqualTo(sans.width("M", 12, true));
    }
  }

  @Test
  void givesTheVerticalMetricsOfTheFont() {
    assertThat(sans.ascent(12)).isEqualTo(12.0 * 1901 / 2048);
    assertThat(sans.descent(12)).isEqualTo(12.0 * 492 / 2048);
    assertThat(sans.lineHeight(12)).isEqualTo(14.4);
    assertThat(sans.lineHeight(10)).isEqualTo(12.0);
  }

  @ParameterizedTest
  @ValueSource(doubles = {1, 7, 12, 13.5, 100})
  void separatesLinesByAtLeastTheAscentAndDescent(double fontSize) {
    assertThat(sans.lineHeight(fontSize))
        .isGreaterThanOrEqualTo(sans.ascent(fontSize) + sans.descent(fontSize));
  }

  @Test
  void namesTheFamilyAndItsFallbacks() {
    assertThat(sans.familyName()).isEqualTo("DejaVu Sans");
    assertThat(sans.cssFontFamily()).isEqualTo("'DejaVu Sans', Verdana, sans-serif");
    assertThat(sans).hasToString("TextMetrics{DejaVu Sans}");
  }

  @Test
  void isOneSharedInstance() {
    assertThat(TextMetrics.sans()).isSameAs(sans);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY})
  void rejectsAFontSizeThatIsNotPositiveAndFinite(double fontSize) {
    assertThatThrownBy(() -> sans.width("a", fontSize, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("font size must be positive and finite: " + fontSize);
    assertThatThrownBy(() -> sans.lineHeight(fontSize))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("font size must be positive and finite: " + fontSize);
  }

  @Test
  void rejectsNullText() {
    assertThatThrownBy(() -> sans.width(null, 12, false))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void coversLatinGreekCyrillicPunctuationCurrencyAndArrowsFromTheTable() {
    WidthTable table = sans.table();
    int[][] required = {
        {0x0020, 0x007E}, {0x00A0, 0x024F}, {0x0391, 0x03A1}, {0x03A3, 0x03C9},
        {0x0400, 0x045F}, {0x2010, 0x2027}, {0x2030, 0x205E}, {0x20AC, 0x20AC},
        {0x2190, 0x21FF}, {0x2200, 0x22FF}, {0x25A0, 0x25FC}};
    for (int[] range : required) {
      for (int cp = range[0]; cp <= range[1]; cp++) {
        assertThat(table.advance(cp, false)).as("regular U+%04X", cp).isNotNegative();
        assertThat(table.advance(cp, true)).as("bold U+%04X", cp).isNotNegative();
      }
    }
  }

  @Test
  void keepsAtMostThreeCombiningMarksInARow() {
    TextMetrics sans = TextMetrics.sans();
    assertThat(sans.limitMarks("e\u0301\u0301\u0301\u0301\u0301 o\u0308"))
        .isEqualTo("e\u0301\u0301\u0301 o\u0308");
    assertThat(sans.limitMarks("a" + "\u0301".repeat(1_999))).isEqualTo("a\u0301\u0301\u0301");
    String plain = "Tiếng Việt, שָׁלוֹם";
    assertThat(sans.limitMarks(plain)).isSameAs(plain);
  }
}
