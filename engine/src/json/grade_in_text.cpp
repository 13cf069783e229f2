// Grades written in words (grade_in_text.hpp).
#include "json/grade_in_text.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>

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

// Words that deny the grade right before it ("no grade 4", "not a grade 4", "excluded grade 4",
// "unlikely grade 4", "not consistent with grade 4"), with at most `most_fillers` fillers
// between; "ruled out" and "r/o" are read as one word. After it, within `after_reach` words of its
// clause: "grade 4 excluded", "grade 4 tear ruled out", "grade 4 negative". One list with the
// red-flag reader's negators (vocabulary::negators, vocabulary::trailing_negators), but for "off"
// ("back off a grade 4 tear" affirms it), and these of grades. A word of not being able before
// the denial, past a word such as "be" or "to", undoes it: "cannot exclude grade 4", "grade 4
// cannot be excluded", "unable to rule out grade 4", "grade 4 not ruled out": doubt about a worse
// grade is read as that grade.
constexpr auto grade_denials_before = std::to_array<std::string_view>(
    {"not", "never", "exclud*", "unlikely", "improbable", "inconsistent"});
constexpr auto grade_denials_after =
    std::to_array<std::string_view>({"exclud*", "ruled", "unlikely", "improbable"});
constexpr std::string_view not_a_grade_denial = "off";
constexpr auto undoing = std::to_array<std::string_view>({"not", "cannot", "cant", "t", "unable"});
constexpr auto undoing_fillers = std::to_array<std::string_view>(
    {"be", "been", "being", "to", "yet", "fully", "completely", "confidently", "definitely",
     "definitively", "reliably", "safely", "able"});
constexpr std::size_t most_undoing_fillers = 2;
// Words that date the grade to another injury, right before it ("previous grade 4", "history
// of grade 4", "last season grade 4") or within `after_reach` words after it ("grade 4
// previously", "grade 4 last year"); a year before the injury's, in brackets right after the
// grade ("BAMIC 4c (2019)") or after "in" or "during" in its clause ("in 2019 grade 4"), dates it
// too. Not "ago": "grade 4 tear 2 weeks ago" is the injury itself; nor "last" alone: "last MRI:
// grade 4" is the latest.
constexpr auto dating_before = std::to_array<std::string_view>(
    {"previous*", "prev", "prior", "history", "hx", "old", "past", "earlier", "former*"});
constexpr auto dating_after =
    std::to_array<std::string_view>({"previous*", "prev", "prior", "history", "hx"});
constexpr auto past_words =
    std::to_array<std::string_view>({"last", "previous*", "prev", "prior", "past"});
constexpr auto season_words =
    std::to_array<std::string_view>({"season*", "year*", "yr*", "summer*", "winter*"});
constexpr auto year_markers = std::to_array<std::string_view>({"in", "during"});
constexpr auto grade_fillers = std::to_array<std::string_view>(
    {"a",          "an",         "the",      "of",    "any",     "evidence",   "sign",
     "signs",      "for",        "left",     "right", "l",       "r",          "lt",
     "rt",         "consistent", "with",     "in",    "keeping", "suggestive", "suggesting",
     "indicative", "feature",    "features", "to",    "be"});
// "not consistent with a grade 4": one more than the red-flag reader's reach.
constexpr std::size_t most_fillers = vocabulary::most_fillers + 1;
// A second grade of a range followed by a time is a time: "grade 2 - 4 weeks out", "grade 2, 3-4
// days", "grade 2 - 3/52".
constexpr auto time_units = std::to_array<std::string_view>(
    {"day*", "d", "week*", "wk*", "w", "month*", "mo", "mos", "mth*", "hour*", "hr*", "h", "year*",
     "yr*", "session*", "min*"});
constexpr auto weeks_or_months = std::to_array<std::string_view>({"52", "12", "7"});
// A grade followed by one of these is a sport's grade: "grade 4 league", "grade 3 team".
constexpr auto sport_grade_words =
    std::to_array<std::string_view>({"league*", "division*", "div", "team*", "squad*", "club*",
                                     "comp", "comps", "competition*", "fixture*"});
// A site written apart from the grade: "grade 3 c", "grade III (c)", "grade 3, site c", "grade 3
// intratendinous" (BAMIC: a myofascial, b musculotendinous, c intratendinous). A letter "a" is a
// site only in brackets or after "site": "grade 4 a week ago" is no site.
constexpr auto site_words = std::to_array<std::string_view>({"site", "location", "loc"});
constexpr std::array<std::pair<std::string_view, Site>, 6> site_names = {
    {{"intratendinous", Site::c},
     {"intratendon", Site::c},
     {"myofascial", Site::a},
     {"musculotendinous", Site::b},
     {"myotendinous", Site::b},
     {"mtj", Site::b}}};
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

// A year as written: 1900..2199.
std::optional<int> year_of(std::string_view token) {
    if (token.size() != 4 || token.find_first_not_of("0123456789") != std::string_view::npos) {
        return std::nullopt;
    }
    const int year = std::stoi(std::string{token});
    return year >= 1900 && year <= 2199 ? std::optional<int>{year} : std::nullopt;
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
            auto phrase = phrase_at(i);
            if (!phrase) {
                ++i;
                continue;
            }
            if (!phrase->grade.site) {
                with_site(*phrase);
            }
            if (!phrase->grade.site) {
                phrase->grade.site = site_named_near(i, phrase->last);
            }
            if (!denied(i, phrase->last) && !sporting(phrase->last)) {
                const bool closed = phrase->closed && tokens_[phrase->last].end < text_.size()
                                    && text_[tokens_[phrase->last].end] == ')';
                const auto end = tokens_[phrase->last].end + (closed ? 1 : 0);
                found.push_back(
                    {phrase->grade.grade, phrase->grade.site,
                     std::string{text_.substr(tokens_[i].begin, end - tokens_[i].begin)},
                     dated(i, phrase->last), year(i, phrase->last)});
            }
            i = phrase->last + 1;
        }
        return found;
    }

  private:
    struct Phrase {
        Grade grade;
        std::size_t last = 0;
        bool closed = false;  // "4b (BAMIC)", "grade 3 (c)": quoted with its closing bracket
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

    // "grade 3/4", "grade 3-4", "grade 3 or 4": the worse of the two; not "grade 2 - 4 weeks".
    Phrase ranged(Phrase phrase) const {
        std::size_t next = phrase.last + 1;
        if (next < tokens_.size() && (tokens_[next].text == "or" || tokens_[next].text == "to")
            && adjacent(phrase.last, " ")) {
            ++next;
        } else if (!(adjacent(phrase.last, " /-")
                     && between(phrase.last, next).find_first_of("/-") != std::string_view::npos)) {
            return phrase;
        }
        if (next < tokens_.size() && adjacent(next - 1, " /-") && !timed(next)) {
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

    // Whether the number at token `k` counts a time: "4 weeks", "4wks" (one token), "4/52".
    bool timed(std::size_t k) const {
        if (k + 1 >= tokens_.size()) {
            return false;
        }
        const auto& unit = tokens_[k + 1].text;
        return (adjacent(k, " ") && one_of(unit, time_units))
               || (between(k, k + 1) == "/" && one_of(unit, weeks_or_months));
    }

    // A site written apart from the grade that ends at `phrase.last` joins it (see site_words).
    void with_site(Phrase& phrase) const {
        std::size_t k = phrase.last + 1;
        if (!adjacent(phrase.last, " ,(:-")) {
            return;
        }
        bool bracketed = between(phrase.last, k).find('(') != std::string_view::npos;
        bool named = false;
        if (tokens_[k].text == "at" && adjacent(k, " ") && tokens_[k + 1].text == "site") {
            ++k;
        }
        if (one_of(tokens_[k].text, site_words)) {
            if (!adjacent(k, " :=(")) {
                return;
            }
            bracketed = bracketed || between(k, k + 1).find('(') != std::string_view::npos;
            named = true;
            ++k;
        }
        const auto& word = tokens_[k].text;
        std::optional<Site> site;
        for (const auto& [name, named_site] : site_names) {
            if (word == name) {
                site = named_site;
            }
        }
        if (!site) {
            const char after = tokens_[k].end < text_.size() ? text_[tokens_[k].end] : ' ';
            const bool abbreviation = after == '/' || after == '\'' || after == '&';  // "c/o"
            site = site_letter(word);
            if (abbreviation || (site == Site::a && !named && !bracketed)) {
                return;
            }
        }
        if (site) {
            phrase.grade.site = site;
            phrase.last = k;
            phrase.closed = bracketed;
        }
    }

    // A site named in words in the grade's clause, right before it or within `after_reach`
    // words after it: "intratendinous grade 3", "grade 3 tear at the intratendinous site".
    std::optional<Site> site_named_near(std::size_t first, std::size_t last) const {
        const auto named = [this](std::size_t k) -> std::optional<Site> {
            for (const auto& [name, site] : site_names) {
                if (tokens_[k].text == name) {
                    return site;
                }
            }
            return std::nullopt;
        };
        if (first > 0 && same_clause(first - 1, first)) {
            if (auto site = named(first - 1)) {
                return site;
            }
        }
        for (std::size_t k = last + 1;
             k < tokens_.size() && k <= last + after_reach && same_clause(k, last); ++k) {
            if (auto site = named(k)) {
                return site;
            }
        }
        return std::nullopt;
    }

    // "grade 4 league": a sport's grade, not the tear's.
    bool sporting(std::size_t last) const {
        return adjacent(last, " -") && one_of(tokens_[last + 1].text, sport_grade_words);
    }

    bool same_clause(std::size_t a, std::size_t b) const {
        return tokens_[a].clause == tokens_[b].clause;
    }

    // A word of not being able right before token `k`, past at most two undoing_fillers.
    bool undone(std::size_t k) const {
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

    // The token before `first` in its clause past fillers for which `matches` holds (with "ruled
    // out" and "r/o" read as words of denial when `denying`), or nothing.
    template <class Matches>
    std::optional<std::size_t> before(std::size_t first, Matches matches, bool denying) const {
        std::size_t fillers = 0;
        for (std::size_t k = first; k > 0 && same_clause(k - 1, first); --k) {
            const auto& word = tokens_[k - 1].text;
            const bool ruled_out = denying && k >= 2 && same_clause(k - 2, first)
                                   && ((word == "out" && tokens_[k - 2].text.starts_with("rule"))
                                       || (word == "o" && tokens_[k - 2].text == "r"));
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
    std::optional<std::size_t> after(std::size_t last, Matches matches) const {
        for (std::size_t k = last + 1;
             k < tokens_.size() && k <= last + after_reach && same_clause(k, last); ++k) {
            if (matches(k)) {
                return k;
            }
        }
        return std::nullopt;
    }

    bool denied(std::size_t first, std::size_t last) const {
        const auto denial = before(
            first,
            [this](std::size_t k) {
                const auto& word = tokens_[k].text;
                return (word != not_a_grade_denial && one_of(word, vocabulary::negators))
                       || one_of(word, grade_denials_before);
            },
            true);
        if (denial && !undone(*denial)) {
            return true;
        }
        const auto trailing = after(last, [this](std::size_t k) {
            return one_of(tokens_[k].text, vocabulary::trailing_negators)
                   || one_of(tokens_[k].text, grade_denials_after);
        });
        return trailing && !undone(*trailing);
    }

    // "last season", "previous year" ending at token `k`.
    bool past_season(std::size_t k) const {
        return one_of(tokens_[k].text, season_words) && k > 0 && same_clause(k - 1, k)
               && one_of(tokens_[k - 1].text, past_words);
    }

    bool dated(std::size_t first, std::size_t last) const {
        const auto dated_before = before(
            first,
            [this](std::size_t k) {
                return one_of(tokens_[k].text, dating_before) || past_season(k);
            },
            false);
        const auto dated_after = after(last, [this](std::size_t k) {
            return one_of(tokens_[k].text, dating_after) || past_season(k);
        });
        return dated_before.has_value() || dated_after.has_value();
    }

    // A year written with the grade: in brackets right after it ("BAMIC 4c (2019)"), or after
    // "in" or "during" in its clause ("grade 4 in 2019", "in 2019 grade 4").
    std::optional<int> year(std::size_t first, std::size_t last) const {
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

// Whether the string at `pointer` may describe this injury or its imaging: any string of the
// record (notes, reviews, an unknown key such as a pasted "mri" report) except the profile
// ("sport": "grade 4 league"), the goal ("event": "grade 4 cup") and the exercises of a logged
// session. Missing a pasted report's grade would let a complete tear be planned; a sport's
// grade read as the tear's would stop every plan.
bool describes_the_injury(std::string_view pointer) {
    for (const std::string_view elsewhere : {"/profile/", "/goal/", "/equipment/"}) {
        if (pointer.starts_with(elsewhere)) {
            return false;
        }
    }
    if (pointer.starts_with("/log/")) {
        return pointer.find("/items/") == std::string_view::npos;
    }
    return true;
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
    if (recorded_.grade >= 4 || !describes_the_injury(pointer)) {
        return;  // nothing is worse than a complete tear; the profile does not grade the tear
    }
    const int recorded = severity(recorded_.grade, recorded_.site);
    const int injury_year = static_cast<int>(recorded_.date.ymd().year());
    std::optional<WrittenGrade> worst;
    for (auto& grade : grades_written(text)) {
        if (!grade.site) {
            grade.site = recorded_.site;  // "grade 3" over a recorded site c is 3c
        }
        if (!grade.stops() || severity(grade) <= recorded) {
            continue;
        }
        if (grade.dated || (grade.year && *grade.year < injury_year)) {
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
