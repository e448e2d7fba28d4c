/**
 * The journey document, format 1: {@link dev.journeymap.core.json.JourneyJson} reads JSON into a
 * {@link dev.journeymap.core.Journey} and writes a journey back as JSON, and ships the format's
 * JSON Schema for editors.
 *
 * <p>Rule of this package: a document is either read whole and valid, or refused with an
 * {@link dev.journeymap.core.validation.InvalidJourneyException} that names every problem with
 * its path; nothing else escapes for a bad document, whatever its content or size, and the
 * output is the same bytes for the same journey on every machine.
 */
package dev.journeymap.core.json;
