#!/usr/bin/env bash
# Cold start of the command line (issue 5): the wall time of
#   java -jar journey-cli/target/journey-map.jar render home-services.json -o DIR
# against the same JVM starting a class whose main does nothing, 10 runs each, medians and ratio.
# The target: the render takes at most 2.5 times the empty start.
#
# Usage, from anywhere, after `mvn -B -q package -DskipTests`:
#   journey-examples/bench/cold-start.sh [RUNS]
# Uses hyperfine when it is installed, else times each run with `date +%s%N`. The two commands
# take turns, after one untimed run of each, so that a noisy neighbour hurts both alike.
set -euo pipefail

runs="${1:-10}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="$root/journey-cli/target/journey-map.jar"
map="$root/journey-examples/src/main/resources/dev/journeymap/examples/home-services.json"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
javac="${JAVA_HOME:+$JAVA_HOME/bin/}javac"

if [[ ! -f "$jar" ]]; then
  echo "cold-start.sh: no $jar; build it first: mvn -B -q package -DskipTests" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/classes" "$work/out"
printf 'public class Empty {\n  public static void main(String[] args) {}\n}\n' > "$work/Empty.java"
"$javac" -d "$work/classes" "$work/Empty.java"

render=("$java" -jar "$jar" render "$map" -o "$work/out")
empty=("$java" -cp "$work/classes" Empty)

# Both must work before they are timed.
"${render[@]}" > /dev/null
test -s "$work/out/home-services.svg"
"${empty[@]}"

"$java" -version 2>&1 | head -n 1
echo "runs: $runs each; cpus: $(nproc)"

if command -v hyperfine > /dev/null; then
  hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/times.json" \
    -n render "${render[*]}" -n empty "${empty[*]}" > /dev/null
  medians=($(grep -o '"median": *[0-9.e+-]*' "$work/times.json" | sed 's/.*: *//'))
  render_ms=$(awk -v s="${medians[0]}" 'BEGIN { printf "%.1f", s * 1000 }')
  empty_ms=$(awk -v s="${medians[1]}" 'BEGIN { printf "%.1f", s * 1000 }')
else
  micros() {
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null
    end=$(date +%s%N)
    echo $(( (end - start) / 1000 ))
  }
  median() {
    sort -n | awk '{ v[NR] = $1 } END {
      m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m / 1000 }'
  }
  : > "$work/render.us"
  : > "$work/empty.us"
  for ((i = 0; i < runs; i++)); do
    micros "${render[@]}" >> "$work/render.us"
    micros "${empty[@]}" >> "$work/empty.us"
  done
  echo "render runs (ms): $(awk '{ printf "%.0f ", $1 / 1000 }' "$work/render.us")"
  echo "empty runs (ms):  $(awk '{ printf "%.0f ", $1 / 1000 }' "$work/empty.us")"
  render_ms=$(median < "$work/render.us")
  empty_ms=$(median < "$work/empty.us")
fi

echo "render home-services.json: median $render_ms ms"
echo "empty main:                median $empty_ms ms"
awk -v r="$render_ms" -v e="$empty_ms" 'BEGIN {
  ratio = r / e
  printf "ratio: %.2f (target at most 2.5: %s)\n", ratio, ratio <= 2.5 ? "met" : "NOT met" }'
