package dev.journeymap.core.validation;

/**
 * The stable code of a {@link Problem}, for tools that react to a kind of problem rather than to
 * its message. Codes are never renamed within a major version; {@link #id()} is the form used in
 * reports, e.g. {@code "id.duplicate"}.
 */
public enum ProblemCode {
  /** A required field is missing or blank. */
  REQUIRED("required"),
  /** An id does not match the id syntax. */
  ID_SYNTAX("id.syntax"),
  /** An id is used twice where it must be unique. */
  ID_DUPLICATE("id.duplicate"),
  /** A reference names no persona or touchpoint of the journey. */
  REFERENCE_UNKNOWN("reference.unknown"),
  /** An emotion score is outside -2..2. */
  EMOTION_RANGE("emotion.range"),
  /** A number is NaN or infinite. */
  NUMBER_NOT_FINITE("number.not-finite"),
  /** A funnel count is negative, or more completed than entered. */
  FUNNEL_INCONSISTENT("funnel.inconsistent"),
  /** A URL is not an absolute http, https or mailto URI. */
  URL_INVALID("url.invalid"),
  /** A text is longer than the format allows. */
  TEXT_TOO_LONG("text.too-long"),
  /** A locale is not a well-formed BCP 47 language tag. */
  LOCALE_INVALID("locale.invalid"),
  /** A journey has more stages, touchpoints or entries than the library accepts. */
  LIMIT_EXCEEDED("limit.exceeded"),
  /** The document declares a format version this library does not read. */
  FORMAT_UNSUPPORTED("format.unsupported"),
  /** The document is not well-formed JSON, or is refused by the reader's size limits. */
  JSON_MALFORMED("json.malformed"),
  /** The document has a field the format does not know. */
  JSON_UNKNOWN_FIELD("json.unknown-field"),
  /** A field has the wrong JSON type. */
  JSON_WRONG_TYPE("json.wrong-type"),
  /** A field holds a value that is not one of its allowed names (channel, evidence...). */
  UNKNOWN_VALUE("value.unknown"),
  /** A duration is not ISO-8601 text of days, hours, minutes and seconds, or is negative. */
  DURATION_INVALID("duration.invalid"),
  /** A persona is given where it is not allowed (in a plain {@code emotion}). */
  NOT_ALLOWED("not-allowed"),
  /** A lane id is built in, or a {@code lanes} key names no lane of the journey. */
  LANE_INVALID("lane.invalid"),
  /** A link connects an item to itself. */
  LINK_INVALID("link.invalid"),
  /** Warning: the journey has no business goal. */
  NO_GOAL("warning.no-goal"),
  /** Warning: the journey has no persona. */
  NO_PERSONA("warning.no-persona"),
  /** Warning: a stage has no content at all. */
  EMPTY_STAGE("warning.empty-stage"),
  /** Warning: every insight of a stage is an assumption. */
  ONLY_ASSUMPTIONS("warning.only-assumptions"),
  /** Warning: a lane defined by the journey holds nothing in any stage or step. */
  UNUSED_LANE("warning.unused-lane"),
  /** Warning: a step has no content at all. */
  EMPTY_STEP("warning.empty-step");

  private final String id;

  ProblemCode(String id) {
    this.id = id;
  }

  /** The code as written in reports, e.g. {@code "reference.unknown"}. */
  public String id() {
    return id;
  }
}
