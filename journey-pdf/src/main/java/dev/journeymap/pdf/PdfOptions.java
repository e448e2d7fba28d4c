package dev.journeymap.pdf;

import dev.journeymap.render.RenderOptions;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link JourneyPdf} writes a map: on one page sized to the map (the default), or cut
 * across sheets of {@link Paper}; and what the map looks like ({@link RenderOptions}: theme,
 * language, lanes).
 *
 * <pre>{@code
 * PdfOptions.defaults()                                        // one page, the map's size
 * PdfOptions.builder().paper(Paper.A4).landscape(true).build() // A4 landscape sheets
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PdfOptions {
  private static final PdfOptions DEFAULTS = builder().build();

  private final Optional<Paper> paper;
  private final boolean landscape;
  private final RenderOptions renderOptions;
  private final Optional<Instant> creationDate;

  private PdfOptions(Builder b) {
    this.paper = b.paper;
    this.landscape = b.landscape;
    this.renderOptions = b.renderOptions;
    this.creationDate = b.creationDate;
  }

  /** One page sized to the map, the default look, no creation date. */
  public static PdfOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.paper = paper;
    b.landscape = landscape;
    b.renderOptions = renderOptions;
    b.creationDate = creationDate;
    return b;
  }

  /** The paper to cut the map across; empty for one page sized to the map. */
  public Optional<Paper> paper() {
    return paper;
  }

  /** Whether the paper is turned to landscape (ignored without paper). */
  public boolean landscape() {
    return landscape;
  }

  /** What the map looks like: theme, language, lanes. */
  public RenderOptions renderOptions() {
    return renderOptions;
  }

  /**
   * The creation date written in the document's information; empty (the default) writes none,
   * so that the same map always gives the same bytes.
   */
  public Optional<Instant> creationDate() {
    return creationDate;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PdfOptions other && paper.equals(other.paper)
        && landscape == other.landscape && renderOptions.equals(other.renderOptions)
        && creationDate.equals(other.creationDate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(paper, landscape, renderOptions, creationDate);
  }

  @Override
  public String toString() {
    return "PdfOptions{paper=" + paper.map(Paper::name).orElse("fit") + ", landscape="
        + landscape + ", renderOptions=" + renderOptions + ", creationDate="
        + creationDate.map(Instant::toString).orElse("none") + "}";
  }

  /** Builds {@link PdfOptions}; not thread-safe. */
  public static final class Builder {
    private Optional<Paper> paper = Optional.empty();
    private boolean landscape;
    private RenderOptions renderOptions = RenderOptions.defaults();
    private Optional<Instant> creationDate = Optional.empty();

    private Builder() {}

    /** Cuts the map across sheets of this paper. */
    public Builder paper(Paper paper) {
      this.paper = Optional.of(Objects.requireNonNull(paper, "paper"));
      return this;
    }

    /** One page sized to the map (the default). */
    public Builder fitToMap() {
      this.paper = Optional.empty();
      return this;
    }

    /** Turns the paper to landscape, or back to portrait. */
    public Builder landscape(boolean landscape) {
      this.landscape = landscape;
      return this;
    }

    /** What the map looks like. */
    public Builder renderOptions(RenderOptions renderOptions) {
      this.renderOptions = Objects.requireNonNull(renderOptions, "renderOptions");
      return this;
    }

    /** Writes this creation date (e.g. the map's own date) in the document's information. */
    public Builder creationDate(Instant date) {
      this.creationDate = Optional.of(Objects.requireNonNull(date, "date"));
      return this;
    }

    /** The options. */
    public PdfOptions build() {
      return new PdfOptions(this);
    }
  }
}
