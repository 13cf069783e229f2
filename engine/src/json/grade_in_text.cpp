// Grades written in words (grade_in_text.hpp).
#include "json/grade_in_text.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>

#include "coach/sdk/enum_names.hpp"
#include "coach/sdk/words.hpp"
#include "json/grade_vocabulary.hpp"
#include "json/red_flag_vocabulary.hpp"
#include "json/red_flag_words.hpp"

namespace coach::json::detail {

namespace {

using namespace grade_words;

// One character of the text as the reader sees it, and how many bytes it takes: letters as the
// SDK reads them (words::letter_at: ASCII and full-width, in lower case), the full-width forms of
// digits and punctuation U+FF01..U+FF5E as their ASCII ("\uFF14" is '4', "\uFF1F" '?'), every
// blank a space and every hyphen '-' (words.hpp), an invisible format character nothing ('\0');
// any other byte as it is (a byte >= 0x80 is no letter or digit, so it parts words).
struct Character {
    char c = 0;
    std::size_t size = 1;
};

Character character_at(std::string_view text, std::size_t i) {
    if (const auto letter = words::letter_at(text, i); letter.size > 0) {
        return {letter.lower, letter.size};
    }
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    if (byte(i) < 0x80) {
        return {text[i], 1};  // a line break stays one: it ends a clause
    }
    if (i + 2 < text.size() && byte(i) == 0xEF) {
        if (byte(i + 1) == 0xBC && byte(i + 2) >= 0x81 && byte(i + 2) <= 0xBF) {
            return {static_cast<char>('!' + byte(i + 2) - 0x81), 3};  // U+FF01..U+FF3F
        }
        if (byte(i + 1) == 0xBD && byte(i + 2) >= 0x80 && byte(i + 2) <= 0x9E) {
            return {static_cast<char>('`' + byte(i + 2) - 0x80), 3};  // U+FF40..U+FF5E
        }
    }
    if (const auto blank = words::blank_at(text, i); blank > 0) {
        return {' ', blank};
    }
    if (const auto hyphen = words::hyphen_at(text, i); hyphen > 0) {
        return {'-', hyphen};
    }
    if (const auto invisible = words::invisible_at(text, i); invisible > 0) {
        return {'\0', invisible};
    }
    return {text[i], 1};
}

bool is_alphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// The text from `begin` to `end` as the reader sees it (character_at), in lower case.
std::string folded(std::string_view text, std::size_t begin, std::size_t end) {
    std::string out;
    for (std::size_t i = begin; i < end;) {
        const auto character = character_at(text, i);
        if (character.c != '\0') {
            out += character.c >= 'A' && character.c <= 'Z'
                       ? static_cast<char>(character.c - 'A' + 'a')
                       : character.c;
        }
        i += character.size;
    }
    return out;
}

// A run of letters and digits (character_at), in lower case, where it lies, and its clause
// (clauses end at , ; ! ? brackets, a full stop and a line break).
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
        auto character = character_at(text, i);
        if (!is_alphanumeric(character.c)) {
            constexpr std::string_view breaks = ",;!?()[].\n";
            if (character.c != '\0' && breaks.find(character.c) != std::string_view::npos) {
                ++clause;
            }
            i += character.size;
            continue;
        }
        Token token{"", i, i, clause};
        while (token.end < text.size()) {
            character = character_at(text, token.end);
            if (character.c != '\0' && !is_alphanumeric(character.c)) {
                break;
            }
            if (character.c != '\0') {
                const char c = character.c;
                token.text += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
            }
            token.end += character.size;
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
                phrase->grade.site = site_named_near(phrase->first, phrase->last);
            }
            if (!denied(phrase->first, phrase->last) && !sporting(phrase->last)) {
                auto end = tokens_[phrase->last].end;
                if (phrase->closed && end < text_.size() && character_at(text_, end).c == ')') {
                    end += character_at(text_, end).size;
                }
                found.push_back({phrase->grade.grade, phrase->grade.site,
                                 std::string{text_.substr(phrase->begin, end - phrase->begin)},
                                 dated(phrase->first, phrase->last),
                                 year(phrase->first, phrase->last)});
            }
            i = phrase->last + 1;
        }
        return found;
    }

  private:
    struct Phrase {
        Grade grade;
        std::size_t first = 0;  // its first token: denials and dates are looked for around it
        std::size_t last = 0;
        bool closed = false;    // "4b (BAMIC)", "grade 3 (c)": quoted with its closing bracket
        std::size_t begin = 0;  // where its words begin: `first`, or a '?' before it ("?4")
    };

    Phrase phrase(Grade grade, std::size_t first, std::size_t last, bool closed = false) const {
        return {grade, first, last, closed, tokens_[first].begin};
    }

    // The text between tokens `a` and `b` as the reader sees it (character_at).
    std::string between(std::size_t a, std::size_t b) const {
        return folded(text_, tokens_[a].end, tokens_[b].begin);
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
    std::optional<Phrase> phrase_at(std::size_t i) const {
        const auto& token = tokens_[i].text;
        if (auto grade = joined_grade(token)) {
            return ranged(phrase(*grade, i, i));
        }
        if (one_of(token, grading_words) && adjacent(i, " :=(-.?")) {
            if (auto grade = grade_of(tokens_[i + 1].text)) {
                return ranged(phrase(*grade, i, i + 1));
            }
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
        if (!context_ || !digits || labelled(i)) {
            return std::nullopt;
        }
        if (grade->site) {
            return phrase(*grade, i, i);
        }
        return doubted_alone(*grade, i);
    }

    // "room 4c", "bay 4c": a place or a label, not a grade.
    bool labelled(std::size_t i) const {
        return i > 0 && adjacent(i - 1, " #:.-") && one_of(tokens_[i - 1].text, label_words);
    }

    // A grade alone after a word of doubt ("possible 4", "query 4"), a question mark ("?4") or
    // another grade and "vs" ("2 vs 4": the worse); not a measure ("possible 4 weeks", "? 4/10")
    // nor a scale's ("pain 2 vs 4").
    std::optional<Phrase> doubted_alone(Grade grade, std::size_t i) const {
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

    // Where the '?' right before token `i` lies ("?4", "? 4"), past spaces only.
    std::optional<std::size_t> question_before(std::size_t i) const {
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

    // Whether the number at token `k` measures something: "4/10", "4%", "4 cm", "4 x".
    bool measured(std::size_t k) const {
        if (k + 1 >= tokens_.size()) {
            return false;
        }
        const auto gap = between(k, k + 1);
        return gap.starts_with('/') || gap.starts_with('%')
               || (adjacent(k, " ") && one_of(tokens_[k + 1].text, measure_words));
    }

    // "grade 3/4", "grade 3-4", "grade 3 or 4", "grade 2 vs 4", "grade 2 (possibly 4)", "grade 2
    // ?4": the worse of the two; not "grade 2 - 4 weeks".
    Phrase ranged(Phrase phrase) const {
        std::size_t next = phrase.last + 1;
        bool worded = false;
        for (std::size_t words = 0;
             words < 2 && next < tokens_.size() && adjacent(next - 1, worded ? " " : " (,")
             && (one_of(tokens_[next].text, alternative_words)
                 || one_of(tokens_[next].text, doubt_words));
             ++words) {
            worded = true;
            ++next;
        }
        if (next >= tokens_.size()) {
            return phrase;
        }
        if (worded ? !adjacent(next - 1, " .?") : !joined_as_range(phrase.last)) {
            return phrase;
        }
        if (timed(next)) {
            return phrase;
        }
        if (auto other = grade_of(tokens_[next].text)) {
            if (severity(other->grade, other->site)
                > severity(phrase.grade.grade, phrase.grade.site)) {
                phrase.grade = *other;
            }
            phrase.closed =
                phrase.closed
                || folded(text_, tokens_[phrase.last].end, tokens_[next].begin).find('(')
                       != std::string::npos;
            phrase.last = next;
        }
        return phrase;
    }

    // Whether the grade ending at token `k` and the next are joined as two of a range: by '/',
    // '-' or '?', with spaces and a bracket ("grade 3/4", "grade 3 - 4", "grade 2 (? 4)").
    bool joined_as_range(std::size_t k) const {
        if (k + 1 >= tokens_.size()) {
            return false;
        }
        const auto gap = between(k, k + 1);
        return gap.size() <= 4 && gap.find_first_not_of(" /-?(") == std::string::npos
               && gap.find_first_of("/-?") != std::string::npos;
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
        if (k >= tokens_.size()
            || !(adjacent(phrase.last, " ,(:-") || between(phrase.last, k) == ".")) {
            return;  // "grade 3 c", "grade 3, c", "BAMIC 3.c"
        }
        bool bracketed = between(phrase.last, k).find('(') != std::string::npos;
        bool named = false;
        // "grade 3 at site c", "grade 3 at c" (not "at a": "grade 4 at a guess").
        if (tokens_[k].text == "at" && adjacent(k, " ")
            && (tokens_[k + 1].text == "site" || tokens_[k + 1].text == "b"
                || tokens_[k + 1].text == "c")) {
            ++k;
        }
        if (one_of(tokens_[k].text, site_words)) {
            if (!adjacent(k, " :=(")) {
                return;
            }
            bracketed = bracketed || between(k, k + 1).find('(') != std::string::npos;
            named = true;
            ++k;
        }
        std::optional<Site> site;
        std::size_t last = k;
        if (auto name = site_name_at(k)) {
            site = name->first;
            last = name->second;
        } else {
            const auto& word = tokens_[k].text;
            const char after =
                tokens_[k].end < text_.size() ? character_at(text_, tokens_[k].end).c : ' ';
            const bool abbreviation = after == '/' || after == '\'' || after == '&';  // "c/o"
            site = site_letter(word);
            if (abbreviation || (site == Site::a && !named && !bracketed)) {
                return;
            }
        }
        if (site) {
            phrase.grade.site = site;
            phrase.last = last;
            phrase.closed = bracketed;
        }
    }

    // A site named in words from token `k`, and its last token: "intratendinous", a name split by
    // a hyphen or a space ("intra-tendinous", "musculo-tendinous"), or a word of inside before
    // the tendon ("into the tendon", "within the tendon": site c).
    std::optional<std::pair<Site, std::size_t>> site_name_at(std::size_t k) const {
        const auto named = [](const std::string& word) -> std::optional<Site> {
            for (const auto& [name, site] : site_names) {
                if (word == name) {
                    return site;
                }
            }
            return std::nullopt;
        };
        if (auto site = named(tokens_[k].text)) {
            return std::pair{*site, k};
        }
        if (adjacent(k, " -")) {
            if (auto site = named(tokens_[k].text + tokens_[k + 1].text)) {
                return std::pair{*site, k + 1};
            }
        }
        if (one_of(tokens_[k].text, inside_words)) {
            for (std::size_t j = k + 1; j < tokens_.size() && j <= k + 3 && adjacent(j - 1, " -");
                 ++j) {
                if (one_of(tokens_[j].text, tendon_words)) {
                    return std::pair{Site::c, j};
                }
                if (!one_of(tokens_[j].text, tendon_fillers)) {
                    break;
                }
            }
        }
        return std::nullopt;
    }

    // A site named in words in the grade's clause, right before it or within `after_reach`
    // words after it: "intratendinous grade 3", "grade 3 tear at the intratendinous site",
    // "grade 3 tear into the tendon"; not past a word that denies it ("grade 3 tear not into
    // the tendon").
    std::optional<Site> site_named_near(std::size_t first, std::size_t last) const {
        for (std::size_t back = 1; back <= 2 && back <= first; ++back) {
            if (!same_clause(first - back, first)) {
                break;
            }
            if (auto name = site_name_at(first - back); name && name->second == first - 1) {
                return name->first;
            }
        }
        for (std::size_t k = last + 1;
             k < tokens_.size() && k <= last + after_reach && same_clause(k, last); ++k) {
            if (one_of(tokens_[k].text, site_denials)) {
                return std::nullopt;
            }
            if (auto name = site_name_at(k)) {
                return name->first;
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
    // out" and "rules out" read as words of denial when `denying`), or nothing.
    template <class Matches>
    std::optional<std::size_t> before(std::size_t first, Matches matches, bool denying) const {
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
                   || one_of(tokens_[k].text, grade_denials_after) || not_seen(k).has_value();
        });
        if (!trailing) {
            return false;
        }
        // "grade 4 not seen": a word of not being able before the "not" would undo it.
        return !undone(not_seen(*trailing).value_or(*trailing));
    }

    // The "not" of "not seen", "not shown", "not be seen", when token `k` is the word of seeing.
    std::optional<std::size_t> not_seen(std::size_t k) const {
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
