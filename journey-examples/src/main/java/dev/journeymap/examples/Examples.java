package dev.journeymap.examples;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.journeymap.core.Journey;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every example map, by name: the name is also the base name of its JSON resource and of the
 * files the command line writes.
 *
 * <pre>{@code
 * Examples.names()                     // [home-services, home-services-future, b2b-software, ...]
 * Examples.journey("bank-onboarding")  // Optional[the BankOnboardingJourney map]
 * }</pre>
 *
 * <p>Thread-safe: the list is fixed, and every call builds a fresh, immutable journey.
 */
public final class Examples {
  private static final ImmutableMap<String, Supplier<Journey>> ALL =
      ImmutableMap.<String, Supplier<Journey>>builder()
          .put("home-services", HomeServicesJourney::journey)
          .put("home-services-future", HomeServicesFutureJourney::journey)
          .put("b2b-software", B2bSoftwareJourney::journey)
          .put("bank-onboarding", BankOnboardingJourney::journey)
          .put("online-academy", OnlineAcademyJourney::journey)
          .buildOrThrow();

  private Examples() {}

  /** Every example, name to the method that builds it, in a fixed order. */
  public static ImmutableMap<String, Supplier<Journey>> all() {
    return ALL;
  }

  /** The names of the examples, in the order of {@link #all()}. */
  public static ImmutableSet<String> names() {
    return ALL.keySet();
  }

  /** The example with this name, built afresh. */
  public static Optional<Journey> journey(String name) {
    return Optional.ofNullable(ALL.get(name)).map(Supplier::get);
  }

  /**
   * The classpath resource holding the example's JSON document, e.g.
   * {@code "/dev/journeymap/examples/home-services.json"}.
   */
  public static String resource(String name) {
    return "/dev/journeymap/examples/" + name + ".json";
  }
}
