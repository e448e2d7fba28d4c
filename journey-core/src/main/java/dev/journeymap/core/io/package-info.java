/**
 * File output shared by every module that writes journeys or maps: JSON, Mermaid, SVG and PNG.
 *
 * <p>Rule of this package: a file is either left as it was or replaced by the complete new
 * content, never left half-written.
 */
package dev.journeymap.core.io;
