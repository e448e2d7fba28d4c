package dev.journeymap.core.json;

import dev.journeymap.core.Journey;
import dev.journeymap.core.io.AtomicFiles;
import dev.journeymap.core.validation.InvalidJourneyException;
import dev.journeymap.core.validation.JourneyValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Reads and writes journeys as JSON documents of format 1 (the format described in
 * {@code journey-format.md}).
 *
 * <pre>{@code
 * Journey journey = JourneyJson.read(Path.of("booking.json"));
 * String json = JourneyJson.write(journey);
 * // {
 * //   "format": 1,
 * //   "title": "Booking a junk removal",
 * //   "state": "CURRENT",
 * //   "stages": [
 * //   ...
 * // }
 * }</pre>
 *
 * <h2>Reading</h2>
 *
 * <p>A document is read whole, checked against every rule of the format (unknown fields, JSON
 * types, names of channels and other values, then {@link JourneyValidator} on the result), and
 * either returned as a valid {@link Journey} or refused with an {@link InvalidJourneyException}
 * whose {@link InvalidJourneyException#report() report} lists every problem of a well-formed
 * document with its path, for example:
 *
 * <pre>
 * titel: unknown field 'titel'; did you mean 'title'?
 * stages[0].emotion.score: expected a number, found a string
 * stages[1].touchpoints[0].channel: unknown channel 'EMIAL'; did you mean EMAIL? (one of WEB, ...)
 * </pre>
 *
 * <p>A document that is read may still deserve warnings (a journey without a goal, a stage with
 * no content); {@link #readDocument(Path)} and its siblings return them with the journey.
 *
 * <p>Malformed JSON (including an empty document, content after the journey object and a field
 * given twice in one object) is one {@code json.malformed} problem giving the line and column.
 * A document whose {@code format} is not {@value Journey#FORMAT} is refused with only that
 * problem, since a later format may hold fields that this library does not know. Texts and ids
 * are stripped of leading and trailing white space; names of values ({@code "EMAIL"}) are
 * case-sensitive. Only a failure of the underlying stream or file is an {@link IOException}.
 *
 * <p>Limits. So that a hostile document cannot exhaust the stack or the memory, the parser
 * refuses, as malformed: nesting deeper than {@value #MAX_NESTING_DEPTH} levels, a string or
 * field name longer than {@value #MAX_STRING_LENGTH} characters, a number longer than
 * {@value #MAX_NUMBER_LENGTH} characters, a document longer than {@value #MAX_DOCUMENT_LENGTH}
 * bytes (characters when read from a {@link Reader}) and more than {@value #MAX_TOKENS} JSON
 * tokens. Lists beyond the {@link JourneyValidator validator's limits} stop the reading, and
 * after 1,000 problems the rest of a document is not checked. No honest map comes near any of
 * these.
 *
 * <h2>Writing</h2>
 *
 * <p>The output is pretty-printed with a two-space indent, {@code "key": value}, {@code \n} line
 * ends and a final line end; fields come in the order of the format document; absent optional
 * fields and empty lists are left out; {@code state} is always written, {@code CURRENT} included;
 * an item with only a text is written as a plain string; whole numbers are written without a
 * fraction ({@code 120000}); a link's kind is left out when it is {@code FLOW}, the default.
 * Durations are ISO-8601 text, normalised: a whole number of days in days ({@code P2D}),
 * anything else in hours, minutes and seconds ({@code PT26H}, {@code PT45M}), so that
 * {@code P1DT2H} is read and written back as {@code PT26H}, the same duration. The reader takes
 * days, hours, minutes and seconds in upper case ({@code P1M} or {@code P1W} are refused: their
 * length is not fixed). The same journey gives the same bytes on every machine and JDK, and
 * {@code read(write(journey))} equals {@code journey}.
 *
 * <p>All methods are thread-safe. Streams handed in are neither closed nor buffered beyond what
 * is read or written.
 */
public final class JourneyJson {
  /** The deepest nesting of arrays and objects that the reader accepts. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** The longest string or field name, in characters, that the reader accepts. */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** The longest number, in characters, that the reader accepts. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** The longest document, in bytes (characters for a {@link Reader}), that the reader accepts. */
  public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;
  /** The most JSON tokens (brackets, names and values) that the reader accepts. */
  public static final long MAX_TOKENS = 5_000_000;

  /**
   * The resource holding the JSON Schema (draft 2020-12) of format 1, for editors and other
   * tools; {@link #schema()} returns its text. Rules that a schema cannot express (unique ids,
   * references, funnel counts) are listed in its {@code description}.
   *
   * <p>Looking the resource up by this name, with {@code Class.getResourceAsStream} or through a
   * class loader, works only when this library is on the class path: on the module path, the
   * module {@code dev.journeymap.core} exports this package but does not open it, so its
   * resources are hidden from other modules and the lookup returns {@code null}. Use
   * {@link #schema()}.
   */
  public static final String SCHEMA_RESOURCE =
      "/dev/journeymap/core/json/journey-format-1.schema.json";

  private JourneyJson() {}

  /**
   * The journey held by {@code json}.
   *
   * @throws InvalidJourneyException listing every problem of the document
   */
  public static Journey read(String json) {
    return DocumentReader.read(JsonTrees.parse(Objects.requireNonNull(json, "json")));
  }

  /**
   * The journey held by the characters of {@code reader}, read to the end of the journey object;
   * the reader is not closed.
   *
   * @throws InvalidJourneyException listing every problem of the document
   * @throws IOException if the reader fails
   */
  public static Journey read(Reader reader) throws IOException {
    return DocumentReader.read(JsonTrees.parse(Objects.requireNonNull(reader, "reader")));
  }

  /**
   * The journey held by the UTF-8 bytes of {@code in}, read to the end of the journey object;
   * the stream is not closed.
   *
   * @throws InvalidJourneyException listing every problem of the document, invalid UTF-8
   *     included
   * @throws IOException if the stream fails
   */
  public static Journey read(InputStream in) throws IOException {
    return DocumentReader.read(JsonTrees.parse(Objects.requireNonNull(in, "in")));
  }

  /**
   * The journey held by the UTF-8 file at {@code path}.
   *
   * @throws InvalidJourneyException listing every problem of the document
   * @throws IOException if the file cannot be read
   */
  public static Journey read(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in);
    }
  }

  /**
   * The journey held by {@code json}, with the validator's warnings about it.
   *
   * @throws InvalidJourneyException listing every problem of the document
   */
  public static JourneyDocument readDocument(String json) {
    return JourneyDocument.of(read(json));
  }

  /**
   * The journey held by the characters of {@code reader}, with the validator's warnings about
   * it; the reader is not closed.
   *
   * @throws InvalidJourneyException listing every problem of the document
   * @throws IOException if the reader fails
   */
  public static JourneyDocument readDocument(Reader reader) throws IOException {
    return JourneyDocument.of(read(reader));
  }

  /**
   * The journey held by the UTF-8 bytes of {@code in}, with the validator's warnings about it;
   * the stream is not closed.
   *
   * @throws InvalidJourneyException listing every problem of the document
   * @throws IOException if the stream fails
   */
  public static JourneyDocument readDocument(InputStream in) throws IOException {
    return JourneyDocument.of(read(in));
  }

  /**
   * The journey held by the UTF-8 file at {@code path}, with the validator's warnings about it.
   *
   * @throws InvalidJourneyException listing every problem of the document
   * @throws IOException if the file cannot be read
   */
  public static JourneyDocument readDocument(Path path) throws IOException {
    return JourneyDocument.of(read(path));
  }

  /** The document of {@code journey}, ending with a line end. */
  public static String write(Journey journey) {
    return DocumentWriter.write(Objects.requireNonNull(journey, "journey"));
  }

  /**
   * Writes the document of {@code journey} to {@code writer}, then flushes it; the writer is not
   * closed.
   */
  public static void write(Journey journey, Writer writer) throws IOException {
    writer.write(write(journey));
    writer.flush();
  }

  /**
   * Writes the document of {@code journey} as UTF-8 to {@code out}, then flushes it; the stream
   * is not closed.
   */
  public static void write(Journey journey, OutputStream out) throws IOException {
    out.write(write(journey).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * Writes the document of {@code journey} as UTF-8 to the file at {@code path}, replacing it if
   * it exists. The document goes to a temporary file in the same directory that is then moved
   * into place, so that the file at {@code path} is never half-written: if anything fails, it is
   * left as it was and the temporary file is removed.
   */
  public static void write(Journey journey, Path path) throws IOException {
    byte[] bytes = write(journey).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(path, out -> out.write(bytes));
  }

  /**
   * The JSON Schema (draft 2020-12) of format 1, the text of {@link #SCHEMA_RESOURCE}.
   *
   * @throws UncheckedIOException if the resource cannot be read, which means a broken jar
   */
  public static String schema() {
    try (InputStream in = JourneyJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing resource: " + SCHEMA_RESOURCE));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
