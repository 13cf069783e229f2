#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "support.hpp"

// `coach validate-plugin FILE.protocol.json` on the seventh user trial's clearance claims: a
// protocol file that claims clearance in a kind the trial found missed is refused where it says
// so, exit 3; one whose texts defer to a clinician, ask, or speak of the uninjured leg passes.
using coach::test::lines;
using coach::test::run_coach;

namespace {

namespace fs = std::filesystem;

fs::path claims_fixture(const std::string& name) {
    return fs::path{COACH_TEST_FIXTURES_DIR} / "protocols/claims" / (name + ".protocol.json");
}

// The report's "fail" lines, each as long as its reason.
std::vector<std::string> fail_lines(const std::string& name, int& exit_code) {
    const auto result = run_coach("validate-plugin --width 1000 " + claims_fixture(name).string());
    exit_code = result.exit_code;
    std::vector<std::string> found;
    for (const auto& line : lines(result.out)) {
        if (line.starts_with("fail")) {
            found.push_back(line);
        }
    }
    return found;
}

// `coach validate-plugin` on the fixture `name` fails one check, at `pointer`, as claiming `said`,
// and exits 3.
void expect_refused_at(const std::string& name, const std::string& pointer,
                       const std::string& said) {
    int exit_code = 0;
    EXPECT_EQ(fail_lines(name, exit_code),
              std::vector<std::string>{"fail  read         " + pointer + ": says \"" + said
                                       + "\"; plans estimate, a clinician clears: write "
                                         "\"criteria met, clinician sign-off required\""})
        << name;
    EXPECT_EQ(exit_code, 3) << name;
}

}  // namespace

TEST(validate_plugin_claims, each_kind_the_seventh_trial_missed_is_refused_where_it_is_written) {
    const std::vector<std::pair<std::string, std::string>> files = {
        {"claim-state", "is healed"},
        {"claim-sign-off", "be signed off"},
        {"claim-back-to-training", "back to full training"},
        {"claim-recovery-done", "complete recovery"},
        {"claim-ready-for-a-day", "ready for saturday"},
        {"claim-status-word", "rtp: approved"},
        {"claim-run-together", "cleared"},
        {"claim-digits-for-letters", "cleared"},
    };
    for (const auto& [name, claim] : files) {
        expect_refused_at(name, "/maintenance/description", claim);
    }
}

TEST(validate_plugin_claims, texts_that_defer_ask_or_speak_of_the_uninjured_leg_pass) {
    int exit_code = -1;
    EXPECT_EQ(fail_lines("deferred-claims", exit_code), std::vector<std::string>{});
    EXPECT_EQ(exit_code, 0);
}

// The strict form (coach/sdk/claim_sentences.hpp): a claim no listed form names is refused,
// quoting its sentence; the trial's false refusals, a deferral, a denial and the uninjured leg,
// pass.
TEST(validate_plugin_claims, a_claim_in_no_listed_form_is_refused_quoting_its_sentence) {
    int exit_code = 0;
    EXPECT_EQ(fail_lines("claim-strict-form", exit_code),
              std::vector<std::string>{
                  "fail  read         /maintenance/description: says \"The protocol clears the "
                  "athlete at week 10\"; plans estimate, a clinician clears: write \"criteria "
                  "met, clinician sign-off required\""});
    EXPECT_EQ(exit_code, 3);
}

TEST(validate_plugin_claims, texts_in_a_safe_form_of_the_strict_reading_pass) {
    int exit_code = -1;
    EXPECT_EQ(fail_lines("strict-safe-forms", exit_code), std::vector<std::string>{});
    EXPECT_EQ(exit_code, 0);
}

// Trial 35: a protocol file with one claim, a review waived in its second rationale line, is
// refused with one line at its JSON pointer, the summary names the file, and it exits 3.
TEST(validate_plugin_claims, a_review_waived_in_a_rationale_fails_read_at_its_pointer) {
    const auto result =
        run_coach("validate-plugin --width 1000 " + claims_fixture("claim-review-waived").string());
    EXPECT_EQ(result.exit_code, 3) << result.out << result.err;
    std::vector<std::string> fails;
    std::string summary;
    for (const auto& line : lines(result.out)) {
        if (line.starts_with("fail")) {
            fails.push_back(line);
        }
        if (line.starts_with("summary")) {
            summary = line;
        }
    }
    EXPECT_EQ(fails, std::vector<std::string>{
                         "fail  read         /rationale/1: says \"The player may resume full "
                         "contact training without review\"; plans estimate, a clinician clears: "
                         "write \"criteria met, clinician sign-off required\""});
    EXPECT_EQ(summary,
              "summary: 3 checks of claim-review-waived.protocol.json: 0 passed, 0 warned, 1 "
              "failed, 2 skipped");
    EXPECT_EQ(result.err, "");
}

// Trial 36: protocol files copied from the trial, a restriction said over in a rationale and a
// check waived in an exercise's cue, are refused with one line at the JSON pointer of the text and
// exit 3; the file that leaves discharge decisions to the treating clinician passes.
TEST(validate_plugin_claims, the_eleventh_trial_claims_fail_read_at_their_pointers) {
    expect_refused_at("claim-no-longer-restricted", "/rationale/0",
                      "He no longer has any restrictions");
    expect_refused_at("claim-check-waived-in-a-cue", "/phases/0/weeks/0/items/0/cue",
                      "No need for a clinician to check before return");
}

TEST(validate_plugin_claims, a_discharge_decision_left_to_the_treating_clinician_passes) {
    int exit_code = -1;
    EXPECT_EQ(fail_lines("decision-left-to-a-clinician", exit_code), std::vector<std::string>{});
    EXPECT_EQ(exit_code, 0);
}

// Trial 39 (the fourteenth): a return granted after a condition that names no clinician, "go
// ahead" and taking part in a fixture are refused where they are written, exit 3; the trial's safe
// texts (a part, a recording or an idiom played, a cue asked) pass.
TEST(validate_plugin_claims, the_fourteenth_trial_claims_fail_read_at_their_pointers) {
    expect_refused_at("claim-once-the-pain-is-gone", "/rationale/1", "may play");
    expect_refused_at("claim-go-ahead-in-a-cue", "/phases/0/weeks/0/items/0/cue",
                      "Go ahead and race this weekend");
    expect_refused_at("claim-take-part-in-a-match", "/maintenance/description",
                      "Take part in the match on Saturday");
}

TEST(validate_plugin_claims, the_fourteenth_trial_safe_texts_pass) {
    int exit_code = -1;
    EXPECT_EQ(fail_lines("trial-39-safe-texts", exit_code), std::vector<std::string>{});
    EXPECT_EQ(exit_code, 0);
}

// A protocol's name is an identifier shown beside every plan (docs/DATA.md, "Protocol names"): a
// word of fitness or an aim in it passes; a clearance given is refused at /name, exit 3.
TEST(validate_plugin_claims, a_name_may_hold_a_word_of_fitness_or_an_aim_but_not_a_clearance) {
    const auto validate = [](const std::string& name) {
        const fs::path file =
            fs::path{COACH_TEST_FIXTURES_DIR} / "protocols/names" / (name + ".protocol.json");
        return run_coach("validate-plugin --width 1000 " + file.string());
    };
    for (const std::string name : {"fit", "hamstring-fit", "notes3fit", "match-fit-prep",
                                   "back-to-play", "play-ready", "return-to-sport"}) {
        const auto result = validate(name);
        EXPECT_EQ(result.exit_code, 0) << name << "\n" << result.out << result.err;
    }
    for (const auto& [name, said] :
         std::vector<std::pair<std::string, std::string>>{{"all-clear-2024", "all-clear"},
                                                          {"fit-for-sport", "fit-for-sport"},
                                                          {"signed-off-rehab", "signed-off"}}) {
        const auto result = validate(name);
        EXPECT_EQ(result.exit_code, 3) << name;
        std::vector<std::string> fails;
        for (const auto& line : lines(result.out)) {
            if (line.starts_with("fail")) {
                fails.push_back(line);
            }
        }
        EXPECT_EQ(fails,
                  std::vector<std::string>{
                      "fail  read         /name: says \"" + said
                      + "\"; a protocol's name is shown beside every plan and may not give "
                        "a clearance: rename the file and its \"name\""})
            << name;
    }
}

// Trial 41: a cue that says the course of care is needed no longer ("you no longer need
// treatment") is a clearance, refused where it is written.
TEST(validate_plugin_claims, a_course_of_care_said_needed_no_longer_fails_read_at_its_cue) {
    expect_refused_at("claim-course-of-care-ended", "/phases/0/weeks/0/items/0/cue",
                      "you no longer need treatment");
}
