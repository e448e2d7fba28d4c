package dev.journeymap.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeymap.render.Ink;
import dev.journeymap.render.Theme;
import dev.journeymap.render.layout.Box;
import dev.journeymap.render.layout.Layout;
import dev.journeymap.render.layout.Mark;
import dev.journeymap.render.layout.Mark.PathStep;
import dev.journeymap.render.layout.Point;
import dev.journeymap.render.layout.Stroke;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SvgWriterTest {
  private static final String FONT = "\"DejaVu Sans\", sans-serif";

  /** One mark of every kind, in a table cell, a link and a hidden group. */
  private static Layout layout() {
    Mark.Text twoLines = new Mark.Text(new Box(10, 10, 50, 30), new Box(0, 0, 100, 60),
        List.of(new Mark.TextLine("Books <online>", 10, 20, 50),
            new Mark.TextLine("at \u00e9t\u00e9 & \u2212", 10, 35, 40)),
        12, true, true, Ink.TEXT, Ink.CARD_FILL);
    Mark.Text oneLine = new Mark.Text(new Box(5, 5, 20, 14), new Box(0, 0, 100, 60),
        List.of(new Mark.TextLine("Actions", 5, 15.333, 20)), 13, false, false, Ink.MUTED_TEXT,
        Ink.PANEL);
    Mark.Group card = new Mark.Group(Optional.empty(), List.of("jm-item"),
        Optional.of("Source: \"interviews\""), Optional.empty(), List.of(
            new Mark.Rect(new Box(8, 8, 84.5, 40), 6, Optional.of(Ink.CARD_FILL),
                Optional.of(Ink.CARD_STROKE), Stroke.DASHED),
            twoLines));
    Mark.Group link = new Mark.Group(Optional.of("m-touchpoint-site"), List.of("jm-touchpoint"),
        Optional.empty(), Optional.of("https://example.com/?a=1&b=2"), List.of(
            new Mark.Line(new Point(0, 1), new Point(2, 3), Ink.LINK_TEXT, Stroke.HAIRLINE)));
    Mark.Group unsafe = new Mark.Group(Optional.empty(), List.of(), Optional.empty(),
        Optional.of("javascript:alert(1)"), List.of(
            new Mark.Dot(new Point(1, 2), 3, Ink.POSITIVE, Ink.CURVE)));
    Mark.Group icon = Mark.Group.of(Mark.Role.DECORATION, List.of(
        new Mark.Ellipse(new Point(12, 12), 12, 12, Optional.of(Ink.ICON_FILL), Optional.empty(),
            Stroke.REGULAR),
        new Mark.Ellipse(new Point(12, 12), 3, 6.5, Optional.empty(), Optional.of(Ink.ICON),
            Stroke.REGULAR),
        new Mark.Path(List.of(new PathStep(PathStep.Kind.MOVE, List.of(new Point(1, 1))),
            new PathStep(PathStep.Kind.LINE, List.of(new Point(2, 1))),
            new PathStep(PathStep.Kind.CUBIC,
                List.of(new Point(3, 1), new Point(3, 2), new Point(2, 3))),
            new PathStep(PathStep.Kind.CLOSE, List.of())), Optional.empty(),
            Optional.of(Ink.ICON), Stroke.REGULAR),
        new Mark.Polygon(List.of(new Point(0, 0), new Point(4, 0), new Point(2, 3)),
            Ink.STAGE_FILL),
        new Mark.Curve(List.of(new Point(0, 10), new Point(10, 0)),
            List.of(new Point(3, 10), new Point(7, 0)), Ink.CURVE, Stroke.BOLD)));
    Mark.Group row = new Mark.Group(Optional.of("m-lane-actions"), List.of("jm-lane"),
        Optional.empty(), Optional.empty(), Mark.Role.ROW, 0, List.of(
            new Mark.Group(Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
                Mark.Role.ROW_HEADER, 1, List.of(oneLine)),
            new Mark.Group(Optional.of("m-cell-actions-a"), List.of("jm-cell"), Optional.empty(),
                Optional.empty(), Mark.Role.CELL, 2, List.of(card, link, unsafe, icon)),
            new Mark.Group(Optional.of("m-cell-actions-b"), List.of("jm-cell"), Optional.empty(),
                Optional.empty(), Mark.Role.CELL, 3, List.of())));
    Mark.Group table = new Mark.Group(Optional.of("m-grid"), List.of("jm-grid"),
        Optional.empty(), Optional.empty(), Mark.Role.TABLE, 0, List.of(row));
    return new Layout(120, 80.5, "m", "Tom & \"Jerry\"", "A <map>.", "fr", List.of(), List.of(),
        List.of(table));
  }

  @Test
  void aRightToLeftParagraphStartsAtTheRightEndOfEachLineAndASpanningCellSaysSo() {
    Mark.Text hebrew = new Mark.Text(new Box(10, 10, 60, 30), new Box(0, 0, 100, 60),
        List.of(new Mark.TextLine("שלום", 30, 20, 40, true),
            new Mark.TextLine("עולם.", 20, 35, 50)),
        12, false, false, Ink.TEXT, Ink.CARD_FILL, true);
    Mark.Group cell = new Mark.Group(Optional.of("m-cell-actions-s"), List.of("jm-cell"),
        Optional.empty(), Optional.empty(), Mark.Role.CELL, 2, List.of(hebrew), 3);
    Layout layout = new Layout(120, 80, "m", "T", "D", "he", List.of(), List.of(),
        List.of(cell));

    assertThat(SvgWriter.write(layout, Theme.light(), FONT, false))
        .contains("<g id=\"m-cell-actions-s\" class=\"jm-cell\" role=\"cell\""
            + " aria-colindex=\"2\" aria-colspan=\"3\">"
            + "<text direction=\"rtl\" font-size=\"12\" fill=\"" + hex(Ink.TEXT) + "\">"
            + "<tspan x=\"70\" y=\"20\">&#x5e9;&#x5dc;&#x5d5;&#x5dd;</tspan> "
            + "<tspan x=\"70\" y=\"35\">&#x5e2;&#x5d5;&#x5dc;&#x5dd;.</tspan>"
            + "</text></g>");
  }

  @Test
  void writesThePersonasAGroupIsAboutForAPageToPickOut() {
    Mark.Group curve = new Mark.Group(Optional.empty(), List.of("jm-emotion-curve"),
        Optional.empty(), Optional.empty(), Mark.Role.NONE, 0, List.of(), 1,
        List.of("owner", "landlord"), Optional.empty());
    String svg = SvgWriter.write(new Layout(10, 10, "m", "t", "d", "en", List.of(), List.of(),
        List.of(curve)), Theme.light(), FONT, false);

    assertThat(svg).contains("<g class=\"jm-emotion-curve\" data-personas=\"owner landlord\"/>");
  }

  @Test
  void writesEveryMarkWithPresentationAttributesAndTableRoles() {
    String svg = SvgWriter.write(layout(), Theme.light(), FONT, false);
    String expected = "<svg xmlns=\"http://www.w3.org/2000/svg\""
        + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" id=\"m\" class=\"jm-map\""
        + " role=\"graphics-document\" aria-labelledby=\"m-title m-desc\" xml:lang=\"fr\""
        + " width=\"120\" height=\"80.5\" viewBox=\"0 0 120 80.5\""
        + " font-family=\"'DejaVu Sans', sans-serif\" stroke-linecap=\"round\""
        + " stroke-linejoin=\"round\">"
        + "<title id=\"m-title\">Tom &amp; &quot;Jerry&quot;</title>"
        + "<desc id=\"m-desc\">A &lt;map&gt;.</desc>"
        + "<rect class=\"jm-background\" width=\"120\" height=\"80.5\" fill=\"" + hex(Ink.BACKGROUND)
        + "\" aria-hidden=\"true\"/>"
        + "<g id=\"m-grid\" class=\"jm-grid\" role=\"table\">"
        + "<g id=\"m-lane-actions\" class=\"jm-lane\" role=\"row\">"
        + "<g role=\"rowheader\" aria-colindex=\"1\">"
        + "<text x=\"5\" y=\"15.33\" font-size=\"13\" fill=\"" + hex(Ink.MUTED_TEXT)
        + "\">Actions</text></g>"
        + "<g id=\"m-cell-actions-a\" class=\"jm-cell\" role=\"cell\" aria-colindex=\"2\">"
        + "<g class=\"jm-item\" aria-labelledby=\"m-text-1\">"
        + "<title>Source: &quot;interviews&quot;</title>"
        + "<rect x=\"8\" y=\"8\" width=\"84.5\" height=\"40\" rx=\"6\" fill=\""
        + hex(Ink.CARD_FILL) + "\" stroke=\"" + hex(Ink.CARD_STROKE) + "\" stroke-width=\"1.5\""
        + " stroke-dasharray=\"4 3\" stroke-linecap=\"butt\" aria-hidden=\"true\"/>"
        + "<text id=\"m-text-1\" font-size=\"12\" font-weight=\"bold\" font-style=\"italic\""
        + " fill=\"" + hex(Ink.TEXT) + "\"><tspan x=\"10\" y=\"20\">Books &lt;online&gt;</tspan>"
        + "<tspan x=\"10\" y=\"35\">at \u00e9t\u00e9 &amp; &#x2212;</tspan></text></g>"
        + "<a href=\"https://example.com/?a=1&amp;b=2\""
        + " xlink:href=\"https://example.com/?a=1&amp;b=2\">"
        + "<g id=\"m-touchpoint-site\" class=\"jm-touchpoint\">"
        + "<line x1=\"0\" y1=\"1\" x2=\"2\" y2=\"3\" fill=\"none\" stroke=\"" + hex(Ink.LINK_TEXT)
        + "\" stroke-width=\"1\" aria-hidden=\"true\"/></g></a>"
        + "<g><circle cx=\"1\" cy=\"2\" r=\"3\" fill=\"" + hex(Ink.POSITIVE) + "\" stroke=\""
        + hex(Ink.CURVE) + "\" stroke-width=\"1.5\" aria-hidden=\"true\"/></g>"
        + "<g aria-hidden=\"true\">"
        + "<circle cx=\"12\" cy=\"12\" r=\"12\" fill=\"" + hex(Ink.ICON_FILL) + "\"/>"
        + "<ellipse cx=\"12\" cy=\"12\" rx=\"3\" ry=\"6.5\" fill=\"none\" stroke=\""
        + hex(Ink.ICON) + "\" stroke-width=\"1.5\"/>"
        + "<path d=\"M1,1L2,1C3,1 3,2 2,3Z\" fill=\"none\" stroke=\"" + hex(Ink.ICON)
        + "\" stroke-width=\"1.5\"/>"
        + "<polygon points=\"0,0 4,0 2,3\" fill=\"" + hex(Ink.STAGE_FILL) + "\"/>"
        + "<path d=\"M0,10C3,10 7,0 10,0\" fill=\"none\" stroke=\"" + hex(Ink.CURVE)
        + "\" stroke-width=\"2.5\"/></g></g>"
        + "<g id=\"m-cell-actions-b\" class=\"jm-cell\" role=\"cell\" aria-colindex=\"3\"/>"
        + "</g></g></svg>\n";
    assertThat(svg).isEqualTo(expected);
  }

  @Test
  void indentedOutputPutsEachElementOnALineAndKeepsTextWhole() {
    String svg = SvgWriter.write(layout(), Theme.light(), FONT, true);
    List<String> lines = svg.lines().toList();
    assertThat(lines).hasSize(35);
    assertThat(lines.get(0)).startsWith("<svg ").endsWith(">");
    assertThat(lines.get(1)).isEqualTo("  <title id=\"m-title\">Tom &amp; &quot;Jerry&quot;</title>");
    assertThat(lines).contains("      <g role=\"rowheader\" aria-colindex=\"1\">",
        "          <title>Source: &quot;interviews&quot;</title>",
        "          <text id=\"m-text-1\" font-size=\"12\" font-weight=\"bold\""
            + " font-style=\"italic\" fill=\"" + hex(Ink.TEXT) + "\"><tspan x=\"10\" y=\"20\">Books &lt;online&gt;</tspan>"
            + "<tspan x=\"10\" y=\"35\">at \u00e9t\u00e9 &amp; &#x2212;</tspan></text>",
        "        <a href=\"https://example.com/?a=1&amp;b=2\""
            + " xlink:href=\"https://example.com/?a=1&amp;b=2\">",
        "        </a>",
        "</svg>");
    // Without the indentation, the same document.
    assertThat(svg.replaceAll("\n *", "")).isEqualTo(
        SvgWriter.write(layout(), Theme.light(), FONT, false).strip());
  }

  @Test
  void streamsToAWriterInChunksWithTheSameText() throws IOException {
    Layout big = bigLayout();
    List<Integer> writes = new ArrayList<>();
    StringBuilder received = new StringBuilder();
    Writer writer = new Writer() {
      @Override
      public void write(char[] buffer, int off, int len) {
        writes.add(len);
        received.append(buffer, off, len);
      }

      @Override
      public Writer append(CharSequence text) {
        writes.add(text.length());
        received.append(text);
        return this;
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    SvgWriter.write(big, Theme.dark(), FONT, false, writer);
    String whole = SvgWriter.write(big, Theme.dark(), FONT, false);
    assertThat(received.toString()).isEqualTo(whole);
    assertThat(writes).hasSizeGreaterThan(10);
    assertThat(writes).allMatch(n -> n < 17_000);
  }

  private static Layout bigLayout() {
    List<Mark> marks = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      marks.add(new Mark.Line(new Point(i, 0), new Point(i, 100), Ink.RULE, Stroke.HAIRLINE));
    }
    return new Layout(2000, 100, "big", "Big", "Many lines", "en", List.of(), List.of(), marks);
  }

  private static String hex(Ink ink) {
    return String.format("#%06x", Theme.light().rgb(ink));
  }
}
