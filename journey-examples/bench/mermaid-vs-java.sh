#!/usr/bin/env bash
# Our renderer against Mermaid 11 on the same journey: the medium bench map (BenchJourneys.MEDIUM,
# 20 stages x 5 touchpoints) drawn by JMH's BaselineBenchmarks.fullRender (layout + SVG) and
# handWrittenSvg (the StringBuilder limit), and its Mermaid version (written by our own
# `convert`) drawn by mermaid.render in headless Chromium (mermaid/mermaid-bench.mjs).
# The two take turns, java, node, java, node, ..., so that a noisy neighbour shows in both, and
# each round prints the medians and the ratio Mermaid / ours: compare ratios, not milliseconds.
#
# Usage, from anywhere (builds benchmarks.jar if missing, runs `npm ci` if node_modules is):
#   journey-examples/bench/mermaid-vs-java.sh [ROUNDS]      # default 2 rounds, about 1 min each
# Needs node >= 20 and Debian's chromium (/usr/bin/chromium, or set CHROMIUM); downloads no
# browser. Raw results (JMH JSON, Mermaid JSON, both SVGs, the .mmd) go to
# journey-examples/target/mermaid-vs-java/.
set -euo pipefail

rounds="${1:-2}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bench="$root/journey-examples/bench/mermaid"
jars="$root/journey-examples/target"
cli_jar="$root/journey-cli/target/journey-map.jar"
out="$jars/mermaid-vs-java"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

if [[ ! -f "$jars/benchmarks.jar" || ! -f "$cli_jar" ]]; then
  (cd "$root" && mvn -B -q -Pbench package -DskipTests)
fi
if [[ ! -d "$bench/node_modules" ]]; then
  (cd "$bench" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
fi
rm -rf "$out" && mkdir -p "$out/ours"
tmp="$(mktemp -d)" # Chromium's profile and leftovers; short, for its socket path
trap 'rm -rf "$tmp"' EXIT

# The medium map as JSON (a throwaway single-file program run against the benchmarks jar), then
# as Mermaid through the CLI's own converter, and our SVG of it for its size.
cat > "$out/MediumJson.java" <<'EOF'
public class MediumJson {
  public static void main(String[] args) throws Exception {
    dev.journeymap.core.json.JourneyJson.write(
        dev.journeymap.bench.BenchJourneys.MEDIUM.build(), java.nio.file.Path.of(args[0]));
  }
}
EOF
"$java" -cp "$jars/benchmarks.jar" "$out/MediumJson.java" "$out/medium.json"
cli=("$java" -jar "$cli_jar")
"${cli[@]}" convert "$out/medium.json" -o "$out/medium.mmd" > /dev/null
"${cli[@]}" render "$out/medium.json" -o "$out/ours" > /dev/null
expect=()
while IFS= read -r name; do expect+=(--expect "$name"); done \
  < <(sed -n 's/^ *section //p' "$out/medium.mmd")
echo "medium map: $((${#expect[@]} / 2)) sections, $(grep -c ': [0-9]' "$out/medium.mmd") tasks;" \
  "our SVG $(wc -c < "$out/ours/medium.svg") bytes"

# The median (ms) of one benchmark in a JMH result file.
jmh_median() {
  node -e 'const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const b = r.find((x) => x.benchmark.endsWith("." + process.argv[2]));
    console.log(b.primaryMetric.scorePercentiles["50.0"].toFixed(3));' "$1" "$2"
}

for ((i = 1; i <= rounds; i++)); do
  "$java" -jar "$jars/benchmarks.jar" 'BaselineBenchmarks\.(fullRender|handWrittenSvg)$' \
    -rf json -rff "$out/jmh-$i.json" > "$out/jmh-$i.log"
  TMPDIR="$tmp" node "$bench/mermaid-bench.mjs" "$out/medium.mmd" --runs 50 --warmup 20 \
    "${expect[@]}" --svg "$out/mermaid.svg" > "$out/mermaid-$i.json"
  full=$(jmh_median "$out/jmh-$i.json" fullRender)
  hand=$(jmh_median "$out/jmh-$i.json" handWrittenSvg)
  node -e 'const m = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const [i, full, hand] = process.argv.slice(2).map(Number);
    if (i === 1) console.log(`Mermaid ${m.mermaid_version}, Chromium ${m.chromium_version},` +
      ` Mermaid SVG ${m.svg_bytes} bytes; medians in ms`);
    console.log(`round ${i}: fullRender ${full}, handWrittenSvg ${hand}, Mermaid ${m.median_ms}` +
      ` (p10 ${m.p10}, p90 ${m.p90}, n ${m.n});` +
      ` Mermaid/fullRender ${(m.median_ms / full).toFixed(1)},` +
      ` Mermaid/handWrittenSvg ${(m.median_ms / hand).toFixed(1)}; load ${process.argv[5]}`);' \
    "$out/mermaid-$i.json" "$i" "$full" "$hand" "$(cut -d' ' -f1-3 /proc/loadavg)"
done
