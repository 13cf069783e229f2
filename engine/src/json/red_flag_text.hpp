#pragma once

#include <boost/json/value.hpp>

#include "coach/sdk/athlete.hpp"
#include "strict_json/object_reader.hpp"

// Red flags written in words. A record may say in free text what it should say as a symptom
// ("numbness and tingling since Tuesday", "cannot bear weight"): the safety gate reads only the
// symptoms, so a red flag left in text would let plans through. A string anywhere in the record
// (notes, a logged item's exercise, equipment, an unknown key's value) that mentions one is
// accepted only when the symptom is recorded (true or false) where the gate reads it, so that the
// clinician has said what the words mean:
// - in an assessment's text, by that assessment (in its clinician review's note, a flag the
//   review lifts counts as recorded);
// - in a log entry's text, by an assessment dated on or after the entry (the earliest that does);
// - anywhere else, by the latest assessment.
// Otherwise it is a problem at the string's JSON pointer naming the words and the symptom to
// record. Words that affirm a flag ("unable to stand", not "no new numbness" or "sciatica
// resolved": red_flag_mentions.hpp) where that assessment records it false are a contradiction:
// a warning at the pointer, and the flag is set present in that assessment, as red flags always
// win. A grade the words affirm worse than the recorded one, of a kind the gate stops on ("MRI:
// grade IV", "BAMIC 3c" over a recorded grade 2), raises the record's injury to it, with a
// warning at the pointer (grade_in_text.hpp). The vocabulary, the whole-word matching and the
// narrow negation rule are in red_flag_vocabulary.hpp. A false alarm asks for a symptom to be
// recorded; a missed flag lets plans by.
namespace coach::json::detail {

// Adds a problem for every string of `document` that mentions a red flag `athlete`'s assessments
// do not record as required above, and a warning for every contradiction, setting the flags the
// words affirm present and raising the injury to a worse grade they affirm in `athlete` (the
// record decoded from `document`). [thread-compatible]
void check_red_flags_in_text(const boost::json::value& document, Athlete& athlete,
                             strict_json::Problems& problems);

}  // namespace coach::json::detail
