#!/usr/bin/env python3
"""Every text of the plugins, protocols, examples, reference athletes and golden plans holds the
claims recorded in bundled_claims.txt, no more and no fewer: a change to the claim reader
(coach/sdk/wording.hpp) that changes the verdict on a bundled text is seen here.

Usage: check_bundled_claims.py ROOT CLAIMS_OF_TEXTS [--record]
The texts: each JSON string value of *.json and *.jsonl files and each string literal of *.cpp
and *.hpp files under plugins/, examples/, tests/fixtures/athletes/, tests/fixtures/protocols/valid/
and tests/fixtures/golden/.
"""
import json
import pathlib
import re
import subprocess
import sys

FOLDERS = ["plugins", "examples", "tests/fixtures/athletes", "tests/fixtures/protocols/valid",
           "tests/fixtures/golden"]
LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')


def strings(value, found):
    if isinstance(value, str):
        found.add(value)
    elif isinstance(value, dict):
        for item in value.values():
            strings(item, found)
    elif isinstance(value, list):
        for item in value:
            strings(item, found)


def texts(root):
    found = set()
    for folder in FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix == ".json" or path.suffix == ".jsonl":
                content = path.read_text(encoding="utf-8", errors="replace")
                chunks = [content] if path.suffix == ".json" else content.splitlines()
                for chunk in chunks:
                    try:
                        strings(json.loads(chunk), found)
                    except ValueError:
                        pass  # a fixture that is malformed on purpose
            elif path.suffix in (".cpp", ".hpp"):
                for match in LITERAL.finditer(path.read_text(encoding="utf-8", errors="replace")):
                    try:
                        found.add(json.loads('"' + match.group(1) + '"'))
                    except ValueError:
                        pass  # a C++ escape JSON does not have
    return sorted(found)


def main():
    root = pathlib.Path(sys.argv[1])
    reader = sys.argv[2]
    recorded = pathlib.Path(__file__).with_name("bundled_claims.txt")
    all_texts = texts(root)
    data = b"".join(text.encode("utf-8") + b"\0" for text in all_texts)
    out = subprocess.run([reader], input=data, capture_output=True, check=True).stdout
    found = out.decode("utf-8")
    if "--record" in sys.argv:
        recorded.write_text(found, encoding="utf-8")
        print(f"recorded the claims of {len(all_texts)} texts")
        return 0
    expected = recorded.read_text(encoding="utf-8")
    if found != expected:
        print(f"the claims of the {len(all_texts)} bundled texts changed:")
        for line in sorted(set(expected.splitlines()) - set(found.splitlines())):
            print("  no longer found: " + line)
        for line in sorted(set(found.splitlines()) - set(expected.splitlines())):
            print("  now found:       " + line)
        print("(check_bundled_claims.py ROOT READER --record records them anew)")
        return 1
    print(f"{len(all_texts)} texts, the same claims")
    return 0


if __name__ == "__main__":
    sys.exit(main())
