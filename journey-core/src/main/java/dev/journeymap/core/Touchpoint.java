package dev.journeymap.core;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A place where the customer meets the business: a search ad, a booking form, a call to the
 * contact centre, a visit of the on-site team. Its id is unique in the whole journey, so that
 * insights can point at it.
 *
 * <pre>{@code
 * Touchpoint.builder("booking-form", "Online booking form", Channel.WEB)
 *     .owner("E-commerce")
 *     .emotion(-1, "Annoyed")
 *     .url("https://example.com/book")
 *     .build()
 * }</pre>
 */
@SuppressWarnings("exports") // the @Value annotations are compile-only: see module-info.java
@Value.Immutable
public abstract class Touchpoint {
  Touchpoint() {}

  /** The id, unique among all touchpoints of the journey. */
  public abstract String id();

  /** The name a team would use for it. */
  public abstract String name();

  /** The medium. */
  public abstract Channel channel();

  /** The department responsible for it, e.g. "Marketing". */
  public abstract Optional<String> owner();

  /** What happens there. */
  public abstract Optional<String> description();

  /** How the customer feels at this touchpoint, when it differs from the stage as a whole. */
  public abstract Optional<Emotion> emotion();

  /** How each persona feels at this touchpoint, at most one emotion per persona. */
  public abstract ImmutableList<Emotion> emotions();

  /** An absolute {@code http}, {@code https} or {@code mailto} link to the touchpoint. */
  public abstract Optional<String> url();

  /** Ids of the personas who meet this touchpoint; empty means all of them. */
  public abstract ImmutableList<String> personas();

  /** A touchpoint with only its required fields. */
  public static Touchpoint of(String id, String name, Channel channel) {
    return builder(id, name, channel).build();
  }

  /** Starts a touchpoint. */
  public static Builder builder(String id, String name, Channel channel) {
    return new Builder(id, name, channel);
  }

  /** Builds a {@link Touchpoint}; single-valued setters replace, list adders append. */
  // wraps the generated builder instead of extending it, which Immutables would warn about
  @SuppressWarnings("immutables:incompat")
  public static final class Builder {
    private final ImmutableTouchpoint.Builder delegate = ImmutableTouchpoint.builder();

    private Builder(String id, String name, Channel channel) {
      delegate.id(Texts.strip(id, "id"))
          .name(Texts.strip(name, "name"))
          .channel(Objects.requireNonNull(channel, "channel"));
    }

    /** Sets the department responsible. */
    public Builder owner(String owner) {
      delegate.owner(Texts.strip(owner, "owner"));
      return this;
    }

    /** Sets what happens there. */
    public Builder description(String description) {
      delegate.description(Texts.strip(description, "description"));
      return this;
    }

    /** Sets the emotion at this touchpoint. */
    public Builder emotion(Emotion emotion) {
      delegate.emotion(Objects.requireNonNull(emotion, "emotion"));
      return this;
    }

    /** Sets the emotion at this touchpoint from a score and a label. */
    public Builder emotion(double score, String label) {
      return emotion(Emotion.of(score, label));
    }

    /** Sets the emotion at this touchpoint from a score alone. */
    public Builder emotion(double score) {
      return emotion(Emotion.of(score));
    }

    /** Adds how the persona with this id feels at this touchpoint. */
    public Builder emotion(String personaId, double score, String label) {
      return personaEmotion(Emotion.ofPersona(personaId, score, label));
    }

    /** Adds how the persona with this id feels at this touchpoint, as a score alone. */
    public Builder emotion(String personaId, double score) {
      return personaEmotion(Emotion.ofPersona(personaId, score));
    }

    /** Adds the emotion of one persona, made with {@link Emotion#ofPersona}. */
    public Builder personaEmotion(Emotion emotion) {
      delegate.addEmotion(Objects.requireNonNull(emotion, "emotion"));
      return this;
    }

    /** Sets the link ({@code http}, {@code https} or {@code mailto}). */
    public Builder url(String url) {
      delegate.url(Texts.strip(url, "url"));
      return this;
    }

    /** Adds the ids of personas who meet this touchpoint. */
    public Builder persona(String... personaIds) {
      for (String id : personaIds) {
        delegate.addPersona(Texts.strip(id, "personaId"));
      }
      return this;
    }

    /** The touchpoint. */
    public Touchpoint build() {
      return delegate.build();
    }
  }
}
