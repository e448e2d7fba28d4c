package dev.journeymap.mermaid;

import dev.journeymap.core.Emotion;
import dev.journeymap.core.Item;
import dev.journeymap.core.Journey;
import dev.journeymap.core.Persona;
import dev.journeymap.core.Stage;
import dev.journeymap.core.Step;
import dev.journeymap.core.Touchpoint;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Writes one journey as Mermaid text; see {@link MermaidJourney#write(Journey)}. Stateless. */
final class MermaidWriter {
  static final int NEUTRAL_SCORE = 3;

  private static final String TITLE_SPECIALS = ";";
  private static final String NAME_SPECIALS = ":;";
  private static final String ACTOR_SPECIALS = ":;,";
  private static final String BLOCK_SPECIALS = "}";
  private static final String[] TASK_KEYWORDS = {"journey", "title", "section", "acctitle",
      "accdescr"};

  private MermaidWriter() {}

  static String write(Journey journey) {
    StringBuilder out = new StringBuilder(256);
    out.append("journey\n");
    out.append("  title ").append(MermaidText.escape(journey.title(), TITLE_SPECIALS, false))
        .append('\n');
    journey.description().ifPresent(d -> description(d, out));
    Map<String, String> personaNames = new HashMap<>();
    for (Persona persona : journey.personas()) {
      personaNames.put(persona.id(), persona.name());
    }
    for (Stage stage : journey.stages()) {
      out.append("  section ").append(MermaidText.escape(stage.name(), NAME_SPECIALS, true))
          .append('\n');
      int stageScore = score(stage.emotion()).orElse(NEUTRAL_SCORE);
      if (!stage.steps().isEmpty()) {
        // a step is a task: Mermaid's own unit of a journey
        for (Step step : stage.steps()) {
          task(step.name(), score(step.emotion()).orElse(stageScore), out);
          actors(step.personas(), personaNames, out);
          out.append('\n');
        }
      } else if (!stage.touchpoints().isEmpty()) {
        for (Touchpoint touchpoint : stage.touchpoints()) {
          task(touchpoint.name(), score(touchpoint.emotion()).orElse(stageScore), out);
          actors(touchpoint.personas(), personaNames, out);
          out.append('\n');
        }
      } else {
        for (Item action : stage.actions()) {
          task(action.text(), stageScore, out);
          out.append('\n');
        }
      }
    }
    return out.toString();
  }

  /** Mermaid's score of an emotion: {@code round(score + 3)}, halves up, kept in 1..5. */
  static Optional<Integer> score(Optional<Emotion> emotion) {
    return emotion.map(e -> (int) Math.max(1, Math.min(5, Math.round(e.score() + 3))));
  }

  private static void description(String description, StringBuilder out) {
    String text = MermaidText.description(description);
    if (text == null) {
      return;
    }
    if (text.indexOf('\n') < 0) {
      out.append("  accDescr: ").append(MermaidText.escape(text, "", false)).append('\n');
      return;
    }
    out.append("  accDescr {\n");
    for (String line : text.split("\n", -1)) {
      if (!line.isEmpty()) {
        out.append("    ").append(MermaidText.escape(line, BLOCK_SPECIALS, false));
      }
      out.append('\n');
    }
    out.append("  }\n");
  }

  private static void task(String name, int score, StringBuilder out) {
    String text = MermaidText.escape(name, NAME_SPECIALS, true);
    if (startsWithKeyword(text)) {
      // Mermaid would read the line as a statement: code the first letter instead.
      text = "#" + (int) text.charAt(0) + ";" + text.substring(1);
    }
    out.append("    ").append(text).append(": ").append(score);
  }

  /** Whether Mermaid's grammar would read a line starting with {@code text} as a keyword. */
  private static boolean startsWithKeyword(String text) {
    for (String keyword : TASK_KEYWORDS) {
      if (MermaidText.startsWithWord(text, 0, keyword)) {
        return true;
      }
    }
    return false;
  }

  private static void actors(List<String> personaIds, Map<String, String> personaNames,
      StringBuilder out) {
    Set<String> actors = new LinkedHashSet<>();
    for (String id : personaIds) {
      String name = personaNames.get(id);
      if (name != null) {
        actors.add(MermaidText.escape(name, ACTOR_SPECIALS, false));
      }
    }
    String separator = ": ";
    for (String actor : actors) {
      out.append(separator).append(actor);
      separator = ", ";
    }
  }
}
