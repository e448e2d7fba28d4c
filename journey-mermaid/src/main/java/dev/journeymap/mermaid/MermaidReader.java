package dev.journeymap.mermaid;

import dev.journeymap.core.Journey;
import dev.journeymap.core.Stage;
import dev.journeymap.core.Step;
import dev.journeymap.core.validation.JourneyValidator;
import dev.journeymap.core.validation.MessageText;
import dev.journeymap.mermaid.MermaidSyntaxException.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One reading of one diagram: walks the text line by line with plain string scanning (no
 * regular expression, no recursion), collects sections, tasks and actors, then builds the
 * journey. Not thread-safe; {@link MermaidJourney} makes a new one for each read.
 */
final class MermaidReader {
  static final int MAX_CHARS = 5 * 1024 * 1024;
  static final int MAX_LINE_LENGTH = 100_000;
  static final int MAX_PROBLEMS = 100;
  static final String DEFAULT_TITLE = "Journey";

  private static final String TASK_SHAPE =
      "'Task: SCORE' (or title, section, accTitle, accDescr)";

  private final String text;
  private final List<Problem> problems = new ArrayList<>();
  private final List<Section> sections = new ArrayList<>();
  private final Map<String, Integer> actors = new LinkedHashMap<>();
  private int position;
  private int lineNumber;
  private int headerLine;
  private int tasks;
  // Each task is a step, and a step and each of its persona references are list entries.
  private long entries;
  private boolean stopped;
  private String frontMatterTitle;
  private String title;
  private String accTitle;
  private String accDescr;

  private record Task(String name, int score, List<String> actors) {}

  private record Section(String name, List<Task> tasks) {}

  private MermaidReader(String text) {
    this.text = text;
  }

  /** The journey {@code text} describes; see {@link MermaidJourney#read(String)}. */
  static Journey read(String text) {
    return new MermaidReader(text).read();
  }

  private Journey read() {
    if (text.length() > MAX_CHARS) {
      throw tooLong(text);
    }
    if (header()) {
      String line;
      while (!stopped && (line = nextLine()) != null) {
        statement(line, 0);
      }
      if (tasks == 0 && problems.isEmpty()) {
        problem(headerLine, 1,
            "empty diagram: expected at least one task such as 'Pick a slot: 4: Customer'");
      }
    }
    if (!problems.isEmpty()) {
      throw new MermaidSyntaxException(problems);
    }
    return build();
  }

  /** The refusal of a text longer than {@link #MAX_CHARS}, naming where the limit is passed. */
  static MermaidSyntaxException tooLong(CharSequence text) {
    int[] at = lineAndColumn(text, MAX_CHARS);
    return new MermaidSyntaxException(List.of(new Problem(at[0], at[1],
        "the diagram is longer than the " + MAX_CHARS + " characters it may hold")));
  }

  /**
   * The refusal of bytes that are not UTF-8: {@code text} is what was decoded before the byte
   * {@code bad} at offset {@code offset}.
   */
  static MermaidSyntaxException notUtf8(CharSequence text, long offset, int bad) {
    int[] at = lineAndColumn(text, text.length());
    return new MermaidSyntaxException(List.of(new Problem(at[0], at[1], String.format(
        Locale.ROOT, "invalid UTF-8 at byte offset %d (byte 0x%02x): a diagram must be UTF-8"
            + " text", offset, bad))));
  }

  /** The 1-based line and column of char {@code index} of {@code s}. */
  private static int[] lineAndColumn(CharSequence s, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index && i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, index - lineStart + 1};
  }

  // ---- lines ----

  /** The next line without its line break, or null at the end; too long lines are reported. */
  private String nextLine() {
    while (position < text.length() || (position == text.length() && lineNumber == 0)) {
      int start = position;
      int end = start;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      position = end;
      if (position < text.length()) {
        position += text.charAt(position) == '\r' && position + 1 < text.length()
            && text.charAt(position + 1) == '\n' ? 2 : 1;
      } else {
        position = text.length() + 1;
      }
      lineNumber++;
      if (end - start > MAX_LINE_LENGTH) {
        problem(lineNumber, MAX_LINE_LENGTH + 1, "the line is " + (end - start)
            + " characters long, more than the " + MAX_LINE_LENGTH + " a line may hold");
        if (stopped) {
          return null;
        }
        continue;
      }
      return text.substring(start, end);
    }
    return null;
  }

  private static boolean isBlank(String line) {
    return MermaidText.skipSpace(line, 0) == line.length();
  }

  private static boolean isComment(String line, int from) {
    return line.startsWith("%%", MermaidText.skipSpace(line, from));
  }

  // ---- before the diagram: blank lines, comments, directives, front matter, 'journey' ----

  private boolean header() {
    boolean frontMatterAllowed = true;
    String line;
    while ((line = nextLine()) != null) {
      if (isBlank(line)) {
        continue;
      }
      if (isComment(line, 0)) {
        skipDirective(line);
        continue;
      }
      if (frontMatterAllowed && MermaidText.trim(line).equals("---")) {
        frontMatterAllowed = false;
        if (!frontMatter()) {
          return false;
        }
        continue;
      }
      int start = MermaidText.skipSpace(line, 0);
      int after = start + "journey".length();
      if (MermaidText.startsWithWord(line, start, "journey")
          && (after == line.length() || MermaidText.isSpace(line.charAt(after)))) {
        headerLine = lineNumber;
        if (!isBlank(line.substring(after))) {
          statement(line, after);
        }
        return true;
      }
      problem(lineNumber, start + 1, "expected 'journey', found '" + abbreviate(line) + "'");
      return false;
    }
    problem(Math.max(lineNumber, 1), 1, "expected 'journey', found the end of the text");
    return false;
  }

  /** A directive {@code %%{ ... }%%} may span lines: skips to its end. */
  private void skipDirective(String first) {
    int start = MermaidText.skipSpace(first, 0);
    if (!first.startsWith("%%{", start) || first.indexOf("}%%", start + 3) >= 0) {
      return;
    }
    String line;
    while ((line = nextLine()) != null) {
      if (line.contains("}%%")) {
        return;
      }
    }
  }

  /** Reads front matter up to its closing {@code ---}; only a top-level title is used. */
  private boolean frontMatter() {
    int opened = lineNumber;
    String line;
    while ((line = nextLine()) != null) {
      if (MermaidText.trim(line).equals("---")) {
        return true;
      }
      if (line.startsWith("title:")) {
        frontMatterTitle = oneLine(yamlScalar(line.substring("title:".length())));
        checkLength("title", frontMatterTitle, lineNumber);
      }
    }
    problem(opened, 1, "front matter opened with '---' is never closed with '---'");
    return false;
  }

  /** A one-line YAML scalar: quoted with ' or ", or plain with an optional # comment. */
  private static String yamlScalar(String raw) {
    String value = MermaidText.trim(raw);
    if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
      return value.substring(1, value.length() - 1).replace("''", "'");
    }
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return value.substring(1, value.length() - 1).replace("\\\"", "\"")
          .replace("\\\\", "\\");
    }
    int comment = value.indexOf(" #");
    return comment < 0 ? value : MermaidText.trim(value.substring(0, comment));
  }

  // ---- statements ----

  /** What is left to read after a statement: a line, and where in it. */
  private record Rest(String line, int from) {}

  /**
   * Reads the statements that start at or after {@code from} in the current line: usually one,
   * more when an {@code accDescr} block closes and the line goes on. A loop, not recursion, so
   * that a line of a thousand blocks cannot overflow the stack.
   */
  private void statement(String line, int from) {
    Rest rest = new Rest(line, from);
    while (rest != null && !stopped) {
      rest = oneStatement(rest.line(), rest.from());
    }
  }

  private Rest oneStatement(String line, int from) {
    int start = MermaidText.skipSpace(line, from);
    if (start == line.length() || line.startsWith("%%", start)
        || (line.charAt(start) == '#' && MermaidText.entityEnd(line, start) < 0)) {
      return null;
    }
    if (MermaidText.startsWithWord(line, start, "journey")) {
      problem(lineNumber, start + 1, "unexpected 'journey': the diagram began at line "
          + headerLine + " and has one header only");
    } else if (keyword(line, start, "title")) {
      title(line, start + "title".length() + 1);
    } else if (accKeyword(line, start, "acctitle", ':') > 0) {
      accTitle = accValue(line, accKeyword(line, start, "acctitle", ':'), "accTitle");
    } else if (accKeyword(line, start, "accdescr", ':') > 0) {
      accDescr = accValue(line, accKeyword(line, start, "accdescr", ':'), "accDescr");
    } else if (accKeyword(line, start, "accdescr", '{') > 0) {
      return accDescrBlock(line, accKeyword(line, start, "accdescr", '{'));
    } else if (keyword(line, start, "section")) {
      section(line, start + "section".length() + 1);
    } else {
      task(line, start);
    }
    return null;
  }

  /** Whether {@code word} followed by one white space starts at {@code start}. */
  private static boolean keyword(String line, int start, String word) {
    int after = start + word.length();
    return MermaidText.startsWithWord(line, start, word) && after < line.length()
        && MermaidText.isSpace(line.charAt(after));
  }

  /** If {@code word}, spaces and {@code mark} start at {@code start}, the index after mark. */
  private static int accKeyword(String line, int start, String word, char mark) {
    if (!MermaidText.startsWithWord(line, start, word)) {
      return -1;
    }
    int at = MermaidText.skipSpace(line, start + word.length());
    return at < line.length() && line.charAt(at) == mark ? at + 1 : -1;
  }

  /**
   * Where the statement text starting at {@code from} ends: at a {@code #} that starts a
   * comment, or at the end of the line. Reports a {@code ;} (Mermaid's grammar refuses it) and
   * returns -1 then.
   */
  private int statementEnd(String line, int from) {
    int i = from;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '#') {
        int entity = MermaidText.entityEnd(line, i);
        if (entity < 0) {
          return i;
        }
        i = entity;
        continue;
      }
      if (c == ';') {
        problem(lineNumber, i + 1, "unexpected ';': write it as #59; (Mermaid's journey"
            + " grammar does not allow it here)");
        return -1;
      }
      i++;
    }
    return line.length();
  }

  private void title(String line, int from) {
    int end = statementEnd(line, from);
    if (end < 0) {
      return;
    }
    String value = oneLine(MermaidText.decode(line.substring(from, end)));
    if (value.isEmpty()) {
      problem(lineNumber, from + 1, "expected a title after 'title'");
      return;
    }
    title = value;
    checkLength("title", value, lineNumber);
  }

  private String accValue(String line, int from, String what) {
    String value = MermaidText.description(MermaidText.decode(line.substring(from)));
    checkLength(what, value == null ? "" : value, lineNumber);
    return value;
  }

  /**
   * {@code accDescr { ... }}: the text up to the closing brace, possibly lines later; returns
   * what follows the brace on its line.
   */
  private Rest accDescrBlock(String line, int from) {
    int opened = lineNumber;
    List<String> lines = new ArrayList<>();
    String current = line;
    int start = from;
    while (true) {
      int close = current.indexOf('}', start);
      if (close >= 0) {
        lines.add(current.substring(start, close));
        accDescr = blockText(lines);
        checkLength("accDescr", accDescr == null ? "" : accDescr, opened);
        return new Rest(current, close + 1);
      }
      lines.add(current.substring(start));
      do {
        current = nextLine();
        if (current == null) {
          problem(opened, from, "'accDescr {' is never closed with '}'");
          return null;
        }
      } while (isComment(current, 0));
      start = 0;
    }
  }

  /** The lines of a block, each trimmed, without blank lines at either end; null if none. */
  private static String blockText(List<String> lines) {
    int first = 0;
    int last = lines.size() - 1;
    while (first <= last && isBlank(lines.get(first))) {
      first++;
    }
    while (last >= first && isBlank(lines.get(last))) {
      last--;
    }
    if (first > last) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (int i = first; i <= last; i++) {
      if (i > first) {
        out.append('\n');
      }
      out.append(MermaidText.decode(lines.get(i)));
    }
    return MermaidText.description(out.toString());
  }

  private void section(String line, int from) {
    int end = statementEnd(line, from);
    if (end < 0) {
      return;
    }
    String raw = line.substring(from, end);
    int colon = raw.indexOf(':');
    if (colon >= 0) {
      problem(lineNumber, from + colon + 1, "a section name cannot hold ':', write it as #58;");
      return;
    }
    String name = name(raw);
    if (name.isEmpty()) {
      problem(lineNumber, from + 1, "expected a section name after 'section'");
      return;
    }
    if (sections.size() >= JourneyValidator.MAX_STAGES) {
      limit("sections", JourneyValidator.MAX_STAGES);
      return;
    }
    checkLength("section name", name, lineNumber);
    sections.add(new Section(name, new ArrayList<>()));
  }

  private void task(String line, int start) {
    int end = statementEnd(line, start);
    if (end < 0) {
      return;
    }
    int[] colons = {-1, -1, -1};
    int found = 0;
    for (int i = start; i < end && found < colons.length; i++) {
      if (line.charAt(i) == ':') {
        colons[found++] = i;
      }
    }
    if (found == 0) {
      problem(lineNumber, start + 1, "expected " + TASK_SHAPE + ", found '"
          + abbreviate(line.substring(start, end)) + "'");
      return;
    }
    if (found == 3) {
      problem(lineNumber, colons[2] + 1,
          "expected 'Task: SCORE: Actor, Actor', found another ':' after the actors");
      return;
    }
    String name = name(line.substring(start, colons[0]));
    if (name.isEmpty()) {
      problem(lineNumber, colons[0] + 1, "expected a task name before ':'");
      return;
    }
    int scoreEnd = found == 2 ? colons[1] : end;
    int scoreStart = MermaidText.skipSpace(line, colons[0] + 1);
    String scoreText = MermaidText.trim(line.substring(Math.min(scoreStart, scoreEnd), scoreEnd));
    if (scoreText.isEmpty()) {
      problem(lineNumber, colons[0] + 2, "expected a score from 1 to 5 after '"
          + abbreviate(name) + ":', found nothing");
      return;
    }
    if (scoreText.length() != 1 || scoreText.charAt(0) < '1' || scoreText.charAt(0) > '5') {
      problem(lineNumber, scoreStart + 1,
          "expected a score from 1 to 5, found '" + abbreviate(scoreText) + "'");
      return;
    }
    List<String> taskActors = found == 2
        ? actors(line.substring(colons[1] + 1, end)) : List.of();
    if (stopped) {
      return;
    }
    if (entries + 1 + taskActors.size() > JourneyValidator.MAX_ENTRIES) {
      problem(lineNumber, 1, "more than the " + JourneyValidator.MAX_ENTRIES
          + " list entries a journey may hold"
          + " (each task is one, and each of its actors one more)");
      stopped = true;
      return;
    }
    checkLength("task name", name, lineNumber);
    if (sections.isEmpty()) {
      // Tasks before the first section: Mermaid draws them in an unnamed section.
      sections.add(new Section(null, new ArrayList<>()));
    }
    tasks++;
    entries += 1 + taskActors.size();
    sections.get(sections.size() - 1).tasks()
        .add(new Task(name, scoreText.charAt(0) - '0', taskActors));
  }

  /** The distinct actors of a comma-separated list, in order; empty entries are skipped. */
  private List<String> actors(String list) {
    Set<String> names = new LinkedHashSet<>();
    int from = 0;
    while (from <= list.length()) {
      int comma = list.indexOf(',', from);
      int to = comma < 0 ? list.length() : comma;
      String actor = oneLine(MermaidText.decode(list.substring(from, to)));
      if (!actor.isEmpty() && names.add(actor) && !actors.containsKey(actor)) {
        if (actors.size() >= JourneyValidator.MAX_PERSONAS) {
          limit("actors", JourneyValidator.MAX_PERSONAS);
          return List.of();
        }
        checkLength("actor", actor, lineNumber);
        actors.put(actor, actors.size());
      }
      from = to + 1;
    }
    return List.copyOf(names);
  }

  private void limit(String what, int max) {
    problem(lineNumber, 1, "more than the " + max + " " + what + " a journey may hold");
    stopped = true;
  }

  private void checkLength(String what, String value, int line) {
    if (value.length() > JourneyValidator.MAX_TEXT_LENGTH) {
      problem(line, 1, String.format(Locale.ROOT,
          "the %s is %d characters long, more than the %d a text may hold",
          what, value.length(), JourneyValidator.MAX_TEXT_LENGTH));
    }
  }

  private void problem(int line, int column, String message) {
    problems.add(new Problem(line, Math.max(column, 1), message));
    if (problems.size() >= MAX_PROBLEMS) {
      stopped = true;
    }
  }

  /**
   * A section or task name: {@code <br>} and every other line break (NEL, LS, PS, CR, as
   * written or coded) are one LF, as the writer writes them back; trimmed.
   */
  private static String name(String raw) {
    return MermaidText.trim(MermaidText.replaceLineBreaks(
        MermaidText.decode(MermaidText.breaksToNewlines(raw)), "\n"));
  }

  /** A title or actor: every line break a space, as the writer writes it back; trimmed. */
  private static String oneLine(String decoded) {
    return MermaidText.trim(MermaidText.replaceLineBreaks(decoded, " "));
  }

  /** Quoted text in a message: cut, and escaped so that it cannot act on a terminal. */
  private static String abbreviate(String s) {
    String trimmed = MermaidText.trim(s);
    return MessageText.escape(
        trimmed.length() <= 40 ? trimmed : trimmed.substring(0, 37) + "...");
  }

  // ---- the journey ----

  private Journey build() {
    String journeyTitle = title != null ? title
        : frontMatterTitle != null && !frontMatterTitle.isEmpty() ? frontMatterTitle
        : DEFAULT_TITLE;
    Journey.Builder journey = Journey.builder(journeyTitle)
        .id(Ids.slug(journeyTitle, "journey"));
    String description = accDescr != null ? accDescr : accTitle;
    if (description != null) {
      journey.description(description);
    }
    Ids personaIds = new Ids("persona");
    List<String> idOfActor = new ArrayList<>(actors.size());
    for (String actor : actors.keySet()) {
      String id = personaIds.next(actor);
      idOfActor.add(id);
      journey.persona(id, actor);
    }
    // A section is a stage and each of its tasks a step: stage and step ids share one scope.
    Ids columnIds = new Ids("stage");
    for (Section section : sections) {
      String name = section.name() != null ? section.name() : journeyTitle;
      Stage.Builder stage = Stage.builder(columnIds.next(name), name);
      for (Task task : section.tasks()) {
        Step.Builder step = Step.builder(columnIds.next(task.name(), "step"), task.name())
            .emotion(task.score() - 3);
        for (String actor : task.actors()) {
          step.persona(idOfActor.get(actors.get(actor)));
        }
        stage.step(step.build());
      }
      journey.stage(stage.build());
    }
    return journey.build();
  }
}
