#!/usr/bin/env python3
"""Throughput of a cohort run as processes: `coach cohort` in one process, and `coach-mpi cohort`
on 1 and 2 ranks of one machine, each reading the same file and writing the same bytes.

Usage: mpi_cohort_bench.py BIN_DIR RESULTS_DIR ATHLETES REPETITIONS
Writes RESULTS_DIR/mpi.txt, one line per set-up: "<label>\t<athletes>\t<median seconds>", and
RESULTS_DIR/mpi-phases.txt, the per-rank phase timings of the last 2-rank run (--log-level info).
Repetitions run in random order so that the machine's load falls on every set-up alike. Times
are wall clock and include starting the processes (mpirun, the engine loading its plugins).
"""
import os
import random
import statistics
import subprocess
import sys
import time

bin_dir, results, athletes, repetitions = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
coach, coach_mpi = f"{bin_dir}/coach", f"{bin_dir}/coach-mpi"
env = dict(os.environ)
if os.geteuid() == 0:  # Open MPI refuses to run as root without both of these
    env["OMPI_ALLOW_RUN_AS_ROOT"] = "1"
    env["OMPI_ALLOW_RUN_AS_ROOT_CONFIRM"] = "1"

os.makedirs(results, exist_ok=True)
cohort = f"{results}/mpi-cohort.jsonl"
if os.path.exists(cohort):
    os.remove(cohort)  # synth -o never replaces a file of athlete records
subprocess.run([coach, "synth", "--count", str(athletes), "--seed", "1", "-o", cohort], check=True)
out = f"{results}/mpi-out.jsonl"
setups = {
    "coach cohort, one process": [coach, "cohort", cohort, "-o", out],
    "coach-mpi, 1 rank": ["mpirun", "-np", "1", coach_mpi, "cohort", cohort, "-o", out],
    "coach-mpi, 2 ranks": ["mpirun", "-np", "2", coach_mpi, "cohort", cohort, "-o", out],
}
times = {label: [] for label in setups}
runs = [label for label in setups for _ in range(repetitions)]
random.shuffle(runs)
for label in runs:
    print(f"bench: {label}, {athletes} athletes", file=sys.stderr, flush=True)
    start = time.monotonic()
    subprocess.run(setups[label], check=True, env=env, stderr=subprocess.DEVNULL)
    times[label].append(time.monotonic() - start)
with open(f"{results}/mpi.txt", "w") as file:
    for label, seconds in times.items():
        file.write(f"{label}\t{athletes}\t{statistics.median(seconds):.3f}\n")
phases = subprocess.run(setups["coach-mpi, 2 ranks"] + ["--log-level", "info"], check=True,
                        env=env, stderr=subprocess.PIPE, text=True).stderr
with open(f"{results}/mpi-phases.txt", "w") as file:
    file.writelines(line + "\n" for line in phases.splitlines() if ": info: lines " in line)
os.remove(cohort)
os.remove(out)
