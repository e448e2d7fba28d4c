package dev.journeymap.core;

import java.util.Objects;
import org.immutables.value.Value;

/**
 * An arrow of the service blueprint between two items of the journey, named by their
 * {@link Item#id() ids}: a frontstage action that triggers a backstage task, a backstage task
 * that queries a support system.
 *
 * <pre>{@code
 * Link.of("fill-form", "schedule")                        // fill-form leads to schedule
 * Link.of("schedule", "scheduler", LinkKind.EXCHANGE)     // both ways
 * }</pre>
 */
@SuppressWarnings("exports") // the @Value annotations are compile-only: see module-info.java
@Value.Immutable
public abstract class Link {
  Link() {}

  /** The id of the item the link starts from. */
  public abstract String from();

  /** The id of the item the link goes to. */
  public abstract String to();

  /** Whether {@link #from()} leads to {@link #to()}, or the two exchange both ways. */
  @Value.Default
  public LinkKind kind() {
    return LinkKind.FLOW;
  }

  /** A {@link LinkKind#FLOW} link: {@code from} leads to {@code to}. */
  public static Link of(String from, String to) {
    return of(from, to, LinkKind.FLOW);
  }

  /** A link of this kind. */
  public static Link of(String from, String to, LinkKind kind) {
    return ImmutableLink.builder()
        .from(Texts.strip(from, "from"))
        .to(Texts.strip(to, "to"))
        .kind(Objects.requireNonNull(kind, "kind"))
        .build();
  }
}
