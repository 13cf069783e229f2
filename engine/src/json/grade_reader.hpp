#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "json/grade_in_text.hpp"
#include "json/grade_tokens.hpp"

// The reader of grades in free text (grade_in_text.hpp, the rule; docs/DATA.md "Grades written
// in words"), in four parts: the phrases that write a grade (grade_phrases.cpp), its site
// (grade_sites.cpp), the denials, doubts, reversals and dates around it (grade_denials.cpp), and
// the reading of a whole text with what supersedes what (grade_in_text.cpp). Private to the
// engine.
// [thread-safe] Each reader is used by one thread, over a text it does not own.
namespace coach::json::detail {

// "grade 2 at site b", as warnings name an injury.
std::string injury_named(const Injury& injury);

// Sets `injury`'s grade to `written`, and its site when written.
void raise_to(Injury& injury, const WrittenGrade& written);

class GradeReader {
  public:
    GradeReader(std::string_view text, bool sites_alone);

    std::vector<WrittenGrade> read() &&;

  private:
    using Token = grade_text::Token;
    using Grade = grade_text::Grade;

    // Tokens a quote reaches beyond its phrase: the hedge before it, the reversal after it.
    struct Quote {
        std::optional<std::size_t> from;
        std::optional<std::size_t> to;
    };

    // A site named in words, from token `first` to `last`.
    struct SiteName {
        Site site;
        std::size_t first = 0;
        std::size_t last = 0;
    };

    struct Phrase {
        Grade grade;
        std::size_t first = 0;  // its first token: denials and dates are looked for around it
        std::size_t last = 0;
        bool closed = false;    // "4b (BAMIC)", "grade 3 (c)": quoted with its closing bracket
        std::size_t begin = 0;  // where its words begin: `first`, or a '?' before it ("?4")
        std::size_t tail = 0;   // bytes quoted after `last`: the '+' of "grade 3+"
    };

    // A denial of the grade from `first` to `last` (the rules of grade_denials_before and
    // label_denied): its last word, and whether it follows the grade.
    struct Denial {
        std::size_t end = 0;
        bool after = false;
        bool label = false;
    };

    Phrase phrase(Grade grade, std::size_t first, std::size_t last, bool closed = false) const {
        return {grade, first, last, closed, tokens_[first].begin, 0};
    }

    // The grade `phrase` writes, quoted as written and through `quote`.
    WrittenGrade written(const Phrase& phrase, const Quote& quote, bool is_dated) const;

    // The text between tokens `a` and `b` as the reader sees it (character_at).
    std::string between(std::size_t a, std::size_t b) const {
        return grade_text::folded(text_, tokens_[a].end, tokens_[b].begin);
    }

    // Nothing but spaces and `joiners` between tokens `a` and `a + 1`, at most three characters.
    bool adjacent(std::size_t a, std::string_view joiners) const {
        if (a + 1 >= tokens_.size()) {
            return false;
        }
        const auto gap = between(a, a + 1);
        return gap.size() <= 3 && gap.find_first_not_of(joiners) == std::string::npos;
    }

    // The grade written from token `i` on, if one is.
    std::optional<Phrase> phrase_at(std::size_t i) const;

    // A grade written without a grading word of BAMIC's (see ordinal_grades, highest_words,
    // type_words, athletics_words): "4th degree tear", "fourth-degree strain", "highest grade
    // tear", "Munich type 4", "type IV injury (Munich)", "type 4 tear", "British Athletics 4c".
    std::optional<Phrase> named_otherwise(std::size_t i) const;

    // Whether a noun of the tear follows token `k` right after it: "4c tear", "grade tear".
    bool names_tear(std::size_t k) const;

    // Whether token `k` is its clause's only word: "3c", "MRI: 3c".
    bool alone_in_clause(std::size_t k) const;

    // A grade of another system that is BAMIC's grade 4 (see peetrons_words, complete_alone):
    // Peetrons' grade 3 ("Peetrons grade 3", "grade 3 (Peetrons)"), and a grade then "complete"
    // closing its clause past a system's name ("grade 3 (Peetrons) - complete", "grade 3 -
    // complete").
    void in_other_systems(Phrase& phrase) const;

    // A grade numbered after a grading word: "grade no. 4", "grade number 4", "grade nr 4" (not
    // "grade: no. 4 weeks").
    std::optional<Phrase> numbered_grade(std::size_t i) const;
    // Whether the dissent at token `k` is about the plan, not the diagnosis ("Coach disagrees
    // with the plan").
    bool dissent_about_the_plan(std::size_t k) const;

    // A complete tear in words, grade 4 (see complete_words): "complete tear", "complete proximal
    // hamstring avulsion", "full-thickness tear", "the tear is complete", "avulsion".
    std::optional<Phrase> complete_tear(std::size_t i) const;
    // Whether the rupture at token `i` is of another part of the body, named in its clause
    // within other_part_reach tokens ("ruptured Achilles", "ACL rupture", "scapular retraction").
    bool of_another_part(std::size_t i) const;

    // A Roman grade 3 or 4 with its site, alone ("MRI: IVc", "IIIc"); not "IVC" or "ivc" in one
    // case, the inferior vena cava ("MRI: IVC unremarkable").
    bool roman_with_site(const Grade& grade, std::size_t i) const;

    // Site c written with no grade, from token `k` (see involvement_words): "site c", "location:
    // c", "intratendinous", "intra-tendinous", "extending into the tendon", "tendon involvement";
    // its last token.
    std::optional<std::size_t> site_alone_at(std::size_t k) const;

    // A grade above or at least another, after a grading word: "grade >3", "grade > 3", "grade
    // >= 3", "grade \u2265 3": open above, so the worst reading is grade 4. Not an arrow ("grade
    // -> 3") nor below ("grade <4": not read).
    std::optional<Phrase> above_grade(std::size_t i) const;

    // A grade written with a plus ("grade 3+", "G3+", "grade III+"): short of the next grade
    // up, so the worst reading is that one ("grade 3+" is 4, "grade 2+" 3); and a grade "or
    // more" ("grade 3 or above", "grade 2 or higher", "grade 3 or worse"): open above, so 4.
    Phrase raised_by_sign(Phrase phrase) const;

    // "room 4c", "bay 4c": a place or a label, not a grade.
    bool labelled(std::size_t i) const;

    // A grade alone after a word of doubt ("possible 4", "query 4"), a question mark ("?4") or
    // another grade and "vs" ("2 vs 4": the worse); not a measure ("possible 4 weeks", "? 4/10")
    // nor a scale's ("pain 2 vs 4").
    std::optional<Phrase> doubted_alone(Grade grade, std::size_t i) const;

    // The "but" of a correction right before token `i` ("not only grade 3 but 4", "not 3 but
    // also 4"), with a grade named before it in its sentence.
    std::optional<std::size_t> corrected_by(std::size_t i) const;

    // Where the '?' right before token `i` lies ("?4", "? 4"), past spaces only.
    std::optional<std::size_t> question_before(std::size_t i) const;

    // Whether the number at token `k` measures something: "4/10", "4%", "4 cm", "4 x".
    bool measured(std::size_t k) const;

    // "grade 3/4", "grade 3-4", "grade 3 or 4", "grade 2 vs 4", "grade 2 (possibly 4)", "grade 2
    // ?4": the worse of the two; not "grade 2 - 4 weeks".
    Phrase ranged(Phrase phrase) const;

    // Whether the grade ending at token `k` and the next are joined as two of a range: by '/',
    // '-' or '?', with spaces and a bracket ("grade 3/4", "grade 3 - 4", "grade 2 (? 4)").
    bool joined_as_range(std::size_t k) const;

    // Whether the number at token `k` counts a time: "4 weeks", "4wks" (one token), "4/52".
    bool timed(std::size_t k) const;

    // A site written apart from the grade that ends at `phrase.last` joins it (see site_words).
    void with_site(Phrase& phrase) const;

    // A site named in words from token `k`, and its last token: "intratendinous", a name split by
    // a hyphen or a space ("intra-tendinous", "musculo-tendinous"), or a word of inside before
    // the tendon ("into the tendon", "within the tendon": site c).
    std::optional<std::pair<Site, std::size_t>> site_name_at(std::size_t k) const;

    // The tendon named alone as the tear's site at token `k`: "grade 3 with tendon involvement",
    // "tendinous grade 3 tear", "grade 3 (tendon)", "grade 3 tendon tear". Not a part of another
    // site's name ("musculo-tendinous", "muscle-tendon junction", "myotendinous": site b), nor
    // after "non" ("non-tendinous"), nor spared (`spared`).
    bool tendon_at(std::size_t k) const;

    // Whether the words after the tendon at token `k`, in its clause, spare it: "tendon intact",
    // "tendon spared", "tendon not involved", "tendon involvement excluded"; not when a word of
    // not being able undoes the denial ("tendon involvement cannot be excluded": site c).
    bool spared(std::size_t k) const;

    // A site named in words in the grade's clause, right before it or within `after_reach`
    // words after it: "intratendinous grade 3", "grade 3 tear at the intratendinous site",
    // "grade 3 tear into the tendon"; not past a word that denies it ("grade 3 tear not into
    // the tendon").
    std::optional<SiteName> site_named_near(std::size_t first, std::size_t last) const;

    // Whether an imaging result written after an earlier grading supersedes it: "grade 4
    // suspected initially, MRI showed grade 2b", "initial suspicion of grade 4; subsequent MRI:
    // BAMIC 2b". The earlier grading is marked as the first one (`earliness_words` in its
    // clause), or the imaging as later (`later_words`); the result is a lower grade an imaging
    // word and a word of showing (or a ':') give in its clause, without doubt ("MRI showed
    // possible grade 2b", "MRI: grade 2b?") and not dated ("MRI in 2019 showed grade 2b").
    bool supersedes(const Phrase& result, const WrittenGrade& written, const Phrase& earlier) const;

    // "grade 4 league", "plays grade 4 football": a sport's grade, not the tear's.
    bool sporting(std::size_t first, std::size_t last) const;

    // "Grade 4 mobilisations", "G4 mobs", "Maitland grade IV", "progressed to grade 4 nordics",
    // "Nordic grade 4 progression": a manual therapy's or an exercise's grade, not the tear's
    // (see exercise_after, exercise_before).
    bool exercised(std::size_t first, std::size_t last) const;

    // "grade 4 on the other leg", "grade 4 contralateral", "contralateral grade 4": the other
    // leg's grade, the history of another injury (see other_side_words).
    bool other_side(std::size_t first, std::size_t last) const;

    // A bound before the grade, through the "than" at token `than`: the bound's first token when
    // it bounds from below ("not less than grade 4", "cannot be less than grade 4") or from
    // above with no negator ("worse than grade 3"); nothing for "less than grade 4" or "no worse
    // than grade 4" (see lower_words, higher_words).
    std::optional<std::size_t> bound_at(std::size_t than) const;

    // Applies a bound before `phrase` (bound_at): quoted from its first word; a bound from above
    // is the next grade up ("worse than grade 3" is 4).
    void bounded(Phrase& phrase) const;

    // A grading word then words of being, changing or reporting, then the grade: "grade should
    // be 4", "grade changed to 4", "grade no less than 4", "grade at least 4" (see
    // stating_words).
    std::optional<Phrase> stated_grade(std::size_t i) const;

    // The word that restates a grade alone at token `i` after a grade named earlier in its
    // sentence: "grade 2 on US; MRI says 4", "grade 2 is wrong, it's a 4" (see restating_words).
    std::optional<std::size_t> restated_by(std::size_t i) const;

    // "severity: 4/4", "severity 4 of 4": a grade on a scale of four.
    std::optional<Phrase> severity_grade(std::size_t i) const;

    // A complete tear by its extent (see extent_words): "tear: complete", "thickness: full",
    // "entire cross-section involved", "tear through the entire width", "through-and-through
    // tear", "torn 100%", "100% of the cross-section torn".
    std::optional<Phrase> complete_by_extent(std::size_t i) const;

    // Whether "100%" or "100 percent" is written at token `k`: its last token.
    std::optional<std::size_t> hundred_percent(std::size_t k) const;

    // Whether a word of recovery lies in token `k`'s clause (see recovery_words): "tear 100%
    // healed" measures the healing, not the tear.
    bool recovering(std::size_t k) const;

    // Whether a scale's word lies before token `k` in its clause: "pain now 4", "VAS says 4".
    bool scaled(std::size_t k) const;

    // Whether the grade at token `k` ends its clause or names the tear ("maybe a 4", "or 4
    // tear"), as a second grade reached by words must.
    bool ends_grade(std::size_t k) const;

    // Whether a trailing denial at token `k` is open: "nil else" ("nothing else"), "free tendon",
    // "not seen by surgeon", "not seen yet".
    bool open_denial(std::size_t k) const;

    // Whether token `k` books an imaging within two words of it in its clause (booking_words):
    // "MRI booked", "booked for MRI".
    bool imaging_booked(std::size_t k) const;

    // Whether a word of the weather lies within two tokens of token `k` in its clause: "4c
    // outside temperature" is degrees Celsius.
    bool weather(std::size_t k) const;

    bool same_clause(std::size_t a, std::size_t b) const {
        return tokens_[a].clause == tokens_[b].clause;
    }

    bool same_sentence(std::size_t a, std::size_t b) const {
        return tokens_[a].sentence == tokens_[b].sentence;
    }

    // A word of not being able right before token `k`, past at most two undoing_fillers.
    bool undone(std::size_t k) const;

    // The token before `first` in its clause past fillers for which `matches` holds (with "ruled
    // out" and "rules out" read as words of denial when `denying`), or nothing.
    template <class Matches>
    std::optional<std::size_t> before(std::size_t first, Matches matches, bool denying) const;

    template <class Matches>
    std::optional<std::size_t> after(std::size_t last, Matches matches) const;

    // A grade named as a label whose value denies it: "grade 4: no", "grade 4 - neg", "grade 4 =
    // none", "grade 4? no", "grade 4 tear: nil", "grade 4 (no)", "grade 4 (-)", "grade 4 (-ve)",
    // "grade 4: -ve". The value ends its clause, is not asked ("grade 4: no?"), and no exception
    // follows it behind a comma or a bracket ("grade 4: no, but MRI pending"): "grade 4: no
    // change" affirms the grade.
    bool label_denied(std::size_t last) const;

    // Whether the label's value ending at token `k`, followed by `marks` (blanks removed), ends
    // its clause, is not asked, and has no exception behind a comma or a bracket after it.
    bool value_ends(std::size_t k, std::string_view marks) const;

    // Whether the words around the grade from token `first` to `last` deny it as a whole: a denial
    // (below) that no reversal follows in its sentence (`reversal`) and, after the grade, no hedge
    // doubts (`hedge`). When one undoes the denial, `quote` reaches it.
    bool denied(std::size_t first, std::size_t last, Quote& quote) const;

    // A word of a test still to come after token `from` in its sentence (doubt::pending_words):
    // "grade 4 excluded clinically, awaiting MRI", "no grade 4, MRI pending".
    std::optional<std::size_t> pending(std::size_t from) const;

    // The token of a reversal after token `from` (see turn_words), or nothing: in its sentence,
    // or in the next one when the word of a turn opens it ("No grade 4. Now suspected.").
    std::optional<std::size_t> reversal(std::size_t from) const;

    // A grading word or a grade in digits at token `k`: "grade", "2b", "Gr2".
    bool names_a_grade(std::size_t k) const;

    // A hedge of a denial after the grade (see hedges): within `hedge_reach` words before the
    // grade in its clause, or between the grade and the denial at `denial`; its token.
    std::optional<std::size_t> hedge(std::size_t first, std::size_t last, std::size_t denial) const;

    // Whether a '?' follows token `k`, past blanks: "grade 4 excluded?".
    bool asked(std::size_t k) const;

    std::optional<Denial> denial_of(std::size_t first, std::size_t last) const;

    // The "not" of "not seen", "not shown", "not be seen", when token `k` is the word of seeing.
    std::optional<std::size_t> not_seen(std::size_t k) const;

    // "last season", "previous year" ending at token `k`.
    bool past_season(std::size_t k) const;

    // Dated (below) unless a reversal follows the dating word: "grade 4 previously suspected, now
    // confirmed" is this injury's.
    bool dated(std::size_t first, std::size_t last, Quote& quote) const;

    std::optional<std::size_t> dating_word(std::size_t first, std::size_t last) const;

    // A year written with the grade: in brackets right after it ("BAMIC 4c (2019)"), or after
    // "in" or "during" in its clause ("grade 4 in 2019", "in 2019 grade 4").
    std::optional<int> year(std::size_t first, std::size_t last) const;

    std::string_view text_;

    std::vector<Token> tokens_;

    bool sites_alone_ = false;

    bool context_ = false;
};

}  // namespace coach::json::detail
