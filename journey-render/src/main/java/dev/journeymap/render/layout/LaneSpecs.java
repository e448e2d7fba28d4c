package dev.journeymap.render.layout;

import dev.journeymap.core.Journey;
import dev.journeymap.core.Item;
import dev.journeymap.core.LaneContent;
import dev.journeymap.core.Stage;
import dev.journeymap.core.validation.Suggestions;
import dev.journeymap.render.Ink;
import dev.journeymap.render.Lane;
import dev.journeymap.render.RenderOptions;
import dev.journeymap.render.layout.LaneSpec.Kind;
import dev.journeymap.render.layout.LaneSpec.Look;
import dev.journeymap.render.layout.LaneSpec.Marker;
import dev.journeymap.render.layout.LaneSpec.Words;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The lanes a journey can be drawn with: the built-in ones, described here and only here, and
 * the journey's own. Adding a lane kind means adding one entry to {@link #BUILT_IN}.
 *
 * <pre>{@code
 * LaneSpecs specs = LaneSpecs.of(journey);
 * specs.get(Lane.PAIN_POINTS).name().english()   // "Pain points"
 * specs.drawn(options)                           // the lanes to draw, in order
 * }</pre>
 */
final class LaneSpecs {
  private static final Look GOAL = new Look(Ink.GOAL_FILL, Ink.GOAL_STROKE, RegionLayout.ITEM,
      Marker.BULLET);
  private static final Look ACTION = new Look(Ink.CARD_FILL, Ink.CARD_STROKE, RegionLayout.ITEM,
      Marker.BULLET);
  private static final Look QUESTION = new Look(Ink.QUESTION_FILL, Ink.QUESTION_STROKE,
      RegionLayout.QUESTION, Marker.NONE);
  private static final Look PAIN = new Look(Ink.PAIN_FILL, Ink.PAIN_STROKE, RegionLayout.ITEM,
      Marker.ACCENT_BAR);
  private static final Look OPPORTUNITY = new Look(Ink.OPPORTUNITY_FILL,
      Ink.OPPORTUNITY_STROKE, RegionLayout.ITEM, Marker.ACCENT_BAR);

  /** Every built-in lane, in the default order. */
  static final List<LaneSpec> BUILT_IN = List.of(
      items(Lane.CUSTOMER_GOALS, "Customer goals", "Objectifs du client", "What they want",
          "Ce qu’il veut", GOAL, LaneContent::customerGoals),
      items(Lane.ACTIONS, "Actions", "Actions", "What they do", "Ce qu’il fait", ACTION,
          LaneContent::actions),
      other(Lane.TOUCHPOINTS, "Touchpoints", "Points de contact", "Where they meet us",
          "Où il nous rencontre", Kind.TOUCHPOINTS),
      items(Lane.QUESTIONS, "Questions", "Questions", "What they ask themselves",
          "Ce qu’il se demande", QUESTION, LaneContent::questions),
      other(Lane.EMOTIONS, "Emotions", "Émotions", "How they feel", "Ce qu’il ressent",
          Kind.EMOTIONS),
      items(Lane.PAIN_POINTS, "Pain points", "Points de friction", "What gets in their way",
          "Ce qui le freine", PAIN, LaneContent::painPoints),
      items(Lane.OPPORTUNITIES, "Opportunities", "Opportunités", "What we could do better",
          "Ce que nous pourrions mieux faire", OPPORTUNITY, LaneContent::opportunities),
      other(Lane.KPIS, "KPIs", "Indicateurs", "Value against target", "Valeur et objectif",
          Kind.KPIS),
      other(Lane.FUNNEL, "Funnel", "Entonnoir", "Completion and drop-off",
          "Passage et abandon", Kind.FUNNEL),
      other(Lane.MOMENTS, "Moments", "Micro-moments", "Micro-moments", "Moments clés",
          Kind.MOMENTS),
      items(Lane.EVIDENCE, "Physical evidence", "Éléments physiques",
          "What they see and touch", "Ce qu’il voit et touche", Look.PLAIN,
          LaneContent::evidence),
      items(Lane.FRONTSTAGE, "Frontstage", "Front-office", "What our people do in view",
          "Ce que nos équipes font sous ses yeux", Look.PLAIN, LaneContent::frontstage),
      items(Lane.BACKSTAGE, "Backstage", "Back-office", "What we do out of view",
          "Ce que nous faisons hors de sa vue", Look.PLAIN, LaneContent::backstage),
      items(Lane.SUPPORT, "Support processes", "Processus de support",
          "Systems and partners behind", "Systèmes et partenaires en appui", Look.PLAIN,
          LaneContent::support));

  private final Map<Lane, LaneSpec> specs = new LinkedHashMap<>();
  private final List<Lane> custom = new ArrayList<>();
  private final Journey journey;

  private LaneSpecs(Journey journey) {
    this.journey = journey;
    BUILT_IN.forEach(s -> specs.put(s.lane(), s));
    for (dev.journeymap.core.LaneDefinition defined : journey.lanes()) {
      Lane lane = Lane.of(defined.id());
      String id = defined.id();
      specs.put(lane, new LaneSpec(lane, Words.both(defined.name()),
          defined.description().map(Words::both), Kind.ITEMS, Look.PLAIN, c -> c.items(id)));
      custom.add(lane);
    }
  }

  /**
   * The description of a built-in lane.
   *
   * @throws IllegalArgumentException for a lane that is not built in
   */
  static LaneSpec builtIn(Lane lane) {
    for (LaneSpec spec : BUILT_IN) {
      if (spec.lane().equals(lane)) {
        return spec;
      }
    }
    throw new IllegalArgumentException("not a built-in lane: " + lane.id());
  }

  /** The lanes of {@code journey}: the built-in ones and the journey's own. */
  static LaneSpecs of(Journey journey) {
    return new LaneSpecs(journey);
  }

  /** The description of a lane this journey has. */
  LaneSpec get(Lane lane) {
    LaneSpec spec = specs.get(lane);
    if (spec == null) {
      throw new IllegalArgumentException("no lane " + lane.id() + " in this journey");
    }
    return spec;
  }

  /**
   * The lanes to draw with {@code options}, top to bottom: the ones chosen, or by default the
   * customer's lanes, the journey's own, then the blueprint's when the journey has any
   * blueprint content (so that showing empty lanes does not add a blueprint to every map).
   *
   * @throws IllegalArgumentException naming the lane, the closest id and every id of this
   *     journey, if a chosen lane is neither built in nor defined by the journey
   */
  List<LaneSpec> drawn(RenderOptions options) {
    List<LaneSpec> out = new ArrayList<>();
    if (options.lanes().isEmpty()) {
      for (LaneSpec spec : specs.values()) {
        if (Lane.customerLanes().contains(spec.lane())) {
          out.add(spec);
        }
      }
      custom.forEach(l -> out.add(specs.get(l)));
      List<LaneSpec> blueprint = Lane.blueprintLanes().stream().map(specs::get).toList();
      if (!blueprint.stream().allMatch(spec -> isEmpty(spec, journey))) {
        out.addAll(blueprint);
      }
      return out;
    }
    for (Lane lane : options.lanes()) {
      LaneSpec spec = specs.get(lane);
      if (spec == null) {
        List<String> known = specs.keySet().stream().map(Lane::id).toList();
        String hint = Suggestions.closest(lane.id(), known)
            .map(s -> "; did you mean " + s + "?").orElse("");
        throw new IllegalArgumentException("unknown lane: " + lane.id() + hint
            + " (one of " + String.join(", ", known) + ")");
      }
      out.add(spec);
    }
    return out;
  }

  /** Whether the lane has nothing to show on any stage or step of the journey. */
  static boolean isEmpty(LaneSpec spec, Journey journey) {
    for (Stage stage : journey.stages()) {
      if (hasContent(spec, stage) || stage.steps().stream().anyMatch(s -> hasContent(spec, s))) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasContent(LaneSpec spec, LaneContent c) {
    return switch (spec.kind()) {
      case ITEMS -> !spec.items().apply(c).isEmpty();
      case TOUCHPOINTS -> !c.touchpoints().isEmpty();
      case EMOTIONS -> c.emotion().isPresent() || !c.emotions().isEmpty()
          || c.touchpoints().stream()
              .anyMatch(t -> t.emotion().isPresent() || !t.emotions().isEmpty());
      case KPIS -> !c.kpis().isEmpty();
      case FUNNEL -> c.funnel().isPresent();
      case MOMENTS -> !c.moments().isEmpty();
    };
  }

  private static LaneSpec items(Lane lane, String en, String fr, String hintEn, String hintFr,
      Look look, Function<LaneContent, List<Item>> items) {
    return new LaneSpec(lane, new Words(en, fr), Optional.of(new Words(hintEn, hintFr)),
        Kind.ITEMS, look, items);
  }

  private static LaneSpec other(Lane lane, String en, String fr, String hintEn, String hintFr,
      Kind kind) {
    return new LaneSpec(lane, new Words(en, fr), Optional.of(new Words(hintEn, hintFr)), kind,
        Look.PLAIN, s -> List.of());
  }
}
