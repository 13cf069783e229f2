// Grades written in words (grade_in_text.hpp).
#include "json/grade_in_text.hpp"

#include <algorithm>
#include <array>
#include <cstddef>

#include "coach/sdk/enum_names.hpp"
#include "json/red_flag_vocabulary.hpp"
#include "json/red_flag_words.hpp"

namespace coach::json::detail {

namespace {

// Words that name a grading before the grade ("grade IV", "BAMIC 4c"), and after it ("4b
// (BAMIC)").
constexpr auto grading_words = std::to_array<std::string_view>(
    {"grade", "grades", "graded", "gr", "bamic", "bac", "classification"});
constexpr auto classification_words = std::to_array<std::string_view>({"bamic", "bac"});
// Joined to the grade: "Gr4", "G4", "grade4" (digits only: "giv" is no word).
constexpr auto joined_prefixes = std::to_array<std::string_view>({"grade", "gr", "g"});
// A note that names one of these makes a BAMIC grade alone ("4c") a grade.
constexpr auto grading_context =
    std::to_array<std::string_view>({"grade", "graded", "gr", "bamic", "bac", "classification",
                                     "mri", "scan", "ultrasound", "uss"});

// Words that deny the grade right before it ("no grade 4", "not a grade 4", "excluded grade 4"),
// with at most vocabulary::most_fillers of vocabulary::negation_fillers between; "ruled out" and
// "r/o" are read as one word. After it, within `after_reach` words of its clause: "grade 4
// excluded", "grade 4 tear ruled out", "grade 4 negative". A word of not being able before the
// denial undoes it: "cannot exclude grade 4", "grade 4 not ruled out".
constexpr auto denials_before = std::to_array<std::string_view>(
    {"no", "not", "never", "without", "wo", "denies", "denied", "negative", "nil", "exclud*"});
constexpr auto denials_after = std::to_array<std::string_view>(
    {"exclud*", "ruled", "negative", "neg", "absent", "unlikely", "none", "nil"});
constexpr auto undoing = std::to_array<std::string_view>({"not", "cannot", "cant", "t", "unable"});
// Words that date the grade to another injury, right before it ("previous grade 4", "history
// of grade 4") or within `after_reach` words after it ("grade 4 previously"). Not "ago" nor a
// year: "grade 4 tear 2 weeks ago" is the injury itself.
constexpr auto dating_before = std::to_array<std::string_view>(
    {"previous*", "prior", "history", "hx", "old", "past", "earlier", "former*"});
constexpr auto dating_after =
    std::to_array<std::string_view>({"previous*", "prior", "history", "hx"});
constexpr auto grade_fillers =
    std::to_array<std::string_view>({"a", "an", "the", "of", "any", "evidence", "sign", "signs",
                                     "for", "left", "right", "l", "r", "lt", "rt"});
constexpr std::size_t after_reach = 4;

bool is_alphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// A run of letters and digits, in lower case, where it lies, and its clause (clauses end at
// , ; ! ? brackets, a full stop and a line break).
struct Token {
    std::string text;
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t clause = 0;
};

std::vector<Token> tokens_of(std::string_view text) {
    std::vector<Token> tokens;
    std::size_t clause = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (!is_alphanumeric(text[i])) {
            constexpr std::string_view breaks = ",;!?()[].\n";
            if (breaks.find(text[i]) != std::string_view::npos) {
                ++clause;
            }
            ++i;
            continue;
        }
        Token token{"", i, i, clause};
        for (; token.end < text.size() && is_alphanumeric(text[token.end]); ++token.end) {
            const char c = text[token.end];
            token.text += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        }
        i = token.end;
        tokens.push_back(std::move(token));
    }
    return tokens;
}

// One grade, as a token writes it: "4", "4c", "iv", "ivc", "four".
struct Grade {
    int grade = 0;
    std::optional<Site> site;
};

// Worse is higher: a higher grade, then site c.
int severity(int grade, std::optional<Site> site) {
    return grade * 2 + (site == Site::c ? 1 : 0);
}

std::optional<Site> site_letter(std::string_view letter) {
    if (letter.size() != 1) {
        return std::nullopt;
    }
    return parse_enum<Site>(letter);
}

std::optional<Grade> grade_of(std::string_view token, bool digits_only = false) {
    constexpr std::array<std::pair<std::string_view, int>, 7> words = {
        {{"iv", 4}, {"iii", 3}, {"ii", 2}, {"i", 1}, {"four", 4}, {"three", 3}, {"two", 2}}};
    if (!token.empty() && token.front() >= '0' && token.front() <= '4') {
        const int grade = token.front() - '0';
        if (token.size() == 1) {
            return Grade{grade, std::nullopt};
        }
        if (auto site = site_letter(token.substr(1))) {
            return Grade{grade, site};
        }
        return std::nullopt;
    }
    if (digits_only) {
        return std::nullopt;
    }
    for (const auto& [word, grade] : words) {
        if (token == word) {
            return Grade{grade, std::nullopt};
        }
        // Roman numerals take a site: "ivc", "iiic".
        if (word.starts_with('i') && token.size() == word.size() + 1 && token.starts_with(word)) {
            if (auto site = site_letter(token.substr(word.size()))) {
                return Grade{grade, site};
            }
        }
    }
    return std::nullopt;
}

// "Gr4", "G4c", "grade4".
std::optional<Grade> joined_grade(std::string_view token) {
    for (const auto prefix : joined_prefixes) {
        if (token.size() > prefix.size() && token.starts_with(prefix)) {
            if (auto grade = grade_of(token.substr(prefix.size()), true)) {
                return grade;
            }
        }
    }
    return std::nullopt;
}

bool one_of(std::string_view token, const auto& patterns) {
    return matches_any(token, patterns);
}

class GradeReader {
  public:
    explicit GradeReader(std::string_view text) : text_(text), tokens_(tokens_of(text)) {
        context_ = std::any_of(tokens_.begin(), tokens_.end(),
                               [](const Token& t) { return one_of(t.text, grading_context); });
    }

    std::vector<WrittenGrade> read() && {
        std::vector<WrittenGrade> found;
        for (std::size_t i = 0; i < tokens_.size();) {
            const auto phrase = phrase_at(i);
            if (!phrase) {
                ++i;
                continue;
            }
            if (!denied(i, phrase->last)) {
                const bool closed = phrase->closed && tokens_[phrase->last].end < text_.size()
                                    && text_[tokens_[phrase->last].end] == ')';
                const auto end = tokens_[phrase->last].end + (closed ? 1 : 0);
                found.push_back(
                    {phrase->grade.grade, phrase->grade.site,
                     std::string{text_.substr(tokens_[i].begin, end - tokens_[i].begin)},
                     dated(i, phrase->last)});
            }
            i = phrase->last + 1;
        }
        return found;
    }

  private:
    struct Phrase {
        Grade grade;
        std::size_t last = 0;
        bool closed = false;  // "4b (BAMIC)": quoted with its closing bracket
    };

    std::string_view between(std::size_t a, std::size_t b) const {
        return text_.substr(tokens_[a].end, tokens_[b].begin - tokens_[a].end);
    }

    // Nothing but spaces and `joiners` between tokens `a` and `a + 1`, at most three characters.
    bool adjacent(std::size_t a, std::string_view joiners) const {
        if (a + 1 >= tokens_.size()) {
            return false;
        }
        const auto gap = between(a, a + 1);
        return gap.size() <= 3 && gap.find_first_not_of(joiners) == std::string_view::npos;
    }

    // The grade written from token `i` on, if one is.
    std::optional<Phrase> phrase_at(std::size_t i) const {
        const auto& token = tokens_[i].text;
        if (auto grade = joined_grade(token)) {
            return ranged({*grade, i});
        }
        if (one_of(token, grading_words) && adjacent(i, " :=(-.")) {
            if (auto grade = grade_of(tokens_[i + 1].text)) {
                return ranged({*grade, i + 1});
            }
        }
        if (auto grade = grade_of(token)) {
            if (adjacent(i, " (:-") && one_of(tokens_[i + 1].text, classification_words)) {
                return Phrase{*grade, i + 1, between(i, i + 1).find('(') != std::string_view::npos};
            }
            // A BAMIC grade alone, in digits ("4c", not "IVC", the vena cava), in a note that
            // names a grading or imaging ("ice at 4C" is read there too: a false stop is safe).
            const bool digits = token.front() >= '0' && token.front() <= '4';
            if (context_ && grade->site && digits) {
                return Phrase{*grade, i};
            }
        }
        return std::nullopt;
    }

    // "grade 3/4", "grade 3-4", "grade 3 or 4": the worse of the two.
    Phrase ranged(Phrase phrase) const {
        std::size_t next = phrase.last + 1;
        if (next < tokens_.size() && (tokens_[next].text == "or" || tokens_[next].text == "to")
            && adjacent(phrase.last, " ")) {
            ++next;
        } else if (!(adjacent(phrase.last, " /-")
                     && between(phrase.last, next).find_first_of("/-") != std::string_view::npos)) {
            return phrase;
        }
        if (next < tokens_.size() && adjacent(next - 1, " /-")) {
            if (auto other = grade_of(tokens_[next].text)) {
                if (severity(other->grade, other->site)
                    > severity(phrase.grade.grade, phrase.grade.site)) {
                    phrase.grade = *other;
                }
                phrase.last = next;
            }
        }
        return phrase;
    }

    bool same_clause(std::size_t a, std::size_t b) const {
        return tokens_[a].clause == tokens_[b].clause;
    }

    bool undone(std::size_t k) const {
        return k > 0 && same_clause(k - 1, k) && one_of(tokens_[k - 1].text, undoing);
    }

    // The token before `first` in its clause past fillers that matches `words` (with "ruled
    // out" and "r/o" read as words of denial when `denying`), or nothing.
    std::optional<std::size_t> before(std::size_t first, const auto& words, bool denying) const {
        std::size_t fillers = 0;
        for (std::size_t k = first; k > 0 && same_clause(k - 1, first); --k) {
            const auto& word = tokens_[k - 1].text;
            const bool ruled_out = denying && k >= 2 && same_clause(k - 2, first)
                                   && ((word == "out" && tokens_[k - 2].text.starts_with("rule"))
                                       || (word == "o" && tokens_[k - 2].text == "r"));
            if (ruled_out) {
                return k - 2;
            }
            if (one_of(word, words)) {
                return k - 1;
            }
            if (!one_of(word, grade_fillers) && !one_of(word, vocabulary::negation_fillers)) {
                return std::nullopt;
            }
            if (++fillers > vocabulary::most_fillers) {
                return std::nullopt;
            }
        }
        return std::nullopt;
    }

    std::optional<std::size_t> after(std::size_t last, const auto& words) const {
        for (std::size_t k = last + 1;
             k < tokens_.size() && k <= last + after_reach && same_clause(k, last); ++k) {
            if (one_of(tokens_[k].text, words)) {
                return k;
            }
        }
        return std::nullopt;
    }

    bool denied(std::size_t first, std::size_t last) const {
        const auto denial = before(first, denials_before, true);
        if (denial && !undone(*denial)) {
            return true;
        }
        const auto trailing = after(last, denials_after);
        return trailing && !undone(*trailing);
    }

    bool dated(std::size_t first, std::size_t last) const {
        return before(first, dating_before, false).has_value()
               || after(last, dating_after).has_value();
    }

    std::string_view text_;
    std::vector<Token> tokens_;
    bool context_ = false;
};

std::string injury_named(const Injury& injury) {
    std::string named = "grade " + std::to_string(injury.grade);
    if (injury.site) {
        named += " at site " + std::string{to_string(*injury.site)};
    }
    return named;
}

int severity(const WrittenGrade& written) {
    return severity(written.grade, written.site);
}

void apply(Injury& injury, const WrittenGrade& written) {
    injury.grade = written.grade;
    if (written.site) {
        injury.site = written.site;
    }
}

}  // namespace

std::vector<WrittenGrade> grades_written(std::string_view text) {
    return GradeReader{text}.read();
}

void GradeCheck::read(std::string_view text, const std::string& pointer,
                      strict_json::Problems& problems) {
    if (recorded_.grade >= 4) {
        return;  // nothing is worse than a complete tear
    }
    const int recorded = severity(recorded_.grade, recorded_.site);
    std::optional<WrittenGrade> worst;
    for (auto& grade : grades_written(text)) {
        if (!grade.stops() || severity(grade) <= recorded) {
            continue;
        }
        if (grade.dated) {
            problems.warn(pointer, "says \"" + grade.words
                                       + "\", dated as an earlier injury: injury records "
                                       + injury_named(recorded_)
                                       + ", which the safety gate reads; check the grade");
        } else if (!worst || severity(grade) > severity(*worst)) {
            worst = std::move(grade);
        }
    }
    if (!worst) {
        return;
    }
    Injury raised = recorded_;
    apply(raised, *worst);
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
        apply(injury, *worst_);
    }
}

}  // namespace coach::json::detail
