package dev.journeymap.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The kind of customer whose journey a map tells: a fictional but research-based person with
 * goals, frustrations and a voice.
 *
 * <pre>{@code
 * Persona.builder("busy-homeowner", "Busy homeowner")
 *     .goal("Get rid of old furniture this weekend")
 *     .frustration("Cannot be at home on weekdays")
 *     .quote("Just tell me when you can come.")
 *     .attribute("device", "mobile")
 *     .build()
 * }</pre>
 */
@SuppressWarnings("exports") // the @Value annotations are compile-only: see module-info.java
@Value.Immutable
public abstract class Persona {
  Persona() {}

  /** The id, unique among the personas of the journey. */
  public abstract String id();

  /** The name shown on the map. */
  public abstract String name();

  /** Who they are, in a sentence or two. */
  public abstract Optional<String> description();

  /** What they want to achieve. */
  public abstract ImmutableList<String> goals();

  /** What stands in their way. */
  public abstract ImmutableList<String> frustrations();

  /** Something they said, in their own words. */
  public abstract Optional<String> quote();

  /** Free-form facts (age band, device...), in the order they were given. */
  public abstract ImmutableMap<String, String> attributes();

  /** A persona with only an id and a name. */
  public static Persona of(String id, String name) {
    return builder(id, name).build();
  }

  /** Starts a persona. */
  public static Builder builder(String id, String name) {
    return new Builder(id, name);
  }

  /** Builds a {@link Persona}; single-valued setters replace, list adders append. */
  // wraps the generated builder instead of extending it, which Immutables would warn about
  @SuppressWarnings("immutables:incompat")
  public static final class Builder {
    private final ImmutableMap.Builder<String, String> attributes = ImmutableMap.builder();
    private final ImmutablePersona.Builder delegate = ImmutablePersona.builder();

    private Builder(String id, String name) {
      delegate.id(Texts.strip(id, "id")).name(Texts.strip(name, "name"));
    }

    /** Sets who they are. */
    public Builder description(String description) {
      delegate.description(Texts.strip(description, "description"));
      return this;
    }

    /** Adds goals. */
    public Builder goal(String... goals) {
      for (String goal : goals) {
        delegate.addGoal(Texts.strip(goal, "goal"));
      }
      return this;
    }

    /** Adds frustrations. */
    public Builder frustration(String... frustrations) {
      for (String frustration : frustrations) {
        delegate.addFrustration(Texts.strip(frustration, "frustration"));
      }
      return this;
    }

    /** Sets their quote. */
    public Builder quote(String quote) {
      delegate.quote(Texts.strip(quote, "quote"));
      return this;
    }

    /**
     * Adds an attribute.
     *
     * @throws IllegalArgumentException at {@link #build()} if the key was already added
     */
    public Builder attribute(String key, String value) {
      attributes.put(Texts.strip(key, "key"), Texts.strip(value, "value"));
      return this;
    }

    /** The persona. */
    public Persona build() {
      return delegate.attributes(attributes.buildOrThrow()).build();
    }
  }
}
