package dev.journeymap.render.layout;

import dev.journeymap.core.Journey;
import dev.journeymap.core.Persona;
import dev.journeymap.render.Ink;
import dev.journeymap.render.RenderOptions;
import dev.journeymap.render.text.TextMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Computes the {@link Layout} of a journey: every box, line and line of text, in pixels.
 *
 * <pre>{@code
 * Layout layout = LayoutEngine.create().layout(journey, RenderOptions.defaults());
 * layout.columns().get(0).width()   // 220.0
 * }</pre>
 *
 * <p>The page, top to bottom: the header (title, state, description, goal, a summary line, and
 * persona cards beside or below it), the stage headers, one row per lane (label on the left, a
 * cell per stage), and the legend. A lane's row is as tall as its tallest cell. Text is measured
 * with the shipped font tables, so the layout is the same on every machine.
 *
 * <p>Immutable and thread-safe.
 */
public final class LayoutEngine {
  private final Typesetter type;

  private LayoutEngine(Measure measure) {
    this.type = new Typesetter(measure);
  }

  /** An engine measuring text with the shipped font tables. */
  public static LayoutEngine create() {
    return new LayoutEngine(new FontMeasure(TextMetrics.sans()));
  }

  /** The CSS font family the layout was measured for. */
  public String cssFontFamily() {
    return type.measure().cssFontFamily();
  }

  /** The font family name to ask AWT for when painting into an image. */
  public String fontFamily() {
    return type.measure().familyName();
  }

  /** The layout of {@code journey} drawn with {@code options}. */
  public Layout layout(Journey journey, RenderOptions options) {
    return layout(journey, options, Double.POSITIVE_INFINITY);
  }

  /**
   * The layout of {@code journey} with its header and legend at most {@code frameWidth} px wide
   * (but never narrower than the narrowest map), so that they fit on one printed page of a map
   * that is cut into pages (see {@link PageLayout}); the grid is as wide as ever.
   */
  public Layout layout(Journey journey, RenderOptions options, double frameWidth) {
    Objects.requireNonNull(journey, "journey");
    Objects.requireNonNull(options, "options");
    RegionLayout.Context context =
        new RegionLayout.Context(journey, options, type, frameWidth);
    List<Mark> marks = new ArrayList<>();
    double y = RegionLayout.MARGIN;
    boolean personas = options.showPersonas() && !journey.personas().isEmpty();
    if (options.showHeader() || personas) {
      y = new HeaderLayout(context).header(y, personas, marks) + RegionLayout.SECTION_GAP;
    }
    // The grid is a table to assistive technology: the stage headers, then a row per lane.
    List<Mark> table = new ArrayList<>();
    y = new StageLayout(context).headers(y, table);
    double lanesTop = y;
    LaneLayout lanes = new LaneLayout(context);
    for (LaneSpec lane : context.lanes.drawn(options)) {
      if (!options.showEmptyLanes() && LaneSpecs.isEmpty(lane, journey)) {
        continue;
      }
      y = lane.kind() == LaneSpec.Kind.EMOTIONS
          ? new EmotionLayout(context).emotionLane(y, table)
          : lanes.lane(lane, y, table);
    }
    // Column rules go under the lanes, so that bands and cards are drawn over them.
    if (y > lanesTop && context.columns.size() > 1) {
      List<Mark> rules = new ArrayList<>();
      for (int i = 1; i < context.columns.size(); i++) {
        double x = context.columns.get(i).x();
        rules.add(new Mark.Line(new Point(x, lanesTop), new Point(x, y), Ink.RULE,
            Stroke.HAIRLINE));
      }
      // Classed, so that a page that hides lanes can shorten them.
      marks.add(new Mark.Group(Optional.empty(), Ids.classes("column-rules"), Optional.empty(),
          Optional.empty(), Mark.Role.DECORATION, 0, rules));
    }
    marks.add(new Mark.Group(context.ids.grid(), Ids.classes("grid"), Optional.empty(),
        Optional.empty(), Mark.Role.TABLE, 0, table));
    if (options.showLegend()) {
      y = new LegendLayout(context).legend(y + RegionLayout.SECTION_GAP, marks).orElse(y);
    }
    double width = Math.ceil(2 * RegionLayout.MARGIN + context.contentWidth);
    double height = Math.ceil(y + RegionLayout.MARGIN);
    Labels labels = context.labels;
    String language = journey.locale().filter(l -> l.matches("[A-Za-z0-9-]{1,35}"))
        .orElse(labels.language());
    return new Layout(width, height, context.ids.root(), Typesetter.normalize(journey.title()),
        Typesetter.normalize(labels.description(journey)), language, context.columns,
        context.rows, marks, labels, personasNamed(journey, marks),
        context.rows.stream().map(r -> new Layout.LaneName(r.lane(),
            Typesetter.normalize(context.lanes.get(r.lane()).name().in(labels)))).toList());
  }

  /** The journey's personas that some group is about, in the journey's order. */
  private static List<Layout.PersonaName> personasNamed(Journey journey, List<Mark> marks) {
    Set<String> named = new TreeSet<>();
    collectPersonas(marks, named);
    List<Layout.PersonaName> personas = new ArrayList<>(named.size());
    for (Persona persona : journey.personas()) {
      if (named.contains(persona.id())) {
        personas.add(new Layout.PersonaName(persona.id(), Typesetter.normalize(persona.name())));
      }
    }
    return personas;
  }

  private static void collectPersonas(List<Mark> marks, Set<String> out) {
    for (Mark mark : marks) {
      if (mark instanceof Mark.Group group) {
        out.addAll(group.personas());
        collectPersonas(group.children(), out);
      }
    }
  }
}
