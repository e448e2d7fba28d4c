package dev.journeymap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Emotion;
import dev.journeymap.core.Funnel;
import dev.journeymap.core.Moment;
import dev.journeymap.core.insights.AssumptionShare;
import dev.journeymap.core.insights.ChannelCount;
import dev.journeymap.core.insights.FunnelDropOff;
import dev.journeymap.core.insights.JourneyInsights;
import dev.journeymap.core.insights.LowMoment;
import dev.journeymap.core.insights.StageAssumptions;
import dev.journeymap.core.insights.StageRef;
import dev.journeymap.core.insights.StepRef;
import dev.journeymap.core.insights.TouchpointRef;
import dev.journeymap.core.insights.UnansweredOpportunity;
import dev.journeymap.core.insights.UnownedPainPoint;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The insights of every example map, worked out by hand from the example sources: each expected
 * value below can be checked by reading the example's builder calls.
 */
class InsightsOfExamplesTest {

  private static LowMoment low(StageRef stage, double score, String label) {
    return new LowMoment(stage, Optional.empty(), Emotion.of(score, label));
  }

  private static LowMoment low(TouchpointRef touchpoint, double score, String label) {
    return new LowMoment(touchpoint.stage(), Optional.of(touchpoint), Emotion.of(score, label));
  }

  private static UnownedPainPoint unowned(StageRef stage, int index, String text) {
    return new UnownedPainPoint(stage, index, text, Optional.empty());
  }

  @Test
  void homeServices() {
    StageRef awareness = new StageRef(0, "awareness", "Awareness");
    StageRef consideration = new StageRef(1, "consideration", "Consideration");
    StageRef purchase = new StageRef(2, "purchase", "Purchase");
    StageRef retention = new StageRef(3, "retention", "Retention");
    StageRef advocacy = new StageRef(4, "advocacy", "Advocacy");

    JourneyInsights insights = JourneyInsights.of(HomeServicesJourney.journey());

    // -1 twice: the call centre comes first on the curve; then the unsure consideration stage
    assertThat(insights.lowMoments()).containsExactly(
        low(new TouchpointRef(consideration, 1, "call-centre", "Call centre"), -1,
            "Kept waiting"),
        low(new TouchpointRef(purchase, 0, "booking-form", "Online booking form"), -1,
            "Annoyed"),
        low(consideration, -0.5, "Unsure"));
    assertThat(insights.dropOffs())
        .containsExactly(new FunnelDropOff(purchase, Funnel.of(420, 164)));
    assertThat(insights.dropOffs().get(0).lost()).isEqualTo(256);
    assertThat(insights.dropOffs().get(0).rate()).isEqualTo(256 / 420.0);
    assertThat(insights.stagesWithoutKpi()).isEmpty();
    assertThat(insights.touchpointsWithoutOwner()).containsExactly(
        new TouchpointRef(consideration, 2, "review-site", "Review site"),
        new TouchpointRef(advocacy, 0, "word-of-mouth", "Neighbours and friends"));
    // the other four name a touchpoint with an owner (the advocacy one, purchase's crew visit)
    assertThat(insights.painPointsWithoutOwner()).containsExactly(
        unowned(awareness, 0, "Every ad promises the same thing"),
        unowned(purchase, 1, "Two-hour arrival window during work"),
        unowned(retention, 0, "Promotions ignore what was removed"));
    assertThat(insights.assumptionsByStage()).containsExactly(
        new StageAssumptions(awareness, 0, 6),
        new StageAssumptions(consideration, 0, 8),
        new StageAssumptions(purchase, 0, 9),
        new StageAssumptions(retention, 1, 4),
        new StageAssumptions(advocacy, 0, 4));
    assertThat(insights.assumptions()).isEqualTo(new AssumptionShare(1, 31));
    assertThat(insights.unansweredOpportunities()).isEmpty();
    assertThat(insights.channelMix()).containsExactly(
        new ChannelCount(Channel.WEB, 2),
        new ChannelCount(Channel.EMAIL, 1),
        new ChannelCount(Channel.SMS, 1),
        new ChannelCount(Channel.PHONE, 1),
        new ChannelCount(Channel.IN_PERSON, 1),
        new ChannelCount(Channel.SEARCH, 1),
        new ChannelCount(Channel.ADVERTISING, 1),
        new ChannelCount(Channel.REVIEWS, 1),
        new ChannelCount(Channel.WORD_OF_MOUTH, 1));
    assertThat(insights.momentsNotCovered()).isEmpty();
  }

  @Test
  void homeServicesFuture() {
    StageRef awareness = new StageRef(0, "awareness", "Awareness");
    StageRef consideration = new StageRef(1, "consideration", "Consideration");
    StageRef purchase = new StageRef(2, "purchase", "Purchase");
    StageRef retention = new StageRef(3, "retention", "Retention");
    StageRef advocacy = new StageRef(4, "advocacy", "Advocacy");

    JourneyInsights insights = JourneyInsights.of(HomeServicesFutureJourney.journey());

    assertThat(insights.lowMoments()).isEmpty();
    assertThat(insights.dropOffs())
        .containsExactly(new FunnelDropOff(purchase, Funnel.of(520, 290)));
    assertThat(insights.dropOffs().get(0).rate()).isEqualTo(230 / 520.0);
    assertThat(insights.stagesWithoutKpi()).isEmpty();
    assertThat(insights.touchpointsWithoutOwner()).isEmpty();
    assertThat(insights.painPointsWithoutOwner()).isEmpty();
    assertThat(insights.assumptionsByStage()).containsExactly(
        new StageAssumptions(awareness, 1, 3),
        new StageAssumptions(consideration, 0, 3),
        new StageAssumptions(purchase, 1, 3),
        new StageAssumptions(retention, 1, 2),
        new StageAssumptions(advocacy, 0, 2));
    assertThat(insights.assumptions()).isEqualTo(new AssumptionShare(3, 13));
    // the redesign removed the pain points these opportunities answered on the current map
    assertThat(insights.unansweredOpportunities()).containsExactly(
        new UnansweredOpportunity(awareness, 0, "Photos make the ad stand out"),
        new UnansweredOpportunity(consideration, 0, "Fixed prices end the haggling call"),
        new UnansweredOpportunity(retention, 0, "Reminders tied to what was removed"),
        new UnansweredOpportunity(advocacy, 0, "Crews who ask get four times more reviews"));
    assertThat(insights.channelMix()).containsExactly(
        new ChannelCount(Channel.WEB, 2),
        new ChannelCount(Channel.EMAIL, 1),
        new ChannelCount(Channel.SMS, 1),
        new ChannelCount(Channel.PHONE, 1),
        new ChannelCount(Channel.IN_PERSON, 2),
        new ChannelCount(Channel.SEARCH, 1));
    assertThat(insights.momentsNotCovered()).isEmpty();
  }

  @Test
  void b2bSoftware() {
    StageRef problem = new StageRef(0, "problem", "Realise there is a problem");
    StageRef explore = new StageRef(1, "explore", "Explore solutions");
    StageRef compare = new StageRef(2, "compare", "Compare vendors");
    StageRef justify = new StageRef(3, "justify", "Justify the purchase");
    StageRef decide = new StageRef(4, "decide", "Purchase");
    StepRef provision = new StepRef(decide, 2, "provision", "Set up the accounts");
    StageRef rollOut = new StageRef(5, "roll-out", "Roll out");

    JourneyInsights insights = JourneyInsights.of(B2bSoftwareJourney.journey());

    // the Purchase steps have per-persona emotions only ("Maps roles by hand" is the IT
    // administrator's -0.5), which are not low moments of the overall curve, and their
    // touchpoints carry no emotion
    assertThat(insights.lowMoments()).containsExactly(
        low(new TouchpointRef(justify, 0, "security-pack", "Security questionnaire"), -1.5,
            "Buried in paperwork"),
        low(problem, -1, "Frustrated"),
        low(new TouchpointRef(compare, 1, "demo-call", "Demo call"), -1, "Pushed too early"),
        low(justify, -0.5, "Tired"));
    assertThat(insights.dropOffs())
        .containsExactly(new FunnelDropOff(compare, Funnel.of(60, 21)));
    assertThat(insights.dropOffs().get(0).rate()).isEqualTo(39 / 60.0);
    assertThat(insights.stagesWithoutKpi()).containsExactly(problem);
    // the three touchpoints of the Purchase steps have owners (Sales, Finance, Product)
    assertThat(insights.touchpointsWithoutOwner())
        .containsExactly(new TouchpointRef(explore, 1, "peer-forum", "IT managers' forum"));
    // the provision step's pain point names no touchpoint
    assertThat(insights.painPointsWithoutOwner()).containsExactly(
        unowned(problem, 0, "Tickets live in three inboxes"),
        unowned(explore, 0, "Pricing page says 'contact us'"),
        unowned(justify, 0, "Security review adds 6 weeks"),
        new UnownedPainPoint(decide, Optional.of(provision), 0,
            "Roles must be mapped one by one", Optional.empty()),
        unowned(rollOut, 0, "Custom fields do not import"));
    assertThat(insights.painPointsWithoutOwner().get(3).path())
        .isEqualTo("stages[4].steps[2].painPoints[0]");
    assertThat(insights.assumptionsByStage()).containsExactly(
        new StageAssumptions(problem, 0, 5),
        new StageAssumptions(explore, 0, 6),
        new StageAssumptions(compare, 0, 6),
        new StageAssumptions(justify, 0, 6),
        new StageAssumptions(decide, 0, 6),
        new StageAssumptions(rollOut, 0, 6));
    assertThat(insights.assumptions()).isEqualTo(new AssumptionShare(0, 35));
    // Purchase's own "Offer a 90-day exit clause" is answered by the pain point of its provision
    // step: an opportunity given on the stage itself spans all of its steps, and neither names
    // a touchpoint (the rule of UnansweredOpportunity)
    assertThat(insights.unansweredOpportunities()).isEmpty();
    assertThat(insights.channelMix()).containsExactly(
        new ChannelCount(Channel.WEB, 2),
        new ChannelCount(Channel.EMAIL, 3),
        new ChannelCount(Channel.PHONE, 2),
        new ChannelCount(Channel.CHAT, 1),
        new ChannelCount(Channel.SOCIAL, 1),
        new ChannelCount(Channel.SEARCH, 1),
        new ChannelCount(Channel.REVIEWS, 1));
    assertThat(insights.momentsNotCovered()).containsExactly(Moment.I_WANT_TO_GO);
  }

  @Test
  void bankOnboarding() {
    StageRef aware = new StageRef(0, "aware", "Aware");
    StageRef acquire = new StageRef(1, "acquire", "Acquire");
    StageRef onboard = new StageRef(2, "onboard", "Onboard");
    StageRef engage = new StageRef(3, "engage", "Engage");
    StageRef retain = new StageRef(4, "retain", "Retain");
    StageRef advocate = new StageRef(5, "advocate", "Advocate");

    JourneyInsights insights = JourneyInsights.of(BankOnboardingJourney.journey());

    assertThat(insights.lowMoments()).containsExactly(
        low(new TouchpointRef(acquire, 0, "application", "Online application"), -1,
            "Stuck at ID check"),
        low(new TouchpointRef(engage, 1, "push-offers", "Push offers"), -1, "Spammed"),
        low(acquire, -0.5, "Impatient"));
    assertThat(insights.dropOffs())
        .containsExactly(new FunnelDropOff(acquire, Funnel.of(12_400, 5_700)));
    assertThat(insights.dropOffs().get(0).rate()).isEqualTo(6_700 / 12_400.0);
    assertThat(insights.stagesWithoutKpi()).isEmpty();
    assertThat(insights.touchpointsWithoutOwner()).isEmpty();
    assertThat(insights.painPointsWithoutOwner()).containsExactly(
        unowned(onboard, 0, "Card takes 8 days to arrive"),
        unowned(retain, 0, "Offers stop being opened after a few months"),
        unowned(advocate, 0, "Referral bonus is hard to find in the app"));
    assertThat(insights.assumptionsByStage()).containsExactly(
        new StageAssumptions(aware, 0, 4),
        new StageAssumptions(acquire, 0, 6),
        new StageAssumptions(onboard, 0, 6),
        new StageAssumptions(engage, 0, 4),
        new StageAssumptions(retain, 0, 4),
        new StageAssumptions(advocate, 0, 3));
    assertThat(insights.assumptions()).isEqualTo(new AssumptionShare(0, 27));
    assertThat(insights.unansweredOpportunities()).isEmpty();
    assertThat(insights.channelMix()).containsExactly(
        new ChannelCount(Channel.WEB, 1),
        new ChannelCount(Channel.MOBILE_APP, 1),
        new ChannelCount(Channel.EMAIL, 2),
        new ChannelCount(Channel.SMS, 1),
        new ChannelCount(Channel.PUSH, 1),
        new ChannelCount(Channel.IN_PERSON, 1),
        new ChannelCount(Channel.MAIL, 2),
        new ChannelCount(Channel.SEARCH, 1),
        new ChannelCount(Channel.WORD_OF_MOUTH, 1));
    assertThat(insights.momentsNotCovered()).isEmpty();
  }

  @Test
  void onlineAcademy() {
    StageRef discover = new StageRef(0, "discover", "Discover");
    StageRef evaluate = new StageRef(1, "evaluate", "Evaluate");
    StageRef enrol = new StageRef(2, "enrol", "Enrol");
    StageRef study = new StageRef(3, "study", "Study");
    StageRef finish = new StageRef(4, "finish", "Finish and apply");

    JourneyInsights insights = JourneyInsights.of(OnlineAcademyJourney.journey());

    assertThat(insights.lowMoments()).containsExactly(low(study, -1, "Falling behind"));
    // study loses 1,040 of 2,420 (43%), more than enrol's 1,480 of 3,900 (38%)
    assertThat(insights.dropOffs()).containsExactly(
        new FunnelDropOff(study, Funnel.of(2_420, 1_380)),
        new FunnelDropOff(enrol, Funnel.of(3_900, 2_420)));
    assertThat(insights.dropOffs()).extracting(FunnelDropOff::rate)
        .containsExactly(1_040 / 2_420.0, 1_480 / 3_900.0);
    assertThat(insights.stagesWithoutKpi()).isEmpty();
    assertThat(insights.touchpointsWithoutOwner()).isEmpty();
    // no pain point of this map names a touchpoint
    assertThat(insights.painPointsWithoutOwner()).containsExactly(
        unowned(discover, 0, "Most mentions are about price, not results"),
        unowned(evaluate, 0, "Syllabus page loses 60% of visitors"),
        unowned(enrol, 0, "Pause policy hidden in the terms"),
        unowned(study, 0, "Module 3 is where most students drop out"),
        unowned(study, 1, "Waiting days for an answer on the forum"),
        unowned(finish, 0, "Recruiters do not know the certificate"));
    // the HR manager's insights, from a workshop with business sales
    assertThat(insights.assumptionsByStage()).containsExactly(
        new StageAssumptions(discover, 0, 4),
        new StageAssumptions(evaluate, 1, 5),
        new StageAssumptions(enrol, 1, 5),
        new StageAssumptions(study, 0, 5),
        new StageAssumptions(finish, 1, 4));
    assertThat(insights.assumptions()).isEqualTo(new AssumptionShare(3, 23));
    assertThat(insights.unansweredOpportunities()).isEmpty();
    assertThat(insights.channelMix()).containsExactly(
        new ChannelCount(Channel.WEB, 3),
        new ChannelCount(Channel.EMAIL, 2),
        new ChannelCount(Channel.PHONE, 2),
        new ChannelCount(Channel.CHAT, 1),
        new ChannelCount(Channel.SOCIAL, 1),
        new ChannelCount(Channel.SEARCH, 1));
    assertThat(insights.momentsNotCovered()).containsExactly(Moment.I_WANT_TO_GO);
  }

  /** The example of {@link LowMoment}'s Javadoc is the home-services map's first low moment. */
  @Test
  void lowMomentExample() {
    LowMoment m = JourneyInsights.of(HomeServicesJourney.journey()).lowMoments().get(0);

    assertThat(m.stage().name()).isEqualTo("Consideration");
    assertThat(m.touchpoint().map(TouchpointRef::name)).contains("Call centre");
    assertThat(m.emotion()).hasToString("Emotion{score=-1.0, label=Kept waiting}");
  }
}
