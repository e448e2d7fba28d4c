package dev.journeymap.core.json;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The fields of each object of format 1, in the order of the format document: the one list that
 * the reader checks documents against (unknown fields are errors), that the writer follows
 * (DocumentWriterTest holds it to it), and that the JSON Schema's properties agree with
 * (JourneySchemaTest).
 */
final class DocumentFields {
  static final List<String> JOURNEY = List.of("format", "id", "title",
      "description", "goal", "state", "locale", "personas", "lanes", "stages", "links");
  static final List<String> PERSONA = List.of("id", "name", "description", "goals",
      "frustrations", "quote", "attributes");
  /** The lane fields that a stage and a step share. */
  static final List<String> CONTENT = List.of("customerGoals", "actions",
      "questions", "touchpoints", "emotion", "emotions", "painPoints", "opportunities", "kpis",
      "funnel", "moments", "lanes", "evidence", "frontstage", "backstage", "support");
  static final List<String> STAGE = ImmutableList.<String>builder()
      .add("id", "name", "description").addAll(CONTENT).add("steps").build();
  static final List<String> STEP = ImmutableList.<String>builder()
      .add("id", "name", "description", "personas").addAll(CONTENT).build();
  static final List<String> TOUCHPOINT = List.of("id", "name", "channel", "owner",
      "description", "emotion", "emotions", "url", "personas");
  static final List<String> ITEM = List.of("id", "text", "evidence", "source",
      "persona", "touchpoint", "owner", "failPoint", "duration");
  /** An emotion; {@code persona} only in an entry of {@code emotions} (the validator says so). */
  static final List<String> EMOTION = List.of("persona", "score", "label");
  static final List<String> LANE = List.of("id", "name", "description");
  static final List<String> LINK = List.of("from", "to", "kind");
  static final List<String> KPI = List.of("name", "value", "target", "unit");
  static final List<String> FUNNEL = List.of("entered", "completed");

  private DocumentFields() {}
}
