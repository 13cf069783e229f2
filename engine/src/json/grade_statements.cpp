// Grades stated rather than named (grade_reader.hpp, grade_in_text.hpp): a grading word then
// words of being or changing ("grade should be 4", "grade no less than 4"), a grade restated
// after another ("grade 2 on US; MRI says 4"), a severity out of four ("severity: 4/4") and a
// complete tear by its extent ("thickness: full", "torn 100%"); the plain phrases are
// grade_phrases.cpp's.
#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "json/grade_reader.hpp"
#include "json/grade_vocabulary.hpp"
#include "json/red_flag_words.hpp"

namespace coach::json::detail {

using namespace grade_words;
using namespace grade_text;

namespace {

// A month after a number makes it a day: "grade as of 4 Oct".
constexpr auto month_words =
    std::to_array<std::string_view>({"jan*", "feb*", "mar", "march", "apr*", "may", "jun*", "jul*",
                                     "aug*", "sep*", "oct*", "nov*", "dec*"});

}  // namespace

std::optional<GradeReader::Phrase> GradeReader::stated_grade(std::size_t i) const {
    if (!one_of(tokens_[i].text, grading_words)) {
        return std::nullopt;
    }
    bool negated = false;  // a negator must open a bound from below: "grade no less than 4"
    for (std::size_t j = i + 1, words = 0; j < tokens_.size() && same_clause(j, i); ++j) {
        const auto gap = between(j - 1, j);
        if (gap.size() > 3 || gap.find_first_not_of(" :=-'\"") != std::string::npos) {
            return std::nullopt;
        }
        const auto& word = tokens_[j].text;
        if (words > 0 && !negated) {
            if (auto grade = grade_of(word)) {
                const bool dated =
                    j + 1 < tokens_.size() && one_of(tokens_[j + 1].text, month_words);
                if (timed(j) || measured(j) || dated) {
                    return std::nullopt;  // "grade was 4 weeks ago", "grade as of 4 Oct"
                }
                return ranged(raised_by_sign(phrase(*grade, i, j)));
            }
        }
        if (negated) {
            if (one_of(word, bound_fillers)) {
                continue;  // "grade can't be below 4"
            }
            if (!one_of(word, lower_words)) {
                return std::nullopt;  // "grade not 4", "grade should not be 4"
            }
            negated = false;
        } else if (one_of(word, bound_negators)) {
            negated = true;
        } else if (one_of(word, lower_words) || !one_of(word, stating_words)) {
            return std::nullopt;  // "grade less than 4" bounds from above
        }
        if (++words > most_stating_words) {
            return std::nullopt;
        }
    }
    return std::nullopt;
}

std::optional<std::size_t> GradeReader::restated_by(std::size_t i) const {
    if (timed(i) || measured(i) || scaled(i) || recovering(i)) {
        return std::nullopt;
    }
    const auto named_before = [this](std::size_t from) {
        for (std::size_t k = from; k > 0 && same_sentence(k - 1, from); --k) {
            const auto& word = tokens_[k - 1].text;
            if (one_of(word, grading_words) || joined_grade(word)) {
                return true;  // a grade named before it in its sentence
            }
        }
        return false;
    };
    // After it: its source ("grade 2 per US, 4 per MRI") or a doubt ("grade 3, 4 possible").
    const bool linked = i + 2 < tokens_.size() && same_clause(i, i + 2)
                        && one_of(tokens_[i + 1].text, source_links)
                        && (one_of(tokens_[i + 2].text, restating_words)
                            || (i + 3 < tokens_.size() && same_clause(i, i + 3)
                                && one_of(tokens_[i + 3].text, restating_words)));
    const bool doubted = i + 1 < tokens_.size() && adjacent(i, " ")
                         && one_of(tokens_[i + 1].text, doubt_words) && ends_grade(i + 1);
    if ((linked || doubted) && named_before(i)) {
        return i;
    }
    if (!ends_grade(i)) {
        return std::nullopt;  // "coach says 4 more weeks"
    }
    std::optional<std::size_t> cue;
    for (std::size_t back = 1; back <= restating_reach && back <= i; ++back) {
        const auto k = i - back;
        if (!same_clause(k, i)) {
            break;
        }
        const auto& word = tokens_[k].text;
        if (one_of(word, restating_words)) {
            cue = k;
            break;
        }
        if (one_of(word, being_restated) && k > 0 && same_clause(k - 1, k)
            && one_of(tokens_[k - 1].text, restated_subjects)) {
            cue = k - 1;  // "it's a 4", "this is a 4"
            break;
        }
        if (!one_of(word, restating_fillers)) {
            return std::nullopt;
        }
    }
    if (!cue) {
        return std::nullopt;
    }
    for (std::size_t k = *cue, back = 0; k > 0 && back < 2 && same_clause(k - 1, i); --k, ++back) {
        const auto& word = tokens_[k - 1].text;
        if (word == "not" || word == "never" || word == "t" || word == "cannot") {
            return std::nullopt;  // "grade should not be 4"
        }
    }
    if (scaled(*cue)) {
        return std::nullopt;  // "pain now 4", "VAS says 4"
    }
    return named_before(*cue) ? cue : std::nullopt;
}

std::optional<GradeReader::Phrase> GradeReader::severity_grade(std::size_t i) const {
    if (const auto grade = grade_of(tokens_[i].text, true);
        grade && !grade->site && i + 2 < tokens_.size() && between(i, i + 1) == "/"
        && tokens_[i + 1].text == "4" && adjacent(i + 1, " ")
        && one_of(tokens_[i + 2].text, severity_words)) {
        return phrase(*grade, i, i + 2);  // "4/4 severity"
    }
    if (!one_of(tokens_[i].text, severity_words) || !adjacent(i, " :=-")) {
        return std::nullopt;
    }
    const std::size_t n = i + 1;
    const auto grade = grade_of(tokens_[n].text, true);
    if (!grade || grade->site || n + 1 >= tokens_.size()) {
        return std::nullopt;
    }
    if (between(n, n + 1) == "/" && tokens_[n + 1].text == "4") {
        return phrase(*grade, i, n + 1);  // "severity: 4/4"
    }
    std::size_t k = n + 1;
    if (tokens_[k].text == "out") {
        ++k;
    }
    if (k + 1 < tokens_.size() && tokens_[k].text == "of" && tokens_[k + 1].text == "4"
        && same_clause(n, k + 1)) {
        return phrase(*grade, i, k + 1);  // "severity 4 of 4", "severity 4 out of 4"
    }
    return std::nullopt;
}

std::optional<std::size_t> GradeReader::hundred_percent(std::size_t k) const {
    if (tokens_[k].text != "100") {
        return std::nullopt;
    }
    const auto end = k + 1 < tokens_.size() ? tokens_[k + 1].begin : text_.size();
    auto gap = folded(text_, tokens_[k].end, end);
    std::erase(gap, ' ');
    if (gap.starts_with('%')) {
        return k;
    }
    if (gap.empty() && k + 1 < tokens_.size() && one_of(tokens_[k + 1].text, percent_words)) {
        return k + 1;
    }
    return std::nullopt;
}

bool GradeReader::recovering(std::size_t k) const {
    return std::any_of(tokens_.begin(), tokens_.end(), [&](const Token& token) {
        return token.clause == tokens_[k].clause && one_of(token.text, recovery_words);
    });
}

bool GradeReader::scaled(std::size_t k) const {
    for (std::size_t j = k; j > 0 && same_clause(j - 1, k); --j) {
        if (one_of(tokens_[j - 1].text, scale_words)) {
            return true;
        }
    }
    return false;
}

bool GradeReader::ends_grade(std::size_t k) const {
    if (k + 1 >= tokens_.size() || !same_clause(k, k + 1)) {
        return true;
    }
    const auto& next = tokens_[k + 1].text;
    return one_of(next, label_nouns) || one_of(next, torn_words)
           || one_of(next, classification_words);
}

std::optional<GradeReader::Phrase> GradeReader::complete_by_extent(std::size_t i) const {
    const auto& word = tokens_[i].text;
    const auto ends_at = [this](std::size_t k) {
        return k + 1 >= tokens_.size() || !same_clause(k, k + 1)
               || one_of(tokens_[k + 1].text, involved_words);
    };
    const auto whole = [this](std::size_t k) {
        return one_of(tokens_[k].text, complete_words) || hundred_percent(k).has_value();
    };
    // "extent: complete", "thickness: full", "tear extent 100%", "torn 100%"
    // Not "width" as a label ("stance width: full"); "tear width: full" is the tear's.
    if ((one_of(word, extent_words) && word != "width") || one_of(word, torn_words)) {
        for (std::size_t j = i + 1; j < tokens_.size() && j <= i + 3 && adjacent(j - 1, " :=-([");
             ++j) {
            if (whole(j)) {
                const auto last = hundred_percent(j).value_or(j);
                const bool torn = one_of(word, torn_words);
                if (recovering(j) || !(torn || ends_at(last))) {
                    return std::nullopt;  // "tear 100% healed", "thickness: full squat"
                }
                auto complete = phrase(Grade{4, std::nullopt}, i, last);
                complete.closed = between(i, i + 1).find('(') != std::string::npos;
                if (tokens_[last].text == "100") {
                    complete.tail = 1;  // "torn 100%": quoted with its '%'
                }
                return complete;
            }
            if (!one_of(tokens_[j].text, extent_words) && !one_of(tokens_[j].text, being_words)) {
                break;
            }
        }
    }
    // "entire cross-section involved", "full thickness"; not "full width" alone
    if (one_of(word, complete_words)
        && !(i > 0 && adjacent(i - 1, " -") && one_of(tokens_[i - 1].text, nearly_words))) {
        std::size_t j = i + 1;
        while (j < tokens_.size() && adjacent(j - 1, " -")
               && one_of(tokens_[j].text, extent_words)) {
            ++j;
        }
        if (j > i + 1) {
            const auto last = j - 1;
            std::size_t k = i;  // "involves the full width of the muscle"
            while (k > 0 && same_clause(k - 1, i)
                   && (tokens_[k - 1].text == "the" || tokens_[k - 1].text == "its")) {
                --k;
            }
            if (k > 0 && same_clause(k - 1, i) && one_of(tokens_[k - 1].text, spanning_words)
                && !recovering(last)) {
                return phrase(Grade{4, std::nullopt}, k - 1, last);
            }
            const bool named = tokens_[last].text != "width" && tokens_[last].text != "extent";
            if (j < tokens_.size() && adjacent(last, " -")
                && one_of(tokens_[j].text, involved_words)) {
                return phrase(Grade{4, std::nullopt}, i, j);
            }
            if (named && ends_at(last) && !recovering(last)) {
                return phrase(Grade{4, std::nullopt}, i, last);
            }
        }
    }
    // "tear through the entire width", "tendon torn through", "torn through and through",
    // "through-and-through tear"
    if (one_of(word, through_words)) {
        const bool twice = i + 2 < tokens_.size() && adjacent(i, " -") && adjacent(i + 1, " -")
                           && tokens_[i + 1].text == "and"
                           && one_of(tokens_[i + 2].text, through_words);
        const bool after_tear =
            i > 0 && adjacent(i - 1, " ") && one_of(tokens_[i - 1].text, torn_words);
        const std::size_t last = twice ? i + 2 : i;
        if (twice
            && (after_tear
                || (adjacent(last, " -") && one_of(tokens_[last + 1].text, torn_words)))) {
            const bool tear_after = !after_tear;
            return phrase(Grade{4, std::nullopt}, after_tear ? i - 1 : i,
                          tear_after ? last + 1 : last);
        }
        if (after_tear && word != "across" && ends_at(i) && !recovering(i)) {
            return phrase(Grade{4, std::nullopt}, i - 1, i);  // "tendon torn through"
        }
        for (std::size_t j = i + 1;
             after_tear && j < tokens_.size() && j <= i + 3 && adjacent(j - 1, " -"); ++j) {
            if (one_of(tokens_[j].text, complete_words)) {
                std::size_t end = j;
                while (end + 1 < tokens_.size() && adjacent(end, " -")
                       && (one_of(tokens_[end + 1].text, extent_words)
                           || one_of(tokens_[end + 1].text, torn_fillers))) {
                    ++end;
                }
                return phrase(Grade{4, std::nullopt}, i - 1, end);
            }
            if (tokens_[j].text != "the" && tokens_[j].text != "its") {
                break;
            }
        }
    }
    // "all fibres torn", "fibres: all torn", "no intact fibres"
    const auto fibres_torn = [this](std::size_t k) {
        for (std::size_t j = k; j < tokens_.size() && j <= k + 2 && same_clause(j, k); ++j) {
            if (one_of(tokens_[j].text, torn_words) || one_of(tokens_[j].text, involved_words)) {
                return std::optional<std::size_t>{j};
            }
        }
        return std::optional<std::size_t>{};
    };
    if (word == "all" && i + 1 < tokens_.size() && adjacent(i, " ")
        && one_of(tokens_[i + 1].text, fibre_words)) {
        if (const auto torn = fibres_torn(i + 2)) {
            return phrase(Grade{4, std::nullopt}, i, *torn);
        }
    }
    if (one_of(word, fibre_words) && i + 1 < tokens_.size() && adjacent(i, " :=-")
        && tokens_[i + 1].text == "all") {
        if (const auto torn = fibres_torn(i + 2)) {
            return phrase(Grade{4, std::nullopt}, i, *torn);
        }
    }
    if (word == "no" && i + 2 < tokens_.size() && adjacent(i, " ") && adjacent(i + 1, " ")
        && one_of(tokens_[i + 1].text, intact_words) && one_of(tokens_[i + 2].text, fibre_words)) {
        return phrase(Grade{4, std::nullopt}, i, i + 2);
    }
    // "100% of the cross-section torn", "100% tear"
    if (const auto percent = hundred_percent(i); percent && !recovering(i)) {
        for (std::size_t j = *percent + 1, n = 0; j < tokens_.size() && n < 6 && same_clause(j, i);
             ++j, ++n) {
            if (one_of(tokens_[j].text, torn_words) || one_of(tokens_[j].text, involved_words)) {
                return phrase(Grade{4, std::nullopt}, i, j);
            }
            const auto& filler = tokens_[j].text;
            if (filler != "of" && filler != "the" && filler != "its"
                && !one_of(filler, extent_words) && !one_of(filler, torn_fillers)) {
                break;
            }
        }
    }
    return std::nullopt;
}

}  // namespace coach::json::detail
