package dev.journeymap.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageTextTest {
  @Test
  void escapesControlsSeparatorsBidiControlsInvisiblesAndLoneSurrogates() {
    assertThat(MessageText.escape("a\u001b[31m\r\n\t\u0085\u2028\u2029\u202a\u202e\u2066\u2069"
        + "\u200e\u200f\u061c\u200b\u200d\u2060\ufeff\ud800z\udc00"))
        .isEqualTo("a\\u001b[31m\\u000d\\u000a\\u0009\\u0085\\u2028\\u2029\\u202a\\u202e\\u2066"
            + "\\u2069\\u200e\\u200f\\u061c\\u200b\\u200d\\u2060\\ufeff\\ud800z\\udc00");
  }

  @Test
  void leavesOtherTextAlone() {
    String text = "Zoë's café: 預約 😀 \\ \"x\"";
    assertThat(MessageText.escape(text)).isSameAs(text);
    assertThat(MessageText.quote(text)).isEqualTo("'" + text + "'");
  }

  @Test
  void quotesAtMostEightyCharacters() {
    assertThat(MessageText.quote("x".repeat(81))).isEqualTo("'" + "x".repeat(77) + "...'");
  }

  @Test
  void bracketsFieldNamesThatAPathWouldMisread() {
    assertThat(MessageText.field("", "title")).isEqualTo("title");
    assertThat(MessageText.field("personas[0].attributes", "Age group"))
        .isEqualTo("personas[0].attributes.Age group");
    assertThat(MessageText.field("", "")).isEqualTo("[\"\"]");
    assertThat(MessageText.field("a", " b")).isEqualTo("a[\" b\"]");
    assertThat(MessageText.field("a", "b.c")).isEqualTo("a[\"b.c\"]");
    assertThat(MessageText.field("a", "say \"hi\"")).isEqualTo("a[\"say \\\"hi\\\"\"]");
    assertThat(MessageText.field("a", "x\u001b")).isEqualTo("a[\"x\\u001b\"]");
  }
}
