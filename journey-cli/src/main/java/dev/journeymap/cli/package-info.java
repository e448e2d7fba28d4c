/**
 * The {@code journey-map} command line: renders the example maps, renders and validates JSON
 * and Mermaid files, converts between the two, answers the questions a team asks of a map, and
 * serves a live preview of files in the browser ({@code serve}: {@code
 * Preview}, its web server, its file watcher and its pages).
 *
 * <p>{@link dev.journeymap.cli.JourneyMapCli#run} runs a whole command in-process
 * against given streams and a working directory, and returns the exit status: 0 when every input
 * was handled (warnings allowed), 1 when any input was invalid or unreadable, 2 for a usage error.
 *
 * <p>Rule of this package: bad input is reported as {@code FILE: PATH: MESSAGE} lines on the
 * error stream, never as a stack trace; no output file is written for an input that failed, and
 * files are written whole or not at all. Only {@code main} may exit the JVM.
 */
package dev.journeymap.cli;
