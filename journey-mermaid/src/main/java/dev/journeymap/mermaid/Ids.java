package dev.journeymap.mermaid;

import dev.journeymap.core.Slugs;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Derives ids of the journey format from display names, and keeps them unique within one scope.
 *
 * <pre>{@code
 * Ids stages = new Ids("stage");
 * stages.next("Réservation en ligne")   // "reservation-en-ligne"
 * stages.next("Réservation en ligne")   // "reservation-en-ligne-2"
 * stages.next("!!!")                    // "stage"
 * }</pre>
 *
 * <p>Not thread-safe: one instance serves one read of one diagram.
 */
final class Ids {
  static final int MAX_LENGTH = Slugs.MAX_LENGTH;

  private final String fallback;
  private final Set<String> taken = new HashSet<>();
  // The next suffix to try for each base, so that 50,000 equal names cost linear time.
  private final Map<String, Integer> nextSuffix = new HashMap<>();

  Ids(String fallback) {
    this.fallback = fallback;
  }

  /** A new id derived from {@code name}, different from every id this instance returned. */
  String next(String name) {
    return next(name, fallback);
  }

  /**
   * A new id derived from {@code name}, or from {@code otherFallback} when nothing is left of
   * it, different from every id this instance returned: one scope for two kinds of names, such
   * as stages and steps, whose ids share one namespace.
   */
  String next(String name, String otherFallback) {
    String base = slug(name, otherFallback);
    if (taken.add(base)) {
      return base;
    }
    int suffix = nextSuffix.getOrDefault(base, 2);
    while (true) {
      String tail = "-" + suffix;
      // a cut slug is made a slug again, which drops a dash left at the cut
      String head = Slugs.toId(base.substring(0, Math.min(base.length(),
          MAX_LENGTH - tail.length())));
      String candidate = head + tail;
      suffix++;
      if (taken.add(candidate)) {
        nextSuffix.put(base, suffix);
        return candidate;
      }
    }
  }

  /** {@code name} as an id ({@link Slugs#toId}), or {@code fallback} when nothing is left. */
  static String slug(String name, String fallback) {
    String slug = Slugs.toId(name);
    return slug.isEmpty() ? fallback : slug;
  }
}
