// Grades written in words (engine/src/json/grade_in_text.hpp): a grade the safety gate stops on
// (4, or 3 at site c) that a note affirms over a lower recorded grade raises the record's injury
// to it, with a warning at the note's pointer; a denied grade is not read, a dated one only
// warns. A missed grade lets plans through a complete tear; a false one stops them, and the
// warning says where to correct the record.
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "coach/json.hpp"

using coach::Site;
using coach::json::decode_athlete;

namespace {

// A valid record of a grade `grade` injury (at `site`, when given) on 2026-10-01 whose one
// assessment records every red flag absent and says `note`; the injury's notes and the profile's
// sport too, when given.
struct Record {
    std::string note;
    int grade = 2;
    std::string site = "b";
    std::string injury_notes;
    std::string sport;
};

coach::json::Decoded<coach::json::AthleteFile> decode(const Record& record) {
    const auto quoted = [](const std::string& key, const std::string& value) {
        return value.empty() ? std::string{} : ",\"" + key + "\":\"" + value + "\"";
    };
    return decode_athlete(
        R"({"schema":"coach.athlete/1","id":"a")"
        + (record.sport.empty() ? "" : R"(,"profile":{"sport":")" + record.sport + "\"}")
        + R"(,"injury":{"region":"hamstring","grade":)" + std::to_string(record.grade)
        + quoted("site", record.site) + quoted("notes", record.injury_notes)
        + R"(,"date":"2026-10-01"},"assessments":[{"date":"2026-10-02","symptoms":{)"
        + R"("numbness":false,"tingling":false,"unable_to_bear_weight":false,)"
        + R"("palpable_gap":false},"notes":")" + record.note + R"("}]})");
}

struct Read {
    int grade = 0;
    std::optional<Site> site;
    std::vector<std::string> warnings;
};

Read read(const Record& record) {
    const auto decoded = decode(record);
    EXPECT_TRUE(decoded.value) << record.note << ": "
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

Read read(const std::string& note, int grade = 2, const std::string& site = "b") {
    return read(Record{note, grade, site});
}

// The warning for `words` in the assessment's notes read over a recorded 2b as `raised`.
std::string raised_warning(const std::string& words, const std::string& raised) {
    return "/assessments/0/notes: says \"" + words
           + "\", but injury records grade 2 at site b: the worse grade is read (the worst "
             "reading wins), so the safety gate stops every plan as for a recorded "
           + raised + "; correct the one that is wrong";
}

// `note` over a recorded 2b leaves the grade and site as recorded, with no warning.
void expect_not_read(const std::string& note) {
    const auto result = read(note);
    EXPECT_EQ(result.grade, 2) << note;
    EXPECT_EQ(result.site, Site::b) << note;
    EXPECT_TRUE(result.warnings.empty()) << note << ": " << result.warnings.front();
}

// `note` over a recorded 2b is read as `grade` at `site`, the warning quoting `said`.
void expect_raised(const std::string& note, const std::string& said, int grade, Site site) {
    const auto result = read(note);
    EXPECT_EQ(result.grade, grade) << note;
    EXPECT_EQ(result.site, site) << note;
    const char letter = site == Site::a ? 'a' : site == Site::b ? 'b' : 'c';
    EXPECT_EQ(result.warnings, std::vector<std::string>{raised_warning(
                                   said, "grade " + std::to_string(grade) + " at site " + letter)})
        << note;
}

// Every note of `table` over a recorded 2b is read as grade `grade`, its one warning quoting
// the words paired with the note.
void expect_all_read(const std::vector<std::pair<std::string, std::string>>& table, int grade) {
    for (const auto& [note, said] : table) {
        const auto result = read(note);
        EXPECT_EQ(result.grade, grade) << note;
        ASSERT_EQ(result.warnings.size(), 1u) << note;
        EXPECT_NE(result.warnings[0].find("says \"" + said + "\""), std::string::npos)
            << result.warnings[0];
    }
}

// Every row of `table` (note, words quoted, grade, site) over a recorded 2b is read exactly so.
void expect_all_raised(const std::vector<std::tuple<std::string, std::string, int, Site>>& table) {
    for (const auto& [note, said, grade, site] : table) {
        expect_raised(note, said, grade, site);
    }
}

}  // namespace

TEST(grade_in_text, a_grade_4_in_any_spelling_raises_the_recorded_grade_with_a_warning) {
    for (const std::string said :
         {"grade IV", "Grade 4", "Gr. 4", "gr 4", "Gr4", "G4", "grade4", "grade four", "4b (BAMIC)",
          "GRADE iv", "grade 3/4", "grade 3-4", "grade 3 or 4", "Gr 3/4"}) {
        expect_raised("MRI: " + said + ", proximal.", said, 4, Site::b);
    }
}

TEST(grade_in_text, a_written_site_comes_with_the_grade) {
    const auto result = read("MRI: grade IV, BAMIC 4c");
    EXPECT_EQ(result.grade, 4);
    EXPECT_EQ(result.site, Site::c);
    EXPECT_EQ(result.warnings,
              std::vector<std::string>{raised_warning("BAMIC 4c", "grade 4 at site c")});
    EXPECT_EQ(read("grade IVc").site, Site::c);
    EXPECT_EQ(read("bamic 4a").site, Site::a);
}

TEST(grade_in_text, a_site_written_apart_from_the_grade_comes_with_it) {
    for (const std::string said :
         {"grade 3 intratendinous", "grade three c", "grade III c", "grade 3 (c)",
          "grade 3, site c", "grade 3 site c", "grade 3 at site c", "Grade 3 (site c)", "BAMIC 3 c",
          "grade 3 - c"}) {
        expect_raised("MRI: " + said + " tear", said, 3, Site::c);
    }
    for (const std::string note :
         {"grade 3 tear at the intratendinous site", "intratendinous grade III tear"}) {
        EXPECT_EQ(read(note).site, Site::c) << note;
        EXPECT_EQ(read(note).grade, 3) << note;
    }
    EXPECT_EQ(read("grade IV (a)").site, Site::a);
    EXPECT_EQ(read("grade 4 at a guess").site, Site::b);
    EXPECT_EQ(read("grade 4 myofascial").site, Site::a);
    // "a" alone is a word; "c/o" is "complains of".
    EXPECT_EQ(read("grade 4 a week ago").site, Site::b);
    expect_not_read("grade 3 c/o pain");
}

// Site c written in words, split, joined to the grade, or full-width: "grade 3 tear into the
// tendon" (the gate's own wording), "intra-tendinous", "BAMIC3c", "BAMIC 3.c", "grade 3 at c".
TEST(grade_in_text, site_c_in_words_or_joined_forms_is_read_as_site_c) {
    for (const auto& [note, said] : std::vector<std::pair<std::string, std::string>>{
             {"MRI: grade 3 tear into the tendon", "grade 3"},
             {"grade 3 tear into the tendon (site c)", "grade 3"},
             {"MRI: grade 3, intra-tendinous", "grade 3, intra-tendinous"},
             {"MRI: grade 3 intra-tendinous tear", "grade 3 intra-tendinous"},
             {"MRI: grade 3 (intratendinous)", "grade 3 (intratendinous)"},
             {"MRI: grade 3, intratendinous", "grade 3, intratendinous"},
             {"intra-tendinous grade 3 tear", "grade 3"},
             {"MRI: grade 3 tear extending into the tendon", "grade 3"},
             {"grade 3 tear extending into the proximal tendon", "grade 3"},
             {"grade III strain within the tendon", "grade III"},
             {"grade 3 intra tendinous", "grade 3 intra tendinous"},
             {"MRI: BAMIC3c", "BAMIC3c"},
             {"bamic3c on MRI", "bamic3c"},
             {"MRI: BAMIC 3.c", "BAMIC 3.c"},
             {"grade 3.c", "grade 3.c"},
             {"MRI: grade 3 at c", "grade 3 at c"},
             {"MRI: \uFF13c", "\uFF13c"},
             {"MRI: BAMIC \uFF13\uFF43", "BAMIC \uFF13\uFF43"},
             {"grade\u00A03c", "grade\u00A03c"}}) {
        expect_raised(note, said, 3, Site::c);
    }
    expect_all_read(
        {{"bamic4c", "bamic4c"},
         {"MRI: BAMIC4c", "BAMIC4c"},
         {"MRI: grade \uFF14", "grade \uFF14"},
         {"MRI: \uFF14c", "\uFF14c"},
         {"grade\u3000\uFF14", "grade\u3000\uFF14"},
         {"MRI: \uFF27\uFF52\uFF41\uFF44\uFF45 \uFF14", "\uFF27\uFF52\uFF41\uFF44\uFF45 \uFF14"}},
        4);
    // The tendon named but not as the tear's site.
    for (const std::string note :
         {"grade 3 tear not extending into the tendon", "grade 3 tear, tendon intact",
          "grade 3 tear sparing the tendon", "grade 3 at a"}) {
        EXPECT_NE(read(note, 2, "b").site, Site::c) << note;
    }
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

TEST(grade_in_text, grade_3_with_no_site_over_a_recorded_site_c_is_3c) {
    for (const std::string said : {"grade 3", "grade III", "Gr3", "grade 2/3"}) {
        const auto result = read("MRI: " + said, 2, "c");
        EXPECT_EQ(result.grade, 3) << said;
        EXPECT_EQ(result.site, Site::c) << said;
        EXPECT_EQ(result.warnings,
                  std::vector<std::string>{
                      "/assessments/0/notes: says \"" + said
                      + "\", but injury records grade 2 at site c: the worse grade is read (the "
                        "worst reading wins), so the safety gate stops every plan as for a "
                        "recorded grade 3 at site c; correct the one that is wrong"})
            << said;
    }
    EXPECT_TRUE(read("grade 3", 3, "c").warnings.empty());  // no worse than recorded
}

TEST(grade_in_text, a_bamic_grade_alone_counts_in_a_note_about_a_grading_or_imaging) {
    for (const std::string note : {"MRI: 4c", "4c on the scan", "BAC 4c", "USS today: 4a",
                                   "graded on MRI as 3c", "ultrasound shows 4b"}) {
        EXPECT_GE(read(note).grade, 3) << note;
    }
    for (const std::string note : {"ice bath 4c", "session 4c done", "MRI booked, ice at 4\u00b0C",
                                   "MRI: IVC unremarkable"}) {
        expect_not_read(note);
    }
}

TEST(grade_in_text, a_denied_grade_is_not_read) {
    for (const std::string note : {"not grade 4",
                                   "no grade 4",
                                   "grade 4 excluded",
                                   "ruled out grade 4",
                                   "MRI rules out grade 4",
                                   "no evidence of a grade 4 tear",
                                   "grade 4 tear ruled out on MRI",
                                   "BAMIC 4c negative",
                                   "grade 4 unlikely",
                                   "MRI: not a grade IV, BAMIC 2b",
                                   "excluded grade 3c",
                                   "unlikely grade 4",
                                   "MRI: unlikely BAMIC 4c",
                                   "not consistent with grade 4",
                                   "not consistent with a grade 4 tear",
                                   "inconsistent with grade IV",
                                   "not in keeping with grade 4",
                                   "without a grade 4 tear",
                                   "nil grade 4",
                                   "grade 4 absent",
                                   "unlikely to be grade 4",
                                   "grade 4 ruled out",
                                   "grade 4 not seen",
                                   "MRI: grade 4 not shown",
                                   "grade IV tear was not seen on MRI",
                                   "BAMIC 4c not identified",
                                   "grade 4 could not be seen"}) {
        expect_not_read(note);
    }
}

// A grade set against the one affirmed ("2b rather than 4c", "instead of 4c") is denied.
TEST(grade_in_text, a_grade_set_aside_for_another_is_not_read) {
    for (const std::string note :
         {"grade 2b rather than 4c", "MRI: grade 2b rather than 4c", "BAMIC 2b rather than 4c",
          "grade 2b rather than grade 4", "MRI: 2b, not 4c", "scan: grade 2b instead of 4c",
          "MRI: grade 2 rather than 4"}) {
        expect_not_read(note);
    }
}

// A grade alone labels a place or an item after "room", "bay", "slice"... ("Scan in room 4c"):
// the lone-grade rule (a BAMIC grade in digits in a note that names imaging) does not read it.
TEST(grade_in_text, a_lone_grade_that_labels_a_place_is_not_read) {
    for (const std::string note :
         {"Scan in room 4c", "scan booked, room 4c", "MRI: bay 4c", "MRI in rm 4c at 10:00",
          "scan: see slice 4c", "MRI: Room 3c", "scan, room no. 4c", "scan in clinic 4c"}) {
        expect_not_read(note);
    }
    EXPECT_EQ(read("Scan in room 2: 4c").grade, 4);  // the label is the room's number, not 4c
}

TEST(grade_in_text, doubt_about_a_worse_grade_is_read_as_that_grade) {
    for (const std::string said :
         {"grade 4 cannot be excluded", "grade 4 can't be ruled out", "cannot rule out grade 4",
          "can't rule out grade 4", "grade 4 could not be excluded", "unable to exclude grade 4",
          "not able to rule out a grade 4", "grade 4 can not be fully excluded",
          "cannot exclude grade 4", "grade 4 not ruled out", "? grade 4", "not unlikely grade 4",
          "consistent with grade 4"}) {
        const auto result = read("MRI: " + said);
        EXPECT_EQ(result.grade, 4) << said;
        EXPECT_EQ(result.warnings.size(), 1u) << said;
    }
    EXPECT_EQ(read("MRI: grade 4 cannot be excluded").warnings,
              std::vector<std::string>{raised_warning("grade 4", "grade 4 at site b")});
}

// A grade still to be excluded is suspected: "r/o" is "rule out", a test to come, as "to rule
// out", "to exclude" and "yet to be excluded" are; only a test done denies ("ruled out").
TEST(grade_in_text, a_grade_still_to_be_ruled_out_is_read_as_that_grade) {
    for (const std::string note :
         {"grade 4 yet to be excluded", "to rule out grade 4", "MRI to exclude grade 4",
          "r/o grade 4", "MRI r/o grade 4", "R/O grade IV", "grade 4 to be ruled out",
          "MRI booked to r/o grade 4 tear", "grade 4 needs to be excluded", "rule out grade 4",
          "grade 4 should be excluded on MRI", "grade 4 not yet excluded",
          "MRI to exclude BAMIC 4c", "exclude grade 4 on MRI"}) {
        const auto result = read(note);
        EXPECT_EQ(result.grade, 4) << note;
        EXPECT_EQ(result.warnings.size(), 1u) << note;
    }
    EXPECT_EQ(read("MRI booked to r/o grade 4 tear").warnings,
              std::vector<std::string>{raised_warning("grade 4", "grade 4 at site b")});
}

// A worse grade offered as a possibility beside the grade ("grade 2 (possibly 4)", "2 vs 4") or
// alone after a word of doubt ("possible 4", "?4") is that grade, as "grade 3/4" is.
TEST(grade_in_text, a_worse_grade_offered_as_a_possibility_is_read_as_that_grade) {
    for (const std::string said :
         {"grade 2 (possibly 4)", "grade 2 vs 4", "grade 2 ?4", "grade 2 vs. 4", "Grade 2 v 4",
          "grade 2, possibly 4", "grade 2 (? 4)", "grade 2 or possibly 4", "grade ?4",
          "grade 2 versus 4", "BAMIC 2b (probably 4)", "gr 2 query 4"}) {
        expect_raised("MRI: " + said + " tear", said, 4, Site::b);
    }
    for (const auto& [note, said] : std::vector<std::pair<std::string, std::string>>{
             {"MRI: grade 2b, possible 4", "grade 2b, possible 4"},
             {"MRI: possible 4", "possible 4"},
             {"MRI: ?4", "?4"},
             {"MRI: 2 vs 4", "2 vs 4"},
             {"scan: suspected 4", "suspected 4"},
             {"USS: ? 4c", "4c"},
             {"MRI: possible 3c", "3c"}}) {
        const auto result = read(note);
        EXPECT_GE(result.grade, 3) << note;
        ASSERT_EQ(result.warnings.size(), 1u) << note;
        EXPECT_NE(result.warnings[0].find("says \"" + said + "\""), std::string::npos)
            << result.warnings[0];
    }
    // A measure, a scale or a note with no grading or imaging is no grade.
    for (const std::string note :
         {"MRI: possible 4 weeks out", "MRI: pain 2 vs 4 last week", "MRI: ?4/52",
          "MRI: possible 4 cm haematoma", "possible 4 sessions a week", "? 4 more reps",
          "MRI: pain ?4/10", "grade 2 (possibly 4 weeks)", "trained 2 vs 4 days"}) {
        expect_not_read(note);
    }
}

TEST(grade_in_text, a_denial_that_is_itself_denied_or_elsewhere_in_the_note_does_not_hide_it) {
    for (const std::string note :
         {"no numbness, BAMIC 4c", "BAMIC 4c tear with no nerve involvement",
          "grade 4 tear 2 weeks ago", "possible grade 4, MRI pending", "came off a grade 4 tear"}) {
        EXPECT_EQ(read(note).grade, 4) << note;
    }
}

TEST(grade_in_text, a_range_followed_by_a_time_is_one_grade_and_a_time) {
    for (const std::string note : {"grade 2 - 4 weeks out", "grade 2-4 wks", "grade 2 to 4 months",
                                   "grade 2 - 4 days", "Gr 2-4/52", "grade 2 or 4 weeks"}) {
        expect_not_read(note);
    }
    EXPECT_EQ(read("grade 3-4 tear, 4 weeks out").grade, 4);
}

TEST(grade_in_text, a_sports_grade_or_the_profile_is_not_the_tears_grade) {
    for (const std::string note :
         {"plays grade 4 league", "grade 4 team captain", "back to grade IV competition soon"}) {
        expect_not_read(note);
    }
    const auto result = read(Record{.note = "MRI booked", .sport = "grade 4 league"});
    EXPECT_EQ(result.grade, 2);
    EXPECT_TRUE(result.warnings.empty()) << result.warnings.front();
}

// A report pasted under a key the schema does not know is read: missing its grade would let a
// complete tear be planned. The goal names an event, not the tear.
TEST(grade_in_text, a_report_under_an_unknown_key_is_read_and_the_goal_is_not) {
    const auto pasted = decode_athlete(
        R"({"schema":"coach.athlete/1","id":"a","mri":"BAMIC 4c",)"
        R"("injury":{"region":"hamstring","grade":2,"site":"b","date":"2026-10-01"}})");
    ASSERT_TRUE(pasted.value);
    EXPECT_EQ(pasted.value->athlete.injury.grade, 4);
    EXPECT_EQ(pasted.value->athlete.injury.site, Site::c);
    const auto goal = decode_athlete(
        R"({"schema":"coach.athlete/1","id":"a","goal":{"event":"grade 4 cup final"},)"
        R"("injury":{"region":"hamstring","grade":2,"site":"b","date":"2026-10-01"}})");
    ASSERT_TRUE(goal.value);
    EXPECT_EQ(goal.value->athlete.injury.grade, 2);
}

TEST(grade_in_text, a_grade_dated_to_an_earlier_injury_warns_and_the_recorded_grade_decides) {
    const auto result = read("previous grade 4 tear, other leg");
    EXPECT_EQ(result.grade, 2);
    EXPECT_EQ(result.warnings,
              std::vector<std::string>{"/assessments/0/notes: says \"grade 4\", dated as an "
                                       "earlier injury: injury records grade 2 at site b, which "
                                       "the safety gate reads; check the grade"});
    for (const std::string note :
         {"hx of grade IV", "prior BAMIC 4c", "grade 4 previously", "last season grade 4",
          "grade 4 last year", "previous season: grade 4 tear", "in 2019 grade 4 tear",
          "grade 4 tear in 2019", "history of grade 4", "prev season grade 4",
          "MRI: BAMIC 4c (2019), now grade 2b"}) {
        const auto dated = read(note);
        EXPECT_EQ(dated.grade, 2) << note;
        EXPECT_EQ(dated.warnings.size(), 1u) << note;
    }
    const auto bracketed =
        read(Record{.note = "", .injury_notes = "BAMIC 4c (2019), now grade 2b"});
    EXPECT_EQ(bracketed.warnings,
              std::vector<std::string>{"/injury/notes: says \"BAMIC 4c\", dated as an earlier "
                                       "injury: injury records grade 2 at site b, which the safety "
                                       "gate reads; check the grade"});
    // The injury's own year, or the latest scan, dates nothing.
    EXPECT_EQ(read("grade 4 tear in 2026").grade, 4);
    EXPECT_EQ(read("last MRI: grade 4").grade, 4);
}

TEST(grade_in_text, a_grade_the_gate_does_not_stop_on_or_no_worse_than_recorded_is_not_read) {
    for (const std::string note :
         {"grade 3", "grade 2-3", "BAMIC 3b", "grade 2, 4 sessions a week", "MRI: 3a", "grade 1"}) {
        expect_not_read(note);
    }
    EXPECT_TRUE(read("grade 4 on MRI", 4).warnings.empty());
    EXPECT_EQ(read("BAMIC 4c", 4).site, Site::b);  // a grade 4 stops whatever its site
    EXPECT_TRUE(read("BAMIC 3c", 3, "c").warnings.empty());
    EXPECT_TRUE(read("BAMIC 3c", 4).warnings.empty());
    // Grade 4 is worse than 3c: read over it.
    EXPECT_EQ(read("BAMIC 4c", 3, "c").grade, 4);
}

TEST(grade_in_text, the_worst_grade_of_every_note_is_read) {
    const auto decoded = decode(Record{.note = "grade 4", .injury_notes = "BAMIC 3c"});
    ASSERT_TRUE(decoded.value);
    EXPECT_EQ(decoded.value->athlete.injury.grade, 4);
    EXPECT_EQ(decoded.value->athlete.injury.site, Site::b);  // the worst reading names none
    ASSERT_EQ(decoded.warnings.size(), 2u);
    EXPECT_EQ(decoded.warnings[0].pointer, "/injury/notes");
    EXPECT_EQ(decoded.warnings[1].pointer, "/assessments/0/notes");
}

// Tendon involvement in other words is site c (user trial, over a recorded 2b): "grade 3 with
// tendon involvement", "tendinous grade 3 tear", "grade 3 (tendon)"; a tendon that is part of
// another site's name, spared or denied is not.
TEST(grade_in_text, tendon_involvement_in_other_words_is_site_c) {
    for (const auto& [note, said] : std::vector<std::pair<std::string, std::string>>{
             {"MRI: grade 3 with tendon involvement", "grade 3"},
             {"tendinous grade 3 tear", "grade 3"},
             {"MRI: grade 3 (tendon)", "grade 3 (tendon)"},
             {"grade 3 tendon tear", "grade 3 tendon"},
             {"grade 3 tear with tendinous involvement", "grade 3"},
             {"grade 3 tear, tendon involved", "grade 3"},
             {"grade 3 tear (tendon involvement)", "grade 3"},
             {"Grade III, tendinous", "Grade III, tendinous"},
             {"tendon grade 3 tear", "grade 3"},
             {"grade 3 tear, tendon involvement cannot be excluded", "grade 3"},
             {"grade 3 tear with tendon involvement not excluded", "grade 3"}}) {
        expect_raised(note, said, 3, Site::c);
    }
    for (const std::string note :
         {"grade 3 with no tendon involvement", "grade 3 tear without tendon involvement",
          "grade 3 tendon intact", "grade 3 tear, tendon spared",
          "grade 3 tear, tendon not involved", "grade 3 tear, tendon involvement excluded",
          "musculo-tendinous grade 3 tear", "grade 3 muscle-tendon junction tear",
          "grade 3 tear at the muscle tendon junction", "grade 3 tendon junction tear",
          "non-tendinous grade 3 tear", "grade 3 myotendinous", "grade 3, tendon normal"}) {
        expect_not_read(note);
    }
}

// Grade 4 in other spellings (user trial): the Roman numeral character, a superscript digit,
// Roman numerals joined to the grading word, "G-4", and a grade above 3.
TEST(grade_in_text, a_grade_4_in_other_spellings_is_read) {
    for (const std::string said : {"grade \u2163",
                                   "Grade \u2173",
                                   "grade\u2163",
                                   "grade \u2074",
                                   "grade\u2074",
                                   "gradeIV",
                                   "GIV",
                                   "GrIV",
                                   "G-4",
                                   "G:4",
                                   "G - 4",
                                   "g.4",
                                   "grade >3",
                                   "grade > 3",
                                   "grade >= 3",
                                   "grade \u2265 3",
                                   "grade \u2265 2",
                                   "grade: >3",
                                   "grade 3+",
                                   "G3+",
                                   "grade III+",
                                   "grade 3 or above",
                                   "grade 2 or higher",
                                   "grade 3 or worse",
                                   "grade \uFF1E3",
                                   "grade \u2083 or 4"}) {
        expect_raised("MRI: " + said + ", proximal.", said, 4, Site::b);
    }
    EXPECT_EQ(read("MRI: BAMIC \u2163c").site, Site::c);
    EXPECT_EQ(read("MRI: gradeIVc").site, Site::c);
    // "2+" is short of 3: at a recorded site c a grade 3 there.
    EXPECT_EQ(read("MRI: grade 2+", 2, "c").grade, 3);
    // A footnote after a grade leaves it as written; below 4, an arrow and a time are no 4.
    EXPECT_EQ(read("MRI: BAMIC 3c\u00B2").site, Site::c);
    for (const std::string note :
         {"grade <4", "grade 2+", "grade -> 3", "MRI: grade 2\u00B9", "protein 30 g 4 times",
          "30 g. 4 sets", "giva", "G-4 weeks out", "grade 2 or more weeks", "grade \u2162",
          "grade 3 or more", "the gift"}) {
        const auto result = read(note);
        if (std::string{note} == "grade 3 or more") {
            EXPECT_EQ(result.grade, 4) << note;  // open above: 4
            continue;
        }
        EXPECT_EQ(result.grade, 2) << note;
        EXPECT_EQ(result.site, Site::b) << note;
    }
}

// A grade named as a label whose value denies it is denied (user trial: read as grade 4 and
// stopped every plan); a value that does not end its clause, is asked, or is followed by an
// exception leaves the grade read.
TEST(grade_in_text, a_grade_whose_label_value_denies_it_is_not_read) {
    for (const std::string note :
         {"grade 4: no", "grade 4 (-)", "grade 4: neg", "grade 4: No.", "grade 4 - no",
          "grade 4 = none", "grade 4? no", "Grade 4 tear: nil", "grade 4 (no)", "grade 4 -ve",
          "grade 4 (-ve)", "grade 4: -ve", "BAMIC 4c: negative", "grade 4 \u2013 no", "grade 4: N",
          "Grade IV: absent", "grade 4: no; grade 2b", "grade 4 (-), MRI done",
          "grade 4: no, grade 2b on MRI"}) {
        expect_not_read(note);
    }
    for (const std::string note :
         {"grade 4: no surgery yet", "grade 4: no?", "grade 4: no, but MRI pending", "grade 4 (+)",
          "grade 4: yes", "grade 4 +ve", "grade 4: no change",
          "grade 4 (no, except on the scan)"}) {
        EXPECT_EQ(read(note).grade, 4) << note;
    }
}

// A later imaging result supersedes an earlier grading marked as the first or the imaging as
// later (user trial: "grade 4 suspected initially, MRI showed grade 2b" stopped every plan).
// Without those marks, with doubt about the result, or a result no lower, the worse is read.
TEST(grade_in_text, a_later_imaging_result_supersedes_an_initial_suspicion) {
    for (const std::string note :
         {"grade 4 suspected initially, MRI showed grade 2b",
          "initially suspected grade 4; MRI confirmed grade 2b",
          "Initial suspicion of grade 4 tear. MRI: BAMIC 2b",
          "? grade 4 at first, MRI showed a grade 2b tear",
          "grade 4 suspected, subsequent MRI showed grade 2b",
          "possible grade 4, MRI then showed grade 2b", "originally graded 4, repeat MRI: grade 2",
          "grade 4 suspected, follow-up MRI: 2b"}) {
        expect_not_read(note);
    }
    for (const std::string note :
         {"grade 4 suspected, MRI showed grade 2b",  // which came first is not said
          "MRI showed grade 2b, grade 4 suspected initially",
          "grade 4 suspected initially, MRI showed possible grade 2b",
          "grade 4 suspected initially, MRI showed grade 2b?",
          "grade 4 suspected initially, MRI pending",
          "grade 4 suspected initially, MRI showed grade 2b, cannot exclude grade 4",
          "grade 4 suspected initially, MRI in 2019 showed grade 2b",
          "grade 4 suspected initially, MRI did not show grade 2b",
          "grade 4 suspected initially, grade 2b clinically"}) {
        EXPECT_EQ(read(note).grade, 4) << note;
    }
    // A result no lower than the suspicion supersedes nothing: it is read itself.
    EXPECT_EQ(read("grade 3c suspected initially, MRI showed grade 4").grade, 4);
}

// "MRI appears to exclude grade 4" hedges its denial: doubt about a worse grade is that grade,
// so it is read (a false stop is safe; "MRI excludes grade 4" denies).
TEST(grade_in_text, a_hedged_exclusion_is_read_and_a_plain_one_denies) {
    EXPECT_EQ(read("MRI appears to exclude grade 4").grade, 4);
    expect_not_read("MRI excludes grade 4");
}

// A denial is whole only when nothing after it in its sentence reverses it (user trial: "grade 4
// excluded initially, now suspected" and "grade 4 unlikely but possible" let plans through). The
// warning quotes the words through the reversal.
TEST(grade_in_text, a_denial_a_later_word_reverses_is_read) {
    expect_all_read(
        {{"grade 4 excluded initially, now suspected", "grade 4 excluded initially, now suspected"},
         {"MRI: grade 4 unlikely but possible", "grade 4 unlikely but possible"},
         {"grade IV unlikely, yet possible on review", "grade IV unlikely, yet possible"},
         {"grade 4 ruled out at first; however now queried",
          "grade 4 ruled out at first; however now queried"},
         {"no grade 4 on the first scan, now suspected",
          "grade 4 on the first scan, now suspected"},
         {"grade 4 unlikely, but not excluded", "grade 4 unlikely, but not excluded"},
         {"grade 4 not seen, though cannot be excluded", "grade 4 not seen, though cannot"},
         {"grade 4: no, now suspected", "grade 4: no, now suspected"},
         {"BAMIC 4c excluded, now considered likely", "BAMIC 4c excluded, now considered"},
         {"grade 4 excluded? now suspected", "grade 4 excluded"},
         {"MRI: no grade 4?", "grade 4"}},
        4);
    // What follows the turn is another grade, or no doubt at all: the denial stands.
    for (const std::string note :
         {"grade 4 excluded, now grade 2b confirmed",
          "grade 4 excluded initially, now confirmed "
          "grade 2b",
          "grade 4 ruled out, now pain-free", "grade 4 excluded, but strength still down",
          "no grade 4. Now possible to jog", "grade 4 excluded, now possible to start jogging",
          "grade 4 ruled out, but likely to need 6 weeks", "grade 4 excluded, MRI confirmed 2b"}) {
        expect_not_read(note);
    }
}

// A denial after the grade that a word before it or between them hedges is not whole: "cannot
// say grade 4 is excluded" (user trial), as "MRI appears to exclude grade 4" is read.
TEST(grade_in_text, a_denial_a_hedge_doubts_is_read) {
    expect_all_read({{"cannot say grade 4 is excluded", "cannot say grade 4 is excluded"},
                     {"MRI: can't say grade 4 is excluded", "can't say grade 4 is excluded"},
                     {"unclear whether grade 4 is excluded", "unclear whether grade 4 is excluded"},
                     {"not sure grade 4 is ruled out", "not sure grade 4 is ruled out"},
                     {"grade 4 appears excluded", "grade 4 appears excluded"},
                     {"uncertain if grade IV excluded", "uncertain if grade IV excluded"}},
                    4);
    for (const std::string note :
         {"grade 4 is excluded", "grade 4 excluded, unable to sprint yet",
          "sure that grade 4 is excluded", "unable to sprint. Grade 4 excluded"}) {
        expect_not_read(note);
    }
}

// An earlier finding that is now current is this injury's grade (user trial: "grade 4
// previously suspected, now confirmed" only warned); one that stays in the past still only warns.
TEST(grade_in_text, a_grade_dated_earlier_but_now_affirmed_is_read) {
    expect_all_read({{"grade 4 previously suspected, now confirmed",
                      "grade 4 previously suspected, now confirmed"},
                     {"hx of grade 4 query, now confirmed on MRI", "grade 4 query, now confirmed"},
                     {"grade IV prior, MRI now confirms", "grade IV prior, MRI now confirms"}},
                    4);
    for (const std::string note :
         {"grade 4 previously, now grade 2b", "previous grade 4 tear, now recovered"}) {
        const auto result = read(note);
        EXPECT_EQ(result.grade, 2) << note;
        ASSERT_EQ(result.warnings.size(), 1u) << note;
        EXPECT_NE(result.warnings[0].find("dated as an earlier injury"), std::string::npos)
            << result.warnings[0];
    }
}

// A complete tear or an avulsion in words is grade 4 (BAMIC: grade 4 is a complete tear), with
// the same denials, doubts and reversals as a grade written in numbers (user trial: "cannot
// exclude complete tear" and "possible complete tear" let plans through).
TEST(grade_in_text, a_complete_tear_in_words_is_grade_4) {
    for (const auto& [note, said] : std::vector<std::pair<std::string, std::string>>{
             {"possible complete tear", "complete tear"},
             {"MRI: cannot exclude complete tear", "complete tear"},
             {"complete proximal hamstring avulsion", "complete proximal hamstring avulsion"},
             {"MRI: full-thickness tear", "full-thickness tear"},
             {"the tear is complete", "tear is complete"},
             {"complete rupture of the conjoint tendon", "complete rupture"},
             {"avulsion of the conjoint tendon", "avulsion"},
             {"?complete tear", "complete tear"},
             {"complete tear not excluded", "complete tear"},
             {"completely torn", "completely torn"},
             {"complete tear unlikely but possible", "complete tear unlikely but possible"}}) {
        const auto result = read(note);
        EXPECT_EQ(result.grade, 4) << note;
        // The red-flag reader may also ask for the palpable gap a complete tear is felt for.
        const auto quoted = "says \"" + said + "\", but injury records grade 2";
        EXPECT_TRUE(
            std::any_of(result.warnings.begin(), result.warnings.end(),
                        [&](const std::string& w) { return w.find(quoted) != std::string::npos; }))
            << note;
    }
    for (const std::string note :
         {"no features of a complete tear", "no evidence of complete tear",
          "complete tear excluded", "not a complete tear", "no avulsion", "avulsion: no",
          "MRI: grade 2b, no complete tear", "completed 3 sets, no tear", "incomplete tear",
          "complete rest for 2 days", "no hamstring avulsion", "no tendon avulsion seen",
          "no proximal avulsion seen on MRI", "no bony avulsion",
          "no proximal hamstring avulsion"}) {
        expect_not_read(note);
    }
    // Where it is, before an avulsion, is part of what is said (the seventh trial's false stops
    // were denials a word of place kept from the avulsion).
    EXPECT_EQ(read("proximal hamstring avulsion").grade, 4);
    EXPECT_EQ(read("bony avulsion on X-ray").grade, 4);
    EXPECT_EQ(read("near-complete tear").grade, 2);  // a grade 3 at most
    // Not read as a grade (the red-flag reader, which has no "nothing", asks for the gap).
    EXPECT_EQ(read("nothing to suggest a complete tear").grade, 2);
}

// Abbreviations of "grade" ("Gd", "Grd", "G"), a number mark ("#", "no.", "number"), a Roman
// grade with its site alone ("MRI: IVc"), and a site after '/' or ';' (user trial).
TEST(grade_in_text, a_grade_in_more_spellings_is_read) {
    for (const std::string said :
         {"Gd 4", "Grd 4", "gd4", "Grd IV", "grade #4", "grade # 4", "grade no. 4",
          "grade number 4", "grade nr 4", "G 4", "Gd. 4", "grade: #4"}) {
        expect_raised("MRI: " + said + ", proximal.", said, 4, Site::b);
    }
    for (const auto& [note, said, grade] : std::vector<std::tuple<std::string, std::string, int>>{
             {"MRI: IVc", "IVc", 4},
             {"MRI: IIIc tear", "IIIc", 3},
             {"scan: IIIC", "IIIC", 3},
             {"grade 3/c", "grade 3/c", 3},
             {"MRI: grade 3 / c", "grade 3 / c", 3},
             {"grade 3; site c", "grade 3; site c", 3},
             {"grade 3 / site c", "grade 3 / site c", 3},
             {"grade III/c", "grade III/c", 3},
             {"Gd 3/c", "Gd 3/c", 3},
             {"grade no. 3, site c", "grade no. 3, site c", 3}}) {
        expect_raised(note, said, grade, Site::c);
    }
    for (const std::string note :
         {"MRI: IVC unremarkable", "scan: ivc filter", "30 g 4 sets", "grade: no. 4 weeks out",
          "grade 3; c/o pain", "grade 3; c", "grade 3/b", "room no. 4c"}) {
        const auto result = read(note);
        EXPECT_EQ(result.grade, 2) << note;
        EXPECT_EQ(result.site, Site::b) << note;
    }
}

// Site c written with no grade over a recorded grade 3 at another site is grade 3 at site c (user
// trial: "MRI: site c" and "intratendinous extension" over a recorded 3b were never read); over a
// lower grade it changes nothing the gate does, and a denied site is not read.
TEST(grade_in_text, site_c_written_alone_over_a_recorded_grade_3_is_read) {
    for (const auto& [note, said] : std::vector<std::pair<std::string, std::string>>{
             {"MRI: site c", "site c"},
             {"site: c", "site: c"},
             {"intratendinous extension", "intratendinous"},
             {"MRI: intra-tendinous extension noted", "intra-tendinous"},
             {"tear extending into the tendon", "into the tendon"},
             {"tendon involvement on MRI", "tendon involvement"},
             {"involving the proximal tendon", "involving the proximal tendon"},
             {"no numbness, tendinous extension", "tendinous extension"},
             {"intratendinous extension unlikely but possible",
              "intratendinous extension unlikely but possible"}}) {
        const auto result = read(note, 3, "b");
        EXPECT_EQ(result.grade, 3) << note;
        EXPECT_EQ(result.site, Site::c) << note;
        EXPECT_EQ(result.warnings,
                  std::vector<std::string>{
                      "/assessments/0/notes: says \"" + said
                      + "\", but injury records grade 3 at site b: the worse grade is read (the "
                        "worst reading wins), so the safety gate stops every plan as for a "
                        "recorded grade 3 at site c; correct the one that is wrong"})
            << note;
    }
    for (const std::string note :
         {"no intratendinous extension", "tendon intact", "no tendon involvement",
          "pain in the tendon", "site b", "MRI: grade 3b, tendon normal",
          "intratendinous extension excluded", "site c/o pain", "musculotendinous junction"}) {
        const auto result = read(note, 3, "b");
        EXPECT_EQ(result.site, Site::b) << note;
        EXPECT_TRUE(result.warnings.empty()) << note << ": " << result.warnings.front();
    }
    EXPECT_EQ(read("MRI: site c").site, Site::b);  // over 2b: 2c, which the gate does not stop on
    // A site alone grades nothing, so it supersedes no earlier grade.
    EXPECT_EQ(
        read("grade 4 suspected initially, MRI showed intratendinous extension", 3, "b").grade, 4);
    // A grade written with the site is the grade's: read once, as written.
    const auto graded = read("grade 3 tear extending into the tendon", 3, "b");
    EXPECT_EQ(graded.warnings.size(), 1u);
    EXPECT_NE(graded.warnings[0].find("says \"grade 3\""), std::string::npos) << graded.warnings[0];
}

// "Nothing to suggest grade 4" and its kin deny it (user trial: a false stop).
TEST(grade_in_text, a_grade_4_nothing_suggests_is_not_read) {
    for (const std::string note :
         {"MRI: grade 2b, nothing to suggest grade 4", "no evidence of grade 4",
          "nothing on MRI to suggest grade 4", "no MRI evidence of grade 4",
          "no radiological features of grade IV", "nothing to indicate grade 4",
          "no features to suggest BAMIC 4c"}) {
        expect_not_read(note);
    }
}

// A grade 4 spelled as an ordinal and a degree, with a verb, in additive Roman numerals
// ("iiii": IV mistyped or the clock's IIII, either way 4), as the top of the scale, or in
// another system's name (Munich type 4, Peetrons grade 3, British Athletics) is grade 4; so is
// BAMIC 3c alone, which the gate stops on too (user trial: each let plans through).
TEST(grade_in_text, a_grade_4_as_an_ordinal_a_verb_or_another_systems_name_is_read) {
    expect_all_raised(
        {{"4th degree tear", "4th degree", 4, Site::b},
         {"fourth-degree strain", "fourth-degree", 4, Site::b},
         {"graded as 4", "graded as 4", 4, Site::b},
         {"grading 4", "grading 4", 4, Site::b},
         {"grade iiii", "grade iiii", 4, Site::b},
         {"highest grade tear", "highest grade tear", 4, Site::b},
         {"British athletics 4c", "British athletics 4c", 4, Site::c},
         {"type 4 tear", "type 4", 4, Site::b},
         {"type IV injury (Munich)", "type IV", 4, Site::b},
         {"Munich type 4", "Munich type 4", 4, Site::b},
         {"Peetrons grade 3", "grade 3", 4, Site::b},
         {"grade 3 (Peetrons) - complete", "grade 3 (Peetrons) - complete", 4, Site::b},
         {"not only grade 3 but 4", "but 4", 4, Site::b},
         {"3c", "3c", 3, Site::c},
         {"4c tear", "4c tear", 4, Site::c}});
    for (const std::string note :
         {"type 2 diabetes", "Munich type 3b", "type 4 of 6 drills", "highest grade of band",
          "running drills at 4c outside temperature", "grade 2, session complete",
          "not only sprints but 4 sets of lunges", "3rd degree of knee flexion lost"}) {
        expect_not_read(note);
    }
}

// A denial of grade 4 counts only when whole (user trial): a word between the grade and the
// denial that is not plain qualifies it ("likely", "largely", "probably"), and a test still to
// come after it in its sentence leaves it open ("awaiting MRI", "MRI pending").
TEST(grade_in_text, a_qualified_or_pending_denial_of_grade_4_is_read) {
    expect_all_raised({{"grade 4 likely excluded", "grade 4 likely excluded", 4, Site::b},
                       {"grade 4 largely excluded", "grade 4 largely excluded", 4, Site::b},
                       {"grade 4 probably excluded", "grade 4 probably excluded", 4, Site::b},
                       {"grade 4 excluded clinically, awaiting MRI",
                        "grade 4 excluded clinically, awaiting", 4, Site::b},
                       {"no grade 4, MRI pending", "grade 4, MRI pending", 4, Site::b},
                       {"grade 4 mostly ruled out", "grade 4 mostly ruled out", 4, Site::b}});
    for (const std::string note :
         {"grade 4 definitively excluded on MRI", "grade 4 tear has been excluded",
          "grade 4 ruled out by MRI", "MRI today: grade 2b. grade 4 excluded.",
          "grade 4 excluded, return to running planned", "grade 4 not seen",
          "avulsion fracture excluded", "complete tendon tear excluded on MRI"}) {
        expect_not_read(note);
    }
}

// A reversal that opens the next sentence undoes a denial as one in its own sentence does
// ("No grade 4. Now suspected.": user trial); not a turn that is no reversal or names another
// grade, nor a word of a turn further into the next sentence.
TEST(grade_in_text, a_reversal_opening_the_next_sentence_undoes_a_denial) {
    expect_all_raised({{"No grade 4. Now suspected.", "grade 4. Now suspected", 4, Site::b},
                       {"grade 4 excluded. However, now possible on MRI",
                        "grade 4 excluded. However, now possible", 4, Site::b}});
    for (const std::string note :
         {"No grade 4. Now possible to jog.", "No grade 4. Now confirmed grade 2b.",
          "No grade 4. Sprint now likely in May.", "grade 4 excluded. Pain now settled."}) {
        expect_not_read(note);
    }
}

// A drill's name is no tear: "completed the tear-drop drill" stopped every plan as a palpable
// gap (user trial) and must neither raise the grade nor warn.
TEST(grade_in_text, a_drill_named_after_a_tear_is_no_tear) {
    expect_not_read("completed the tear-drop drill");
    expect_not_read("MRI: grade 2b. Completed the tear drop drill");
}

// The fourth trial's grades (stop 33): a hedge after the grade ("or even 4", "not impossible",
// an imaging booked), dissent in the next sentence, a complete tear beside a partial one, a
// regrading, Munich's 4 without "type" and a whole tendon torn are read as grade 4.
TEST(grade_in_text, a_hedge_or_dissent_after_grade_4_and_other_words_for_it_are_read) {
    expect_all_raised(
        {{"grade 2 or even 4", "grade 2 or even 4", 4, Site::b},
         {"grade 3, maybe even 4", "grade 3, maybe even 4", 4, Site::b},
         {"grade 4 unlikely, not impossible", "grade 4 unlikely, not impossible", 4, Site::b},
         {"grade 4 unlikely, not excluded", "grade 4 unlikely, not excluded", 4, Site::b},
         {"no grade 4 on US, MRI booked", "grade 4 on US, MRI booked", 4, Site::b},
         {"grade 4 ruled out clinically, MRI requested",
          "grade 4 ruled out clinically, MRI requested", 4, Site::b},
         {"No grade 4. Surgeon disagrees.", "grade 4. Surgeon disagrees", 4, Site::b},
         {"no grade 4, radiologist queries this", "grade 4, radiologist queries", 4, Site::b},
         {"complete vs partial tear", "complete vs partial tear", 4, Site::b},
         {"complete or partial tear", "complete or partial tear", 4, Site::b},
         {"regraded as 4", "regraded as 4", 4, Site::b},
         {"reclassified as 4", "reclassified as 4", 4, Site::b},
         {"Munich 4", "Munich 4", 4, Site::b},
         {"Munich classification 4", "Munich classification 4", 4, Site::b},
         {"entire tendon torn", "entire tendon torn", 4, Site::b},
         {"whole tendon torn", "whole tendon torn", 4, Site::b}});
    // A denial with nothing after it, or a return to running planned, stays a denial.
    for (const std::string note :
         {"no grade 4 on US", "grade 4 excluded, return to running planned", "No grade 4. Agreed.",
          "Munich 3", "partial tear", "no complete or partial tear"}) {
        expect_not_read(note);
    }
}

// A sport's grade, a count after a range and a temperature are not the tear's (user trial).
TEST(grade_in_text, a_sports_grade_a_count_of_sets_or_a_temperature_is_not_read) {
    for (const std::string note :
         {"plays grade 4 football", "playing at grade 4", "grade 4 rugby player",
          "grade 2 - 4 sets of nordics", "grade 2, 3-4 reps of bridges",
          "MRI: grade 2b. 4c outside temperature", "grade 2 on MRI, temperature 4c",
          "grade 2, MRI done, 4c and raining outside"}) {
        expect_not_read(note);
    }
    // A BAMIC grade that names the tear is still read beside the weather.
    expect_raised("MRI: 4c tear, cold day", "4c tear", 4, Site::c);
}

// "upgraded to 4": a regrading's "to" numbers the grade as "as" does, with or without "a".
TEST(grade_in_text, a_regrading_to_a_bare_number_is_read) {
    expect_all_raised({{"upgraded to 4", "upgraded to 4", 4, Site::b},
                       {"upgraded to a 4", "upgraded to a 4", 4, Site::b},
                       {"MRI: regraded to 4c", "regraded to 4c", 4, Site::c},
                       {"reclassified as a 4", "reclassified as a 4", 4, Site::b},
                       {"upgraded to IV", "upgraded to IV", 4, Site::b},
                       {"regraded to a four", "regraded to a four", 4, Site::b},
                       {"upgraded to grade 4", "grade 4", 4, Site::b}});
    for (const std::string note :
         {"upgraded to 4 sets of nordics", "grade 2b, upgraded to 4 weeks of rehab",
          "not upgraded to 4", "upgraded to 2b"}) {
        expect_not_read(note);
    }
}

// "No grade 4. Coach disagrees with the plan.": dissent undoes a grade denial only when it is
// about the diagnosis, not the plan, programme or load.
TEST(grade_in_text, dissent_about_the_plan_leaves_a_grade_denial_whole) {
    for (const std::string note :
         {"No grade 4. Coach disagrees with the plan.",
          "no grade 4, athlete disputes the programme", "No grade 4. Physio questions the loading.",
          "No grade 4. S&C coach disagrees with the return to running timeline.",
          "No grade 4. Athlete doubts the rehab plan."}) {
        expect_not_read(note);
    }
    expect_all_raised(
        {{"No grade 4. Radiologist disagrees.", "grade 4. Radiologist disagrees", 4, Site::b},
         {"No grade 4. Surgeon disagrees with grading.", "grade 4. Surgeon disagrees", 4, Site::b},
         {"No grade 4. Surgeon disagrees with the MRI report.", "grade 4. Surgeon disagrees", 4,
          Site::b},
         {"No grade 4. Surgeon disagrees with the plan and the scan.", "grade 4. Surgeon disagrees",
          4, Site::b}});
}

namespace {

// Every row of `table` (note, words quoted, grade, site) over a recorded 2b is read exactly so,
// with the grade's warning among any others (a red flag the same words mention warns too).
void expect_all_stopped(const std::vector<std::tuple<std::string, std::string, int, Site>>& table) {
    for (const auto& [note, said, grade, site] : table) {
        const auto result = read(note);
        EXPECT_EQ(result.grade, grade) << note;
        EXPECT_EQ(result.site, site) << note;
        const char letter = site == Site::a ? 'a' : site == Site::b ? 'b' : 'c';
        const auto warning =
            raised_warning(said, "grade " + std::to_string(grade) + " at site " + letter);
        EXPECT_NE(std::find(result.warnings.begin(), result.warnings.end(), warning),
                  result.warnings.end())
            << note << ": " << (result.warnings.empty() ? "" : result.warnings.front());
    }
}

// `note` over a recorded 2b leaves the grade as recorded with one warning, to check a grade
// the words give an earlier injury or the other leg.
void expect_only_warned(const std::string& note, const std::string& as) {
    const auto result = read(note);
    EXPECT_EQ(result.grade, 2) << note;
    EXPECT_EQ(result.site, Site::b) << note;
    ASSERT_EQ(result.warnings.size(), 1u) << note;
    EXPECT_NE(result.warnings[0].find(as
                                      + ": injury records grade 2 at site b, which the safety "
                                        "gate reads; check the grade"),
              std::string::npos)
        << result.warnings[0];
}

}  // namespace

// A bound from below states the least the grade is: "not less than grade 4" is grade 4, and a
// bound from above over grade 3 is the next grade up; "less than grade 4" denies it (the user
// trial's inputs and more of the kind).
TEST(grade_in_text, a_grade_bounded_from_below_is_read_and_one_bounded_from_above_is_not) {
    expect_all_stopped({
        {"not less than grade 4", "not less than grade 4", 4, Site::b},
        {"no less than grade 4", "no less than grade 4", 4, Site::b},
        {"not lower than grade 4", "not lower than grade 4", 4, Site::b},
        {"nothing less than a grade 4", "nothing less than a grade 4", 4, Site::b},
        {"cannot be less than grade 4", "cannot be less than grade 4", 4, Site::b},
        {"grade no less than 4", "grade no less than 4", 4, Site::b},
        {"not less than a grade IV", "not less than a grade IV", 4, Site::b},
        {"no lower than BAMIC 4", "no lower than BAMIC 4", 4, Site::b},
        {"MRI: no less than grade 4c", "no less than grade 4c", 4, Site::c},
        {"can't be less than grade 4", "can't be less than grade 4", 4, Site::b},
        {"never less than grade 4 on imaging", "never less than grade 4", 4, Site::b},
        {"grade not less than 4", "grade not less than 4", 4, Site::b},
        {"grade at least 4", "grade at least 4", 4, Site::b},
        {"grade of at least 4", "grade of at least 4", 4, Site::b},
        {"grade is no lower than IV", "grade is no lower than IV", 4, Site::b},
        {"worse than grade 3", "worse than grade 3", 4, Site::b},
        {"more than a grade 3 tear", "more than a grade 3", 4, Site::b},
        {"MRI: no less than 4", "no less than 4", 4, Site::b},
    });
    for (const std::string note : {
             "less than grade 4",
             "lower than grade 4",
             "no worse than grade 3",
             "grade less than 4",
             "grade 2b rather than 4c",
             "grade 2, not more than grade 3",
         }) {
        expect_not_read(note);
    }
}

// A correction or a second opinion after a grade is read, the worse winning: "grade changed to
// 4", "grade 2 -> 4", "grade 2 on US; MRI says 4", "grade 2 is wrong, it's a 4". A number after
// a scale, a time, a count or a negation is not a grade.
TEST(grade_in_text, a_corrected_grade_or_a_second_opinion_is_read_as_the_worse) {
    expect_all_stopped({
        {"grade changed to 4", "grade changed to 4", 4, Site::b},
        {"grade amended to 4", "grade amended to 4", 4, Site::b},
        {"grade revised to 4", "grade revised to 4", 4, Site::b},
        {"grade 2 -> 4", "grade 2 -> 4", 4, Site::b},
        {"grade 2 on US; MRI says 4", "says 4", 4, Site::b},
        {"grade 2 (radiologist says 4)", "says 4", 4, Site::b},
        {"grade 2 is wrong, it's a 4", "it's a 4", 4, Site::b},
        {"injury.grade should be 4", "grade should be 4", 4, Site::b},
        {"grade updated to 4", "grade updated to 4", 4, Site::b},
        {"grade corrected to IV", "grade corrected to IV", 4, Site::b},
        {"grade changed from 2 to 4", "grade changed from 2 to 4", 4, Site::b},
        {"grade 2 changed to 4", "changed to 4", 4, Site::b},
        {"grade 2b -> 4c", "grade 2b -> 4c", 4, Site::c},
        {"grade 2 => 4", "grade 2 => 4", 4, Site::b},
        {"grade 2 → 4", "grade 2 → 4", 4, Site::b},
        {"Grade 2 on ultrasound; MRI shows 4", "shows 4", 4, Site::b},
        {"grade 2 (surgeon thinks 4)", "thinks 4", 4, Site::b},
        {"grade 2 recorded, radiologist reports 4", "reports 4", 4, Site::b},
        {"grade 2 is incorrect, this is a 4", "this is a 4", 4, Site::b},
        {"grade 2 recorded but actually a 4", "actually a 4", 4, Site::b},
        {"grade should read 4", "grade should read 4", 4, Site::b},
        {"the grade is 4 not 2", "grade is 4", 4, Site::b},
        {"grade now 4", "grade now 4", 4, Site::b},
        {"grade was revised to 4c", "grade was revised to 4c", 4, Site::c},
    });
    for (const std::string note : {
             "grade 2, pain is 4",
             "grade 2 MRI, strength says 4",
             "grade 2, coach says 4 more weeks",
             "grade 2; physio says 4 sets",
             "grade 2b, VAS now 4",
             "grade as of 4 Oct: 2b",
             "grade was 4 weeks ago 2b",
             "grade 2 -> 4 weeks",
             "grade not 4",
             "grade should not be 4",
             "grade 2, RPE says 4",
         }) {
        expect_not_read(note);
    }
}

// Doubt between two grades reads the worse ("grade 2, maybe a 4", "between grade 3 and 4",
// "grade 3 going on 4", "grade 3++"); past such words the second grade must end its clause or
// name the tear ("progressing to 4 nordics" is no grade).
TEST(grade_in_text, a_grade_doubted_between_two_is_read_as_the_worse) {
    expect_all_stopped({
        {"grade 2, maybe a 4", "grade 2, maybe a 4", 4, Site::b},
        {"grade 2 or possibly a 4", "grade 2 or possibly a 4", 4, Site::b},
        {"grade 3 or maybe a 4", "grade 3 or maybe a 4", 4, Site::b},
        {"between grade 3 and 4", "grade 3 and 4", 4, Site::b},
        {"grade 3 going on 4", "grade 3 going on 4", 4, Site::b},
        {"grade 3 with possible progression to 4", "grade 3 with possible progression to 4", 4,
         Site::b},
        {"grade 3++", "grade 3++", 4, Site::b},
        {"grade 2, possibly a 4", "grade 2, possibly a 4", 4, Site::b},
        {"grade 3 maybe a 4", "grade 3 maybe a 4", 4, Site::b},
        {"grade 2 or perhaps a 4", "grade 2 or perhaps a 4", 4, Site::b},
        {"between grade 2 and 4", "grade 2 and 4", 4, Site::b},
        {"between grade 3 and grade 4", "grade 4", 4, Site::b},
        {"grade 3 verging on 4", "grade 3 verging on 4", 4, Site::b},
        {"grade 3 bordering on 4", "grade 3 bordering on 4", 4, Site::b},
        {"grade 3 approaching 4", "grade 3 approaching 4", 4, Site::b},
        {"grade 3 with potential progression to 4", "grade 3 with potential progression to 4", 4,
         Site::b},
        {"grade III++", "grade III++", 4, Site::b},
        {"grade 3, could be a 4", "grade 3, could be a 4", 4, Site::b},
    });
    for (const std::string note : {
             "grade 2, progressing to 4 nordics",
             "grade 2 with 4 sets",
             "grade 2, heading to 4 km runs",
             "grade 2 on 4 Oct",
             "between grade 1 and 2",
             "grade 2++",
         }) {
        expect_not_read(note);
    }
}

// More spellings of grade 4: an underscore or quotation marks between the grading word and the
// grade, an ordinal grade, a severity out of four; "nil else" and "not seen by surgeon yet" do
// not deny it ("not seen on MRI" and "grade 4: nil" do).
TEST(grade_in_text, a_grade_4_in_yet_more_spellings_is_read) {
    expect_all_stopped({
        {"grade_4", "grade_4", 4, Site::b},
        {"grade «4»", "grade «4", 4, Site::b},
        {"fourth grade tear", "fourth grade tear", 4, Site::b},
        {"severity: 4/4", "severity: 4/4", 4, Site::b},
        {"grade 4: nil else", "grade 4", 4, Site::b},
        {"grade 4: none other", "grade 4", 4, Site::b},
        {"grade 4 not seen by surgeon yet", "grade 4", 4, Site::b},
        {"grade__4", "grade__4", 4, Site::b},
        {"Grade_IV", "Grade_IV", 4, Site::b},
        {"bamic_4c", "bamic_4c", 4, Site::c},
        {"grade '4'", "grade '4", 4, Site::b},
        {"grade “4”", "grade “4", 4, Site::b},
        {"grade ‹4›", "grade ‹4", 4, Site::b},
        {"4th grade tear", "4th grade tear", 4, Site::b},
        {"fourth-grade strain", "fourth-grade strain", 4, Site::b},
        {"severity 4 of 4", "severity 4 of 4", 4, Site::b},
        {"severity: 4 out of 4", "severity: 4 out of 4", 4, Site::b},
        {"sev 4/4", "sev 4/4", 4, Site::b},
        {"grade 4: nothing else", "grade 4", 4, Site::b},
        {"grade 4 - none further", "grade 4", 4, Site::b},
        {"grade 4 not yet seen by consultant", "grade 4", 4, Site::b},
        {"grade 4 not seen by the surgeon", "grade 4", 4, Site::b},
    });
    for (const std::string note : {
             "severity: 2/4",
             "severity 4/10",
             "grade 4 not seen on MRI",
             "grade 4: nil",
             "grade 4 not seen by MRI",
         }) {
        expect_not_read(note);
    }
}

// A complete tear by its extent is grade 4 ("tear: complete", "thickness: full", "torn 100%",
// "entire cross-section involved", "through-and-through tear"), and a grade 3 tear of the free
// tendon is 3c (BAMIC's site c, intratendinous); a partial extent, a squat's depth and a
// recovery of 100% are not.
TEST(grade_in_text, a_complete_tear_by_its_extent_is_grade_4) {
    expect_all_stopped({
        {"tear: complete", "tear: complete", 4, Site::b},
        {"tear involves the full width of the muscle", "involves the full width", 4, Site::b},
        {"tear spans the entire cross-section", "spans the entire cross-section", 4, Site::b},
        {"extent: complete", "extent: complete", 4, Site::b},
        {"thickness: full", "thickness: full", 4, Site::b},
        {"full-width tear", "full-width tear", 4, Site::b},
        {"tear through entire width", "tear through entire width", 4, Site::b},
        {"through-and-through tear", "through-and-through tear", 4, Site::b},
        {"torn 100%", "torn 100%", 4, Site::b},
        {"tear extent 100%", "tear extent 100%", 4, Site::b},
        {"100% of the cross-section torn", "100% of the cross-section torn", 4, Site::b},
        {"entire cross-section involved", "entire cross-section involved", 4, Site::b},
        {"grade 3 tear of the free tendon", "grade 3", 3, Site::c},
        {"tear - complete", "tear - complete", 4, Site::b},
        {"tear = complete", "tear = complete", 4, Site::b},
        {"thickness: complete", "thickness: complete", 4, Site::b},
        {"extent: full", "extent: full", 4, Site::b},
        {"cross-section: complete", "cross-section: complete", 4, Site::b},
        {"full-thickness", "full-thickness", 4, Site::b},
        {"full thickness tear", "full thickness tear", 4, Site::b},
        {"full-width rupture", "full-width rupture", 4, Site::b},
        {"tendon torn through", "torn through", 4, Site::c},
        {"tear through the full thickness", "tear through the full thickness", 4, Site::b},
        {"torn through and through", "torn through and through", 4, Site::b},
        {"100% torn", "100% torn", 4, Site::b},
        {"100% tear of the tendon", "100% tear", 4, Site::c},
        {"tear 100 percent", "tear 100 percent", 4, Site::b},
        {"whole cross-section disrupted", "whole cross-section disrupted", 4, Site::b},
        {"entire width torn", "entire width torn", 4, Site::b},
        {"grade 3 tear within the free tendon", "grade 3", 3, Site::c},
    });
    for (const std::string note : {
             "tear 100% healed",
             "tear does not involve the full width",
             "strength 100%",
             "extent: partial",
             "thickness: partial",
             "full squat depth",
             "full width squat",
             "partial thickness tear",
             "100% effort sprint",
             "ROM extent: full",
         }) {
        expect_not_read(note);
    }
}

// A manual therapy's, an exercise's or a programme's grade is not the tear's, and "neither ...
// nor" denies both grades; a tear's noun or a label's dash before the exercise reads the tear.
TEST(grade_in_text, a_therapys_or_an_exercises_grade_is_not_the_tears) {
    for (const std::string note : {
             "Grade 4 mobilisations",
             "G4 mobs",
             "maitland grade IV mobilisation",
             "grade IV joint mobs to lumbar spine",
             "grade 4 exercise progression",
             "grade 4 of the running program",
             "progressed to grade 4 nordics",
             "Nordic grade 4 progression",
             "gym grade 4 membership",
             "neither grade 3c nor 4",
             "grade IV mobs",
             "Grade 4 mobilization to hip",
             "Maitland grade 4 to lumbar spine",
             "G4 PA glides",
             "grade 4 accessory glides",
             "grade 4 nordic progression",
             "grade 4 of the return to run programme",
             "progressed to grade 4 bridges",
             "exercise grade 4",
             "Nordics grade 4",
             "strength grade 4/5",
             "neither grade 4 nor 3c",
             "no grade 4 nor 3c",
         }) {
        expect_not_read(note);
    }
    expect_all_stopped({
        {"Grade 4 - exercise progression paused", "Grade 4", 4, Site::b},
        {"grade 4 tear, nordics stopped", "grade 4", 4, Site::b},
        {"grade 4 tear - other leg normal", "grade 4", 4, Site::b},
        {"grade 4, other leg fine", "grade 4", 4, Site::b},
        {"progressed to grade 4", "grade 4", 4, Site::b},
        {"previous MRI showed grade 4", "grade 4", 4, Site::b},
        {"grade 4 hamstring tear", "grade 4", 4, Site::b},
    });
}

// The other leg's grade, and an earlier injury's named before the grade ("previous injury was
// grade 4"), only warn: the recorded grade decides.
TEST(grade_in_text, the_other_legs_or_an_earlier_injurys_grade_only_warns) {
    for (const std::string note : {
             "grade 4 on the other leg, 2022",
             "grade 4 contralateral 2021",
             "previous injury was grade 4",
             "grade 4 contralateral",
             "contralateral grade 4 tear",
             "grade 4 (other leg)",
             "grade 4 in the opposite hamstring",
             "other leg: grade 4",
             "previous tear was grade 4",
             "prior injury: grade 4",
         }) {
        const bool other = note.find("other") != std::string::npos
                           || note.find("opposite") != std::string::npos
                           || note.find("contralateral") != std::string::npos;
        expect_only_warned(note, other ? "\"grade 4\", of the other leg"
                                       : "\"grade 4\", dated as an earlier injury");
    }
}

// A grade in a field the schema does not know, whose name says grade, is a pasted report's
// grade: the worse raises the injury with a warning at the field; a dated field only warns, and
// an exercise's field or a value that is no single grade is not read.
TEST(grade_in_text, a_grade_in_a_field_the_schema_does_not_know_is_read) {
    const auto decoded = [](const std::string& field) {
        return decode_athlete(R"({"schema":"coach.athlete/1","id":"a",)" + field
                              + R"(,"injury":{"region":"hamstring","grade":2,"site":"b",)"
                                R"("date":"2026-10-01"}})");
    };
    const std::vector<std::tuple<std::string, std::string, int, Site>> stopped = {
        {R"("mri":{"grade":4})", "/mri/grade: holds grade 4", 4, Site::b},
        {R"("injury_grade_mri":"4")", "/injury_grade_mri: holds grade 4", 4, Site::b},
        {R"("mri_grade":"IV")", "/mri_grade: holds grade 4", 4, Site::b},
        {R"("imagingGrade":4.0)", "/imagingGrade: holds grade 4", 4, Site::b},
        {R"("MRIGrade":"four")", "/MRIGrade: holds grade 4", 4, Site::b},
        {R"("us":{"grade":3,"site":"c"})", "/us/grade: holds grade 3c", 3, Site::c},
        {R"("imaging":[{"bamic_grade":"IV"}])", "/imaging/0/bamic_grade: holds grade 4", 4,
         Site::b},
        // A grading word in capitals, or in a word of its own case: the key is read in any case.
        {R"("BAMIC":4)", "/BAMIC: holds grade 4", 4, Site::b},
        {R"("mriReclassified":"IV")", "/mriReclassified: holds grade 4", 4, Site::b}};
    for (const auto& [field, said, grade, site] : stopped) {
        const auto result = decoded(field);
        ASSERT_TRUE(result.value) << field;
        EXPECT_EQ(result.value->athlete.injury.grade, grade) << field;
        EXPECT_EQ(result.value->athlete.injury.site, site) << field;
        const char letter = site == Site::b ? 'b' : 'c';
        const std::string warning =
            said
            + " in a field the schema does not know, but injury records grade 2 at site b: the "
              "worse grade is read (the worst reading wins), so the safety gate stops every plan "
              "as for a recorded grade "
            + std::to_string(grade) + " at site " + letter + "; correct the one that is wrong";
        std::vector<std::string> warnings;
        for (const auto& problem : result.warnings) {
            warnings.push_back(problem.to_string());
        }
        EXPECT_NE(std::find(warnings.begin(), warnings.end(), warning), warnings.end())
            << field << ": " << warnings.back();
    }
    for (const std::string field :
         {R"("mri":{"grade":2})", R"("mri":{"grade":3})", R"("nordic_grade":4)",
          R"("mobilisation_grade":"IV")", R"("mri":{"grade":"4 weeks"})", R"("mri":{"grade":5})",
          R"("mri":{"gradient":4})", R"("previous_grade":4)", R"("contralateral_grade":4)"}) {
        const auto result = decoded(field);
        ASSERT_TRUE(result.value) << field;
        EXPECT_EQ(result.value->athlete.injury.grade, 2) << field;
    }
    const auto dated = decoded(R"("previous_grade":4)");
    ASSERT_TRUE(dated.value);
    std::vector<std::string> warnings;
    for (const auto& problem : dated.warnings) {
        warnings.push_back(problem.to_string());
    }
    EXPECT_NE(std::find(warnings.begin(), warnings.end(),
                        "/previous_grade: holds grade 4 in a field the schema does not know, dated "
                        "as an earlier injury or the other leg: injury records grade 2 at site b, "
                        "which the safety gate reads; check the grade"),
              warnings.end());
}

// More inputs of the same kinds, written after the trial: other bounds ("no less severe than"),
// sources named without a verb ("radiologist: 4", "4 per MRI"), doubts ("if not 4", "on the cusp
// of 4", "4 possible"), brackets, a severity after its number, every fibre torn; and more of the
// readings that must not stop (a time, a scale, a recovery, a therapy, an exercise).
TEST(grade_in_text, more_grades_of_each_kind_are_read_and_their_plain_neighbours_are_not) {
    expect_all_stopped({
        {"no less severe than grade 4", "no less severe than grade 4", 4, Site::b},
        {"grade can't be below 4", "grade can't be below 4", 4, Site::b},
        {"grade isn’t less than 4", "isn’t less than 4", 4, Site::b},
        {"not milder than grade 4", "not milder than grade 4", 4, Site::b},
        {"grade cannot be lower than 4", "grade cannot be lower than 4", 4, Site::b},
        {"grade 2 (now 4)", "now 4", 4, Site::b},
        {"tear width: full", "tear width: full", 4, Site::b},
        {"grade 4 contra-indicates running", "grade 4", 4, Site::b},
        {"grade 2; radiologist: 4", "radiologist: 4", 4, Site::b},
        {"grade 2 per US, 4 per MRI", "4", 4, Site::b},
        {"grade 2 - correction: 4", "correction: 4", 4, Site::b},
        {"grade 2 (MRI: 4)", "MRI: 4", 4, Site::b},
        {"grade 2, radiologist 4", "radiologist 4", 4, Site::b},
        {"grade 2, should say 4", "say 4", 4, Site::b},
        {"grade 2 but MRI reports 4", "reports 4", 4, Site::b},
        {"Grade: 2 → 4", "Grade: 2 → 4", 4, Site::b},
        {"grade 3 if not 4", "grade 3 if not 4", 4, Site::b},
        {"grade 3, potentially a 4", "grade 3, potentially a 4", 4, Site::b},
        {"grade 3 rising to 4", "grade 3 rising to 4", 4, Site::b},
        {"grade 3 on the cusp of 4", "grade 3 on the cusp of 4", 4, Site::b},
        {"grade 3, 4 possible", "4", 4, Site::b},
        {"grade 3 edging towards 4", "grade 3 edging towards 4", 4, Site::b},
        {"grade [4]", "grade [4", 4, Site::b},
        {"grade {4}", "grade {4", 4, Site::b},
        {"gr_4", "gr_4", 4, Site::b},
        {"GRADE-4", "GRADE-4", 4, Site::b},
        {"4/4 severity", "4/4 severity", 4, Site::b},
        {"4th-grade tear", "4th-grade tear", 4, Site::b},
        {"grade 4: nothing more", "grade 4", 4, Site::b},
        {"grade 4 not seen by physio", "grade 4", 4, Site::b},
        {"tear extent: full", "tear extent: full", 4, Site::b},
        {"tear across entire width", "tear across entire width", 4, Site::b},
        {"tear (complete)", "tear (complete)", 4, Site::b},
        {"tear is 100%", "tear is 100%", 4, Site::b},
        {"all fibres torn", "all fibres torn", 4, Site::b},
        {"fibres: all torn", "fibres: all torn", 4, Site::b},
        {"no intact fibres", "no intact fibres", 4, Site::b},
        {"tear spans the entire cross-section", "spans the entire cross-section", 4, Site::b},
    });
    for (const std::string note : {
             "grade 3, not 4",
             "grade 2b; review 4",
             "stance width: full",
             "grade 2, now 4 weeks",
             "grade 2 tear, MRI 4 weeks ago",
             "grade 2; US on 4 Oct",
             "grade 2b, MRI 4/10 pain",
             "grade 2, 4 possible sessions",
             "grade 2 tear. MRI report 4 pages",
             "tear across",
             "tear across the muscle belly",
             "not all fibres torn",
             "all fibres intact",
             "PA grade IV",
             "grade IV PAs",
             "grade 4 central PAs",
             "grade 4 loading program",
             "gr IV mobs",
             "grade III-IV mobs",
             "grade 4 traction",
             "grade 4 MWM",
             "G4 nordics",
             "grade 4 running drills",
             "grade IV lumbar mobilisation",
             "Progressed to 100% sprint",
             "Tear healing well, 100% compliance",
             "Completed full width bridges",
             "full extent of hamstring strength",
             "Grade 2 tear, athlete reports 4 out of 10 pain",
             "grade 2 MRI, strength says 4",
             "Tear: completely resolved",
         }) {
        expect_not_read(note);
    }
    for (const std::string note : {
             "old grade 4 injury",
             "grade 4 other side",
             "grade 4 to opposite leg",
             "grade 4 contra leg",
         }) {
        const bool other = note.find("other") != std::string::npos
                           || note.find("opposite") != std::string::npos
                           || note.find("contra") != std::string::npos;
        expect_only_warned(note, other ? "\"grade 4\", of the other leg"
                                       : "\"grade 4\", dated as an earlier injury");
    }
}
