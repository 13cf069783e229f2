#pragma once

#include <boost/json/value.hpp>

#include "coach/sdk/athlete.hpp"
#include "strict_json/object_reader.hpp"

// Red flags written in words. A record may say in free text what it should say as a symptom
// ("numbness and tingling since Tuesday", "cannot bear weight"): the safety gate reads only the
// symptoms, so a red flag left in text would let plans through. A string anywhere in the record
// that mentions one is accepted only when the symptom is recorded (true or false) where the
// gate reads it, so that the clinician has said what the words mean:
// - in an assessment's text, by that assessment (in its clinician review's note, a flag the
//   review lifts counts as recorded);
// - in a log entry's text, by an assessment dated on or after the entry;
// - anywhere else, by the latest assessment.
// Otherwise it is a problem at the string's JSON pointer naming the word and the symptom to record.
// Words are read whole ("numb", not "number"; inflections are listed), and abbreviations with
// their punctuation ("n.w.b.", "P&N", "N+T", "c/o n/t"). A negation is a mention too, except where
// "no", "without", "w/o", "denies", "nil" or "negative" applies directly to a word that names a
// flag in its clause ("no retraction", "walks without crutches", "neural tension test negative");
// wordings that are symptoms by their negator ("no sensation", "can't feel", "unable to WB") are
// always mentions, and so is every other negation ("no new numbness"): only the clinician can say
// what those mean. A false alarm asks for a symptom to be recorded; a missed flag lets plans by.
namespace coach::json::detail {

// Adds a problem for every string of `document` that mentions a red flag `athlete`'s assessments
// do not record as required above. [thread-compatible]
void check_red_flags_in_text(const boost::json::value& document, const Athlete& athlete,
                             strict_json::Problems& problems);

}  // namespace coach::json::detail
