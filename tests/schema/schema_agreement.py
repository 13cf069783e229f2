"""What the two schema agreement checks share (check_schema.py for athlete records,
check_protocol_schema.py for protocol files): reading the command line, the schema's validator,
the pointer of a schema error, and the failure report with its exit code.
"""
import json
import os
import sys
from pathlib import Path

import jsonschema


def arguments(argv):
    """SOURCE_DIR and the built `coach` command, or None when it is not given or not built."""
    coach = argv[2] if len(argv) > 2 and os.access(argv[2], os.X_OK) else None
    return Path(argv[1]), coach


def validator(source, schema):
    """A Draft 2020-12 validator for `schema` (relative to SOURCE_DIR), itself checked first."""
    document = json.loads((source / schema).read_text())
    jsonschema.Draft202012Validator.check_schema(document)
    return jsonschema.Draft202012Validator(document)


def pointer(error):
    """Where a schema error is, as a JSON pointer: "/assessments/0/pain_rest"."""
    return "/" + "/".join(map(str, error.absolute_path))


def report(tool, failures, summary):
    """Each failure on stderr and the summary with their count on stdout, each line under the
    tool's name; 1 when there are failures, else 0."""
    for failure in failures:
        print(f"{tool}: {failure}", file=sys.stderr)
    print(f"{tool}: {summary}: {len(failures)} problem(s)")
    return 1 if failures else 0
