// The denials, doubts, reversals and dates around a grade written in words (grade_reader.hpp,
// grade_in_text.hpp): "no grade 4", "grade 4 likely excluded", "No grade 4. Now suspected.",
// "previous grade 4"; the phrases themselves are grade_phrases.cpp's.
#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>

#include "json/doubt_vocabulary.hpp"
#include "json/grade_reader.hpp"
#include "json/grade_vocabulary.hpp"
#include "json/red_flag_vocabulary.hpp"
#include "json/red_flag_words.hpp"

namespace coach::json::detail {

using namespace grade_words;
using namespace grade_text;

bool GradeReader::undone(std::size_t k) const {
    std::size_t fillers = 0;
    for (std::size_t j = k; j > 0 && same_clause(j - 1, k); --j) {
        const auto& word = tokens_[j - 1].text;
        if (one_of(word, undoing)) {
            return true;
        }
        if (!one_of(word, undoing_fillers) || ++fillers > most_undoing_fillers) {
            return false;
        }
    }
    return false;
}

template <class Matches>
std::optional<std::size_t> GradeReader::before(std::size_t first, Matches matches,
                                               bool denying) const {
    std::size_t fillers = 0;
    for (std::size_t k = first; k > 0 && same_clause(k - 1, first); --k) {
        const auto& word = tokens_[k - 1].text;
        const bool ruled_out = denying && k >= 2 && same_clause(k - 2, first) && word == "out"
                               && one_of(tokens_[k - 2].text, ruling_out);
        if (ruled_out) {
            return k - 2;
        }
        if (matches(k - 1)) {
            return k - 1;
        }
        if (!one_of(word, grade_fillers) && !one_of(word, vocabulary::negation_fillers)) {
            return std::nullopt;
        }
        if (++fillers > most_fillers) {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

template <class Matches>
std::optional<std::size_t> GradeReader::after(std::size_t last, Matches matches) const {
    for (std::size_t k = last + 1;
         k < tokens_.size() && k <= last + after_reach && same_clause(k, last); ++k) {
        if (matches(k)) {
            return k;
        }
    }
    return std::nullopt;
}

bool GradeReader::label_denied(std::size_t last) const {
    std::size_t end = last;
    for (std::size_t words = 0;
         words < 2 && adjacent(end, " ") && one_of(tokens_[end + 1].text, label_nouns); ++words) {
        ++end;  // "grade 4 tear: no"
    }
    const auto after = [this](std::size_t k) {
        return folded(text_, tokens_[k].end,
                      k + 1 < tokens_.size() ? tokens_[k + 1].begin : text_.size());
    };
    auto marks = after(end);
    std::erase(marks, ' ');
    if (marks.starts_with("(-)")) {
        return value_ends(end, marks.substr(3));
    }
    const std::size_t k = end + 1;
    if (k >= tokens_.size()) {
        return false;
    }
    const auto& value = tokens_[k].text;
    const bool minus = value == "ve" && marks.ends_with('-');  // "-ve"
    if (minus) {
        marks.pop_back();
    }
    if (!minus && !one_of(value, vocabulary::label_negators)) {
        return false;
    }
    auto closing = after(k);
    std::erase(closing, ' ');
    const bool bracket = marks == "(" && closing.starts_with(')');
    const bool label = marks == "?" || (minus && marks.empty()) || marks == ":" || marks == "="
                       || marks == "-" || marks == ":-" || marks == "--";
    if (!bracket && !label) {
        return false;
    }
    return value_ends(k, bracket ? closing.substr(1) : closing);
}

bool GradeReader::value_ends(std::size_t k, std::string_view marks) const {
    if (marks.starts_with('?')) {
        return false;
    }
    if (k + 1 >= tokens_.size()) {
        return true;
    }
    if (same_clause(k, k + 1)) {
        return false;
    }
    const auto& next = tokens_[k + 1].text;
    const bool behind = marks.ends_with(',') || marks.ends_with('(');
    for (const auto& exception : vocabulary::exceptions) {
        if (behind && matches(next, exception.first)
            && (exception.second.empty()
                || (k + 2 < tokens_.size() && tokens_[k + 2].text == exception.second))) {
            return false;
        }
    }
    return true;
}

bool GradeReader::denied(std::size_t first, std::size_t last, Quote& quote) const {
    const auto denial = denial_of(first, last);
    if (!denial) {
        return false;
    }
    if (const auto again = reversal(denial->end)) {
        quote.to = again;  // "grade 4 excluded initially, now suspected"
        return false;
    }
    const auto end = std::max(denial->end, last);
    if (!denial->label && asked(end)) {
        quote.to = end;  // "grade 4 excluded?", "no grade 4?"
        return false;
    }
    if (denial->after) {
        if (const auto doubt = hedge(first, last, denial->end)) {
            if (*doubt < first) {
                quote.from = doubt;  // "cannot say grade 4 is excluded"
            }
            quote.to = denial->end;
            return false;
        }
    }
    if (const auto open = pending(end)) {
        quote.to = open;  // "grade 4 excluded clinically, awaiting MRI"
        return false;
    }
    return true;
}

std::optional<std::size_t> GradeReader::pending(std::size_t from) const {
    for (std::size_t k = from + 1; k < tokens_.size() && same_sentence(k, from); ++k) {
        if (names_a_grade(k)) {
            return std::nullopt;  // "no grade 4, grade 2b pending review" is another's
        }
        if (one_of(tokens_[k].text, doubt::pending_words) || imaging_booked(k)) {
            return k;  // "awaiting MRI", "MRI booked"
        }
    }
    return std::nullopt;
}

bool GradeReader::imaging_booked(std::size_t k) const {
    if (!one_of(tokens_[k].text, booking_words)) {
        return false;
    }
    for (std::size_t j = k > 2 ? k - 2 : 0; j < tokens_.size() && j <= k + 2; ++j) {
        if (j != k && same_clause(j, k) && one_of(tokens_[j].text, imaging_words)) {
            return true;
        }
    }
    return false;
}

std::optional<std::size_t> GradeReader::reversal(std::size_t from) const {
    const auto sentence = tokens_[from].sentence;
    for (std::size_t k = from + 1; k < tokens_.size() && tokens_[k].sentence <= sentence + 1; ++k) {
        if (names_a_grade(k)) {
            return std::nullopt;  // "grade 4 excluded, now grade 2b"
        }
        const bool next = tokens_[k].sentence != sentence;
        if (next && !same_sentence(k - 1, k) && between(k - 1, k).find('?') != std::string::npos) {
            return std::nullopt;  // "grade 4 excluded? now suspected": asked (denied)
        }
        const bool undone_clause = !same_clause(k - 1, k) && one_of(tokens_[k].text, undone_denials)
                                   && k + 1 < tokens_.size() && same_clause(k, k + 1)
                                   && (one_of(tokens_[k + 1].text, grade_denials_after)
                                       || one_of(tokens_[k + 1].text, undone_certainties));
        if (undone_clause) {
            return k + 1;  // "grade 4 unlikely, not impossible"
        }
        if (one_of(tokens_[k].text, dissent_words) && !dissent_about_the_plan(k)) {
            return k;  // "No grade 4. Surgeon disagrees."
        }
        const bool opens =
            !next || !same_sentence(k - 1, k)
            || (k >= 2 && !same_sentence(k - 2, k) && one_of(tokens_[k - 1].text, turn_words));
        if (!opens || !one_of(tokens_[k].text, turn_words)) {
            continue;
        }
        for (std::size_t j = k + 1;
             j < tokens_.size() && j <= k + turn_reach && same_sentence(j, k); ++j) {
            if (names_a_grade(j)) {
                return std::nullopt;
            }
            const auto& word = tokens_[j].text;
            const bool undoes = one_of(word, undone_denials) && j + 1 < tokens_.size()
                                && same_clause(j, j + 1)
                                && one_of(tokens_[j + 1].text, grade_denials_after);
            const bool action = j + 1 < tokens_.size() && same_clause(j, j + 1)
                                && tokens_[j + 1].text == "to";  // "now possible to jog"
            if ((one_of(word, reaffirming) && !action) || undoes) {
                for (std::size_t n = j + 1; n < tokens_.size() && n <= j + 2 && same_sentence(n, j);
                     ++n) {
                    if (names_a_grade(n)) {
                        return std::nullopt;  // "now confirmed grade 2b"
                    }
                }
                return undoes ? j + 1 : j;
            }
        }
    }
    return std::nullopt;
}

bool GradeReader::dissent_about_the_plan(std::size_t k) const {
    bool plan = false;
    for (std::size_t j = k + 1; j < tokens_.size() && same_clause(j, k); ++j) {
        if (names_a_grade(j) || one_of(tokens_[j].text, diagnosis_words)) {
            return false;  // "Surgeon disagrees with grading", "... with the MRI report"
        }
        plan = plan || one_of(tokens_[j].text, planning_words);
    }
    return plan;
}

bool GradeReader::names_a_grade(std::size_t k) const {
    const auto& word = tokens_[k].text;
    return one_of(word, grading_words) || grade_of(word, true).has_value()
           || joined_grade(word).has_value();
}

std::optional<std::size_t> GradeReader::hedge(std::size_t first, std::size_t last,
                                              std::size_t denial) const {
    const auto hedging = [this](std::size_t k) {
        const auto& word = tokens_[k].text;
        if (one_of(word, hedges) || one_of(word, doubt::open_words)) {
            return true;
        }
        const bool next_certain = k + 1 < tokens_.size() && same_clause(k, k + 1)
                                  && one_of(tokens_[k + 1].text, certainty_words);
        const bool cannot = word == "t" && k > 0 && tokens_[k - 1].text == "can";
        return (word == "not" && next_certain) || cannot;  // "not sure", "can't say"
    };
    std::optional<std::size_t> farthest;  // quoted from there: "unclear whether grade 4 ..."
    for (std::size_t back = 1; back <= hedge_reach && back <= first; ++back) {
        if (!same_clause(first - back, first)) {
            break;
        }
        if (hedging(first - back)) {
            const bool cannot = tokens_[first - back].text == "t";
            farthest = cannot ? first - back - 1 : first - back;  // "can't": from "can"
        }
    }
    if (farthest) {
        return farthest;
    }
    // Between the grade and the denial, any word but a plain one qualifies it: "grade 4
    // likely excluded", "grade 4 largely excluded" (see plain_between).
    for (std::size_t k = last + 1; k < denial; ++k) {
        const auto& word = tokens_[k].text;
        const bool plain = one_of(word, plain_between) || one_of(word, involvement_words)
                           || one_of(word, torn_words) || one_of(word, torn_fillers);
        if (hedging(k) || !plain) {
            return k;
        }
    }
    return std::nullopt;
}

bool GradeReader::asked(std::size_t k) const {
    const auto end = k + 1 < tokens_.size() ? tokens_[k + 1].begin : text_.size();
    for (std::size_t i = tokens_[k].end; i < end;) {
        const auto character = character_at(text_, i);
        if (character.c != ' ' && character.c != '\0') {
            return character.c == '?';
        }
        i += character.size;
    }
    return false;
}

std::optional<GradeReader::Denial> GradeReader::denial_of(std::size_t first,
                                                          std::size_t last) const {
    if (label_denied(last)) {
        return Denial{last, true, true};
    }
    const auto denial = before(
        first,
        [this](std::size_t k) {
            const auto& word = tokens_[k].text;
            if (word == "than" && bound_at(k)) {
                return false;  // "not less than grade 4", "worse than grade 3"
            }
            return (word != not_a_grade_denial && one_of(word, vocabulary::negators))
                   || one_of(word, grade_denials_before) || one_of(word, neither_words);
        },
        true);
    if (denial && !undone(*denial)) {
        return Denial{last, false};
    }
    const auto trailing = after(last, [this](std::size_t k) {
        const bool denies = one_of(tokens_[k].text, vocabulary::trailing_negators)
                            || one_of(tokens_[k].text, grade_denials_after)
                            || not_seen(k).has_value();
        return denies && !open_denial(k);
    });
    // "grade 4 not seen": a word of not being able before the "not" would undo it.
    if (!trailing || undone(not_seen(*trailing).value_or(*trailing))) {
        return std::nullopt;
    }
    return Denial{*trailing, true};
}

std::optional<std::size_t> GradeReader::not_seen(std::size_t k) const {
    if (!one_of(tokens_[k].text, seeing_words)) {
        return std::nullopt;
    }
    for (std::size_t back = 1; back <= 2 && back <= k && same_clause(k - back, k); ++back) {
        const auto& word = tokens_[k - back].text;
        if (word == "not" || word == "t" || word == "never") {
            return k - back;
        }
        if (word != "be" && word != "been") {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

bool GradeReader::past_season(std::size_t k) const {
    return one_of(tokens_[k].text, season_words) && k > 0 && same_clause(k - 1, k)
           && one_of(tokens_[k - 1].text, past_words);
}

bool GradeReader::dated(std::size_t first, std::size_t last, Quote& quote) const {
    const auto word = dating_word(first, last);
    if (!word) {
        return false;
    }
    if (const auto again = reversal(std::max(*word, last))) {
        quote.to = again;
        return false;
    }
    return true;
}

std::optional<std::size_t> GradeReader::dating_word(std::size_t first, std::size_t last) const {
    auto dated_before = before(
        first,
        [this](std::size_t k) { return one_of(tokens_[k].text, dating_before) || past_season(k); },
        false);
    // "previous injury was grade 4": the injury named between the dating word and the grade.
    for (std::size_t k = first, fillers = 0; !dated_before && k > 0 && same_clause(k - 1, first);
         --k) {
        const auto& word = tokens_[k - 1].text;
        if (one_of(word, dating_before)) {
            dated_before = k - 1;
        } else if (!one_of(word, history_fillers) || ++fillers > most_history_fillers) {
            break;
        }
    }
    const auto dated_after = after(last, [this](std::size_t k) {
        return one_of(tokens_[k].text, dating_after) || past_season(k);
    });
    return dated_before ? dated_before : dated_after;
}

std::optional<int> GradeReader::year(std::size_t first, std::size_t last) const {
    if (last + 1 < tokens_.size() && adjacent(last, " (")
        && between(last, last + 1).find('(') != std::string_view::npos) {
        if (auto written = year_of(tokens_[last + 1].text)) {
            return written;
        }
    }
    for (std::size_t k = 1; k < tokens_.size(); ++k) {
        const bool with_grade = same_clause(k, first) || same_clause(k, last);
        if (with_grade && same_clause(k - 1, k) && one_of(tokens_[k - 1].text, year_markers)) {
            if (auto written = year_of(tokens_[k].text)) {
                return written;
            }
        }
    }
    return std::nullopt;
}

bool GradeReader::open_denial(std::size_t k) const {
    const bool next = k + 1 < tokens_.size() && same_clause(k, k + 1) && adjacent(k, " -");
    if (next && one_of(tokens_[k + 1].text, else_words)) {
        return true;  // "grade 4: nil else", "grade 4: none other"
    }
    if (tokens_[k].text == "free" && next
        && (one_of(tokens_[k + 1].text, tendon_words)
            || one_of(tokens_[k + 1].text, tendon_fillers))) {
        return true;  // "grade 3 tear of the free tendon"
    }
    if (!not_seen(k)) {
        return false;
    }
    for (std::size_t j = k + 1; j < tokens_.size() && j <= k + after_reach && same_clause(j, k);
         ++j) {
        if (one_of(tokens_[j].text, not_yet_words)) {
            return true;  // "grade 4 not seen yet"
        }
    }
    if (next && tokens_[k + 1].text == "by") {
        // "not seen by surgeon": no one has looked; "not seen by MRI" is a finding.
        for (std::size_t j = k + 2; j < tokens_.size() && j <= k + 3 && same_clause(j, k); ++j) {
            if (one_of(tokens_[j].text, imaging_words)) {
                return false;
            }
        }
        return true;
    }
    return false;
}

std::optional<std::size_t> GradeReader::bound_at(std::size_t than) const {
    if (than == 0 || tokens_[than].text != "than" || !same_clause(than - 1, than)) {
        return std::nullopt;
    }
    std::size_t bound_word = than - 1;
    if (bound_word > 0 && same_clause(bound_word - 1, than)
        && one_of(tokens_[bound_word].text, bound_adjectives)) {
        --bound_word;  // "no less severe than grade 4"
    }
    std::optional<std::size_t> negator;
    for (std::size_t k = bound_word, fillers = 0; k > 0 && same_clause(k - 1, than); --k) {
        const auto& word = tokens_[k - 1].text;
        if (one_of(word, bound_negators)) {
            negator = word == "t" && k >= 2 ? k - 2 : k - 1;  // "can't": from "can"
            break;
        }
        if (!one_of(word, bound_fillers) || ++fillers > most_bound_fillers) {
            break;
        }
    }
    const auto& bound = tokens_[bound_word].text;
    if (one_of(bound, lower_words)) {
        return negator;  // "not less than grade 4"; "less than grade 4" denies
    }
    if (one_of(bound, higher_words) && !negator) {
        return bound_word;  // "worse than grade 3"; "no worse than grade 3" denies
    }
    return std::nullopt;
}

void GradeReader::bounded(Phrase& phrase) const {
    std::size_t k = phrase.first;
    if (k > 0 && same_clause(k - 1, k) && one_of(tokens_[k - 1].text, articles)) {
        --k;  // "nothing less than a grade 4"
    }
    if (k < 2 || !same_clause(k - 1, phrase.first)) {
        return;
    }
    const auto from = bound_at(k - 1);
    if (!from) {
        return;
    }
    if (one_of(tokens_[*from].text, higher_words) && phrase.grade.grade < 4) {
        ++phrase.grade.grade;  // "worse than grade 3": the next grade up
    }
    phrase.begin = std::min(phrase.begin, tokens_[*from].begin);
}

bool GradeReader::exercised(std::size_t first, std::size_t last) const {
    std::size_t fillers = 0;
    const bool of_what = last + 1 < tokens_.size() && tokens_[last + 1].text == "of";
    for (std::size_t k = last + 1; k < tokens_.size() && same_clause(k, last); ++k) {
        const auto gap = between(k - 1, k);
        if (gap != " " && (k == last + 1 || gap != "-")) {
            break;  // "Grade 4 - exercise progression paused" labels the tear: read
        }
        const auto& word = tokens_[k].text;
        if (one_of(word, exercise_after)) {
            return true;  // "Grade 4 mobilisations", "grade 4 of the running program"
        }
        const bool graded = of_what && !one_of(word, label_nouns) && !one_of(word, torn_words)
                            && !one_of(word, torn_fillers) && !one_of(word, tendon_words);
        if (graded ? ++fillers > most_graded_words
                   : !one_of(word, exercise_fillers) || ++fillers > most_exercise_fillers) {
            break;
        }
    }
    // "Maitland grade IV", or a therapy's label: "Mobs: grade 4 PA to L4/5" (trial 34).
    return first > 0 && (same_clause(first - 1, first) || adjacent(first - 1, " :"))
           && adjacent(first - 1, " -:") && one_of(tokens_[first - 1].text, exercise_before)
           && !names_tear(last);
}

bool GradeReader::other_side(std::size_t first, std::size_t last) const {
    const auto side_at = [this](std::size_t k) {
        if (one_of(tokens_[k].text, other_side_words)) {
            return true;  // "contralateral"
        }
        return one_of(tokens_[k].text, other_words) && k + 1 < tokens_.size()
               && same_clause(k, k + 1) && one_of(tokens_[k + 1].text, side_words);
    };
    for (std::size_t k = last + 1, fillers = 0; k < tokens_.size(); ++k) {
        auto gap = between(k - 1, k);
        std::erase(gap, ' ');
        const bool opens = k == last + 1 && gap == "(";  // "grade 4 (other leg)"
        if (!(gap.empty() && same_clause(k - 1, k)) && !opens) {
            break;  // "grade 4 tear - other leg normal" is this leg's
        }
        if (side_at(k)) {
            return true;  // "grade 4 on the other leg", "grade 4 contralateral"
        }
        if (!one_of(tokens_[k].text, other_side_fillers) || ++fillers > most_other_side_fillers) {
            break;
        }
    }
    for (std::size_t back = 1; back <= 3 && back <= first; ++back) {
        const auto k = first - back;
        if (!same_clause(k, first)) {
            break;
        }
        if (side_at(k)) {
            return true;  // "contralateral grade 4", "other leg: grade 4"
        }
        if (!one_of(tokens_[k].text, side_words) && !one_of(tokens_[k].text, other_side_fillers)) {
            break;
        }
    }
    return false;
}

}  // namespace coach::json::detail
