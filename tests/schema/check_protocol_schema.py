#!/usr/bin/env python3
"""sdk/schema/protocol.schema.json against the protocol plugin's reader of coach.protocol/1 files.

Usage: check_protocol_schema.py SOURCE_DIR [COACH]

Every protocol file the plugin accepts must pass the schema, and every file it refuses must fail
the schema too, unless it is listed in LOADER_ONLY with the rule no JSON Schema can express. With
COACH (the built `coach` command, when it exists), each file's verdict is also checked against
`coach validate-plugin FILE` (exit 0 valid, 3 invalid), so the test fails when the schema and the
plugin disagree on any file here. The valid and invalid files are found by globbing, so that a
fixture dropped into tests/fixtures/protocols/valid or invalid is checked without editing this
script. Exit 0 when all hold, 1 if not.
"""
import json
import subprocess
import sys

from schema_agreement import arguments, pointer, report, validator as schema_validator

FIXTURES = "tests/fixtures/protocols"

# Files that must pass both, beyond FIXTURES/valid/*.protocol.json: the bundled protocols, and the
# folders other tests load whole as plugin folders (so they cannot move into valid/).
VALID_ELSEWHERE = [
    "plugins/protocol/protocols/*.protocol.json",
    f"{FIXTURES}/long-names/*.protocol.json",
    f"{FIXTURES}/mixed/fixture-good.protocol.json",
    # A region no reference athlete has: valid, and warned by coach validate-plugin.
    f"{FIXTURES}/regions/hamstrng-typo.protocol.json",
    # Names that hold a word of fitness or an aim, not a verdict (docs/DATA.md, "Protocol names").
    f"{FIXTURES}/names/fit.protocol.json",
    f"{FIXTURES}/names/hamstring-fit.protocol.json",
    f"{FIXTURES}/names/notes3fit.protocol.json",
    f"{FIXTURES}/names/match-fit-prep.protocol.json",
    f"{FIXTURES}/names/back-to-play.protocol.json",
    f"{FIXTURES}/names/play-ready.protocol.json",
]

# Files that must fail both, beyond FIXTURES/invalid/*.protocol.json, for the same reason.
INVALID_ELSEWHERE = [
    f"{FIXTURES}/mixed/broken.protocol.json",
    f"{FIXTURES}/early/nordic-from-day-0.protocol.json",
    # Names that give a clearance.
    f"{FIXTURES}/names/all-clear-2024.protocol.json",
    f"{FIXTURES}/names/fit-for-sport.protocol.json",
]

# Invalid files (relative to the source tree) that pass the schema, each with the rule it breaks
# that no JSON Schema can express: the plugin (or, for the last, validate-plugin's planning of the
# reference athletes through the safety gate) refuses them, the schema cannot. Every other invalid
# file must fail the schema. A file listed here that the schema does refuse is reported, so that
# the list never hides a rule the schema learnt.
LOADER_ONLY = {
    f"{FIXTURES}/invalid/not-json.protocol.json":
        "not JSON at all: the parser refuses it before any schema sees it",
    f"{FIXTURES}/invalid/repeated-key.protocol.json":
        "a key twice in one object: JSON parsers keep one value, and the schema sees only that",
    f"{FIXTURES}/invalid/unknown-exercise.protocol.json":
        "an exercise must be in the engine's catalog or in /exercises, which a schema cannot look up",
    f"{FIXTURES}/invalid/missing-volume.protocol.json":
        "the volume an item needs depends on its exercise's catalog category",
    f"{FIXTURES}/invalid/sprint-before-day-3.protocol.json":
        "sprinting needs a days_since_injury entry of at least 3 on this phase or an earlier one",
    f"{FIXTURES}/invalid/week-out-of-order.protocol.json":
        "week numbers must run on from the previous entry's last week",
    f"{FIXTURES}/invalid/wrong-name.protocol.json":
        "/name must equal the file's name without .protocol.json",
    f"{FIXTURES}/invalid/no-weekdays.protocol.json":
        "a week's session count must have weekdays in its own days or in /schedule",
    f"{FIXTURES}/invalid/range-backwards.protocol.json":
        "a reps range's to must be at least its from",
    f"{FIXTURES}/invalid/sets-disagree-with-scheme.protocol.json":
        "sets must equal the length of a per-set reps list",
    f"{FIXTURES}/invalid/misspelt-exercise.protocol.json":
        "an exercise must be in the engine's catalog or in /exercises, which a schema cannot look up",
    f"{FIXTURES}/invalid/schedule-day-beyond-max-days.protocol.json":
        "an on_days day must fall within its phase's max_days, a comparison of two values",
    f"{FIXTURES}/invalid/schedule-day-beyond-weeks.protocol.json":
        "an on_days day must fall within its phase's weeks when nothing can hold the phase longer, "
        "which depends on its criteria and on the next phase's",
    f"{FIXTURES}/invalid/schedule-day-outside-its-week.protocol.json":
        "an on_days day must fall within the days of the week that holds the item, which depend "
        "on the weeks before it",
    f"{FIXTURES}/invalid/contradictory-criteria.protocol.json":
        "bounds of one criterion must leave a value (at_least 3 with at_most 1), a comparison of "
        "two values",
    f"{FIXTURES}/invalid/criteria-range-without-value.protocol.json":
        "bounds of one criterion must leave a whole number (above 3 with below 4), a comparison "
        "of two values",
    f"{FIXTURES}/invalid/Nordic_V2.protocol.json":
        "the file's name must be a protocol name, and a schema sees the content, not the name",
    f"{FIXTURES}/early/nordic-from-day-0.protocol.json":
        "reads well, but its plans load eccentrically on the day of injury and the safety gate "
        "refuses them when validate-plugin plans the reference athletes from their injury day",
}


def glob_all(source, patterns):
    found = []
    for pattern in patterns:
        matches = sorted(source.glob(pattern))
        if not matches:
            raise RuntimeError(f"nothing matches {pattern} under {source}")
        found += matches
    return found


def schema_errors(validator, path):
    """The schema's problems with the file, or None when it is not JSON the schema can see."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    return [f"{pointer(e)}: {e.message}" for e in validator.iter_errors(document)]


def plugin_accepts(coach, path):
    result = subprocess.run([coach, "validate-plugin", str(path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, check=False)
    if result.returncode not in (0, 3):
        raise RuntimeError(f"coach validate-plugin {path}: exit {result.returncode}: "
                           f"{result.stdout}{result.stderr}")
    return result.returncode == 0, result.stdout


def main():
    source, coach = arguments(sys.argv)
    validator = schema_validator(source, "sdk/schema/protocol.schema.json")
    failures = []

    valid = glob_all(source, [f"{FIXTURES}/valid/*.protocol.json"] + VALID_ELSEWHERE)
    invalid = glob_all(source, [f"{FIXTURES}/invalid/*.protocol.json"] + INVALID_ELSEWHERE)
    for stale in sorted(set(LOADER_ONLY) - {str(p.relative_to(source)) for p in invalid}):
        failures.append(f"{stale}: listed as loader only, but not an invalid fixture")

    for path in valid:
        name = path.relative_to(source)
        errors = schema_errors(validator, path)
        if errors is None:
            failures.append(f"{name}: listed as valid, but not JSON")
        for error in errors or []:
            failures.append(f"{name}: valid, but the schema refuses it at {error}")
        if coach:
            accepted, output = plugin_accepts(coach, path)
            if not accepted:
                failures.append(f"{name}: valid, but coach validate-plugin refuses it:\n{output}")

    for path in invalid:
        name = str(path.relative_to(source))
        errors = schema_errors(validator, path)
        reason = LOADER_ONLY.get(name)
        if reason is None and not errors:
            failures.append(f"{name}: invalid, but passes the schema (fix the schema, or list it "
                            f"in LOADER_ONLY with the rule a schema cannot express)")
        if reason is not None and errors:
            failures.append(f"{name}: listed as loader only ({reason}), but the schema refuses "
                            f"it too at {errors[0]}: take it off the list")
        if coach and plugin_accepts(coach, path)[0]:
            failures.append(f"{name}: invalid, but coach validate-plugin accepts it")

    checked = "schema and coach validate-plugin" if coach else "schema only (no coach built)"
    return report("check_protocol_schema", failures,
                  f"{len(valid)} valid and {len(invalid)} invalid protocol files "
                  f"({len(LOADER_ONLY)} loader only), {checked}")


if __name__ == "__main__":
    sys.exit(main())
