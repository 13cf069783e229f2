#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coach/export.hpp"
#include "coach/results.hpp"
#include "coach/sdk/athlete.hpp"
#include "coach/sdk/plan.hpp"

// JSON codecs for the data contract (docs/DATA.md): coach.athlete/1, coach.plan/1,
// coach.comparison/1. All functions are [thread-safe] and hold no state.
//
// Decoding is strict: one JSON document of at most 16 MiB and 32 levels, UTF-8 without a
// byte-order mark, nothing but whitespace after it, no repeated key in an object, no NaN,
// Infinity or comments. A syntax error names its line and column (in characters), and the
// character when it is not ASCII (e.g. "unexpected character U+201C").
namespace coach::json {

inline constexpr std::string_view athlete_schema = "coach.athlete/1";
inline constexpr std::string_view plan_schema = "coach.plan/1";
inline constexpr std::string_view comparison_schema = "coach.comparison/1";

// Documents larger than this are refused before they are parsed.
inline constexpr std::size_t max_record_bytes = 16 * 1024 * 1024;

// One problem in a document: the JSON pointer of the offending value and what was wrong,
// e.g. {"/assessments/1/pain_rest", "expected integer 0..10, got 11"}. The empty pointer is the
// whole document (text that is not JSON, say).
struct Problem {
    std::string pointer;
    std::string message;
    // For a warning about an unknown key: its value holds text, which is still read for red flags
    // (docs/DATA.md, "Red flags in free text"); the rest of the key is ignored.
    bool text_read = false;
    // A warning about a key the format does not know, whose value is ignored (text_read aside);
    // false for every other warning (words in free text that contradict what the record
    // records, docs/DATA.md, "Red flags in free text") and for problems. Tell warnings apart by
    // this, not by their wording.
    bool unknown_key = false;

    // "/assessments/1/pain_rest: expected integer 0..10, got 11", or the message alone for the
    // whole document.
    std::string to_string() const { return pointer.empty() ? message : pointer + ": " + message; }
    friend bool operator==(const Problem&, const Problem&) = default;
};

template <class T>
struct Decoded {
    std::optional<T> value;         // set only when problems is empty
    std::vector<Problem> problems;  // every problem found, in document order
    // Keys the format does not know, each with its pointer and "unknown field \"k\"" (with the
    // known key it is likely a misspelling of): their values are ignored. Set with or without a
    // value; a host may treat them as problems (coach check --strict does).
    std::vector<Problem> warnings;
};

// An athlete record plus the optional request fields a record file may carry (as_of,
// horizon_days).
struct AthleteFile {
    Athlete athlete;
    Request request;
};

// A coach.athlete/1 record. Unknown keys are warnings, except inside `symptoms` and
// `clinician_review`, where they are problems (a misspelt red flag must never be ignored), and
// except a key elsewhere that is, nearly is or holds a symptom or one of those two names;
// required identifiers (id, injury.region, log item exercise, review clinician) must not be
// empty; a symptom that is missing or null is not recorded. Every string but an identifier,
// date, enumeration or name (`goal.event`, `profile.sport`: "wheelchair rugby" is a game) is read
// for red flags and grades in words (docs/DATA.md): a red flag the words affirm over a record of
// it absent is set present, and a grade 4, or 3 at site c, they affirm over a lower recorded
// grade raises `injury`, each with a warning at the string's pointer.
COACH_ENGINE_API Decoded<AthleteFile> decode_athlete(std::string_view text);
COACH_ENGINE_API Decoded<Plan> decode_plan(std::string_view text);

// How an encoder lays its JSON out: on one line without spaces, or for people, indented by two
// spaces with a final newline (the bytes pretty() gives for the compact text).
enum class Layout : unsigned char { compact, indented };

// JSON with fields in the order docs/DATA.md lists them, compact unless `layout` says otherwise.
// A symptom that was not recorded is left out; a not_applicable plan carries its `reason`.
// Plans and comparisons are written straight to text, without a tree of values in between.
COACH_ENGINE_API std::string encode_athlete(const Athlete& athlete, const Request& request = {});
COACH_ENGINE_API std::string encode_plan(const Plan& plan, Layout layout = Layout::compact);
COACH_ENGINE_API std::string encode_comparison(const Comparison& comparison,
                                               Layout layout = Layout::compact);
COACH_ENGINE_API std::string encode_metrics(const Metrics& metrics);

// Any JSON text, indented by two spaces, for people. Throws boost::system::system_error when
// `compact_json` is not JSON. To indent a plan or comparison, ask its encoder for
// Layout::indented instead: that does not parse the text again.
COACH_ENGINE_API std::string pretty(std::string_view compact_json);

}  // namespace coach::json
