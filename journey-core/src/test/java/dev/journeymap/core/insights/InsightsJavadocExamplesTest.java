package dev.journeymap.core.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Emotion;
import dev.journeymap.core.Evidence;
import dev.journeymap.core.Funnel;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.Moment;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The examples written in the Javadoc of this package hold. */
class InsightsJavadocExamplesTest {

  @Test
  void journeyInsightsExample() {
    Journey journey = Journey.builder("Booking a junk removal")
        .stage("consideration", "Consideration", s -> s
            .touchpoint("call-centre", "Call centre", Channel.PHONE, t -> t
                .emotion(-1, "Kept waiting"))
            .touchpoint("review-site", "Review site", Channel.REVIEWS)
            .emotion(-0.5, "Unsure")
            .painPoint("Evening calls go to voicemail")
            .kpi("Phone calls", 310, 350)
            .moment(Moment.I_WANT_TO_GO))
        .stage("purchase", "Purchase", s -> s
            .touchpoint("booking-form", "Online booking form", Channel.WEB, t -> t
                .owner("E-commerce"))
            .emotion(1, "Relieved")
            .opportunity(Item.of("Open Saturday slots", Evidence.ASSUMPTION))
            .funnel(420, 164)
            .moment(Moment.I_WANT_TO_BUY))
        .build();
    JourneyInsights insights = JourneyInsights.of(journey);

    StageRef consideration = new StageRef(0, "consideration", "Consideration");
    StageRef purchase = new StageRef(1, "purchase", "Purchase");
    TouchpointRef callCentre = new TouchpointRef(consideration, 0, "call-centre", "Call centre");
    assertThat(insights.lowMoments()).containsExactly(
        new LowMoment(consideration, Optional.of(callCentre), Emotion.of(-1, "Kept waiting")),
        new LowMoment(consideration, Optional.empty(), Emotion.of(-0.5, "Unsure")));
    assertThat(insights.dropOffs()).containsExactly(
        new FunnelDropOff(purchase, Funnel.of(420, 164)));
    assertThat(insights.dropOffs().get(0).rate()).isEqualTo(256 / 420.0);
    assertThat(insights.stagesWithoutKpi()).containsExactly(purchase);
    assertThat(insights.touchpointsWithoutOwner()).containsExactly(callCentre,
        new TouchpointRef(consideration, 1, "review-site", "Review site"));
    assertThat(insights.painPointsWithoutOwner()).containsExactly(
        new UnownedPainPoint(consideration, 0, "Evening calls go to voicemail",
            Optional.empty()));
    assertThat(insights.assumptions()).isEqualTo(new AssumptionShare(1, 2));
    assertThat(insights.assumptions().share()).isEqualTo(0.5);
    assertThat(insights.unansweredOpportunities()).containsExactly(
        new UnansweredOpportunity(purchase, 0, "Open Saturday slots"));
    assertThat(insights.channelMix()).containsExactly(new ChannelCount(Channel.WEB, 1),
        new ChannelCount(Channel.PHONE, 1), new ChannelCount(Channel.REVIEWS, 1));
    assertThat(insights.momentsNotCovered())
        .containsExactly(Moment.I_WANT_TO_KNOW, Moment.I_WANT_TO_DO);
  }

  @Test
  void journeyInsightsStepsExample() {
    Journey withSteps = Journey.builder("Buying a service desk")
        .stage("decide", "Purchase", s -> s
            .emotion(0.5, "Committed")
            .step("negotiate", "Negotiate", st -> st.emotion(-0.5, "Haggling"))
            .step("sign", "Sign and pay", st -> st
                .touchpoint("e-signature", "E-signature", Channel.EMAIL, t -> t
                    .emotion(-1, "Lost"))
                .funnel(80, 60)
                .kpi("Signed deals", 60, 70)))
        .build();
    JourneyInsights steps = JourneyInsights.of(withSteps);

    assertThat(steps.lowMoments()).extracting(m -> m.step().map(StepRef::id), LowMoment::path)
        .containsExactly(
            tuple(Optional.of("sign"), "stages[0].steps[1].touchpoints[0].emotion"),
            tuple(Optional.of("negotiate"), "stages[0].steps[0].emotion"));
    StageRef decide = new StageRef(0, "decide", "Purchase");
    assertThat(steps.dropOffs()).containsExactly(new FunnelDropOff(decide,
        Optional.of(new StepRef(decide, 1, "sign", "Sign and pay")), Funnel.of(80, 60)));
    assertThat(steps.dropOffs().get(0).rate()).isEqualTo(0.25);
    assertThat(steps.stagesWithoutKpi()).isEmpty();
  }

  @Test
  void stepRefExamples() {
    StageRef purchase = new StageRef(4, "decide", "Purchase");
    StepRef sign = new StepRef(purchase, 1, "sign", "Sign and pay");

    assertThat(sign.path()).isEqualTo("stages[4].steps[1]");
    StageRef purchase2 = new StageRef(2, "purchase", "Purchase");
    TouchpointRef invoice = new TouchpointRef(purchase2,
        Optional.of(new StepRef(purchase2, 1, "sign", "Sign and pay")), 0, "e-signature",
        "E-signature and invoice");
    assertThat(invoice.path()).isEqualTo("stages[2].steps[1].touchpoints[0]");
  }

  @Test
  void refExamples() {
    StageRef purchase = new StageRef(2, "purchase", "Purchase");
    TouchpointRef form = new TouchpointRef(purchase, 0, "booking-form", "Online booking form");

    assertThat(purchase.path()).isEqualTo("stages[2]");
    assertThat(form.path()).isEqualTo("stages[2].touchpoints[0]");
    assertThat(new LowMoment(purchase, Optional.of(form), Emotion.of(-1)).path())
        .isEqualTo("stages[2].touchpoints[0].emotion");
    assertThat(new LowMoment(purchase, Optional.empty(), Emotion.of(-1)).path())
        .isEqualTo("stages[2].emotion");
  }

  @Test
  void funnelDropOffExample() {
    StageRef purchase = new StageRef(2, "purchase", "Purchase");
    FunnelDropOff d = new FunnelDropOff(purchase, Funnel.of(420, 164));

    assertThat(d.entered()).isEqualTo(420);
    assertThat(d.completed()).isEqualTo(164);
    assertThat(d.lost()).isEqualTo(256);
    assertThat(d.rate()).isEqualTo(0.6095238095238096);
  }

  @Test
  void assumptionExamples() {
    assertThat(new AssumptionShare(3, 40).share()).isEqualTo(0.075);
    assertThat(new AssumptionShare(0, 0).share()).isEqualTo(0.0);
    assertThat(new StageAssumptions(new StageRef(1, "evaluate", "Evaluate"), 2, 5).share())
        .isEqualTo(0.4);
  }

  @Test
  void unownedPainPointExample() {
    Journey journey = Journey.builder("Owners")
        .stage("awareness", "Awareness", s -> s.action("Searches"))
        .stage("consideration", "Consideration", s -> s
            .touchpoint("call-centre", "Call centre", Channel.PHONE, t -> t.owner("Sales"))
            .touchpoint("review-site", "Review site", Channel.REVIEWS)
            .painPoint(Item.builder("Evening calls go to voicemail").touchpoint("call-centre")
                .build())
            .painPoint(Item.builder("Fake reviews").touchpoint("review-site").build())
            .painPoint("Prices are 'from' prices only"))
        .build();

    StageRef consideration = new StageRef(1, "consideration", "Consideration");
    assertThat(JourneyInsights.of(journey).painPointsWithoutOwner()).containsExactly(
        new UnownedPainPoint(consideration, 1, "Fake reviews",
            Optional.of(new TouchpointRef(consideration, 1, "review-site", "Review site"))),
        new UnownedPainPoint(consideration, 2, "Prices are 'from' prices only",
            Optional.empty()));
    assertThat(JourneyInsights.of(journey).painPointsWithoutOwner().get(0).path())
        .isEqualTo("stages[1].painPoints[1]");
  }

  @Test
  void unansweredOpportunityExample() {
    Journey journey = Journey.builder("Answers")
        .stage("purchase", "Purchase", s -> s
            .touchpoint("booking-form", "Online booking form", Channel.WEB)
            .touchpoint("crew-visit", "Crew on site", Channel.IN_PERSON)
            .painPoint(Item.builder("No evening slots online").touchpoint("booking-form").build())
            .opportunity(Item.builder("Open Saturday slots").touchpoint("booking-form").build())
            .opportunity("Text the crew's arrival time")
            .opportunity(Item.builder("Crew asks for a review").touchpoint("crew-visit").build()))
        .build();

    assertThat(JourneyInsights.of(journey).unansweredOpportunities()).containsExactly(
        new UnansweredOpportunity(new StageRef(0, "purchase", "Purchase"), 2,
            "Crew asks for a review"));
    assertThat(JourneyInsights.of(journey).unansweredOpportunities().get(0).path())
        .isEqualTo("stages[0].opportunities[2]");
  }

  @Test
  void unansweredOpportunityStepsExample() {
    Journey journey = Journey.builder("Answers")
        .stage("decide", "Purchase", s -> s
            .opportunity("Offer a 90-day exit clause")
            .step("negotiate", "Negotiate", st -> st
                .painPoint("Seats are sold by the year only")
                .opportunity("Sell seats by the month"))
            .step("provision", "Set up the accounts", st -> st
                .opportunity("Import roles from the directory")))
        .build();

    StageRef decide = new StageRef(0, "decide", "Purchase");
    assertThat(JourneyInsights.of(journey).unansweredOpportunities()).containsExactly(
        new UnansweredOpportunity(decide,
            Optional.of(new StepRef(decide, 1, "provision", "Set up the accounts")), 0,
            "Import roles from the directory"));
    assertThat(JourneyInsights.of(journey).unansweredOpportunities().get(0).path())
        .isEqualTo("stages[0].steps[1].opportunities[0]");
  }

  @Test
  void channelCountExample() {
    Journey journey = Journey.builder("Channels")
        .stage("consideration", "Consideration", s -> s
            .touchpoint("form", "Booking form", Channel.WEB)
            .touchpoint("prices", "Price page", Channel.WEB)
            .touchpoint("call-centre", "Call centre", Channel.PHONE))
        .build();

    assertThat(JourneyInsights.of(journey).channelMix().toString()).isEqualTo(
        "[ChannelCount[channel=WEB, touchpoints=2], ChannelCount[channel=PHONE, touchpoints=1]]");
  }
}
