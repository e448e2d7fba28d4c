package dev.journeymap.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymap.core.testing.RandomJourneys;
import dev.journeymap.core.validation.JourneyValidator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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

  @ParameterizedTest
  @MethodSource("dev.journeymap.core.testing.RandomJourneys#seeds")
  void journeysWithTheAdditionsAreValidWithoutWarningsOfTheAdditionsAndReproducible(long seed) {
    Journey journey = RandomJourneys.withAdditions(seed);
    assertThat(JourneyValidator.validate(journey).errors()).isEmpty();
    assertThat(JourneyValidator.validate(journey).warnings())
        .extracting(p -> p.code().id())
        .doesNotContain("warning.unused-lane", "warning.empty-step");
    assertThat(RandomJourneys.withAdditions(seed)).isEqualTo(journey);
    assertThat(journey.lanes()).isNotEmpty();
    assertThat(journey.links()).isNotEmpty();
    assertThat(journey.columns()).anyMatch(Column::isStep);
  }

  @Test
  void theSeedsTogetherUseEveryAddition() {
    List<Journey> journeys = RandomJourneys.seeds().map(RandomJourneys::withAdditions).toList();
    List<LaneContent> contents = journeys.stream()
        .flatMap(j -> j.stages().stream()
            .flatMap(s -> Stream.concat(Stream.of(s), s.steps().stream())))
        .toList();
    List<Item> items = contents.stream().flatMap(c -> c.allItems().stream()).toList();
    assertThat(contents).anyMatch(c -> !c.emotions().isEmpty() && c instanceof Stage)
        .anyMatch(c -> !c.emotions().isEmpty() && c instanceof Step)
        .anyMatch(c -> !c.lanes().isEmpty() && c instanceof Step)
        .anyMatch(c -> !c.evidence().isEmpty()).anyMatch(c -> !c.frontstage().isEmpty())
        .anyMatch(c -> c.touchpoints().stream().anyMatch(t -> !t.emotions().isEmpty()))
        .anyMatch(c -> c instanceof Step st && !st.personas().isEmpty());
    assertThat(items).anyMatch(i -> i.owner().isPresent()).anyMatch(i -> i.failPoint().isPresent())
        .anyMatch(i -> i.duration().filter(d -> d.toDays() == 2).isPresent());
    assertThat(journeys).anyMatch(j -> j.links().stream().anyMatch(l -> l.kind() == LinkKind.FLOW))
        .anyMatch(j -> j.lanes().stream().anyMatch(l -> l.description().isPresent()));
  }
}
