/**
 * File output shared by every module that writes journeys or maps: JSON, Mermaid, SVG and PNG.
 * Not part of the library's API: {@code module-info.java} exports it only to those modules, so a
 * new module of ours that writes files must be added to that export.
 *
 * <p>Rule of this package: a file is either left as it was or replaced by the complete new
 * content, never left half-written.
 */
package dev.journeymap.core.io;
