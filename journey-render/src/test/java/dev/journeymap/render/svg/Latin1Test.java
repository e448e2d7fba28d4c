package dev.journeymap.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The marking that keeps the SVG buffer in one byte a character loses nothing. */
class Latin1Test {
  static Stream<String> texts() {
    return Stream.of("plain label", "−2 Annoyed", "Élan « vital » ?", "AT&T <b> 'x' \"y\"",
        "emoji \uD83D\uDE00 and 日本語", "tab\tand\u0001control\u0000", "lone \uD800 surrogate",
        "\uFFFD\u00FF\u0100", "");
  }

  @ParameterizedTest
  @MethodSource("texts")
  void escapedTextIsLatin1AndJoinsBackToTheEscapedText(String text) {
    String marked = Latin1.escape(text);

    assertThat(marked.chars()).allMatch(c -> c <= 0xFF);
    assertThat(Latin1.join("<h>", "<svg " + marked, "<svg ".length(), "</t>"))
        .isEqualTo("<h>" + XmlText.escape(text) + "</t>");
  }

  @Test
  void plainTextIsReturnedAsItIs() {
    String id = "bench-medium-stage-stage-1";

    assertThat(Latin1.escape(id)).isSameAs(id);
  }

  @Test
  void joinsSeveralMarkedCharactersBetweenPlainParts() {
    String svg = "<svg a='1'>" + Latin1.escape("−1") + "<x/>" + Latin1.escape("−2 €") + "</svg>";

    assertThat(Latin1.join("<svg role='img' ", svg, "<svg ".length(), "\n"))
        .isEqualTo("<svg role='img' a='1'>−1<x/>−2 €</svg>\n");
  }
}
