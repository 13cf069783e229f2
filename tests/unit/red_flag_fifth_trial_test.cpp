// Red flags written in words, fifth user trial (engine/src/json/red_flag_vocabulary.hpp): an
// improvement negated is a symptom that persists ("numbness no better"), a later affirmation
// wins over a denial ("numbness denied yesterday, present today"), a walking aid put away or used
// until an earlier day is none in use ("discharged from crutches", "crutches until day 3"),
// "walking aids" are an aid, not walking ("no walking aids"), and a label's denying value may say
// how it was found ("numbness: none reported"). Each wording is decoded in a record whose
// assessment records every red flag false (affirmed: a contradiction warning, the flag read
// present) or none (ordinary: no problem, no warning).
#include <gtest/gtest.h>

#include <array>
#include <string>
#include <vector>

#include "coach/json.hpp"
#include "red_flag_notes.hpp"

using coach::json::decode_athlete;
using coach::test::all_flags_false;
using coach::test::contradiction;
using coach::test::decode_saying;
using coach::test::expect_affirmed;
using coach::test::warnings_of;

namespace {

// `note` is ordinary words: nothing refused with no symptom recorded, no contradiction.
void expect_ordinary(const std::string& note, const std::string& date = "2026-10-02") {
    const auto unrecorded = decode_saying(note, "{}", date);
    EXPECT_TRUE(unrecorded.problems.empty()) << note << ": " << unrecorded.problems[0].to_string();
    const auto recorded = decode_saying(note, all_flags_false, date);
    ASSERT_TRUE(recorded.value) << note;
    EXPECT_TRUE(recorded.warnings.empty()) << note << ": " << recorded.warnings[0].to_string();
}

}  // namespace

// "No better", "not gone", "hasn't settled", "no improvement in": the symptom persists.
TEST(red_flag_fifth_trial, an_improvement_negated_affirms_the_nerve_symptom) {
    for (const auto& [note, quoted, flag] : std::vector<std::array<std::string, 3>>{
             {"numbness no better", "numbness", "numbness"},
             {"numbness not gone", "numbness", "numbness"},
             {"tingling hasn't settled", "tingling", "tingling"},
             {"no improvement in numbness", "numbness", "numbness"},
             {"numbness not improved", "numbness", "numbness"},
             {"numbness has not resolved", "numbness", "numbness"},
             {"numbness not fully resolved", "numbness", "numbness"},
             {"no change in the tingling", "tingling", "tingling"},
             {"tingling not yet eased", "tingling", "tingling"},
             {"numbness - no better", "numbness", "numbness"},
             {"numb heel, no better since Monday", "numb", "numbness"},
             {"no real improvement of the numbness", "numbness", "numbness"}}) {
        expect_affirmed(note, quoted, flag);
    }
    // The improvement itself, not negated, still doubts; a denial stays a denial.
    for (const std::string note : {"numbness resolved", "tingling settled",
                                   "no numbness, pain no better", "denies numbness"}) {
        const auto decoded = decode_saying(note, all_flags_false);
        ASSERT_TRUE(decoded.value) << note;
        EXPECT_TRUE(decoded.warnings.empty()) << note << ": " << warnings_of(decoded).front();
    }
}

// A later clause that affirms after a denial or a doubt wins.
TEST(red_flag_fifth_trial, a_later_affirmation_after_a_denial_wins) {
    for (const auto& [note, quoted, flag] : std::vector<std::array<std::string, 3>>{
             {"numbness denied yesterday, present today", "numbness", "numbness"},
             {"no numbness on Monday, present today", "numbness", "numbness"},
             {"denies tingling at rest, positive on running", "tingling", "tingling"},
             {"numbness: nil last week, returned today", "numbness", "numbness"},
             {"numbness resolved, came back today", "numbness", "numbness"},
             {"Numbness denied yesterday. Present today.", "Numbness", "numbness"},
             {"off crutches Monday, crutches present again", "crutches",
              "unable_to_bear_weight"}}) {
        expect_affirmed(note, quoted, flag);
    }
    for (const std::string note :
         {"numbness denied yesterday, not present today", "no numbness, slump positive",
          "numbness resolved. Pain present on stretch", "no tingling, no longer present"}) {
        const auto decoded = decode_saying(note, all_flags_false);
        ASSERT_TRUE(decoded.value) << note;
        EXPECT_TRUE(decoded.warnings.empty()) << note << ": " << warnings_of(decoded).front();
    }
}

// A walking aid put away, or used until a day before the words were written, is none in use;
// "walking aids" denied are no inability to walk.
TEST(red_flag_fifth_trial, a_walking_aid_put_away_or_of_an_earlier_day_is_ordinary) {
    for (const std::string note :
         {"discharged from crutches", "stopped using crutches", "weaned off crutches",
          "finished with crutches", "no walking aids", "no walking aid needed", "nil walking aids",
          "walks with no walking aids", "no walking frame"}) {
        expect_ordinary(note);
    }
    // Written on day 5 (2026-10-06): day 3 is over.
    for (const std::string note :
         {"crutches until day 3", "on crutches till day 4", "NWB up to day 2",
          "used crutches until day 3, now FWB", "crutches until day 3."}) {
        expect_ordinary(note, "2026-10-06");
    }
    const std::string weight = "unable_to_bear_weight";
    // Written on day 2: still in use; and put away negated is still in use.
    expect_affirmed("crutches until day 3", "crutches", weight, "2026-10-03");
    expect_affirmed("crutches until day 5", "crutches", weight, "2026-10-06");
    expect_affirmed("crutches until review", "crutches", weight, "2026-10-06");
    expect_affirmed("not discharged from crutches", "crutches", weight);
    expect_affirmed("hasn't stopped using crutches", "crutches", weight);
    expect_affirmed("not yet weaned off crutches", "crutches", weight);
    expect_affirmed("hasn't come off crutches", "crutches", weight);
    expect_affirmed("unable to walk without walking aids", "unable to walk", weight);
    expect_affirmed("no walking possible", "no walking possible", weight);
}

// A label's denying value followed by words of how it was found still denies.
TEST(red_flag_fifth_trial, a_denying_label_value_with_how_it_was_found_is_ordinary) {
    for (const std::string note :
         {"numbness: none reported", "N/T: nil noted", "tingling: none today",
          "numbness: none at present", "numbness - nil reported",
          "numbness: no, tingling: none reported"}) {
        expect_ordinary(note);
    }
    expect_affirmed("numbness: none reported, present on the left", "numbness", "numbness");
    expect_affirmed("numbness: no change", "numbness", "numbness");
}
