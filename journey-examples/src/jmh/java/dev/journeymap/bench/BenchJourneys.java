package dev.journeymap.bench;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Journey;
import dev.journeymap.core.Stage;
import java.util.List;
import java.util.Locale;

/**
 * The journeys the benchmarks measure, built with the fluent builder, the same on every call.
 *
 * <pre>{@code
 * Journey medium = BenchJourneys.MEDIUM.build();   // 20 stages, 5 touchpoints each
 * }</pre>
 *
 * <p>Each stage has two actions, a question, a pain point, an opportunity and an emotion; each
 * touchpoint has its own emotion. Texts are a few words to a short sentence long, picked by a
 * fixed arithmetic sequence, so that line breaking has real work to do and every run draws the
 * same map. Immutable and thread-safe.
 */
public enum BenchJourneys {
  /** 5 stages of 3 touchpoints. */
  SMALL(5, 3),
  /** 20 stages of 5 touchpoints, the size Mermaid's journey diagram is compared at. */
  MEDIUM(20, 5),
  /** 100 stages of 10 touchpoints. */
  LARGE(100, 10);

  private static final List<String> STAGE_NAMES = List.of("Notice", "Research", "Compare",
      "Book", "Prepare", "Pickup", "Pay", "Review");
  private static final List<String> VERBS = List.of("Compares", "Books", "Reads", "Asks about",
      "Checks", "Pays for", "Cancels", "Reschedules", "Shares", "Looks for");
  private static final List<String> THINGS = List.of("the price of a pickup",
      "reviews from neighbours", "an evening time slot", "what the crew will take",
      "the confirmation email", "a refund", "the crew's arrival window", "a photo quote",
      "recycling of old furniture", "the invoice");
  private static final List<String> PLACES = List.of("on the website", "in the app",
      "by phone", "at the door", "", "while at work", "from a friend", "late at night");
  private static final List<String> QUESTIONS = List.of("Will they take the old sofa?",
      "How much will it cost in the end?", "Can I be away when they come?",
      "Is the crew insured?", "What happens if it rains?");
  private static final List<String> PAINS = List.of("No price until the crew arrives",
      "The form forgets everything on a reload", "Waited forty minutes on hold",
      "Confirmation email went to spam", "Arrival window of six hours");
  private static final List<String> OPPORTUNITIES = List.of("Show a price range from photos",
      "Save the form as the customer types", "Offer a call-back slot",
      "Send a text with the crew's position", "Narrow the window to two hours");
  private static final List<String> FEELINGS = List.of("Hopeful", "Annoyed", "Relieved",
      "Unsure", "Pleased", "Frustrated", "Calm");
  private static final Channel[] CHANNELS = Channel.values();

  private final int stages;
  private final int touchpointsPerStage;

  BenchJourneys(int stages, int touchpointsPerStage) {
    this.stages = stages;
    this.touchpointsPerStage = touchpointsPerStage;
  }

  /** The number of stages. */
  public int stages() {
    return stages;
  }

  /** The number of touchpoints in all. */
  public int touchpoints() {
    return stages * touchpointsPerStage;
  }

  /** A new journey of this size, equal to every other one this constant builds. */
  public Journey build() {
    Journey.Builder journey = Journey.builder("Clearing out a garage, " + stages + " stages")
        .id("bench-" + name().toLowerCase(Locale.ROOT))
        .goal("Increase the number of booked jobs")
        .persona("busy-homeowner", "Busy homeowner");
    for (int s = 0; s < stages; s++) {
      int stage = s;
      String name = (s + 1) + ". " + STAGE_NAMES.get(s % STAGE_NAMES.size());
      journey.stage("stage-" + (s + 1), name, spec -> describe(spec, stage));
    }
    return journey.build();
  }

  private void describe(Stage.Builder stage, int s) {
    stage.action(phrase(2 * s))
        .action(phrase(2 * s + 1))
        .question(pick(QUESTIONS, s))
        .painPoint(pick(PAINS, 3 * s + 1))
        .opportunity(pick(OPPORTUNITIES, 3 * s + 2))
        .emotion(score(s), pick(FEELINGS, s));
    for (int t = 0; t < touchpointsPerStage; t++) {
      int n = s * touchpointsPerStage + t;
      stage.touchpoint("touchpoint-" + (n + 1), pick(THINGS, 7 * n + 3),
          CHANNELS[(n * 5 + s) % CHANNELS.length],
          tp -> tp.emotion(score(n + 1), pick(FEELINGS, n + 2)));
    }
  }

  /** An action such as "Books an evening time slot on the website". */
  private static String phrase(int n) {
    String place = pick(PLACES, 5 * n + 1);
    String text = pick(VERBS, n) + " " + pick(THINGS, 3 * n + 2);
    return place.isEmpty() ? text : text + " " + place;
  }

  /** A whole score from -2 to 2 that goes up and down along the journey. */
  private static int score(int n) {
    return (n * 3 + n / 4) % 5 - 2;
  }

  private static String pick(List<String> words, int n) {
    return words.get(Math.floorMod(n * 7 + 3, words.size()));
  }
}
