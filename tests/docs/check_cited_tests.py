#!/usr/bin/env python3
"""Checks that every test a document cites exists, so that a renamed test cannot leave a rule
pointing at nothing.

Usage: check_cited_tests.py BIN_DIR DOCUMENT...

A cited test is a backquoted `suite.name` in a table row of DOCUMENT (the "Test" column of
docs/PHILOSOPHIES.md, say). The tests that exist are those the GoogleTest executables in BIN_DIR
(files ending in _test) list with --gtest_list_tests. Exit 0 when every cited test exists; 1, with
one line per missing test naming the document and its line, when not.
"""
import os
import re
import subprocess
import sys

CITED = re.compile(r"`([a-z][a-z0-9_]*\.[a-z][a-z0-9_]*)`")


def existing_tests(bin_dir):
    names = set()
    for entry in sorted(os.listdir(bin_dir)):
        path = os.path.join(bin_dir, entry)
        if not entry.endswith("_test") or not os.access(path, os.X_OK):
            continue
        listed = subprocess.run([path, "--gtest_list_tests"], capture_output=True, text=True,
                                check=True).stdout
        suite = None
        for line in listed.splitlines():
            if not line.startswith(" "):
                suite = line.strip().rstrip(".").split("/")[-1]
            elif suite:
                names.add(f"{suite}.{line.split()[0]}")
    return names


def main():
    if len(sys.argv) < 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    tests = existing_tests(sys.argv[1])
    missing = 0
    cited = 0
    for document in sys.argv[2:]:
        with open(document, encoding="utf-8") as text:
            for number, line in enumerate(text, 1):
                if not line.startswith("|"):
                    continue
                for name in CITED.findall(line):
                    if "." in name and not name.endswith((".cpp", ".hpp", ".json", ".md")):
                        cited += 1
                        if name not in tests:
                            missing += 1
                            print(f"{document}:{number}: cites test {name}, which does not exist")
    if cited == 0:
        print("no test is cited: is this the right document?")
        return 1
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
