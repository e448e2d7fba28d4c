/**
 * The test kit for tests of journey maps, to put in test scope:
 * {@link dev.journeymap.test.JourneyAssertions} (AssertJ assertions on a journey and on a
 * validation report), {@link dev.journeymap.test.MapSnapshots} (a rendered map compared with a
 * reviewed SVG file) and {@link dev.journeymap.test.RenderedMap} (the lanes, stages and cards of
 * a rendered SVG, for structural assertions).
 *
 * <p>Rule of this package: it only reads what the public API of journey-core and journey-render
 * gives; a failure message says what was expected and shows what there is, briefly.
 */
package dev.journeymap.test;
