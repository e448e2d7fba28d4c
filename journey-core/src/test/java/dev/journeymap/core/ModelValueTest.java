package dev.journeymap.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeymap.core.json.JourneyJson;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every model type compares by value, hides its generated implementation, and survives a JSON
 * round trip inside a journey.
 */
class ModelValueTest {

  /** Two separately built equal values are equal, hash alike, and differ from {@code other}. */
  private static <T> void comparesByValue(Supplier<T> make, T other) {
    T one = make.get();
    T two = make.get();
    assertThat(one).isNotSameAs(two).isEqualTo(two).hasSameHashCodeAs(two).isNotEqualTo(other);
    assertThat(one.toString()).isEqualTo(two.toString());
    assertThat(one.getClass().getSimpleName()).startsWith("Immutable");
    assertThat(java.lang.reflect.Modifier.isPublic(one.getClass().getModifiers())).isFalse();
  }

  private static Journey roundTrip(Journey journey) {
    return JourneyJson.read(JourneyJson.write(journey));
  }

  private static Journey.Builder base() {
    return Journey.builder("T").goal("G").persona("p", "P");
  }

  @Test
  void itemComparesByValueAndRoundTrips() {
    Supplier<Item> rich = () -> Item.builder("Slow").evidence(Evidence.ANALYTICAL)
        .source("Analytics").persona("p").touchpoint("t").build();
    comparesByValue(rich, Item.builder("Slow").evidence(Evidence.ANECDOTAL).source("Analytics")
        .persona("p").touchpoint("t").build());
    comparesByValue(() -> Item.of("x"), Item.of("y"));
    assertThat(rich.get().toString()).isEqualTo("Item{text=Slow, evidence=ANALYTICAL,"
        + " source=Analytics, persona=p, touchpoint=t}");
    Journey journey = base().stage("a", "A", s -> s.touchpoint("t", "T", Channel.WEB)
        .painPoint(rich.get()).action("plain")).build();
    assertThat(roundTrip(journey).stages().get(0).painPoints()).containsExactly(rich.get());
    assertThat(roundTrip(journey)).isEqualTo(journey);
  }

  @Test
  void emotionComparesByValueAndRoundTrips() {
    comparesByValue(() -> Emotion.of(-1, "Annoyed"), Emotion.of(-1));
    comparesByValue(() -> Emotion.of(0.5), Emotion.of(0.25));
    assertThat(Emotion.of(-1, "Annoyed").toString()).isEqualTo("Emotion{score=-1.0, label=Annoyed}");
    Journey journey = base().stage("a", "A", s -> s.emotion(-1.75, "Lost")).build();
    assertThat(roundTrip(journey).stages().get(0).emotion()).contains(Emotion.of(-1.75, "Lost"));
  }

  @Test
  void kpiComparesByValueAndRoundTrips() {
    comparesByValue(() -> Kpi.builder("Calls").value(92).target(100).unit("calls/week").build(),
        Kpi.builder("Calls").value(92).unit("calls/week").build());
    Journey journey = base().stage("a", "A", s -> s
        .kpi("Share", k -> k.value(0.1).target(1e20).unit("%"))
        .kpi(Kpi.builder("Bare").build())).build();
    assertThat(roundTrip(journey)).isEqualTo(journey);
  }

  @Test
  void funnelComparesByValueAndRoundTrips() {
    comparesByValue(() -> Funnel.of(1000, 420), Funnel.of(1000, 421));
    assertThat(Funnel.of(1000, 420).toString()).isEqualTo("Funnel{entered=1000, completed=420}");
    Journey journey = base().stage("a", "A", s -> s.funnel(Long.MAX_VALUE, 0)).build();
    assertThat(roundTrip(journey).stages().get(0).funnel())
        .contains(Funnel.of(Long.MAX_VALUE, 0));
  }

  @Test
  void touchpointComparesByValueAndRoundTrips() {
    Supplier<Touchpoint> full = () -> Touchpoint.builder("t", "T", Channel.PHONE).owner("Sales")
        .description("Calls").emotion(1, "Helped").url("mailto:a@example.com").persona("p")
        .build();
    comparesByValue(full, Touchpoint.builder("t", "T", Channel.CHAT).owner("Sales")
        .description("Calls").emotion(1, "Helped").url("mailto:a@example.com").persona("p")
        .build());
    Journey journey = base().stage("a", "A", s -> s.touchpoint(full.get())).build();
    assertThat(roundTrip(journey).touchpoint("t")).contains(full.get());
  }

  @Test
  void personaComparesByValueKeepsAttributeOrderAndRoundTrips() {
    Supplier<Persona> full = () -> Persona.builder("q", "Q").description("D").goal("g1", "g2")
        .frustration("f").quote("Hi").attribute("z", "1").attribute("a", "2").build();
    comparesByValue(full, Persona.builder("q", "Q").description("D").goal("g1", "g2")
        .frustration("f").quote("Hi").attribute("z", "1").attribute("a", "3").build());
    Journey journey = base().persona(full.get()).stage("a", "A", s -> s.action("x")).build();
    Persona read = roundTrip(journey).persona("q").orElseThrow();
    assertThat(read).isEqualTo(full.get());
    assertThat(read.attributes().keySet()).containsExactly("z", "a");
  }

  @Test
  void refusesAPersonaAttributeGivenTwice() {
    assertThatThrownBy(() -> Persona.builder("q", "Q").attribute("a", "1").attribute(" a", "2")
        .build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void stageComparesByValueAndRoundTrips() {
    Supplier<Stage> full = () -> Stage.builder("s", "S").description("D").customerGoal("g")
        .action("a").question("q").touchpoint("t", "T", Channel.SMS).emotion(2)
        .painPoint("p", Evidence.ASSUMPTION).opportunity("o").kpi("k", 1, 2).funnel(3, 2)
        .moment(Moment.I_WANT_TO_BUY, Moment.I_WANT_TO_KNOW).build();
    comparesByValue(full, Stage.builder("s", "S").build());
    Journey journey = base().stage(full.get()).build();
    assertThat(roundTrip(journey).stages()).containsExactly(full.get());
  }

  @Test
  void journeyComparesByValueCopiesThroughItsBuilderAndRoundTrips() {
    Supplier<Journey> make = () -> base().id("j").description("D").state(JourneyState.FUTURE)
        .locale("fr").stage("a", "A", s -> s.action("x")).build();
    comparesByValue(make, make.get().toBuilder().state(JourneyState.CURRENT).build());
    assertThat(make.get().toBuilder().build()).isEqualTo(make.get());
    assertThat(roundTrip(make.get())).isEqualTo(make.get());
  }

  @Test
  void theAdditionsCompareByValueAndRoundTrip() {
    Supplier<Item> blueprint = () -> Item.builder("Plans the day").id("plan").owner("Ops")
        .failPoint("No crew").duration(java.time.Duration.ofMinutes(45)).build();
    comparesByValue(blueprint, Item.builder("Plans the day").id("plan").owner("Ops")
        .failPoint("No crew").duration(java.time.Duration.ofMinutes(46)).build());
    assertThat(blueprint.get().toString()).isEqualTo("Item{text=Plans the day, id=plan,"
        + " owner=Ops, failPoint=No crew, duration=PT45M}");
    comparesByValue(() -> Emotion.ofPersona("p", 1, "Glad"), Emotion.of(1, "Glad"));
    assertThat(Emotion.ofPersona("p", 1, "Glad").toString())
        .isEqualTo("Emotion{score=1.0, label=Glad, persona=p}");
    comparesByValue(() -> LaneDefinition.of("c", "C", "D"), LaneDefinition.of("c", "C"));
    comparesByValue(() -> Link.of("a", "b"), Link.of("a", "b", LinkKind.EXCHANGE));
    Supplier<Step> step = () -> Step.builder("st", "St").description("D").persona("p")
        .action("a").emotion("p", -1).lane("c", "l").evidence("e").frontstage("f")
        .backstage(blueprint.get()).support("s").build();
    comparesByValue(step, Step.builder("st", "St").build());
    Supplier<Journey> make = () -> base().lane("c", "C").stage("a", "A", s -> s.step(step.get())
        .emotion("p", 1).touchpoint("t", "T", Channel.WEB, t -> t.emotion("p", 2)))
        .link("plan", "plan-2").stage("b", "B", s -> s.support(Item.builder("x").id("plan-2")
            .build())).build();
    comparesByValue(make, base().lane("c", "C").stage("a", "A", s -> s.step(step.get()))
        .build());
    assertThat(make.get().toBuilder().build()).isEqualTo(make.get());
    assertThat(roundTrip(make.get())).isEqualTo(make.get());
    assertThatThrownBy(() -> make.get().stages().get(0).steps().get(0).lanes().put("d", null))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void listsAreImmutable() {
    Journey journey = base().stage("a", "A", s -> s.action("x")).build();
    List<Stage> stages = journey.stages();
    assertThatThrownBy(() -> stages.add(Stage.builder("b", "B").build()))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
