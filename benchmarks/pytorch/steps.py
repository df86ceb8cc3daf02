"""What the PyTorch step benchmarks share: their step options, the timed loop and the memory line.

time_steps runs the warm-up steps, the timed steps and, with --profile, one extra step after the
warm-up whose operator profile goes to a Chrome trace (not timed), printing one line per step.
"""

import os
import resource
import time

import torch


def add_step_arguments(parser):
    """Adds --steps, --warmup, --threads and --profile."""
    parser.add_argument("--steps", type=int, default=5, help="timed steps (default 5)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed steps first (default 1)")
    parser.add_argument("--threads", type=int, default=os.cpu_count(), help="intra-op threads (default: all cores)")
    parser.add_argument("--profile", metavar="FILE",
                        help="record the operator profile of one extra step after the warm-up (not timed) "
                             "into FILE, a Chrome trace (JSON)")


def check_step_arguments(parser, args):
    """Refuses impossible counts and a profile that could not be written, in one line (exit 2)."""
    if args.steps < 1 or args.warmup < 0 or args.threads < 1:
        parser.error("--steps and --threads must be at least 1, --warmup at least 0")
    if args.profile and not os.access(os.path.dirname(os.path.abspath(args.profile)), os.W_OK):
        parser.error(f"--profile {args.profile}: {os.path.dirname(os.path.abspath(args.profile))} "
                     "is not a writable folder; give a file in one that exists")


def time_steps(args, name, inputs, step):
    """Runs the steps: inputs() makes a step's arguments (not timed), step(*those) does it.

    Returns the seconds of the timed steps; prints "  NAME step I[ (warm-up|profiled)]: S s" for each.
    """
    times = []
    profiled = args.warmup if args.profile else -1
    for i in range(args.warmup + args.steps + (1 if args.profile else 0)):
        arguments = inputs()
        start = time.perf_counter()
        if i == profiled:
            with torch.autograd.profiler.profile(record_shapes=True) as prof:
                step(*arguments)
            seconds = time.perf_counter() - start
            prof.export_chrome_trace(args.profile)
        else:
            step(*arguments)
            seconds = time.perf_counter() - start
        timed = i >= args.warmup and i != profiled
        if timed:
            times.append(seconds)
        label = "" if timed else " (profiled)" if i == profiled else " (warm-up)"
        print(f"  {name} step {i + 1}{label}: {seconds:.2f} s", flush=True)
        if i == profiled:
            print(f"  profile of step {i + 1} written to {args.profile}", flush=True)
    return times


def peak_memory_line():
    """Returns "pytorch peak resident memory: N MB" for this process."""
    return f"pytorch peak resident memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6:.0f} MB"
