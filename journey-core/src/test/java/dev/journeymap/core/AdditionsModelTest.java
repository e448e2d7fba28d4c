package dev.journeymap.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeymap.core.testing.AdditionsExample;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Steps, persona emotions, custom lanes, the blueprint and links: the model and its queries. */
class AdditionsModelTest {
  private final Journey painted = AdditionsExample.journey();

  private static Journey twoStages() {
    return Journey.builder("Two stages")
        .persona("couple", "Couple")
        .persona("landlord", "Landlord")
        .lane("content", "Content")
        .stage("awareness", "Awareness", s -> s
            .emotion(0, "Unsure")
            .emotion("couple", -1)
            .lane("content", "Flyer"))
        .stage("purchase", "Purchase", s -> s
            .emotion(1, "Relieved")
            .emotion("landlord", 2)
            .step("book", "Books", st -> st.action("Books").emotion("couple", -0.5))
            .step("pay", "Pays", st -> st.emotion(-1).emotion("landlord", 1)
                .lane("content", "Invoice")))
        .build();
  }

  @Test
  void aStageWithoutStepsIsOneColumnAndEachStepIsAColumn() {
    Journey journey = twoStages();
    Stage awareness = journey.stages().get(0);
    Stage purchase = journey.stages().get(1);

    assertThat(journey.columns()).containsExactly(
        new Column(0, 0, awareness, Optional.empty()),
        new Column(1, 1, purchase, Optional.of(purchase.steps().get(0))),
        new Column(2, 1, purchase, Optional.of(purchase.steps().get(1))));
    assertThat(journey.columns()).extracting(Column::id, Column::name, Column::isStep)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("awareness", "Awareness", false),
            org.assertj.core.groups.Tuple.tuple("book", "Books", true),
            org.assertj.core.groups.Tuple.tuple("pay", "Pays", true));
    assertThat(journey.columns().toString()).isEqualTo("[Column[0, awareness], Column[1, book],"
        + " Column[2, pay]]");
    assertThat(journey.column("pay").map(c -> c.stage().id())).contains("purchase");
    assertThat(journey.column("purchase")).isEmpty();
  }

  @Test
  void theAggregateCurveHasOnePointPerColumnAndAStepWithoutOneTakesItsStages() {
    assertThat(twoStages().aggregateCurve()).containsExactly(
        Optional.of(Emotion.of(0, "Unsure")),
        Optional.of(Emotion.of(1, "Relieved")),
        Optional.of(Emotion.of(-1)));
  }

  @Test
  void aPersonasCurveHasGapsWhereThePersonaHasNoPoint() {
    Journey journey = twoStages();
    assertThat(journey.personaCurve("couple")).containsExactly(
        Optional.of(Emotion.ofPersona("couple", -1)),
        Optional.of(Emotion.ofPersona("couple", -0.5)),
        Optional.empty());
    assertThat(journey.personaCurve("landlord")).containsExactly(
        Optional.empty(),
        Optional.of(Emotion.ofPersona("landlord", 2)),
        Optional.of(Emotion.ofPersona("landlord", 1)));
    assertThat(journey.personaCurve("nobody"))
        .containsExactly(Optional.empty(), Optional.empty(), Optional.empty());
  }

  @Test
  void theItemsOfALaneInAColumnAreTheColumnsOwn() {
    Journey journey = twoStages();
    assertThat(journey.items(journey.columns().get(0), "content"))
        .containsExactly(Item.of("Flyer"));
    assertThat(journey.items(journey.columns().get(1), "content")).isEmpty();
    assertThat(journey.items(journey.columns().get(2), "content"))
        .containsExactly(Item.of("Invoice"));
    assertThat(journey.items(journey.columns().get(1), "actions"))
        .containsExactly(Item.of("Books"));
    Column book = painted.column("book").orElseThrow();
    assertThat(painted.items(book, "backstage")).containsExactly(
        Item.builder("Dispatcher plans the crew's day").id("schedule").owner("Operations")
            .failPoint("No crew free on the requested day").build());
    assertThat(painted.items(book, "evidence")).containsExactly(Item.of("Confirmation e-mail"));
    assertThat(painted.items(book, "no-such-lane")).isEmpty();
  }

  @Test
  void lanesOfOtherValuesThanItemsAreReadThroughTheirOwnAccessors() {
    Column book = painted.column("book").orElseThrow();
    assertThatThrownBy(() -> painted.items(book, "touchpoints"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lane touchpoints does not hold items");
  }

  @Test
  void builtInLanesHaveTheIdsOfTheFormatDocumentInOrder() {
    assertThat(BuiltInLane.ids()).containsExactly("customer-goals", "actions", "touchpoints",
        "questions", "emotions", "pain-points", "opportunities", "kpis", "funnel", "moments",
        "evidence", "frontstage", "backstage", "support");
    assertThat(BuiltInLane.of("pain-points")).contains(BuiltInLane.PAIN_POINTS);
    assertThat(BuiltInLane.of("content")).isEmpty();
    assertThat(java.util.Arrays.stream(BuiltInLane.values()).filter(BuiltInLane::isBlueprint))
        .containsExactly(BuiltInLane.EVIDENCE, BuiltInLane.FRONTSTAGE, BuiltInLane.BACKSTAGE,
            BuiltInLane.SUPPORT);
    Step book = painted.column("book").orElseThrow().step().orElseThrow();
    assertThat(BuiltInLane.SUPPORT.items(book)).isSameAs(book.support());
    assertThat(BuiltInLane.ACTIONS.items(book)).isSameAs(book.actions());
    assertThatThrownBy(() -> BuiltInLane.KPIS.items(book))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("lane kpis does not hold items");
    assertThat(java.util.Arrays.stream(BuiltInLane.values()).filter(l -> !l.holdsItems()))
        .containsExactly(BuiltInLane.TOUCHPOINTS, BuiltInLane.EMOTIONS, BuiltInLane.KPIS,
            BuiltInLane.FUNNEL, BuiltInLane.MOMENTS);
  }

  @Test
  void theBuilderMakesWhatTheCodeSays() {
    Stage purchase = painted.stages().get(0);
    Step book = purchase.steps().get(0);

    assertThat(painted.lanes())
        .containsExactly(LaneDefinition.of("content", "Content", "What we send them"));
    assertThat(painted.links()).containsExactly(Link.of("fill-form", "schedule"),
        Link.of("schedule", "scheduler", LinkKind.EXCHANGE));
    assertThat(painted.links().get(0).kind()).isEqualTo(LinkKind.FLOW);
    assertThat(purchase.emotion()).contains(Emotion.of(0.5, "Relieved once booked"));
    assertThat(purchase.step("crew-visit").orElseThrow().emotions()).containsExactly(
        Emotion.ofPersona("couple", 1.5), Emotion.ofPersona("landlord", 1));
    assertThat(book.personas()).containsExactly("couple");
    assertThat(book.emotionOf("couple")).contains(Emotion.ofPersona("couple", -1, "Annoyed"));
    assertThat(book.emotionOf("landlord")).isEmpty();
    assertThat(book.lanes()).containsExactly(
        java.util.Map.entry("content", com.google.common.collect.ImmutableList.of(
            Item.of("Booking confirmation with the crew's photo"))));
    assertThat(book.frontstage().get(0).duration()).contains(Duration.ofHours(4));
    assertThat(book.frontstage().get(0).isPlainText()).isFalse();
    assertThat(painted.touchpoint("booking-form")).isPresent();
    assertThat(painted.touchpoints()).extracting(Touchpoint::id).containsExactly("booking-form");
    assertThat(painted.item("scheduler").map(Item::text)).contains("Scheduling system");
    assertThat(painted.item("nothing")).isEmpty();
    assertThat(purchase.isEmpty()).isFalse();
    assertThat(painted.stagesUsing(Channel.WEB)).containsExactly(purchase);
  }

  @Test
  void aStageBuilderCanBuildTwiceWithoutRepeatingItsContent() {
    Stage.Builder builder = Stage.builder("a", "A").action("x").lane("content", "y");
    Stage first = builder.build();
    Stage second = builder.action("z").build();
    assertThat(first.actions()).containsExactly(Item.of("x"));
    assertThat(second.actions()).containsExactly(Item.of("x"), Item.of("z"));
    assertThat(second.lanes().get("content")).containsExactly(Item.of("y"));
  }

  @Test
  void customLaneItemsAppendInTheOrderOfTheirLanesFirstUse() {
    Step step = Step.builder("s", "S").lane("b", "1").lane("a", "2").lane("b", "3").build();
    assertThat(step.lanes().keySet()).containsExactly("b", "a");
    assertThat(step.lanes().get("b")).containsExactly(Item.of("1"), Item.of("3"));
    assertThat(step.allItems()).containsExactly(Item.of("1"), Item.of("3"), Item.of("2"));
  }

  @Test
  void assumptionsIncludeTheInsightsOfSteps() {
    Journey journey = Journey.builder("T")
        .stage("a", "A", s -> s.action("x", Evidence.ASSUMPTION)
            .step("b", "B", st -> st.painPoint("y", Evidence.ASSUMPTION)
                .backstage(Item.builder("z").evidence(Evidence.ASSUMPTION).build())))
        .build();
    assertThat(journey.assumptions()).extracting(Item::text).containsExactly("x", "y");
  }
}
