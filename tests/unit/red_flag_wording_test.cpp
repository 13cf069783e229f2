// Red flags written in words, third and fourth user trials
// (engine/src/json/red_flag_vocabulary.hpp): words that read like a negation but affirm ("no
// longer able to bear weight", "never without crutches"), words that end a negation ("yet",
// "save", "barring", "excluding"), also after a label's value ("numbness: no, except at night"),
// spellings joined, split, hyphenated or in full-width letters, a nought per cent or alone,
// "shooting" the sport, other words for a palpable gap, labels that name flags together
// ("numbness/tingling: no") and walking aids of the first days only. Each wording is decoded in a
// record whose assessment records every red flag false, so that words affirming a flag are a
// warning at their pointer and the flag is read present (red flags win), and ordinary words change
// nothing.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "coach/json.hpp"
#include "red_flag_notes.hpp"
#include "support.hpp"

using coach::json::decode_athlete;
using coach::test::all_flags_false;
using coach::test::contradiction;
using coach::test::decode_saying;
using coach::test::warnings_of;

namespace {

// The problem at assessment `index`'s notes that quote `quoted` when `symptom` is not recorded.
std::string unrecorded(const std::string& quoted, const std::string& symptom, int index = 0) {
    return "/assessments/" + std::to_string(index) + "/notes: mentions \"" + quoted
           + "\", but this assessment does not record symptoms." + symptom
           + ": record it (true or false) so that the safety gate can act on it";
}

// `note` affirms `flag` (quoting `quoted`): with the flag recorded false, the one warning is the
// contradiction at the note's pointer, and the flag is read present.
void expect_affirmed(const std::string& note, const std::string& quoted, const std::string& flag) {
    const auto decoded = decode_saying(note, all_flags_false);
    ASSERT_TRUE(decoded.value) << note << ": " << decoded.problems.front().to_string();
    ASSERT_EQ(decoded.warnings.size(), 1u) << note;
    EXPECT_EQ(decoded.warnings[0].to_string(), contradiction(quoted, "symptoms." + flag + " false"))
        << note;
    const auto& symptoms = decoded.value->athlete.assessments[0].symptoms;
    EXPECT_EQ(coach::finding(symptoms, *coach::parse_enum<coach::RedFlag>(flag)),
              coach::Finding::present)
        << note;
}

// `note` mentions `flag` (quoting `quoted`): with no symptom recorded it is refused, naming it.
void expect_mention(const std::string& note, const std::string& quoted, const std::string& flag) {
    const auto decoded = decode_saying(note, "{}");
    ASSERT_FALSE(decoded.problems.empty()) << note << ": read as ordinary words";
    EXPECT_EQ(decoded.problems[0].to_string(), unrecorded(quoted, flag)) << note;
}

// `note` does not contradict a record of every flag as false: no warning.
void expect_no_contradiction(const std::string& note) {
    const auto recorded = decode_saying(note, all_flags_false);
    ASSERT_TRUE(recorded.value) << note;
    EXPECT_TRUE(recorded.warnings.empty()) << note << ": " << recorded.warnings[0].to_string();
}

// `note` is ordinary words: nothing refused with no symptom recorded, and no contradiction.
void expect_ordinary(const std::string& note, const std::string& date = "2026-10-02") {
    const auto unrecorded = decode_saying(note, "{}", date);
    EXPECT_TRUE(unrecorded.problems.empty()) << note << ": " << unrecorded.problems[0].to_string();
    const auto recorded = decode_saying(note, coach::test::all_flags_false, date);
    ASSERT_TRUE(recorded.value) << note;
    EXPECT_TRUE(recorded.warnings.empty()) << note << ": " << recorded.warnings[0].to_string();
}

struct Affirmed {
    std::string note;
    std::string quoted;
    std::string flag;
};

// Each note of `said` affirms its flag (expect_affirmed).
void expect_each_affirmed(const std::vector<Affirmed>& said) {
    for (const auto& [note, quoted, flag] : said) {
        expect_affirmed(note, quoted, flag);
    }
}

// Each of `notes` is ordinary words (expect_ordinary).
void expect_each_ordinary(const std::vector<std::string>& notes) {
    for (const auto& note : notes) {
        expect_ordinary(note);
    }
}

std::vector<std::string> problems_of(const coach::json::Decoded<coach::json::AthleteFile>& d) {
    std::vector<std::string> out;
    for (const auto& problem : d.problems) {
        out.push_back(problem.to_string());
    }
    return out;
}

}  // namespace

// "No longer able", "no more weight bearing", "yet to weight bear": the ability has ceased or not
// yet come, so the words say the athlete cannot bear weight, as "unable" does.
TEST(red_flag_wording, no_longer_no_more_and_yet_to_bear_weight_affirm_the_inability) {
    const std::vector<Affirmed> said = {
        {"no longer able to bear weight", "no longer able to bear", "unable_to_bear_weight"},
        {"no longer weight bearing", "no longer weight", "unable_to_bear_weight"},
        {"no more weight bearing", "no more weight", "unable_to_bear_weight"},
        {"no longer walking", "no longer walking", "unable_to_bear_weight"},
        {"no longer able to stand", "no longer able to stand", "unable_to_bear_weight"},
        {"not anymore able to walk", "not anymore able to walk", "unable_to_bear_weight"},
        {"yet to weight bear", "yet to weight", "unable_to_bear_weight"},
        {"yet to fully weight bear", "yet to fully weight", "unable_to_bear_weight"},
        {"no walking possible", "no walking possible", "unable_to_bear_weight"},
        {"FWB not possible", "FWB not possible", "unable_to_bear_weight"}};
    expect_each_affirmed(said);
    expect_each_ordinary(
        {"no longer limping when walking", "no more standing calf raises", "no more pain walking"});
}

// A negator after a negative word is a double negative ("never without crutches": always on
// them), and "without" after a mention qualifies it ("can't walk without crutches").
TEST(red_flag_wording, a_double_negative_or_a_qualifying_without_affirms_the_flag) {
    const std::vector<Affirmed> said = {
        {"never without crutches", "crutches", "unable_to_bear_weight"},
        {"not off crutches", "crutches", "unable_to_bear_weight"},
        {"not yet off crutches", "crutches", "unable_to_bear_weight"},
        {"never without tingling", "tingling", "tingling"},
        {"can't walk without crutches", "can't walk", "unable_to_bear_weight"},
        {"cannot walk without a stick", "cannot walk", "unable_to_bear_weight"},
        {"unable to bear weight without pain", "unable to bear", "unable_to_bear_weight"}};
    expect_each_affirmed(said);
    // "No longer" and "no more" say what was: they do not negate, and the words ask.
    expect_mention("no longer on crutches", "crutches", "unable_to_bear_weight");
    expect_no_contradiction("no longer on crutches");
    expect_ordinary("walks without crutches");
}

// "Yet", "save", "barring", "excluding", "aside from", "however" end a negation as "except" and
// "but" do, and so does an exception right after an opening bracket; an exception needs a word
// after it ("no numbness yet" is still a negation).
TEST(red_flag_wording, yet_save_barring_and_excluding_end_a_negation) {
    // What follows "yet" is affirmed, and, as after "but", the flag before it is no longer
    // denied (a false alarm is safe; a missed flag is not).
    EXPECT_EQ(warnings_of(decode_saying("no numbness yet tingling", all_flags_false)),
              (std::vector<std::string>{contradiction("numbness", "symptoms.numbness false"),
                                        contradiction("tingling", "symptoms.tingling false")}));
    for (const std::string note :
         {"no numbness save at night", "no numbness barring the toes",
          "no numbness excluding night", "no numbness aside from the toes",
          "no numbness however at night", "no numbness (only when driving)"}) {
        expect_affirmed(note, "numbness", "numbness");
    }
    expect_each_ordinary({"no numbness yet", "no tingling yet.", "denies numbness yet"});
}

// One word written joined, split, hyphenated or in full-width letters reads as the word.
TEST(red_flag_wording, joined_split_hyphenated_and_full_width_spellings_read_as_the_word) {
    const std::vector<Affirmed> said = {
        {"unable to weightbear", "unable to weightbear", "unable_to_bear_weight"},
        {"has not weightborne since", "not weightborne", "unable_to_bear_weight"},
        {"in a wheel chair", "wheel chair", "unable_to_bear_weight"},
        {"wheel-chair at school", "wheel-chair", "unable_to_bear_weight"},
        {"N-W-B", "N-W-B", "unable_to_bear_weight"},
        {"t-t-w-b left", "t-t-w-b", "unable_to_bear_weight"},
        {"N\u2011W\u2011B", "N\u2011W\u2011B", "unable_to_bear_weight"},
        {"\uFF2E\uFF37\uFF22", "\uFF2E\uFF37\uFF22", "unable_to_bear_weight"},
        {"\uFF4E\uFF55\uFF4D\uFF42 heel", "\uFF4E\uFF55\uFF4D\uFF42", "numbness"},
        {"para-esthesia lateral foot", "para-esthesia", "tingling"},
        {"non-weightbearing", "non-weightbearing", "unable_to_bear_weight"},
        {"avul-sion", "avul-sion", "palpable_gap"}};
    expect_each_affirmed(said);
    expect_mention("footdrop", "footdrop", "numbness or symptoms.tingling");
    expect_ordinary("x-ray clear");
}

// A weight-bearing status of nought per cent or a cross is none borne.
TEST(red_flag_wording, a_nought_per_cent_or_a_cross_for_weight_bearing_is_none_borne) {
    const std::vector<Affirmed> said = {
        {"WB: 0%", "WB: 0%", "unable_to_bear_weight"},
        {"0% WB", "0% WB", "unable_to_bear_weight"},
        {"weight bearing 0 %", "bearing 0 %", "unable_to_bear_weight"},
        {"FWB \u2717", "FWB \u2717", "unable_to_bear_weight"}};
    expect_each_affirmed(said);
    expect_each_ordinary({"WB: 100%", "strength 10% down, FWB", "load 1.0% of body weight"});
}

// "Shooting" alone is a sport's word; only a radiating pain is a nerve symptom.
TEST(red_flag_wording, shooting_flags_only_as_a_radiating_pain) {
    expect_each_ordinary(
        {"shooting drills", "shooting practice 20 min", "Shooting: 3x10 from the edge of the box"});
    expect_mention("shooting pain", "shooting pain", "numbness or symptoms.tingling");
    expect_mention("pain shooting down the leg", "shooting down", "numbness or symptoms.tingling");
    expect_mention("shooting into the calf", "shooting into the calf",
                   "numbness or symptoms.tingling");
    expect_mention("L5 dermatomal pain", "dermatomal", "numbness or symptoms.tingling");
}

// A void, notch or dip felt at the site is a palpable gap.
TEST(red_flag_wording, a_void_notch_or_dip_felt_at_the_site_is_a_palpable_gap) {
    const std::vector<Affirmed> said = {
        {"palpable void", "palpable void", "palpable_gap"},
        {"notch felt at site", "notch felt", "palpable_gap"},
        {"dip at the site on palpation", "dip at the site", "palpable_gap"}};
    expect_each_affirmed(said);
    expect_each_ordinary({"bench dips 3x10", "no palpable void"});
}

// The trial's record, each wording in an assessment of its own that records every flag false:
// a warning at each note's pointer, and the flag read present there.
TEST(red_flag_wording, the_trial_record_warns_at_each_note_and_the_flags_win) {
    const auto decoded = decode_athlete(
        coach::test::read_file(coach::test::fixture("input/red_flag_words_recorded_false.json")));
    ASSERT_TRUE(decoded.value) << decoded.problems.front().to_string();
    const auto warnings = warnings_of(decoded);
    const auto at = [](int index, const std::string& quoted, const std::string& flag) {
        return contradiction(quoted, "symptoms." + flag + " false", index);
    };
    EXPECT_EQ(
        warnings,
        (std::vector<std::string>{
            at(0, "no longer able to bear", "unable_to_bear_weight"),
            at(1, "no longer weight", "unable_to_bear_weight"),
            at(2, "no more weight", "unable_to_bear_weight"),
            at(3, "crutches", "unable_to_bear_weight"), at(4, "numbness", "numbness"),
            at(4, "tingling", "tingling"), at(5, "unable to weightbear", "unable_to_bear_weight"),
            at(6, "yet to weight", "unable_to_bear_weight"),
            at(7, "WB: 0%", "unable_to_bear_weight"), at(8, "wheel chair", "unable_to_bear_weight"),
            at(9, "no walking possible", "unable_to_bear_weight"),
            at(10, "N-W-B", "unable_to_bear_weight"), at(11, "t-t-w-b", "unable_to_bear_weight"),
            at(12, "\uFF2E\uFF37\uFF22", "unable_to_bear_weight"),
            at(13, "palpable void", "palpable_gap"), at(14, "numbness", "numbness"),
            at(15, "numbness", "numbness"), at(16, "numbness", "numbness")}));
    // The shooting drills of assessment 17 are a sport: nothing there, and every flag is read
    // present where words affirm it.
    const auto& assessments = decoded.value->athlete.assessments;
    ASSERT_EQ(assessments.size(), 18u);
    EXPECT_EQ(assessments[17].symptoms.numbness, coach::Finding::absent);
    EXPECT_EQ(assessments[13].symptoms.palpable_gap, coach::Finding::present);
    EXPECT_EQ(assessments[4].symptoms.tingling, coach::Finding::present);
    EXPECT_EQ(assessments[0].symptoms.unable_to_bear_weight, coach::Finding::present);
}

// Label forms whose value denies the flag ("N/T: nil", "numbness (-)"), a walking aid used
// before or put away, acupuncture needles and walking without aids are no red flags; the same
// labels affirming it ("numbness: yes", "N/T: +"), and "no standing possible", "cannot put foot
// down", "slump +" are. The fixture records no symptom: each flag is a problem at its note.
TEST(red_flag_wording, label_values_past_aids_and_treatments_read_as_the_words_say) {
    const auto decoded = decode_athlete(
        coach::test::read_file(coach::test::fixture("input/red_flag_label_words_unrecorded.json")));
    const std::string nerves = "numbness or symptoms.tingling";
    EXPECT_EQ(problems_of(decoded),
              (std::vector<std::string>{
                  unrecorded("numbness", "numbness", 13), unrecorded("numbness", "numbness", 14),
                  unrecorded("N/T", nerves, 15), unrecorded("numbness", "numbness", 16),
                  unrecorded("crutches", "unable_to_bear_weight", 17),
                  unrecorded("no standing possible", "unable_to_bear_weight", 18),
                  unrecorded("cannot put foot down", "unable_to_bear_weight", 19),
                  unrecorded("slump +", nerves, 20), unrecorded("tingling", "tingling", 21)}));
}

TEST(red_flag_wording, a_label_whose_value_denies_the_flag_is_no_mention) {
    expect_each_ordinary({"N/T: nil", "numbness: no", "tingling: none", "numbness (-)",
                          "N/T: denies", "tingling: neg", "numbness - nil", "Numbness = nil.",
                          "numbness: no, tingling: no", "numbness (\u2212)"});
    expect_each_affirmed({{"numbness: yes", "numbness", "numbness"},

                          {"numbness (+)", "numbness", "numbness"},
                          {"tingling: present", "tingling", "tingling"},
                          {"numbness: no change", "numbness", "numbness"}});
    EXPECT_EQ(warnings_of(decode_saying("N/T: +", all_flags_false)),
              std::vector<std::string>{
                  contradiction("N/T", "symptoms.numbness false and symptoms.tingling false")});
}

// A walking aid used before or put away is not a present inability to bear weight; one in use
// is.
TEST(red_flag_wording, a_walking_aid_of_the_past_is_no_inability_to_bear_weight) {
    expect_each_ordinary({"was on crutches for 2 days, now FWB", "off crutches since day 3",
                          "previously using a stick", "walks without aids",
                          "walking without walking aids", "acupuncture needles",
                          "dry needling to the biceps femoris", "dry needles x4"});
    // Put away on a day already passed: written on day 7 (trial 38: put away on a day after the
    // day of writing, an aid is still in use).
    expect_ordinary("crutches discarded day 2", "2026-10-08");
    expect_ordinary("crutches were ditched on day 4", "2026-10-08");
    expect_each_affirmed({{"on crutches", "crutches", "unable_to_bear_weight"},
                          {"still on crutches", "crutches", "unable_to_bear_weight"},
                          {"was put on crutches today", "crutches", "unable_to_bear_weight"},
                          {"pins and needles after dry needling", "needles", "tingling"},
                          {"needs walking aids", "walking aids", "unable_to_bear_weight"}});
}

// Not standing, a foot that cannot be put down, a positive slump written "+", and an exception
// written "exc." are flags.
TEST(red_flag_wording, missed_wordings_of_weight_bearing_and_nerve_signs_are_flags) {
    expect_each_affirmed({{"no standing possible", "no standing possible", "unable_to_bear_weight"},
                          {"cannot put foot down", "cannot put foot down", "unable_to_bear_weight"},
                          {"can't put the leg to the ground", "can't put the leg to the ground",
                           "unable_to_bear_weight"},
                          {"no numbness exc. at night", "numbness", "numbness"},
                          {"no numbness excl. the toes", "numbness", "numbness"}});
    expect_mention("slump +", "slump +", "numbness or symptoms.tingling");
    expect_mention("SLR +, slump -", "SLR +", "numbness or symptoms.tingling");
    expect_mention("slump test positive", "slump test positive", "numbness or symptoms.tingling");
    expect_each_ordinary(
        {"no standing calf raises", "put the foot on the box", "slump -ve", "strength +5%"});
}

// Fourth user trial. A label's value that denies the flag, then an exception behind a comma or
// an opening bracket: the flag stands, as in "no numbness, only at night".
TEST(red_flag_wording, a_label_denial_followed_by_an_exception_is_a_mention) {
    expect_each_affirmed({{"numbness: no, except at night", "numbness", "numbness"},
                          {"tingling: none, but at night yes", "tingling", "tingling"},
                          {"numbness: nil (except when driving)", "numbness", "numbness"},
                          {"numbness = no, apart from the toes", "numbness", "numbness"},
                          {"numbness - none, unless sitting", "numbness", "numbness"},
                          {"numbness \u2013 no, only at night", "numbness", "numbness"},
                          {"no numbness, only at night", "numbness", "numbness"}});
    const std::string both = "symptoms.numbness false and symptoms.tingling false";
    EXPECT_EQ(warnings_of(decode_saying("N/T: nil (only when sitting)", all_flags_false)),
              std::vector<std::string>{contradiction("N/T", both)});
    EXPECT_EQ(warnings_of(decode_saying("numbness/tingling: no, except at night", all_flags_false)),
              (std::vector<std::string>{contradiction("numbness", "symptoms.numbness false"),
                                        contradiction("tingling", "symptoms.tingling false")}));
    expect_each_ordinary({"numbness: no, tingling: no", "numbness: no. Sleeps well"});
}

// A '+' doubled or tripled after a test is as positive as one.
TEST(red_flag_wording, a_run_of_plus_signs_after_a_test_reads_positive) {
    const std::string nerves = "numbness or symptoms.tingling";
    expect_mention("slump ++", "slump ++", nerves);
    expect_mention("slump +++", "slump +++", nerves);
    expect_mention("slump: ++", "slump: ++", nerves);
    expect_mention("slump (++)", "slump (++)", nerves);
    expect_mention("SLR ++, slump -", "SLR ++", nerves);
    expect_each_ordinary({"slump -", "strength ++5%", "C++ course on Tuesdays"});
}

// A walking aid dated to the first days only is no present inability to bear weight, unless
// the words say it is still in use.
TEST(red_flag_wording, a_walking_aid_of_the_first_days_only_is_no_inability_to_bear_weight) {
    expect_each_ordinary({"used crutches day 1 only", "crutches for the first 48h",
                          "needed crutches initially", "crutches at first, now FWB",
                          "NWB for the first 2 days", "on crutches day one only",
                          "needed crutches briefly", "crutches the first few days",
                          "crutches for the first 48h post-op"});
    const std::string weight = "unable_to_bear_weight";
    expect_each_affirmed({{"still on crutches", "crutches", weight},
                          {"on crutches since day 1", "crutches", weight},
                          {"crutches from day 1", "crutches", weight},
                          {"on crutches for the first time", "crutches", weight},
                          {"crutches for the first 2 weeks, still using them", "crutches", weight},
                          {"NWB day 1 post-op", "NWB", weight},
                          {"crutches day one post injury", "crutches", weight}});
}

// A label naming flags together ("numbness/tingling") takes its value for each; a value in
// brackets ("N/T (-ve)"), a nought, "n", "nope" and an en or em dash deny as ':' and "nil" do.
TEST(red_flag_wording, combined_labels_and_more_denial_values_deny_the_flag) {
    expect_each_ordinary({"numbness/tingling: no", "numbness, tingling: nil",
                          "numbness & tingling: nil", "N/T (-ve)", "numbness and tingling: none",
                          "numbness or tingling: nil", "tingling/numbness - nil",
                          "numbness + tingling: no", "numbness/tingling (-ve)", "numbness (no)",
                          "paraesthesia/numbness: denies", "numbness: 0", "numbness: n",
                          "numbness: nope", "numbness: nah", "tingling = 0.", "N/T: 0",
                          "numbness \u2013 no", "numbness \u2014 nil", "tingling \u2013 none",
                          "numbness \u2212 nil", "numbness -- no", "numbness \u2013 0",
                          // A score of none out of ten (trial 40).
                          "numbness: 0/10"});
    expect_each_affirmed({{"numbness: yes", "numbness", "numbness"},
                          {"numbness (+)", "numbness", "numbness"},
                          {"numbness \u2013 yes", "numbness", "numbness"},
                          {"numbness: y", "numbness", "numbness"},
                          {"numbness: 2/10", "numbness", "numbness"},
                          {"numbness: 0/10 at rest", "numbness", "numbness"},
                          {"numbness present, tingling: nil", "numbness", "numbness"}});
    EXPECT_EQ(warnings_of(decode_saying("N/T: +", all_flags_false)),
              std::vector<std::string>{
                  contradiction("N/T", "symptoms.numbness false and symptoms.tingling false")});
    EXPECT_EQ(warnings_of(decode_saying("numbness/tingling: yes", all_flags_false)),
              (std::vector<std::string>{contradiction("numbness", "symptoms.numbness false"),
                                        contradiction("tingling", "symptoms.tingling false")}));
}

// A nought alone as a weight-bearing label's value is none borne, as "WB: 0%" is; a nought in a
// score or before other words is not a value.
TEST(red_flag_wording, a_nought_alone_as_a_weight_bearing_value_is_none_borne) {
    expect_affirmed("WB: 0", "WB: 0", "unable_to_bear_weight");
    expect_affirmed("FWB = 0.", "FWB = 0", "unable_to_bear_weight");
    expect_each_ordinary({"pain: 0 walking", "pain 0/10 walking", "Pain: 0, walking fine",
                          "score 2-0, walking well"});
}

// The fourth trial's record, each wording in an assessment that records no symptom: the missed
// stops are problems at their notes, the false alarms are not, and the wordings that must still
// flag do.
TEST(red_flag_wording, the_fourth_trial_record_flags_only_what_the_words_say) {
    const auto decoded = decode_athlete(coach::test::read_file(
        coach::test::fixture("input/red_flag_fourth_trial_unrecorded.json")));
    const std::string nerves = "numbness or symptoms.tingling";
    const std::string weight = "unable_to_bear_weight";
    EXPECT_EQ(problems_of(decoded),
              (std::vector<std::string>{
                  unrecorded("numbness", "numbness", 0), unrecorded("N/T", nerves, 1),
                  unrecorded("tingling", "tingling", 2), unrecorded("numbness", "numbness", 3),
                  unrecorded("slump ++", nerves, 4), unrecorded("numbness", "numbness", 17),
                  unrecorded("N/T", nerves, 18), unrecorded("numbness", "numbness", 19),
                  unrecorded("crutches", weight, 20), unrecorded("crutches", weight, 21),
                  unrecorded("numbness", "numbness", 22), unrecorded("tingling", "tingling", 22),
                  unrecorded("numbness", "numbness", 23)}));
}
