package dev.journeymap.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymap.core.testing.RandomJourneys;
import dev.journeymap.core.validation.JourneyValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RandomJourneysTest {

  @ParameterizedTest
  @MethodSource("dev.journeymap.core.testing.RandomJourneys#seeds")
  void generatedJourneysAreValidAndReproducible(long seed) {
    Journey journey = RandomJourneys.journey(seed);
    assertThat(JourneyValidator.validate(journey).errors()).isEmpty();
    assertThat(RandomJourneys.journey(seed)).isEqualTo(journey);
  }
}
