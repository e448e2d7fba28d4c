package dev.journeymap.core;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * A key performance indicator that quantifies a stage: digital impressions at awareness, booked
 * jobs at purchase, reviews at advocacy.
 *
 * <pre>{@code
 * Kpi.of("Booked jobs", 380, 450)
 * Kpi.builder("Phone calls").value(92).unit("calls/week").build()
 * }</pre>
 */
@SuppressWarnings("exports") // the @Value annotations are compile-only: see module-info.java
@Value.Immutable
public abstract class Kpi {
  Kpi() {}

  /** What is measured, e.g. "Completed online bookings". */
  public abstract String name();

  /** The measured value, if known. */
  public abstract OptionalDouble value();

  /** The value the business aims for, if set. */
  public abstract OptionalDouble target();

  /** The unit of value and target, e.g. "%" or "calls/week". */
  public abstract Optional<String> unit();

  /**
   * Whether a value and a target are both known and the value is below the target. Indicators
   * where lower is better are not modelled; name them so that higher is better.
   */
  public final boolean isBelowTarget() {
    return value().isPresent() && target().isPresent()
        && value().getAsDouble() < target().getAsDouble();
  }

  /** A KPI with a value and a target. */
  public static Kpi of(String name, double value, double target) {
    return builder(name).value(value).target(target).build();
  }

  /** Starts a KPI with this name. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** Builds a {@link Kpi}; every setter replaces the previous value. */
  // wraps the generated builder instead of extending it, which Immutables would warn about
  @SuppressWarnings("immutables:incompat")
  public static final class Builder {
    private final ImmutableKpi.Builder delegate = ImmutableKpi.builder();

    private Builder(String name) {
      delegate.name(Texts.strip(name, "name"));
    }

    /** Sets the measured value. */
    public Builder value(double value) {
      delegate.value(value);
      return this;
    }

    /** Sets the target value. */
    public Builder target(double target) {
      delegate.target(target);
      return this;
    }

    /** Sets the unit of value and target. */
    public Builder unit(String unit) {
      delegate.unit(Texts.strip(unit, "unit"));
      return this;
    }

    /** Applies {@code spec} to this builder and returns it (for lambdas in stage builders). */
    Builder apply(Consumer<? super Builder> spec) {
      spec.accept(this);
      return this;
    }

    /** The KPI. */
    public Kpi build() {
      return delegate.build();
    }
  }
}
