package dev.journeymap.render.layout;

import dev.journeymap.core.Journey;
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
          "Ce qu’il veut", GOAL, Stage::customerGoals),
      items(Lane.ACTIONS, "Actions", "Actions", "What they do", "Ce qu’il fait", ACTION,
          Stage::actions),
      other(Lane.TOUCHPOINTS, "Touchpoints", "Points de contact", "Where they meet us",
          "Où il nous rencontre", Kind.TOUCHPOINTS),
      items(Lane.QUESTIONS, "Questions", "Questions", "What they ask themselves",
          "Ce qu’il se demande", QUESTION, Stage::questions),
      other(Lane.EMOTIONS, "Emotions", "Émotions", "How they feel", "Ce qu’il ressent",
          Kind.EMOTIONS),
      items(Lane.PAIN_POINTS, "Pain points", "Points de friction", "What gets in their way",
          "Ce qui le freine", PAIN, Stage::painPoints),
      items(Lane.OPPORTUNITIES, "Opportunities", "Opportunités", "What we could do better",
          "Ce que nous pourrions mieux faire", OPPORTUNITY, Stage::opportunities),
      other(Lane.KPIS, "KPIs", "Indicateurs", "Value against target", "Valeur et objectif",
          Kind.KPIS),
      other(Lane.FUNNEL, "Funnel", "Entonnoir", "Completion and drop-off",
          "Passage et abandon", Kind.FUNNEL),
      other(Lane.MOMENTS, "Moments", "Micro-moments", "Micro-moments", "Moments clés",
          Kind.MOMENTS));

  private final Map<Lane, LaneSpec> specs = new LinkedHashMap<>();
  private final List<Lane> custom = new ArrayList<>();

  private LaneSpecs(Journey journey) {
    BUILT_IN.forEach(s -> specs.put(s.lane(), s));
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
   * customer's lanes, the journey's own, then the blueprint's.
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
      for (LaneSpec spec : specs.values()) {
        if (Lane.blueprintLanes().contains(spec.lane())) {
          out.add(spec);
        }
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

  /** Whether the lane has nothing to show in any column of the journey. */
  static boolean isEmpty(LaneSpec spec, Journey journey) {
    return journey.stages().stream().noneMatch(s -> hasContent(spec, s));
  }

  private static boolean hasContent(LaneSpec spec, Stage s) {
    return switch (spec.kind()) {
      case ITEMS -> !spec.items().apply(s).isEmpty();
      case TOUCHPOINTS -> !s.touchpoints().isEmpty();
      case EMOTIONS -> s.emotion().isPresent()
          || s.touchpoints().stream().anyMatch(t -> t.emotion().isPresent());
      case KPIS -> !s.kpis().isEmpty();
      case FUNNEL -> s.funnel().isPresent();
      case MOMENTS -> !s.moments().isEmpty();
    };
  }

  private static LaneSpec items(Lane lane, String en, String fr, String hintEn, String hintFr,
      Look look, Function<Stage, List<dev.journeymap.core.Item>> items) {
    return new LaneSpec(lane, new Words(en, fr), Optional.of(new Words(hintEn, hintFr)),
        Kind.ITEMS, look, items);
  }

  private static LaneSpec other(Lane lane, String en, String fr, String hintEn, String hintFr,
      Kind kind) {
    return new LaneSpec(lane, new Words(en, fr), Optional.of(new Words(hintEn, hintFr)), kind,
        Look.PLAIN, s -> List.of());
  }
}
