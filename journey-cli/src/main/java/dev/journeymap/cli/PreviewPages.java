package dev.journeymap.cli;

import java.util.List;

/**
 * The HTML pages of the live preview around the maps: the index, a file's problems, a missing
 * file, and the frame that every page shares. Every text from a file (names, messages, titles)
 * is escaped here, so a hostile document cannot add markup to the page.
 *
 * <p>The pages hold no inline script or style: the only script is {@code /live.js} and the only
 * style sheet {@code /preview.css}, both same-origin, so they work under {@link #POLICY}.
 */
final class PreviewPages {
  /**
   * The Content-Security-Policy sent with every page: scripts, styles and connections from the
   * preview itself only, nothing else; maps, which carry their colours as presentation
   * attributes, need nothing more.
   */
  static final String POLICY = "default-src 'none'; script-src 'self'; connect-src 'self'; "
      + "style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  /** What the preview's {@code main} element says it shows, for tests and style sheets. */
  enum State {
    INDEX, MAP, PROBLEMS, MISSING;

    String attribute() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private PreviewPages() {}

  /**
   * The {@code <script>} element that keeps a page current: it reloads the page when the
   * version of {@code watch} (a map's name in the URL, or {@code *} for the index) is no longer
   * {@code version}.
   */
  static String liveScript(String watch, String version) {
    return "<script src=\"/live.js\" data-watch=\"" + escape(watch) + "\" data-version=\""
        + escape(version) + "\" defer></script>";
  }

  /**
   * A whole page: {@code title} (escaped), {@code head} (markup) in its head, a bar with a link
   * back to the index and the file's name (escaped; none on the index), and {@code body}
   * (markup) in a {@code main} element marked with {@code state}.
   */
  static String page(String title, String head, String fileName, State state, String body) {
    StringBuilder html = new StringBuilder(body.length() + 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(title)).append(" - journey-map preview</title>\n")
        .append("<link rel=\"stylesheet\" href=\"/preview.css\">\n")
        .append(head).append("\n</head>\n<body>\n<header class=\"jm-preview-bar\">");
    if (fileName == null) {
      html.append("<span>journey-map preview</span>");
    } else {
      html.append("<a href=\"/\">All maps</a><span>").append(escape(fileName)).append("</span>");
    }
    html.append("</header>\n<main id=\"jm-preview\" data-state=\"").append(state.attribute())
        .append("\">\n").append(body).append("\n</main>\n</body>\n</html>\n");
    return html.toString();
  }

  /** The page of a file that cannot be shown: every problem line, as the terminal shows it. */
  static String problems(String fileName, List<String> lines, String head) {
    StringBuilder body = new StringBuilder();
    body.append("<h1>").append(escape(fileName)).append(": ").append(lines.size())
        .append(lines.size() == 1 ? " problem" : " problems").append("</h1>\n")
        .append("<p>The map comes back when the file is fixed.</p>\n<ul class=\"jm-problems\">\n");
    for (String line : lines) {
      body.append("<li>").append(escape(line)).append("</li>\n");
    }
    body.append("</ul>");
    return page(fileName, head, fileName, State.PROBLEMS, body.toString());
  }

  /** The page of a file that does not exist (deleted, or not written yet). */
  static String missing(String fileName, String head) {
    return page(fileName, head, fileName, State.MISSING, "<h1>" + escape(fileName)
        + ": no such file</h1>\n<p>The map comes back when the file is there again.</p>");
  }

  /** One row of the index. */
  record Entry(String href, String fileName, String title, String status, State state) {}

  /** The index: one row per file, with a link to its page, its title and its state. */
  static String index(List<Entry> entries, String head) {
    StringBuilder body = new StringBuilder("<h1>Maps</h1>\n<table class=\"jm-index\">\n"
        + "<thead><tr><th>File</th><th>Title</th><th>State</th></tr></thead>\n<tbody>\n");
    for (Entry entry : entries) {
      body.append("<tr><td><a href=\"").append(escape(entry.href())).append("\">")
          .append(escape(entry.fileName())).append("</a></td><td>")
          .append(escape(entry.title())).append("</td><td class=\"jm-status-")
          .append(entry.state().attribute()).append("\">").append(escape(entry.status()))
          .append("</td></tr>\n");
    }
    body.append("</tbody>\n</table>");
    return page("Maps", head, null, State.INDEX, body.toString());
  }

  /** {@code text} with {@code & < > " '} as character references, for text and attributes. */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
