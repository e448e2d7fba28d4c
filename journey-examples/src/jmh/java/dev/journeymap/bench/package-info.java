/**
 * The JMH benchmarks of issue 5: reading, building, layout, SVG and PNG rendering, two baselines
 * that show what the SVG library alone and hand-written SVG cost, and a two-thread run.
 *
 * <p>Built only by the {@code bench} Maven profile of {@code journey-examples} into {@code
 * target/benchmarks.jar}; see {@code journey-examples/BENCHMARKS.md} for the command and the
 * figures.
 *
 * <p>Rule of this package: every input is made by {@link dev.journeymap.bench.BenchJourneys}, the
 * same on every run, so that figures from two runs measure the same work; no benchmark writes
 * files.
 */
package dev.journeymap.bench;
