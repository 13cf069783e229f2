#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/athlete.hpp"
#include "strict_json/object_reader.hpp"

// Grades written in words. A note may grade the tear worse than injury.grade does ("MRI: grade
// IV, BAMIC 4c" over a recorded grade 2). The safety gate stops on a grade 4 tear and on a grade
// 3 tear into the tendon (site c); a worse grade left in the notes would let plans through. So
// the worst credible reading wins, as red flags written in words do (red_flag_text.hpp):
// - a note that affirms a grade the gate stops on (4, or 3 at site c) where the recorded injury
//   is not one it stops on the same way raises the record's injury to it: grade 4 (the site as
//   written, else as recorded), or grade 3 at site c; the gate then stops every plan exactly as
//   for the recorded grade, and a warning at the note's JSON pointer names the words;
// - a grade the note denies right before it ("no grade 4", "not a grade 4", "ruled out grade 4",
//   "r/o grade 4") or within four words after it in its clause ("grade 4 excluded", "grade 4
//   tear ruled out", "BAMIC 4c negative", "grade 4 unlikely") is not read, unless a word of not
//   being able undoes the denial ("cannot exclude grade 4", "grade 4 not ruled out"); a doubt
//   is no denial ("? grade 4" is read). One it dates ("previous grade 4", "hx of grade IV",
//   "prior BAMIC 4c", "grade 4 previously") is the history of another injury: a warning to
//   check the grade, and the recorded grade decides.
// Spellings: a grading word then the grade, with spaces, ':', '=', '(', '-' or '.' between
// ("grade IV", "Gr. 4", "gr 4", "BAMIC 4c", "grade four"), joined ("Gr4", "G4", "grade4"), a
// classification after it ("4b (BAMIC)"), and a BAMIC grade alone in digits ("4c", "3c") in a
// note that names a grading or imaging (BAMIC, BAC, grade, classification, MRI, scan,
// ultrasound, USS). Two grades joined by '/', '-' or "or" ("grade 3/4", "grade 3-4") are
// ambiguous: the worse is read. Grades 0..3 at sites a and b are not read: the gate does not
// stop on them, and a note's older or partial grading would move the course of recovery on a
// guess. The gate reads the Athlete, which holds no notes: its referral is the recorded grade's,
// and only the warning names the note. [thread-safe] Pure functions, except GradeCheck, which is
// [thread-compatible].
namespace coach::json::detail {

// A grade a note gives the tear, as written.
struct WrittenGrade {
    int grade = 0;             // 0..4
    std::optional<Site> site;  // when written ("4c")
    std::string words;         // as written: "BAMIC 4c", "grade 3/4"
    bool dated = false;        // the history of another injury: "previous grade 4"

    // Whether the safety gate stops on this grade: 4, or 3 at site c.
    bool stops() const { return grade >= 4 || (grade == 3 && site == Site::c); }
};

// Every grade `text` affirms or dates, in the order written; grades it denies are left out.
std::vector<WrittenGrade> grades_written(std::string_view text);

// Reads the strings of a record for grades (the rule above), keeping the worst stop-worthy grade
// the notes affirm.
class GradeCheck {
  public:
    explicit GradeCheck(const Injury& recorded) : recorded_(recorded) {}

    // Reads the string at `pointer`; warns at it when it grades the tear worse than recorded.
    void read(std::string_view text, const std::string& pointer, strict_json::Problems& problems);

    // Raises `injury` to the worst grade read, when one was. Call once, after every read().
    void raise(Injury& injury) const;

  private:
    const Injury& recorded_;
    std::optional<WrittenGrade> worst_;
};

}  // namespace coach::json::detail
