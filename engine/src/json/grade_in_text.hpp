#pragma once

#include <boost/json/value.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/athlete.hpp"
#include "strict_json/object_reader.hpp"

// Grades written in words, as the British Athletics Muscle Injury Classification (BAMIC; Pollock
// et al. 2014, Br J Sports Med 48(18):1347-1351) grades a hamstring tear: 0..4, 4 a complete
// tear, at site a (myofascial), b (musculotendinous) or c (intratendinous). A note may grade the
// tear worse than injury.grade does ("MRI: grade IV, BAMIC 4c" over a recorded grade 2). The safety
// gate stops on a grade 4 tear and on a grade 3 tear into the tendon (site c); a worse grade left
// in the notes would let plans through. So the worst credible reading wins, as red flags written in
// words do (red_flag_text.hpp):
// - a note that affirms a grade the gate stops on (4, or 3 at site c; a grade written with no
//   site is at the recorded site, so "grade 3" over a recorded 2c is 3c) where the recorded
//   injury is not one it stops on the same way raises the record's injury to it: grade 4 (the
//   site as written, else as recorded), or grade 3 at site c; the gate then stops every plan
//   exactly as for the recorded grade, and a warning at the note's JSON pointer names the words;
// - a grade the note denies right before it ("no grade 4", "not a grade 4", "ruled out grade 4",
//   "unlikely grade 4", "not consistent with grade 4", "2b rather than 4c") or within four words
//   after it in its clause ("grade 4 excluded", "grade 4 tear ruled out", "BAMIC 4c negative",
//   "grade 4 unlikely", "grade 4 not seen") is not read, unless a word of not being able, or of
//   a test still to come, undoes the denial ("cannot exclude grade 4", "grade 4 cannot be
//   excluded", "grade 4 not ruled out", "grade 4 yet to be excluded"): doubt about a worse grade
//   is that grade, as "? grade 4", "possible 4", "?4", "grade 2 (possibly 4)" and "2 vs 4" are,
//   and so is a grade still to be ruled out ("to rule out grade 4", "MRI to exclude grade 4",
//   "r/o grade 4": r/o is "rule out"). The denial words are the red-flag reader's negators
//   (red_flag_vocabulary.hpp) but "off", and grades' own ("not", "unlikely", "excluded", ...).
//   A denial is read only when it is whole: no reversal follows it in its sentence (or opens the
//   next: "No grade 4. Now suspected."), no word but a plain one stands between the grade and a
//   denial after it ("grade 4 likely excluded", "largely excluded": read), no test still to come
//   follows it in its sentence ("grade 4 excluded clinically, awaiting MRI", "no grade 4 on US, MRI
//   booked": read), a clause opening with a denial undone ("grade 4 unlikely, not impossible")
//   or someone who disagrees in its sentence or the next ("No grade 4. Surgeon disagrees."), a word
//   of a turn ("now", "but", "however", "yet", "though", ...) then, within three words and before
//   any other grade, a word that affirms or doubts again ("grade 4 excluded initially, now
//   suspected", "grade 4 unlikely but possible", "grade 4 unlikely, but not excluded"; not
//   "grade 4 excluded, now grade 2b confirmed", nor before "to": "now possible to jog"), and, for a
//   denial after the grade, no hedge within five words before the grade in its clause or between
//   the two ("cannot say grade 4 is excluded", "unclear whether grade 4 is excluded", "not sure
//   grade 4 is ruled out", "grade 4 appears excluded"), and no '?' after it ("grade 4 excluded?",
//   "no grade 4?"; a label's value as below). What the reader cannot prove a whole denial is read
//   (a false stop is safe), and the warning quotes the words through the hedge or reversal.
//   "Nothing" denies as "no" does ("nothing to suggest grade 4", "no MRI evidence of grade 4"). A
//   grade named as a label whose value denies it ("grade 4: no", "grade 4 (-)", "grade 4: neg"; the
//   value ends its clause, is not asked and no exception follows) is not read; nor is an earlier
//   grading a later imaging result in the same text grades lower ("grade 4 suspected initially, MRI
//   showed grade 2b": the earlier marked first, or the imaging later, and the result without
//   doubt). A hedged denial ("MRI appears to exclude grade 4") is read. One it dates ("previous
//   grade 4", "hx of grade IV", "last season grade 4", "grade 4 previously", "BAMIC 4c (2019)" or
//   "in 2019" before the injury's year) is the history of another injury: a warning to check the
//   grade, and the recorded grade decides; unless a reversal follows the dating word ("grade 4
//   previously suspected, now confirmed": read).
// A complete tear in words is grade 4 (BAMIC's grade 4): "complete tear", "complete proximal
// hamstring avulsion", "full-thickness tear", "total rupture", "completely torn", "the tear is
// complete", and an avulsion alone ("avulsion", "avulsed"), with the same denials and doubts
// ("possible complete tear", "cannot exclude complete tear": read; "no features of a complete
// tear": not); not "near-complete" or "almost complete" (grade 3 at most), nor "incomplete".
// So are "entire tendon torn" and a complete tear beside a lesser one ("complete vs partial
// tear": the worse reading).
// Every string of the record is read (notes, clinician reviews, an unknown key such as a pasted
// "mri" report) except the profile ("sport": "grade 4 league"), the goal and a logged session's
// items. A grade followed by a sport's word ("grade 4 league",
// "grade 3 team", "grade 4 football") or after a word of playing ("plays grade 4 football") is
// not the tear's, nor a BAMIC grade with site c next to a word of the weather ("4c outside
// temperature").
// Grade 4 in other words: "4th degree tear", "fourth-degree strain", "graded as 4", "regraded as
// 4", "Munich 4", "grade iiii"
// (the additive Roman 4), "highest grade tear", "Munich type 4", "type IV injury (Munich)", "type
// 4 tear" (Munich type 4, a complete tear; types 1 to 3 not read), "Peetrons grade 3" (a complete
// rupture), "grade 3 (Peetrons) - complete", "British Athletics 4c", "not only grade 3 but 4"; a
// BAMIC grade with its site alone as its clause ("3c") or before a tear ("4c tear") in any note.
// Spellings: a grading word ("grade", "gr", "gd", "grd", "BAMIC", "BAC") then the grade, with
// spaces, ':', '=', '(', '-', '.', '?' or '#' between ("grade IV", "Gr. 4", "gr 4", "Gd 4", "Grd
// 4", "BAMIC 4c", "grade four", "grade ?4", "grade #4"), or a number word ("grade no. 4", "grade
// number 4", "grade nr 4"; not before a time: "grade: no. 4 weeks"), joined ("Gr4", "G4",
// "Gd4", "grade4", "BAMIC3c"), "G" apart ("G 4"; not after a number: "30 g 4"), a classification
// after it ("4b (BAMIC)"), and a grade alone in digits in a note that names a grading or imaging
// (BAMIC, BAC, grade, classification, MRI, scan, ultrasound, USS): a BAMIC grade with its site
// ("4c", "3c", and a Roman grade 3 or 4 with its site, "IVc", "IIIc", but "IVC" or "ivc" in one
// case, the inferior vena cava), or any after a word of doubt
// ("possible 4", "?4", "2 vs 4"), unless it labels a place ("room 4c") or is a measure ("possible
// 4 weeks", "pain 2 vs 4"). Digits and letters may be full-width ("grade \uFF14", "\uFF13c") and
// blanks any Unicode space; a grade may be a Roman numeral character ("grade \u2163"), a
// superscript digit ("grade\u2074"), Roman joined ("gradeIV", "GIV"), "G-4"; "grade >3", "grade
// \u2265 3", "grade 3 or above" are 4, and "grade 3+" the next grade up (4). A site may follow the
// grade apart: "grade III c", "grade 3 (c)", "grade 3/c", "grade 3, site c", "grade 3; site c"
// (';' only before a site word), "grade 3 at c", "BAMIC 3.c", "grade 3 intratendinous" (a
// myofascial, b musculotendinous, c intratendinous, also split: "intra-tendinous"; a lone "a" only
// in brackets or after "site": "grade 4 a week ago"), and a site named in words in its clause
// ("grade 3 tear at the intratendinous site", "grade 3 tear into the tendon", "extending into the
// tendon") is its site, unless a word denies it first ("not into the tendon"); so is the tendon
// named alone ("grade 3 with tendon involvement", "tendinous grade 3", "grade 3 (tendon)"), but for
// "musculo-tendinous", "muscle-tendon junction" or a tendon spared
// ("tendon intact"). Two grades joined by '/', '-', '?', "or", "to", "vs" or a word of doubt
// ("grade 3/4", "grade 2 (possibly 4)", "grade 2 or even 4") are ambiguous: the worse is read;
// not when a time or a count follows the second ("grade 2 - 4 weeks out", "grade 2-4/52", "grade
// 2 - 4 sets of nordics": grade 2). Grades 0..3 at sites a and b are
// not read: the gate does not stop on them, and a note's older or partial grading would move the
// course of recovery on a guess. Site c written with no grade ("MRI: site c", "site: c",
// "intratendinous extension", "extending into the tendon", "tendon involvement"; not "pain in the
// tendon") is at the recorded grade, so it is read over a recorded grade 3 at another site only
// (as 3c), with the same denials ("no intratendinous extension", "tendon intact"). The gate reads
// the Athlete, which holds no notes: its referral is the recorded grade's, and only the warning
// names the note. Also read (docs/DATA.md "Grades written in words"; grade_statements.cpp): a
// bound from below ("not less than grade 4", "grade no less than 4"; a bound from above over a
// lower grade is the next grade up: "worse than grade 3"), a grading word stated by words of being
// or changing ("grade changed to 4", "grade should be 4"), an arrow ("grade 2 -> 4"), a grade
// alone restated after one named in its sentence ("grade 2 on US; MRI says 4", "it's a 4"), doubt
// between grades past more words ("grade 2, maybe a 4", "between grade 3 and 4", "grade 3 going on
// 4"), "grade 3++", "grade_4", "grade «4»", "fourth grade tear", "severity: 4/4", and a
// complete tear by its extent ("thickness: full", "torn 100%", "through-and-through tear"). Not
// read: a manual therapy's or an exercise's grade ("Grade 4 mobilisations", "Nordic grade 4
// progression"), "neither grade 3c nor 4"; the other leg's grade ("grade 4 contralateral") and an
// earlier injury's ("previous injury was grade 4") warn as a dated grade does.
// [thread-safe] Pure functions, except GradeCheck, which is [thread-compatible].
namespace coach::json::detail {

// A grade a note gives the tear, as written.
struct WrittenGrade {
    int grade = 0;             // 0..4
    std::optional<Site> site;  // when written ("4c")
    std::string words;         // as written: "BAMIC 4c", "grade 3/4"
    bool dated = false;        // the history of another injury: "previous grade 4"
    std::optional<int> year;   // a year written with it: "BAMIC 4c (2019)", "grade 4 in 2019"
    bool site_alone = false;   // a site with no grade ("MRI: site c"): `grade` is 0
    bool other_side = false;   // the other leg's: "grade 4 on the other leg"

    // Whether the safety gate stops on this grade: 4, or 3 at site c.
    bool stops() const { return grade >= 4 || (grade == 3 && site == Site::c); }
};

// Every grade `text` affirms or dates, in the order written; grades it denies are left out. Site
// c written with no grade too, after the grades, when `sites_alone`.
std::vector<WrittenGrade> grades_written(std::string_view text, bool sites_alone = false);

// Reads the strings of a record for grades (the rule above), keeping the worst stop-worthy grade
// the notes affirm.
class GradeCheck {
  public:
    explicit GradeCheck(const Injury& recorded) : recorded_(recorded) {}

    // Reads the string at `pointer` when it describes the injury (above); warns at it when it
    // grades the tear worse than recorded.
    void read(std::string_view text, const std::string& pointer, strict_json::Problems& problems);

    // Raises `injury` to the worst grade read, when one was. Call once, after every read().
    void raise(Injury& injury) const;

  private:
    const Injury& recorded_;
    std::optional<WrittenGrade> worst_;
};

// A grade in a field the schema does not know, whose name says grade ("injury_grade_mri": "4",
// "mri": {"grade": 4}, "bamic": "4c", "imagingGrade": "IV"): a pasted report's grade, read as a
// note's is (the worst reading wins). Its value is a number 0..4 or a string that is one grade
// ("4", "4c", "IV", "four"); a site beside it ("mri": {"grade": 3, "site": "c"}) is its site.
// When the gate stops on it and it is worse than `injury` (the record's, raised by its notes),
// `injury` is raised to it and a warning at its pointer names the field and `recorded` (the
// injury as recorded). A field whose name dates it or puts it on the other leg
// ("previous_grade", "contralateral_grade") only warns; one whose name says an exercise or a
// therapy ("nordic_grade", "mobilisation_grade") is not read, nor the profile, the goal and a
// logged session's items, whose grades are not the tear's. `injury.grade` is the record's own
// and is not read here. [thread-safe] Pure.
void check_grades_in_fields(const boost::json::value& document, const Injury& recorded,
                            Injury& injury, strict_json::Problems& problems);

}  // namespace coach::json::detail
