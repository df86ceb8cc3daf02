#!/usr/bin/env bash
# Compares the search methods on one space and seed: one search per method with the dominant
# Hessian eigenvalue estimated after the last epoch, then one comparison report of them all (its
# report.md holds the table docs/search.md quotes).
#
#   scripts/compare-methods.sh [--space NAME] [--preset quick|paper] [--data DIR] [--out DIR]
#                              [--methods "darts darts-minus sdarts-rs beta-darts pc-darts"]
#
# Defaults: darts-sandglass, quick, ../shared/cifar10, runs/methods, all five built-in methods.
# Re-running continues: a finished search is left as it is, a stopped one resumes from its checkpoint.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
space=darts-sandglass preset=quick data=../shared/cifar10 out=runs/methods
methods="darts darts-minus sdarts-rs beta-darts pc-darts"
usage() { echo "usage: scripts/compare-methods.sh [--space NAME] [--preset quick|paper] [--data DIR] [--out DIR] [--methods \"M1 M2 ...\"]" >&2; exit 2; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --space) space="${2:?}"; shift 2 ;;
    --preset) preset="${2:?}"; shift 2 ;;
    --data) data="${2:?}"; shift 2 ;;
    --out) out="${2:?}"; shift 2 ;;
    --methods) methods="${2:?}"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "compare-methods: unknown argument '$1'" >&2; usage ;;
  esac
done
epochs="$([[ "$preset" == paper ]] && echo 50 || echo 5)"
runs=()
for m in $methods; do
  dir="$out/$m"
  runs+=("$dir")
  if [[ -f "$dir/config.json" ]]; then
    echo "== $m: $dir exists, continuing it"
    "$home/jdarts" search --resume "$dir"
  else
    echo "== $m"
    "$home/jdarts" search --space "$space" --preset "$preset" --method "$m" --hessian-every "$epochs" \
      --data "$data" --out "$dir"
  fi
done
"$home/jdarts" report "${runs[@]}" --out "$out/comparison"
