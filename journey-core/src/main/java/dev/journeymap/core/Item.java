package dev.journeymap.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a text lane of a stage or step (a customer goal, an action, a question, a pain
 * point, an opportunity, an entry of a custom lane or of the service blueprint): its text, where
 * the insight comes from, and for the blueprint who owns it, how it can fail and how long it
 * takes.
 *
 * <pre>{@code
 * Item.of("Books online")
 * Item.builder("No evening time slots")
 *     .evidence(Evidence.ANALYTICAL)
 *     .source("Booking-form drop-off analytics")
 *     .touchpoint("booking-form")
 *     .build()
 * Item.builder("Dispatcher plans the crew's day")
 *     .id("schedule")
 *     .owner("Operations")
 *     .failPoint("No crew free on the requested day")
 *     .duration(Duration.ofHours(4))
 *     .build()
 * }</pre>
 */
@SuppressWarnings("exports") // the @Value annotations are compile-only: see module-info.java
@Value.Immutable
public abstract class Item {
  Item() {}

  /** The insight, in a sentence. */
  public abstract String text();

  /**
   * The id, unique among the item ids of the journey, so that a {@link Link} can point at the
   * item, or a future map can follow it from the current one.
   */
  public abstract Optional<String> id();

  /** How the insight is known; absent when not said. */
  public abstract Optional<Evidence> evidence();

  /** Where the insight comes from, e.g. "Customer interviews, May". */
  public abstract Optional<String> source();

  /** The id of the persona this insight is about, if only one of them. */
  public abstract Optional<String> persona();

  /** The id of the touchpoint this insight is about, if any. */
  public abstract Optional<String> touchpoint();

  /** The department or role responsible, e.g. "Operations". */
  public abstract Optional<String> owner();

  /** How this can fail, e.g. "No crew free on the requested day". */
  public abstract Optional<String> failPoint();

  /** How long this takes, or how long the customer waits; never negative in a valid journey. */
  public abstract Optional<Duration> duration();

  /** Whether the insight is marked {@link Evidence#ASSUMPTION}. */
  public final boolean isAssumption() {
    return evidence().filter(Evidence.ASSUMPTION::equals).isPresent();
  }

  /** Whether the item holds only its text (and is written to JSON as a plain string). */
  public final boolean isPlainText() {
    return id().isEmpty() && evidence().isEmpty() && source().isEmpty() && persona().isEmpty()
        && touchpoint().isEmpty() && owner().isEmpty() && failPoint().isEmpty()
        && duration().isEmpty();
  }

  /** An item with only a text. */
  public static Item of(String text) {
    return builder(text).build();
  }

  /** An item with a text and its evidence. */
  public static Item of(String text, Evidence evidence) {
    return builder(text).evidence(evidence).build();
  }

  /** Starts an item with this text. */
  public static Builder builder(String text) {
    return new Builder(text);
  }

  /** Builds an {@link Item}; every setter replaces the previous value. */
  // wraps the generated builder instead of extending it, which Immutables would warn about
  @SuppressWarnings("immutables:incompat")
  public static final class Builder {
    private final ImmutableItem.Builder delegate = ImmutableItem.builder();

    private Builder(String text) {
      delegate.text(Texts.strip(text, "text"));
    }

    /** Sets the id, for links and for following the item from one map to another. */
    public Builder id(String id) {
      delegate.id(Texts.strip(id, "id"));
      return this;
    }

    /** Sets how the insight is known. */
    public Builder evidence(Evidence evidence) {
      delegate.evidence(Objects.requireNonNull(evidence, "evidence"));
      return this;
    }

    /** Sets where the insight comes from. */
    public Builder source(String source) {
      delegate.source(Texts.strip(source, "source"));
      return this;
    }

    /** Sets the id of the persona the insight is about. */
    public Builder persona(String personaId) {
      delegate.persona(Texts.strip(personaId, "personaId"));
      return this;
    }

    /** Sets the id of the touchpoint the insight is about. */
    public Builder touchpoint(String touchpointId) {
      delegate.touchpoint(Texts.strip(touchpointId, "touchpointId"));
      return this;
    }

    /** Sets the department or role responsible. */
    public Builder owner(String owner) {
      delegate.owner(Texts.strip(owner, "owner"));
      return this;
    }

    /** Sets how this can fail. */
    public Builder failPoint(String failPoint) {
      delegate.failPoint(Texts.strip(failPoint, "failPoint"));
      return this;
    }

    /** Sets how long this takes. */
    public Builder duration(Duration duration) {
      delegate.duration(Objects.requireNonNull(duration, "duration"));
      return this;
    }

    /** The item. */
    public Item build() {
      return delegate.build();
    }
  }
}
