package dev.journeymap.render;

import java.util.List;
import java.util.Objects;

/**
 * A journey map as one self-contained HTML page, with the Content-Security-Policy it holds to,
 * for a server that sends the page and wants to send the policy as a header too.
 *
 * <pre>{@code
 * HtmlPage page = JourneyRenderer.create().htmlPage(journey);
 * exchange.getResponseHeaders().set("Content-Security-Policy", page.contentSecurityPolicy());
 * // "default-src 'none'; style-src 'sha256-...' 'sha256-...'"
 * byte[] body = page.html().getBytes(StandardCharsets.UTF_8);
 * }</pre>
 *
 * <p>The page already carries the same policy in a {@code <meta http-equiv>} element, so a file
 * opened from disk is held to it as well. Immutable.
 */
public final class HtmlPage {
  private final String html;
  private final String contentSecurityPolicy;
  private final List<String> styleHashes;
  private final List<String> scriptHashes;

  HtmlPage(String html, String contentSecurityPolicy, List<String> styleHashes,
      List<String> scriptHashes) {
    this.html = Objects.requireNonNull(html, "html");
    this.contentSecurityPolicy = Objects.requireNonNull(contentSecurityPolicy,
        "contentSecurityPolicy");
    this.styleHashes = List.copyOf(styleHashes);
    this.scriptHashes = List.copyOf(scriptHashes);
  }

  /** The whole page, from {@code <!DOCTYPE html>} to a final line feed. */
  public String html() {
    return html;
  }

  /**
   * The page's policy, e.g. {@code default-src 'none'; style-src 'sha256-A' 'sha256-B'}, with
   * {@code ; script-src 'sha256-C'; connect-src 'self'} when scripts were added: the value of a
   * {@code Content-Security-Policy} header under which the page still works.
   */
  public String contentSecurityPolicy() {
    return contentSecurityPolicy;
  }

  /** The sources of the page's {@code <style>} elements, e.g. {@code 'sha256-...'}, quoted. */
  public List<String> styleHashes() {
    return styleHashes;
  }

  /** The sources of the scripts added to the page, quoted, in their order; usually none. */
  public List<String> scriptHashes() {
    return scriptHashes;
  }

  @Override
  public String toString() {
    return "HtmlPage{" + html.length() + " chars, " + contentSecurityPolicy + "}";
  }
}
