/**
 * Journey maps as PDF: vector drawing with selectable, searchable text in an embedded font.
 * Readers of this module also read {@code dev.journeymap.render} (and through it the journey
 * model), whose types appear in its methods.
 *
 * <p>Only {@code dev.journeymap.pdf} is exported: the font mapping is internal. Apache PDFBox and
 * its Graphics2D adapter are used, not exposed.
 */
@SuppressWarnings("requires-automatic") // PDFBox 3 and its adapter are automatic modules
module dev.journeymap.pdf {
  // Journey and RenderOptions in JourneyPdf's and PdfOptions' methods
  requires transitive dev.journeymap.render;
  requires org.apache.pdfbox;
  requires org.apache.pdfbox.io;
  requires de.rototor.pdfbox.graphics2d;
  // PDFBox logs through Commons Logging, an explicit module that nothing else would resolve on a
  // user's module path (PDFBox, an automatic module, cannot say that it needs it)
  requires org.apache.commons.logging;
  // PDFBox's IOUtils finds sun.misc.Unsafe there to release its buffers; on a module path where
  // nothing resolves jdk.unsupported it logs a SEVERE "Unmapping is not supported" instead
  requires jdk.unsupported;

  exports dev.journeymap.pdf;
}
