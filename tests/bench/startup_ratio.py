#!/usr/bin/env python3
"""What starting plugin workers costs: `coach --isolate compare` against `coach compare`, each run
as a whole command, the CPU time of the command and of its workers (user + system, from wait4)
and the wall time. Runs alternate between the two so that the machine's load falls on both alike;
figures are medians. Writes them as JSON for report.py (startup.json) and prints them.

Usage: startup_ratio.py COACH ATHLETE_FILE RUNS OUT_JSON
docs/PERFORMANCE.md, "What isolated start-up costs", records the figures.
"""
import json
import os
import statistics
import subprocess
import sys
import time

coach, athlete, runs, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
commands = {
    "in_process": [coach, "compare", athlete, "-o", "/dev/null"],
    "isolated": [coach, "--isolate", "compare", athlete, "-o", "/dev/null"],
}
samples = {name: {"user_ms": [], "system_ms": [], "cpu_ms": [], "wall_ms": []} for name in commands}
for run in range(runs):
    order = list(commands) if run % 2 == 0 else list(reversed(commands))
    for name in order:
        started = time.perf_counter()
        child = subprocess.Popen(commands[name], stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        if status != 0:
            sys.exit(f"startup_ratio: {' '.join(commands[name])} failed (wait status {status})")
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
    print(f"startup: {name:<10} user {m['user_ms']:6.1f} ms  system {m['system_ms']:6.1f} ms  "
          f"wall {m['wall_ms']:6.1f} ms (medians of {runs})", file=sys.stderr)
