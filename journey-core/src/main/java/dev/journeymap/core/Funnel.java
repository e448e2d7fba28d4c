package dev.journeymap.core;

import org.immutables.value.Value;

/**
 * How many customers entered a stage and how many completed it. The difference is the stage's
 * drop-off, the first thing a team looks at to find where customers get lost.
 *
 * <pre>{@code
 * Funnel f = Funnel.of(1000, 420);
 * f.completionRate()   // 0.42
 * f.dropOffRate()      // 0.58
 * }</pre>
 *
 * <p>A funnel with {@code completed > entered} or negative counts can be made, but a journey
 * holding it does not validate.
 */
@SuppressWarnings("exports") // the @Value annotations are compile-only: see module-info.java
@Value.Immutable
public abstract class Funnel {
  Funnel() {}

  /** How many customers reached this stage. */
  @Value.Parameter
  public abstract long entered();

  /** How many of them went on to the next stage. */
  @Value.Parameter
  public abstract long completed();

  /** {@code completed / entered}, from 0 to 1; 0 when nobody entered. */
  public final double completionRate() {
    return entered() <= 0 ? 0 : (double) completed() / entered();
  }

  /** {@code 1 - completionRate()} when somebody entered; 0 when nobody did. */
  public final double dropOffRate() {
    // computed from the counts, not as 1 - completionRate(), whose rounding gives 0.5800000000000001
    return entered() <= 0 ? 0 : (entered() - (double) completed()) / entered();
  }

  /** A funnel with these counts. */
  public static Funnel of(long entered, long completed) {
    return ImmutableFunnel.of(entered, completed);
  }
}
