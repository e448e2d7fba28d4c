/**
 * The font of the PDF: DejaVu Sans, shipped with the module and embedded (as a subset) in every
 * document, so that the text the layout measured with DejaVu Sans' widths is drawn in exactly
 * that font, as text that readers can select and search. Internal: not exported.
 */
package dev.journeymap.pdf.font;
