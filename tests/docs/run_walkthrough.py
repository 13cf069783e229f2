#!/usr/bin/env python3
"""Runs a README's walk-through as written, so that the README cannot drift from the program.

Usage: run_walkthrough.py [--in FOLDER] README COACH

The walk-through is the fenced code blocks of README that follow these HTML comments (invisible
when the README is rendered), taken in order:

  <!-- walkthrough: file PATH -->       the block is written to PATH (relative to the work folder)
  <!-- walkthrough: run exit=N -->      the block is run with sh in the work folder; it must exit N
  <!-- walkthrough: output -->          the block is an excerpt of what the run before it printed
                                        (stdout, then stderr): its lines, trailing spaces aside,
                                        are printed lines one after the other, and a line of only
                                        "…" stands for printed lines left out

The work folder is a fresh temporary folder, or FOLDER with --in (a README whose commands run
from the project's root: the runs then read FOLDER, and a file step is refused so that nothing is
written there); `coach` on the PATH is COACH, with no COACH_PLUGIN_PATH. Exit 0 when every step
holds, 1 (after printing what differed) when not.
"""
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

MARKER = re.compile(r"^<!-- walkthrough: (file (?P<path>\S+)|run exit=(?P<exit>\d+)|output) -->$")


def steps(readme):
    """(kind, argument, block text, line number) for each marked block, in order."""
    lines = readme.splitlines()
    found = []
    index = 0
    while index < len(lines):
        marker = MARKER.match(lines[index].strip())
        index += 1
        if not marker:
            continue
        start = index
        if index >= len(lines) or not lines[index].startswith("```"):
            raise SystemExit(f"line {start}: a walkthrough marker must be followed by a fenced block")
        fence = lines[index][: len(lines[index]) - len(lines[index].lstrip("`"))]
        end = index + 1
        while end < len(lines) and lines[end].strip() != fence:
            end += 1
        block = "\n".join(lines[index + 1:end]) + "\n"
        if marker.group("path"):
            found.append(("file", marker.group("path"), block, start))
        elif marker.group("exit"):
            found.append(("run", int(marker.group("exit")), block, start))
        else:
            found.append(("output", None, block, start))
        index = end + 1
    return found


def shown_lines_missing(shown, printed):
    """The first shown line that is not where the excerpt puts it among the printed lines: the
    first shown line, or the first after a "…", anywhere after the lines matched before it; any
    other line right after the line above it. None when every shown line is."""
    printed_lines = [line.rstrip() for line in printed.splitlines()]
    shown_lines = [line.rstrip() for line in shown.splitlines()]
    while shown_lines and not shown_lines[-1]:
        shown_lines.pop()
    at = 0
    gap = True  # the next shown line may come after printed lines left out
    for line in shown_lines:
        if line.strip() == "…":
            gap = True
            continue
        if gap:
            try:
                at = printed_lines.index(line, at) + 1
            except ValueError:
                return line
            gap = False
        elif at < len(printed_lines) and printed_lines[at] == line:
            at += 1
        else:
            return line
    return None


def main():
    arguments = sys.argv[1:]
    folder = None
    if arguments[:1] == ["--in"]:
        folder = Path(arguments[1]).resolve()
        arguments = arguments[2:]
    if len(arguments) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    readme = Path(arguments[0])
    coach = Path(arguments[1]).resolve()
    walk = steps(readme.read_text(encoding="utf-8"))
    kinds = [kind for kind, *_ in walk]
    if "run" not in kinds or "output" not in kinds:
        print(f"run_walkthrough: {readme}: no walkthrough found", file=sys.stderr)
        return 1
    if folder is not None and "file" in kinds:
        print(f"run_walkthrough: {readme}: a file step would write into {folder}", file=sys.stderr)
        return 1
    os.umask(0o022)  # protocol files others may write are refused as untrusted
    environment = {k: v for k, v in os.environ.items() if k != "COACH_PLUGIN_PATH"}
    environment["PATH"] = f"{coach.parent}{os.pathsep}{environment.get('PATH', '/usr/bin:/bin')}"
    failures = []
    printed = None
    with tempfile.TemporaryDirectory(prefix="coach-walkthrough-") as temporary:
        work = folder or temporary
        for kind, argument, block, line in walk:
            where = f"{readme.name}:{line}"
            if kind == "file":
                path = Path(work) / argument
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(block, encoding="utf-8")
            elif kind == "run":
                result = subprocess.run(["sh", "-c", block], cwd=work, env=environment,
                                        capture_output=True, text=True, check=False)
                printed = result.stdout + result.stderr
                if result.returncode != argument:
                    failures.append(f"{where}: exit {result.returncode}, the README says "
                                    f"{argument}:\n{block}{printed}")
            else:
                if printed is None:
                    failures.append(f"{where}: output shown before any run")
                elif (missing := shown_lines_missing(block, printed)) is not None:
                    failures.append(f"{where}: the README shows\n  {missing}\nwhich the run did "
                                    f"not print (in this order); it printed:\n{printed}")
    for failure in failures:
        print(f"run_walkthrough: {failure}", file=sys.stderr)
    print(f"run_walkthrough: {readme}: {len(walk)} steps, {len(failures)} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
