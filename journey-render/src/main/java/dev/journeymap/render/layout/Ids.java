package dev.journeymap.render.layout;

import dev.journeymap.core.Journey;
import dev.journeymap.core.Slugs;
import dev.journeymap.render.Lane;
import dev.journeymap.render.RenderOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place that makes element ids and CSS classes. Every id starts with the prefix, so two
 * maps on one page never share an id; ids are built from the journey's own ids (which are
 * {@code [a-z0-9_-]}), never from display names.
 *
 * <pre>{@code
 * Ids ids = new Ids("junk-removal");
 * ids.stage("awareness")       // "junk-removal-stage-awareness"
 * ids.lane(Lane.PAIN_POINTS)   // "junk-removal-lane-pain-points"
 * Ids.laneClasses(Lane.PAIN_POINTS)   // [jm-lane, jm-lane-pain-points]
 * }</pre>
 */
public final class Ids {
  /** The prefix when neither the journey's id nor its title gives one. */
  static final String FALLBACK_PREFIX = "journey";
  private static final int MAX_PREFIX = 40;
  private static final String CLASS_PREFIX = "jm-";

  private final String prefix;

  Ids(String prefix) {
    this.prefix = prefix;
  }

  /**
   * The id prefix for this journey: the option if set, else the journey's id, else its title,
   * lower-cased, accents removed, anything outside {@code [a-z0-9-]} turned into {@code -}, at
   * most 40 characters, starting with a letter.
   */
  public static String prefix(Journey journey, RenderOptions options) {
    return options.idPrefix().orElseGet(
        () -> clean(journey.id().orElse(journey.title())));
  }

  static String clean(String text) {
    String slug = Slugs.toId(text);
    if (slug.length() > MAX_PREFIX) {
      // cut, then made a slug again so that no dash is left at the cut
      slug = Slugs.toId(slug.substring(0, MAX_PREFIX));
    }
    if (slug.isEmpty()) {
      return FALLBACK_PREFIX;
    }
    return Character.isLetter(slug.charAt(0)) ? slug : "jm-" + slug;
  }

  /** The prefix itself, the id of the whole map. */
  public String root() {
    return prefix;
  }

  Optional<String> of(String... parts) {
    return Optional.of(prefix + "-" + String.join("-", parts));
  }

  Optional<String> header() {
    return of("header");
  }

  Optional<String> persona(String personaId) {
    return of("persona", personaId);
  }

  Optional<String> grid() {
    return of("grid");
  }

  Optional<String> stages() {
    return of("stages");
  }

  Optional<String> stage(String stageId) {
    return of("stage", stageId);
  }

  Optional<String> steps() {
    return of("steps");
  }

  Optional<String> step(String stepId) {
    return of("step", stepId);
  }

  Optional<String> lane(Lane lane) {
    return of("lane", lane.id());
  }

  /** The cell of a lane in a column: a step, a stage without steps, or a stage over its steps. */
  Optional<String> cell(Lane lane, String columnId) {
    return of("cell", lane.id(), columnId);
  }

  Optional<String> touchpoint(String touchpointId) {
    return of("touchpoint", touchpointId);
  }

  Optional<String> stageEmotion(String stageId) {
    return of("emotion", "stage", stageId);
  }

  Optional<String> touchpointEmotion(String touchpointId) {
    return of("emotion", "touchpoint", touchpointId);
  }

  /** A persona's point in a column (a step, or a stage without steps). */
  Optional<String> personaEmotion(String personaId, String columnId) {
    return of("emotion", "persona", personaId, "stage", columnId);
  }

  /** A persona's moment at a touchpoint. */
  Optional<String> personaTouchpointEmotion(String personaId, String touchpointId) {
    return of("emotion", "persona", personaId, "touchpoint", touchpointId);
  }

  Optional<String> legend() {
    return of("legend");
  }

  /**
   * CSS classes: each name with the {@code jm-} prefix that keeps them apart from the embedding
   * page's own classes, e.g. {@code classes("kpi", "below-target")} is
   * {@code [jm-kpi, jm-below-target]}.
   */
  public static List<String> classes(String... names) {
    List<String> classes = new ArrayList<>(names.length);
    for (String name : names) {
      classes.add(CLASS_PREFIX + name);
    }
    return List.copyOf(classes);
  }

  /** An enum constant as a class or id token: {@code WORD_OF_MOUTH} is {@code word-of-mouth}. */
  static String token(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The classes of a lane group: {@code jm-lane jm-lane-<id>}. */
  public static List<String> laneClasses(Lane lane) {
    return classes("lane", "lane-" + lane.id());
  }

  /** The classes of one cell. */
  static List<String> cellClasses(Lane lane) {
    return classes("cell", "cell-" + lane.id());
  }

  /** The classes of an insight card. */
  static List<String> itemClasses(Lane lane, boolean assumption) {
    return assumption
        ? classes("card", "item", lane.id() + "-item", "assumption")
        : classes("card", "item", lane.id() + "-item");
  }
}
