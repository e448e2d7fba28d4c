package dev.journeymap.render.svg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void rootGetsRoleLabelAndLanguage() {
    assertThat(SvgWriter.withRootAttributes("<svg id='m' width='1'></svg>", "m", "fr"))
        .isEqualTo("<svg role='img' aria-labelledby='m-title m-desc' xml:lang='fr' id='m' "
            + "width='1'></svg>");
    assertThatThrownBy(() -> SvgWriter.withRootAttributes("<g/>", "m", "en"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("not an svg element: <g/>");
  }

  @Test
  void onlyWebAndMailLinksAreSafe() {
    assertThat(SvgTarget.isSafeLink("https://example.com")).isTrue();
    assertThat(SvgTarget.isSafeLink("HTTP://example.com")).isTrue();
    assertThat(SvgTarget.isSafeLink("mailto:a@b.c")).isTrue();
    assertThat(SvgTarget.isSafeLink("javascript:alert(1)")).isFalse();
    assertThat(SvgTarget.isSafeLink("data:text/html,x")).isFalse();
    assertThat(SvgTarget.isSafeLink("//example.com")).isFalse();
  }
}
