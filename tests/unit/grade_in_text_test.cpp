// Grades written in words (engine/src/json/grade_in_text.hpp): a grade the safety gate stops on
// (4, or 3 at site c) that a note affirms over a lower recorded grade raises the record's injury
// to it, with a warning at the note's pointer; a denied grade is not read, a dated one only
// warns. A missed grade lets plans through a complete tear; a false one stops them, and the
// warning says where to correct the record.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "coach/json.hpp"

using coach::Site;
using coach::json::decode_athlete;

namespace {

// A valid record of a grade `grade` injury (at `site`, when given) whose one assessment records
// every red flag absent and says `note`.
coach::json::Decoded<coach::json::AthleteFile> decode_noted(const std::string& note, int grade = 2,
                                                            const std::string& site = "b") {
    return decode_athlete(
        R"({"schema":"coach.athlete/1","id":"a","injury":{"region":"hamstring","grade":)"
        + std::to_string(grade) + (site.empty() ? "" : R"(,"site":")" + site + "\"")
        + R"(,"date":"2026-10-01"},"assessments":[{"date":"2026-10-02","symptoms":{)"
        + R"("numbness":false,"tingling":false,"unable_to_bear_weight":false,)"
        + R"("palpable_gap":false},"notes":")" + note + R"("}]})");
}

struct Read {
    int grade = 0;
    std::optional<Site> site;
    std::vector<std::string> warnings;
};

Read read(const std::string& note, int grade = 2, const std::string& site = "b") {
    const auto decoded = decode_noted(note, grade, site);
    EXPECT_TRUE(decoded.value) << note << ": "
                               << (decoded.problems.empty() ? ""
                                                            : decoded.problems.front().to_string());
    if (!decoded.value) {
        return {};
    }
    Read out{decoded.value->athlete.injury.grade, decoded.value->athlete.injury.site, {}};
    for (const auto& warning : decoded.warnings) {
        out.warnings.push_back(warning.to_string());
    }
    return out;
}

}  // namespace

TEST(grade_in_text, a_grade_4_in_any_spelling_raises_the_recorded_grade_with_a_warning) {
    for (const std::string said :
         {"grade IV", "Grade 4", "Gr. 4", "gr 4", "Gr4", "G4", "grade4", "grade four", "4b (BAMIC)",
          "GRADE iv", "grade 3/4", "grade 3-4", "grade 3 or 4", "Gr 3/4"}) {
        const auto result = read("MRI: " + said + ", proximal.");
        EXPECT_EQ(result.grade, 4) << said;
        EXPECT_EQ(result.site, Site::b) << said;  // no site written: the recorded one stays
        EXPECT_EQ(result.warnings,
                  std::vector<std::string>{
                      "/assessments/0/notes: says \"" + said
                      + "\", but injury records grade 2 at site b: the worse grade is read (the "
                        "worst reading wins), so the safety gate stops every plan as for a "
                        "recorded grade 4 at site b; correct the one that is wrong"})
            << said;
    }
}

TEST(grade_in_text, a_written_site_comes_with_the_grade) {
    const auto result = read("MRI: grade IV, BAMIC 4c");
    EXPECT_EQ(result.grade, 4);
    EXPECT_EQ(result.site, Site::c);
    EXPECT_EQ(result.warnings,
              std::vector<std::string>{
                  "/assessments/0/notes: says \"BAMIC 4c\", but injury records grade 2 at site b: "
                  "the worse grade is read (the worst reading wins), so the safety gate stops "
                  "every plan as for a recorded grade 4 at site c; correct the one that is "
                  "wrong"});
    EXPECT_EQ(read("grade IVc").site, Site::c);
    EXPECT_EQ(read("bamic 4a").site, Site::a);
}

TEST(grade_in_text, grade_3_into_the_tendon_over_a_lower_grade_or_another_site_is_read) {
    for (const auto& [grade, site] :
         std::vector<std::pair<int, std::string>>{{2, "b"}, {3, "b"}, {3, "a"}, {1, ""}}) {
        const auto result = read("BAMIC 3c on MRI", grade, site);
        EXPECT_EQ(result.grade, 3) << grade << site;
        EXPECT_EQ(result.site, Site::c) << grade << site;
        ASSERT_EQ(result.warnings.size(), 1u) << grade << site;
        EXPECT_NE(result.warnings[0].find("as for a recorded grade 3 at site c"), std::string::npos)
            << result.warnings[0];
    }
}

TEST(grade_in_text, a_bamic_grade_alone_counts_in_a_note_about_a_grading_or_imaging) {
    for (const std::string note : {"MRI: 4c", "4c on the scan", "BAC 4c", "USS today: 4a",
                                   "graded on MRI as 3c", "ultrasound shows 4b"}) {
        EXPECT_GE(read(note).grade, 3) << note;
    }
    for (const std::string note : {"ice bath 4c", "session 4c done", "MRI booked, ice at 4\u00b0C",
                                   "MRI: IVC unremarkable"}) {
        const auto result = read(note);
        EXPECT_EQ(result.grade, 2) << note;
        EXPECT_TRUE(result.warnings.empty()) << note << ": " << result.warnings.front();
    }
}

TEST(grade_in_text, a_denied_grade_is_not_read) {
    for (const std::string note :
         {"not grade 4", "no grade 4", "grade 4 excluded", "ruled out grade 4",
          "MRI rules out grade 4", "no evidence of a grade 4 tear", "grade 4 tear ruled out on MRI",
          "r/o grade 4", "BAMIC 4c negative", "grade 4 unlikely", "MRI: not a grade IV, BAMIC 2b",
          "excluded grade 3c"}) {
        const auto result = read(note);
        EXPECT_EQ(result.grade, 2) << note;
        EXPECT_TRUE(result.warnings.empty()) << note << ": " << result.warnings.front();
    }
}

TEST(grade_in_text, a_denial_that_is_itself_denied_or_elsewhere_in_the_note_does_not_hide_it) {
    for (const std::string note :
         {"cannot exclude grade 4", "can't rule out grade 4", "grade 4 not ruled out",
          "no numbness, BAMIC 4c", "BAMIC 4c tear with no nerve involvement",
          "grade 4 tear 2 weeks ago", "? grade 4", "possible grade 4, MRI pending"}) {
        EXPECT_EQ(read(note).grade, 4) << note;
    }
}

TEST(grade_in_text, a_grade_dated_to_an_earlier_injury_warns_and_the_recorded_grade_decides) {
    const auto result = read("previous grade 4 tear, other leg");
    EXPECT_EQ(result.grade, 2);
    EXPECT_EQ(result.warnings,
              std::vector<std::string>{"/assessments/0/notes: says \"grade 4\", dated as an "
                                       "earlier injury: injury records grade 2 at site b, which "
                                       "the safety gate reads; check the grade"});
    for (const std::string note : {"hx of grade IV", "prior BAMIC 4c", "grade 4 previously"}) {
        EXPECT_EQ(read(note).grade, 2) << note;
        EXPECT_EQ(read(note).warnings.size(), 1u) << note;
    }
}

TEST(grade_in_text, a_grade_the_gate_does_not_stop_on_or_no_worse_than_recorded_is_not_read) {
    for (const std::string note :
         {"grade 3", "grade 2-3", "BAMIC 3b", "grade 2, 4 sessions a week", "MRI: 3a", "grade 1"}) {
        const auto result = read(note);
        EXPECT_EQ(result.grade, 2) << note;
        EXPECT_EQ(result.site, Site::b) << note;
        EXPECT_TRUE(result.warnings.empty()) << note << ": " << result.warnings.front();
    }
    EXPECT_TRUE(read("grade 4 on MRI", 4).warnings.empty());
    EXPECT_EQ(read("BAMIC 4c", 4).site, Site::b);  // a grade 4 stops whatever its site
    EXPECT_TRUE(read("BAMIC 3c", 3, "c").warnings.empty());
    EXPECT_TRUE(read("BAMIC 3c", 4).warnings.empty());
    // Grade 4 is worse than 3c: read over it.
    EXPECT_EQ(read("BAMIC 4c", 3, "c").grade, 4);
}

TEST(grade_in_text, the_worst_grade_of_every_note_is_read) {
    const auto decoded = decode_athlete(
        R"({"schema":"coach.athlete/1","id":"a","injury":{"region":"hamstring","grade":2,)"
        R"("site":"b","date":"2026-10-01","notes":"BAMIC 3c"},"assessments":[{"date":)"
        R"("2026-10-02","symptoms":{"numbness":false,"tingling":false,)"
        R"("unable_to_bear_weight":false,"palpable_gap":false},"notes":"grade 4"}]})");
    ASSERT_TRUE(decoded.value);
    EXPECT_EQ(decoded.value->athlete.injury.grade, 4);
    EXPECT_EQ(decoded.value->athlete.injury.site, Site::b);  // the worst reading names none
    ASSERT_EQ(decoded.warnings.size(), 2u);
    EXPECT_EQ(decoded.warnings[0].pointer, "/injury/notes");
    EXPECT_EQ(decoded.warnings[1].pointer, "/assessments/0/notes");
}
