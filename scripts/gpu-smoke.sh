#!/usr/bin/env bash
# What to run first on a CUDA machine, after 'mvn -q -B -Pgpu -DskipTests package' (docs/gpu.md):
# libtorch sees the device, the search step of both orders and the training step (auxiliary head,
# drop-path) run on it and report their times, and a tiny search stopped after one epoch resumes
# and finishes. Prints a short summary; exits non-zero at the first step that fails.
#
# Usage: scripts/gpu-smoke.sh [DEVICE]          DEVICE: gpu (default) or gpu:N
#   JDARTS_DATA  a small CIFAR-10-layout folder (default: ../shared/cifar10-sample)
# The test suite itself runs on the CPU (its references are the CPU's exact results); on a GPU,
# compare a run with the CPU's by its metrics, not its bytes.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
device="${1:-gpu}"
data="${JDARTS_DATA:-$repo/../shared/cifar10-sample}"
work="$(mktemp -d)"
jdarts="$repo/jdarts"
summary=()
say() { printf '\n== %s\n' "$*"; }
step() {  # step NAME COMMAND...: runs it, keeps its medians and outcome for the summary
  local name="$1"; shift
  say "$name"
  "$@" 2>&1 | tee "$work/last.txt"
  summary+=("$name: $(grep -E 'median|peak|final validation|stopped after' "$work/last.txt" | paste -sd ';' -)")
}

step "1. search step, first and second order (quick size)" \
  "$jdarts" bench search --device "$device" --size quick --order both --steps 3
step "2. search step at the paper's size, first order" \
  "$jdarts" bench search --device "$device" --size paper --order first --steps 3
step "3. training step with auxiliary head and drop-path" \
  "$jdarts" bench train --device "$device" --size both --steps 3
step "4. a tiny search on $device, stopped after one epoch" \
  "$jdarts" search --device "$device" --data "$data" --allow-partial --out "$work/run" --channels 4 --layers 3 \
  --batch-size 16 --train-images 64 --val-images 64 --eval-images 64 --epochs 2 --stop-after 1 --no-report
step "5. ... resumed to its end" "$jdarts" search --resume "$work/run" --device "$device" --no-report

say "summary ($device, $(date -u +%FT%TZ))"
printf '%s\n' "${summary[@]}"
echo "gpu-smoke: OK (files in $work)"
