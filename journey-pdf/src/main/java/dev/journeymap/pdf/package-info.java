/**
 * Journey maps as PDF: {@link dev.journeymap.pdf.JourneyPdf} writes a journey as one page sized
 * to the map, or cut across A4 or A3 pages ({@link dev.journeymap.pdf.PdfOptions}), with the same
 * layout as the SVG and selectable text in an embedded font. The same journey and options give
 * the same bytes.
 */
package dev.journeymap.pdf;
