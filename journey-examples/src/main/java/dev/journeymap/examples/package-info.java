/**
 * Example journey maps drawn from real situations, each a class whose {@code journey()} method
 * reads as the map itself, so that a user can copy one and change it.
 *
 * <p>{@link dev.journeymap.examples.Examples} lists them by name. Each map also exists as a JSON
 * file in this package's resources ({@code home-services.json}, ...), equal to the one the builder
 * makes; a test says so.
 *
 * <p>Rule of this package: content only. Every example builds without a single validation
 * warning, and its texts stay short enough for a map column (a sentence, not a paragraph).
 */
package dev.journeymap.examples;
