#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/athlete.hpp"

// What one note says of the red flags (red_flag_text.hpp): the matcher over the vocabulary of
// red_flag_vocabulary.hpp. [thread-safe] Pure functions.
//
// The clinical rule: numbness or tingling, being unable to bear weight and a palpable gap at the
// injury site each withhold every plan (docs/DATA.md, "Safety gate", the red-flag table:
// Heiderscheit et al. 2010, Ahmad et al. 2013), and red flags always win (docs/DESIGN.md). So a
// note that mentions one is read as saying it is there unless the reader recognises, whole, that
// the words deny it or say it has fully resolved:
// - a denial or a resolution counts only in its strict form (red_flag_clause.hpp): every word
//   after it accounted for ("no significant numbness", "numbness has resolved, mostly", "no
//   numbness (heel only)" are not denials);
// - a denial counts only when nothing after it in its clause, or behind a comma, undoes it (an
//   exception: "numbness denied except when sitting", "N/T nil bar prolonged sitting"; an
//   affirmation: "N/T - nil at rest / + on slump"), no later clause of its sentence or short next
//   sentence affirms it ("Numbness: no. Edit: yes", "denies numbness; on second questioning
//   admits to it"), and it is not asked ("Numbness gone? No.");
// - a resolution counts only when whole: hedged ("only partly resolved", "barely improved", "slow
//   to resolve") or still going ("improving", "easing", "improving, not gone") it is not one;
// - words that ask or date without denying ("possible rupture", "history of sciatica", "sciatic
//   nerve", "Dad on crutches", "crutches in 2019": red_flag_context.cpp) leave the flag to the
//   record: a record of it as absent answers them;
// - words that leave the flag open are no answer ("numbness cannot be excluded", "can't rule out
//   numbness", "not sure about numbness", "numbness not tested", "numbness unclear": vocabulary
//   `open_words`): the record's "absent" does not settle what the note says nobody knows.
// Anything else that names a flag is affirmed (Mention::affirmed), and a record of the flag as
// absent is then a contradiction the flag wins, with a warning quoting the words. Recognised
// denials: a negator before the words ("no", "denies", "free of", "absence of"), a trailing one
// ("numbness nil", "numbness-free", "numbness denied"), a label's value ("numbness: not present",
// "N/T: -", "N/T: resolved", "numbness/tingling: all nil"), a list under denied red flags ("red
// flags: none (numbness, tingling, NWB, gap)").
namespace coach::json::detail {

// A red flag a text mentions: `flag`, or either of `flag` and `also` when the words name both
// alike ("sciatic pain" is numbness or tingling), and the words that name it, as written.
struct Mention {
    RedFlag flag;
    RedFlag also;
    std::string word;
    // The words name the flag itself (or both nerve flags: "N&T", "loss of sensation", "foot
    // drop") and nothing recognised denies, doubts or dates it, or what did is undone ("unable to
    // stand", "no numbness except at night", "numbness improving"; not "no new numbness",
    // "numbness resolved", "possible rupture": red_flag_vocabulary.hpp, asks_only). A flag
    // doubted ("? numbness", "Gap? Unsure.") is affirmed: it is not excluded (trial 35).
    bool affirmed = false;
    // The words say it resolved at a time already passed ("tingling settled by day 1"), and so
    // answer themselves: no record of the flag is asked for (trial 36).
    bool settled = false;
    // The words name the flag itself and deny, resolve, date or condition it, and nothing undoes
    // that ("denies pins and needles", "numbness has gone completely", "history of sciatica"):
    // a log note that says so asks no assessment to record the flag (trial 41: a denial in the
    // log refused the record where the same words in an assessment were read as the denial they
    // are). An assessment's own note still asks its assessment to record the flag.
    bool denied = false;

    bool single() const { return flag == also; }
    bool covers(RedFlag other) const { return flag == other || also == other; }
};

// Every red flag `text` mentions, once each, in the order first met. `day`: the day since the
// injury (day 0) the text was written on, when known ("crutches until day 3" is over on day 4);
// `injury`: the date of the injury, when known ("crutches in 2019" dates from before it; with
// `day`, "numbness settled by 2026-10-09" written on 2026-10-06 has not settled yet).
std::vector<Mention> mentions_in(std::string_view text, std::optional<int> day = std::nullopt,
                                 std::optional<Date> injury = std::nullopt);

}  // namespace coach::json::detail
