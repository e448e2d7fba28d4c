package dev.journeymap.core.testing;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Emotion;
import dev.journeymap.core.Evidence;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.JourneyState;
import dev.journeymap.core.Kpi;
import dev.journeymap.core.LaneContentBuilder;
import dev.journeymap.core.Moment;
import dev.journeymap.core.Persona;
import dev.journeymap.core.Stage;
import dev.journeymap.core.Step;
import dev.journeymap.core.Touchpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Generates valid random journeys for property-style tests, from a seed, so that a failing case
 * is reproduced by its seed alone.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @MethodSource("dev.journeymap.core.testing.RandomJourneys#seeds")
 * void roundTrips(long seed) {
 *   Journey journey = RandomJourneys.journey(seed);
 *   ...
 * }
 * }</pre>
 *
 * <p>The journeys mix empty and crowded lanes, all optional fields present or absent, plain and
 * rich items, references between items, touchpoints and personas, and texts in several scripts:
 * ASCII, French, German and Polish accents, Greek, Cyrillic, CJK, emoji, and words far longer
 * than a map column.
 *
 * <p>{@link #journey(long)} makes journeys of the format as it was first written;
 * {@link #withAdditions(long)} makes journeys that also use every one of the "additions to format
 * 1": steps, emotions per persona, custom lanes, the service blueprint, links, and items with ids,
 * owners, fail points and durations. For a given seed, {@code journey} gives the same journey as
 * it always did, so that the tests of modules that do not know the additions yet keep their
 * cases.
 */
public final class RandomJourneys {
  private static final String[] WORDS = {
      "book", "junk", "removal", "garage", "price", "quote", "evening", "phone", "review",
      "crew", "truck", "weekend", "schedule", "invoice", "survey", "support"};
  private static final String[] ACCENTED = {
      "déjà", "réservation", "équipe", "fenêtre", "Straße", "Größe", "Übergabe", "łóżko",
      "zażółć", "gęślą", "jaźń", "Ångström", "naïve", "œuvre", "ça"};
  private static final String[] OTHER_SCRIPTS = {
      "καλημέρα", "привет", "預約", "申し込み", "예약", "שלום", "مرحبا", "😀", "👍🏽", "🇫🇷",
      "a\u0301", "👨‍👩‍👧"};
  private static final String LONG_WORD =
      "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenherstellungsbetrieb";

  private static final String[] DURATIONS = {
      "PT45M", "PT26H", "P2D", "PT1H30M", "PT0.5S", "PT0S", "P10D", "PT90S", "P1DT2H"};

  private final Random random;
  private final int maxStages;
  private final boolean additions;
  private final List<String> itemIds = new ArrayList<>();
  private List<String> laneIds = List.of();

  private RandomJourneys(long seed, int maxStages, boolean additions) {
    this.random = new Random(seed);
    this.maxStages = maxStages;
    this.additions = additions;
  }

  /** The seeds 1 to 200, for {@code @MethodSource}. */
  public static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 200).boxed();
  }

  /** A valid journey of 1 to 12 stages. */
  public static Journey journey(long seed) {
    return new RandomJourneys(seed, 12, false).journey();
  }

  /** A valid journey of 1 to {@code maxStages} stages. */
  public static Journey journey(long seed, int maxStages) {
    return new RandomJourneys(seed, maxStages, false).journey();
  }

  /**
   * A valid journey of 2 to 9 stages that uses the additions to format 1: every one has custom
   * lanes, a step with blueprint items that have ids, an exchange link between them, and (when
   * it has personas) persona emotions; steps elsewhere, flow links, item owners, fail points and
   * durations come with most seeds.
   */
  public static Journey withAdditions(long seed) {
    return new RandomJourneys(seed, 8, true).journey();
  }

  private Journey journey() {
    Journey.Builder b = Journey.builder(text(1, 8));
    maybe(() -> b.id(id("map")));
    maybe(() -> b.description(text(3, 30)));
    maybe(() -> b.goal(text(2, 10)));
    maybe(() -> b.state(pick(JourneyState.values())));
    maybe(() -> b.locale(pick(new String[] {"en", "fr", "de", "pl", "fr-CA"})));
    int personas = random.nextInt(4);
    List<String> personaIds = new ArrayList<>();
    for (int i = 0; i < personas; i++) {
      String id = "p" + i + "-" + id("persona");
      personaIds.add(id);
      b.persona(persona(id));
    }
    if (additions) {
      List<String> lanes = new ArrayList<>();
      int count = 1 + random.nextInt(3);
      for (int i = 0; i < count; i++) {
        String id = "lane" + i + "-" + id("custom");
        lanes.add(id);
        if (random.nextBoolean()) {
          b.lane(id, text(1, 3), text(2, 8));
        } else {
          b.lane(id, text(1, 3));
        }
      }
      laneIds = lanes;
    }
    int stages = 1 + random.nextInt(maxStages);
    List<String> touchpointIds = new ArrayList<>();
    List<Stage> built = new ArrayList<>();
    for (int i = 0; i < stages; i++) {
      built.add(stage("s" + i + "-" + id("stage"), i, personaIds, touchpointIds));
    }
    built.forEach(b::stage);
    if (additions) {
      // every lane used at least once, so that no "unused lane" warning hides a mistake
      Stage.Builder extra = Stage.builder("s-extra", text(1, 3));
      laneIds.forEach(lane -> extra.lane(lane, item(personaIds, touchpointIds)));
      Item backstage = withId(text(1, 5));
      Item support = withId(text(1, 5));
      extra.step("s-extra-step", text(1, 3), st -> {
        st.backstage(backstage).support(support).emotion(random.nextInt(5) - 2);
        personaIds.forEach(p -> st.emotion(p, random.nextInt(5) - 2));
      });
      b.stage(extra.build());
      b.exchange(backstage.id().orElseThrow(), support.id().orElseThrow());
      int links = random.nextInt(4);
      for (int i = 0; i < links; i++) {
        String from = pick(itemIds.toArray(String[]::new));
        String to = pick(itemIds.toArray(String[]::new));
        if (from.equals(to)) {
          continue;
        }
        if (random.nextBoolean()) {
          b.link(from, to);
        } else {
          b.exchange(from, to);
        }
      }
    }
    return b.build();
  }

  private Item withId(String text) {
    String id = "i" + itemIds.size() + "-" + id("item");
    itemIds.add(id);
    return Item.builder(text).id(id).build();
  }

  private Persona persona(String id) {
    Persona.Builder p = Persona.builder(id, text(1, 4));
    maybe(() -> p.description(text(3, 25)));
    repeat(3, () -> p.goal(text(2, 12)));
    repeat(3, () -> p.frustration(text(2, 12)));
    maybe(() -> p.quote(text(3, 15)));
    int attributes = random.nextInt(3);
    for (int i = 0; i < attributes; i++) {
      p.attribute("key" + i, text(1, 3));
    }
    return p.build();
  }

  private Stage stage(String id, int index, List<String> personaIds,
      List<String> touchpointIds) {
    Stage.Builder s = Stage.builder(id, text(1, 4));
    boolean crowded = random.nextInt(4) == 0;
    int most = crowded ? 6 : 2;
    maybe(() -> s.description(text(3, 20)));
    int touchpoints = random.nextInt(crowded ? 6 : 3);
    for (int i = 0; i < touchpoints; i++) {
      String tid = "t" + index + "-" + i + "-" + id("tp");
      touchpointIds.add(tid);
      s.touchpoint(touchpoint(tid, personaIds));
    }
    repeat(most, () -> s.customerGoal(item(personaIds, touchpointIds)));
    repeat(most, () -> s.action(item(personaIds, touchpointIds)));
    repeat(most, () -> s.question(item(personaIds, touchpointIds)));
    maybe(() -> s.emotion(emotion()));
    repeat(most, () -> s.painPoint(item(personaIds, touchpointIds)));
    repeat(most, () -> s.opportunity(item(personaIds, touchpointIds)));
    repeat(crowded ? 3 : 1, () -> s.kpi(kpi()));
    maybe(() -> {
      long entered = random.nextInt(100_000);
      s.funnel(entered, entered == 0 ? 0 : random.nextLong(entered + 1));
    });
    repeat(crowded ? 4 : 1, () -> s.moment(pick(Moment.values())));
    if (additions) {
      additions(s, personaIds, touchpointIds, most);
      int steps = random.nextInt(4);
      for (int i = 0; i < steps; i++) {
        Step.Builder step = Step.builder(id + "-st" + i, text(1, 4));
        maybe(() -> step.description(text(2, 10)));
        for (String persona : personaIds) {
          maybe(() -> step.persona(persona));
        }
        repeat(1, () -> step.action(item(personaIds, touchpointIds)));
        int stepTouchpoints = random.nextInt(2);
        for (int t = 0; t < stepTouchpoints; t++) {
          String tid = "t" + index + "-st" + i + "-" + t + "-" + id("tp");
          touchpointIds.add(tid);
          step.touchpoint(touchpoint(tid, personaIds));
        }
        maybe(() -> step.emotion(emotion()));
        maybe(() -> step.funnel(10, random.nextInt(11)));
        repeat(1, () -> step.kpi(kpi()));
        additions(step, personaIds, touchpointIds, 2);
        s.step(step.build());
      }
    }
    return s.build();
  }

  /** Persona emotions, custom lanes and the blueprint, on a stage or a step. */
  private <B extends LaneContentBuilder<B>> void additions(B content, List<String> personaIds,
      List<String> touchpointIds, int most) {
    for (String persona : personaIds) {
      maybe(() -> {
        Emotion e = emotion();
        content.personaEmotion(e.label().isPresent()
            ? Emotion.ofPersona(persona, e.score(), e.label().get())
            : Emotion.ofPersona(persona, e.score()));
      });
    }
    for (String lane : laneIds) {
      repeat(most, () -> content.lane(lane, item(personaIds, touchpointIds)));
    }
    repeat(most, () -> content.evidence(item(personaIds, touchpointIds)));
    repeat(most, () -> content.frontstage(item(personaIds, touchpointIds)));
    repeat(most, () -> content.backstage(item(personaIds, touchpointIds)));
    repeat(most, () -> content.support(item(personaIds, touchpointIds)));
    maybe(() -> content.painPoint(withId(text(1, 6))));
  }

  private Touchpoint touchpoint(String id, List<String> personaIds) {
    Touchpoint.Builder t = Touchpoint.builder(id, text(1, 5), pick(Channel.values()));
    maybe(() -> t.owner(text(1, 3)));
    maybe(() -> t.description(text(3, 15)));
    maybe(() -> t.emotion(emotion()));
    maybe(() -> t.url(pick(new String[] {
        "https://example.com/book", "http://example.org/a?b=c&d=e", "mailto:help@example.com"})));
    if (!personaIds.isEmpty()) {
      maybe(() -> t.persona(pick(personaIds.toArray(String[]::new))));
    }
    if (additions) {
      for (String persona : personaIds) {
        maybe(() -> t.emotion(persona, emotion().score(), text(1, 3)));
      }
    }
    return t.build();
  }

  private Item item(List<String> personaIds, List<String> touchpointIds) {
    if (random.nextBoolean()) {
      return Item.of(text(1, 14));
    }
    Item.Builder item = Item.builder(text(1, 14));
    maybe(() -> item.evidence(pick(Evidence.values())));
    maybe(() -> item.source(text(2, 6)));
    if (!personaIds.isEmpty()) {
      maybe(() -> item.persona(pick(personaIds.toArray(String[]::new))));
    }
    if (!touchpointIds.isEmpty()) {
      maybe(() -> item.touchpoint(pick(touchpointIds.toArray(String[]::new))));
    }
    if (additions) {
      maybe(() -> {
        String id = "i" + itemIds.size() + "-" + id("item");
        itemIds.add(id);
        item.id(id);
      });
      maybe(() -> item.owner(text(1, 3)));
      maybe(() -> item.failPoint(text(2, 8)));
      maybe(() -> item.duration(Duration.parse(pick(DURATIONS))));
    }
    return item.build();
  }

  private Emotion emotion() {
    double score = random.nextBoolean()
        ? random.nextInt(5) - 2
        : Math.round((random.nextDouble() * 4 - 2) * 100) / 100.0;
    return random.nextBoolean() ? Emotion.of(score) : Emotion.of(score, text(1, 5));
  }

  private Kpi kpi() {
    Kpi.Builder k = Kpi.builder(text(1, 4));
    maybe(() -> k.value(random.nextBoolean() ? random.nextInt(200_000) : random.nextDouble()));
    maybe(() -> k.target(random.nextInt(200_000)));
    maybe(() -> k.unit(pick(new String[] {"%", "calls/week", "jobs", "€"})));
    return k.build();
  }

  /** A text of {@code min} to {@code max} words, mostly English, sometimes not. */
  private String text(int min, int max) {
    int words = min + random.nextInt(max - min + 1);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        text.append(' ');
      }
      int kind = random.nextInt(20);
      if (kind == 0) {
        text.append(LONG_WORD);
      } else if (kind < 4) {
        text.append(pick(ACCENTED));
      } else if (kind < 6) {
        text.append(pick(OTHER_SCRIPTS));
      } else {
        text.append(pick(WORDS));
      }
    }
    return text.toString();
  }

  private String id(String prefix) {
    return prefix + "-" + Integer.toString(random.nextInt(1_000_000), 36);
  }

  private void maybe(Runnable action) {
    if (random.nextBoolean()) {
      action.run();
    }
  }

  private void repeat(int most, Runnable action) {
    int times = random.nextInt(most + 1);
    for (int i = 0; i < times; i++) {
      action.run();
    }
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
