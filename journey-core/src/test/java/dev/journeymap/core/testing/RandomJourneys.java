package dev.journeymap.core.testing;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Emotion;
import dev.journeymap.core.Evidence;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.JourneyState;
import dev.journeymap.core.Kpi;
import dev.journeymap.core.Moment;
import dev.journeymap.core.Persona;
import dev.journeymap.core.Stage;
import dev.journeymap.core.Touchpoint;
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

  private final Random random;
  private final int maxStages;

  private RandomJourneys(long seed, int maxStages) {
    this.random = new Random(seed);
    this.maxStages = maxStages;
  }

  /** The seeds 1 to 200, for {@code @MethodSource}. */
  public static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 200).boxed();
  }

  /** A valid journey of 1 to 12 stages. */
  public static Journey journey(long seed) {
    return new RandomJourneys(seed, 12).journey();
  }

  /** A valid journey of 1 to {@code maxStages} stages. */
  public static Journey journey(long seed, int maxStages) {
    return new RandomJourneys(seed, maxStages).journey();
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
    int stages = 1 + random.nextInt(maxStages);
    List<String> touchpointIds = new ArrayList<>();
    List<Stage> built = new ArrayList<>();
    for (int i = 0; i < stages; i++) {
      built.add(stage("s" + i + "-" + id("stage"), i, personaIds, touchpointIds));
    }
    built.forEach(b::stage);
    return b.build();
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
    return s.build();
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
