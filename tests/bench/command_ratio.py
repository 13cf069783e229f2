#!/usr/bin/env python3
"""Two `coach` commands run as whole processes, one against the other: the CPU time of each (user +
system from wait4, its plugin workers included) and its wall time. Runs alternate between the two
so that the machine's load falls on both alike; figures are medians. Writes them as JSON for
report.py and prints them.

Usage: command_ratio.py PAIR COACH ATHLETE_FILE RUNS OUT_JSON
PAIR is one of
  startup  `coach --isolate compare` against `coach compare`: what starting plugin workers costs
           (issue 19: at most 2x);
  formats  `coach compare --format json` against `--format csv`: what encoding JSON costs
           (issue 19: at most 1.2x).
docs/PERFORMANCE.md records the figures.
"""
import json
import os
import statistics
import subprocess
import sys
import time

PAIRS = {
    "startup": lambda coach, athlete: {
        "in_process": [coach, "compare", athlete, "-o", "/dev/null"],
        "isolated": [coach, "--isolate", "compare", athlete, "-o", "/dev/null"],
    },
    "formats": lambda coach, athlete: {
        "json": [coach, "compare", athlete, "--format", "json", "-o", "/dev/null"],
        "csv": [coach, "compare", athlete, "--format", "csv", "-o", "/dev/null"],
    },
}

if len(sys.argv) != 6 or sys.argv[1] not in PAIRS:
    sys.exit(f"usage: command_ratio.py {'|'.join(PAIRS)} COACH ATHLETE_FILE RUNS OUT_JSON")
pair, coach, athlete, runs, out = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
commands = PAIRS[pair](coach, athlete)
samples = {name: {"user_ms": [], "system_ms": [], "cpu_ms": [], "wall_ms": []} for name in commands}
for run in range(runs):
    order = list(commands) if run % 2 == 0 else list(reversed(commands))
    for name in order:
        started = time.perf_counter()
        child = subprocess.Popen(commands[name], stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        if status != 0:
            sys.exit(f"command_ratio: {' '.join(commands[name])} failed (wait status {status})")
        taken = samples[name]
        taken["user_ms"].append(usage.ru_utime * 1e3)
        taken["system_ms"].append(usage.ru_stime * 1e3)
        taken["cpu_ms"].append((usage.ru_utime + usage.ru_stime) * 1e3)
        taken["wall_ms"].append(wall * 1e3)
medians = {name: {key: statistics.median(values) for key, values in taken.items()}
           for name, taken in samples.items()}
medians["runs"] = runs
with open(out, "w", encoding="utf-8") as file:
    json.dump(medians, file, indent=2)
for name in commands:
    m = medians[name]
    print(f"{pair}: {name:<10} user {m['user_ms']:6.1f} ms  system {m['system_ms']:6.1f} ms  "
          f"wall {m['wall_ms']:6.1f} ms (medians of {runs})", file=sys.stderr)
