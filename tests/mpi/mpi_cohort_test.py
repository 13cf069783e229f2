#!/usr/bin/env python3
"""coach-mpi cohort against coach cohort: the same result lines and summary, byte for byte.

Usage: mpi_cohort_test.py COACH COACH_MPI MPIEXEC WORK_DIR PRETTY_JSONL KEY_PER_LINE_JSONL

Runs a few thousand synthetic athletes with corrupted lines among them on 1, 2 and 3 ranks (3 on
2 cores with --oversubscribe), an input with fewer lines than ranks, an empty one, the options of
coach cohort, and a rank that fails or is killed mid-run: the job must end non-zero, name the
rank, and leave OUT and the summary as they were.
"""
import os
import re
import shutil
import subprocess
import sys

coach, coach_mpi, mpiexec, work = sys.argv[1:5]
failures = []

env = dict(os.environ)
env.pop("COACH_MPI_TEST_FAULT", None)
# In a container that forbids ptrace, Open MPI's single-copy transfer between ranks on one machine
# fails; copying through shared memory works everywhere.
env.setdefault("OMPI_MCA_btl_vader_single_copy_mechanism", "none")
if os.geteuid() == 0:  # Open MPI refuses to run as root without both of these
    env["OMPI_ALLOW_RUN_AS_ROOT"] = "1"
    env["OMPI_ALLOW_RUN_AS_ROOT_CONFIRM"] = "1"


def check(condition, what, detail=""):
    """Prints the outcome; `detail` (what the program said) only when it failed."""
    print(("ok   " if condition else "FAIL ") + what, flush=True)
    if not condition:
        print("     " + detail.strip()[-600:].replace("\n", "\n     "), flush=True)
        failures.append(what)


def run(command, extra_env=None):
    return subprocess.run(command, capture_output=True, text=True, timeout=600,
                          env={**env, **(extra_env or {})})


def mpirun(ranks, *args, extra_env=None):
    oversubscribe = ["--oversubscribe"] if ranks > 2 else []
    return run([mpiexec, "-np", str(ranks), *oversubscribe, coach_mpi, *args], extra_env)


def read(path):
    with open(path, "rb") as file:
        return file.read()


def rejections(stderr, prefix):
    """The rejected-line messages "IN:LINE: POINTER: PROBLEM", each without its prefix."""
    return sorted(re.sub(prefix, "", line) for line in stderr.splitlines()
                  if re.match(prefix + r"\S+\.jsonl:\d+: ", line))


def compare(name, input_path, ranks_list, options=()):
    """coach cohort once, then coach-mpi on each number of ranks: the same bytes out."""
    one_out, one_summary = f"{work}/{name}.one.jsonl", f"{work}/{name}.one.json"
    one = run([coach, "cohort", input_path, "-o", one_out, "--summary", one_summary, *options])
    check(one.returncode == 0, f"{name}: coach cohort exits 0", one.stderr)
    for ranks in ranks_list:
        out, summary = f"{work}/{name}.np{ranks}.jsonl", f"{work}/{name}.np{ranks}.json"
        job = mpirun(ranks, "cohort", input_path, "-o", out, "--summary", summary, *options)
        check(job.returncode == 0, f"{name}, {ranks} ranks: exits 0", job.stderr)
        if job.returncode != 0:
            continue
        check(read(out) == read(one_out), f"{name}, {ranks} ranks: OUT byte for byte")
        check(read(summary) == read(one_summary), f"{name}, {ranks} ranks: summary byte for byte")
        check(rejections(job.stderr, r"coach-mpi: rank \d+: ") == rejections(one.stderr, "coach: "),
              f"{name}, {ranks} ranks: the same rejected lines, with the same line numbers")
        table = one.stderr[one.stderr.find("Cohort: "):]
        check(table != "" and table in job.stderr, f"{name}, {ranks} ranks: the same summary table")


shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)

# A few thousand athletes, with bad lines among them: not JSON, an invalid record, a blank line,
# spaces only, a line over the 1 MiB limit, a \r\n line break, and no line break at the end.
athletes = f"{work}/athletes.jsonl"
subprocess.run([coach, "synth", "--count", "3000", "--seed", "20", "-o", athletes], check=True)
lines = read(athletes).decode().split("\n")[:-1]
lines.insert(10, '{"schema": "coach.athlete/1", not json')
lines.insert(700, "")
lines.insert(1201, '{"schema":"coach.athlete/1","id":"no-injury"}')
lines.insert(1500, "   \t")
lines.insert(2200, '{"schema":"coach.athlete/1",' + " " * (1 << 20) + '"id":"too-long"}')
lines[2600] += "\r"
mixed = f"{work}/mixed.jsonl"
with open(mixed, "w") as file:
    file.write("\n".join(lines))  # the last line has no line break
compare("mixed", mixed, [1, 2, 3])
check(len(rejections(run([coach, "cohort", mixed, "-o", os.devnull]).stderr, "coach: ")) == 3,
      "mixed: three lines are rejected (not JSON, no injury, too long)")

# A record pretty-printed over lines 3 to 56 among one-line records, most of the file's bytes: a
# rank's share starts inside it, and the rank before reads it whole, one rejected record with one
# message naming its lines, as coach cohort does.
pretty = sys.argv[5]
compare("pretty", pretty, [2, 3])
job = mpirun(2, "cohort", pretty, "-o", os.devnull)
check(sum("a record over several lines (lines 3 to 56)" in line
          for line in job.stderr.splitlines()) == 1 and "Cohort: 5 records: 4 ok" in job.stderr,
      "pretty, 2 ranks: one message for the record over lines 3 to 56, 5 records", job.stderr)

# A record written a key per line whose list items open lines at column 1 (as one-line records
# do), among one-line records: a rank's share never starts inside it, as coach cohort reads it by
# its nesting, one rejected record over lines 4 to 18.
key_per_line = sys.argv[6]
compare("key-per-line", key_per_line, [2, 3])
for ranks in (2, 3):
    job = mpirun(ranks, "cohort", key_per_line, "-o", os.devnull)
    check("a record over several lines (lines 4 to 18)" in job.stderr
          and "Cohort: 12 records:" in job.stderr,
          f"key-per-line, {ranks} ranks: one record over lines 4 to 18, 12 records", job.stderr)

# Fewer lines than ranks, and no lines at all.
tiny = f"{work}/tiny.jsonl"
with open(tiny, "w") as file:
    file.write("\n".join(lines[:2]) + "\n")
compare("tiny", tiny, [3])
# No athletes at all: refused as coach cohort refuses it, exit 2, said once, nothing written.
empty = f"{work}/empty.jsonl"
open(empty, "w").close()
no_one = f"{empty}: holds no athlete records; expected one coach.athlete/1 JSON object per line"
one = run([coach, "cohort", empty, "-o", f"{work}/empty.one.jsonl"])
check(one.returncode == 2 and one.stderr == f"coach: {no_one}\n",
      "empty: coach cohort exits 2 naming the input", one.stderr)
job = mpirun(2, "cohort", empty, "-o", f"{work}/empty.np2.jsonl", "--summary",
             f"{work}/empty.np2.json")
check(job.returncode == 2 and job.stderr.count(no_one) == 1
      and f"coach-mpi: {no_one}" in job.stderr,
      "empty, 2 ranks: exits 2 naming the input, once", job.stderr)
check(not any(name.startswith("empty.np2") or name.startswith("empty.one")
              for name in os.listdir(work)),
      "empty: no output is written")

# A -p given twice runs once, with the warning coach cohort gives, from rank 0 alone.
job = mpirun(2, "cohort", tiny, "-o", f"{work}/twice.jsonl", "-p", "stretch-ice", "-p",
             "stretch-ice")
check(job.returncode == 0 and job.stderr.count("given more than once") == 1
      and "coach-mpi: rank 0: warning: -p stretch-ice is given more than once; it runs once, "
          "where first given\n" in job.stderr,
      "-p twice: runs once, warned once", job.stderr)

# The options of coach cohort mean the same: one philosophy, another day and horizon.
compare("options", mixed, [2], ["-p", "eccentric-strength", "--as-of", "2026-05-01", "--days", "20",
                                "--threads", "1"])

# Standard input cannot be split: a usage error, said once, exit 2.
job = mpirun(2, "cohort", "-", "-o", f"{work}/stdin.jsonl")
check(job.returncode == 2 and job.stderr.count("not standard input") == 1,
      "stdin: exit 2, said once", job.stderr)

# A rank that fails, or is killed, mid-run: non-zero, named, and OUT and the summary untouched.
for kind in ("throw", "kill"):
    out, summary = f"{work}/{kind}.jsonl", f"{work}/{kind}.json"
    for path in (out, summary):
        with open(path, "w") as file:
            file.write("before\n")
    before = sorted(os.listdir(work))
    job = mpirun(2, "cohort", mixed, "-o", out, "--summary", summary,
                 extra_env={"COACH_MPI_TEST_FAULT": f"{kind}:2900"})
    check(job.returncode != 0, f"{kind}: the job exits non-zero", job.stderr)
    if kind == "throw":
        check("coach-mpi: rank 1: line 2901: test fault after writing line 2900" in job.stderr,
              f"{kind}: names the rank and the line", job.stderr)
    else:
        check(re.search(r"rank 1 .*signal 9", job.stderr, re.S) is not None,
              f"{kind}: mpirun names the rank killed", job.stderr)
    check(read(out) == b"before\n" and read(summary) == b"before\n",
          f"{kind}: OUT and the summary are left as they were")
    check(sorted(os.listdir(work)) == before, f"{kind}: no file is left behind")

# An output that cannot be written: named, with the reason, as coach cohort names it.
job = mpirun(2, "cohort", mixed, "-o", "/dev/full")
check(job.returncode != 0
      and re.search(r"coach-mpi: rank 0: line \d+: /dev/full: cannot write: No space left on "
                    r"device", job.stderr) is not None,
      "/dev/full: the job exits non-zero naming the output and the reason", job.stderr)

# A summary that cannot be written: the file and the reason, not an input line (every line was
# planned and written by then).
job = mpirun(2, "cohort", tiny, "-o", f"{work}/summary-full.jsonl", "--summary", "/dev/full")
check(job.returncode != 0
      and "coach-mpi: rank 0: /dev/full: cannot write: No space left on device\n" in job.stderr
      and "rank 0: line" not in job.stderr,
      "--summary /dev/full: names the summary file and the reason, no line", job.stderr)
check(not os.path.exists(f"{work}/summary-full.jsonl"), "--summary /dev/full: OUT is not written")
# OUT is finished before the summary fails (cli::commit_together, as in coach cohort): its
# temporary file is removed before the job aborts.
check(not [name for name in os.listdir(work) if name.startswith(".summary-full.jsonl.")],
      "--summary /dev/full: no temporary file of OUT is left", str(os.listdir(work)))

# The decoder's warnings (tests/fixtures/cohort/warnings.jsonl: a grade read from a note, an
# unknown key, a clean record, a rejected record with an unknown key): the same "warnings" in the
# lines and the same count in the summary, and each warning named on stderr by the rank that read
# its record, as coach cohort names it.
fixtures = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fixtures", "cohort")
warned = os.path.join(fixtures, "warnings.jsonl")
compare("warnings", warned, [2])


def warning_lines(stderr, prefix):
    """The warning messages "IN:LINE: POINTER: MESSAGE", each without its prefix."""
    return sorted(re.sub(prefix, "", line) for line in stderr.splitlines()
                  if re.match(prefix + r"\S+\.jsonl:\d+: ", line))


one = run([coach, "cohort", warned, "-o", os.devnull])
job = mpirun(2, "cohort", warned, "-o", f"{work}/warned.np2.jsonl")
said = warning_lines(job.stderr, r"coach-mpi: rank \d+: warning: ")
check(job.returncode == 0 and len(said) == 3
      and said == warning_lines(one.stderr, "coach: warning: ")
      and "3 records with warnings, each listed in its result line" in job.stderr,
      "warnings, 2 ranks: the same three warnings as coach cohort, and counted", job.stderr)

# Many records with warnings: each rank names at most 10, then how many more it had.
with open(warned) as file:
    unknown_key = file.read().split("\n")[1]
many = f"{work}/many-warnings.jsonl"
with open(many, "w") as file:
    # 30 athletes: an id given twice would be warned about too
    file.write("".join(unknown_key.replace('"warn-02"', f'"warn-{100 + i}"') + "\n"
                       for i in range(30)))
job = mpirun(2, "cohort", many, "-o", f"{work}/many-warnings.np2.jsonl")
shown = {}
for rank in re.findall(r"^coach-mpi: rank (\d+): warning: \S+\.jsonl:\d+: ", job.stderr, re.M):
    shown[rank] = shown.get(rank, 0) + 1
more = re.findall(r"^coach-mpi: rank \d+: warning: \S+\.jsonl: (\d+) more warnings? not shown: "
                  r'see "warnings" in the result lines$', job.stderr, re.M)
check(job.returncode == 0 and shown and max(shown.values()) <= 10
      and sum(shown.values()) + sum(int(n) for n in more) == 30
      and "30 records with warnings" in job.stderr,
      "many warnings, 2 ranks: at most 10 lines a rank, and the rest counted", job.stderr)

print(f"{len(failures)} failed" if failures else "all passed")
sys.exit(1 if failures else 0)
