package dev.journeymap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Journey;
import dev.journeymap.core.JourneyState;
import dev.journeymap.core.Moment;
import dev.journeymap.core.validation.JourneyValidator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExamplesTest {

  static Stream<String> names() {
    return Examples.all().keySet().stream();
  }

  @Test
  void listsEveryExampleInAFixedOrder() {
    assertThat(Examples.names()).containsExactly("home-services", "home-services-future",
        "b2b-software", "bank-onboarding", "online-academy");
  }

  @ParameterizedTest
  @MethodSource("names")
  void everyExampleValidatesWithoutAnyProblem(String name) {
    Journey journey = Examples.journey(name).orElseThrow();

    assertThat(JourneyValidator.validate(journey).problems()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("names")
  void everyExampleIsIdentifiedByItsName(String name) {
    assertThat(Examples.journey(name).orElseThrow().id()).contains(name);
  }

  @Test
  void unknownNameHasNoExample() {
    assertThat(Examples.journey("painting")).isEmpty();
  }

  @Test
  void homeServicesComesAsCurrentAndFutureState() {
    assertThat(HomeServicesJourney.journey().state()).isEqualTo(JourneyState.CURRENT);
    assertThat(HomeServicesFutureJourney.journey().state()).isEqualTo(JourneyState.FUTURE);
    assertThat(HomeServicesFutureJourney.journey().stages())
        .extracting(s -> s.id())
        .containsExactlyElementsOf(
            HomeServicesJourney.journey().stages().stream().map(s -> s.id()).toList());
  }

  @Test
  void homeServicesHasTheFivePhasesAndSomeKpisBelowTarget() {
    Journey journey = HomeServicesJourney.journey();

    assertThat(journey.stages()).extracting(s -> s.id()).containsExactly(
        "awareness", "consideration", "purchase", "retention", "advocacy");
    assertThat(journey.stages()).allSatisfy(s -> assertThat(s.kpis()).isNotEmpty());
    assertThat(journey.stages().stream().flatMap(s -> s.kpis().stream())
        .filter(k -> k.isBelowTarget()).map(k -> k.name()))
        .contains("Digital impressions", "Online bookings completed", "Customer reviews");
  }

  @Test
  void bankOnboardingFollowsTheLifecycleAndHasAllFourMicroMoments() {
    Journey journey = BankOnboardingJourney.journey();

    assertThat(journey.goal()).contains("Acquire new account holders");
    assertThat(journey.stages()).extracting(s -> s.id()).containsExactly(
        "aware", "acquire", "onboard", "engage", "retain", "advocate");
    assertThat(journey.stages().stream().flatMap(s -> s.moments().stream()).distinct())
        .containsExactlyInAnyOrder(Moment.values());
    assertThat(journey.touchpoints().stream().map(t -> t.channel()).distinct())
        .contains(Channel.EMAIL, Channel.SMS,
            Channel.PUSH, Channel.MAIL,
            Channel.WEB, Channel.IN_PERSON);
  }

  @Test
  void onlineAcademyMarksEveryInsightWithItsEvidence() {
    Journey journey = OnlineAcademyJourney.journey();

    assertThat(journey.stages().stream().flatMap(s -> s.insights().stream()))
        .allSatisfy(i -> assertThat(i.evidence()).isPresent())
        .filteredOn(i -> !i.isAssumption())
        .allSatisfy(i -> assertThat(i.source()).isPresent());
    assertThat(journey.assumptions())
        .allSatisfy(i -> assertThat(i.persona()).contains("hr-manager"))
        .hasSize(3);
  }

  @Test
  void b2bSoftwareNamesTheOwnerOfEveryTouchpointButPeerChannels() {
    assertThat(B2bSoftwareJourney.journey().touchpoints())
        .filteredOn(t -> t.owner().isEmpty())
        .extracting(t -> t.id())
        .containsExactly("peer-forum");
  }
}
