package dev.journeymap.render.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.journeymap.core.Journey;
import dev.journeymap.core.json.JourneyJson;
import dev.journeymap.render.JourneyRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

/**
 * Pictures of the HTML page in its states, to look at by eye: {@code NAME-hover.png} (a card's
 * details on focus), {@code NAME-lanes.png} (two lanes hidden), {@code NAME-persona.png} (the
 * first persona highlighted), {@code NAME-zoom.png} (50 %). Arguments: output directory, then
 * journey files; the pictures go where the developer says, nothing is checked.
 */
public final class HtmlScreenshotsMain {
  private static final ObjectMapper JSON = new ObjectMapper();

  private HtmlScreenshotsMain() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    Files.createDirectories(out);
    try (Chromium chromium = Chromium.launch(); PageServer server = PageServer.start()) {
      chromium.send("Emulation.setDeviceMetricsOverride", JSON.createObjectNode()
          .put("width", 1600).put("height", 1000).put("deviceScaleFactor", 1)
          .put("mobile", false));
      for (int i = 1; i < args.length; i++) {
        Path file = Path.of(args[i]);
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        Journey journey = JourneyJson.read(file);
        var page = JourneyRenderer.create().htmlPage(journey);
        String url = server.serve("/" + name + ".html", "text/html; charset=utf-8", page.html(),
            Map.of("Content-Security-Policy", page.contentSecurityPolicy()));
        chromium.open(url);
        chromium.evaluate("(() => { const h = document.querySelector("
            + "'.jm-hits-pain-points .jm-hit') || document.querySelector('.jm-hit');"
            + " h.focus(); })()");
        shoot(chromium, out.resolve(name + "-hover.png"));
        chromium.open(url);
        chromium.evaluate("(() => { for (const c of ['.jm-show-actions', '.jm-show-questions'])"
            + " { const e = document.querySelector(c); if (e) e.click(); } })()");
        shoot(chromium, out.resolve(name + "-lanes.png"));
        chromium.open(url);
        chromium.evaluate("(() => { const p = document.querySelector("
            + "'.jm-personas input:not(.jm-filter-none)'); if (p) p.click();"
            + " const l = document.querySelector('.jm-show-customer-goals'); })()");
        shoot(chromium, out.resolve(name + "-persona.png"));
        chromium.open(url);
        chromium.evaluate("document.querySelector('.jm-zoom-50').click()");
        shoot(chromium, out.resolve(name + "-zoom.png"));
      }
    }
  }

  private static void shoot(Chromium chromium, Path file) throws Exception {
    String data = chromium.send("Page.captureScreenshot", JSON.createObjectNode()
        .put("format", "png")).path("data").asText();
    Files.write(file, Base64.getDecoder().decode(data));
  }
}
