package dev.journeymap.render.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeymap.render.layout.Mark;
import org.junit.jupiter.api.Test;

class SvgHelpersTest {
  @Test
  void numbersHaveAtMostTwoDecimalsAndNoTrailingZeros() {
    assertThat(SvgNumbers.format(12.5)).isEqualTo("12.5");
    assertThat(SvgNumbers.format(3.14159)).isEqualTo("3.14");
    assertThat(SvgNumbers.format(200.0)).isEqualTo("200");
    assertThat(SvgNumbers.format(0.105)).isEqualTo("0.11");
    assertThat(SvgNumbers.format(0.1 + 0.2)).isEqualTo("0.3");
    assertThat(SvgNumbers.format(-0.001)).isEqualTo("0");
    assertThat(SvgNumbers.format(-7.25)).isEqualTo("-7.25");
    assertThat(SvgNumbers.format(1.05)).isEqualTo("1.05");
    assertThat(SvgNumbers.format(123456789.999)).isEqualTo("123456790");
  }

  @Test
  void refusesNumbersThatCannotBeDrawn() {
    assertThatThrownBy(() -> SvgNumbers.format(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("not a drawable number: NaN");
    assertThatThrownBy(() -> SvgNumbers.format(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cleaningDropsWhatXmlCannotHold() {
    assertThat(XmlText.clean("a\u0000b\u0001c\u001Fd")).isEqualTo("abcd");
    assertThat(XmlText.clean("tab\tlf\ncr\r")).isEqualTo("tab\tlf\ncr\r");
    assertThat(XmlText.clean("x\uFFFEy\uFFFFz")).isEqualTo("xyz");
    assertThat(XmlText.clean("lone \uD800 high, lone \uDC00 low"))
        .isEqualTo("lone  high, lone  low");
    assertThat(XmlText.clean("pair \uD83D\uDE00 kept")).isEqualTo("pair \uD83D\uDE00 kept");
    assertThat(XmlText.clean("end high \uD800")).isEqualTo("end high ");
    String plain = "plain";
    assertThat(XmlText.clean(plain)).isSameAs(plain);
  }

  @Test
  void escapingEscapesAmpersandsEvenBeforeEntities() {
    assertThat(XmlText.escape("AT&amp;T <b> \"q\" 'a'"))
        .isEqualTo("AT&amp;amp;T &lt;b&gt; &quot;q&quot; &apos;a&apos;");
    assertThat(XmlText.escape("&#x41;\u0007")).isEqualTo("&amp;#x41;");
  }

  @Test
  void appendingMatchesTheStringForms() {
    java.util.Random random = new java.util.Random(7);
    String alphabet = "ab &<>\"'\u0000\u0007\t\n\u00e9\u2212\uD800\uDC00\uD83D\uDE00\uFFFE\uFFFF";
    for (int i = 0; i < 2_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = random.nextInt(12); j > 0; j--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      StringBuilder escaped = new StringBuilder("x");
      XmlText.appendEscaped(escaped, text.toString());
      assertThat(escaped.chars()).as("escaping %s", text).allMatch(c -> c <= 0xFF);
      assertThat(resolveReferences(escaped.toString())).as("escaping %s", text)
          .isEqualTo("x" + XmlText.clean(text.toString()).replace("&", "&amp;")
              .replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
              .replace("'", "&apos;"));
      double value = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(9));
      StringBuilder number = new StringBuilder("y");
      SvgNumbers.append(number, value);
      assertThat(number.toString()).as("number %s", value)
          .isEqualTo("y" + SvgNumbers.format(value));
    }
    assertThat(SvgNumbers.format(-0.004)).isEqualTo("0");
    assertThat(SvgNumbers.format(-0.006)).isEqualTo("-0.01");
    assertThat(SvgNumbers.format(0.5)).isEqualTo("0.5");
  }

  @Test
  void onlyWebAndMailLinksAreSafe() {
    assertThat(Mark.Group.isSafeLink("https://example.com")).isTrue();
    assertThat(Mark.Group.isSafeLink("HTTP://example.com")).isTrue();
    assertThat(Mark.Group.isSafeLink("mailto:a@b.c")).isTrue();
    assertThat(Mark.Group.isSafeLink("javascript:alert(1)")).isFalse();
    assertThat(Mark.Group.isSafeLink("data:text/html,x")).isFalse();
    assertThat(Mark.Group.isSafeLink("//example.com")).isFalse();
  }

  /** {@code text} with each {@code &#xHEX;} replaced by its character. */
  private static String resolveReferences(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("&#x([0-9a-f]+);").matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
          new String(Character.toChars(Integer.parseInt(m.group(1), 16)))));
    }
    m.appendTail(out);
    return out.toString();
  }

  @Test
  void charactersBeyondLatin1BecomeReferences() {
    StringBuilder out = new StringBuilder();
    XmlText.appendEscaped(out, "a < b \u2212 1 \uD83D\uDE00 \u00e9t\u00e9 \u4e2d");
    assertThat(out.toString()).isEqualTo("a &lt; b &#x2212; 1 &#x1f600; \u00e9t\u00e9 &#x4e2d;");
  }
}
