/**
 * The JMH benchmarks: reading, building, layout, SVG and PNG rendering, the medium map's layout,
 * SVG writing and full render beside a hand-written baseline of the same document
 * ({@link dev.journeymap.bench.BaselineBenchmarks}), and a two-thread run;
 * {@link dev.journeymap.bench.TargetReport} turns a result file into the target table.
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
