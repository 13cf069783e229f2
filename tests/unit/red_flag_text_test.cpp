// Red flags written in words (engine/src/json/red_flag_text.hpp): which wordings are read as a
// mention of which red flag, which are ordinary words, and the narrow negation rule. A missed
// red flag is the worst defect; a false alarm only asks the clinician to record the symptom.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "coach/json.hpp"

using coach::json::decode_athlete;

namespace {

// A valid record whose one assessment records no symptom and says `note`.
std::string record_saying(const std::string& note) {
    return R"({"schema":"coach.athlete/1","id":"a",)"
           R"("injury":{"region":"hamstring","grade":2,"date":"2026-10-01"},)"
           R"("assessments":[{"date":"2026-10-02","notes":")"
           + note + R"("}]})";
}

// The problems the note raises, one line each.
std::vector<std::string> problems_of(const std::string& note) {
    std::vector<std::string> out;
    for (const auto& problem : decode_athlete(record_saying(note)).problems) {
        out.push_back(problem.to_string());
    }
    return out;
}

// Whether `note` is read as naming `symptom` (first problem names it, quoting `quoted`).
void expect_mention(const std::string& note, const std::string& symptom,
                    const std::string& quoted = "") {
    const auto problems = problems_of(note);
    ASSERT_FALSE(problems.empty()) << note << ": read as ordinary words, expected " << symptom;
    EXPECT_NE(problems.front().find("symptoms." + symptom), std::string::npos)
        << note << ": " << problems.front();
    if (!quoted.empty()) {
        EXPECT_NE(problems.front().find("mentions \"" + quoted + "\""), std::string::npos)
            << note << ": " << problems.front();
    }
}

void expect_ordinary(const std::string& note) {
    const auto problems = problems_of(note);
    EXPECT_TRUE(problems.empty()) << note << ": " << problems.front();
}

}  // namespace

// The wordings of the user trial, and their siblings, each tied to the red flag it names.
TEST(red_flag_text, abbreviations_with_punctuation_and_informal_words_are_mentions) {
    const std::vector<std::pair<std::string, std::string>> said = {
        // unable to bear weight
        {"n.w.b. since Saturday", "unable_to_bear_weight"},
        {"N.W.B", "unable_to_bear_weight"},
        {"NWB on crutches", "unable_to_bear_weight"},
        {"non weight bearing for now", "unable_to_bear_weight"},
        {"non-WB", "unable_to_bear_weight"},
        {"TTWB left leg", "unable_to_bear_weight"},
        {"toe-touch weight bearing only", "unable_to_bear_weight"},
        {"TDWB", "unable_to_bear_weight"},
        {"touch down WB", "unable_to_bear_weight"},
        {"PWB with one crutch", "unable_to_bear_weight"},
        {"partial weight bearing", "unable_to_bear_weight"},
        {"in a wheelchair at school", "unable_to_bear_weight"},
        {"didn't walk today", "unable_to_bear_weight"},
        {"not able to bear weight", "unable_to_bear_weight"},
        // numbness and tingling
        {"P&N in the foot", "tingling"},
        {"p & n lateral calf", "tingling"},
        {"pins & needles", "tingling"},
        {"tingly toes", "tingling"},
        {"N&T down the leg", "numbness"},
        {"N+T", "numbness"},
        {"c/o n/t lateral foot", "numbness"},
        {"numbish feeling in the calf", "numbness"},
        {"heel feels numb-ish", "numbness"},
        {"dead leg since the tackle", "numbness"},
        {"leg feels dead", "numbness"},
        {"LBP with referral into leg", "numbness"},
        {"referred pain down the leg", "numbness"},
        {"pain refers into the calf", "numbness"},
        {"sciatica flared", "numbness"},
        {"radiating pain", "numbness"},
        {"radicular symptoms", "numbness"},
        {"can't feel the outside of the foot", "numbness"},
        {"no power in the foot", "numbness"},
        {"diminished sensation L5", "numbness"},
        // palpable gap
        {"cavity at the site", "palpable_gap"},
        {"palpable step at the ischial tuberosity", "palpable_gap"},
        {"felt a hole in the muscle", "palpable_gap"},
        {"concavity proximal", "palpable_gap"},
        {"completely torn", "palpable_gap"}};
    for (const auto& [note, symptom] : said) {
        expect_mention(note, symptom);
    }
}

// The mention quotes the words as written, punctuation and all.
TEST(red_flag_text, a_mention_quotes_the_abbreviation_as_written) {
    expect_mention("c/o n/t lateral foot", "numbness", "n/t");
    expect_mention("pt is n.w.b. today", "unable_to_bear_weight", "n.w.b");
    expect_mention("P & N", "tingling", "P & N");
    expect_mention("Can't bear weight", "unable_to_bear_weight", "Can't bear");
}

// Patterns are whole words unless an inflection is meant: "sleepy" is not "sleep", "normal" is
// not "no", "number" is not "numb", "weights" is not "weight".
TEST(red_flag_text, words_are_matched_whole_not_by_any_prefix) {
    for (const std::string note :
         {"leg sleepy after the long drive? no, just tired", "sensation normal",
          "number of sets halved", "no weights today, mobility only", "pain bearable at 3/10",
          "standing toe touches x10", "abdominal hollowing, feel the muscle switch on",
          "sticky feeling when walking fast", "completed session, no tears", "w/o pain",
          "dead bug 3x10", "e.g. slump test"}) {
        expect_ordinary(note);
    }
}

// The known false alarms: a negator applies directly to the flag word, or the word names a
// treatment or a test.
TEST(red_flag_text, a_negator_directly_on_the_flag_word_reads_as_ordinary) {
    for (const std::string note :
         {"Walks without crutches now", "Tear grade 2 on MRI, no retraction",
          "neural tension test negative", "Palpable tenderness at the site, no defect",
          "Electric stim (NMES)", "electrical muscle stimulation 10 min", "nerve glides x10",
          "denies numbness", "no numbness or tingling", "no palpable defect",
          "no sign of nerve pain", "w/o crutches", "nil paraesthesia", "no loss of sensation"}) {
        expect_ordinary(note);
    }
}

// Wordings that are symptoms because of their negator, and negators that do not apply directly
// to the flag word, stay mentions.
TEST(red_flag_text, a_symptom_worded_with_a_negator_is_still_a_mention) {
    const std::vector<std::pair<std::string, std::string>> said = {
        {"no feeling in the foot", "numbness"},
        {"no sensation lateral foot", "numbness"},
        {"can't feel the heel", "numbness"},
        {"not able to bear weight", "unable_to_bear_weight"},
        {"unable to WB", "unable_to_bear_weight"},
        {"no power in the calf", "numbness"},
        {"no weight bearing for 2 days", "unable_to_bear_weight"},
        {"unable to walk without crutches", "unable_to_bear_weight"},
        {"no new numbness", "numbness"},
        {"no more tingling", "tingling"},
        {"no pain, numbness in the foot", "numbness"},
        {"no pain but tingling", "tingling"},
        {"no numbness and tingling", "tingling"},
        {"neural tension test positive", "numbness"},
        {"neural tension: negative", "numbness"},
        {"not numb", "numbness"},
        {"electric shocks down the leg", "numbness"}};
    for (const auto& [note, symptom] : said) {
        expect_mention(note, symptom);
    }
}
