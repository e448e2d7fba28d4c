package dev.journeymap.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.journeymap.core.Journey;
import dev.journeymap.core.json.JourneyJson;
import dev.journeymap.render.JourneyRenderer;
import dev.journeymap.render.MapSize;
import dev.journeymap.render.SampleJourneys;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JourneyPdfTest {
  private static final PdfOptions A4_LANDSCAPE =
      PdfOptions.builder().paper(Paper.A4).landscape(true).build();

  @TempDir
  Path dir;

  /** A synthetic map of 60 stages in French, with €, accents and Cyrillic in its text. */
  static Journey wide() throws IOException {
    try (InputStream in = JourneyPdfTest.class.getResourceAsStream("wide-60.json")) {
      return JourneyJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static PDDocument load(byte[] pdf) throws IOException {
    return Loader.loadPDF(pdf);
  }

  /** The text of each page, white space runs as one space. */
  private static List<String> pageTexts(byte[] pdf) throws IOException {
    List<String> texts = new ArrayList<>();
    try (PDDocument document = load(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        texts.add(stripper.getText(document).replaceAll("\\s+", " "));
      }
    }
    return texts;
  }

  @Test
  void drawsTheMapOnOnePageOfItsOwnSizeByDefault() throws IOException {
    Journey journey = SampleJourneys.junkRemoval();
    MapSize size = JourneyRenderer.create().size(journey);

    try (PDDocument document = load(JourneyPdf.toBytes(journey, PdfOptions.defaults()))) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      PDRectangle box = document.getPage(0).getMediaBox();
      assertThat(box.getWidth()).isCloseTo((float) (size.width() * 0.75), within(0.01f));
      assertThat(box.getHeight()).isCloseTo((float) (size.height() * 0.75), within(0.01f));
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Booking a junk removal");
      assertThat(document.getDocumentInformation().getProducer()).isNull();
      assertThat(document.getDocumentInformation().getCreationDate()).isNull();
    }
  }

  @Test
  void textIsTextThatReadersFindWithItsAccentsEuroAndCyrillic() throws IOException {
    String text = pageTexts(JourneyPdf.toBytes(wide(), PdfOptions.defaults())).get(0);

    assertThat(text).contains(
        "Un parcours très long — 60 étapes (€, ünïcödé, кириллица)",
        "Découverte 1", "Оформление 3", "Paiement € 4", "Renouvellement 60",
        "Звонит в службу поддержки", "Frais cachés de 5 € à la caisse",
        // one glyph per letter: no "ﬃ" or "ﬁ" ligature where readers search for "ffi", "fi"
        "Afficher le prix final (TTC)");
    assertThat(text).doesNotContain("\ufb01", "\ufb03");
  }

  @Test
  void embedsSubsetsOfDejaVuSansAndNoOtherFont() throws IOException {
    try (PDDocument document =
        load(JourneyPdf.toBytes(SampleJourneys.junkRemoval(), PdfOptions.defaults()))) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        collectFonts(page.getResources(), fonts);
      }
      TreeSet<String> faces = new TreeSet<>();
      for (PDFont font : fonts) {
        assertThat(font).isInstanceOf(PDType0Font.class);
        assertThat(font.isEmbedded()).isTrue();
        PDType0Font type0 = (PDType0Font) font;
        assertThat(type0.getDescendantFont().getFontDescriptor().getFontFile2())
            .as("FontFile2 of %s", font.getName()).isNotNull();
        assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans.*");
        faces.add(font.getName().substring(7));
      }
      // the map's questions are in italic
      assertThat(faces).containsExactly("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique");
    }
  }

  private static void collectFonts(PDResources resources, List<PDFont> out) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      out.add(resources.getFont(name));
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDFormXObject form) {
        collectFonts(form.getResources(), out);
      }
    }
  }

  @Test
  void theSameMapGivesTheSameBytesInAnyDefaultLocale() throws IOException {
    Journey journey = SampleJourneys.junkRemoval();
    byte[] first = JourneyPdf.toBytes(journey, PdfOptions.defaults());
    byte[] paper = JourneyPdf.toBytes(journey, A4_LANDSCAPE);
    Locale before = Locale.getDefault();
    try {
      for (Locale locale : List.of(Locale.forLanguageTag("tr-TR"),
          Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("de-DE"))) {
        Locale.setDefault(locale);
        assertThat(JourneyPdf.toBytes(journey, PdfOptions.defaults())).as("%s", locale)
            .isEqualTo(first);
        assertThat(JourneyPdf.toBytes(journey, A4_LANDSCAPE)).as("%s", locale)
            .isEqualTo(paper);
      }
    } finally {
      Locale.setDefault(before);
    }
    assertThat(new String(first, StandardCharsets.ISO_8859_1))
        .doesNotContain("/Producer", "/CreationDate", "/ModDate");
  }

  @Test
  void aCreationDateIsWrittenOnlyWhenGiven() throws IOException {
    PdfOptions dated = PdfOptions.builder()
        .creationDate(java.time.Instant.parse("2026-03-01T10:15:30Z")).build();

    try (PDDocument document = load(JourneyPdf.toBytes(SampleJourneys.minimal(), dated))) {
      assertThat(document.getDocumentInformation().getCreationDate().toInstant())
          .isEqualTo(java.time.Instant.parse("2026-03-01T10:15:30Z"));
    }
  }

  @Test
  void theWideMapIsCutIntoA4LandscapeSheetsOfFiveStagesWithTheLaneLabelsOnEach()
      throws IOException {
    byte[] pdf = JourneyPdf.toBytes(wide(), A4_LANDSCAPE);

    List<String> pages = pageTexts(pdf);
    assertThat(pages).hasSize(12);
    try (PDDocument document = load(pdf)) {
      for (PDPage page : document.getPages()) {
        assertThat(page.getMediaBox().getWidth()).isCloseTo(841.89f, within(0.01f));
        assertThat(page.getMediaBox().getHeight()).isCloseTo(595.28f, within(0.01f));
      }
    }
    for (int i = 0; i < pages.size(); i++) {
      String page = pages.get(i);
      assertThat(page).as("page %d", i + 1)
          .contains("ÉTAPES", "Actions", "Émotions", "Points de friction", "Indicateurs");
      for (int stage = 1; stage <= 60; stage++) {
        boolean here = (stage - 1) / 5 == i;
        assertThat(page.contains("Étape " + stage + ":"))
            .as("stage %d on page %d", stage, i + 1).isEqualTo(here);
      }
      assertThat(page.contains("60 étapes")).as("header on page %d", i + 1).isEqualTo(i == 0);
      assertThat(page.contains("Légende")).as("legend on page %d", i + 1)
          .isEqualTo(i == pages.size() - 1);
    }
  }

  @Test
  void sheetsKeepTheirTextInsideTheMarginsAndLegible() throws IOException {
    for (PdfOptions options : List.of(A4_LANDSCAPE,
        PdfOptions.builder().paper(Paper.A4).build(),
        PdfOptions.builder().paper(Paper.A3).landscape(true).build())) {
      try (PDDocument document = load(JourneyPdf.toBytes(wide(), options))) {
        PositionsOfText positions = new PositionsOfText();
        positions.getText(document);
        float margin = (float) JourneyPdf.PAPER_MARGIN;
        PDRectangle paper = document.getPage(0).getMediaBox();
        assertThat(positions.all).isNotEmpty();
        for (TextPosition p : positions.all) {
          assertThat(p.getXDirAdj()).as("%s in %s", p.getUnicode(), options)
              .isGreaterThanOrEqualTo(margin - 0.5f);
          assertThat(p.getXDirAdj() + p.getWidthDirAdj()).as("%s in %s", p, options)
              .isLessThanOrEqualTo(paper.getWidth() - margin + 0.5f);
          assertThat(p.getYDirAdj()).isLessThanOrEqualTo(paper.getHeight() - margin + 0.5f);
        }
        // every text at least 70 % of its natural size (0.75 pt a px) and at most that
        for (TextPosition p : positions.all) {
          double ptPerPx = p.getTextMatrix().getScalingFactorY() / p.getFontSizeInPt();
          assertThat(ptPerPx).as("%s in %s", p.getUnicode(), options)
              .isBetween(JourneyPdf.MIN_SCALE * 0.75 - 1e-4, 0.75 + 1e-4);
        }
      }
    }
  }

  /** Every character drawn, with where and how large. */
  private static final class PositionsOfText extends PDFTextStripper {
    final List<TextPosition> all = new ArrayList<>();

    PositionsOfText() {
      setSortByPosition(false);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      all.addAll(positions);
    }
  }

  @Test
  void aPathIsWrittenWholeAndNothingElseIsLeftBeside() throws IOException {
    Path file = dir.resolve("map.pdf");

    JourneyPdf.write(SampleJourneys.junkRemoval(), PdfOptions.defaults(), file);

    assertThat(Files.readAllBytes(file))
        .isEqualTo(JourneyPdf.toBytes(SampleJourneys.junkRemoval(), PdfOptions.defaults()))
        .startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aStreamGetsTheSameBytes() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    JourneyPdf.write(SampleJourneys.painting(), A4_LANDSCAPE, out);

    assertThat(out.toByteArray())
        .isEqualTo(JourneyPdf.toBytes(SampleJourneys.painting(), A4_LANDSCAPE));
  }

  @Test
  void everySampleMapIsWrittenWithItsTitleAsText() throws IOException {
    for (Journey journey : SampleJourneys.all()) {
      List<String> pages = pageTexts(JourneyPdf.toBytes(journey, PdfOptions.defaults()));
      assertThat(pages).hasSize(1);
      assertThat(pages.get(0)).as(journey.title()).isNotBlank();
    }
  }
}
