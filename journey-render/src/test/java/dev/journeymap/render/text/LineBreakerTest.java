package dev.journeymap.render.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineBreakerTest {
  private static final double SIZE = 12;
  private final TextMetrics sans = TextMetrics.sans();
  private final LineBreaker breaker = new LineBreaker(sans);

  private List<String> wrap(String text, double maxWidth) {
    return breaker.wrap(text, maxWidth, SIZE, false);
  }

  private double width(String text) {
    return sans.width(text, SIZE, false);
  }

  @Test
  void neverBreaksAfterASingleLetterAndHyphen() {
    double room = width("Receives a thank-you e-") + 1;
    assertThat(wrap("Receives a thank-you e-mail", room))
        .containsExactly("Receives a thank-you", "e-mail");
    assertThat(wrap("Receives a thank-you", width("Receives a thank-") + 1))
        .containsExactly("Receives a thank-", "you");
  }

  @Test
  void keepsFrenchPunctuationWithItsWordAcrossTheSpaceBeforeIt() {
    double room = width("Peuvent-ils venir samedi") + 1;
    assertThat(wrap("Peuvent-ils venir samedi ?", room))
        .containsExactly("Peuvent-ils venir", "samedi ?");
    assertThat(wrap("Objectif : réserver", width("Objectif :") + 1))
        .containsExactly("Objectif :", "réserver");
    assertThat(wrap("Il dit « oui » enfin", width("« oui »") + 1))
        .containsExactly("Il dit", "« oui »", "enfin");
    // not French spacing: a colon glued to the next word, a leading mark
    assertThat(wrap("see :x", width("see") + 1)).containsExactly("see", ":x");
    assertThat(wrap("! alert", width("alert") + 1)).containsExactly("!", "alert");
  }

  @Test
  void keepsTextThatFitsOnOneLine() {
    assertThat(wrap("Book a garage removal", 500)).containsExactly("Book a garage removal");
  }

  @Test
  void returnsLinesThatCannotBeChanged() {
    List<String> lines = wrap("a b", 5);
    assertThatThrownBy(() -> lines.add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void breaksAtSpacesAndKeepsWordsWhole() {
    assertThat(wrap("Book a  garage\nremoval", 60)).containsExactly("Book a", "garage", "removal");
  }

  @Test
  void fillsEachLineAsFarAsItFits() {
    double exact = width("journey map");
    assertThat(wrap("journey map renderer", exact)).containsExactly("journey map", "renderer");
    assertThat(wrap("journey map renderer", Math.nextDown(exact)))
        .containsExactly("journey", "map", "renderer");
  }

  @Test
  void collapsesAndTrimsWhiteSpace() {
    assertThat(wrap("  a \t\n b\u3000\u2003c  ", 500)).containsExactly("a b c");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "  \n\t ", "\u3000\u2028"})
  void givesNoLinesForBlankText(String text) {
    assertThat(wrap(text, 100)).isEmpty();
  }

  @Test
  void keepsNoBreakSpacesTogether() {
    assertThat(wrap("walk 10\u00A0km home", width("walk 10")))
        .containsExactly("walk", "10\u00A0km", "home");
  }

  @Test
  void breaksALongCompoundBetweenLettersOnlyWhenItDoesNotFitAlone() {
    String word = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenherstellungsbetrieb";
    List<String> lines = wrap("Die " + word + " fährt", 80);
    assertThat(lines).containsExactly("Die", "Donaudampf", "schifffahrtsg", "esellschaftsk",
        "apitänsmütz", "enabzeichen", "herstellungs", "betrieb fährt");
    assertThat(lines).allSatisfy(line -> assertThat(width(line)).isLessThanOrEqualTo(80));
    assertThat(String.join("", lines.subList(1, 7)) + "betrieb").isEqualTo(word);
  }

  @Test
  void breaksAfterHyphensAndSlashesInsideWords() {
    double widest = Math.max(width("check-in/"), width("check-out"));
    assertThat(wrap("check-in/check-out", widest)).containsExactly("check-in/", "check-out");
    assertThat(wrap("check-in/check-out", width("check-")))
        .containsExactly("check-", "in/", "check-", "out");
  }

  @Test
  void doesNotBreakAfterALeadingHyphen() {
    // Were the hyphen a break, the first line would be "a -".
    assertThat(wrap("a -bcd", width("-bcd"))).containsExactly("a", "-bcd");
  }

  @Test
  void keepsCombiningMarksWithTheirBase() {
    String decomposed = "e\u0301e\u0301e\u0301";
    assertThat(wrap(decomposed, width("e"))).containsExactly("e\u0301", "e\u0301", "e\u0301");
    assertThat(wrap("Ze\u0301bre\u0308", width("bre"))).containsExactly("Ze\u0301", "bre\u0308");
  }

  @Test
  void neverSplitsEmojiSequences() {
    String family = "👨‍👩‍👧";
    assertThat(wrap(family + family + family, 30)).containsExactly(family + family, family);
    assertThat(wrap("👍🏽👍🏽👍🏽", 20)).containsExactly("👍🏽", "👍🏽", "👍🏽");
    assertThat(wrap("❤️❤️1️⃣", 20)).containsExactly("❤️", "❤️", "1️⃣");
    assertThat(wrap("🏳️‍🌈🏳️‍🌈", 20)).containsExactly("🏳️‍🌈", "🏳️‍🌈");
  }

  @Test
  void neverSplitsFlags() {
    assertThat(wrap("🇫🇷🇩🇪🇵🇱", 20)).containsExactly("🇫🇷", "🇩🇪", "🇵🇱");
    assertThat(wrap("🇫🇷🇩🇪🇵🇱", 30)).containsExactly("🇫🇷🇩🇪", "🇵🇱");
  }

  @Test
  void givesAClusterWiderThanTheLineALineOfItsOwn() {
    assertThat(wrap("😀😀 a", 5)).containsExactly("😀", "😀", "a");
  }

  @Test
  void breaksBetweenIdeographsButNotBeforeClosingPunctuation() {
    assertThat(wrap("預約申し込み。", 30)).containsExactly("預約", "申し", "込", "み。");
    assertThat(wrap("予約「確認」", 30)).containsExactly("予約", "「確", "認」");
  }

  @Test
  void breaksBetweenLatinAndIdeographs() {
    assertThat(wrap("Tokyo東京", width("Tokyo") + 12)).containsExactly("Tokyo東", "京");
  }

  @Test
  void keepsLoneSurrogatesAsClustersOfTheirOwn() {
    assertThat(wrap("a\uD800b", width("a"))).containsExactly("a", "\uD800", "b");
  }

  @Test
  void wrapsBoldTextWithBoldWidths() {
    String text = "Größe Größe";
    double regular = width(text);
    assertThat(breaker.wrap(text, regular, SIZE, false)).containsExactly(text);
    assertThat(breaker.wrap(text, regular, SIZE, true)).containsExactly("Größe", "Größe");
  }

  @Test
  void rejectsAWidthThatIsNotPositiveAndFinite() {
    for (double bad : new double[] {0, -3, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> wrap("a", bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("max width must be positive and finite: " + bad);
    }
    assertThatThrownBy(() -> breaker.wrap("a", 10, -1, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("font size must be positive and finite: -1.0");
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> new LineBreaker(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("metrics");
    assertThatThrownBy(() -> wrap(null, 10)).isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void breaksAClusterWiderThanTheLineBetweenItsCodePoints() {
    LineBreaker breaker = new LineBreaker(TextMetrics.sans());
    List<String> lines = breaker.wrap("a\u200D".repeat(100), 60, 12, false);
    assertThat(lines).hasSizeGreaterThan(1);
    assertThat(String.join("", lines)).isEqualTo("a\u200D".repeat(100));
    for (String line : lines) {
      assertThat(TextMetrics.sans().width(line, 12, false)).isLessThanOrEqualTo(60);
    }
  }
}
