#!/usr/bin/env python3
"""sdk/schema/athlete.schema.json against the engine's reader of coach.athlete/1 records.

Usage: check_schema.py SOURCE_DIR [COACH]

Every record the engine accepts must pass the schema, and each structurally invalid record below
must fail it for the reason given. With COACH (the built `coach` command, when it exists), each
record's verdict is also checked against `coach check` (exit 0 valid, 2 invalid), so the test
fails when the schema and the decoder disagree on any record here. Exit 0 when all hold, 1 if not.
"""
import json
import subprocess
import sys

from schema_agreement import arguments, pointer, report, validator as schema_validator

# Folders under tests/fixtures/athletes whose records are not all valid; every other folder there
# holds only records the engine accepts. hostile/ holds inputs the JSON parser refuses (a
# byte-order mark, a repeated key, NaN, invalid UTF-8, ...), which no schema sees, and records
# invalid for reasons a schema cannot express (before_injury.json: an assessment dated before the
# injury); the few of it a schema can judge are listed in INVALID.
NOT_ALL_VALID = {"hostile", "invalid"}

# Structurally invalid records (relative to tests/fixtures/athletes) and why each fails the schema.
# Not here, as no schema can express them: an assessment or as_of before the injury date, a
# near misspelling of a red flag outside symptoms, a red flag
# named in free text but not recorded as a symptom (hostile/red_flag_in_notes.json is refused by
# the engine and asserted in record_cases_test), and the parse-level refusals of hostile/.
INVALID = {
    "invalid/pain_out_of_range.json": "pain_rest 11 is above the 0-10 pain scale",
    "invalid/pain_as_string.json": "pain_rest \"2\" is a string, not an integer",
    "invalid/grade_out_of_range.json": "injury grade 5 is not a grade 0-4",
    "invalid/unknown_site.json": "injury site \"d\" is not a, b or c",
    "invalid/missing_injury.json": "the required injury is missing",
    "invalid/unknown_symptom.json": "symptoms is strict: \"numbnes\" is not a symptom",
    "invalid/symptom_outside_symptoms.json": "a symptom's name outside symptoms may record a red flag",
    "invalid/assessment_unknown_key.json": "an assessment is strict: \"cannot_walk\" is unknown",
    "invalid/misspelt_measurement.json": "an assessment is strict: \"pain_rst\" is unknown",
    "invalid/review_lifts_nothing.json": "a clinician review must lift at least one red flag",
    "invalid/many_problems.json": "no id, age \"thirty\", grade 7, site d, 2026-02-30, ...",
    "hostile/wrong_type.json": "assessments is an object, not an array",
    "hostile/out_of_range.json": "strength_deficit_pct 140 is above 100",
    "hostile/huge_integer.json": "pain_rest 1.2e29 is above the 0-10 pain scale",
    "hostile/impossible_date.json": "2026-02-30 is not a calendar day",
    "invalid/dates_out_of_range.json": "0001-01-01, 2200-01-01, 9999-12-20, 1899-12-31 are "
                                       "outside 1900-01-01..2199-12-31",
    "invalid/injury_in_9999.json": "an injury on 9999-12-20 is outside 1900-01-01..2199-12-31",
}


def valid_records(source):
    fixtures = source / "tests/fixtures/athletes"
    records = sorted((source / "examples/athletes").glob("*.json"))
    records += sorted((source / "sdk/reference_athletes").glob("*.json"))
    for folder in sorted(p for p in fixtures.iterdir() if p.is_dir()):
        if folder.name not in NOT_ALL_VALID:
            records += sorted(folder.rglob("*.json"))
    return records


def engine_accepts(coach, path):
    result = subprocess.run([coach, "check", str(path)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, check=False)
    if result.returncode not in (0, 2):
        raise RuntimeError(f"coach check {path}: exit {result.returncode}: {result.stderr}")
    return result.returncode == 0


def main():
    source, coach = arguments(sys.argv)
    validator = schema_validator(source, "sdk/schema/athlete.schema.json")
    failures = []

    valid = valid_records(source)
    if len(valid) < 10:
        failures.append(f"only {len(valid)} valid records found under {source}")
    for path in valid:
        name = path.relative_to(source)
        errors = list(validator.iter_errors(json.loads(path.read_text())))
        for error in errors:
            failures.append(f"{name}: accepted by the engine, refused by the schema at "
                            f"{pointer(error)}: {error.message}")
        if coach and not engine_accepts(coach, path):
            failures.append(f"{name}: listed as valid, but coach check refuses it")

    for relative, reason in INVALID.items():
        path = source / "tests/fixtures/athletes" / relative
        if validator.is_valid(json.loads(path.read_text())):
            failures.append(f"{relative}: passes the schema, but should fail: {reason}")
        if coach and engine_accepts(coach, path):
            failures.append(f"{relative}: listed as invalid ({reason}), but coach check accepts it")

    checked = "schema and coach check" if coach else "schema only (no coach command built)"
    return report("check_schema", failures,
                  f"{len(valid)} valid and {len(INVALID)} invalid records, {checked}")


if __name__ == "__main__":
    sys.exit(main())
