package dev.journeymap.core.validation;

import dev.journeymap.core.BuiltInLane;
import dev.journeymap.core.Emotion;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.Kpi;
import dev.journeymap.core.LaneDefinition;
import dev.journeymap.core.LaneContent;
import dev.journeymap.core.Link;
import dev.journeymap.core.Persona;
import dev.journeymap.core.Stage;
import dev.journeymap.core.Step;
import dev.journeymap.core.Touchpoint;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Checks a journey against every rule of the journey format, and reports every problem found.
 *
 * <pre>{@code
 * ValidationReport report = JourneyValidator.validate(journey);
 * report.isValid()     // false
 * report.errors()      // [stages[1].id: duplicate stage id 'purchase' (first at stages[0].id)]
 * }</pre>
 *
 * <p>Errors: required fields missing or blank; ids that break the syntax (1 to 64 characters of
 * {@code a-z 0-9 - _}, starting with a letter or digit) or repeat (stage ids among stages,
 * touchpoint ids in the whole journey, persona ids among personas); references from items and
 * touchpoints to personas and touchpoints that do not exist; emotion scores outside -2..2;
 * numbers that are NaN or infinite; funnels with negative counts or more completed than
 * entered; URLs that are not absolute {@code http}, {@code https} or {@code mailto} URIs, that
 * name a port above 65535 or that hold a direction-changing (U+202A to U+202E, U+2066 to U+2069,
 * U+200E, U+200F, U+061C) or invisible (U+200B to U+200D, U+2060, U+FEFF) character; texts
 * over {@value #MAX_TEXT_LENGTH} characters; malformed locale tags.
 *
 * <p>Errors of the additions to format 1: a stage or step id used twice (they share one
 * namespace, the columns'), an item id used twice in the journey; an entry of {@code emotions}
 * without a persona, with an unknown one, or a second one for the same persona in one list; a
 * persona in an overall {@code emotion}; a {@code lanes} key that the journey does not define
 * (with a did-you-mean); a lane definition whose id is built in or used twice; a link whose end
 * is not an item id of the journey (with a did-you-mean) or that links an item to itself; a
 * negative duration; a step's persona that is not a persona of the journey.
 *
 * <p>Warnings: a journey without a goal or without a persona, a stage with no content (no lane
 * and no step), a stage whose every insight is an assumption, a step with no content, a lane
 * defined by the journey that no stage or step uses.
 *
 * <p>Limits. So that a hostile document cannot make a reader or renderer exhaust memory or
 * time, a journey may hold at most {@value #MAX_STAGES} stages, {@value #MAX_TOUCHPOINTS}
 * touchpoints (of stages and steps), {@value #MAX_PERSONAS} personas and {@value #MAX_ENTRIES}
 * entries in all other lists together: the items of every lane of stages and steps, KPIs,
 * moments, persona emotions, persona goals, frustrations and attributes, the persona
 * references of touchpoints and steps, steps, lane definitions and links; the stages, personas
 * and touchpoints themselves are not entries.
 * The JSON reader counts the same way, so that every journey within these limits is read back
 * from its document. No honest map comes near: a
 * journey of 500 stages and 10,000 touchpoints is accepted. Beyond a limit, the journey is
 * refused with one {@link ProblemCode#LIMIT_EXCEEDED} error, and its content is not checked
 * further.
 *
 * <p>Thread-safe and stateless.
 */
public final class JourneyValidator {
  /** The longest text, in UTF-16 chars, that the format accepts. */
  public static final int MAX_TEXT_LENGTH = 2_000;
  /** The most stages a journey may hold. */
  public static final int MAX_STAGES = 2_000;
  /** The most touchpoints a journey may hold, in all stages together. */
  public static final int MAX_TOUCHPOINTS = 50_000;
  /** The most personas a journey may hold. */
  public static final int MAX_PERSONAS = 1_000;
  /** The most entries of all lists of a journey together. */
  public static final int MAX_ENTRIES = 500_000;

  private static final int MAX_PORT = 65_535;
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  private JourneyValidator() {}

  /** Every problem of {@code journey}, in document order. */
  public static ValidationReport validate(Journey journey) {
    return new Run(journey).run();
  }

  /** Whether {@code id} follows the id syntax of the format. */
  public static boolean isValidId(String id) {
    return ID.matcher(id).matches();
  }

  /** One validation of one journey: collects problems as it walks the document. */
  private static final class Run {
    private final Journey journey;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> personaIds = new LinkedHashSet<>();
    private final Set<String> touchpointIds = new LinkedHashSet<>();
    private final Set<String> laneIds = new LinkedHashSet<>();
    private final Set<String> itemIds = new LinkedHashSet<>();

    Run(Journey journey) {
      this.journey = journey;
    }

    ValidationReport run() {
      if (!withinLimits()) {
        return ValidationReport.of(problems);
      }
      journey.id().ifPresent(id -> id("id", id));
      requiredText("title", journey.title());
      optionalText("description", journey.description());
      optionalText("goal", journey.goal());
      journey.locale().ifPresent(this::locale);
      collectIds();
      for (int i = 0; i < journey.personas().size(); i++) {
        persona("personas[" + i + "]", journey.personas().get(i));
      }
      for (int i = 0; i < journey.lanes().size(); i++) {
        lane("lanes[" + i + "]", journey.lanes().get(i));
      }
      if (journey.stages().isEmpty()) {
        error("stages", ProblemCode.REQUIRED, "a journey needs at least one stage");
      }
      for (int i = 0; i < journey.stages().size(); i++) {
        stage("stages[" + i + "]", journey.stages().get(i));
      }
      for (int i = 0; i < journey.links().size(); i++) {
        link("links[" + i + "]", journey.links().get(i));
      }
      warnings();
      return ValidationReport.of(problems);
    }

    private boolean withinLimits() {
      int stages = journey.stages().size();
      int touchpoints = 0;
      long entries = 0;
      for (Persona p : journey.personas()) {
        entries += p.goals().size() + p.frustrations().size() + p.attributes().size();
      }
      entries += journey.lanes().size() + journey.links().size();
      for (Stage s : journey.stages()) {
        touchpoints += s.allTouchpoints().size();
        entries += entries(s) + s.steps().size();
        for (Step step : s.steps()) {
          entries += entries(step) + step.personas().size();
        }
      }
      limit("stages", stages, MAX_STAGES, "stages");
      limit("stages", touchpoints, MAX_TOUCHPOINTS, "touchpoints");
      limit("personas", journey.personas().size(), MAX_PERSONAS, "personas");
      limit("", entries, MAX_ENTRIES, "list entries");
      return problems.isEmpty();
    }

    /** The list entries of a stage or step, touchpoints' own lists included. */
    private static long entries(LaneContent c) {
      long entries = c.allItems().size() + c.kpis().size() + c.moments().size()
          + c.emotions().size();
      for (Touchpoint t : c.touchpoints()) {
        entries += t.personas().size() + t.emotions().size();
      }
      return entries;
    }

    private void limit(String path, long count, int max, String what) {
      if (count > max) {
        error(path, ProblemCode.LIMIT_EXCEEDED, String.format(Locale.ROOT,
            "%d %s is more than the %d a journey may hold", count, what, max));
      }
    }

    /**
     * First pass: the ids that references may point at, so that forward references work, and
     * the duplicates among them. Stage and step ids share one namespace, the columns'.
     */
    private void collectIds() {
      journey.personas().forEach(p -> personaIds.add(p.id()));
      journey.touchpoints().forEach(t -> touchpointIds.add(t.id()));
      journey.lanes().forEach(l -> laneIds.add(l.id()));
      Map<String, String> firstPersona = new HashMap<>();
      for (int i = 0; i < journey.personas().size(); i++) {
        unique(firstPersona, "persona", journey.personas().get(i).id(), "personas[" + i + "].id");
      }
      Map<String, String> firstLane = new HashMap<>();
      for (int i = 0; i < journey.lanes().size(); i++) {
        unique(firstLane, "lane", journey.lanes().get(i).id(), "lanes[" + i + "].id");
      }
      Map<String, String> firstColumn = new HashMap<>();
      Map<String, String> firstTouchpoint = new HashMap<>();
      Map<String, String> firstItem = new HashMap<>();
      for (int i = 0; i < journey.stages().size(); i++) {
        Stage stage = journey.stages().get(i);
        String path = "stages[" + i + "]";
        unique(firstColumn, "stage", stage.id(), path + ".id");
        contentIds(path, stage, firstTouchpoint, firstItem);
        for (int j = 0; j < stage.steps().size(); j++) {
          Step step = stage.steps().get(j);
          unique(firstColumn, "step", step.id(), path + ".steps[" + j + "].id");
          contentIds(path + ".steps[" + j + "]", step, firstTouchpoint, firstItem);
        }
      }
    }

    private void contentIds(String path, LaneContent content, Map<String, String> firstTouchpoint,
        Map<String, String> firstItem) {
      for (int j = 0; j < content.touchpoints().size(); j++) {
        unique(firstTouchpoint, "touchpoint", content.touchpoints().get(j).id(),
            path + ".touchpoints[" + j + "]", ".id");
      }
      itemLanes(path, content, (at, items) -> {
        for (int k = 0; k < items.size(); k++) {
          Optional<String> id = items.get(k).id();
          if (id.isPresent()) {
            itemIds.add(id.get());
            unique(firstItem, "item", id.get(), at + "[" + k + "].id");
          }
        }
      });
    }

    /** Calls {@code lane} with the path and the items of every lane of items, in order. */
    private static void itemLanes(String path, LaneContent c, BiConsumer<String, List<Item>> lane) {
      lane.accept(path + ".customerGoals", c.customerGoals());
      lane.accept(path + ".actions", c.actions());
      lane.accept(path + ".questions", c.questions());
      lane.accept(path + ".painPoints", c.painPoints());
      lane.accept(path + ".opportunities", c.opportunities());
      c.lanes().forEach((id, items) -> lane.accept(MessageText.field(path + ".lanes", id), items));
      lane.accept(path + ".evidence", c.evidence());
      lane.accept(path + ".frontstage", c.frontstage());
      lane.accept(path + ".backstage", c.backstage());
      lane.accept(path + ".support", c.support());
    }

    private void unique(Map<String, String> first, String kind, String id, String owner,
        String field) {
      unique(first, kind, id, owner + field);
    }

    private void unique(Map<String, String> first, String kind, String id, String path) {
      if (id.isEmpty()) {
        return;
      }
      String earlier = first.putIfAbsent(id, path);
      if (earlier != null) {
        error(path, ProblemCode.ID_DUPLICATE,
            "duplicate " + kind + " id " + MessageText.quote(id) + " (first used at " + earlier + ")");
      }
    }

    private void persona(String path, Persona persona) {
      id(path + ".id", persona.id());
      requiredText(path + ".name", persona.name());
      optionalText(path + ".description", persona.description());
      texts(path + ".goals", persona.goals());
      texts(path + ".frustrations", persona.frustrations());
      optionalText(path + ".quote", persona.quote());
      persona.attributes().forEach((key, value) -> {
        String at = MessageText.field(path + ".attributes", key);
        if (key.isBlank()) {
          error(path + ".attributes", ProblemCode.REQUIRED, "an attribute needs a name");
        }
        text(path + ".attributes", key);
        text(at, value);
      });
    }

    private void stage(String path, Stage stage) {
      id(path + ".id", stage.id());
      requiredText(path + ".name", stage.name());
      optionalText(path + ".description", stage.description());
      content(path, stage);
      for (int i = 0; i < stage.steps().size(); i++) {
        step(path + ".steps[" + i + "]", stage.steps().get(i));
      }
    }

    private void step(String path, Step step) {
      id(path + ".id", step.id());
      requiredText(path + ".name", step.name());
      optionalText(path + ".description", step.description());
      for (int i = 0; i < step.personas().size(); i++) {
        reference(path + ".personas[" + i + "]", "persona", step.personas().get(i), personaIds);
      }
      content(path, step);
    }

    /** The lanes of a stage or a step, in the order of the format document. */
    private void content(String path, LaneContent content) {
      items(path + ".customerGoals", content.customerGoals());
      items(path + ".actions", content.actions());
      items(path + ".questions", content.questions());
      for (int i = 0; i < content.touchpoints().size(); i++) {
        touchpoint(path + ".touchpoints[" + i + "]", content.touchpoints().get(i));
      }
      content.emotion().ifPresent(e -> emotion(path + ".emotion", e));
      emotions(path + ".emotions", content.emotions());
      items(path + ".painPoints", content.painPoints());
      items(path + ".opportunities", content.opportunities());
      for (int i = 0; i < content.kpis().size(); i++) {
        kpi(path + ".kpis[" + i + "]", content.kpis().get(i));
      }
      content.funnel().ifPresent(f -> {
        if (f.entered() < 0) {
          error(path + ".funnel.entered", ProblemCode.FUNNEL_INCONSISTENT,
              "entered must be 0 or more, not " + f.entered());
        }
        if (f.completed() < 0) {
          error(path + ".funnel.completed", ProblemCode.FUNNEL_INCONSISTENT,
              "completed must be 0 or more, not " + f.completed());
        } else if (f.entered() >= 0 && f.completed() > f.entered()) {
          error(path + ".funnel.completed", ProblemCode.FUNNEL_INCONSISTENT,
              "completed (" + f.completed() + ") cannot be more than entered ("
                  + f.entered() + ")");
        }
      });
      content.lanes().forEach((id, items) -> {
        String at = MessageText.field(path + ".lanes", id);
        if (!laneIds.contains(id)) {
          String hint = Suggestions.closest(id, laneIds)
              .map(l -> "; did you mean " + MessageText.quote(l) + "?")
              .orElse(laneIds.isEmpty() ? "; define it in the journey's 'lanes'" : "");
          error(at, ProblemCode.LANE_INVALID, "no lane with id " + MessageText.quote(id)
              + " is defined by this journey" + hint);
        }
        items(at, items);
      });
      items(path + ".evidence", content.evidence());
      items(path + ".frontstage", content.frontstage());
      items(path + ".backstage", content.backstage());
      items(path + ".support", content.support());
    }

    /** The emotions of personas: each names a persona of the journey, at most once in a list. */
    private void emotions(String path, List<Emotion> emotions) {
      Map<String, String> first = new HashMap<>();
      for (int i = 0; i < emotions.size(); i++) {
        String at = path + "[" + i + "]";
        Emotion emotion = emotions.get(i);
        score(at, emotion);
        Optional<String> persona = emotion.persona();
        if (persona.isEmpty()) {
          error(at + ".persona", ProblemCode.REQUIRED,
              "an entry of 'emotions' names its persona; an overall emotion goes in 'emotion'");
        } else if (reference(at + ".persona", "persona", persona.get(), personaIds)) {
          String earlier = first.putIfAbsent(persona.get(), at);
          if (earlier != null) {
            error(at + ".persona", ProblemCode.ID_DUPLICATE, "a second emotion of persona "
                + MessageText.quote(persona.get()) + " here (first at " + earlier + ")");
          }
        }
      }
    }

    private void lane(String path, LaneDefinition lane) {
      id(path + ".id", lane.id());
      if (BuiltInLane.of(lane.id()).isPresent()) {
        error(path + ".id", ProblemCode.LANE_INVALID, MessageText.quote(lane.id())
            + " is a built-in lane; give the journey's own lane another id");
      }
      requiredText(path + ".name", lane.name());
      optionalText(path + ".description", lane.description());
    }

    private void link(String path, Link link) {
      boolean from = linkEnd(path + ".from", link.from());
      boolean to = linkEnd(path + ".to", link.to());
      if (from && to && link.from().equals(link.to())) {
        error(path + ".to", ProblemCode.LINK_INVALID, "the link goes from item "
            + MessageText.quote(link.from()) + " to itself; link two different items");
      }
    }

    private boolean linkEnd(String path, String id) {
      if (id.isEmpty()) {
        error(path, ProblemCode.REQUIRED, "the id of an item is required");
        return false;
      }
      return reference(path, "item", id, itemIds);
    }

    private void touchpoint(String path, Touchpoint t) {
      id(path + ".id", t.id());
      requiredText(path + ".name", t.name());
      optionalText(path + ".owner", t.owner());
      optionalText(path + ".description", t.description());
      t.emotion().ifPresent(e -> emotion(path + ".emotion", e));
      emotions(path + ".emotions", t.emotions());
      t.url().ifPresent(url -> url(path + ".url", url));
      for (int i = 0; i < t.personas().size(); i++) {
        reference(path + ".personas[" + i + "]", "persona", t.personas().get(i), personaIds);
      }
    }

    private void items(String path, List<Item> items) {
      for (int i = 0; i < items.size(); i++) {
        String at = path + "[" + i + "]";
        Item item = items.get(i);
        item.id().ifPresent(id -> id(at + ".id", id));
        requiredText(item.isPlainText() ? at : at + ".text", item.text());
        optionalText(at + ".source", item.source());
        item.persona().ifPresent(id -> reference(at + ".persona", "persona", id, personaIds));
        item.touchpoint().ifPresent(
            id -> reference(at + ".touchpoint", "touchpoint", id, touchpointIds));
        optionalText(at + ".owner", item.owner());
        optionalText(at + ".failPoint", item.failPoint());
        item.duration().filter(Duration::isNegative).ifPresent(d -> error(at + ".duration",
            ProblemCode.DURATION_INVALID, "the duration " + d + " is negative"));
      }
    }

    private void kpi(String path, Kpi kpi) {
      requiredText(path + ".name", kpi.name());
      kpi.value().ifPresent(v -> finite(path + ".value", v));
      kpi.target().ifPresent(v -> finite(path + ".target", v));
      optionalText(path + ".unit", kpi.unit());
    }

    /** An overall emotion: a score and a label, no persona. */
    private void emotion(String path, Emotion emotion) {
      score(path, emotion);
      emotion.persona().ifPresent(p -> error(path + ".persona", ProblemCode.NOT_ALLOWED,
          "an overall emotion names no persona; put the emotion of persona "
              + MessageText.quote(p) + " in 'emotions'"));
    }

    private void score(String path, Emotion emotion) {
      double score = emotion.score();
      if (finite(path + ".score", score)
          && (score < Emotion.MIN_SCORE || score > Emotion.MAX_SCORE)) {
        error(path + ".score", ProblemCode.EMOTION_RANGE,
            "score " + number(score) + " is outside -2 (very negative) to 2 (very positive)");
      }
      optionalText(path + ".label", emotion.label());
    }

    private boolean finite(String path, double value) {
      if (!Double.isFinite(value)) {
        error(path, ProblemCode.NUMBER_NOT_FINITE, "must be a finite number, not " + value);
        return false;
      }
      return true;
    }

    private void url(String path, String url) {
      if (!text(path, url)) {
        return;
      }
      for (int i = 0; i < url.length(); i++) {
        char c = url.charAt(i);
        if (MessageText.isBidiControl(c) || MessageText.isInvisible(c)) {
          // how phishing links hide: the text shown is not the address opened
          error(path, ProblemCode.URL_INVALID, String.format(Locale.ROOT,
              "%s holds the %s character U+%04X at index %d; a link must show what it opens",
              MessageText.quote(url), MessageText.isBidiControl(c) ? "direction-changing"
                  : "invisible", (int) c, i));
          return;
        }
      }
      URI uri;
      try {
        uri = new URI(url);
      } catch (URISyntaxException e) {
        error(path, ProblemCode.URL_INVALID, MessageText.quote(url) + " is not a valid URI: "
            + MessageText.escape(e.getReason()));
        return;
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = (scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null && !uri.getHost().isEmpty();
      boolean mail = scheme.equals("mailto") && uri.isOpaque();
      if (!web && !mail) {
        error(path, ProblemCode.URL_INVALID, MessageText.quote(url)
            + " is not an absolute http, https or mailto link");
      } else if (uri.getPort() > MAX_PORT) {
        error(path, ProblemCode.URL_INVALID, MessageText.quote(url) + " has port "
            + uri.getPort() + "; a port is at most " + MAX_PORT);
      }
    }

    private void locale(String tag) {
      // checked first: Locale.Builder refuses an empty tag too, with the less helpful message
      if (tag.isEmpty()) {
        error("locale", ProblemCode.LOCALE_INVALID,
            "an empty locale; leave the field out, or give a tag such as 'en'");
        return;
      }
      try {
        new Locale.Builder().setLanguageTag(tag);
      } catch (IllformedLocaleException e) {
        error("locale", ProblemCode.LOCALE_INVALID,
            MessageText.quote(tag) + " is not a BCP 47 language tag such as 'en' or 'fr-CA'");
      }
    }

    /** Whether {@code id} is known; reports it if not. */
    private boolean reference(String path, String kind, String id, Set<String> known) {
      if (known.contains(id)) {
        return true;
      }
      String hint = Suggestions.closest(id, known).map(s -> "; did you mean " + MessageText.quote(s) + "?")
          .orElse("");
      error(path, ProblemCode.REFERENCE_UNKNOWN,
          "no " + kind + " with id " + MessageText.quote(id) + " in this journey" + hint);
      return false;
    }

    private void id(String path, String id) {
      if (id.isEmpty()) {
        error(path, ProblemCode.REQUIRED, "an id is required");
      } else if (!isValidId(id)) {
        error(path, ProblemCode.ID_SYNTAX, MessageText.quote(id) + " is not a valid id: use 1 to"
            + " 64 characters of a-z, 0-9, '-' and '_', starting with a letter or digit");
      }
    }

    private void requiredText(String path, String text) {
      if (text.isBlank()) {
        error(path, ProblemCode.REQUIRED, "a text is required here");
      } else {
        text(path, text);
      }
    }

    private void optionalText(String path, Optional<String> text) {
      text.ifPresent(t -> text(path, t));
    }

    private void texts(String path, List<String> texts) {
      for (int i = 0; i < texts.size(); i++) {
        requiredText(path + "[" + i + "]", texts.get(i));
      }
    }

    private boolean text(String path, String text) {
      if (text.length() > MAX_TEXT_LENGTH) {
        error(path, ProblemCode.TEXT_TOO_LONG, "text of " + text.length()
            + " characters is longer than the " + MAX_TEXT_LENGTH + " allowed");
        return false;
      }
      return true;
    }

    private void warnings() {
      Set<String> used = new HashSet<>();
      for (Stage stage : journey.stages()) {
        used.addAll(stage.lanes().keySet());
        stage.steps().forEach(step -> used.addAll(step.lanes().keySet()));
      }
      if (journey.goal().isEmpty()) {
        warning("goal", ProblemCode.NO_GOAL,
            "the journey has no goal; say which business objective it serves");
      }
      if (journey.personas().isEmpty()) {
        warning("personas", ProblemCode.NO_PERSONA,
            "the journey has no persona; say whose journey this is");
      }
      for (int i = 0; i < journey.stages().size(); i++) {
        Stage stage = journey.stages().get(i);
        List<Item> insights = stage.insights();
        if (stage.isEmpty()) {
          warning("stages[" + i + "]", ProblemCode.EMPTY_STAGE,
              "stage " + MessageText.quote(stage.id()) + " has no content");
        } else if (!insights.isEmpty() && insights.stream().allMatch(Item::isAssumption)) {
          warning("stages[" + i + "]", ProblemCode.ONLY_ASSUMPTIONS, "every insight of stage "
              + MessageText.quote(stage.id()) + " is an assumption; back it with research before acting on it");
        }
        for (int j = 0; j < stage.steps().size(); j++) {
          Step step = stage.steps().get(j);
          if (step.isEmpty()) {
            warning("stages[" + i + "].steps[" + j + "]", ProblemCode.EMPTY_STEP,
                "step " + MessageText.quote(step.id()) + " has no content");
          }
        }
      }
      for (int i = 0; i < journey.lanes().size(); i++) {
        LaneDefinition lane = journey.lanes().get(i);
        if (!used.contains(lane.id())) {
          warning("lanes[" + i + "]", ProblemCode.UNUSED_LANE, "lane "
              + MessageText.quote(lane.id()) + " holds nothing in any stage or step");
        }
      }
    }

    private void error(String path, ProblemCode code, String message) {
      problems.add(Problem.error(path, code, message));
    }

    private void warning(String path, ProblemCode code, String message) {
      problems.add(Problem.warning(path, code, message));
    }

    private static String number(double value) {
      return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
  }
}
