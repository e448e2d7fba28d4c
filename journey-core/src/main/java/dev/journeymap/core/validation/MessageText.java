package dev.journeymap.core.validation;

import java.util.Locale;

/**
 * The one way problem messages and paths quote a document's own text, so that a hostile
 * document cannot write to a terminal through them: control characters (an ESC sequence, a
 * CR that returns to the start of the line, a line feed that forges a new line), line and
 * paragraph separators, bidirectional controls that reorder what follows, invisible zero-width
 * characters and unpaired surrogates are shown as a backslash, {@code u} and four hex digits
 * (ESC as {@code \}{@code u001b}).
 *
 * <pre>{@code
 * MessageText.quote("EMIAL")        // 'EMIAL'
 * MessageText.field("stages[0]", "") // stages[0][""]
 * }</pre>
 *
 * <p>Thread-safe and stateless.
 */
public final class MessageText {
  /** Longer texts are cut in messages: the message must stay readable. */
  public static final int MAX_QUOTED = 80;

  private MessageText() {}

  /**
   * {@code text} between single quotes, cut to {@value #MAX_QUOTED} characters (ending with
   * {@code ...}) and escaped as {@link #escape(String)} does.
   */
  public static String quote(String text) {
    return "'" + escape(abbreviate(text)) + "'";
  }

  /** {@code text} cut to {@value #MAX_QUOTED} characters, the last three being {@code ...}. */
  public static String abbreviate(String text) {
    return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED - 3) + "...";
  }

  /**
   * {@code text} with each character that could act on a terminal or hide in it written as a
   * backslash, {@code u} and four lower-case hex digits; other text unchanged.
   */
  public static String escape(String text) {
    int first = 0;
    while (first < text.length() && !needsEscape(text, first)) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (needsEscape(text, i)) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The path of field {@code name} of the object at {@code parent}: {@code parent.name}, or,
   * when the name is empty, has white space at either end or holds a character that a path or
   * a terminal would misread ({@code . [ ] "} or one that {@link #escape(String)} escapes),
   * {@code parent["name"]} with {@code "} escaped. The name is cut as in
   * {@link #quote(String)}. An empty parent is the document itself.
   *
   * <pre>{@code
   * MessageText.field("", "title")                          // title
   * MessageText.field("personas[0].attributes", "Age")      // personas[0].attributes.Age
   * MessageText.field("personas[0].attributes", " device ") // personas[0].attributes[" device "]
   * MessageText.field("", "")                               // [""]
   * }</pre>
   */
  public static String field(String parent, String name) {
    String cut = abbreviate(name);
    if (isPlain(cut)) {
      return parent.isEmpty() ? cut : parent + "." + cut;
    }
    return parent + "[\"" + escape(cut).replace("\"", "\\\"") + "\"]";
  }

  private static boolean isPlain(String name) {
    if (name.isEmpty() || Character.isWhitespace(name.charAt(0))
        || Character.isWhitespace(name.charAt(name.length() - 1))
        || Character.isSpaceChar(name.charAt(0))
        || Character.isSpaceChar(name.charAt(name.length() - 1))) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '.' || c == '[' || c == ']' || c == '"' || needsEscape(name, i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean needsEscape(String text, int i) {
    char c = text.charAt(i);
    if (Character.isISOControl(c) || isBidiControl(c) || isInvisible(c)
        || c == '\u2028' || c == '\u2029') {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    return false;
  }

  /**
   * Whether {@code c} changes the direction of the text around it: the embeddings, overrides
   * and isolates (U+202A to U+202E, U+2066 to U+2069) and the marks U+200E, U+200F, U+061C.
   */
  public static boolean isBidiControl(char c) {
    return (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200e' || c == '\u200f' || c == '\u061c';
  }

  /** Whether {@code c} is drawn as nothing: U+200B to U+200D, U+2060 and U+FEFF. */
  public static boolean isInvisible(char c) {
    return (c >= '\u200b' && c <= '\u200d') || c == '\u2060' || c == '\ufeff';
  }
}
