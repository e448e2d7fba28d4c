package dev.journeymap.render;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Journey;
import dev.journeymap.core.validation.JourneyValidator;

/**
 * The largest journey the validator (and so the JSON reader) accepts, give or take a few
 * entries: {@value JourneyValidator#MAX_STAGES} stages, {@value JourneyValidator#MAX_TOUCHPOINTS}
 * touchpoints and {@value JourneyValidator#MAX_ENTRIES} list entries, each text about 90
 * characters of ordinary words: its JSON is 64.3 million characters, just under the reader's
 * 64 MiB.
 */
public final class JourneysAtTheLimits {
  private static final String[] WORDS = {
      "book", "junk", "removal", "garage", "price", "quote", "evening", "phone", "review",
      "crew", "truck", "weekend", "schedule", "invoice", "survey", "support"};

  private JourneysAtTheLimits() {}

  /** The journey at every limit. */
  public static Journey atTheLimits() {
    return journey(JourneyValidator.MAX_STAGES,
        JourneyValidator.MAX_TOUCHPOINTS / JourneyValidator.MAX_STAGES,
        JourneyValidator.MAX_ENTRIES / JourneyValidator.MAX_STAGES / 5);
  }

  /**
   * A journey of {@code stages} stages, each with {@code touchpoints} touchpoints and
   * {@code perLane} entries in each of its five item lanes.
   */
  public static Journey journey(int stages, int touchpoints, int perLane) {
    Journey.Builder b = Journey.builder("A journey at the reader's limits").goal(text(0, 12));
    for (int s = 0; s < stages; s++) {
      int stage = s;
      b.stage("s" + s, "Stage " + s, st -> {
        for (int t = 0; t < touchpoints; t++) {
          st.touchpoint("t" + stage + "-" + t, text(stage + t, 6),
              Channel.values()[(stage + t) % Channel.values().length]);
        }
        st.emotion((stage % 5) - 2, text(stage, 3));
        for (int i = 0; i < perLane; i++) {
          int seed = stage * perLane + i;
          st.customerGoal(text(seed, 15)).action(text(seed + 1, 15))
              .question(text(seed + 2, 15)).painPoint(text(seed + 3, 15))
              .opportunity(text(seed + 4, 15));
        }
      });
    }
    return b.build();
  }

  /** {@code words} words picked from {@code seed}, about 6 characters each with their space. */
  private static String text(int seed, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(WORDS[Math.floorMod(seed * 31 + i * 7, WORDS.length)]);
    }
    return sb.toString();
  }
}
