/**
 * Mermaid {@code journey} diagrams in and out: {@link dev.journeymap.mermaid.MermaidJourney}
 * reads a diagram into a validated {@link dev.journeymap.core.Journey} and writes any journey
 * as a diagram that Mermaid 11 draws; {@link dev.journeymap.mermaid.MermaidSyntaxException}
 * reports every syntax problem with its line and column.
 *
 * <p>Rule of this package: the text format stays here. Journeys are made only through the core
 * builder, so that what this package reads has passed the same validation as everything else;
 * parsing is plain string scanning with hard limits, so hostile input fails fast and never
 * overflows the stack.
 */
package dev.journeymap.mermaid;
