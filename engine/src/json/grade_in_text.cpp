// Grades written in words (grade_in_text.hpp): the reading of a whole text (grade_reader.hpp) and
// of a record's strings, and what supersedes what; the phrases are grade_phrases.cpp's, the
// denials and doubts around them grade_denials.cpp's, the characters and words grade_tokens.hpp's.
#include "json/grade_in_text.hpp"

#include <algorithm>
#include <array>
#include <boost/json.hpp>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "coach/sdk/enum_names.hpp"
#include "coach/sdk/words.hpp"
#include "json/grade_reader.hpp"
#include "json/grade_tokens.hpp"
#include "json/grade_vocabulary.hpp"
#include "json/red_flag_vocabulary.hpp"
#include "json/red_flag_words.hpp"
#include "strict_json/values.hpp"

namespace coach::json::detail {

using namespace grade_words;
using namespace grade_text;
using grade_text::severity;

namespace {

// Whether another person opens the sentence of token `first` and had the injury named there
// (vocabulary `having_words`): "Uncle had a hamstring avulsion"; not "Dad thinks it is an
// avulsion", nor "Dad says he has a complete tear" (a word of the athlete between).
bool had_by_another_person(const std::vector<grade_text::Token>& tokens, std::size_t first) {
    std::size_t k = first;
    while (k > 0 && tokens[k - 1].sentence == tokens[first].sentence) {
        --k;
    }
    while (k < first && one_of(tokens[k].text, vocabulary::subject_openers)) {
        ++k;
    }
    // The verb may open the grade's own phrase: "Father ruptured his hamstring tendon". A
    // possessive makes the injury theirs too (trial 39: "Teammate's complete tear", "Friend's
    // tendon avulsion was operated on"): an apostrophe, then "s".
    const bool possessive =
        k + 1 < first && tokens[k + 1].text == "s"
        && (tokens[k + 1].begin == tokens[k].end + 1 || tokens[k + 1].begin == tokens[k].end + 3);
    if (k >= first || !one_of(tokens[k].text, vocabulary::other_people)
        || (!possessive && !one_of(tokens[k + 1].text, vocabulary::having_words))) {
        return false;
    }
    for (std::size_t j = k + 1; j < first; ++j) {
        if (one_of(tokens[j].text, vocabulary::athlete_words)) {
            return false;
        }
    }
    return true;
}

// Whether the tear at token `first` is named in advice on what to watch for (trial 39: "Warned
// about avulsion signs"), as the red-flag reader reads advice (red_flag_vocabulary.hpp,
// `advice_words`): a word of advice before it in its sentence, and no word of a finding in its
// clause ("Warned about avulsion signs, a gap is palpable" finds one).
bool named_in_advice(const std::vector<grade_text::Token>& tokens, std::size_t first) {
    bool advice = false;
    for (std::size_t k = first; k > 0 && tokens[k - 1].sentence == tokens[first].sentence; --k) {
        advice = advice || one_of(tokens[k - 1].text, vocabulary::advice_words);
    }
    if (!advice) {
        return false;
    }
    return std::none_of(tokens.begin(), tokens.end(), [&](const grade_text::Token& token) {
        return token.clause == tokens[first].clause
               && one_of(token.text, vocabulary::finding_words);
    });
}

}  // namespace

GradeReader::GradeReader(std::string_view text, bool sites_alone)
    : text_(text), tokens_(tokens_of(text)), sites_alone_(sites_alone) {
    context_ = std::any_of(tokens_.begin(), tokens_.end(),
                           [](const Token& t) { return one_of(t.text, grading_context); });
}

std::vector<WrittenGrade> GradeReader::read() && {
    std::vector<std::pair<Phrase, WrittenGrade>> read;
    std::vector<bool> used(sites_alone_ ? tokens_.size() : 0);
    const auto use = [&used](std::size_t from, std::size_t to) {
        for (std::size_t k = from; k <= to && k < used.size(); ++k) {
            used[k] = true;
        }
    };
    for (std::size_t i = 0; i < tokens_.size();) {
        auto phrase = phrase_at(i);
        if (!phrase) {
            ++i;
            continue;
        }
        if (!phrase->grade.site) {
            with_site(*phrase);
        }
        in_other_systems(*phrase);
        bounded(*phrase);
        use(phrase->first, phrase->last);
        if (!phrase->grade.site) {
            if (auto near = site_named_near(phrase->first, phrase->last)) {
                phrase->grade.site = near->site;
                use(near->first, near->last);
            }
        }
        Quote quote;
        if (!denied(phrase->first, phrase->last, quote) && !sporting(phrase->first, phrase->last)
            && !exercised(phrase->first, phrase->last)) {
            const bool elsewhere = other_side(phrase->first, phrase->last);
            const bool is_dated = elsewhere || dated(phrase->first, phrase->last, quote);
            // Another person's tear is not this injury's grade (trial 38: "Uncle had a hamstring
            // avulsion"); one dated is still named, to check ("Teammate had a complete tear
            // last year").
            if (is_dated
                || (!had_by_another_person(tokens_, phrase->first)
                    && !named_in_advice(tokens_, phrase->first))) {
                auto grade = written(*phrase, quote, is_dated);
                grade.other_side = elsewhere;
                read.emplace_back(*phrase, std::move(grade));
            }
        }
        i = phrase->last + 1;
    }
    for (std::size_t k = 0; k < used.size(); ++k) {
        if (used[k]) {
            continue;
        }
        if (const auto last = site_alone_at(k)) {
            Phrase site{Grade{0, Site::c}, k, *last, false, tokens_[k].begin, 0};
            Quote quote;
            if (!denied(k, *last, quote)) {
                const bool is_dated = dated(k, *last, quote);
                auto grade = written(site, quote, is_dated);
                grade.site_alone = true;
                read.emplace_back(site, std::move(grade));
            }
            k = *last;
        }
    }
    std::vector<WrittenGrade> found;
    for (std::size_t n = 0; n < read.size(); ++n) {
        const auto later = std::span{read}.subspan(n + 1);
        const bool superseded = std::any_of(later.begin(), later.end(), [&](const auto& result) {
            return supersedes(result.first, result.second, read[n].first);
        });
        if (!superseded) {
            found.push_back(std::move(read[n].second));
        }
    }
    return found;
}

WrittenGrade GradeReader::written(const Phrase& phrase, const Quote& quote, bool is_dated) const {
    auto begin = phrase.begin;
    auto end = tokens_[phrase.last].end + phrase.tail;
    if (phrase.closed && end < text_.size() && character_at(text_, end).c == ')') {
        end += character_at(text_, end).size;
    }
    if (quote.from) {
        begin = std::min(begin, tokens_[*quote.from].begin);
    }
    if (quote.to) {
        auto to = *quote.to;
        if (one_of(tokens_[to].text, ruling_out) && to + 1 < tokens_.size()
            && tokens_[to + 1].text == "out") {
            ++to;  // "ruled out"
        }
        end = std::max(end, tokens_[to].end);
    }
    return {phrase.grade.grade,
            phrase.grade.site,
            std::string{text_.substr(begin, end - begin)},
            is_dated,
            year(phrase.first, phrase.last),
            false,
            false};
}

bool GradeReader::supersedes(const Phrase& result, const WrittenGrade& written,
                             const Phrase& earlier) const {
    if (result.first <= earlier.last || written.dated || written.year || written.site_alone
        || severity(result.grade.grade, result.grade.site)
               >= severity(earlier.grade.grade, earlier.grade.site)) {
        return false;
    }
    const auto end = tokens_[result.last].end + result.tail;
    const std::size_t next = result.last + 1;
    auto marks = folded(text_, end, next < tokens_.size() ? tokens_[next].begin : text_.size());
    std::erase(marks, ' ');
    if (marks.starts_with('?') || marks.starts_with(')')) {
        return false;  // "MRI: grade 2b?", "MRI: grade 2 (possibly 4)"
    }
    std::optional<std::size_t> imaging;
    for (std::size_t k = result.first, back = 0;
         k > 0 && back < 6 && same_clause(k - 1, result.first); --k, ++back) {
        const auto& word = tokens_[k - 1].text;
        if (one_of(word, doubt_words) || one_of(word, vocabulary::negators) || word == "not") {
            return false;
        }
        if (one_of(word, imaging_words)) {
            const bool shown =
                std::any_of(tokens_.begin() + static_cast<std::ptrdiff_t>(k),
                            tokens_.begin() + static_cast<std::ptrdiff_t>(result.first),
                            [](const Token& t) { return one_of(t.text, showing_words); });
            if (shown || between(k - 1, k).find(':') != std::string::npos) {
                imaging = k - 1;
            }
            break;
        }
    }
    if (!imaging || question_before(result.first)) {
        return false;
    }
    bool later = false;  // "subsequent MRI showed", "repeat MRI:", "MRI then showed"
    for (std::size_t k = *imaging >= 2 ? *imaging - 2 : 0; k < result.first; ++k) {
        later = later || (same_clause(k, *imaging) && one_of(tokens_[k].text, later_words));
    }
    const std::size_t from = earlier.first >= 3 ? earlier.first - 3 : 0;
    bool first = false;
    for (std::size_t k = from; k <= earlier.last + after_reach && k < tokens_.size(); ++k) {
        if (same_clause(k, earlier.first) || same_clause(k, earlier.last)) {
            first = first || one_of(tokens_[k].text, earliness_words)
                    || (tokens_[k].text == "first" && k > 0 && tokens_[k - 1].text == "at");
        }
    }
    return later || first;
}

std::string injury_named(const Injury& injury) {
    std::string named = "grade " + std::to_string(injury.grade);
    if (injury.site) {
        named += " at site " + std::string{to_string(*injury.site)};
    }
    return named;
}

namespace {

int severity(const WrittenGrade& written) {
    return grade_text::severity(written.grade, written.site);
}

// Whether the string at `pointer` may describe this injury or its imaging: any string of the
// record (notes, reviews, an unknown key such as a pasted "mri" report) except the profile
// ("sport": "grade 4 league"), the goal ("event": "grade 4 cup") and the exercises of a logged
// session. Missing a pasted report's grade would let a complete tear be planned; a sport's
// grade read as the tear's would stop every plan.
bool describes_the_injury(std::string_view pointer) {
    for (const std::string_view elsewhere : {"/profile", "/goal", "/equipment"}) {
        if (strict_json::is_at_or_under(pointer, elsewhere)) {
            return false;
        }
    }
    const auto logged = strict_json::element_of(pointer, "/log");
    return !logged || !strict_json::is_at_or_under(logged->rest, "/items");
}

// Whether the key the string at `pointer` is the value of names a manual therapy or an
// exercise, whose grade is not the tear's: `"mobs": "grade 4"` (a mobilisation's grade, Maitland's
// I..V), `"nordic_grade": "4"` and `"nordicGrade"` (trial 34): the key's words as
// grade_fields.cpp reads them (key_words).
bool names_a_therapy(std::string_view pointer) {
    const auto slash = pointer.find_last_of('/');
    if (slash == std::string_view::npos) {
        return false;
    }
    const auto words = grade_text::key_words(pointer.substr(slash + 1));
    return grade_text::any_word(words, grade_words::exercise_after)
           || grade_text::any_word(words, grade_words::exercise_before);
}

}  // namespace

void raise_to(Injury& injury, const WrittenGrade& written) {
    injury.grade = written.grade;
    if (written.site) {
        injury.site = written.site;
    }
}

std::vector<WrittenGrade> grades_written(std::string_view text, bool sites_alone) {
    return GradeReader{text, sites_alone}.read();
}

void GradeCheck::read(std::string_view text, const std::string& pointer,
                      strict_json::Problems& problems) {
    if (recorded_.grade >= 4 || !describes_the_injury(pointer) || names_a_therapy(pointer)) {
        return;  // nothing is worse than a complete tear; the profile does not grade the tear
    }
    const int recorded = severity(recorded_.grade, recorded_.site);
    const int injury_year = static_cast<int>(recorded_.date.ymd().year());
    std::optional<WrittenGrade> worst;
    // Site c alone changes what the gate does only over a grade 3 at another site.
    const bool sites_alone = recorded_.grade == 3 && recorded_.site != Site::c;
    for (auto& grade : grades_written(text, sites_alone)) {
        if (grade.site_alone) {
            grade.grade = recorded_.grade;  // "MRI: site c" over a recorded 3b is 3c
        }
        if (!grade.site) {
            grade.site = recorded_.site;  // "grade 3" over a recorded site c is 3c
        }
        if (!grade.stops() || severity(grade) <= recorded) {
            continue;
        }
        if (grade.dated || (grade.year && *grade.year < injury_year)) {
            problems.warn(pointer, "says \"" + grade.words + "\", "
                                       + (grade.other_side ? "of the other leg"
                                                           : "dated as an earlier injury")
                                       + ": injury records " + injury_named(recorded_)
                                       + ", which the safety gate reads; check the grade");
        } else if (!worst || severity(grade) > severity(*worst)) {
            worst = std::move(grade);
        }
    }
    if (!worst) {
        return;
    }
    Injury raised = recorded_;
    raise_to(raised, *worst);
    problems.warn(pointer, "says \"" + worst->words + "\", but injury records "
                               + injury_named(recorded_)
                               + ": the worse grade is read (the worst reading wins), so the "
                                 "safety gate stops every plan as for a recorded "
                               + injury_named(raised) + "; correct the one that is wrong");
    if (!worst_ || severity(*worst) > severity(*worst_)) {
        worst_ = std::move(worst);
    }
}

void GradeCheck::raise(Injury& injury) const {
    if (worst_) {
        raise_to(injury, *worst_);
    }
}

}  // namespace coach::json::detail
