package dev.journeymap.render.html;

import dev.journeymap.render.Lane;
import dev.journeymap.render.Theme;
import dev.journeymap.render.layout.Box;
import dev.journeymap.render.layout.Labels;
import dev.journeymap.render.layout.Layout;
import dev.journeymap.render.layout.Mark;
import dev.journeymap.render.svg.SvgWriter;
import dev.journeymap.render.svg.XmlText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Writes a {@link Layout} as one self-contained HTML page: the SVG writer's map inline, a bar of
 * controls (zoom, lanes shown, a persona filter), and over each card with {@link Mark.Details} a
 * transparent area that the keyboard reaches in reading order and that shows the card's whole
 * text and notes (evidence, source, personas) on hover or focus. No script, no {@code style}
 * attribute, no external reference: the page works offline and under
 * {@code default-src 'none'; style-src 'sha256-...'} with the hashes of its two {@code <style>}
 * elements, which it also carries in a {@code <meta http-equiv="Content-Security-Policy">}.
 *
 * <pre>{@code
 * HtmlWriter page = HtmlWriter.of(layout, Theme.light(), "'DejaVu Sans', sans-serif", List.of());
 * page.contentSecurityPolicy();   // "default-src 'none'; style-src 'sha256-...' 'sha256-...'"
 * page.write(writer);
 * }</pre>
 *
 * <p>Scripts given by the caller (e.g. a live preview's reload client) go at the end of the body,
 * and their hashes into {@code script-src}. The same layout gives the same bytes.
 */
public final class HtmlWriter {
  private final Layout layout;
  private final Theme theme;
  private final String cssFontFamily;
  private final List<String> scripts;
  private final List<Mark.Group> cards;
  private final String mapStyle;
  private final List<String> styleHashes;
  private final List<String> scriptHashes;

  private HtmlWriter(Layout layout, Theme theme, String cssFontFamily, List<String> scripts) {
    this.layout = layout;
    this.theme = theme;
    this.cssFontFamily = cssFontFamily;
    this.scripts = List.copyOf(scripts);
    for (String script : this.scripts) {
      if (script.toLowerCase(java.util.Locale.ROOT).contains("</script")) {
        throw new IllegalArgumentException("a script may not contain '</script'");
      }
    }
    List<Mark.Group> found = new ArrayList<>();
    collectCards(layout.marks(), found);
    this.cards = List.copyOf(found);
    List<Box> boxes = new ArrayList<>(cards.size());
    for (Mark.Group card : cards) {
      boxes.add(card.details().orElseThrow().box());
    }
    this.mapStyle = MapStyle.of(layout, theme, cssFontFamily, boxes);
    this.styleHashes = List.of(hash(PageStyle.CSS), hash(mapStyle));
    this.scriptHashes = this.scripts.stream().map(HtmlWriter::hash).toList();
  }

  /**
   * A writer of {@code layout}'s page; the page's rules are written and hashed here, the page
   * itself by {@link #write}.
   *
   * @param scripts scripts of the caller's own, in order, each put in a {@code <script>} at the
   *     end of the body; none for the usual script-free page
   */
  public static HtmlWriter of(Layout layout, Theme theme, String cssFontFamily,
      List<String> scripts) {
    return new HtmlWriter(layout, theme, cssFontFamily, scripts);
  }

  /** The hashes of the page's {@code <style>} elements, e.g. {@code 'sha256-...'}, quoted. */
  public List<String> styleHashes() {
    return styleHashes;
  }

  /** The hashes of the caller's scripts, quoted, in their order. */
  public List<String> scriptHashes() {
    return scriptHashes;
  }

  /**
   * The policy the page holds to: {@code default-src 'none'; style-src HASHES}, and with
   * scripts {@code script-src HASHES; connect-src 'self'}, so that a live preview's script may
   * listen to the server that sent the page (server-sent events or polling) and nothing else.
   */
  public String contentSecurityPolicy() {
    StringBuilder policy = new StringBuilder("default-src 'none'; style-src");
    styleHashes.forEach(h -> policy.append(' ').append(h));
    if (!scriptHashes.isEmpty()) {
      policy.append("; script-src");
      scriptHashes.forEach(h -> policy.append(' ').append(h));
      policy.append("; connect-src 'self'");
    }
    return policy.toString();
  }

  /** Writes the page, ending with a line feed; {@code out} is not flushed or closed. */
  public void write(Appendable out) throws IOException {
    String id = MapStyle.token(layout.idPrefix());
    Labels labels = layout.labels();
    StringBuilder head = new StringBuilder(PageStyle.CSS.length() + mapStyle.length() + 2048);
    head.append("<!DOCTYPE html>\n<html lang=\"");
    XmlText.appendEscaped(head, layout.language());
    head.append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(contentSecurityPolicy()).append("\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>");
    XmlText.appendEscaped(head, layout.title());
    head.append("</title>\n<style>").append(PageStyle.CSS).append("</style>\n<style>")
        .append(mapStyle).append("</style>\n</head>\n<body>\n<main class=\"jm-page\" id=\"")
        .append(id).append("-page\">\n<div class=\"jm-controls\">\n");
    zoom(head, id, labels);
    lanes(head, id, labels);
    personas(head, id, labels);
    head.append("</div>\n<div class=\"jm-viewport\" tabindex=\"0\" role=\"region\" aria-label=\"");
    XmlText.appendEscaped(head, labels.mapView());
    head.append("\">\n<div class=\"jm-canvas\">\n");
    out.append(head);
    // The cards' areas carry the links, so the map's own links are not stops of their own.
    SvgWriter.write(layout, theme, cssFontFamily, false, false, out);
    StringBuilder tail = new StringBuilder(256 * cards.size() + 256);
    hits(tail, id, labels);
    tail.append("</div>\n</div>\n</main>\n");
    for (String script : scripts) {
      tail.append("<script>").append(script).append("</script>\n");
    }
    tail.append("</body>\n</html>\n");
    out.append(tail);
  }

  /** The page as one string (see {@link #write}). */
  public String write() {
    StringBuilder page = new StringBuilder();
    try {
      write(page);
    } catch (IOException e) {
      throw new AssertionError("a StringBuilder does not fail", e);
    }
    return page.toString();
  }

  private void zoom(StringBuilder out, String id, Labels labels) {
    out.append("<fieldset class=\"jm-zoom\"><legend>");
    XmlText.appendEscaped(out, labels.zoom());
    out.append("</legend>");
    for (int zoom : PageStyle.ZOOMS) {
      out.append("<label><input type=\"radio\" name=\"").append(id)
          .append("-zoom\" class=\"jm-zoom-").append(zoom).append('"');
      if (zoom == 100) {
        out.append(" checked");
      }
      out.append('>').append(zoom).append(" %</label>");
    }
    out.append("</fieldset>\n");
  }

  private void lanes(StringBuilder out, String id, Labels labels) {
    if (layout.rows().isEmpty()) {
      return;
    }
    out.append("<fieldset class=\"jm-lanes\"><legend>");
    XmlText.appendEscaped(out, labels.lanes());
    out.append("</legend>");
    for (Layout.Row row : layout.rows()) {
      String lane = MapStyle.token(row.lane().id());
      out.append("<label><input type=\"checkbox\" class=\"jm-show-").append(lane)
          .append("\" checked>");
      XmlText.appendEscaped(out, layout.laneName(row.lane()));
      out.append("</label>");
    }
    out.append("</fieldset>\n");
  }

  private void personas(StringBuilder out, String id, Labels labels) {
    if (layout.personas().isEmpty()) {
      return;
    }
    out.append("<fieldset class=\"jm-personas\"><legend>");
    XmlText.appendEscaped(out, labels.highlightPersona());
    out.append("</legend><label><input type=\"radio\" name=\"").append(id)
        .append("-persona\" class=\"jm-filter-none\" checked>");
    XmlText.appendEscaped(out, labels.everyPersona());
    out.append("</label>");
    for (Layout.PersonaName persona : layout.personas()) {
      out.append("<label><input type=\"radio\" name=\"").append(id)
          .append("-persona\" class=\"jm-filter-").append(MapStyle.token(persona.id()))
          .append("\">");
      XmlText.appendEscaped(out, persona.name());
      out.append("</label>");
    }
    out.append("</fieldset>\n");
  }

  /** The cards' areas, one layer per lane in the lanes' order, cards in reading order. */
  private void hits(StringBuilder out, String id, Labels labels) {
    int n = 0;
    Lane open = null;
    for (Mark.Group card : cards) {
      Mark.Details details = card.details().orElseThrow();
      if (details.lane() != open) {
        if (open != null) {
          out.append("</div>\n");
        }
        open = details.lane();
        out.append("<div class=\"jm-lane-hits jm-hits-").append(MapStyle.token(open.id()))
            .append("\" role=\"group\" aria-label=\"");
        XmlText.appendEscaped(out, labels.cardDetails(layout.laneName(open)));
        out.append("\">\n");
      }
      String hit = id + "-card-" + (++n);
      Optional<String> link = card.link().filter(Mark.Group::isSafeLink);
      if (link.isPresent()) {
        out.append("<a class=\"jm-hit\" id=\"").append(hit).append("\" href=\"");
        XmlText.appendEscaped(out, link.get());
        out.append('"');
      } else {
        out.append("<div class=\"jm-hit\" id=\"").append(hit)
            .append("\" tabindex=\"0\" role=\"group\"");
      }
      out.append(" aria-labelledby=\"").append(hit).append("-text\"");
      if (!details.notes().isEmpty()) {
        out.append(" aria-describedby=\"").append(hit).append("-notes\"");
      }
      out.append("><div class=\"jm-tip\"><p class=\"jm-tip-text\" id=\"").append(hit)
          .append("-text\">");
      XmlText.appendEscaped(out, details.text());
      out.append("</p>");
      if (!details.notes().isEmpty()) {
        out.append("<dl id=\"").append(hit).append("-notes\">");
        for (Mark.Note note : details.notes()) {
          out.append("<dt>");
          XmlText.appendEscaped(out, note.term());
          out.append("</dt><dd>");
          XmlText.appendEscaped(out, note.value());
          out.append("</dd>");
        }
        out.append("</dl>");
      }
      out.append("</div>").append(link.isPresent() ? "</a>" : "</div>").append('\n');
    }
    if (open != null) {
      out.append("</div>\n");
    }
  }

  /** Groups with details, in painting order, which is the map's reading order. */
  private static void collectCards(List<Mark> marks, List<Mark.Group> out) {
    for (Mark mark : marks) {
      if (mark instanceof Mark.Group group) {
        if (group.details().isPresent()) {
          out.add(group);
        }
        collectCards(group.children(), out);
      }
    }
  }

  /** A CSP source for {@code text}: {@code 'sha256-BASE64'} of its UTF-8 bytes. */
  static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every Java runtime has SHA-256", e);
    }
  }
}
