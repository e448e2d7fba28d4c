package dev.journeymap.mermaid;

import dev.journeymap.core.Channel;
import dev.journeymap.core.Journey;
import dev.journeymap.core.io.AtomicFiles;
import dev.journeymap.core.validation.InvalidJourneyException;
import dev.journeymap.core.validation.JourneyValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads Mermaid {@code journey} diagrams into journeys, and writes journeys as such diagrams, for
 * the many READMEs and wikis that hold one and the places (GitHub, GitLab, wikis) that draw
 * only Mermaid.
 *
 * <pre>{@code
 * Journey journey = MermaidJourney.read("""
 *     journey
 *       title Booking a junk removal
 *       section Booking
 *         Pick a slot: 2: Homeowner
 *     """);
 * journey.stages().get(0).steps().get(0).emotion()   // Emotion{score=-1.0}
 * MermaidJourney.write(journey)                            // the same diagram, as written here
 * }</pre>
 *
 * <h2>Reading</h2>
 * The syntax is Mermaid's (version 11): optional blank lines, {@code %%} comment lines,
 * {@code %%{...}%%} directives and a YAML front matter block ({@code ---} ... {@code ---}, of
 * which only a top-level {@code title:} is used) before the {@code journey} keyword; then, one
 * a line and indented at will: {@code title TEXT}, {@code accTitle: TEXT},
 * {@code accDescr: TEXT} or the block {@code accDescr { ... }} over several lines,
 * {@code section NAME}, and tasks {@code Task text: SCORE: Actor, Actor} (the actors may be left
 * out: {@code Task text: SCORE}). Keywords ignore case. {@code %%} starts a comment line, and a
 * {@code #} that does not start an entity code starts a comment to the end of the line (as in
 * Mermaid, except in {@code accTitle} and {@code accDescr}). Entity codes are decoded, as
 * Mermaid draws them: {@code #58;} is {@code :}, {@code #quot;} is {@code "}; {@code <br>} in a
 * section or task name is a line break, and so is any other line break in a name (NEL, LS, PS,
 * CR, as written or coded); in a title or actor name, any line break is a space; the lines of a
 * description are trimmed. These are the forms the writer gives such text, so that every
 * diagram read is written back as read. Lines end with LF, CRLF or CR. A file that is not
 * UTF-8 is refused with the line and byte offset of its first invalid byte.
 *
 * <p>The diagram becomes a journey as follows:
 * <ul>
 *   <li>the {@code title} (or the front matter's title, or else {@code "Journey"}) is the title;
 *       the journey id is derived from it;
 *   <li>{@code accDescr} is the description; without it, {@code accTitle} is;
 *   <li>each section is a stage named by it; tasks before the first section make a first stage
 *       named after the title;
 *   <li>each task is a step of its stage (a column of the map), named by the task text, with
 *       the emotion {@code score - 3} (Mermaid's 1 to 5 becomes our -2 to +2), and the
 *       personas of its actors as the personas who take part in the step;
 *   <li>each distinct actor (compared exactly, after trimming) is a persona named by it, in
 *       order of first appearance (a persona with only a name, drawn as a tag on the map);
 *   <li>a stage has no emotion of its own: its steps carry the scores.
 * </ul>
 * Ids are derived from names: lower case, accents folded, each run of other characters than
 * {@code a-z0-9} made one {@code -}, cut to 64 characters, and made unique with {@code -2},
 * {@code -3}...: stage and step ids in one scope (they are column ids of the journey), persona
 * ids among personas. A name with no letter or digit gives {@code stage}, {@code step} or
 * {@code persona}.
 *
 * <p>Where Mermaid would silently draw nonsense or fail without a useful message, the reader
 * refuses with a {@link MermaidSyntaxException} naming the line, the column and what was
 * expected, and lists every problem found: a missing {@code journey} header, a score that is
 * not a whole number from 1 to 5 (Mermaid's documentation also allows 0, which has no place on
 * our scale; fractions are refused too), a task without a score or without a name, a third
 * {@code :} in a task, a line that is neither a keyword nor a task, a {@code ;} (Mermaid's
 * grammar has no place for it), a {@code :} in a section name, an unclosed {@code accDescr}
 * block or front matter, and a diagram without tasks.
 *
 * <p>Limits, so that hostile input fails fast: at most 5,242,880 (5 Mi) characters in
 * all, 100,000 in a line, and the validator's limits ({@link JourneyValidator}) on stages
 * (sections), personas (actors), text lengths and list entries: each task is a step, and a
 * step and each of its persona references are list entries, so a diagram may hold at most
 * 500,000 tasks and actor references of tasks together. The reader stops after 100 problems.
 * It uses no regular expression and no recursion.
 *
 * <h2>Writing</h2>
 * The writer emits Mermaid 11 syntax: {@code journey}, the {@code title}, the description as
 * {@code accDescr} (a block when it has several lines), one {@code section} per stage, and one
 * task per step, {@code Name: SCORE: Actor, Actor}, where the score is
 * {@code round(emotion + 3)} (halves up) kept within 1 to 5, taken from the step's emotion,
 * else the stage's, else 3, and the actors are the names of the step's personas. A step that
 * names no persona (which in a journey means "all personas") is written without actors, so
 * that a diagram read and written again stays the same. A stage without steps is written with
 * one task per touchpoint, scored and with actors the same way from the touchpoint; a stage
 * with neither steps nor touchpoints with one task per action, scored from the stage's
 * emotion; a stage with none of these is an empty section (which Mermaid does not draw).
 *
 * <p>Text is written so that Mermaid shows it exactly, with entity codes for what its grammar
 * cannot hold: {@code #} as {@code #35;} everywhere; {@code %%} as {@code #37;#37;};
 * {@code ;} as {@code #59;} in titles, names and actors; {@code :} as {@code #58;} in section
 * names, task names and actors; {@code ,} as {@code #44;} in actors; a closing brace as
 * {@code #125;} in an {@code accDescr} block; and the first letter of a task name that starts
 * like a keyword ({@code journey}, {@code title}, {@code section}, {@code accTitle},
 * {@code accDescr}) as its code. Line breaks become {@code <br>} in section and task names, a
 * new line in the description, and a space in the title and actor names; white space around the
 * lines of a description is dropped.
 *
 * <p>What Mermaid cannot hold is lost in writing: the journey's id, goal, state and locale;
 * stage ids, descriptions, customer goals, questions, pain points, opportunities, KPIs, funnels
 * and moments, the content of steps other than their name, score and personas, the
 * touchpoints and actions of stages that have steps, and the actions of stages that have
 * touchpoints; step ids; touchpoint ids, channels,
 * owners, descriptions, urls and emotion labels; personas that no step or touchpoint written
 * names, and every
 * persona detail but the name (personas of the same name become one actor); evidence and
 * sources of items; per-persona emotions; the journey's own lanes, the blueprint and links;
 * stage emotions, except through the scores of tasks that have none; and
 * fractional scores, which are rounded.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class MermaidJourney {
  private MermaidJourney() {}

  /**
   * The journey a Mermaid {@code journey} diagram describes.
   *
   * @throws MermaidSyntaxException with every syntax problem, if the text is not such a diagram
   * @throws InvalidJourneyException if the journey breaks a rule of the format that the syntax
   *     check cannot see, e.g. more persona references than a journey may hold
   */
  public static Journey read(String text) {
    return MermaidReader.read(Objects.requireNonNull(text, "text"));
  }

  /**
   * The journey of the diagram that {@code reader} holds; reads at most one character more
   * than the size limit, and does not close the reader.
   *
   * @throws MermaidSyntaxException with every syntax problem, or if the text is too long
   * @throws InvalidJourneyException as {@link #read(String)}
   */
  public static Journey read(Reader reader) throws IOException {
    Objects.requireNonNull(reader, "reader");
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    int n;
    while (text.length() <= MermaidReader.MAX_CHARS && (n = reader.read(buffer)) >= 0) {
      text.append(buffer, 0, n);
    }
    if (text.length() > MermaidReader.MAX_CHARS) {
      throw MermaidReader.tooLong(text);
    }
    return MermaidReader.read(text.toString());
  }

  /**
   * The journey of the diagram in {@code file}, read as UTF-8.
   *
   * @throws MermaidSyntaxException with every syntax problem, if the file is too long, or if
   *     it is not UTF-8 (naming the line, column and byte offset of the first invalid byte)
   * @throws InvalidJourneyException as {@link #read(String)}
   * @throws IOException if the file cannot be read
   */
  public static Journey read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return MermaidReader.read(utf8(in));
    }
  }

  /**
   * The text of UTF-8 bytes, read up to one character beyond the size limit; invalid UTF-8 is
   * a syntax problem naming its line, column and byte offset, as the JSON reader does.
   */
  private static String utf8(InputStream in) throws IOException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    StringBuilder text = new StringBuilder();
    ByteBuffer bytes = ByteBuffer.allocate(8192);
    CharBuffer chars = CharBuffer.allocate(8192);
    long consumed = 0;
    boolean end = false;
    while (!end && text.length() <= MermaidReader.MAX_CHARS) {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      end = n < 0;
      bytes.position(bytes.position() + Math.max(n, 0)).flip();
      int before = bytes.position();
      CoderResult result = decoder.decode(bytes, chars, end);
      consumed += bytes.position() - before;
      chars.flip();
      text.append(chars);
      chars.clear();
      if (result.isError()) {
        int bad = bytes.get(bytes.position()) & 0xff;
        throw MermaidReader.notUtf8(text, consumed, bad);
      }
      bytes.compact();
    }
    if (text.length() > MermaidReader.MAX_CHARS) {
      throw MermaidReader.tooLong(text);
    }
    return text.toString();
  }

  /** {@code journey} as a Mermaid {@code journey} diagram, lines ending with LF. */
  public static String write(Journey journey) {
    return MermaidWriter.write(Objects.requireNonNull(journey, "journey"));
  }

  /** Writes {@code journey} as a diagram to {@code out}; does not close or flush it. */
  public static void write(Journey journey, Writer out) throws IOException {
    Objects.requireNonNull(out, "out").write(write(journey));
  }

  /**
   * Writes {@code journey} as a diagram to {@code file} in UTF-8, replacing it: through a
   * temporary file in the same directory, then moved into place, so that the file is never left
   * half-written.
   */
  public static void write(Journey journey, Path file) throws IOException {
    byte[] bytes = write(journey).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(file, out -> out.write(bytes));
  }
}
