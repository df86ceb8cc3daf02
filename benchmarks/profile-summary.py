#!/usr/bin/env python3
"""Compare operator profiles of search steps: self time per operator, side by side.

    benchmarks/profile-summary.py NAME=TRACE.json [NAME=TRACE.json ...] [--top N]

Each TRACE is a Chrome trace written by `jdarts bench search --profile FILE` or
`benchmarks/pytorch/darts_step.py --profile FILE`. An operator's self time is its duration minus
that of the operators it called (nested events on the same thread); the table lists the
operators with the most self time in any profile, with their calls, and the totals.
"""
import argparse
import collections
import json
import sys


def events(path):
    """Returns the complete ('X') events of a Chrome trace, whichever of its two layouts it has."""
    with open(path) as f:
        data = json.load(f)
    items = data["traceEvents"] if isinstance(data, dict) else data
    return [e for e in items if e.get("ph") == "X" and "dur" in e and e.get("cat", "cpu_op") in ("cpu_op", "Operator")]


def self_times(items):
    """Returns {operator: [self microseconds, calls]} from nested events."""
    totals = collections.defaultdict(lambda: [0.0, 0])
    threads = collections.defaultdict(list)
    for e in items:
        threads[(e.get("pid"), e.get("tid"))].append(e)
    for evs in threads.values():
        evs.sort(key=lambda e: (float(e["ts"]), -float(e["dur"])))
        stack = []  # [end, name, child time]
        for e in evs:
            start, dur = float(e["ts"]), float(e["dur"])
            while stack and start >= stack[-1][0]:
                close(stack.pop(), totals, stack)
            stack.append([start + dur, e["name"], 0.0, dur])
        while stack:
            close(stack.pop(), totals, stack)
    return totals


def close(frame, totals, stack):
    end, name, children, dur = frame
    totals[name][0] += max(0.0, dur - children)
    totals[name][1] += 1
    if stack:
        stack[-1][2] += dur


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("profiles", nargs="+", metavar="NAME=TRACE.json")
    parser.add_argument("--top", type=int, default=25, help="operators listed (default 25)")
    args = parser.parse_args()
    tables = {}
    for spec in args.profiles:
        if "=" not in spec:
            parser.error(f"'{spec}': expected NAME=TRACE.json")
        name, path = spec.split("=", 1)
        try:
            tables[name] = self_times(events(path))
        except (OSError, ValueError, KeyError) as e:
            print(f"profile-summary: {path}: {e}", file=sys.stderr)
            return 2
    names = list(tables)
    ranked = sorted({op for t in tables.values() for op in t},
                    key=lambda op: -max(t.get(op, [0, 0])[0] for t in tables.values()))
    header = "| operator | " + " | ".join(f"{n}: self s | {n}: calls" for n in names) + " |"
    print(header)
    print("|---|" + "---:|---:|" * len(names))
    for op in ranked[:args.top]:
        cells = []
        for n in names:
            s, c = tables[n].get(op, [0.0, 0])
            cells += [f"{s / 1e6:.3f}", f"{c:,}"]
        print(f"| {op} | " + " | ".join(cells) + " |")
    cells = []
    for n in names:
        cells += [f"{sum(v[0] for v in tables[n].values()) / 1e6:.3f}", f"{sum(v[1] for v in tables[n].values()):,}"]
    print("| **all operators** | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
