package dev.journeymap.mermaid;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Generates valid Mermaid journey diagrams from a seed, with what a reader must find in them:
 * random titles (in the diagram or the front matter, or none), descriptions, sections (some of
 * the same name, some empty), tasks before the first section, scores 1 to 5, actors, entity
 * codes, {@code <br>}, comments, blank lines, indentation and keyword case.
 */
final class RandomDiagrams {
  /** A word as written in the diagram, and as read. */
  private record Word(String written, String read) {}

  /** A task as a reader must find it. */
  record Task(String name, int score, List<String> actors) {}

  /** A stage as a reader must find it. */
  record Section(String name, List<Task> tasks) {}

  /** The text and what it holds. */
  record Diagram(String text, String title, List<Section> sections) {}

  private static final Word[] WORDS = {
      new Word("book", "book"), new Word("plumber", "plumber"), new Word("slot", "slot"),
      new Word("invoice", "invoice"), new Word("réservation", "réservation"),
      new Word("Straße", "Straße"), new Word("預約", "預約"), new Word("😀", "😀"),
      new Word("1#58;2", "1:2"), new Word("#35;1", "#1"), new Word("#quot;ok#quot;", "\"ok\""),
      new Word("a#59;b", "a;b"), new Word("100%", "100%"), new Word("x,y", "x,y"),
      new Word("#84;itle", "Title"), new Word("{braces}", "{braces}"),
      new Word("a'b", "a'b")};
  private static final Word BREAK = new Word("<br>", "\n");
  private static final Word[] ACTORS = {
      new Word("Me", "Me"), new Word("Cat", "Cat"), new Word("Zoë", "Zoë"),
      new Word("Dispatcher", "Dispatcher"), new Word("Smith#44; Jo", "Smith, Jo"),
      new Word("R2#58;D2", "R2:D2")};

  private final Random random;
  private final StringBuilder text = new StringBuilder();

  private RandomDiagrams(long seed) {
    this.random = new Random(seed);
  }

  /** The seeds 1 to 300. */
  static Stream<Long> seeds() {
    return LongStream.rangeClosed(1, 300).boxed();
  }

  static Diagram diagram(long seed) {
    return new RandomDiagrams(seed).diagram();
  }

  private Diagram diagram() {
    noise();
    String frontTitle = null;
    if (random.nextInt(4) == 0) {
      frontTitle = plainText();
      text.append("---\ntitle: ").append(frontTitle).append("\nconfig:\n  theme: base\n---\n");
    }
    noise();
    text.append(pick(new String[] {"journey", "Journey", "JOURNEY"})).append('\n');
    String title = frontTitle;
    if (random.nextInt(4) != 0) {
      Word words = words(false);
      title = words.read();
      line("title " + words.written());
    }
    String mermaidTitle = title == null ? "Journey" : title;
    switch (random.nextInt(4)) {
      case 0 -> line("accDescr: " + plainText());
      case 1 -> line("accTitle: " + plainText());
      case 2 -> {
        line("accDescr {");
        line("  " + plainText());
        line("  " + plainText());
        line("}");
      }
      default -> { }
    }
    List<Section> sections = new ArrayList<>();
    if (random.nextInt(3) == 0) {
      sections.add(new Section(mermaidTitle, tasks(1 + random.nextInt(3))));
    }
    int count = 1 + random.nextInt(6);
    Word previous = null;
    for (int i = 0; i < count; i++) {
      Word name = previous != null && random.nextInt(5) == 0 ? previous : words(true);
      previous = name;
      line("section " + name.written());
      boolean noTaskYet = sections.stream().allMatch(s -> s.tasks().isEmpty());
      int tasks = i == count - 1 && noTaskYet ? 1 + random.nextInt(4) : random.nextInt(5);
      sections.add(new Section(name.read(), tasks(tasks)));
    }
    return new Diagram(text.toString(), mermaidTitle, sections);
  }

  private List<Task> tasks(int count) {
    List<Task> tasks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Word name = words(true);
      int score = 1 + random.nextInt(5);
      List<String> actors = new ArrayList<>();
      StringBuilder line = new StringBuilder(name.written())
          .append(pick(new String[] {":", ": ", " : "})).append(score);
      int actorCount = random.nextInt(4);
      if (actorCount > 0 || random.nextInt(5) == 0) {
        line.append(':');
        for (int j = 0; j < actorCount; j++) {
          Word actor = pick(ACTORS);
          line.append(j > 0 ? "," : "").append(pick(new String[] {"", " ", "  "}))
              .append(actor.written());
          if (!actors.contains(actor.read())) {
            actors.add(actor.read());
          }
        }
      }
      if (random.nextInt(6) == 0) {
        line.append(" # a comment: 9");
      }
      line(line.toString());
      tasks.add(new Task(name.read(), score, actors));
    }
    return tasks;
  }

  /** One to five words, as written and as read; line breaks only inside, if allowed. */
  private Word words(boolean breaks) {
    int count = 1 + random.nextInt(5);
    StringBuilder written = new StringBuilder();
    StringBuilder read = new StringBuilder();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        Word separator = breaks && random.nextInt(6) == 0 ? BREAK : new Word(" ", " ");
        written.append(separator.written());
        read.append(separator.read());
      }
      Word word = pick(WORDS);
      written.append(word.written());
      read.append(word.read());
    }
    return new Word(written.toString(), read.toString());
  }

  private String plainText() {
    int count = 1 + random.nextInt(4);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < count; i++) {
      s.append(i > 0 ? " " : "").append(pick(new String[] {"quick", "repair", "déjà", "visit"}));
    }
    return s.toString();
  }

  private void line(String content) {
    text.append(pick(new String[] {"", "  ", "    ", "\t", " \t "})).append(content).append('\n');
    noise();
  }

  private void noise() {
    int kind = random.nextInt(8);
    if (kind == 0) {
      text.append('\n');
    } else if (kind == 1) {
      text.append("  %% a comment: 7\n");
    }
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
