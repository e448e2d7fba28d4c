package dev.journeymap.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymap.core.validation.Suggestions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples written in the Javadoc hold. */
class JavadocExamplesTest {

  @Test
  void funnelExample() {
    Funnel f = Funnel.of(1000, 420);
    assertThat(f.completionRate()).isEqualTo(0.42);
    assertThat(f.dropOffRate()).isEqualTo(0.58);
  }

  @Test
  void funnelOfNobodyHasNoRates() {
    assertThat(Funnel.of(0, 0).completionRate()).isZero();
    assertThat(Funnel.of(0, 0).dropOffRate()).isZero();
  }

  @Test
  void suggestionsExample() {
    assertThat(Suggestions.closest("EMIAL", List.of("WEB", "EMAIL", "SMS"))).contains("EMAIL");
    assertThat(Suggestions.closest("fax", List.of("WEB", "EMAIL", "SMS"))).isEmpty();
  }

  @Test
  void suggestionsIgnoreCasePreferTheEarlierOfEqualCandidatesAndSkipLongStrings() {
    assertThat(Suggestions.closest("email", List.of("WEB", "EMAIL"))).contains("EMAIL");
    assertThat(Suggestions.closest("ab", List.of("ac", "ad"))).contains("ac");
    assertThat(Suggestions.closest("x".repeat(101), List.of("x".repeat(100)))).isEmpty();
  }

  @Test
  void emotionExample() {
    assertThat(Emotion.of(-1, "Annoyed").toString()).isEqualTo("Emotion{score=-1.0, label=Annoyed}");
  }
}
