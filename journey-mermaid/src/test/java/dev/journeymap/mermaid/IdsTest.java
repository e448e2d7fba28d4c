package dev.journeymap.mermaid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdsTest {

  @Test
  void slugsFoldAccentsAndJoinRunsOfOtherCharactersWithOneDash() {
    assertThat(Ids.slug("  Réservation -- en ligne! ", "x")).isEqualTo("reservation-en-ligne");
    assertThat(Ids.slug("Größe & Œuvre", "x")).isEqualTo("grosse-oeuvre");
    assertThat(Ids.slug("預約 😀", "stage")).isEqualTo("stage");
  }

  @Test
  void slugsAreAtMost64CharactersAndNeverEndWithADash() {
    assertThat(Ids.slug("ß".repeat(40), "x")).isEqualTo("ss".repeat(32));
    assertThat(Ids.slug("a".repeat(63) + " b", "x")).isEqualTo("a".repeat(63));
  }

  @Test
  void nextNumbersRepeatsAndSkipsIdsAlreadyTaken() {
    Ids ids = new Ids("task");

    assertThat(ids.next("Call")).isEqualTo("call");
    assertThat(ids.next("call 2")).isEqualTo("call-2");
    assertThat(ids.next("Call")).isEqualTo("call-3");
    assertThat(ids.next("CALL")).isEqualTo("call-4");
  }

  @Test
  void suffixesKeepLongIdsWithin64Characters() {
    Ids ids = new Ids("task");

    assertThat(ids.next("a".repeat(63) + "-b")).isEqualTo("a".repeat(63));
    assertThat(ids.next("a".repeat(63) + "-c")).isEqualTo("a".repeat(62) + "-2");
  }
}
