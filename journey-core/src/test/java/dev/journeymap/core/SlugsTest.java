package dev.journeymap.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymap.core.validation.JourneyValidator;
import org.junit.jupiter.api.Test;

class SlugsTest {

  @Test
  void foldsAccentsAndLettersWithoutDecomposition() {
    assertThat(Slugs.toId("Réservation en ligne")).isEqualTo("reservation-en-ligne");
    assertThat(Slugs.toId("Größe & Œuvre")).isEqualTo("grosse-oeuvre");
    assertThat(Slugs.toId("Zażółć gęślą jaźń")).isEqualTo("zazolc-gesla-jazn");
  }

  @Test
  void givesNothingForNamesInOtherScripts() {
    assertThat(Slugs.toId("預約")).isEmpty();
    assertThat(Slugs.toId("  --- ")).isEmpty();
  }

  @Test
  void cutsAtTheLongestIdWithoutATrailingDash() {
    assertThat(Slugs.toId("a".repeat(63) + " b")).isEqualTo("a".repeat(63));
    assertThat(Slugs.toId("x".repeat(100))).hasSize(Slugs.MAX_LENGTH);
  }

  @Test
  void everyNonEmptyResultIsAValidId() {
    for (String name : new String[] {"42 things", "Ångström", "-lead-", "ﬁne print", "ß"}) {
      assertThat(JourneyValidator.isValidId(Slugs.toId(name))).as(name).isTrue();
    }
  }
}
