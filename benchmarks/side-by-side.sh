#!/usr/bin/env bash
# Times jdarts' DARTS search step, or the training step of a genotype's network, and the same step in
# PyTorch side by side, in one run on one machine, and prints the ratios and the peak resident
# memory of each process.
#
#   benchmarks/side-by-side.sh [--mode search|train] [--size paper|quick] [--steps N] [--rounds R]
#                              [--space darts|darts-ir|darts-sandglass] [--orders "first second"]
#
# --mode search (default): each round runs, per order, one process of each contender in turn (jdarts
# fused, jdarts with --no-fuse, jdarts with --layout channels-first, PyTorch in the reference code's
# style, PyTorch with jdarts' shortcuts, the same channels-last). --mode train: DARTS_V2's training
# step (auxiliary head, drop-path 0.2, clipping, SGD) and the test pass: jdarts channels-first and
# channels-last, PyTorch channels-first (the reference's) and channels-last; --space and --orders do
# not apply. A drift in the machine's speed hits all contenders alike; a contender's figure is the
# median over its rounds of each process's median seconds per step. Needs the built application
# (mvn -q -DskipTests package) and PyTorch for Python 3 (Debian: apt-get install python3-torch;
# PYTHON picks the interpreter).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode=search size=paper space=darts orders="first second" steps=3 rounds=1
usage() { echo "usage: benchmarks/side-by-side.sh [--mode search|train] [--size paper|quick] [--space NAME] [--orders \"first second\"] [--steps N] [--rounds R]" >&2; exit 2; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --mode) mode="${2:?}"; shift 2 ;;
    --size) size="${2:?}"; shift 2 ;;
    --space) space="${2:?}"; shift 2 ;;
    --orders) orders="${2:?}"; shift 2 ;;
    --steps) steps="${2:?}"; shift 2 ;;
    --rounds) rounds="${2:?}"; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "side-by-side: unknown argument '$1'" >&2; usage ;;
  esac
done
[[ "$mode" == search || "$mode" == train ]] || { echo "side-by-side: --mode must be search or train, got '$mode'" >&2; exit 2; }
[[ "$size" == paper || "$size" == quick ]] || { echo "side-by-side: --size must be paper or quick, got '$size'" >&2; exit 2; }
[[ "$steps" =~ ^[1-9][0-9]*$ && "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "side-by-side: --steps and --rounds must be positive integers" >&2; exit 2; }
for o in $orders; do
  [[ "$o" == first || "$o" == second ]] || { echo "side-by-side: --orders takes first and/or second, got '$o'" >&2; exit 2; }
done
python="${PYTHON:-/usr/bin/python3}"
if ! "$python" -c "import torch" 2>/dev/null; then
  echo "side-by-side: $python cannot import torch; install PyTorch (Debian: apt-get install python3-torch) or set PYTHON" >&2
  exit 2
fi
log="$(mktemp -d)"
trap 'rm -rf "$log"' EXIT

# run NAME COMMAND...: runs one process, appends "seconds peak_mb test_images_per_s" to $log/NAME
run() {
  local name="$1"; shift
  local out="$log/$name.out"
  "$@" > "$out" 2>&1 || { echo "side-by-side: $name failed:" >&2; tail -5 "$out" >&2; exit 1; }
  local seconds peak test
  seconds="$(grep -Eo 'median [0-9.]+ s/step' "$out" | tail -1 | grep -Eo '[0-9.]+')"
  peak="$(grep -Eo 'peak resident memory: [0-9]+ MB' "$out" | grep -Eo '[0-9]+')"
  test="$(grep -Eo 'test pass [^:]*: [0-9.]+ images/s' "$out" | tail -1 | grep -Eo '[0-9.]+ images' | grep -Eo '[0-9.]+' || echo 0)"
  echo "$seconds $peak $test" >> "$log/$name"
  if [[ "$mode" == train ]]; then
    printf '  %-28s %8.2f s/step  test pass %6.1f images/s  peak %6d MB\n' "$name" "$seconds" "$test" "$peak"
  else
    printf '  %-28s %8.2f s/step  peak %6d MB\n' "$name" "$seconds" "$peak"
  fi
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

if [[ "$mode" == train ]]; then
  echo "side by side: DARTS_V2 training step, $size size, $steps timed steps (+1 warm-up) per process, $rounds round(s), $(nproc) cores"
  contenders="jdarts jdarts-channels-last pytorch pytorch-channels-last"
  for ((r = 1; r <= rounds; r++)); do
    echo "round $r:"
    run jdarts "$home/jdarts" bench train --size "$size" --steps "$steps" --layout channels-first
    run jdarts-channels-last "$home/jdarts" bench train --size "$size" --steps "$steps" --layout channels-last
    run pytorch "$python" "$home/benchmarks/pytorch/darts_train_step.py" --size "$size" --steps "$steps"
    run pytorch-channels-last "$python" "$home/benchmarks/pytorch/darts_train_step.py" --size "$size" --steps "$steps" --channels-last
  done
  echo
  pt="$(for name in pytorch pytorch-channels-last; do cut -d' ' -f1 "$log/$name" | median; done | sort -g | head -1)"
  printf '| %-22s | %8s | %21s | %17s | %13s |\n' "contender" "s/step" "/ faster PyTorch step" "test images/s" "peak memory"
  printf '|%s|%s|%s|%s|%s|\n' "------------------------" "----------" "-----------------------" "-------------------" "---------------"
  for name in $contenders; do
    s="$(cut -d' ' -f1 "$log/$name" | median)"
    t="$(cut -d' ' -f3 "$log/$name" | median)"
    m="$(cut -d' ' -f2 "$log/$name" | sort -g | tail -1)"
    printf '| %-22s | %8.2f | %21.2f | %17.1f | %10d MB |\n' "$name" "$s" "$(awk -v a="$s" -v b="$pt" 'BEGIN {print a / b}')" "$t" "$m"
  done
  exit 0
fi

echo "side by side: $space space, $size size, $steps timed steps (+1 warm-up) per process, $rounds round(s), $(nproc) cores"
for order in $orders; do
  for ((r = 1; r <= rounds; r++)); do
    echo "$order order, round $r:"
    run "jdarts-$order" "$home/jdarts" bench search --size "$size" --space "$space" --order "$order" --steps "$steps"
    run "jdarts-no-fuse-$order" "$home/jdarts" bench search --size "$size" --space "$space" --order "$order" --steps "$steps" --no-fuse
    run "jdarts-channels-first-$order" "$home/jdarts" bench search --size "$size" --space "$space" --order "$order" --steps "$steps" --layout channels-first
    run "pytorch-reference-$order" "$python" "$home/benchmarks/pytorch/darts_step.py" --size "$size" --space "$space" --order "$order" --steps "$steps" --style reference
    run "pytorch-lean-$order" "$python" "$home/benchmarks/pytorch/darts_step.py" --size "$size" --space "$space" --order "$order" --steps "$steps" --style lean
    run "pytorch-lean-cl-$order" "$python" "$home/benchmarks/pytorch/darts_step.py" --size "$size" --space "$space" --order "$order" --steps "$steps" --style lean --channels-last
  done
done

echo
printf '| %-26s | %12s | %14s | %14s | %13s |\n' "contender" "order" "s/step" "jdarts / this" "peak memory"
printf '|%s|%s|%s|%s|%s|\n' "----------------------------" "--------------" "----------------" "----------------" "---------------"
for order in $orders; do
  jd="$(cut -d' ' -f1 "$log/jdarts-$order" | median)"
  for name in jdarts jdarts-no-fuse jdarts-channels-first pytorch-reference pytorch-lean pytorch-lean-cl; do
    s="$(cut -d' ' -f1 "$log/$name-$order" | median)"
    m="$(cut -d' ' -f2 "$log/$name-$order" | sort -g | tail -1)"
    printf '| %-26s | %12s | %14.2f | %14.2f | %10d MB |\n' "$name" "$order" "$s" "$(awk -v a="$jd" -v b="$s" 'BEGIN {print a / b}')" "$m"
  done
done
if [[ " $orders " == *" first "* && " $orders " == *" second "* ]]; then
  f="$(cut -d' ' -f1 "$log/jdarts-first" | median)"
  s="$(cut -d' ' -f1 "$log/jdarts-second" | median)"
  printf 'jdarts second order / first order: %.2f\n' "$(awk -v a="$s" -v b="$f" 'BEGIN {print a / b}')"
fi
