package dev.journeymap.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeymap.core.validation.InvalidJourneyException;
import dev.journeymap.core.validation.ProblemCode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JourneyBuilderTest {

  @Test
  void buildsTheJourneyThatTheCodeDescribes() {
    Journey journey = Journey.builder("Booking a junk removal")
        .goal("Increase booked jobs")
        .persona("busy-homeowner", "Busy homeowner", p -> p.goal("Clear the garage this weekend"))
        .stage("awareness", "Awareness", s -> s
            .action("Searches 'junk removal near me'")
            .question("Who can come quickly?")
            .touchpoint("search-ad", "Search ad", Channel.SEARCH)
            .emotion(0, "Hopeful but unsure")
            .painPoint("Too many look-alike ads", Evidence.ANECDOTAL))
        .build();

    Stage awareness = journey.stages().get(0);
    assertThat(journey.title()).isEqualTo("Booking a junk removal");
    assertThat(journey.goal()).contains("Increase booked jobs");
    assertThat(journey.state()).isEqualTo(JourneyState.CURRENT);
    assertThat(journey.personas()).containsExactly(Persona.builder("busy-homeowner",
        "Busy homeowner").goal("Clear the garage this weekend").build());
    assertThat(awareness.actions()).containsExactly(Item.of("Searches 'junk removal near me'"));
    assertThat(awareness.questions()).containsExactly(Item.of("Who can come quickly?"));
    assertThat(awareness.touchpoints())
        .containsExactly(Touchpoint.of("search-ad", "Search ad", Channel.SEARCH));
    assertThat(awareness.emotion()).contains(Emotion.of(0, "Hopeful but unsure"));
    assertThat(awareness.painPoints())
        .containsExactly(Item.of("Too many look-alike ads", Evidence.ANECDOTAL));
    assertThat(journey.touchpoint("search-ad")).map(Touchpoint::name).contains("Search ad");
    assertThat(journey.emotionCurve()).containsExactly(
        new EmotionPoint(0, "awareness", Optional.empty(), Emotion.of(0, "Hopeful but unsure")));
  }

  @Test
  void buildReportsEveryErrorWithItsPath() {
    assertThatThrownBy(() -> Journey.builder("Broken")
        .stage("a", "A", s -> s.action("x"))
        .stage("a", "Again", s -> s.emotion(3))
        .build())
        .isInstanceOfSatisfying(InvalidJourneyException.class, e -> assertThat(e.report().errors())
            .extracting(p -> p.path() + " " + p.code())
            .containsExactly("stages[1].id " + ProblemCode.ID_DUPLICATE,
                "stages[1].emotion.score " + ProblemCode.EMOTION_RANGE));
  }

  @Test
  void stripsWhiteSpaceAroundTextAsTheJsonReaderDoes() {
    Journey journey = Journey.builder("  Title \n")
        .stage("a", " A ", s -> s.action("\tAct "))
        .build();
    assertThat(journey.title()).isEqualTo("Title");
    assertThat(journey.stages().get(0).name()).isEqualTo("A");
    assertThat(journey.stages().get(0).actions()).containsExactly(Item.of("Act"));
  }
}
