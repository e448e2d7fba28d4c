package dev.journeymap.core.json;

import dev.journeymap.core.Journey;
import dev.journeymap.core.validation.JourneyValidator;
import dev.journeymap.core.validation.ValidationReport;
import java.util.Objects;

/**
 * A journey read from a document, with what the validator warns about it: a map without a
 * goal, an empty stage, a lane no stage uses. Reading refuses a document with errors, so the
 * report holds warnings only.
 *
 * <pre>{@code
 * JourneyDocument read = JourneyJson.readDocument(Path.of("booking.json"));
 * read.journey().title()   // "Booking a junk removal"
 * read.warnings()          // goal: the journey has no goal; say which business objective it serves
 * }</pre>
 *
 * @param journey the journey, valid
 * @param warnings the warnings about it, in document order; empty when there is none
 */
public record JourneyDocument(Journey journey, ValidationReport warnings) {

  /** Checks that no component is null and that the report holds no error. */
  public JourneyDocument {
    Objects.requireNonNull(journey, "journey");
    Objects.requireNonNull(warnings, "warnings");
    if (!warnings.errors().isEmpty()) {
      throw new IllegalArgumentException("a read journey has no errors: " + warnings.errors());
    }
  }

  /** The journey with its warnings. */
  static JourneyDocument of(Journey journey) {
    // validated a second time: the builder that reading goes through keeps only errors
    return new JourneyDocument(journey,
        ValidationReport.of(JourneyValidator.validate(journey).warnings()));
  }
}
