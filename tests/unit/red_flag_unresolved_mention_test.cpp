// Red flags written in words, sixth user trial (engine/src/json/red_flag_mentions.hpp): a mention
// of a red flag stops unless the words plainly deny it or say it has fully resolved. A denial an
// exception, an affirmation or a question undoes, a resolution hedged or still going, and other
// words for being unable to bear weight, a gap and a loss of nerve function are flags; plain
// denials written other ways ("numbness: not present", "N/T: -", "free of numbness", "red flags:
// none (numbness, tingling)") are not. Each wording is decoded in a record whose assessment
// records every red flag false (a flag: a contradiction warning quoting the words, the flag read
// present) or none (ordinary: no problem, no warning).
#include <gtest/gtest.h>

#include <array>
#include <string>
#include <vector>

#include "coach/json.hpp"
#include "red_flag_notes.hpp"

using coach::json::decode_athlete;
using coach::test::all_flags_false;
using coach::test::decode_saying;
using coach::test::warnings_of;

namespace {

// `note` affirms `flag` (and `also`, when the words name both nerve flags), quoting `quoted`:
// the one warning is the contradiction, and each flag is read present.
void expect_flag(const std::string& note, const std::string& quoted, const std::string& flag,
                 const std::string& also = "") {
    const auto decoded = decode_saying(note, all_flags_false);
    ASSERT_TRUE(decoded.value) << note << ": " << decoded.problems.front().to_string();
    std::string records = "symptoms." + flag + " false";
    if (!also.empty()) {
        records += " and symptoms." + also + " false";
    }
    EXPECT_EQ(warnings_of(decoded),
              std::vector<std::string>{
                  "/assessments/0/notes: mentions \"" + quoted + "\", but this assessment records "
                  + records
                  + ": the words contradict the record, and the red flag is read as present (red "
                    "flags win); correct the one that is wrong"})
        << note;
    for (const auto& name : {flag, also}) {
        if (!name.empty()) {
            EXPECT_EQ(coach::finding(decoded.value->athlete.assessments[0].symptoms,
                                     *coach::parse_enum<coach::RedFlag>(name)),
                      coach::Finding::present)
                << note << ": " << name;
        }
    }
}

void expect_nerve_flags(const std::string& note, const std::string& quoted) {
    expect_flag(note, quoted, "numbness", "tingling");
}

// `note` is ordinary words: nothing refused with no symptom recorded, no contradiction.
void expect_ordinary(const std::string& note) {
    const auto unrecorded = decode_saying(note, "{}");
    EXPECT_TRUE(unrecorded.problems.empty()) << note << ": " << unrecorded.problems[0].to_string();
    const auto recorded = decode_saying(note, all_flags_false);
    ASSERT_TRUE(recorded.value) << note;
    EXPECT_TRUE(recorded.warnings.empty()) << note << ": " << recorded.warnings[0].to_string();
}

// `note` mentions a flag without affirming it: a record of it as absent answers it.
void expect_answered(const std::string& note) {
    const auto recorded = decode_saying(note, all_flags_false);
    ASSERT_TRUE(recorded.value) << note;
    EXPECT_TRUE(recorded.warnings.empty()) << note << ": " << recorded.warnings[0].to_string();
}

using Rows = std::vector<std::array<std::string, 3>>;

}  // namespace

// An exception after a denial, with or without a comma, leaves the flag standing.
TEST(red_flag_unresolved_mention, a_denial_then_an_exception_is_a_flag) {
    for (const auto& [note, quoted, flag] :
         Rows{{"numbness denied except when sitting", "numbness", "numbness"},
              {"N/T nil bar prolonged sitting", "N/T", "numbness"},
              {"numbness denied apart from when driving", "numbness", "numbness"},
              {"no tingling other than on long drives", "tingling", "tingling"},
              {"numbness denied but for a patch on the heel", "numbness", "numbness"},
              {"tingling denied unless sitting long", "tingling", "tingling"},
              {"no numbness save for the heel", "numbness", "numbness"},
              {"tingling denied, other than after driving", "tingling", "tingling"},
              {"numbness nil unless sitting for an hour", "numbness", "numbness"},
              {"numbness denied but some at night", "numbness", "numbness"},
              {"numbness resolved, yet some on sitting", "numbness", "numbness"}}) {
        if (quoted == "N/T") {
            expect_nerve_flags(note, quoted);
        } else {
            expect_flag(note, quoted, flag);
        }
    }
    for (const std::string note : {"no numbness", "numbness denied", "N/T nil",
                                   "no numbness; bar work from week 2", "no tingling yet"}) {
        expect_ordinary(note);
    }
    // A contrast about another matter is no exception to the denial or the resolution.
    for (const std::string note :
         {"numbness resolved, but hamstring still tight", "no tingling, but pain on stretch",
          "numbness denied but hamstring tender"}) {
        expect_answered(note);
    }
}

// A later "yes", "admits", "present" or "+" after a denial, in other words, wins.
TEST(red_flag_unresolved_mention, a_denial_then_an_affirmation_in_other_words_is_a_flag) {
    for (const auto& [note, quoted, flag] :
         Rows{{"Numbness: no. Edit: yes", "Numbness", "numbness"},
              {"denies numbness; on second questioning admits to it", "numbness", "numbness"},
              {"tingling: no. Update: yes", "tingling", "tingling"},
              {"numbness denied; later admitted to it", "numbness", "numbness"},
              {"numbness: none at rest. Now present.", "numbness", "numbness"},
              {"denies numbness; on review endorses it", "numbness", "numbness"}}) {
        expect_flag(note, quoted, flag);
    }
    expect_nerve_flags("N/T - nil at rest / + on slump", "N/T");
    expect_flag("no tingling at rest / + with slump", "tingling", "tingling");
    for (const std::string note :
         {"no numbness present", "numbness: none at present", "numbness denied. Pain present.",
          "numbness: no. Edit: not present", "no tingling, no longer present"}) {
        expect_ordinary(note);
    }
}

// Only a resolution said whole and not asked answers a mention: one hedged ("partly", "barely",
// "slow to"), still going ("improving", "easing") or asked ("gone?") is a flag.
TEST(red_flag_unresolved_mention, a_resolution_not_said_whole_is_a_flag) {
    for (const auto& [note, quoted, flag] :
         Rows{{"numbness only partly resolved", "numbness", "numbness"},
              {"numbness barely improved", "numbness", "numbness"},
              {"numbness improving, not gone", "numbness", "numbness"},
              {"numbness slow to resolve", "numbness", "numbness"},
              {"Numbness gone? No.", "Numbness", "numbness"},
              {"numbness partially resolved", "numbness", "numbness"},
              {"tingling nearly gone", "tingling", "tingling"},
              {"numbness slowly improving", "numbness", "numbness"},
              {"tingling easing, but not gone", "tingling", "tingling"},
              {"numbness resolved?", "numbness", "numbness"},
              {"Tingling settled? No.", "Tingling", "tingling"}}) {
        expect_flag(note, quoted, flag);
    }
    // ("? avulsion" is a possible complete tear, which the grade reader reads as grade 4:
    // red_flag_text_test asserts its warning.)
    for (const std::string note :
         {"numbness resolved", "tingling settled", "numbness gone", "numbness fully resolved"}) {
        expect_answered(note);
    }
}

TEST(red_flag_unresolved_mention, other_words_for_being_unable_to_bear_weight_are_flags) {
    const std::string weight = "unable_to_bear_weight";
    for (const auto& [note, quoted] : std::vector<std::array<std::string, 2>>{
             {"unable to ambulate", "unable to ambulate"},
             {"non-ambulant", "non-ambulant"},
             {"non ambulant", "non ambulant"},
             {"cannot ambulate", "cannot ambulate"},
             {"using a walker", "walker"},
             {"mobilising with a walker", "walker"},
             {"on sticks", "sticks"},
             {"mobilising on two sticks", "sticks"},
             {"needs assistance to walk", "assistance to walk"},
             {"requires assistance to walk", "assistance to walk"},
             {"hopping only", "hopping only"},
             {"can only hop", "only hop"}}) {
        expect_flag(note, quoted, weight);
    }
    for (const std::string note :
         {"keen walker", "sticks to the plan well", "hop tests only from week 3",
          "walks unassisted", "walking independently, no assistance needed", "ambulant",
          "ambulating normally"}) {
        expect_ordinary(note);
    }
}

TEST(red_flag_unresolved_mention, other_words_for_a_gap_or_an_avulsion_are_flags) {
    const std::string gap = "palpable_gap";
    for (const auto& [note, quoted] : std::vector<std::array<std::string, 2>>{
             {"discontinuity on palpation", "discontinuity"},
             {"discontinuity felt at the proximal tendon", "discontinuity"},
             {"palpable discontinuity", "palpable discontinuity"},
             {"loss of continuity of the tendon", "loss of continuity"},
             {"lost continuity at the insertion", "lost continuity"},
             {"pulled off the ischial tuberosity", "pulled off the ischial tuberosity"},
             {"tendon torn off the tuberosity", "torn off the tuberosity"},
             {"step off palpable", "step off"},
             {"step-off palpable", "step-off"},
             {"step off felt", "step off"}}) {
        expect_flag(note, quoted, gap);
    }
    for (const std::string note :
         {"step off the box with control", "discontinued the bands", "tendon continuity intact",
          "no discontinuity on palpation", "tender at the ischial tuberosity"}) {
        expect_ordinary(note);
    }
}

// A loss of sensation, a foot drop and symptoms reproduced into the foot are nerve symptoms
// themselves: both nerve flags.
TEST(red_flag_unresolved_mention, a_loss_of_nerve_function_is_both_nerve_flags) {
    for (const auto& [note, quoted] : std::vector<std::array<std::string, 2>>{
             {"loss of sensation", "loss of sensation"},
             {"reduced sensation", "reduced sensation"},
             {"diminished sensation over the heel", "diminished sensation"},
             {"absent sensation over the sole", "absent sensation"},
             {"sensory loss on the lateral foot", "sensory loss"},
             {"drop foot", "drop foot"},
             {"foot drop", "foot drop"},
             {"SLR reproduces symptoms into the foot", "reproduces symptoms into the foot"}}) {
        expect_nerve_flags(note, quoted);
    }
    for (const std::string note :
         {"no loss of sensation", "sensation intact", "SLR reproduces hamstring pain"}) {
        expect_ordinary(note);
    }
}

// Plain denials written other ways deny: no mention, nothing to record, no contradiction.
TEST(red_flag_unresolved_mention, plain_denials_in_other_words_are_ordinary) {
    for (const std::string note : {"numbness: not present",
                                   "tingling: not present",
                                   "numbness: not reported",
                                   "N/T: -",
                                   "N/T = -",
                                   "numbness: -, tingling: -",
                                   "N/T: resolved",
                                   "tingling: resolved",
                                   "numbness/tingling: all nil",
                                   "numbness and tingling: both negative",
                                   "N/T: all nil",
                                   "red flags: none (numbness, tingling, NWB, gap)",
                                   "no red flags (numbness, tingling, NWB)",
                                   "Red flags: nil (N/T, unable to WB, gap)",
                                   "free of numbness",
                                   "free of tingling",
                                   "numbness-free",
                                   "tingling free",
                                   "pain-free, numbness-free",
                                   "absence of numbness",
                                   "absence of tingling"}) {
        expect_ordinary(note);
    }
    // A denied list that excepts or affirms is no plain denial.
    expect_flag("red flags: none (numbness except at night)", "numbness", "numbness");
    expect_flag("numbness: not present, except when sitting", "numbness", "numbness");
}

// Words that leave a flag open are no denial: nobody knows, so the flag wins over a record of it
// as absent (the seventh trial: "numbness cannot be excluded" went ahead).
TEST(red_flag_unresolved_mention, a_flag_left_open_is_a_flag) {
    for (const auto& [note, quoted, flag] :
         Rows{{"numbness cannot be excluded", "numbness", "numbness"},
              {"can't rule out numbness", "numbness", "numbness"},
              {"cannot exclude tingling in the foot", "tingling", "tingling"},
              {"tingling not ruled out", "tingling", "tingling"},
              {"not sure about numbness", "numbness", "numbness"},
              {"unsure whether numbness", "numbness", "numbness"},
              {"numbness not tested", "numbness", "numbness"},
              {"numbness not assessed today", "numbness", "numbness"},
              {"numbness unclear", "numbness", "numbness"},
              {"tingling: uncertain", "tingling", "tingling"},
              {"palpable gap cannot be excluded", "palpable gap", "palpable_gap"}}) {
        expect_flag(note, quoted, flag);
    }
    // Denials and exclusions said plainly still answer the record.
    for (const std::string note :
         {"numbness excluded", "tingling ruled out", "no numbness, sensation not tested",
          "numbness denied; slump not tested", "no numbness"}) {
        expect_answered(note);
    }
}
