package dev.journeymap.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What to draw and how: which lanes in which order, the column width, the theme, the language of
 * the library's own labels, and which parts of the page to show.
 *
 * <pre>{@code
 * RenderOptions options = RenderOptions.builder()
 *     .lanes(Lane.ACTIONS, Lane.EMOTIONS, Lane.PAIN_POINTS)
 *     .theme(Theme.dark())
 *     .locale(Locale.FRENCH)
 *     .build();
 * RenderOptions wider = options.toBuilder().columnWidth(280).build();
 * }</pre>
 *
 * <p>Defaults: the journey's lanes in their usual order (the customer's built-in lanes from
 * {@link Lane#CUSTOMER_GOALS} to {@link Lane#MOMENTS}, then the journey's own lanes in the order
 * it defines them, then the service blueprint's lanes), empty lanes left out, columns
 * {@value #DEFAULT_COLUMN_WIDTH} px wide, {@link Theme#light()}, labels in the journey's language
 * (English when it has none or it is not supported), header, personas and legend shown, element
 * ids prefixed with the journey's id (or its title, cleaned to {@code [a-z0-9-]}), SVG written
 * without line breaks.
 *
 * <p>Instances are immutable and thread-safe; a {@link Builder} is not.
 */
public final class RenderOptions {
  /** The default width of a stage column, in px. */
  public static final double DEFAULT_COLUMN_WIDTH = 220;
  /** The narrowest column: narrower ones would wrap nearly every word. */
  public static final double MIN_COLUMN_WIDTH = 140;
  /** The widest column. */
  public static final double MAX_COLUMN_WIDTH = 800;

  private static final Pattern ID_PREFIX = Pattern.compile("[a-z][a-z0-9-]{0,63}");
  private static final RenderOptions DEFAULTS = builder().build();

  private final List<Lane> lanes;
  private final boolean showEmptyLanes;
  private final double columnWidth;
  private final Theme theme;
  private final Optional<Locale> locale;
  private final boolean showHeader;
  private final boolean showPersonas;
  private final boolean showLegend;
  private final Optional<String> idPrefix;
  private final boolean indentSvg;

  private RenderOptions(Builder b) {
    this.lanes = List.copyOf(b.lanes);
    this.showEmptyLanes = b.showEmptyLanes;
    this.columnWidth = b.columnWidth;
    this.theme = b.theme;
    this.locale = b.locale;
    this.showHeader = b.showHeader;
    this.showPersonas = b.showPersonas;
    this.showLegend = b.showLegend;
    this.idPrefix = b.idPrefix;
    this.indentSvg = b.indentSvg;
  }

  /** The default options. */
  public static RenderOptions defaults() {
    return DEFAULTS;
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options, to make a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.lanes = new ArrayList<>(lanes);
    b.showEmptyLanes = showEmptyLanes;
    b.columnWidth = columnWidth;
    b.theme = theme;
    b.locale = locale;
    b.showHeader = showHeader;
    b.showPersonas = showPersonas;
    b.showLegend = showLegend;
    b.idPrefix = idPrefix;
    b.indentSvg = indentSvg;
    return b;
  }

  /**
   * The lanes to draw, top to bottom, as chosen; empty when none were chosen, which draws the
   * journey's lanes in their usual order (see the class comment).
   */
  public List<Lane> lanes() {
    return lanes;
  }

  /** Whether lanes without content in any stage are drawn anyway. */
  public boolean showEmptyLanes() {
    return showEmptyLanes;
  }

  /**
   * The width of a stage column, in px; a map of few stages widens its columns so that they
   * fill the page's narrowest content width (720 px with the lane labels).
   */
  public double columnWidth() {
    return columnWidth;
  }

  /** The colours. */
  public Theme theme() {
    return theme;
  }

  /**
   * The language of the library's own labels (lane names, legend); empty means the journey's
   * locale, or English when the journey has none.
   */
  public Optional<Locale> locale() {
    return locale;
  }

  /** Whether the title, goal and state are drawn above the stages. */
  public boolean showHeader() {
    return showHeader;
  }

  /** Whether the persona cards are drawn in the header. */
  public boolean showPersonas() {
    return showPersonas;
  }

  /** Whether the legend is drawn below the lanes. */
  public boolean showLegend() {
    return showLegend;
  }

  /**
   * The prefix of every element id in the SVG; empty means derived from the journey's id, or
   * from its title when it has none.
   */
  public Optional<String> idPrefix() {
    return idPrefix;
  }

  /**
   * Whether the SVG puts each element on a line of its own, indented by its depth: larger, but
   * a golden-file diff then shows which element changed. Off by default.
   */
  public boolean indentSvg() {
    return indentSvg;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RenderOptions)) {
      return false;
    }
    RenderOptions other = (RenderOptions) o;
    return lanes.equals(other.lanes) && showEmptyLanes == other.showEmptyLanes
        && Double.compare(columnWidth, other.columnWidth) == 0 && theme.equals(other.theme)
        && locale.equals(other.locale) && showHeader == other.showHeader
        && showPersonas == other.showPersonas && showLegend == other.showLegend
        && idPrefix.equals(other.idPrefix) && indentSvg == other.indentSvg;
  }

  @Override
  public int hashCode() {
    return Objects.hash(lanes, showEmptyLanes, columnWidth, theme, locale, showHeader,
        showPersonas, showLegend, idPrefix, indentSvg);
  }

  @Override
  public String toString() {
    return "RenderOptions{lanes=" + lanes + ", showEmptyLanes=" + showEmptyLanes
        + ", columnWidth=" + columnWidth + ", theme=" + theme.name() + ", locale=" + locale
        + ", showHeader=" + showHeader + ", showPersonas=" + showPersonas
        + ", showLegend=" + showLegend + ", idPrefix=" + idPrefix + ", indentSvg=" + indentSvg
        + "}";
  }

  /** Builds {@link RenderOptions}; every setter replaces the previous value. */
  public static final class Builder {
    private List<Lane> lanes = List.of();
    private boolean showEmptyLanes;
    private double columnWidth = DEFAULT_COLUMN_WIDTH;
    private Theme theme = Theme.light();
    private Optional<Locale> locale = Optional.empty();
    private boolean showHeader = true;
    private boolean showPersonas = true;
    private boolean showLegend = true;
    private boolean indentSvg;
    private Optional<String> idPrefix = Optional.empty();

    private Builder() {}

    /**
     * Sets the lanes to draw, top to bottom: built-in ones and the journey's own, e.g.
     * {@code lanes(Lane.ACTIONS, Lane.of("content"), Lane.EMOTIONS)}. Rendering a journey that
     * does not define a custom lane listed here fails with an error naming it. No lanes means
     * the journey's lanes in their usual order.
     */
    public Builder lanes(Lane... lanes) {
      return lanes(List.of(lanes));
    }

    /**
     * Sets the lanes to draw, top to bottom (see {@link #lanes(Lane...)}).
     *
     * @throws IllegalArgumentException if a lane is listed twice
     */
    public Builder lanes(List<Lane> lanes) {
      Set<Lane> seen = new HashSet<>();
      for (Lane lane : lanes) {
        if (!seen.add(Objects.requireNonNull(lane, "lane"))) {
          throw new IllegalArgumentException("duplicate lane: " + lane.id());
        }
      }
      this.lanes = List.copyOf(lanes);
      return this;
    }

    /** Sets whether lanes without any content are drawn anyway (default false). */
    public Builder showEmptyLanes(boolean show) {
      this.showEmptyLanes = show;
      return this;
    }

    /**
     * Sets the width of a stage column in px (default {@value #DEFAULT_COLUMN_WIDTH}).
     *
     * @throws IllegalArgumentException if not between {@value #MIN_COLUMN_WIDTH} and
     *     {@value #MAX_COLUMN_WIDTH}
     */
    public Builder columnWidth(double width) {
      if (!(width >= MIN_COLUMN_WIDTH && width <= MAX_COLUMN_WIDTH)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "column width must be between %.0f and %.0f: %s", MIN_COLUMN_WIDTH,
            MAX_COLUMN_WIDTH, width));
      }
      this.columnWidth = width;
      return this;
    }

    /** Sets the colours (default {@link Theme#light()}). */
    public Builder theme(Theme theme) {
      this.theme = Objects.requireNonNull(theme, "theme");
      return this;
    }

    /** Sets the language of the library's own labels; French and English are supported. */
    public Builder locale(Locale locale) {
      this.locale = Optional.of(Objects.requireNonNull(locale, "locale"));
      return this;
    }

    /** Goes back to labels in the journey's own language. */
    public Builder journeyLocale() {
      this.locale = Optional.empty();
      return this;
    }

    /** Sets whether the title, goal and state are drawn (default true). */
    public Builder showHeader(boolean show) {
      this.showHeader = show;
      return this;
    }

    /** Sets whether persona cards are drawn (default true). */
    public Builder showPersonas(boolean show) {
      this.showPersonas = show;
      return this;
    }

    /** Sets whether the legend is drawn (default true). */
    public Builder showLegend(boolean show) {
      this.showLegend = show;
      return this;
    }

    /**
     * Sets the prefix of every element id, so that two maps on one page never share an id.
     *
     * @throws IllegalArgumentException unless it is 1 to 64 characters of {@code a-z},
     *     {@code 0-9} and {@code -}, starting with a letter
     */
    public Builder idPrefix(String prefix) {
      Objects.requireNonNull(prefix, "prefix");
      if (!ID_PREFIX.matcher(prefix).matches()) {
        throw new IllegalArgumentException("invalid id prefix: '" + prefix
            + "' (1 to 64 of a-z, 0-9 and -, starting with a letter)");
      }
      this.idPrefix = Optional.of(prefix);
      return this;
    }

    /** Goes back to the prefix derived from the journey. */
    public Builder journeyIdPrefix() {
      this.idPrefix = Optional.empty();
      return this;
    }

    /**
     * Sets whether the SVG puts each element on a line of its own (default false), e.g. for
     * golden files whose diffs should be readable:
     *
     * <pre>{@code
     * RenderOptions.builder().indentSvg(true).build()
     * }</pre>
     */
    public Builder indentSvg(boolean indent) {
      this.indentSvg = indent;
      return this;
    }

    /** The options. */
    public RenderOptions build() {
      return new RenderOptions(this);
    }
  }
}
