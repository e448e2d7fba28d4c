#!/usr/bin/env node
// Times Mermaid drawing one diagram in headless Debian Chromium: mermaid.render(id, text) inside
// the page, warm, each call with a new id, timed with performance.now() in the page itself.
// Prints one line of JSON: {median_ms, p10, p90, n, svg_bytes, mermaid_version, chromium_version}.
//
// Usage (once: `npm ci` in this folder; it downloads no browser):
//   node mermaid-bench.mjs FILE.mmd [--runs N] [--warmup N] [--expect NAME]... [--svg OUT.svg]
// --expect: a text the SVG must contain (e.g. a section name); the run fails without it.
// Offline: Mermaid's bundle is injected from node_modules into a blank page, and every request
// the page makes is aborted (their count is printed on stderr). Chromium: $CHROMIUM or
// /usr/bin/chromium (never a downloaded one), in a fresh temporary profile that Playwright makes
// and deletes on close.
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const args = process.argv.slice(2);
const opts = { runs: 50, warmup: 20, expect: [], svg: null, file: null };
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--runs') opts.runs = Number(args[++i]);
  else if (a === '--warmup') opts.warmup = Number(args[++i]);
  else if (a === '--expect') opts.expect.push(args[++i]);
  else if (a === '--svg') opts.svg = args[++i];
  else if (!a.startsWith('--') && !opts.file) opts.file = a;
  else { console.error(`mermaid-bench: unknown argument ${a}`); process.exit(2); }
}
if (!opts.file || !(opts.runs > 0) || !(opts.warmup >= 0)) {
  console.error('usage: node mermaid-bench.mjs FILE.mmd [--runs N] [--warmup N]'
    + ' [--expect NAME]... [--svg OUT.svg]');
  process.exit(2);
}

const text = readFileSync(opts.file, 'utf8');
const require = createRequire(import.meta.url);
const mermaidDir = dirname(require.resolve('mermaid/package.json'));
const mermaidVersion = JSON.parse(readFileSync(join(mermaidDir, 'package.json'), 'utf8')).version;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true, // Playwright adds --headless and --no-sandbox itself too
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  let blocked = 0;
  await context.route('**/*', (route) => { blocked++; return route.abort(); });
  const page = await context.newPage();
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></html>');
  await page.addScriptTag({ path: join(mermaidDir, 'dist', 'mermaid.min.js') });
  const result = await page.evaluate(async ({ text, runs, warmup }) => {
    const mermaid = globalThis.mermaid;
    mermaid.initialize({ startOnLoad: false });
    let svg = '';
    let next = 0;
    for (let i = 0; i < warmup; i++) ({ svg } = await mermaid.render(`w${next++}`, text));
    const times = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      ({ svg } = await mermaid.render(`m${next++}`, text));
      times.push(performance.now() - t0);
    }
    return { times, svg };
  }, { text, runs: opts.runs, warmup: opts.warmup });

  const sorted = [...result.times].sort((a, b) => a - b);
  const q = (p) => { // linear interpolation between the closest ranks
    const x = p * (sorted.length - 1), lo = Math.floor(x), hi = Math.ceil(x);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (x - lo);
  };
  const svg = result.svg;
  const escaped = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const missing = opts.expect.filter((name) => !svg.includes(name) && !svg.includes(escaped(name)));
  const journey = svg.startsWith('<svg') && svg.includes('aria-roledescription="journey"');
  if (!journey || missing.length) {
    throw new Error(`not a journey diagram, or missing: ${JSON.stringify(missing)}`);
  }
  if (opts.svg) writeFileSync(opts.svg, svg);
  if (blocked) console.error(`mermaid-bench: aborted ${blocked} request(s) from the page`);
  const round = (v) => Math.round(v * 1000) / 1000;
  console.log(JSON.stringify({
    median_ms: round(q(0.5)), p10: round(q(0.1)), p90: round(q(0.9)), n: sorted.length,
    svg_bytes: Buffer.byteLength(svg, 'utf8'), mermaid_version: mermaidVersion,
    chromium_version: browser.version(),
  }));
} finally {
  await browser.close();
}
