// The phrases that write a grade (grade_reader.hpp, grade_in_text.hpp): "grade IV", "BAMIC 4c",
// "4th degree tear", "Munich type 4", "complete tear", "2 vs 4"; their sites are grade_sites.cpp's,
// the denials and dates around them grade_denials.cpp's.
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

std::optional<GradeReader::Phrase> GradeReader::phrase_at(std::size_t i) const {
    const auto& token = tokens_[i].text;
    if (auto grade = joined_grade(token)) {
        return ranged(raised_by_sign(phrase(*grade, i, i)));
    }
    if (one_of(token, grading_words) && adjacent(i, grade_joiners)) {
        if (auto grade = grade_of(tokens_[i + 1].text)) {
            return ranged(raised_by_sign(phrase(*grade, i, i + 1)));
        }
    }
    if (auto numbered = numbered_grade(i)) {
        return numbered;
    }
    if (auto stated = stated_grade(i)) {
        return stated;
    }
    if (auto severe = severity_grade(i)) {
        return severe;
    }
    if (auto complete = complete_tear(i)) {
        return complete;
    }
    if (auto extent = complete_by_extent(i)) {
        return extent;
    }
    if (auto above = above_grade(i)) {
        return above;
    }
    if (token == "g" && i + 1 < tokens_.size() && !timed(i + 1)) {
        const auto gap = between(i, i + 1);  // "G-4", "G:4", "G.4", "G - IV"; not "30 g 4"
        auto marks = gap;
        std::erase(marks, ' ');
        // "G 4" apart, but not after a number: "30 g 4 sets" is a mass.
        const bool spaced =
            gap == " "
            && !(i > 0 && tokens_[i - 1].text.front() >= '0' && tokens_[i - 1].text.front() <= '9');
        const bool joined =
            gap.size() <= 3
            && (marks == "-" || marks == ":" || marks == "=" || gap == "." || spaced);
        if (joined && !measured(i + 1)) {
            if (auto grade = grade_of(tokens_[i + 1].text)) {
                return ranged(raised_by_sign(phrase(*grade, i, i + 1)));
            }
        }
    }
    if (auto named = named_otherwise(i)) {
        return named;
    }
    const auto grade = grade_of(token);
    if (!grade) {
        return std::nullopt;
    }
    if (adjacent(i, " (:-") && one_of(tokens_[i + 1].text, classification_words)) {
        return phrase(*grade, i, i + 1, between(i, i + 1).find('(') != std::string::npos);
    }
    // A grade alone, in digits ("4c", not "IVC", the vena cava), in a note that names a
    // grading or imaging ("ice at 4C" is read there too: a false stop is safe), unless it
    // labels a place ("room 4c"): a BAMIC grade with its site, or any grade after a word of
    // doubt ("possible 4", "?4", "2 vs 4").
    const bool digits = token.front() >= '0' && token.front() <= '4';
    if (digits && grade->site == Site::c && !names_tear(i) && weather(i)) {
        return std::nullopt;  // "4c outside temperature": degrees Celsius
    }
    // A BAMIC grade with its site in digits that stands alone as its clause ("3c") or names
    // the tear ("4c tear") is a grade in any note; not "drills at 4c outside".
    const bool bamic_alone = digits && grade->site && (alone_in_clause(i) || names_tear(i));
    if (bamic_alone && !labelled(i)) {
        return phrase(*grade, i, names_tear(i) ? i + 1 : i);
    }
    if (context_ && !labelled(i)) {
        const bool bound = i >= 2 && bound_at(i - 1) && one_of(tokens_[i - 2].text, lower_words)
                           && ends_grade(i) && !timed(i) && !measured(i) && !scaled(i);
        if (bound) {
            return phrase(*grade, i, i);  // "MRI: no less than 4" (bounded() quotes the bound)
        }
        if (const auto cue = restated_by(i)) {
            auto restated = phrase(*grade, i, i);  // "grade 2 on US; MRI says 4"
            restated.begin = tokens_[*cue].begin;
            return restated;
        }
    }
    if (!context_ || !(digits || roman_with_site(*grade, i)) || labelled(i)) {
        return std::nullopt;
    }
    if (grade->site) {
        return phrase(*grade, i, i);
    }
    return doubted_alone(*grade, i);
}

std::optional<GradeReader::Phrase> GradeReader::named_otherwise(std::size_t i) const {
    const auto& token = tokens_[i].text;
    const bool has_next = i + 1 < tokens_.size();
    for (const auto& [ordinal, grade] : ordinal_grades) {
        if (token == ordinal && has_next && adjacent(i, " -")
            && one_of(tokens_[i + 1].text, degree_words)) {
            return phrase(Grade{grade, std::nullopt}, i, i + 1);
        }
        // "fourth grade tear", "4th-grade strain": the ordinal grade of a tear.
        const bool graded =
            token == ordinal && has_next && adjacent(i, " -") && tokens_[i + 1].text == "grade"
            && (names_tear(i + 1) || i + 2 >= tokens_.size() || !same_clause(i + 1, i + 2));
        if (graded) {
            return phrase(Grade{grade, std::nullopt}, i, names_tear(i + 1) ? i + 2 : i + 1);
        }
    }
    if (one_of(token, highest_words) && has_next && adjacent(i, " ")
        && one_of(tokens_[i + 1].text, grading_words)
        && !(i + 2 < tokens_.size() && same_clause(i + 1, i + 2)
             && (grade_of(tokens_[i + 2].text) || tokens_[i + 2].text == "of"))) {
        const bool tear = names_tear(i + 1);
        return phrase(Grade{4, std::nullopt}, i, tear ? i + 2 : i + 1);
    }
    if (one_of(token, type_words) && has_next && adjacent(i, " -:")) {
        const auto grade = grade_of(tokens_[i + 1].text);
        if (!grade || grade->grade != 4 || grade->site || timed(i + 1) || measured(i + 1)) {
            return std::nullopt;
        }
        const bool munich_before =
            i > 0 && same_clause(i - 1, i) && one_of(tokens_[i - 1].text, munich_words);
        bool munich_after = false;
        for (std::size_t k = i + 2; k < tokens_.size() && k <= i + 4 && same_sentence(k, i); ++k) {
            munich_after = munich_after || one_of(tokens_[k].text, munich_words);
        }
        if (munich_before || munich_after || names_tear(i + 1)) {
            return phrase(*grade, munich_before ? i - 1 : i, i + 1);
        }
        return std::nullopt;
    }
    // "Munich 4", "Munich classification 4", "Munich: 4": type 4 of the Munich consensus.
    if (one_of(token, munich_words) && has_next) {
        std::size_t k = i + 1;
        if (k + 1 < tokens_.size() && adjacent(i, " ")
            && (one_of(tokens_[k].text, grading_words) || one_of(tokens_[k].text, type_words))) {
            ++k;
        }
        if (adjacent(k - 1, " :-(")) {
            const auto grade = grade_of(tokens_[k].text);
            if (grade && grade->grade == 4 && !grade->site && !timed(k) && !measured(k)) {
                return phrase(*grade, i, k);
            }
        }
    }
    if (one_of(token, athletics_words) && i > 0 && tokens_[i - 1].text == british
        && adjacent(i - 1, " ") && has_next && adjacent(i, " :=(-.")) {
        if (auto grade = grade_of(tokens_[i + 1].text)) {
            return ranged(phrase(*grade, i - 1, i + 1));
        }
    }
    return std::nullopt;
}

bool GradeReader::names_tear(std::size_t k) const {
    return adjacent(k, " -") && one_of(tokens_[k + 1].text, label_nouns);
}

bool GradeReader::alone_in_clause(std::size_t k) const {
    const bool first = k == 0 || !same_clause(k - 1, k);
    const bool last = k + 1 >= tokens_.size() || !same_clause(k, k + 1);
    return first && last;
}

void GradeReader::in_other_systems(Phrase& phrase) const {
    if (phrase.grade.grade >= 4) {
        return;
    }
    std::size_t k = phrase.last + 1;
    bool peetrons = false;
    for (std::size_t back = 1; back <= 2 && back <= phrase.first; ++back) {
        const auto j = phrase.first - back;
        peetrons =
            peetrons || (same_sentence(j, phrase.first) && one_of(tokens_[j].text, peetrons_words));
    }
    const auto joined = [this](std::size_t a) {
        auto gap = between(a, a + 1);
        return gap.size() <= 5 && gap.find_first_not_of(" ()-:,") == std::string::npos;
    };
    if (k < tokens_.size() && joined(k - 1) && one_of(tokens_[k].text, system_names)) {
        peetrons = peetrons || one_of(tokens_[k].text, peetrons_words);
        ++k;
    }
    if (k < tokens_.size() && joined(k - 1) && same_sentence(k, phrase.last)
        && one_of(tokens_[k].text, complete_alone)
        && (k + 1 >= tokens_.size() || !same_clause(k, k + 1))) {
        phrase.grade.grade = 4;
        phrase.last = k;
        return;
    }
    if (peetrons && phrase.grade.grade == 3) {
        phrase.grade.grade = 4;
        if (k > phrase.last + 1) {
            phrase.last = k - 1;
            phrase.closed = between(phrase.last - 1, phrase.last).find('(') != std::string::npos;
        }
    }
}

std::optional<GradeReader::Phrase> GradeReader::numbered_grade(std::size_t i) const {
    if (i + 2 >= tokens_.size() || !one_of(tokens_[i].text, grading_words) || !adjacent(i, " :")) {
        return std::nullopt;
    }
    const auto& number = tokens_[i + 1].text;
    const bool regrading =
        one_of(tokens_[i].text, regrading_words) && one_of(number, regrading_numbers);
    if (!regrading && !one_of(number, number_words)) {
        return std::nullopt;
    }
    std::size_t n = i + 2;  // "upgraded to a 4"
    if (regrading && n + 1 < tokens_.size() && one_of(tokens_[n].text, articles)
        && adjacent(i + 1, " ")) {
        ++n;
    }
    if (!adjacent(n - 1, " .:#") || timed(n) || measured(n)) {
        return std::nullopt;
    }
    if (auto grade = grade_of(tokens_[n].text)) {
        return ranged(raised_by_sign(phrase(*grade, i, n)));
    }
    return std::nullopt;
}

bool GradeReader::of_another_part(std::size_t i) const {
    const std::size_t from = i > other_part_reach ? i - other_part_reach : 0;
    for (std::size_t k = from; k < tokens_.size() && k <= i + other_part_reach; ++k) {
        if (k != i && same_clause(k, i) && one_of(tokens_[k].text, other_body_parts)) {
            return true;
        }
    }
    return false;
}

std::optional<GradeReader::Phrase> GradeReader::complete_tear(std::size_t i) const {
    const auto& word = tokens_[i].text;
    if (one_of(word, rupture_words) && of_another_part(i)) {
        return std::nullopt;  // "ruptured Achilles in 2015", "scapular retraction"
    }
    if (one_of(word, avulsion_words) || one_of(word, rupture_words)) {
        // With the words of where it is before it ("proximal hamstring avulsion", "bony
        // avulsion"), so that a denial before them is the avulsion's: "no tendon avulsion".
        std::size_t first = i;
        for (std::size_t fillers = 0;
             first > 0 && fillers < most_torn_fillers && adjacent(first - 1, " -")
             && one_of(tokens_[first - 1].text, torn_fillers);
             ++fillers) {
            --first;
        }
        return phrase(Grade{4, std::nullopt}, first, i);
    }
    if (one_of(word, complete_words)) {
        if (i > 0 && adjacent(i - 1, " -") && one_of(tokens_[i - 1].text, nearly_words)) {
            return std::nullopt;  // "near-complete tear": a grade 3
        }
        bool alternative = false;  // "complete vs partial tear": the worse of the two
        for (std::size_t j = i + 1, fillers = 0;
             j < tokens_.size() && fillers <= most_torn_fillers + (alternative ? 2 : 0)
             && adjacent(j - 1, " -/");
             ++j, ++fillers) {
            if (one_of(tokens_[j].text, torn_words)) {
                return phrase(Grade{4, std::nullopt}, i, j);
            }
            const bool lesser = alternative && one_of(tokens_[j].text, lesser_tear_words);
            if (j == i + 1 && one_of(tokens_[j].text, alternative_words)) {
                alternative = true;
            } else if (!lesser && !one_of(tokens_[j].text, torn_fillers)
                       && !one_of(tokens_[j].text, extent_words)) {
                break;
            }
        }
        return std::nullopt;
    }
    if (one_of(word, torn_words)) {  // "the tear is complete", "tear: complete"
        for (std::size_t j = i + 1; j < tokens_.size() && j <= i + 3 && adjacent(j - 1, " :=-");
             ++j) {
            if (one_of(tokens_[j].text, complete_words) && !recovering(j)) {
                return phrase(Grade{4, std::nullopt}, i, j);
            }
            if (!one_of(tokens_[j].text, being_words) && !one_of(tokens_[j].text, extent_words)) {
                break;
            }
        }
    }
    return std::nullopt;
}

bool GradeReader::roman_with_site(const Grade& grade, std::size_t i) const {
    const auto& token = tokens_[i].text;
    if (!grade.site || grade.grade < 3 || !(token.starts_with("iii") || token.starts_with("iv"))) {
        return false;
    }
    if (token != "ivc") {
        return true;
    }
    const auto raw = text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
    const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    return raw.size() == 3 && upper(raw[0]) != upper(raw[2]);
}

std::optional<GradeReader::Phrase> GradeReader::above_grade(std::size_t i) const {
    if (!one_of(tokens_[i].text, grading_words) || i + 1 >= tokens_.size()) {
        return std::nullopt;
    }
    auto marks = between(i, i + 1);
    if (marks.size() > 6) {
        return std::nullopt;
    }
    std::erase(marks, ' ');
    if (marks != ">" && marks != ">=" && marks != ":>" && marks != ":>=") {
        return std::nullopt;
    }
    auto grade = grade_of(tokens_[i + 1].text);
    if (!grade || timed(i + 1) || grade->grade >= 4) {
        return std::nullopt;
    }
    grade->grade = 4;
    return phrase(*grade, i, i + 1);
}

GradeReader::Phrase GradeReader::raised_by_sign(Phrase phrase) const {
    const auto end = tokens_[phrase.last].end;
    const bool last_token = phrase.last + 1 >= tokens_.size();
    const auto after =
        folded(text_, end, last_token ? text_.size() : tokens_[phrase.last + 1].begin);
    if (after.starts_with('+') && phrase.grade.grade < 4) {
        ++phrase.grade.grade;  // "grade 3+", and "grade 3++" no less
        phrase.tail = after.starts_with("++") ? 2 : 1;
        return phrase;
    }
    const std::size_t next = phrase.last + 1;
    if (next + 1 < tokens_.size() && tokens_[next].text == "or" && adjacent(phrase.last, " ")
        && adjacent(next, " ") && one_of(tokens_[next + 1].text, open_above)
        && !timed(next + 1)) {  // "grade 2 or more weeks"
        phrase.grade.grade = 4;
        phrase.last = next + 1;
    }
    return phrase;
}

bool GradeReader::labelled(std::size_t i) const {
    return i > 0 && adjacent(i - 1, " #:.-") && one_of(tokens_[i - 1].text, label_words);
}

std::optional<GradeReader::Phrase> GradeReader::doubted_alone(Grade grade, std::size_t i) const {
    if (timed(i) || measured(i)) {
        return std::nullopt;
    }
    if (i > 0 && adjacent(i - 1, " ") && one_of(tokens_[i - 1].text, doubt_words)) {
        return phrase(grade, i - 1, i);
    }
    if (auto question = question_before(i)) {
        auto doubted = phrase(grade, i, i);
        doubted.begin = *question;
        return doubted;
    }
    if (auto but = corrected_by(i)) {
        auto corrected = phrase(grade, i, i);  // "not only grade 3 but 4"
        corrected.begin = tokens_[*but].begin;
        return corrected;
    }
    if (i >= 2 && adjacent(i - 1, " .") && adjacent(i - 2, " ")
        && one_of(tokens_[i - 1].text, versus_words)
        && !(i >= 3 && one_of(tokens_[i - 3].text, scale_words))) {
        if (auto other = grade_of(tokens_[i - 2].text, true)) {
            const bool worse =
                severity(other->grade, other->site) > severity(grade.grade, grade.site);
            return phrase(worse ? *other : grade, i - 2, i);
        }
    }
    return std::nullopt;
}

std::optional<std::size_t> GradeReader::corrected_by(std::size_t i) const {
    std::size_t k = i;
    if (k > 0 && same_clause(k - 1, i) && one_of(tokens_[k - 1].text, correction_fillers)) {
        --k;
    }
    if (k == 0 || tokens_[k - 1].text != "but" || !same_sentence(k - 1, i)) {
        return std::nullopt;
    }
    const auto but = k - 1;
    for (std::size_t back = 1; back <= 4 && back <= but; ++back) {
        if (!same_sentence(but - back, but)) {
            break;
        }
        if (names_a_grade(but - back)) {
            return but;
        }
    }
    return std::nullopt;
}

std::optional<std::size_t> GradeReader::question_before(std::size_t i) const {
    const std::size_t from = i > 0 ? tokens_[i - 1].end : 0;
    std::optional<std::size_t> question;
    for (std::size_t k = from; k < tokens_[i].begin;) {
        const auto character = character_at(text_, k);
        if (character.c == '?') {
            question = k;
        } else if (character.c != ' ' && character.c != '\0') {
            question.reset();
        }
        k += character.size;
    }
    return question;
}

bool GradeReader::measured(std::size_t k) const {
    if (k + 1 >= tokens_.size()) {
        return false;
    }
    const auto gap = between(k, k + 1);
    return gap.starts_with('/') || gap.starts_with('%')
           || (adjacent(k, " ") && one_of(tokens_[k + 1].text, measure_words));
}

GradeReader::Phrase GradeReader::ranged(Phrase phrase) const {
    std::size_t next = phrase.last + 1;
    bool worded = false;
    bool loose = false;  // past a word of progression_words: the second grade must end its clause
    const bool between = std::any_of(
        tokens_.begin() + static_cast<std::ptrdiff_t>(phrase.first >= 2 ? phrase.first - 2 : 0),
        tokens_.begin() + static_cast<std::ptrdiff_t>(phrase.first),
        [](const Token& t) { return t.text == between_word; });
    for (std::size_t words = 0; words < most_range_words && next < tokens_.size()
                                && adjacent(next - 1, worded ? " -" : " (,");
         ++words) {
        const auto& word = tokens_[next].text;
        const bool plain = one_of(word, alternative_words) || one_of(word, doubt_words)
                           || (worded && one_of(word, range_fillers));
        if (!plain && !one_of(word, progression_words) && !(between && word == "and")) {
            break;
        }
        if (word == "not" && tokens_[next - 1].text != "if") {
            break;  // "grade 3 if not 4" doubts; "grade 3, not 4" denies
        }
        loose = loose || !plain;
        worded = true;
        ++next;
    }
    if (next >= tokens_.size()) {
        return phrase;
    }
    if (worded ? !adjacent(next - 1, " .?") : !joined_as_range(phrase.last)) {
        return phrase;
    }
    if (timed(next) || (loose && (measured(next) || !ends_grade(next)))) {
        return phrase;
    }
    if (auto other = grade_of(tokens_[next].text)) {
        if (severity(other->grade, other->site) > severity(phrase.grade.grade, phrase.grade.site)) {
            phrase.grade = *other;
        }
        phrase.closed = phrase.closed
                        || folded(text_, tokens_[phrase.last].end, tokens_[next].begin).find('(')
                               != std::string::npos;
        phrase.last = next;
    }
    return phrase;
}

bool GradeReader::joined_as_range(std::size_t k) const {
    if (k + 1 >= tokens_.size()) {
        return false;
    }
    const auto gap = between(k, k + 1);
    if (gap.size() <= 5 && gap.find_first_not_of(" -=>") == std::string::npos
        && (gap.find("->") != std::string::npos || gap.find("=>") != std::string::npos)) {
        return true;  // "grade 2 -> 4", "grade 2 \u2192 4": a change, the worse read
    }
    return gap.size() <= 4 && gap.find_first_not_of(" /-?(") == std::string::npos
           && gap.find_first_of("/-?") != std::string::npos;
}

bool GradeReader::timed(std::size_t k) const {
    if (k + 1 >= tokens_.size()) {
        return false;
    }
    const auto& unit = tokens_[k + 1].text;
    return (adjacent(k, " ") && (one_of(unit, time_units) || one_of(unit, count_units)))
           || (between(k, k + 1) == "/" && one_of(unit, weeks_or_months));
}

bool GradeReader::sporting(std::size_t first, std::size_t last) const {
    for (std::size_t back = 1; back <= 2 && back <= first && same_clause(first - back, first);
         ++back) {
        if (one_of(tokens_[first - back].text, sport_grade_before)) {
            return true;  // "plays grade 4 football", "playing at grade 4"
        }
    }
    return adjacent(last, " -") && one_of(tokens_[last + 1].text, sport_grade_words);
}

bool GradeReader::weather(std::size_t k) const {
    for (std::size_t j = k > 2 ? k - 2 : 0; j < tokens_.size() && j <= k + 2; ++j) {
        if (j != k && same_clause(j, k) && one_of(tokens_[j].text, weather_words)) {
            return true;
        }
    }
    return false;
}

}  // namespace coach::json::detail
