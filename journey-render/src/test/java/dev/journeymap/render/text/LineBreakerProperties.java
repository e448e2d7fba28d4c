package dev.journeymap.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random texts (mixed scripts, emoji sequences, flags, combining marks, very long words,
 * hyphens, runs of assorted white space, lone surrogates) wrapped at random widths no narrower
 * than their widest cluster. A failure names its seed, which reproduces it alone.
 */
class LineBreakerProperties {
  private static final String[] PIECES = {
      "book", "a", "garage", "removal", "quote", "déjà", "réservation", "fenêtre", "Straße",
      "Größe", "Übergabe", "zażółć", "gęślą", "jaźń", "naïve", "œuvre", "ça", "καλημέρα",
      "привет", "預約", "申し込み。", "「確認」", "예약", "שלום", "مرحبا", "😀", "👍🏽", "🇫🇷", "🇩🇪",
      "👨‍👩‍👧", "🏳️‍🌈", "❤️", "1️⃣", "e\u0301", "a\u0308\u0323", "check-in", "a/b", "-5",
      "10\u00A0km", "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenherstellungsbetrieb",
      "\uD800", "\uDC00", "Zeile\u00ADnumbruch", "x\u200Dy", "€", "…", "—", "(", ")", "ＡＢＣ"};
  private static final String[] SPACES = {" ", " ", " ", "  ", "\t", "\n", " \r\n ", "\u3000",
      "\u2003"};

  private final TextMetrics sans = TextMetrics.sans();
  private final LineBreaker breaker = new LineBreaker(sans);

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 500);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void wrapsEveryTextIntoLinesThatFitAndLoseNothing(long seed) {
    Random random = new Random(seed);
    String text = text(random);
    double fontSize = 8 + random.nextInt(17);
    boolean bold = random.nextBoolean();
    String collapsed = LineBreaker.collapse(text);
    double widest = widestCluster(collapsed, fontSize, bold);
    double maxWidth = widest + random.nextDouble() * 300;

    List<String> lines = breaker.wrap(text, maxWidth, fontSize, bold);

    assertThat(lines).isEqualTo(breaker.wrap(text, maxWidth, fontSize, bold));
    int at = 0;
    for (String line : lines) {
      assertThat(sans.width(line, fontSize, bold)).as(line).isLessThanOrEqualTo(maxWidth);
      assertThat(line).isNotEmpty().doesNotStartWith(" ").doesNotEndWith(" ");
      assertThat(line.codePoints().filter(Clusters::isCollapsibleSpace).allMatch(c -> c == ' '))
          .isTrue();
      assertThat(line).doesNotContain("  ");
      // Lines are the collapsed text, in order, less the spaces where they break.
      if (at > 0 && collapsed.charAt(at) == ' ') {
        at++;
      }
      assertThat(collapsed.startsWith(line, at)).as("line %s at %d of %s", line, at, collapsed)
          .isTrue();
      if (at > 0) {
        assertNoClusterSplitAt(collapsed, at);
      }
      at += line.length();
    }
    assertThat(at).isEqualTo(collapsed.length());
  }

  /** Checks, without the cluster code under test, that nothing that extends a cluster is cut. */
  private static void assertNoClusterSplitAt(String s, int at) {
    if (s.charAt(at - 1) == ' ') {
      return;
    }
    int before = s.codePointBefore(at);
    int after = s.codePointAt(at);
    assertThat(
        Character.isHighSurrogate(s.charAt(at - 1)) && Character.isLowSurrogate(s.charAt(at)))
        .as("surrogate pair split at %d in %s", at, s).isFalse();
    int type = Character.getType(after);
    assertThat(type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || after == 0x200D || before == 0x200D || (after >= 0xFE00 && after <= 0xFE0F)
        || (after >= 0x1F3FB && after <= 0x1F3FF))
        .as("cluster split at %d in %s", at, s).isFalse();
    int regionalIndicatorsBefore = 0;
    for (int i = at; i > 0 && Clusters.isRegionalIndicator(s.codePointBefore(i));
        i -= Character.charCount(s.codePointBefore(i))) {
      regionalIndicatorsBefore++;
    }
    assertThat(regionalIndicatorsBefore % 2).as("flag split at %d in %s", at, s).isZero();
  }

  private double widestCluster(String s, double fontSize, boolean bold) {
    double widest = 0;
    for (int i = 0; i < s.length(); ) {
      int end = Clusters.end(s, i, sans.table());
      widest = Math.max(widest, sans.width(s.substring(i, end), fontSize, bold));
      i = end;
    }
    return widest;
  }

  private static String text(Random random) {
    StringBuilder sb = new StringBuilder();
    int pieces = random.nextInt(25);
    for (int i = 0; i < pieces; i++) {
      if (random.nextInt(4) == 0) {
        sb.append(SPACES[random.nextInt(SPACES.length)]);
      }
      sb.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextInt(3) > 0) {
        sb.append(SPACES[random.nextInt(SPACES.length)]);
      }
    }
    return sb.toString();
  }
}
