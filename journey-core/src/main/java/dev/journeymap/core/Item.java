package dev.journeymap.core;

import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a text lane of a stage (a customer goal, an action, a question, a pain point, an
 * opportunity): its text, and where the insight comes from.
 *
 * <pre>{@code
 * Item.of("Books online")
 * Item.builder("No evening time slots")
 *     .evidence(Evidence.ANALYTICAL)
 *     .source("Booking-form drop-off analytics")
 *     .touchpoint("booking-form")
 *     .build()
 * }</pre>
 */
@SuppressWarnings("exports") // the @Value annotations are compile-only: see module-info.java
@Value.Immutable
public abstract class Item {
  Item() {}

  /** The insight, in a sentence. */
  public abstract String text();

  /** How the insight is known; absent when not said. */
  public abstract Optional<Evidence> evidence();

  /** Where the insight comes from, e.g. "Customer interviews, May". */
  public abstract Optional<String> source();

  /** The id of the persona this insight is about, if only one of them. */
  public abstract Optional<String> persona();

  /** The id of the touchpoint this insight is about, if any. */
  public abstract Optional<String> touchpoint();

  /** Whether the insight is marked {@link Evidence#ASSUMPTION}. */
  public final boolean isAssumption() {
    return evidence().filter(Evidence.ASSUMPTION::equals).isPresent();
  }

  /** Whether the item holds only its text (and is written to JSON as a plain string). */
  public final boolean isPlainText() {
    return evidence().isEmpty() && source().isEmpty() && persona().isEmpty()
        && touchpoint().isEmpty();
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

    /** The item. */
    public Item build() {
      return delegate.build();
    }
  }
}
