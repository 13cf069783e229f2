// Grades written in words (grade_in_text.hpp): the phrases a note grades the tear with, their
// sites, denials, dates and what supersedes them; the characters and words they are read from are
// grade_tokens.hpp's.
#include "json/grade_in_text.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <utility>

#include "coach/sdk/enum_names.hpp"
#include "coach/sdk/words.hpp"
#include "json/grade_tokens.hpp"
#include "json/grade_vocabulary.hpp"
#include "json/red_flag_vocabulary.hpp"
#include "json/red_flag_words.hpp"

namespace coach::json::detail {

namespace {

using namespace grade_words;
using namespace grade_text;
using grade_text::severity;

class GradeReader {
  public:
    GradeReader(std::string_view text, bool sites_alone)
        : text_(text), tokens_(tokens_of(text)), sites_alone_(sites_alone) {
        context_ = std::any_of(tokens_.begin(), tokens_.end(),
                               [](const Token& t) { return one_of(t.text, grading_context); });
    }

    std::vector<WrittenGrade> read() && {
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
            use(phrase->first, phrase->last);
            if (!phrase->grade.site) {
                if (auto near = site_named_near(phrase->first, phrase->last)) {
                    phrase->grade.site = near->site;
                    use(near->first, near->last);
                }
            }
            Quote quote;
            if (!denied(phrase->first, phrase->last, quote) && !sporting(phrase->last)) {
                const bool is_dated = dated(phrase->first, phrase->last, quote);
                read.emplace_back(*phrase, written(*phrase, quote, is_dated));
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
            const bool superseded =
                std::any_of(later.begin(), later.end(), [&](const auto& result) {
                    return supersedes(result.first, result.second, read[n].first);
                });
            if (!superseded) {
                found.push_back(std::move(read[n].second));
            }
        }
        return found;
    }

  private:
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

    Phrase phrase(Grade grade, std::size_t first, std::size_t last, bool closed = false) const {
        return {grade, first, last, closed, tokens_[first].begin, 0};
    }

    // The grade `phrase` writes, quoted as written and through `quote`.
    WrittenGrade written(const Phrase& phrase, const Quote& quote, bool is_dated) const {
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
        return {phrase.grade.grade, phrase.grade.site,
                std::string{text_.substr(begin, end - begin)}, is_dated,
                year(phrase.first, phrase.last)};
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
            return ranged(raised_by_sign(phrase(*grade, i, i)));
        }
        if (one_of(token, grading_words) && adjacent(i, " :=(-.?#")) {
            if (auto grade = grade_of(tokens_[i + 1].text)) {
                return ranged(raised_by_sign(phrase(*grade, i, i + 1)));
            }
        }
        if (auto numbered = numbered_grade(i)) {
            return numbered;
        }
        if (auto complete = complete_tear(i)) {
            return complete;
        }
        if (auto above = above_grade(i)) {
            return above;
        }
        if (token == "g" && i + 1 < tokens_.size() && !timed(i + 1)) {
            const auto gap = between(i, i + 1);  // "G-4", "G:4", "G.4", "G - IV"; not "30 g 4"
            auto marks = gap;
            std::erase(marks, ' ');
            // "G 4" apart, but not after a number: "30 g 4 sets" is a mass.
            const bool spaced = gap == " "
                                && !(i > 0 && tokens_[i - 1].text.front() >= '0'
                                     && tokens_[i - 1].text.front() <= '9');
            const bool joined =
                gap.size() <= 3
                && (marks == "-" || marks == ":" || marks == "=" || gap == "." || spaced);
            if (joined && !measured(i + 1)) {
                if (auto grade = grade_of(tokens_[i + 1].text)) {
                    return ranged(raised_by_sign(phrase(*grade, i, i + 1)));
                }
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
        if (!context_ || !(digits || roman_with_site(*grade, i)) || labelled(i)) {
            return std::nullopt;
        }
        if (grade->site) {
            return phrase(*grade, i, i);
        }
        return doubted_alone(*grade, i);
    }

    // A grade numbered after a grading word: "grade no. 4", "grade number 4", "grade nr 4" (not
    // "grade: no. 4 weeks").
    std::optional<Phrase> numbered_grade(std::size_t i) const {
        if (i + 2 >= tokens_.size() || !one_of(tokens_[i].text, grading_words)
            || !one_of(tokens_[i + 1].text, number_words) || !adjacent(i, " :")
            || !adjacent(i + 1, " .:#") || timed(i + 2) || measured(i + 2)) {
            return std::nullopt;
        }
        if (auto grade = grade_of(tokens_[i + 2].text)) {
            return ranged(raised_by_sign(phrase(*grade, i, i + 2)));
        }
        return std::nullopt;
    }

    // A complete tear in words, grade 4 (see complete_words): "complete tear", "complete proximal
    // hamstring avulsion", "full-thickness tear", "the tear is complete", "avulsion".
    std::optional<Phrase> complete_tear(std::size_t i) const {
        const auto& word = tokens_[i].text;
        if (one_of(word, avulsion_words)) {
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
            for (std::size_t j = i + 1, fillers = 0;
                 j < tokens_.size() && fillers <= most_torn_fillers && adjacent(j - 1, " -/");
                 ++j, ++fillers) {
                if (one_of(tokens_[j].text, torn_words)) {
                    return phrase(Grade{4, std::nullopt}, i, j);
                }
                if (!one_of(tokens_[j].text, torn_fillers)) {
                    break;
                }
            }
            return std::nullopt;
        }
        if (one_of(word, torn_words)) {  // "the tear is complete", "tear appears complete"
            for (std::size_t j = i + 1; j < tokens_.size() && j <= i + 3 && adjacent(j - 1, " ");
                 ++j) {
                if (one_of(tokens_[j].text, complete_words)) {
                    return phrase(Grade{4, std::nullopt}, i, j);
                }
                if (!one_of(tokens_[j].text, being_words)) {
                    break;
                }
            }
        }
        return std::nullopt;
    }

    // A Roman grade 3 or 4 with its site, alone ("MRI: IVc", "IIIc"); not "IVC" or "ivc" in one
    // case, the inferior vena cava ("MRI: IVC unremarkable").
    bool roman_with_site(const Grade& grade, std::size_t i) const {
        const auto& token = tokens_[i].text;
        if (!grade.site || grade.grade < 3
            || !(token.starts_with("iii") || token.starts_with("iv"))) {
            return false;
        }
        if (token != "ivc") {
            return true;
        }
        const auto raw = text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
        const auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
        return raw.size() == 3 && upper(raw[0]) != upper(raw[2]);
    }

    // Site c written with no grade, from token `k` (see involvement_words): "site c", "location:
    // c", "intratendinous", "intra-tendinous", "extending into the tendon", "tendon involvement";
    // its last token.
    std::optional<std::size_t> site_alone_at(std::size_t k) const {
        const auto& word = tokens_[k].text;
        if (one_of(word, site_words) && adjacent(k, " :=(-") && tokens_[k + 1].text == "c") {
            const auto end = tokens_[k + 1].end;
            const char after = end < text_.size() ? character_at(text_, end).c : ' ';
            if (after != '/' && after != '\'' && after != '&') {  // "site c/o"
                return k + 1;
            }
            return std::nullopt;
        }
        if (word != "in") {
            if (auto name = site_name_at(k); name && name->first == Site::c) {
                if (!one_of(tokens_[name->second].text, tendon_words) || name->second > k) {
                    return name->second;  // a name, or a word of inside then the tendon
                }
            }
        }
        if (tendon_at(k) && adjacent(k, " -") && one_of(tokens_[k + 1].text, involvement_words)) {
            return k + 1;
        }
        return std::nullopt;
    }

    // A grade above or at least another, after a grading word: "grade >3", "grade > 3", "grade
    // >= 3", "grade \u2265 3": open above, so the worst reading is grade 4. Not an arrow ("grade
    // -> 3") nor below ("grade <4": not read).
    std::optional<Phrase> above_grade(std::size_t i) const {
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

    // A grade written with a plus ("grade 3+", "G3+", "grade III+"): short of the next grade
    // up, so the worst reading is that one ("grade 3+" is 4, "grade 2+" 3); and a grade "or
    // more" ("grade 3 or above", "grade 2 or higher", "grade 3 or worse"): open above, so 4.
    Phrase raised_by_sign(Phrase phrase) const {
        const auto end = tokens_[phrase.last].end;
        const bool last_token = phrase.last + 1 >= tokens_.size();
        const auto after =
            folded(text_, end, last_token ? text_.size() : tokens_[phrase.last + 1].begin);
        if (after.starts_with('+') && !after.starts_with("++") && phrase.grade.grade < 4) {
            ++phrase.grade.grade;
            phrase.tail = end + character_at(text_, end).size - end;
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
        if (k >= tokens_.size()) {
            return;
        }
        auto gap = between(phrase.last, k);
        std::erase(gap, ' ');
        // "grade 3 c", "grade 3, c", "grade 3/c", "BAMIC 3.c", "grade 3; site c"
        const bool apart = adjacent(phrase.last, " ,(:-/") || gap == ".";
        if (!apart && !(gap == ";" && one_of(tokens_[k].text, site_words))) {
            return;
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
                    return spared(j) ? std::nullopt : std::optional{std::pair{Site::c, j}};
                }
                if (!one_of(tokens_[j].text, tendon_fillers)) {
                    break;
                }
            }
        }
        if (tendon_at(k)) {
            return std::pair{Site::c, k};
        }
        return std::nullopt;
    }

    // The tendon named alone as the tear's site at token `k`: "grade 3 with tendon involvement",
    // "tendinous grade 3 tear", "grade 3 (tendon)", "grade 3 tendon tear". Not a part of another
    // site's name ("musculo-tendinous", "muscle-tendon junction", "myotendinous": site b), nor
    // after "non" ("non-tendinous"), nor spared (`spared`).
    bool tendon_at(std::size_t k) const {
        if (!one_of(tokens_[k].text, tendon_words)) {
            return false;
        }
        if (k > 0 && adjacent(k - 1, " -")
            && (one_of(tokens_[k - 1].text, not_the_tendon_before)
                || one_of(tokens_[k - 1].text + tokens_[k].text, site_name_words))) {
            return false;
        }
        if (adjacent(k, " -") && one_of(tokens_[k + 1].text, not_the_tendon_after)) {
            return false;
        }
        return !spared(k);
    }

    // Whether the words after the tendon at token `k`, in its clause, spare it: "tendon intact",
    // "tendon spared", "tendon not involved", "tendon involvement excluded"; not when a word of
    // not being able undoes the denial ("tendon involvement cannot be excluded": site c).
    bool spared(std::size_t k) const {
        for (std::size_t j = k + 1; j < tokens_.size() && j <= k + 3 && same_clause(j, k); ++j) {
            const auto& word = tokens_[j].text;
            if (one_of(word, tendon_spared)) {
                return true;
            }
            const bool denial = word == "not" || word == "no" || word == "never"
                                || one_of(word, vocabulary::trailing_negators)
                                || one_of(word, grade_denials_after);
            if (denial) {
                const bool not_denied = word == "not" && j + 1 < tokens_.size()
                                        && same_clause(j, j + 1)
                                        && one_of(tokens_[j + 1].text, grade_denials_after);
                return !not_denied && !undone(j);  // "tendon involvement not excluded": c
            }
        }
        return false;
    }

    // A site named in words in the grade's clause, right before it or within `after_reach`
    // words after it: "intratendinous grade 3", "grade 3 tear at the intratendinous site",
    // "grade 3 tear into the tendon"; not past a word that denies it ("grade 3 tear not into
    // the tendon").
    std::optional<SiteName> site_named_near(std::size_t first, std::size_t last) const {
        for (std::size_t back = 1; back <= 2 && back <= first; ++back) {
            if (!same_clause(first - back, first)) {
                break;
            }
            if (auto name = site_name_at(first - back); name && name->second == first - 1) {
                return SiteName{name->first, first - back, name->second};
            }
        }
        std::size_t k = last + 1;
        for (; k < tokens_.size() && k <= last + after_reach && same_clause(k, last); ++k) {
            if (one_of(tokens_[k].text, site_denials)) {
                return std::nullopt;
            }
            if (auto name = site_name_at(k)) {
                return SiteName{name->first, k, name->second};
            }
        }
        // The site that opens the next clause behind a comma or a bracket: "grade 3 tear, tendon
        // involved", "grade 3 tear (tendon involvement)".
        if (k < tokens_.size() && k <= last + after_reach && k > 0
            && tokens_[k].clause == tokens_[last].clause + 1) {
            auto marks = between(k - 1, k);
            std::erase(marks, ' ');
            if (marks == "," || marks == "(") {
                if (auto name = site_name_at(k)) {
                    return SiteName{name->first, k, name->second};
                }
            }
        }
        return std::nullopt;
    }

    // Whether an imaging result written after an earlier grading supersedes it: "grade 4
    // suspected initially, MRI showed grade 2b", "initial suspicion of grade 4; subsequent MRI:
    // BAMIC 2b". The earlier grading is marked as the first one (`earliness_words` in its
    // clause), or the imaging as later (`later_words`); the result is a lower grade an imaging
    // word and a word of showing (or a ':') give in its clause, without doubt ("MRI showed
    // possible grade 2b", "MRI: grade 2b?") and not dated ("MRI in 2019 showed grade 2b").
    bool supersedes(const Phrase& result, const WrittenGrade& written,
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

    // "grade 4 league": a sport's grade, not the tear's.
    bool sporting(std::size_t last) const {
        return adjacent(last, " -") && one_of(tokens_[last + 1].text, sport_grade_words);
    }

    bool same_clause(std::size_t a, std::size_t b) const {
        return tokens_[a].clause == tokens_[b].clause;
    }

    bool same_sentence(std::size_t a, std::size_t b) const {
        return tokens_[a].sentence == tokens_[b].sentence;
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

    // A grade named as a label whose value denies it: "grade 4: no", "grade 4 - neg", "grade 4 =
    // none", "grade 4? no", "grade 4 tear: nil", "grade 4 (no)", "grade 4 (-)", "grade 4 (-ve)",
    // "grade 4: -ve". The value ends its clause, is not asked ("grade 4: no?"), and no exception
    // follows it behind a comma or a bracket ("grade 4: no, but MRI pending"): "grade 4: no
    // change" affirms the grade.
    bool label_denied(std::size_t last) const {
        std::size_t end = last;
        for (std::size_t words = 0;
             words < 2 && adjacent(end, " ") && one_of(tokens_[end + 1].text, label_nouns);
             ++words) {
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

    // Whether the label's value ending at token `k`, followed by `marks` (blanks removed), ends
    // its clause, is not asked, and has no exception behind a comma or a bracket after it.
    bool value_ends(std::size_t k, std::string_view marks) const {
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

    // Whether the words around the grade from token `first` to `last` deny it as a whole: a denial
    // (below) that no reversal follows in its sentence (`reversal`) and, after the grade, no hedge
    // doubts (`hedge`). When one undoes the denial, `quote` reaches it.
    bool denied(std::size_t first, std::size_t last, Quote& quote) const {
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
        return true;
    }

    // The token of a reversal in the sentence after token `from` (see turn_words), or nothing.
    std::optional<std::size_t> reversal(std::size_t from) const {
        for (std::size_t k = from + 1; k < tokens_.size() && same_sentence(k, from); ++k) {
            if (names_a_grade(k)) {
                return std::nullopt;  // "grade 4 excluded, now grade 2b"
            }
            if (!one_of(tokens_[k].text, turn_words)) {
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
                    for (std::size_t n = j + 1;
                         n < tokens_.size() && n <= j + 2 && same_sentence(n, j); ++n) {
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

    // A grading word or a grade in digits at token `k`: "grade", "2b", "Gr2".
    bool names_a_grade(std::size_t k) const {
        const auto& word = tokens_[k].text;
        return one_of(word, grading_words) || grade_of(word, true).has_value()
               || joined_grade(word).has_value();
    }

    // A hedge of a denial after the grade (see hedges): within `hedge_reach` words before the
    // grade in its clause, or between the grade and the denial at `denial`; its token.
    std::optional<std::size_t> hedge(std::size_t first, std::size_t last,
                                     std::size_t denial) const {
        const auto hedging = [this](std::size_t k) {
            const auto& word = tokens_[k].text;
            if (one_of(word, hedges)) {
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
        for (std::size_t k = last + 1; k < denial; ++k) {
            if (hedging(k)) {
                return k;
            }
        }
        return std::nullopt;
    }

    // A denial of the grade from `first` to `last` (the rules of grade_denials_before and
    // label_denied): its last word, and whether it follows the grade.
    struct Denial {
        std::size_t end = 0;
        bool after = false;
        bool label = false;
    };

    // Whether a '?' follows token `k`, past blanks: "grade 4 excluded?".
    bool asked(std::size_t k) const {
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

    std::optional<Denial> denial_of(std::size_t first, std::size_t last) const {
        if (label_denied(last)) {
            return Denial{last, true, true};
        }
        const auto denial = before(
            first,
            [this](std::size_t k) {
                const auto& word = tokens_[k].text;
                return (word != not_a_grade_denial && one_of(word, vocabulary::negators))
                       || one_of(word, grade_denials_before);
            },
            true);
        if (denial && !undone(*denial)) {
            return Denial{last, false};
        }
        const auto trailing = after(last, [this](std::size_t k) {
            return one_of(tokens_[k].text, vocabulary::trailing_negators)
                   || one_of(tokens_[k].text, grade_denials_after) || not_seen(k).has_value();
        });
        // "grade 4 not seen": a word of not being able before the "not" would undo it.
        if (!trailing || undone(not_seen(*trailing).value_or(*trailing))) {
            return std::nullopt;
        }
        return Denial{*trailing, true};
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

    // Dated (below) unless a reversal follows the dating word: "grade 4 previously suspected, now
    // confirmed" is this injury's.
    bool dated(std::size_t first, std::size_t last, Quote& quote) const {
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

    std::optional<std::size_t> dating_word(std::size_t first, std::size_t last) const {
        const auto dated_before = before(
            first,
            [this](std::size_t k) {
                return one_of(tokens_[k].text, dating_before) || past_season(k);
            },
            false);
        const auto dated_after = after(last, [this](std::size_t k) {
            return one_of(tokens_[k].text, dating_after) || past_season(k);
        });
        return dated_before ? dated_before : dated_after;
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
    bool sites_alone_ = false;
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

std::vector<WrittenGrade> grades_written(std::string_view text, bool sites_alone) {
    return GradeReader{text, sites_alone}.read();
}

void GradeCheck::read(std::string_view text, const std::string& pointer,
                      strict_json::Problems& problems) {
    if (recorded_.grade >= 4 || !describes_the_injury(pointer)) {
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
