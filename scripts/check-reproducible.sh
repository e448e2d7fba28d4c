#!/usr/bin/env bash
# Reproducible build check: clones the current commit twice, builds each clone offline with
#   mvn -B -q -o package -DskipTests
# the first with LANG=C.UTF-8 TZ=UTC, the second with LANG=fr_FR.UTF-8 TZ=Asia/Tokyo, and compares
# the SHA-256 of every jar under */target/ (the modules' jars, their sources and Javadoc jars, and
# the command line's journey-map.jar). Prints each jar's two digests; exits 1 when a jar differs
# or is missing from one build, 0 when all are the same. Uncommitted changes are not built.
#
# Usage, from anywhere in the repository (its dependencies already in ~/.m2, as after one build):
#   scripts/check-reproducible.sh
set -euo pipefail

repo="$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)"
commit="$(git -C "$repo" rev-parse HEAD)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# build NAME LANG TZ: a clean clone of the commit in $work/NAME (different paths on purpose),
# built under that locale and time zone; the digests of its jars go to $work/NAME.sha256.
build() {
  local name="$1" lang="$2" tz="$3"
  git clone -q --no-hardlinks "$repo" "$work/$name"
  git -C "$work/$name" checkout -q --detach "$commit"
  echo "build $name: LANG=$lang TZ=$tz in $work/$name"
  (cd "$work/$name" && env LANG="$lang" LC_ALL= TZ="$tz" mvn -B -q -o package -DskipTests)
  (cd "$work/$name" && sha256sum -- */target/*.jar | sort -k 2) > "$work/$name.sha256"
}

build first C.UTF-8 UTC
build second fr_FR.UTF-8 Asia/Tokyo

echo
echo "commit $commit"
status=0
while read -r jar; do
  a="$(awk -v j="$jar" '$2 == j { print $1 }' "$work/first.sha256")"
  b="$(awk -v j="$jar" '$2 == j { print $1 }' "$work/second.sha256")"
  if [[ -n "$a" && "$a" == "$b" ]]; then
    printf 'same     %s  %s\n' "$a" "$jar"
  else
    printf 'DIFFERS  %s\n         %s  %s\n' "${a:-(missing)}" "${b:-(missing)}" "$jar"
    status=1
  fi
done < <(cat "$work/first.sha256" "$work/second.sha256" | awk '{ print $2 }' | sort -u)

if [[ $status -eq 0 ]]; then
  echo "reproducible: $(wc -l < "$work/first.sha256") jars, the same in both builds"
else
  echo "NOT reproducible: see DIFFERS above" >&2
fi
exit $status
