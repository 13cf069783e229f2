// Records that once slipped past the safety gate or the reader, run through `coach` with the
// bundled philosophies as a user would: each outcome is the status, referral text, exit code or
// pointer the user must see.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <boost/json.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "support.hpp"

using coach::test::lines;
using coach::test::run_coach;

namespace {

const std::string fixtures = COACH_TEST_FIXTURES_DIR;

std::string fixture(const std::string& relative) {
    return fixtures + "/" + relative;
}

boost::json::object compare_json(const std::string& arguments) {
    const auto result = run_coach("compare --format json " + arguments);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return boost::json::parse(result.out).as_object();
}

std::string text(const boost::json::value& value) {
    return std::string{value.as_string()};
}

// A temporary file holding `content`, removed with the object.
struct TempFile {
    std::filesystem::path path;
    explicit TempFile(const std::string& name, const std::string& content)
        : path(std::filesystem::temp_directory_path() / ("coach-record-cases-" + name)) {
        std::ofstream{path, std::ios::binary} << content;
    }
    ~TempFile() { std::filesystem::remove(path); }
};

}  // namespace

TEST(record_cases, numbness_then_a_silent_assessment_withholds_every_plan) {
    const auto comparison =
        compare_json(fixture("athletes/red_flags/red_flag_then_silent_assessment.json"));
    const auto& plans = comparison.at("plans").as_array();
    ASSERT_EQ(plans.size(), 5u);
    for (const auto& plan : plans) {
        EXPECT_EQ(text(plan.at("status")), "referral") << plan.at("philosophy");
        EXPECT_TRUE(plan.at("sessions").as_array().empty());
        EXPECT_EQ(text(plan.at("referrals").at(0).at("reason")),
                  "numbness and tingling recorded on 2026-05-03 and not lifted since by a "
                  "clinician's review: nerve involvement must be ruled out by a clinician"
                  "; the same day if bladder, bowel or saddle sensation has changed or both legs "
                  "are weak");
    }
}

TEST(record_cases, a_second_assessment_of_the_day_does_not_hide_a_gap_or_lost_weight_bearing) {
    const auto comparison = compare_json(fixture("athletes/red_flags/same_day_assessments.json"));
    for (const auto& plan : comparison.at("plans").as_array()) {
        EXPECT_EQ(text(plan.at("status")), "referral") << plan.at("philosophy");
        EXPECT_TRUE(plan.at("sessions").as_array().empty());
        const auto& referrals = plan.at("referrals").as_array();
        ASSERT_EQ(referrals.size(), 2u);
        EXPECT_EQ(text(referrals[0].at("reason"))
                      .rfind("unable to bear weight recorded on "
                             "2026-08-12",
                             0),
                  0u);
        EXPECT_EQ(text(referrals[1].at("reason")).rfind("a palpable gap at the injury site", 0),
                  0u);
    }
}

TEST(record_cases, a_clinicians_review_lifts_the_flag_it_names) {
    const auto comparison = compare_json(fixture("athletes/red_flags/reviewed_numbness.json"));
    for (const auto& plan : comparison.at("plans").as_array()) {
        EXPECT_EQ(text(plan.at("status")), "ok") << plan.at("philosophy");
    }
}

TEST(record_cases, a_red_flag_dated_inside_the_horizon_withholds_every_plan) {
    const auto comparison = compare_json(fixture("athletes/red_flags/flag_inside_horizon.json"));
    EXPECT_EQ(text(comparison.at("as_of")), "2026-10-05");
    const std::string stop =
        "a palpable gap at the injury site recorded on 2026-10-15, inside this plan's horizon: "
        "every plan withheld; possible complete tear, needs imaging and a medical assessment";
    for (const auto& plan : comparison.at("plans").as_array()) {
        const auto id = text(plan.at("philosophy").at("id"));
        EXPECT_EQ(text(plan.at("status")), "referral") << id;
        EXPECT_TRUE(plan.at("sessions").as_array().empty()) << id;
        const auto& referrals = plan.at("referrals").as_array();
        ASSERT_EQ(referrals.size(), 1u) << id;
        EXPECT_EQ(text(referrals[0].at("level")), "stop") << id;
        EXPECT_EQ(text(referrals[0].at("reason")), stop) << id;
    }
}

TEST(record_cases, the_session_in_which_the_hamstring_tore_is_not_a_return_to_running) {
    const auto comparison =
        compare_json(fixture("athletes/history/injury_day_session_logged.json"));
    EXPECT_EQ(text(comparison.at("as_of")), "2026-09-07");
    for (const auto& plan : comparison.at("plans").as_array()) {
        const auto id = text(plan.at("philosophy").at("id"));
        ASSERT_EQ(text(plan.at("status")), "ok") << id;
        for (const auto& session : plan.at("sessions").as_array()) {
            if (text(session.at("date")) > "2026-09-08") {
                continue;
            }
            for (const auto& item : session.at("items").as_array()) {
                const auto category = text(item.at("category"));
                EXPECT_TRUE(category != "running" && category != "sprint")
                    << id << " plans " << category << " on " << session.at("date");
            }
        }
    }
}

TEST(record_cases, a_knee_record_is_not_applicable_in_every_philosophy_and_format) {
    const auto knee = fixture("input/knee_injury.json");
    const auto comparison = compare_json(knee);
    for (const auto& plan : comparison.at("plans").as_array()) {
        const auto id = text(plan.at("philosophy").at("id"));
        EXPECT_EQ(text(plan.at("status")), "not_applicable") << id;
        EXPECT_EQ(text(plan.at("reason")), "'" + id
                                               + "' covers hamstring injuries only; this record's "
                                                 "injury region is \"knee\"");
        EXPECT_TRUE(plan.at("sessions").as_array().empty());
        EXPECT_FALSE(plan.as_object().contains("error"));
    }
    for (const auto& row : comparison.at("metrics").as_array()) {
        EXPECT_EQ(text(row.at("status")), "not_applicable");
        EXPECT_TRUE(row.as_object().contains("reason"));
        EXPECT_FALSE(row.as_object().contains("error"));
        EXPECT_FALSE(row.as_object().contains("sessions"));
    }

    const auto table = run_coach("compare --width 1000 " + knee);  // each reason on one line
    EXPECT_EQ(table.exit_code, 0) << table.err;
    EXPECT_EQ(table.err, "coach: warning: " + knee
                             + ": /injury/region: no loaded philosophy covers the injury region "
                               "\"knee\"; they cover hamstring\n");  // a warning, no plugin error
    EXPECT_NE(table.out.find("not applicable (sprint-manual): 'sprint-manual' covers hamstring "
                             "injuries only; this record's injury region is \"knee\"\n"),
              std::string::npos)
        << table.out;
    const auto csv = run_coach("compare --format csv " + knee);
    EXPECT_EQ(csv.exit_code, 0);
    EXPECT_EQ(lines(csv.out).at(1).rfind("eccentric-strength,not_applicable,,", 0), 0u) << csv.out;
    const auto html = run_coach("compare --format html " + knee);
    EXPECT_EQ(html.exit_code, 0);
    EXPECT_NE(html.out.find("<span class=\"status not_applicable\">not applicable</span>"),
              std::string::npos);
    EXPECT_NE(html.out.find("Not applicable: these philosophies do not cover this injury."),
              std::string::npos);

    const auto plan = run_coach("plan -p stretch-ice --format json " + knee);
    EXPECT_EQ(plan.exit_code, 0) << plan.err;
    EXPECT_EQ(text(boost::json::parse(plan.out).at("status")), "not_applicable");
    const auto today =
        run_coach("today -p eccentric-strength " + knee + " --date 2026-10-06 --width 1000");
    EXPECT_EQ(today.exit_code, 0) << today.err;
    EXPECT_EQ(today.out,
              "Tuesday 2026-10-06, eccentric-strength\nNot applicable: 'eccentric-strength' "
              "covers hamstring injuries only; this record's injury region is \"knee\".\nNo "
              "session from this philosophy.\n");
}

TEST(record_cases, a_knee_record_is_not_applicable_with_isolated_plugins_too) {
    const auto result = run_coach("--isolate compare --format csv -p sprint-manual "
                                  + fixture("input/knee_injury.json"));
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(lines(result.out).at(1).rfind("sprint-manual,not_applicable,", 0), 0u) << result.out;
}

TEST(record_cases, check_refuses_a_file_with_a_second_record) {
    const auto file = fixture("input/two_records_in_one_file.json");
    const auto result = run_coach("check " + file);
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err, "coach: " + file
                              + ": unexpected content after the end of the JSON document at "
                                "line 2, column 1: only whitespace may follow it (one record per "
                                "document)\n");
    EXPECT_TRUE(result.out.empty());
}

TEST(record_cases, check_refuses_a_misspelt_red_flag_naming_its_pointer) {
    const auto file = fixture("input/misspelt_red_flag.json");
    const auto result = run_coach("check " + file);
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err.rfind("coach: " + file
                                   + ": /assessments/0/symptoms/numbnes: unknown symptom "
                                     "\"numbnes\" (did you mean \"numbness\"?)",
                               0),
              0u)
        << result.err;
    EXPECT_EQ(run_coach("compare " + file).exit_code, 2) << "no plan is issued";
}

TEST(record_cases, check_warns_of_an_unknown_field_and_strict_refuses_it) {
    const TempFile file{"unknown.json",
                        R"({"schema":"coach.athlete/1","id":"u","injury":{"region":"hamstring",
                            "grade":1,"date":"2026-10-01"},"profile":{"sprot":"rugby"},"assesments":[]})"};
    const auto lenient = run_coach("check " + file.path.string());
    EXPECT_EQ(lenient.exit_code, 0) << lenient.err;
    EXPECT_EQ(lenient.err,
              "coach: warning: " + file.path.string()
                  + ": /profile/sprot: unknown field \"sprot\" (did you mean \"sport\"?), ignored "
                    "except for red-flag words\n"
                    "coach: warning: "
                  + file.path.string()
                  + ": /assesments: unknown field \"assesments\" (did you mean \"assessments\"?), "
                    "ignored\n");
    EXPECT_EQ(lenient.out.rfind(file.path.string() + ": ok: athlete u", 0), 0u);
    const auto strict = run_coach("check --strict " + file.path.string());
    EXPECT_EQ(strict.exit_code, 2);
    EXPECT_EQ(lines(strict.err).size(), 2u) << strict.err;
    EXPECT_EQ(
        lines(strict.err)[0],
        "coach: " + file.path.string()
            + ": /profile/sprot: unknown field \"sprot\" (did you mean \"sport\"?) (--strict)");
    EXPECT_TRUE(strict.out.empty());
}

TEST(record_cases, a_cohort_line_with_content_after_its_record_is_rejected_the_others_go_on) {
    const auto bad = coach::test::read_file(fixture("input/trailing_content.jsonl"));
    const auto good = coach::test::read_file(COACH_EXAMPLES_DIR "/athletes/sample.json");
    std::string good_line;
    for (const char c : good) {
        good_line += c == '\n' ? ' ' : c;
    }
    const TempFile input{"trailing.jsonl", bad + good_line + "\n"};
    const auto result = run_coach("cohort -p stretch-ice " + input.path.string());
    EXPECT_EQ(result.exit_code, 0) << result.err;
    const auto out = lines(result.out);
    ASSERT_EQ(out.size(), 2u) << result.out;
    const auto first = boost::json::parse(out[0]).as_object();
    EXPECT_EQ(first.at("line").as_int64(), 1);
    EXPECT_EQ(text(first.at("status")), "rejected");
    EXPECT_EQ(
        text(first.at("problem").at("message"))
            .rfind("unexpected content after the end of the JSON document at line 1, column ", 0),
        0u);
    EXPECT_EQ(text(boost::json::parse(out[1]).at("status")), "ok");
    EXPECT_NE(result.err.find("coach: " + input.path.string() + ":1: unexpected content after"),
              std::string::npos)
        << result.err;
}

TEST(record_cases, a_cohort_counts_records_no_philosophy_applies_to) {
    const auto knee = coach::test::read_file(fixture("input/knee_injury.json"));
    std::string line;
    for (const char c : knee) {
        line += c == '\n' ? ' ' : c;
    }
    const TempFile input{"knee.jsonl", line + "\n"};
    const TempFile summary{"knee-summary.json", ""};
    const auto result = run_coach("cohort -p eccentric-strength " + input.path.string()
                                  + " --summary " + summary.path.string());
    EXPECT_EQ(result.exit_code, 0) << result.err;
    const auto record = boost::json::parse(result.out).as_object();
    EXPECT_EQ(text(record.at("status")), "not_applicable") << "no plan: not counted as ok";
    const auto& entry = record.at("metrics").at("eccentric-strength");
    EXPECT_EQ(text(entry.at("status")), "not_applicable");
    EXPECT_EQ(text(entry.at("reason")),
              "'eccentric-strength' covers hamstring injuries only; "
              "this record's injury region is \"knee\"");
    const auto written = boost::json::parse(coach::test::read_file(summary.path));
    EXPECT_EQ(written.at("ok").as_int64(), 0);
    EXPECT_EQ(written.at("not_applicable").as_int64(), 1);
    EXPECT_NE(result.err.find("1 record: 0 ok, 0 referral, 1 not applicable, 0 rejected"),
              std::string::npos)
        << result.err;
    const auto totals = written.at("philosophies").at(0).at("overall");
    EXPECT_EQ(totals.at("not_applicable").as_int64(), 1);
    EXPECT_EQ(totals.at("athletes").as_int64(), 1);
    EXPECT_EQ(totals.at("ok").as_int64(), 0);
    EXPECT_NE(result.err.find("not applicable"), std::string::npos) << result.err;
}

TEST(record_cases, a_day_before_the_injury_or_a_horizon_past_9999_is_a_usage_error) {
    const std::string sample = COACH_EXAMPLES_DIR "/athletes/sample.json";
    auto result = run_coach("plan -p stretch-ice " + sample + " --as-of 2026-09-30");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err, "coach: --as-of 2026-09-30 comes before the injury date 2026-10-01 of "
                              + sample + " (/injury/date)\n");
    result = run_coach("compare -p stretch-ice " + sample + " --as-of 2026-09-30");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err, "coach: --as-of 2026-09-30 comes before the injury date 2026-10-01 of "
                              + sample + " (/injury/date)\n");
    const TempFile line{"before-injury.jsonl",
                        "{\"schema\":\"coach.athlete/1\",\"id\":\"b\","
                        "\"injury\":{\"region\":\"hamstring\",\"grade\":1,"
                        "\"date\":\"2026-10-01\"}}\n"};
    result = run_coach("cohort -p stretch-ice --as-of 2026-09-30 " + line.path.string());
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("\"status\":\"rejected\",\"problem\":{\"pointer\":\"\",\"message\":"
                              "\"as_of 2026-09-30 comes before the injury date 2026-10-01\"}"),
              std::string::npos)
        << result.out;
    // A day of 9999 is named as the option's slip (cli_io_test), before any horizon is reached.
    result = run_coach("compare " + sample + " --as-of 9999-12-01");
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.err,
              "coach: --as-of: expected a date from 1900-01-01 to 2199-12-31, got "
              "\"9999-12-01\"\n");
    // An embedding host may still ask the engine for those days: a horizon past the last date that
    // can be written is refused, and estimates past it are never written.
    const auto athlete = coach::json::decode_athlete(coach::test::read_file(sample)).value->athlete;
    const auto& engine = coach::test::bundled_engine();
    try {
        engine.compare(athlete, {.as_of = coach::Date::parse("9999-12-01"), .horizon_days = 42});
        ADD_FAILURE() << "a horizon past 9999-12-31 was planned";
    } catch (const std::invalid_argument& error) {
        EXPECT_STREQ(error.what(),
                     "a horizon of 42 days from 9999-12-01 runs past 9999-12-31, "
                     "the last date a record can hold");
    }
    const auto late =
        engine.compare(athlete, {.as_of = coach::Date::parse("9999-12-20"), .horizon_days = 12});
    const auto json = coach::json::encode_comparison(late, coach::json::Layout::indented);
    EXPECT_EQ(json.find("\"0000-"), std::string::npos) << "no date past 9999-12-31";
}

TEST(record_cases, control_characters_from_a_record_are_escaped_in_text_but_kept_in_json) {
    const TempFile file{
        "control.json",
        R"({"schema":"coach.athlete/1","id":"ath\u001b[2J\u0007","profile":{"sport":"x"},
            "injury":{"region":"hamstring","grade":1,"date":"2026-10-01"},
            "assessments":[{"date":"2026-10-03","pain_rest":1}]})"};
    const auto check = run_coach("check " + file.path.string());
    EXPECT_EQ(check.exit_code, 0) << check.err;
    EXPECT_NE(check.out.find("athlete ath\\u001b[2J\\u0007, grade 1"), std::string::npos)
        << check.out;
    for (const auto* format : {"table", "csv"}) {
        const auto compare = run_coach("compare -p stretch-ice --format " + std::string{format}
                                       + " " + file.path.string());
        EXPECT_EQ(compare.out.find('\x1b'), std::string::npos) << format;
    }
    const auto plan = run_coach("plan -p stretch-ice " + file.path.string());
    EXPECT_EQ(plan.out.find('\x1b'), std::string::npos);
    EXPECT_NE(plan.out.find("plan for ath\\u001b[2J\\u0007 as of"), std::string::npos) << plan.out;
    const auto json = run_coach("plan -p stretch-ice --format json " + file.path.string());
    EXPECT_EQ(text(boost::json::parse(json.out).at("athlete")), "ath\x1b[2J\x07");

    const TempFile bad{"control-bad.json",
                       R"({"schema":"coach.athlete/1","id":"a","injury":{"region":"hamstring",
                           "grade":1,"date":"2026-10-01","site":"\u001b]0;owned\u0007"}})"};
    const auto refused = run_coach("check " + bad.path.string());
    EXPECT_EQ(refused.exit_code, 2);
    EXPECT_EQ(refused.err.find('\x1b'), std::string::npos);
    EXPECT_NE(refused.err.find("got \"\\u001b]0;owned\\u0007\""), std::string::npos) << refused.err;
}

// The gate reads symptoms, not words: "numbness and tingling" in an assessment's notes, with no
// symptom recorded, must not let plans through.
TEST(record_cases, a_red_flag_written_only_in_notes_is_refused_until_recorded_as_a_symptom) {
    const auto path = fixture("athletes/hostile/red_flag_in_notes.json");
    for (const std::string command : {"check ", "compare "}) {
        const auto result = run_coach(command + path);
        EXPECT_EQ(result.exit_code, 2) << command;
        EXPECT_EQ(result.out, "") << command;
        EXPECT_EQ(lines(result.err),
                  (std::vector<std::string>{
                      "coach: " + path
                          + ": /assessments/0/notes: mentions \"numbness\", but this assessment "
                            "does not record symptoms.numbness: record it (true or false) so "
                            "that the safety gate can act on it",
                      "coach: " + path
                          + ": /assessments/0/notes: mentions \"tingling\", but this assessment "
                            "does not record symptoms.tingling: record it (true or false) so "
                            "that the safety gate can act on it"}))
            << command;
    }
}

// A key an assessment does not know may hold a finding ("cannot_walk": true): refused, never
// ignored with a warning while plans are issued.
TEST(record_cases, an_unknown_key_in_an_assessment_is_refused_not_warned) {
    for (const std::string name : {"assessment_unknown_key", "misspelt_measurement"}) {
        const auto path = fixture("athletes/invalid/" + name + ".json");
        const auto result = run_coach("compare " + path);
        EXPECT_EQ(result.exit_code, 2) << name;
        EXPECT_EQ(result.out, "") << name;
        EXPECT_NE(result.err.find(name == "misspelt_measurement"
                                      ? "/assessments/0/pain_rst: unknown field \"pain_rst\" "
                                        "(did you mean \"pain_rest\"?); expected date,"
                                      : "/assessments/0/cannot_walk: unknown field "
                                        "\"cannot_walk\"; expected date,"),
                  std::string::npos)
            << result.err;
    }
}

// Pain 10/10 at rest and walking two days after injury: every plan carries the gate's advice to
// see a clinician (Serlin et al. 1995: 7-10 is severe on the 0-10 scale).
TEST(record_cases, severe_pain_at_rest_sends_every_plan_to_a_clinician) {
    const auto comparison = compare_json(fixture("athletes/red_flags/severe_pain_day_2.json"));
    const auto& gate = comparison.at("gate").as_array();
    ASSERT_FALSE(gate.empty());
    EXPECT_EQ(text(gate.at(0).at("level")), "advise");
    EXPECT_EQ(text(gate.at(0).at("reason")),
              "severe pain, 10/10 at rest (assessment of 2026-10-03), 10/10 walking (assessment "
              "of 2026-10-03) (7/10 or more is severe): see a clinician before loading");
    for (const auto& plan : comparison.at("plans").as_array()) {
        const auto& referrals = plan.at("referrals").as_array();
        EXPECT_TRUE(std::any_of(referrals.begin(), referrals.end(), [](const auto& referral) {
            return text(referral.at("reason")).starts_with("severe pain, 10/10 at rest");
        })) << plan.at("philosophy");
    }
}

// A withheld plan has no dose: the table must not say "rest days 42" or list empty weeks.
TEST(record_cases, a_comparison_with_every_plan_withheld_shows_no_table_of_zeros) {
    const auto result = run_coach("compare " + fixture("athletes/red_flags/numbness.json"));
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("referral (stop, safety gate, every plan): numbness recorded on"),
              std::string::npos);
    EXPECT_TRUE(result.out.ends_with(
        "No plan to compare: every philosophy was withheld or does not apply (see above).\n"))
        << result.out;
    EXPECT_EQ(result.out.find("rest days"), std::string::npos);
    EXPECT_EQ(result.out.find("Weekly dose"), std::string::npos);
}

namespace {

// How the gate's stop finding names each red flag ("numbness and tingling recorded on ...").
const std::vector<std::pair<std::string, std::string>> stop_reasons = {
    {"numbness", "numbness"},
    {"tingling", "tingling"},
    {"unable_to_bear_weight", "unable to bear weight"},
    {"palpable_gap", "a palpable gap at the injury site"}};

}  // namespace

// Red flags written as clinicians and athletes write them, abbreviations and punctuation included
// (user trial): `coach check` refuses the record, naming at each note's pointer the symptom to
// record; once it is recorded present where the note is, the gate stops every plan and names it.
TEST(record_cases, red_flags_written_in_abbreviations_and_informal_words_must_be_recorded) {
    struct Kind {
        std::string name;
        std::vector<std::pair<std::string, std::string>> notes;  // quoted words, symptom
    };
    const std::vector<Kind> kinds = {
        {"written_nerve_symptoms",
         {{"P&N", "tingling"},
          {"N&T", "numbness"},
          {"N+T", "numbness"},
          {"n/t", "numbness"},
          {"numbish", "numbness"},
          {"dead leg", "numbness"},
          {"referral into leg", "numbness"}}},
        {"written_weight_bearing",
         {{"n.w.b", "unable_to_bear_weight"}, {"TTWB", "unable_to_bear_weight"}}},
        {"written_palpable_gap", {{"cavity", "palpable_gap"}}},
        // The second user trial: other wordings of each kind.
        {"written_weight_bearing_in_words",
         {{"inability to bear", "unable_to_bear_weight"},
          {"not FWB", "unable_to_bear_weight"},
          {"WB: nil", "unable_to_bear_weight"},
          {"unable to stand", "unable_to_bear_weight"},
          {"walking with aids", "unable_to_bear_weight"},
          {"using a stick", "unable_to_bear_weight"},
          {"zimmer", "unable_to_bear_weight"},
          {"N. W. B", "unable_to_bear_weight"}}},
        {"written_gap_in_words",
         {{"gap at the site", "palpable_gap"},
          {"there is a gap", "palpable_gap"},
          {"detached", "palpable_gap"},
          {"step-off", "palpable_gap"},
          {"complete disruption", "palpable_gap"}}},
        {"written_nerve_in_words",
         {{"shoots down", "numbness"},
          {"travels to the calf", "numbness"},
          {"slump +ve", "numbness"},
          {"positive slump", "numbness"},
          {"neurological", "numbness"},
          {"dysaesthesia", "numbness"},
          {"anaesthesia", "numbness"},
          {"cauda", "numbness"},
          {"N / T", "numbness"},
          {"numbness", "numbness"}}}};  // "no numbness except at night"
    for (const auto& kind : kinds) {
        const auto path = fixture("athletes/hostile/" + kind.name + ".json");
        const auto refused = run_coach("check " + path);
        EXPECT_EQ(refused.exit_code, 2) << kind.name;
        auto errors = lines(refused.err);
        if (kind.name == "written_gap_in_words") {
            // A complete disruption is also a complete tear: grade 4 (grade_in_text.hpp).
            ASSERT_FALSE(errors.empty());
            EXPECT_EQ(
                errors.back().rfind("coach: warning: " + path
                                        + ": /assessments/4/notes: says \"complete "
                                          "disruption\", but injury records grade 2 at site b",
                                    0),
                0u)
                << errors.back();
            errors.pop_back();
        }
        ASSERT_EQ(errors.size(), kind.notes.size()) << refused.err;
        auto record = boost::json::parse(coach::test::read_file(path)).as_object();
        auto& assessments = record.at("assessments").as_array();
        for (std::size_t i = 0; i < kind.notes.size(); ++i) {
            const auto& [quoted, symptom] = kind.notes[i];
            EXPECT_EQ(errors[i].rfind("coach: " + path + ": /assessments/" + std::to_string(i)
                                          + "/notes: mentions \"" + quoted + "\", but this "
                                          + "assessment does not record symptoms." + symptom,
                                      0),
                      0u)
                << errors[i];
            assessments[i].as_object()["symptoms"] = boost::json::object{{symptom, true}};
        }
        const TempFile recorded{kind.name + ".json", boost::json::serialize(record)};
        const auto comparison = compare_json(recorded.path.string());
        const auto& gate = comparison.at("gate").as_array();
        for (const auto& [quoted, symptom] : kind.notes) {
            const auto reason =
                std::find_if(stop_reasons.begin(), stop_reasons.end(), [&](const auto& r) {
                    return r.first == symptom;
                })->second;
            const bool stopped = std::any_of(gate.begin(), gate.end(), [&](const auto& finding) {
                const auto said = text(finding.at("reason"));
                const auto named = said.substr(0, said.find(" recorded on "));
                return text(finding.at("level")) == "stop"
                       && named.find(reason) != std::string::npos;
            });
            EXPECT_TRUE(stopped) << kind.name << ": " << quoted << ": "
                                 << boost::json::serialize(gate);
        }
        for (const auto& plan : comparison.at("plans").as_array()) {
            EXPECT_EQ(text(plan.at("status")), "referral") << kind.name;
        }
    }
}

// The known false alarms: a negator on the flag word itself, a treatment, a test. Read as
// ordinary words, the record is accepted as it stands.
TEST(record_cases, red_flag_words_denied_by_a_negator_or_naming_a_treatment_are_ordinary) {
    const auto path = fixture("athletes/red_flags/written_negations.json");
    const auto result = run_coach("--width 1000 check " + path);  // the path on one line
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.err, "");
    EXPECT_NE(result.out.find("written_negations.json: ok:"), std::string::npos) << result.out;
}

// A logged item's exercise and equipment are free text like its entry's notes (user trial: a
// zimmer frame named as the exercise let plans through).
TEST(record_cases, words_in_a_logged_items_exercise_or_equipment_must_be_recorded) {
    const auto path = fixture("athletes/hostile/written_log_items.json");
    const auto result = run_coach("check " + path);
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(result.out, "");
    const std::string unrecorded =
        "but no assessment on or after 2026-10-03 records "
        "symptoms.unable_to_bear_weight: record it (true or false) so "
        "that the safety gate can act on it";
    EXPECT_EQ(
        lines(result.err),
        (std::vector<std::string>{
            "coach: " + path + ": /log/0/items/0/exercise: mentions \"zimmer\", " + unrecorded,
            "coach: " + path + ": /log/0/items/1/equipment: mentions \"crutches\", " + unrecorded,
            "coach: warning: " + path
                + ": /log/0/items/1/equipment: unknown field \"equipment\", ignored except "
                  "for red-flag words"}));
}

// Words that affirm a red flag the same assessment records false: a warning that they
// contradict the record, and the flag is read as present, so every plan is withheld (red flags
// always win).
TEST(record_cases, words_contradicting_a_flag_recorded_false_warn_and_withhold_every_plan) {
    const auto path = fixture("athletes/red_flags/written_contradicts_record.json");
    const std::string warning =
        "coach: warning: " + path
        + ": /assessments/0/notes: mentions \"unable to stand\", but this assessment records "
          "symptoms.unable_to_bear_weight false: the words contradict the record, and the red "
          "flag is read as present (red flags win); correct the one that is wrong";
    const auto checked = run_coach("--width 1000 check " + path);
    EXPECT_EQ(checked.exit_code, 0) << checked.err;
    EXPECT_EQ(lines(checked.err), std::vector<std::string>{warning});
    EXPECT_NE(checked.out.find("written_contradicts_record.json: stop: unable to bear weight "
                               "recorded on 2026-10-02 and not lifted since"),
              std::string::npos)
        << checked.out;
    const auto compared = run_coach("compare --format json " + path);
    EXPECT_EQ(compared.exit_code, 0) << compared.err;
    EXPECT_EQ(lines(compared.err), std::vector<std::string>{warning});
    const auto comparison = boost::json::parse(compared.out);
    for (const auto& plan : comparison.at("plans").as_array()) {
        EXPECT_EQ(text(plan.at("status")), "referral") << plan.at("philosophy");
    }
}

// A tear graded 4 in the notes while the injury records grade 2: the worse grade is read, a
// warning names the note's pointer, and the gate stops as for a recorded grade 4.
TEST(record_cases, a_grade_4_written_in_notes_over_a_lower_recorded_grade_is_read_and_stops) {
    const auto path = fixture("athletes/red_flags/written_grade_4.json");
    const auto result = run_coach("--width 1000 check " + path);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(lines(result.err),
              std::vector<std::string>{
                  "coach: warning: " + path
                  + ": /assessments/0/notes: says \"BAMIC 4c\", but injury records grade 2 at "
                    "site b: the worse grade is read (the worst reading wins), so the safety gate "
                    "stops every plan as for a recorded grade 4 at site c; correct the one that "
                    "is wrong"});
    EXPECT_NE(result.out.find("written_grade_4.json: stop: grade 4 (complete) tear: needs a "
                              "surgical opinion before any rehabilitation plan"),
              std::string::npos)
        << result.out;
    EXPECT_EQ(run_coach("check --strict " + path).exit_code, 2);
}

// The user trial's record (notes "BAMIC 4c" over a recorded grade 2): `coach compare` gives, in
// JSON and in text, exactly what it gives for the same record with grade 4 at site c recorded,
// with the same exit code, and the warning naming the note on stderr.
TEST(record_cases, a_grade_written_in_notes_compares_exactly_as_the_recorded_grade) {
    const auto path = fixture("athletes/red_flags/trial_bamic_4c_over_grade_2.json");
    std::ifstream in{path, std::ios::binary};
    std::string record{std::istreambuf_iterator<char>{in}, {}};
    const std::string written = R"("grade": 2, "site": "b")";
    ASSERT_NE(record.find(written), std::string::npos);
    record.replace(record.find(written), written.size(), R"("grade": 4, "site": "c")");
    ASSERT_NE(record.find(R"("notes": "BAMIC 4c")"), std::string::npos);
    record.replace(record.find(R"("notes": "BAMIC 4c")"), 19, R"("notes": "MRI done")");
    const TempFile recorded{"recorded_grade_4.json", record};
    const std::string warning =
        "coach: warning: " + path
        + ": /assessments/0/notes: says \"BAMIC 4c\", but injury records grade 2 at site b: the "
          "worse grade is read (the worst reading wins), so the safety gate stops every plan as "
          "for a recorded grade 4 at site c; correct the one that is wrong";
    for (const std::string format : {"json", "text", "csv", "html"}) {
        const auto from_notes = run_coach("--width 1000 compare --format " + format + " " + path);
        const auto from_record =
            run_coach("--width 1000 compare --format " + format + " " + recorded.path.string());
        EXPECT_EQ(from_notes.exit_code, from_record.exit_code) << format;
        EXPECT_EQ(from_notes.exit_code, 0) << format << from_notes.err;
        EXPECT_EQ(from_notes.out, from_record.out) << format;
        EXPECT_EQ(lines(from_notes.err), std::vector<std::string>{warning}) << format;
        EXPECT_TRUE(from_record.err.empty()) << format << from_record.err;
    }
    const std::string stop =
        "grade 4 (complete) tear: needs a surgical opinion before any rehabilitation plan";
    const auto compared = compare_json(path);
    ASSERT_EQ(compared.at("gate").as_array().size(), 1u);
    EXPECT_EQ(text(compared.at("gate").at(0).at("level")), "stop");
    EXPECT_EQ(text(compared.at("gate").at(0).at("reason")), stop);
    for (const auto& plan : compared.at("plans").as_array()) {
        EXPECT_EQ(text(plan.at("status")), "referral") << plan.at("philosophy");
        EXPECT_TRUE(plan.at("sessions").as_array().empty());
        EXPECT_EQ(text(plan.at("referrals").at(0).at("reason")), stop);
    }
    const auto table = run_coach("--width 1000 compare " + path);
    EXPECT_NE(table.out.find("referral (stop, safety gate, every plan): " + stop),
              std::string::npos)
        << table.out;
}

// Denied grades in the notes are no finding: no warning, and the plans go on.
TEST(record_cases, a_grade_4_the_notes_deny_is_not_read) {
    const auto path = fixture("athletes/red_flags/trial_bamic_4c_over_grade_2.json");
    std::ifstream in{path, std::ios::binary};
    const std::string original{std::istreambuf_iterator<char>{in}, {}};
    for (const std::string note : {"not grade 4", "no grade 4", "grade 4 excluded",
                                   "ruled out grade 4", "grade 4 ruled out", "grade 4 not seen"}) {
        std::string record = original;
        record.replace(record.find("BAMIC 4c"), 8, note);
        const TempFile denied{"denied_grade_4.json", record};
        const auto result = run_coach("compare --format json " + denied.path.string());
        EXPECT_EQ(result.exit_code, 0) << note << result.err;
        EXPECT_TRUE(result.err.empty()) << note << ": " << result.err;
        const auto comparison = boost::json::parse(result.out);
        for (const auto& plan : comparison.at("plans").as_array()) {
            EXPECT_EQ(text(plan.at("status")), "ok") << note << plan.at("philosophy");
        }
    }
}

// Doubt about a worse grade is that grade, and a site written apart from its grade is the
// grade's: "grade 4 cannot be excluded" and "r/o grade 4" (rule out: still to be excluded) stop
// as grade 4, "grade 3, site c" and "grade 3 tear into the tendon" (the gate's own words) as
// grade 3 into the tendon, each with the warning at the note.
TEST(record_cases, a_grade_the_notes_cannot_exclude_or_a_site_written_apart_stops) {
    const std::string raised =
        "\", but injury records grade 2 at site b: the worse grade is read "
        "(the worst reading wins), so the safety gate stops every plan as "
        "for a recorded ";
    const std::vector<std::array<std::string, 4>> cases = {
        {"grade_4_cannot_be_excluded.json", "grade 4", "grade 4 at site b",
         "stop: grade 4 (complete) tear: needs a surgical opinion before any rehabilitation "
         "plan"},
        {"grade_3_site_c_written_apart.json", "grade 3, site c", "grade 3 at site c",
         "stop: grade 3 tear into the tendon (site c): needs specialist management before a "
         "plan"},
        {"grade_4_still_to_be_ruled_out.json", "grade 4", "grade 4 at site b",
         "stop: grade 4 (complete) tear: needs a surgical opinion before any rehabilitation "
         "plan"},
        {"grade_3_tear_into_the_tendon.json", "grade 3", "grade 3 at site c",
         "stop: grade 3 tear into the tendon (site c): needs specialist management before a "
         "plan"}};
    for (const auto& [file, words, as, stop] : cases) {
        const auto path = fixture("athletes/red_flags/" + file);
        const auto result = run_coach("--width 1000 check " + path);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        EXPECT_EQ(
            lines(result.err),
            std::vector<std::string>{"coach: warning: " + path + ": /assessments/0/notes: says \""
                                     + words + raised + as + "; correct the one that is wrong"});
        EXPECT_NE(result.out.find(file + ": " + stop), std::string::npos) << result.out;
    }
}

// The user trial's records, one for each kind of fault: tendon involvement in other words
// ("grade 3 with tendon involvement") stops as grade 3 into the tendon, and grade 4 as a Roman
// numeral character ("grade \u2163") as grade 4, each with the warning at the note; a grade 4
// whose label's value denies it ("Grade 4: no") or that a later imaging result supersedes ("Grade
// 4 suspected initially, MRI showed grade 2b") stops nothing and warns of nothing.
TEST(record_cases, the_trials_grades_in_notes_stop_or_go_as_written) {
    const std::string raised =
        "\", but injury records grade 2 at site b: the worse grade is read "
        "(the worst reading wins), so the safety gate stops every plan as "
        "for a recorded ";
    const std::vector<std::array<std::string, 4>> stops = {
        {"trial_grade_3_with_tendon_involvement.json", "grade 3", "grade 3 at site c",
         "grade 3 tear into the tendon (site c): needs specialist management before a plan"},
        {"trial_grade_4_as_roman_numeral.json", "grade \u2163", "grade 4 at site b",
         "grade 4 (complete) tear: needs a surgical opinion before any rehabilitation plan"}};
    for (const auto& [file, words, as, stop] : stops) {
        const auto path = fixture("athletes/red_flags/" + file);
        const auto result = run_coach("compare --format json " + path);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        EXPECT_EQ(
            lines(result.err),
            std::vector<std::string>{"coach: warning: " + path + ": /assessments/0/notes: says \""
                                     + words + raised + as + "; correct the one that is wrong"});
        const auto comparison = boost::json::parse(result.out).as_object();
        ASSERT_EQ(comparison.at("gate").as_array().size(), 1u) << file;
        EXPECT_EQ(text(comparison.at("gate").at(0).at("level")), "stop") << file;
        EXPECT_EQ(text(comparison.at("gate").at(0).at("reason")), stop) << file;
        for (const auto& plan : comparison.at("plans").as_array()) {
            EXPECT_EQ(text(plan.at("status")), "referral") << file << plan.at("philosophy");
            EXPECT_TRUE(plan.at("sessions").as_array().empty()) << file;
        }
        EXPECT_EQ(run_coach("check --strict " + path).exit_code, 2) << file;
    }
    for (const std::string file :
         {"trial_grade_4_label_denied.json", "trial_grade_4_suspected_then_imaged.json"}) {
        const auto path = fixture("athletes/red_flags/" + file);
        const auto checked = run_coach("check --strict " + path);
        EXPECT_EQ(checked.exit_code, 0) << file << checked.err;
        EXPECT_TRUE(checked.err.empty()) << file << checked.err;
        EXPECT_EQ(checked.out.find("stop:"), std::string::npos) << checked.out;
        const auto result = run_coach("compare --format json " + path);
        EXPECT_EQ(result.exit_code, 0) << file << result.err;
        EXPECT_TRUE(result.err.empty()) << file << result.err;
        const auto comparison = boost::json::parse(result.out);
        for (const auto& finding : comparison.at("gate").as_array()) {
            EXPECT_NE(text(finding.at("level")), "stop") << file << finding;
        }
        for (const auto& plan : comparison.at("plans").as_array()) {
            EXPECT_EQ(text(plan.at("status")), "ok") << file << plan.at("philosophy");
            EXPECT_FALSE(plan.at("sessions").as_array().empty()) << file;
        }
    }
}

namespace {

// The record `file` (under athletes/red_flags) stops every plan on the grade its string at
// `pointer` says in `words` over the `recorded` grade, read `as` the worse one, with that one
// warning (and the unknown key's, for "/mri"). With `gap_doubted`, the words also doubt a
// palpable gap the assessment of `gap_day` records absent: a doubted red flag is not excluded
// (trial 35), so it is read present too, with its warning and its stop after the grade's.
void expect_grade_stop(const std::array<std::string, 5>& row, bool gap_doubted = false,
                       const std::string& gap_day = "") {
    const auto& [file, pointer, words, recorded, as] = row;
    const std::string grade_4 =
        "grade 4 (complete) tear: needs a surgical opinion before any rehabilitation plan";
    const std::string grade_3c =
        "grade 3 tear into the tendon (site c): needs specialist management before a plan";
    const auto path = fixture("athletes/red_flags/" + file);
    const auto result = run_coach("compare --format json " + path);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    std::vector<std::string> warnings;
    if (pointer == "/mri") {
        warnings.push_back("coach: warning: " + path
                           + ": /mri: unknown field \"mri\", ignored except for red-flag words");
    }
    if (gap_doubted) {
        warnings.push_back("coach: warning: " + path + ": " + pointer + ": mentions \"" + words
                           + "\", but the assessment of " + gap_day
                           + " records symptoms.palpable_gap false: the words contradict the "
                             "record, and the red flag is read as present (red flags win); "
                             "correct the one that is wrong");
    }
    warnings.push_back("coach: warning: " + path + ": " + pointer + ": says \"" + words
                       + "\", but injury records " + recorded
                       + ": the worse grade is read (the worst reading wins), so the safety "
                         "gate stops every plan as for a recorded "
                       + as + "; correct the one that is wrong");
    EXPECT_EQ(lines(result.err), warnings) << file;
    const auto comparison = boost::json::parse(result.out).as_object();
    ASSERT_EQ(comparison.at("gate").as_array().size(), gap_doubted ? 2u : 1u) << file;
    EXPECT_EQ(text(comparison.at("gate").at(0).at("level")), "stop") << file;
    EXPECT_EQ(text(comparison.at("gate").at(0).at("reason")),
              as.starts_with("grade 4") ? grade_4 : grade_3c)
        << file;
    for (const auto& plan : comparison.at("plans").as_array()) {
        EXPECT_EQ(text(plan.at("status")), "referral") << file << plan.at("philosophy");
        EXPECT_TRUE(plan.at("sessions").as_array().empty()) << file;
    }
}

}  // namespace

// The second trial's records, one for each kind of fault (the trial's runs read a pasted report
// under "mri", or the assessment's notes): a denial a later word reverses or a hedge doubts, a
// grade dated earlier but affirmed now, a complete tear in doubt, "Gd 4", a site after ';', and
// site c written alone over a recorded 3b each stop as the grade read, the warning quoting the
// words; "nothing to suggest grade 4" stops nothing.
TEST(record_cases, the_second_trials_grades_in_notes_stop_or_go_as_written) {
    const std::vector<std::array<std::string, 5>> stops = {
        {"trial30_grade_4_excluded_then_suspected.json", "/assessments/0/notes",
         "Grade 4 excluded initially, now suspected", "grade 2 at site b", "grade 4 at site b"},
        {"trial30_cannot_say_grade_4_is_excluded.json", "/assessments/0/notes",
         "cannot say grade 4 is excluded", "grade 2 at site b", "grade 4 at site b"},
        {"trial30_grade_4_previously_suspected_now_confirmed.json", "/mri",
         "grade 4 previously suspected, now confirmed", "grade 2 at site b", "grade 4 at site b"},
        {"trial30_grade_spelled_gd_4.json", "/assessments/0/notes", "Gd 4", "grade 2 at site b",
         "grade 4 at site b"},
        {"trial30_grade_3_semicolon_site_c.json", "/mri", "grade 3; site c", "grade 2 at site b",
         "grade 3 at site c"},
        {"trial30_site_c_alone_over_grade_3b.json", "/mri", "intratendinous", "grade 3 at site b",
         "grade 3 at site c"}};
    for (const auto& row : stops) {
        expect_grade_stop(row);
    }
    expect_grade_stop({"trial30_possible_complete_tear.json", "/mri", "complete tear",
                       "grade 2 at site b", "grade 4 at site b"},
                      true, "2026-10-03");
    const auto path = fixture("athletes/red_flags/trial30_nothing_to_suggest_grade_4.json");
    const auto result = run_coach("compare --format json " + path);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(lines(result.err),
              std::vector<std::string>{"coach: warning: " + path
                                       + ": /mri: unknown field \"mri\", ignored except for "
                                         "red-flag words"});
    const auto comparison = boost::json::parse(result.out);
    for (const auto& finding : comparison.at("gate").as_array()) {
        EXPECT_NE(text(finding.at("level")), "stop") << finding;
    }
    for (const auto& plan : comparison.at("plans").as_array()) {
        EXPECT_EQ(text(plan.at("status")), "ok") << plan.at("philosophy");
        EXPECT_FALSE(plan.at("sessions").as_array().empty());
    }
}

// The third trial's grades (stop 32): grade 4 in other spellings and systems, a denial qualified
// or left pending, a reversal in the next sentence stop every plan; a drill named after a tear
// goes ahead with no warning.
TEST(record_cases, the_third_trials_grades_in_notes_stop_or_go_as_written) {
    const std::string notes = "/assessments/0/notes";
    const std::string recorded = "grade 2 at site b";
    const std::vector<std::array<std::string, 5>> stops = {
        {"trial32_fourth_degree_strain.json", notes, "fourth-degree", recorded,
         "grade 4 at site b"},
        {"trial32_grade_4_likely_excluded.json", notes, "grade 4 likely excluded", recorded,
         "grade 4 at site b"},
        {"trial32_grade_4_excluded_awaiting_mri.json", notes,
         "grade 4 excluded clinically, awaiting", recorded, "grade 4 at site b"},
        {"trial32_no_grade_4_now_suspected.json", notes, "grade 4. Now suspected", recorded,
         "grade 4 at site b"},
        {"trial32_peetrons_grade_3_complete.json", notes, "grade 3 (Peetrons) - complete", recorded,
         "grade 4 at site b"},
        {"trial32_munich_type_4.json", notes, "Munich type 4", recorded, "grade 4 at site b"},
        {"trial32_bamic_3c_alone.json", notes, "3c", recorded, "grade 3 at site c"}};
    for (const auto& row : stops) {
        expect_grade_stop(row);
    }
    expect_grade_stop({"trial30_possible_complete_tear.json", "/mri", "complete tear",
                       "grade 2 at site b", "grade 4 at site b"},
                      true, "2026-10-03");
    const auto path = fixture("athletes/red_flags/trial32_completed_the_tear_drop_drill.json");
    const auto result = run_coach("check " + path);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(result.err.empty()) << result.err;
    EXPECT_EQ(result.out.find(": stop:"), std::string::npos) << result.out;
}

// The fourth trial's grades (stop 33): a hedge after the grade, a pending imaging, dissent in
// the next sentence, a complete tear beside a partial one, a regrading, Munich's 4 without
// "type" and a whole tendon torn stop every plan, and are errors under --strict; a sport's grade,
// a count of sets after a range and a temperature stop nothing, with no warning.
TEST(record_cases, the_fourth_trials_grades_in_notes_stop_or_go_as_written) {
    const std::string notes = "/assessments/0/notes";
    const std::string recorded = "grade 2 at site b";
    const std::string as = "grade 4 at site b";
    const std::vector<std::array<std::string, 5>> stops = {
        {"trial33_grade_2_or_even_4.json", notes, "grade 2 or even 4", recorded, as},
        {"trial33_grade_4_unlikely_not_impossible.json", notes, "grade 4 unlikely, not impossible",
         recorded, as},
        {"trial33_no_grade_4_on_us_mri_booked.json", notes, "grade 4 on US, MRI booked", recorded,
         as},
        {"trial33_no_grade_4_surgeon_disagrees.json", notes, "grade 4. Surgeon disagrees", recorded,
         as},
        {"trial33_complete_vs_partial_tear.json", notes, "complete vs partial tear", recorded, as},
        {"trial33_regraded_as_4.json", notes, "regraded as 4", recorded, as},
        {"trial33_munich_4.json", notes, "Munich 4", recorded, as},
        {"trial33_entire_tendon_torn.json", notes, "entire tendon torn", recorded, as}};
    for (const auto& row : stops) {
        expect_grade_stop(row);
        EXPECT_EQ(run_coach("check --strict " + fixture("athletes/red_flags/" + row[0])).exit_code,
                  2)
            << row[0];
    }
    // "plays grade 4 football. grade 2 - 4 sets of nordics. MRI: grade 2b. 4c outside
    // temperature."
    const auto path = fixture("athletes/red_flags/trial33_grades_of_other_things.json");
    const auto result = run_coach("check --strict " + path);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(result.err.empty()) << result.err;
    EXPECT_EQ(result.out.find(": stop:"), std::string::npos) << result.out;
}

// Grades that are not this injury's stop nothing: a range followed by a time ("grade 2 - 4
// weeks out"), a denial before the grade ("unlikely grade 4"), the profile's sport ("grade 4
// league"); an earlier injury's ("BAMIC 4c (2019), now grade 2b") only warns.
TEST(record_cases, grades_not_of_this_injury_leave_the_plans_as_recorded) {
    const auto path = fixture("athletes/red_flags/grades_not_of_this_injury.json");
    const auto result = run_coach("compare --format json " + path);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(lines(result.err),
              std::vector<std::string>{
                  "coach: warning: " + path
                  + ": /injury/notes: says \"BAMIC 4c\", dated as an earlier injury: injury "
                    "records grade 2 at site b, which the safety gate reads; check the grade"});
    const auto comparison = boost::json::parse(result.out);
    for (const auto& finding : comparison.at("gate").as_array()) {
        EXPECT_NE(text(finding.at("level")), "stop") << finding;
    }
    for (const auto& plan : comparison.at("plans").as_array()) {
        EXPECT_EQ(text(plan.at("status")), "ok") << plan.at("philosophy");
    }
}

// Grades the notes set aside or that label a place stop nothing and warn of nothing: "grade 2b
// rather than 4c", "grade 4 not seen", "Scan in room 4c".
TEST(record_cases, grades_set_aside_denied_or_labelling_a_place_leave_the_plans_as_recorded) {
    const auto path = fixture("athletes/red_flags/grades_denied_or_labelling_a_place.json");
    const auto checked = run_coach("check --strict " + path);
    EXPECT_EQ(checked.exit_code, 0) << checked.err;
    EXPECT_TRUE(checked.err.empty()) << checked.err;
    const auto result = run_coach("compare --format json " + path);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(result.err.empty()) << result.err;
    const auto comparison = boost::json::parse(result.out);
    for (const auto& finding : comparison.at("gate").as_array()) {
        EXPECT_NE(text(finding.at("level")), "stop") << finding;
    }
    for (const auto& plan : comparison.at("plans").as_array()) {
        EXPECT_EQ(text(plan.at("status")), "ok") << plan.at("philosophy");
    }
}

// An unknown key's text is read for red flags like any other string of the record, and its
// warning says so; a log entry's `notes` is its own free text, read, and no warning.
TEST(record_cases, a_log_entrys_unknown_comment_is_warned_about_and_read_for_red_flags) {
    const auto path = fixture("athletes/hostile/log_comment.json");
    const auto result = run_coach("check " + path);
    EXPECT_EQ(result.exit_code, 2);
    EXPECT_EQ(lines(result.err),
              (std::vector<std::string>{
                  "coach: " + path
                      + ": /log/1/comment: mentions \"N+T\", but no assessment on or after "
                        "2026-10-05 records symptoms.numbness or symptoms.tingling: record it "
                        "(true or false) so that the safety gate can act on it",
                  "coach: warning: " + path
                      + ": /log/0/comment: unknown field \"comment\", ignored except for "
                        "red-flag words",
                  "coach: warning: " + path + ": /log/0/rpe: unknown field \"rpe\", ignored",
                  "coach: warning: " + path
                      + ": /log/1/comment: unknown field \"comment\", ignored except for "
                        "red-flag words"}));
}

// The user trial's records with a grade in a field the schema does not know ("mri": {"grade": 4},
// "injury_grade_mri": "4") over a recorded grade 2: every plan is withheld as the grade 4
// referral, and a warning names the field's pointer (it was "unknown field ignored" and plans
// were issued).
TEST(record_cases, a_grade_4_in_a_field_the_schema_does_not_know_withholds_every_plan) {
    const std::string injury =
        R"("injury":{"region":"hamstring","grade":2,"site":"b","date":"2026-10-01"},)"
        R"("assessments":[{"date":"2026-10-02","symptoms":{"numbness":false,"tingling":false,)"
        R"("unable_to_bear_weight":false,"palpable_gap":false,"altered_gait":false}}])";
    const std::vector<std::pair<std::string, std::string>> fields = {
        {R"("mri":{"grade":4})", "/mri/grade"}, {R"("injury_grade_mri":"4")", "/injury_grade_mri"}};
    for (const auto& [field, pointer] : fields) {
        const TempFile file{"grade_field.json", R"({"schema":"coach.athlete/1","id":"a",)" + field
                                                    + "," + injury + "}"};
        const auto path = file.path.string();
        const auto checked = run_coach("--width 1000 check " + path);
        EXPECT_EQ(checked.exit_code, 0) << checked.err;
        EXPECT_NE(checked.err.find(
                      "coach: warning: " + path + ": " + pointer
                      + ": holds grade 4 in a field the schema does not know, but injury records "
                        "grade 2 at site b: the worse grade is read (the worst reading wins), so "
                        "the safety gate stops every plan as for a recorded grade 4 at site b; "
                        "correct the one that is wrong"),
                  std::string::npos)
            << checked.err;
        EXPECT_EQ(run_coach("check --strict " + path).exit_code, 2);
        const auto compared = compare_json(path);
        EXPECT_EQ(text(compared.at("gate").at(0).at("reason")),
                  "grade 4 (complete) tear: needs a surgical opinion before any rehabilitation "
                  "plan");
        for (const auto& plan : compared.at("plans").as_array()) {
            EXPECT_EQ(text(plan.at("status")), "referral") << field << plan.at("philosophy");
        }
    }
}
