package dev.journeymap.core.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Emotion;
import dev.journeymap.core.Evidence;
import dev.journeymap.core.Funnel;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.Moment;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JourneyInsightsTest {
  private static final StageRef A = new StageRef(0, "a", "A");
  private static final StageRef B = new StageRef(1, "b", "B");
  private static final StageRef C = new StageRef(2, "c", "C");
  private static final StageRef D = new StageRef(3, "d", "D");
  private static final StageRef E = new StageRef(4, "e", "E");
  private static final StageRef F = new StageRef(5, "f", "F");

  private static Journey.Builder journey() {
    return Journey.builder("Insights").goal("Learn").persona("p", "P");
  }

  /** A journey of one stage holding only an action: nothing to report but its one insight. */
  private static JourneyInsights plain() {
    return JourneyInsights.of(journey().stage("a", "A", s -> s.action("Acts")).build());
  }

  // --- lowest moments

  @Test
  void lowMomentsArePointsBelowNeutralLowestFirstTiesInCurveOrder() {
    Journey journey = journey()
        .stage("a", "A", s -> s.emotion(-1, "Annoyed"))
        .stage("b", "B", s -> s
            .touchpoint("t1", "T1", Channel.WEB, t -> t.emotion(-2, "Lost"))
            .touchpoint("t2", "T2", Channel.PHONE, t -> t.emotion(-1))
            .touchpoint("t3", "T3", Channel.EMAIL)
            .emotion(0.5))
        .stage("c", "C", s -> s.emotion(-1.5, "Angry"))
        .build();

    assertThat(JourneyInsights.of(journey).lowMoments()).containsExactly(
        new LowMoment(B, Optional.of(new TouchpointRef(B, 0, "t1", "T1")),
            Emotion.of(-2, "Lost")),
        new LowMoment(C, Optional.empty(), Emotion.of(-1.5, "Angry")),
        new LowMoment(A, Optional.empty(), Emotion.of(-1, "Annoyed")),
        new LowMoment(B, Optional.of(new TouchpointRef(B, 1, "t2", "T2")), Emotion.of(-1)));
  }

  @Test
  void aStageEmotionComesBeforeItsTouchpointsOfTheSameScore() {
    Journey journey = journey()
        .stage("a", "A", s -> s
            .touchpoint("t1", "T1", Channel.WEB, t -> t.emotion(-0.5))
            .touchpoint("t2", "T2", Channel.WEB, t -> t.emotion(-0.5))
            .emotion(-0.5))
        .build();

    assertThat(JourneyInsights.of(journey).lowMoments())
        .extracting(LowMoment::path)
        .containsExactly("stages[0].emotion", "stages[0].touchpoints[0].emotion",
            "stages[0].touchpoints[1].emotion");
  }

  @Test
  void neutralIsNotALowMoment() {
    Journey journey = journey()
        .stage("a", "A", s -> s.emotion(0)
            .touchpoint("t", "T", Channel.WEB, t -> t.emotion(2)))
        .stage("b", "B", s -> s.action("No emotion"))
        .build();

    assertThat(JourneyInsights.of(journey).lowMoments()).isEmpty();
    assertThat(plain().lowMoments()).isEmpty();
  }

  // --- funnel drop-offs

  @Test
  void dropOffsLargestRateFirstTiesAndEmptyFunnelsInJourneyOrder() {
    Journey journey = journey()
        .stage("a", "A", s -> s.funnel(100, 50))
        .stage("b", "B", s -> s.action("No funnel"))
        .stage("c", "C", s -> s.funnel(200, 100))
        .stage("d", "D", s -> s.funnel(0, 0))
        .stage("e", "E", s -> s.funnel(10, 1))
        .stage("f", "F", s -> s.funnel(10, 10))
        .build();

    assertThat(JourneyInsights.of(journey).dropOffs()).containsExactly(
        new FunnelDropOff(E, Funnel.of(10, 1)),
        new FunnelDropOff(A, Funnel.of(100, 50)),
        new FunnelDropOff(C, Funnel.of(200, 100)),
        new FunnelDropOff(D, Funnel.of(0, 0)),
        new FunnelDropOff(F, Funnel.of(10, 10)));
  }

  @Test
  void dropOffSaysEnteredCompletedLostAndRate() {
    FunnelDropOff dropOff = new FunnelDropOff(A, Funnel.of(10, 1));
    FunnelDropOff nobody = new FunnelDropOff(A, Funnel.of(0, 0));

    assertThat(dropOff.entered()).isEqualTo(10);
    assertThat(dropOff.completed()).isEqualTo(1);
    assertThat(dropOff.lost()).isEqualTo(9);
    assertThat(dropOff.rate()).isEqualTo(0.9);
    assertThat(nobody.lost()).isZero();
    assertThat(nobody.rate()).isZero();
  }

  @Test
  void noFunnelNoDropOff() {
    assertThat(plain().dropOffs()).isEmpty();
  }

  // --- stages without a KPI

  @Test
  void stagesWithoutKpiInJourneyOrderAFunnelIsNoKpi() {
    Journey journey = journey()
        .stage("a", "A", s -> s.kpi("Visits", 10, 20))
        .stage("b", "B", s -> s.funnel(10, 5))
        .stage("c", "C", s -> s.action("Acts"))
        .stage("d", "D", s -> s.kpi("Bare", k -> k.unit("%")))
        .build();

    assertThat(JourneyInsights.of(journey).stagesWithoutKpi()).containsExactly(B, C);
  }

  @Test
  void everyStageMeasuredNoStageWithoutKpi() {
    Journey journey = journey().stage("a", "A", s -> s.kpi("Visits", 10, 20)).build();

    assertThat(JourneyInsights.of(journey).stagesWithoutKpi()).isEmpty();
  }

  // --- owners

  @Test
  void touchpointsWithoutOwnerInJourneyOrder() {
    Journey journey = journey()
        .stage("a", "A", s -> s
            .touchpoint("owned", "Owned", Channel.WEB, t -> t.owner("Marketing"))
            .touchpoint("free", "Free", Channel.PHONE))
        .stage("b", "B", s -> s.action("No touchpoint"))
        .stage("c", "C", s -> s.touchpoint("loose", "Loose", Channel.SMS))
        .build();

    assertThat(JourneyInsights.of(journey).touchpointsWithoutOwner()).containsExactly(
        new TouchpointRef(A, 1, "free", "Free"),
        new TouchpointRef(C, 0, "loose", "Loose"));
  }

  @Test
  void painPointIsOwnedByTheOwnerOfItsTouchpointInWhicheverStage() {
    Journey journey = journey()
        .stage("a", "A", s -> s
            .touchpoint("owned", "Owned", Channel.WEB, t -> t.owner("Marketing"))
            .touchpoint("free", "Free", Channel.PHONE)
            .painPoint(Item.builder("On owned").touchpoint("owned").build())
            .painPoint(Item.builder("On free").touchpoint("free").build())
            .painPoint("On nothing"))
        .stage("b", "B", s -> s
            .painPoint(Item.builder("Later on owned").touchpoint("owned").build())
            .painPoint(Item.builder("Later on free").touchpoint("free").build()))
        .build();

    TouchpointRef free = new TouchpointRef(A, 1, "free", "Free");
    assertThat(JourneyInsights.of(journey).painPointsWithoutOwner()).containsExactly(
        new UnownedPainPoint(A, 1, "On free", Optional.of(free)),
        new UnownedPainPoint(A, 2, "On nothing", Optional.empty()),
        new UnownedPainPoint(B, 1, "Later on free", Optional.of(free)));
  }

  @Test
  void everyoneOwnedNothingReported() {
    Journey journey = journey()
        .stage("a", "A", s -> s
            .touchpoint("owned", "Owned", Channel.WEB, t -> t.owner("Marketing"))
            .painPoint(Item.builder("On owned").touchpoint("owned").build()))
        .build();

    assertThat(JourneyInsights.of(journey).touchpointsWithoutOwner()).isEmpty();
    assertThat(JourneyInsights.of(journey).painPointsWithoutOwner()).isEmpty();
    assertThat(plain().touchpointsWithoutOwner()).isEmpty();
    assertThat(plain().painPointsWithoutOwner()).isEmpty();
  }

  // --- assumptions

  @Test
  void assumptionsCountedPerStageOverEveryTextLaneAndOverall() {
    Journey journey = journey()
        .stage("a", "A", s -> s
            .customerGoal("Wants", Evidence.ASSUMPTION)
            .action("Acts")
            .question("Asks", Evidence.ANECDOTAL)
            .painPoint("Hurts", Evidence.ASSUMPTION)
            .opportunity("Could", Evidence.ANALYTICAL)
            .touchpoint("t", "T", Channel.WEB)
            .kpi("Visits", 1, 2))
        .stage("b", "B", s -> s.touchpoint("u", "U", Channel.WEB).emotion(1))
        .stage("c", "C", s -> s.action("Guessed", Evidence.ASSUMPTION))
        .build();

    JourneyInsights insights = JourneyInsights.of(journey);

    assertThat(insights.assumptionsByStage()).containsExactly(
        new StageAssumptions(A, 2, 5),
        new StageAssumptions(B, 0, 0),
        new StageAssumptions(C, 1, 1));
    assertThat(insights.assumptionsByStage())
        .extracting(StageAssumptions::share)
        .containsExactly(0.4, 0.0, 1.0);
    assertThat(insights.assumptions()).isEqualTo(new AssumptionShare(3, 6));
    assertThat(insights.assumptions().share()).isEqualTo(0.5);
  }

  @Test
  void noInsightNoShare() {
    Journey journey = journey().stage("a", "A", s -> s.emotion(1)).build();

    JourneyInsights insights = JourneyInsights.of(journey);

    assertThat(insights.assumptionsByStage()).containsExactly(new StageAssumptions(A, 0, 0));
    assertThat(insights.assumptions()).isEqualTo(new AssumptionShare(0, 0));
    assertThat(insights.assumptions().share()).isZero();
    assertThat(plain().assumptions()).isEqualTo(new AssumptionShare(0, 1));
  }

  // --- opportunities without a pain point

  @Test
  void opportunityAnswersAPainPointOfItsStageUnlessTheyNameDifferentTouchpoints() {
    Journey journey = journey()
        .stage("a", "A", s -> s
            .opportunity("Nothing hurts here")
            .opportunity("Still nothing"))
        .stage("b", "B", s -> s
            .touchpoint("form", "Form", Channel.WEB)
            .touchpoint("crew", "Crew", Channel.IN_PERSON)
            .painPoint(Item.builder("Form hurts").touchpoint("form").build())
            .opportunity(Item.builder("Fix the form").touchpoint("form").build())
            .opportunity("Fix the stage")
            .opportunity(Item.builder("Train the crew").touchpoint("crew").build()))
        .stage("c", "C", s -> s
            .painPoint("The stage hurts")
            .opportunity(Item.builder("Fix the crew").touchpoint("crew").build()))
        .stage("d", "D", s -> s.painPoint("Hurts, no idea yet"))
        .stage("e", "E", s -> s
            .painPoint(Item.builder("Crew hurts").touchpoint("crew").build())
            .opportunity(Item.builder("Fix the form again").touchpoint("form").build()))
        .build();

    assertThat(JourneyInsights.of(journey).unansweredOpportunities()).containsExactly(
        new UnansweredOpportunity(A, 0, "Nothing hurts here"),
        new UnansweredOpportunity(A, 1, "Still nothing"),
        new UnansweredOpportunity(B, 2, "Train the crew"),
        new UnansweredOpportunity(E, 0, "Fix the form again"));
  }

  @Test
  void aPainPointInAnotherStageAnswersNothing() {
    Journey journey = journey()
        .stage("a", "A", s -> s
            .touchpoint("form", "Form", Channel.WEB)
            .painPoint(Item.builder("Form hurts").touchpoint("form").build()))
        .stage("b", "B", s -> s
            .opportunity(Item.builder("Fix the form").touchpoint("form").build()))
        .build();

    assertThat(JourneyInsights.of(journey).unansweredOpportunities())
        .containsExactly(new UnansweredOpportunity(B, 0, "Fix the form"));
    assertThat(plain().unansweredOpportunities()).isEmpty();
  }

  // --- channel mix

  @Test
  void channelMixCountsTouchpointsInTheOrderOfChannelLeavingOutUnused() {
    Journey journey = journey()
        .stage("a", "A", s -> s
            .touchpoint("other", "Other", Channel.OTHER)
            .touchpoint("call", "Call", Channel.PHONE)
            .touchpoint("form", "Form", Channel.WEB))
        .stage("b", "B", s -> s.action("No touchpoint"))
        .stage("c", "C", s -> s
            .touchpoint("mail", "Mail", Channel.EMAIL)
            .touchpoint("page", "Page", Channel.WEB))
        .build();

    assertThat(JourneyInsights.of(journey).channelMix()).containsExactly(
        new ChannelCount(Channel.WEB, 2),
        new ChannelCount(Channel.EMAIL, 1),
        new ChannelCount(Channel.PHONE, 1),
        new ChannelCount(Channel.OTHER, 1));
  }

  @Test
  void noTouchpointNoChannel() {
    assertThat(plain().channelMix()).isEmpty();
  }

  // --- micro-moments

  @Test
  void momentsNotCoveredInTheOrderOfMoment() {
    Journey journey = journey()
        .stage("a", "A", s -> s.moment(Moment.I_WANT_TO_BUY, Moment.I_WANT_TO_KNOW))
        .stage("b", "B", s -> s.moment(Moment.I_WANT_TO_BUY))
        .build();

    assertThat(JourneyInsights.of(journey).momentsNotCovered())
        .containsExactly(Moment.I_WANT_TO_GO, Moment.I_WANT_TO_DO);
  }

  @Test
  void noMomentMissesAllFourEveryMomentMissesNone() {
    Journey all = journey()
        .stage("a", "A", s -> s.moment(Moment.I_WANT_TO_DO, Moment.I_WANT_TO_GO))
        .stage("b", "B", s -> s.moment(Moment.I_WANT_TO_KNOW, Moment.I_WANT_TO_BUY))
        .build();

    assertThat(plain().momentsNotCovered()).containsExactly(Moment.values());
    assertThat(JourneyInsights.of(all).momentsNotCovered()).isEmpty();
  }

  // --- steps

  private static final StepRef B1 = new StepRef(B, 0, "b1", "B1");
  private static final StepRef B2 = new StepRef(B, 1, "b2", "B2");
  private static final StepRef C1 = new StepRef(C, 0, "c1", "C1");
  private static final StepRef C2 = new StepRef(C, 1, "c2", "C2");
  private static final TouchpointRef TA = new TouchpointRef(A, 0, "ta", "TA");
  private static final TouchpointRef TB = new TouchpointRef(B, 0, "tb", "TB");
  private static final TouchpointRef T1 = new TouchpointRef(B, Optional.of(B1), 0, "t1", "T1");

  /**
   * A stage without steps, then two stages with steps, holding on their steps every kind of
   * content that an insight reads.
   */
  private static Journey withSteps() {
    return journey()
        .stage("a", "A", s -> s
            .emotion(-1, "Down")
            .touchpoint("ta", "TA", Channel.WEB, t -> t.owner("Web team").emotion(-0.5)))
        .stage("b", "B", s -> s
            .emotion(-1, "Down too")
            .touchpoint("tb", "TB", Channel.PHONE)
            .opportunity("Stage-wide idea")
            .funnel(100, 90)
            .moment(Moment.I_WANT_TO_KNOW)
            .step("b1", "B1", st -> st
                .emotion(-2, "Lowest")
                .touchpoint("t1", "T1", Channel.EMAIL, t -> t.emotion(-1.5, "Lost mail"))
                .painPoint(Item.builder("On the step's touchpoint").touchpoint("t1").build())
                .painPoint(Item.builder("On an owned touchpoint").touchpoint("ta").build())
                .opportunity(Item.builder("Fix t1").touchpoint("t1").build())
                .funnel(50, 10)
                .kpi("Step KPI", 1, 2)
                .moment(Moment.I_WANT_TO_BUY))
            .step("b2", "B2", st -> st
                .emotion("p", -2, "Only the persona's")
                .touchpoint("t2", "T2", Channel.SMS, t -> t.owner("Ops").emotion(1))
                .opportunity("Sibling idea", Evidence.ASSUMPTION)))
        .stage("c", "C", s -> s
            .opportunity("Answered by a step")
            .step("c1", "C1", st -> st
                .painPoint(Item.builder("On another stage's step touchpoint").touchpoint("t2")
                    .build())
                .painPoint(Item.builder("On another stage's touchpoint").touchpoint("tb")
                    .build()))
            .step("c2", "C2", st -> st
                .opportunity("Only a sibling step hurts")
                .funnel(0, 0)
                .moment(Moment.I_WANT_TO_DO)))
        .build();
  }

  @Test
  void lowMomentsReadStepsAndTheirTouchpointsButNotPersonaEmotions() {
    assertThat(JourneyInsights.of(withSteps()).lowMoments()).containsExactly(
        new LowMoment(B, Optional.of(B1), Optional.empty(), Emotion.of(-2, "Lowest")),
        new LowMoment(B, Optional.of(T1), Emotion.of(-1.5, "Lost mail")),
        new LowMoment(A, Optional.empty(), Emotion.of(-1, "Down")),
        new LowMoment(B, Optional.empty(), Emotion.of(-1, "Down too")),
        new LowMoment(A, Optional.of(TA), Emotion.of(-0.5)));
    assertThat(JourneyInsights.of(withSteps()).lowMoments()).extracting(LowMoment::path)
        .containsExactly("stages[1].steps[0].emotion",
            "stages[1].steps[0].touchpoints[0].emotion", "stages[0].emotion",
            "stages[1].emotion", "stages[0].touchpoints[0].emotion");
  }

  @Test
  void aStageEmotionIsOneLowMomentNotOnePerStepWithoutItsOwn() {
    Journey journey = journey()
        .stage("a", "A", s -> s
            .emotion(-1)
            .step("a1", "A1", st -> st.action("Acts"))
            .step("a2", "A2", st -> st.emotion(-1)))
        .build();

    assertThat(JourneyInsights.of(journey).lowMoments()).containsExactly(
        new LowMoment(A, Optional.empty(), Optional.empty(), Emotion.of(-1)),
        new LowMoment(A, Optional.of(new StepRef(A, 1, "a2", "A2")), Optional.empty(),
            Emotion.of(-1)));
  }

  @Test
  void dropOffsOfStepFunnelsLargestRateFirst() {
    assertThat(JourneyInsights.of(withSteps()).dropOffs()).containsExactly(
        new FunnelDropOff(B, Optional.of(B1), Funnel.of(50, 10)),
        new FunnelDropOff(B, Funnel.of(100, 90)),
        new FunnelDropOff(C, Optional.of(C2), Funnel.of(0, 0)));
  }

  @Test
  void aStageWhoseStepsHaveKpisHasKpis() {
    assertThat(JourneyInsights.of(withSteps()).stagesWithoutKpi()).containsExactly(A, C);
  }

  @Test
  void touchpointsOfStepsWithoutOwnerAreNamedWithTheirStep() {
    assertThat(JourneyInsights.of(withSteps()).touchpointsWithoutOwner())
        .containsExactly(TB, T1);
    assertThat(T1.path()).isEqualTo("stages[1].steps[0].touchpoints[0]");
  }

  @Test
  void painPointsOfStepsAreOwnedThroughTouchpointsOfAnyStageOrStep() {
    assertThat(JourneyInsights.of(withSteps()).painPointsWithoutOwner()).containsExactly(
        new UnownedPainPoint(B, Optional.of(B1), 0, "On the step's touchpoint", Optional.of(T1)),
        new UnownedPainPoint(C, Optional.of(C1), 1, "On another stage's touchpoint",
            Optional.of(TB)));
    assertThat(JourneyInsights.of(withSteps()).painPointsWithoutOwner())
        .extracting(UnownedPainPoint::path)
        .containsExactly("stages[1].steps[0].painPoints[0]", "stages[2].steps[0].painPoints[1]");
  }

  /** Before steps were read, this failed with an AssertionError: no touchpoint form. */
  @Test
  void aPainPointNamingAStepTouchpointNamesItWithItsStep() {
    Journey journey = journey()
        .stage("a", "A", s -> s
            .painPoint(Item.builder("Hurts at the form").touchpoint("form").build())
            .step("a1", "A1", st -> st.touchpoint("form", "Form", Channel.WEB)))
        .build();

    TouchpointRef form = new TouchpointRef(A, Optional.of(new StepRef(A, 0, "a1", "A1")), 0,
        "form", "Form");
    assertThat(JourneyInsights.of(journey).painPointsWithoutOwner())
        .containsExactly(new UnownedPainPoint(A, 0, "Hurts at the form", Optional.of(form)));
    assertThat(JourneyInsights.of(journey).touchpointsWithoutOwner()).containsExactly(form);
  }

  @Test
  void assumptionsOfAStageCountItsSteps() {
    JourneyInsights insights = JourneyInsights.of(withSteps());

    assertThat(insights.assumptionsByStage()).containsExactly(
        new StageAssumptions(A, 0, 0),
        new StageAssumptions(B, 1, 5),
        new StageAssumptions(C, 0, 4));
    assertThat(insights.assumptions()).isEqualTo(new AssumptionShare(1, 9));
  }

  @Test
  void anOpportunityOnAStepIsAnsweredByItsStepOrItsStageNeverBySiblingSteps() {
    assertThat(JourneyInsights.of(withSteps()).unansweredOpportunities()).containsExactly(
        new UnansweredOpportunity(B, Optional.of(B2), 0, "Sibling idea"),
        new UnansweredOpportunity(C, Optional.of(C2), 0, "Only a sibling step hurts"));
  }

  @Test
  void aStagePainPointAnswersTheOpportunitiesOfEveryStepButTouchpointsStillRuleOut() {
    Journey journey = journey()
        .stage("a", "A", s -> s
            .touchpoint("form", "Form", Channel.WEB)
            .touchpoint("crew", "Crew", Channel.IN_PERSON)
            .painPoint(Item.builder("Form hurts").touchpoint("form").build())
            .step("a1", "A1", st -> st
                .opportunity("Fix anything")
                .opportunity(Item.builder("Fix the form").touchpoint("form").build())
                .opportunity(Item.builder("Train the crew").touchpoint("crew").build())))
        .build();

    assertThat(JourneyInsights.of(journey).unansweredOpportunities()).containsExactly(
        new UnansweredOpportunity(A, Optional.of(new StepRef(A, 0, "a1", "A1")), 2,
            "Train the crew"));
    assertThat(JourneyInsights.of(journey).unansweredOpportunities().get(0).path())
        .isEqualTo("stages[0].steps[0].opportunities[2]");
  }

  @Test
  void channelMixAndMomentsCountSteps() {
    JourneyInsights insights = JourneyInsights.of(withSteps());

    assertThat(insights.channelMix()).containsExactly(
        new ChannelCount(Channel.WEB, 1),
        new ChannelCount(Channel.EMAIL, 1),
        new ChannelCount(Channel.SMS, 1),
        new ChannelCount(Channel.PHONE, 1));
    assertThat(insights.momentsNotCovered()).containsExactly(Moment.I_WANT_TO_GO);
  }

  @Test
  void stepResultsRefuseAStepOfAnotherStage() {
    assertThatThrownBy(() -> new StepRef(B, -1, "b1", "B1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("negative step index: -1");
    assertThatThrownBy(() -> new TouchpointRef(A, Optional.of(B1), 0, "t", "T"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("step b1 is not in stage a");
    assertThatThrownBy(() -> new FunnelDropOff(A, Optional.of(B1), Funnel.of(1, 0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("step b1 is not in stage a");
    assertThatThrownBy(() -> new UnownedPainPoint(C, Optional.of(B2), 0, "x", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("step b2 is not in stage c");
    assertThatThrownBy(() -> new UnansweredOpportunity(A, Optional.of(C1), 0, "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("step c1 is not in stage a");
    assertThatThrownBy(() -> new LowMoment(B, Optional.empty(), Optional.of(T1), Emotion.of(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("touchpoint t1 is not in stage b itself");
    assertThatThrownBy(() -> new LowMoment(B, Optional.of(B2), Optional.of(T1), Emotion.of(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("touchpoint t1 is not in step b2");
    assertThatThrownBy(() -> new LowMoment(B, Optional.of(B1), Optional.of(TB), Emotion.of(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("touchpoint tb is not in step b1");
    assertThatThrownBy(() -> new LowMoment(A, null, Optional.empty(), Emotion.of(-1)))
        .isInstanceOf(NullPointerException.class).hasMessage("step");
  }

  // --- the value

  @Test
  void aJourneyWithNothingToReportAnswersEmptyLists() {
    JourneyInsights insights = plain();

    assertThat(insights.toString()).isEqualTo("JourneyInsights{lowMoments=[], dropOffs=[], "
        + "stagesWithoutKpi=[StageRef[index=0, id=a, name=A]], touchpointsWithoutOwner=[], "
        + "painPointsWithoutOwner=[], assumptionsByStage=[StageAssumptions[stage=StageRef["
        + "index=0, id=a, name=A], assumptions=0, insights=1]], assumptions=AssumptionShare["
        + "assumptions=0, insights=1], unansweredOpportunities=[], channelMix=[], "
        + "momentsNotCovered=[I_WANT_TO_KNOW, I_WANT_TO_GO, I_WANT_TO_DO, I_WANT_TO_BUY]}");
  }

  @Test
  void insightsOfEqualJourneysAreEqual() {
    JourneyInsights one = plain();
    JourneyInsights other = JourneyInsights.of(journey()
        .stage("a", "A", s -> s.action("Acts").kpi("Visits", 1, 2)).build());

    assertThat(one).isNotSameAs(plain()).isEqualTo(plain()).hasSameHashCodeAs(plain())
        .isNotEqualTo(other);
  }

  @Test
  void refusesNull() {
    assertThatThrownBy(() -> JourneyInsights.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("journey");
  }

  @Test
  void resultsRefuseImpossibleValuesNamingThem() {
    assertThatThrownBy(() -> new StageRef(-1, "a", "A"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("negative stage index: -1");
    assertThatThrownBy(() -> new TouchpointRef(A, -2, "t", "T"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("negative touchpoint index: -2");
    assertThatThrownBy(() -> new UnownedPainPoint(A, -1, "x", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("negative pain point index: -1");
    assertThatThrownBy(() -> new UnansweredOpportunity(A, -1, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("negative opportunity index: -1");
    assertThatThrownBy(() -> new AssumptionShare(3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("assumptions must be from 0 to the 2 insights: 3");
    assertThatThrownBy(() -> new StageAssumptions(A, -1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("assumptions must be from 0 to the 2 insights: -1");
    assertThatThrownBy(() -> new ChannelCount(Channel.WEB, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("negative touchpoint count: -1");
    assertThatThrownBy(() -> new LowMoment(A,
        Optional.of(new TouchpointRef(B, 0, "t", "T")), Emotion.of(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("touchpoint t is not in stage a");
    assertThatThrownBy(() -> new FunnelDropOff(null, Funnel.of(1, 0)))
        .isInstanceOf(NullPointerException.class).hasMessage("stage");
  }

  @Test
  void aStepTouchpointAndPainPointAreLookedAtLikeTheStagesOwn() {
    Journey journey = Journey.builder("T")
        .stage("a", "A", s -> s.touchpoint("own", "Own", Channel.WEB)
            .step("b", "B", st -> st.touchpoint("in-step", "In a step", Channel.PHONE)
                .painPoint("Unowned in a step")))
        .build();
    JourneyInsights insights = JourneyInsights.of(journey);

    StepRef b = new StepRef(A, 0, "b", "B");
    assertThat(insights.touchpointsWithoutOwner()).containsExactly(
        new TouchpointRef(A, 0, "own", "Own"),
        new TouchpointRef(A, Optional.of(b), 0, "in-step", "In a step"));
    assertThat(insights.painPointsWithoutOwner()).containsExactly(
        new UnownedPainPoint(A, Optional.of(b), 0, "Unowned in a step", Optional.empty()));
    assertThat(insights.channelMix()).containsExactly(new ChannelCount(Channel.WEB, 1),
        new ChannelCount(Channel.PHONE, 1));
  }
}
