#!/usr/bin/env python3
"""Prints each benchmark figure of scripts/bench beside its target, PASS or MISS.

Usage: report.py RESULTS_DIR [--mpi]   (--mpi: only the cohort over MPI)
RESULTS_DIR holds the Google Benchmark JSON files written by scripts/bench (micro.json,
cohort.json), startup.json and formats.json (tests/bench/command_ratio.py) and memory.txt
("<athletes> <peak RSS in KiB>" per line). Every time is the median of interleaved repetitions
(real time); ratios divide medians taken in the same run. The targets are issue 19's.
"""
import json
import pathlib
import sys

results = pathlib.Path(sys.argv[1])
medians = {}
for name in ("micro.json", "cohort.json"):
    path = results / name
    if not path.exists():
        continue
    for run in json.loads(path.read_text())["benchmarks"]:
        if run.get("aggregate_name") == "median":
            key = run["run_name"].split("/iterations:")[0].split("/real_time")[0]
            medians[key] = run

missed = 0


def seconds(name, clock="real_time"):
    """Median seconds per iteration. In-process single-thread figures use "cpu_time": on a shared
    machine, real time also counts the time spent waiting for a core."""
    run = medians.get(name)
    if run is None:
        return None
    scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[run["time_unit"]]
    return run[clock] * scale


def figure(label, value, target, unit, good):
    global missed
    if value is None:
        print(f"  {label:<58} {'not measured':>14}   target {target}")
        missed += 1
        return
    verdict = "PASS" if good(value) else "MISS"
    missed += verdict == "MISS"
    print(f"  {label:<58} {value:>11.3f} {unit:<3} target {target:<10} {verdict}")


def info(label, value, unit):
    if value is not None:
        print(f"  {label:<58} {value:>11.3f} {unit}")


def ratio(a, b):
    return a / b if a is not None and b is not None else None


def mpi_section():
    """The cohort over MPI (tests/bench/mpi_cohort_bench.py): figures beside each other, no target."""
    mpi_file = results / "mpi.txt"
    if mpi_file.exists():
        print("Cohort over MPI (processes on this machine, wall clock with start-up, median)")
        rates = {}
        for line in mpi_file.read_text().splitlines():
            label, athletes, seconds = line.split("\t")
            rates[label] = int(athletes) / float(seconds)
            info(f"{label}, {athletes} athletes [athletes/s]", rates[label], "/s")
        info("coach-mpi 2 ranks / 1 rank",
             ratio(rates.get("coach-mpi, 2 ranks"), rates.get("coach-mpi, 1 rank")), "x")
        info("coach-mpi 2 ranks / one process",
             ratio(rates.get("coach-mpi, 2 ranks"), rates.get("coach cohort, one process")), "x")
        phases = results / "mpi-phases.txt"
        if phases.exists():
            for line in phases.read_text().splitlines():
                print("  " + line.removeprefix("coach-mpi: "))


if sys.argv[2:] == ["--mpi"]:  # scripts/bench --mpi
    mpi_section()
    sys.exit(0)

print("Plugin boundary (eccentric-strength, sample athlete, 42 days)")
static = seconds("BM_PlanStatic", "cpu_time")
info("plan(), linked statically [us]", static and static * 1e6, "us")
info("plan(), linked statically, real time [us]", (seconds("BM_PlanStatic") or 0) * 1e6, "us")
figure("raw abi::Boundary call / static", ratio(seconds("BM_PlanBoundary", "cpu_time"), static),
       "<= 1.05", "x", lambda v: v <= 1.05)
# The target is on the boundary; Engine::plan adds the safety gate on purpose (docs/PERFORMANCE.md).
info("Engine::plan (boundary + safety gate) / static",
     ratio(seconds("BM_PlanEngine", "cpu_time"), static), "x")
gate = seconds("BM_SafetyGate", "cpu_time")
info("safety gate alone [us]", gate and gate * 1e6, "us")
info("safety gate / static plan()", ratio(gate, static), "x")



def allocations(name):
    run = medians.get(name)
    return run.get("allocs") if run else None


# Issue 19: what a plan costs in separately allocated blocks (tests/bench/allocation_count.cpp).
info("allocations per plan(), static", allocations("BM_PlanStatic"), "")
info("allocations per Engine::plan (gate included)", allocations("BM_PlanEngine"), "")
info("allocations per safety gate run", allocations("BM_SafetyGate"), "")

print("Load")
load = seconds("BM_EngineLoad", "cpu_time")
figure("Engine construction, bundled plugins [ms]", load and load * 1e3, "<= 5", "ms",
       lambda v: v <= 5)
spawn = seconds("BM_CoachListProcess")
figure("`coach list` as a process [ms]", spawn and spawn * 1e3, "<= 50", "ms", lambda v: v <= 50)

print("Decoding (a record with 20,000 and 80,000 unknown keys, one warning each)")
figure("80,000 keys / 20,000 keys (linear: 4, quadratic: 16)",
       ratio(seconds("BM_DecodeWideRecord/80000", "cpu_time"),
             seconds("BM_DecodeWideRecord/20000", "cpu_time")), "<= 6", "x", lambda v: v <= 6)

print("One comparison (all bundled philosophies, sample athlete, 42 days)")
compare = seconds("BM_Compare", "cpu_time")
figure("Engine::compare [ms]", compare and compare * 1e3, "<= 1", "ms", lambda v: v <= 1)
info("Engine::compare, real time [ms]", (seconds("BM_Compare") or 0) * 1e3, "ms")
encoded = seconds("BM_CompareEncoded", "cpu_time")
info("Engine::compare + encode_comparison [ms]", encoded and encoded * 1e3, "ms")
info("allocations per Engine::compare", allocations("BM_Compare"), "")
info("allocations per compare + encode_comparison", allocations("BM_CompareEncoded"), "")

print("Cohort throughput (synthetic population, seed 1)")
per_second = {}
for key, run in medians.items():
    if key.startswith(("BM_Cohort/threads:", "BM_CohortParseOnly")):
        per_second[key] = run.get("items_per_second")
parse = per_second.get("BM_CohortParseOnly")
one = per_second.get("BM_Cohort/threads:1")
two = per_second.get("BM_Cohort/threads:2")
info("parse-only floor (getline + boost::json::parse) [athletes/s]", parse, "/s")
info("run_cohort, 1 thread [athletes/s]", one, "/s")
info("run_cohort, 2 threads [athletes/s]", two, "/s")
info("1 thread / parse-only", ratio(one, parse), "x")
# Issue 19: a 2-thread cohort at a quarter of the parse-only rate, or better.
figure("2 threads / parse-only", ratio(two, parse), ">= 0.25", "x", lambda v: v >= 0.25)
figure("2-thread scaling", ratio(two, one), ">= 1.7", "x", lambda v: v >= 1.7)

print("Cohort memory (coach synth | coach cohort - --threads 2, peak RSS of cohort)")
memory = {}
memory_file = results / "memory.txt"
if memory_file.exists():
    for line in memory_file.read_text().split("\n"):
        if line.strip():
            athletes, kib = line.split()
            memory[int(athletes)] = int(kib) / 1024
largest = max(memory) if memory else None
for athletes in sorted(memory):
    if athletes != largest:
        info(f"peak RSS, {athletes} athletes [MB]", memory[athletes], "MB")
figure(f"peak RSS, {largest} athletes [MB]", memory.get(largest), "<= 64", "MB",
       lambda v: v <= 64)
smallest = min(memory) if memory else None
if smallest is not None and smallest != largest:
    figure(f"peak RSS {largest} / {smallest} athletes (flat)",
           ratio(memory[largest], memory[smallest]), "<= 1.10", "x", lambda v: v <= 1.10)

mpi_section()

print("Isolation overhead (workers started once and reused)")
# Issue 19: isolation at most 1.3x in-process, for a compare and for a cohort.
figure("compare, isolated / in-process",
       ratio(seconds("BM_CompareIsolated"), seconds("BM_CompareInProcess")), "<= 1.3", "x",
       lambda v: v <= 1.3)
figure("cohort slice, default threads, isolated / in-process",
       ratio(seconds("BM_CohortSliceIsolated/threads:0"),
             seconds("BM_CohortSliceInProcess/threads:0")), "<= 1.3", "x", lambda v: v <= 1.3)
info("cohort slice, 2 threads each, isolated / in-process",
     ratio(seconds("BM_CohortSliceIsolated/threads:2"),
           seconds("BM_CohortSliceInProcess/threads:2")), "x")

print("Worker start-up (`coach --isolate compare` / `coach compare`, sample athlete, whole commands)")
startup_file = results / "startup.json"
startup = json.loads(startup_file.read_text()) if startup_file.exists() else None
if startup is not None:
    info("coach compare, user + system [ms]", startup["in_process"]["cpu_ms"], "ms")
    info("coach --isolate compare, user + system, workers included [ms]",
         startup["isolated"]["cpu_ms"], "ms")
    info("wall, isolated / in-process", ratio(startup["isolated"]["wall_ms"],
                                              startup["in_process"]["wall_ms"]), "x")
figure("CPU, isolated / in-process",
       ratio(startup["isolated"]["cpu_ms"], startup["in_process"]["cpu_ms"]) if startup else None,
       "<= 2", "x", lambda v: v <= 2)

print("JSON against CSV (`coach compare --format json` / `--format csv`, sample athlete, whole commands)")
formats_file = results / "formats.json"
formats = json.loads(formats_file.read_text()) if formats_file.exists() else None
if formats is not None:
    info("coach compare --format csv, user + system [ms]", formats["csv"]["cpu_ms"], "ms")
    info("coach compare --format json, user + system [ms]", formats["json"]["cpu_ms"], "ms")
    info("wall, json / csv", ratio(formats["json"]["wall_ms"], formats["csv"]["wall_ms"]), "x")
figure("CPU, json / csv",
       ratio(formats["json"]["cpu_ms"], formats["csv"]["cpu_ms"]) if formats else None, "<= 1.2",
       "x", lambda v: v <= 1.2)

print(f"{missed} figure(s) missed" if missed else "every figure meets its target")
