// What a note says of the red flags (red_flag_mentions.hpp): the flag words and phrases it
// names, by the rules written beside the vocabulary (red_flag_vocabulary.hpp); the reader's other
// parts are listed in red_flag_finder.hpp.
#include "json/red_flag_mentions.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "coach/sdk/words.hpp"
#include "json/red_flag_finder.hpp"
#include "json/red_flag_questions.hpp"

namespace coach::json::detail {

namespace mention_reading {

namespace {

// The rows of a vocabulary table (flag_words, flag_phrases) whose word starts with each letter,
// in the table's order. A word of a note can only be a row whose word starts with its own first
// letter, so it is read against those rows alone: reading it against every row took 7% of a
// cohort's instructions (docs/PERFORMANCE.md).
template <std::size_t N>
struct RowsByLetter {
    std::array<std::uint16_t, N> rows{};
    std::array<std::uint16_t, 27> starts{};  // the rows of letter c: rows[starts[c], starts[c + 1])

    std::span<const std::uint16_t> of(std::string_view word) const {
        if (word.empty() || word[0] < 'a' || word[0] > 'z') {
            return {};
        }
        const auto letter = static_cast<std::size_t>(word[0] - 'a');
        return std::span{rows}.subspan(starts[letter], starts[letter + 1] - starts[letter]);
    }
};

template <class Row, std::size_t N>
consteval RowsByLetter<N> rows_by_letter(const std::array<Row, N>& table) {
    static_assert(N <= UINT16_MAX);
    RowsByLetter<N> index;
    std::uint16_t at = 0;
    for (char letter = 'a'; letter <= 'z'; ++letter) {
        index.starts[static_cast<std::size_t>(letter - 'a')] = at;
        for (std::size_t row = 0; row < N; ++row) {
            if (table[row].word[0] == letter) {
                index.rows[at++] = static_cast<std::uint16_t>(row);
            }
        }
    }
    index.starts[26] = at;
    if (at != N) {
        throw "every word of a red-flag vocabulary table starts with a lower-case letter";
    }
    return index;
}

constexpr auto flag_words_by_letter = rows_by_letter(flag_words);
constexpr auto flag_phrases_by_letter = rows_by_letter(flag_phrases);

// Whether `a` and `b`, not equal, are one edit apart: a letter added, dropped or changed, or two
// next to each other swapped.
bool one_edit_apart(std::string_view a, std::string_view b) {
    if (a.size() > b.size()) {
        std::swap(a, b);
    }
    std::size_t k = 0;
    while (k < a.size() && a[k] == b[k]) {
        ++k;
    }
    if (a.size() + 1 == b.size()) {
        return a.substr(k) == b.substr(k + 1);  // one letter more in `b`
    }
    if (a.size() != b.size() || k == a.size()) {
        return false;
    }
    if (a.substr(k + 1) == b.substr(k + 1)) {
        return true;  // one letter changed
    }
    return k + 1 < a.size() && a[k] == b[k + 1] && a[k + 1] == b[k]
           && a.substr(k + 2) == b.substr(k + 2);  // two swapped
}

// The flag word `word` misspells (vocabulary `misspelt_words`), when it misspells one.
std::optional<std::string_view> misspelt(std::string_view word) {
    if (word.size() < misspelt_min_letters) {
        return std::nullopt;
    }
    for (const std::string_view meant : misspelt_words) {
        const std::size_t longer = std::max(meant.size(), word.size());
        const std::size_t shorter = std::min(meant.size(), word.size());
        if (meant[0] == word[0] && longer - shorter <= 1 && meant != word
            && one_edit_apart(word, meant)) {
            const bool spelt_so = std::ranges::any_of(
                flag_words_by_letter.of(word),
                [&](std::uint16_t row) { return matches(word, flag_words[row].word); });
            return spelt_so || matches_any(word, near_miss_words) ? std::nullopt
                                                                  : std::optional{meant};
        }
    }
    return std::nullopt;
}

// Whether the words `a` and `b` are single letters spaced one blank apart in one clause.
bool spaced_letters(std::string_view text, const Word& a, const Word& b) {
    return a.letters && !a.joined && b.letters && !b.joined && a.clause == b.clause
           && b.begin == a.end + 1 && text[a.end] == ' ';
}

// Fewest letters spaced one by one that are read as one word: "n u m b n e s s".
constexpr std::size_t fewest_spaced_letters = 4;

// The edits (a letter added, dropped or changed) that make `a` into `b`, counted up to `most` + 1:
// Levenshtein's distance, row by row.
std::size_t edits_between(std::string_view a, std::string_view b, std::size_t most) {
    const std::size_t longer = std::max(a.size(), b.size());
    if (longer - std::min(a.size(), b.size()) > most) {
        return most + 1;
    }
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        row[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0U : 1U)});
            diagonal = above;
        }
    }
    return std::min(row[b.size()], most + 1);
}

// The words of `text` with a flag's name of two words, misspelt, read as meant
// (`misspelt_pairs`).
void read_misspelt_pairs(std::vector<Word>& words) {
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        for (const auto& [first, second] : misspelt_pairs) {
            const auto& one = words[i].text;
            const auto& two = words[i + 1].text;
            if (words[i + 1].clause == words[i].clause && one[0] == first[0] && two[0] == second[0]
                && edits_between(one, first, misspelt_pair_edits)
                           + edits_between(two, second, misspelt_pair_edits)
                       <= misspelt_pair_edits) {
                words[i].text = first;
                words[i + 1].text = second;
            }
        }
    }
}

// Whether words `a` and `b` are the two sides, either first (`left_side_words`).
bool two_sides(std::string_view a, std::string_view b) {
    const auto left = [](std::string_view w) { return matches_any(w, left_side_words); };
    const auto right = [](std::string_view w) { return matches_any(w, right_side_words); };
    return (left(a) && right(b)) || (right(a) && left(b));
}

// The words of `text` with both sides named one by one read "both" (`left_side_words`).
void read_sides_as_both(std::string_view text, std::vector<Word>& words) {
    for (std::size_t i = 0; i < words.size(); ++i) {
        Word& word = words[i];
        const auto written = text.substr(word.begin, word.end - word.begin);
        const bool letters_joined = word.joined && word.text.size() == 2
                                    && two_sides(word.text.substr(0, 1), word.text.substr(1))
                                    && written.find_first_of("&+") != std::string_view::npos;
        const bool said_with_and = i + 2 < words.size() && words[i + 1].text == "and"
                                   && words[i + 2].clause == word.clause
                                   && two_sides(word.text, words[i + 2].text);
        if (!letters_joined && !said_with_and) {
            continue;
        }
        word.text = "both";
        word.letters = false;
        word.joined = false;
        if (said_with_and) {
            word.end = words[i + 2].end;
            const auto next = words.begin() + static_cast<std::ptrdiff_t>(i) + 1;
            words.erase(next, next + 2);
        }
    }
}

}  // namespace

std::vector<Word> MentionFinder::read_words(std::string_view text) {
    auto words = words_of(text);
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::size_t end = i;
        while (end + 1 < words.size() && spaced_letters(text, words[end], words[end + 1])) {
            ++end;
        }
        if (end + 1 - i >= fewest_spaced_letters) {
            for (std::size_t k = i + 1; k <= end; ++k) {
                words[i].text += words[k].text;
            }
            words[i].end = words[end].end;
            words[i].letters = false;
            words.erase(words.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                        words.begin() + static_cast<std::ptrdiff_t>(end) + 1);
        }
        if (const auto meant = misspelt(words[i].text)) {
            words[i].text = *meant;
        }
    }
    read_misspelt_pairs(words);
    read_sides_as_both(text, words);
    return words;
}

std::vector<Mention> MentionFinder::find() && {
    for (std::size_t i = 0; i < words_.size(); ++i) {
        find_flag_words(i);
        find_phrases(i);
        find_inability_to_bear_weight(i);
        find_whole_tear(i);
        find_counted_steps(i);
        find_whole_width(i);
        find_whole_share(i);
        find_limited_bearing(i);
        find_tendon_not_intact(i);
        find_graded_weakness(i);
        find_weakness_both_sides(i);
        find_shorthand_label(i);
    }
    return std::move(found_);
}

void MentionFinder::find_flag_words(std::size_t i) {
    // A denial reads from the phrase the word ends: "No pins and needles" denies "needles" as "No
    // numbness" denies "numbness" (trial 59).
    const auto denial_from = [this, i] {
        for (std::size_t back = std::min<std::size_t>(i, 2); back > 0; --back) {
            if (same_clause(i - back, i) && onset_phrase_at(i - back)) {
                return i - back;
            }
        }
        return i;
    };
    for (const std::uint16_t row : flag_words_by_letter.of(words_[i].text)) {
        const FlagWord& named = flag_words[row];
        const auto last = spelt_at(i, named);
        const auto unless = last ? near(*last, 2, named.unless, true) : std::nullopt;
        if (last && (!unless || about_a_place(*unless)) && !before(i, named.unless_before)
            && !(named.unless_figurative && figurative(i)) && !negated(denial_from(), *last)
            && !(named.flag == weight && aid_over(i, *last)) && !a_name_at(i)
            && !(!named.diagnosis[0].empty() && spelt_out_otherwise(i))) {
            add(named.flag, named.also, i, *last,
                named.affirms_both || a_diagnosis_at(i, *last, named.diagnosis));
        }
    }
}

bool MentionFinder::a_diagnosis_at(std::size_t first, std::size_t last,
                                   const std::array<std::string_view, 8>& names) const {
    if (names[0].empty()) {
        return false;
    }
    if (words_[first].queried) {
        // "?CES", "?CES for MRI"; not "?CES screened and cleared".
        for (std::size_t k = last + 1; k < words_.size() && same_clause(k, last); ++k) {
            if (doubting(k) || matches_any(words_[k].text, screen_words)
                || matches_any(words_[k].text, resolution_words)) {
                return false;
            }
        }
        return true;
    }
    for (std::size_t k = first; k > 0 && same_clause(k - 1, first); --k) {
        if (!matches_any(words_[k - 1].text, names)) {
            return false;
        }
    }
    std::size_t next = last + 1;
    for (; next < words_.size() && same_clause(next, last); ++next) {
        if (!matches_any(words_[next].text, names)) {
            return false;
        }
    }
    // Alone in its clause and the last of its sentence: "CES.", "Cauda equina syndrome.", "Imp:
    // CES."; not a label with its value after it: "CES: no red flags".
    return next >= words_.size() || words_[next].sentence != words_[next - 1].sentence;
}

bool MentionFinder::figurative(std::size_t i) const {
    for (std::size_t article = i; article + 1 >= i && article > 1; --article) {
        if (same_clause(article - 2, i) && words_[article - 2].text == "as"
            && matches_any(words_[article - 1].text, figurative_articles)) {
            return true;
        }
    }
    return false;
}

bool MentionFinder::about_a_place(std::size_t k) const {
    if (words_[k].text != "about") {
        return false;
    }
    for (std::size_t j = k + 1; j < words_.size() && same_clause(j, k) && j <= k + 3; ++j) {
        if (matches_any(words_[j].text, place_words)) {
            return true;  // "numb about the heel", "numb about the left heel"
        }
    }
    return false;
}

bool MentionFinder::spelt_out_otherwise(std::size_t i) const {
    const std::string_view letters = words_[i].text;
    const std::size_t first = i + 1;
    if (letters.size() < 2 || first + letters.size() > words_.size()) {
        return false;
    }
    if (marks_between(i, first) != "(") {
        return false;
    }
    for (std::size_t k = 0; k < letters.size(); ++k) {
        const std::size_t at = first + k;
        if (!same_clause(at, first) || words_[at].text.front() != letters[k] || names_flag(at)) {
            return false;
        }
    }
    return true;
}

bool MentionFinder::a_name_at(std::size_t i) const {
    const auto capital = [&](std::size_t k) {
        const char c = text_[words_[k].begin];
        return c >= 'A' && c <= 'Z';
    };
    if (i == 0 || !capital(i)) {
        return false;
    }
    const auto marks = marks_between(i - 1, i);
    if (!marks.empty() && marks != ".") {
        return false;  // "Dr, crutches given"
    }
    const auto& before = words_[i - 1];
    // An initial, not a grade's site letter ("BAMIC 2B. Crutches"): no digit right before it.
    const bool initial =
        before.text.size() == 1 && !before.joined && capital(i - 1)
        && (before.begin == 0 || text_[before.begin - 1] < '0' || text_[before.begin - 1] > '9');
    return initial || matches_any(before.text, titles);
}

bool MentionFinder::denied_nearest(const FlagPhrase& phrase, std::size_t other,
                                   std::size_t i) const {
    if (other >= i) {
        return false;
    }
    std::size_t nearest = other;
    while (nearest + 1 < i && matches_any(words_[nearest + 1].text, phrase.near)
           && same_clause(nearest + 1, i)) {
        ++nearest;
    }
    return nearest != other && negated(nearest, i);
}

void MentionFinder::find_phrases(std::size_t i) {
    for (const std::uint16_t row : flag_phrases_by_letter.of(words_[i].text)) {
        const FlagPhrase& phrase = flag_phrases[row];
        // `unless` is read across a label's colon: "Bladder control: intact".
        if (!matches(words_[i].text, phrase.word)
            || (phrase.spelling == Spelling::joined_letters && !words_[i].joined)
            || near(i, 2, phrase.unless, true, true)
            || (!phrase.unless_in_clause[0].empty()
                && near(i, words_.size(), phrase.unless_in_clause))
            || (!phrase.only_in_clause[0].empty()
                && !near(i, words_.size(), phrase.only_in_clause, false, phrase.label))) {
            continue;
        }
        auto other = near(i, phrase.reach, phrase.near, false, phrase.label);
        if (!other && phrase.label && i > 0 && marks_between(i - 1, i) == ","
            && matches_any(words_[i - 1].text, phrase.near)) {
            other = i - 1;  // "PWB, EC"
        }
        if (other && phrase.near_before && *other > i) {
            continue;
        }
        // A negator right before a trouble in the phrase denies it: "urinates without
        // difficulty", "passing urine with no problems" (trial 73), "no change to bladder
        // habits" (trial 74).
        if (other && matches_any(words_[*other].text, phrase_troubles)
            && word_before(*other, phrase_negators, phrase_negation_fillers, *other > i ? i : 0)) {
            continue;
        }
        const int control = other && matches_any(words_[*other].text, control_words)
                                ? control_said(std::min(i, *other), std::max(i, *other), *other)
                                : 0;
        if (control > 0) {
            continue;  // "Good control of bladder and bowel", "Bladder and bowel control good"
        }
        if (control < 0) {
            // "No good control of bladder", "bladder control not good": the negator denies the
            // control, not the phrase. The mention begins with the words that deny it, so that
            // they deny nothing else: "Not fully in control of his bladder".
            add(phrase.flag, phrase.also, control_denial_start(std::min(i, *other)),
                std::max(i, *other), phrase.affirms_both);
            continue;
        }
        if (other) {
            const auto first = std::min(i, *other);
            const auto last = std::max(i, *other);
            if (compound_after(last)) {
                continue;  // "completed the tear-drop drill": a tear-drop is no tear
            }
            // A negator right before the later word denies it, whichever of the two that is: "Gap:
            // nil palpable", "Gap: none palpable", "Gap not palpable", "Gap isn't palpable" (trial
            // 77), "Tear not complete" (trial 80); not where the phrase says "not" itself ("Cauda
            // equina not ruled out").
            const bool says_not = std::any_of(phrase.only_in_clause.begin(),
                                              phrase.only_in_clause.end(), [](std::string_view w) {
                                                  return w == "not" || w == "cannot" || w == "never"
                                                         || coach::words::unmarked_contraction(w);
                                              });
            const auto& before_later = words_[last - 1];
            const bool later_denied =
                (*other > i + 1 && negated_within(i, *other))
                || (last > first + 1 && !says_not
                    && (before_later.text == "not" || before_later.text == "none"
                        || before_later.negative));
            if (!negated(first, last) && !(*other < i && negated_within(*other, i)) && !later_denied
                && !denied_nearest(phrase, *other, i)
                && !(phrase.flag == weight && aid_over(first, last))) {
                add(phrase.flag, phrase.also, first, last, phrase.affirms_both);
            }
        }
    }
}

bool MentionFinder::said_not(std::size_t k) const {
    if (k == 0 || !same_clause(k - 1, k)) {
        return false;
    }
    const auto& before = words_[k - 1];
    return before.text == "no" || before.text == "not" || before.negative;
}

std::size_t MentionFinder::control_denial_start(std::size_t first) const {
    while (first > 0 && same_clause(first - 1, first)
           && (words_[first - 1].text == "in" || words_[first - 1].negative
               || matches_any(words_[first - 1].text, control_kept_words)
               || matches_any(words_[first - 1].text, in_control_qualifiers)
               || matches_any(words_[first - 1].text, in_control_negators))) {
        --first;
    }
    return first;
}

int MentionFinder::in_control_said(std::size_t control) const {
    const auto before = [&](std::size_t k) { return k > 0 && same_clause(k - 1, control); };
    std::size_t k = control;
    while (before(k) && matches_any(words_[k - 1].text, control_kept_words)) {
        --k;  // "in full control"
    }
    if (!before(k) || words_[k - 1].text != "in") {
        return 0;
    }
    --k;
    while (before(k) && matches_any(words_[k - 1].text, in_control_qualifiers)) {
        --k;  // "fully in control", "no longer in control"
    }
    const bool denied =
        before(k)
        && (matches_any(words_[k - 1].text, in_control_negators) || words_[k - 1].negative);
    return denied ? -1 : 1;
}

int MentionFinder::control_said(std::size_t first, std::size_t last, std::size_t control) const {
    // Over the other sphincter named with it: "good bladder and bowel control".
    while (first > 0 && same_clause(first - 1, control)
           && matches_any(words_[first - 1].text, control_companions)) {
        --first;
    }
    const auto said = [&](std::size_t k) {
        if (k >= words_.size() || !same_clause(k, control)) {
            return 0;
        }
        if (matches_any(words_[k].text, control_kept_words)) {
            // "Loss of full control of bladder", "lost complete control of bowels"
            for (std::size_t b = k; b > 0 && same_clause(b - 1, k); --b) {
                if (matches_any(words_[b - 1].text, control_lost_words)) {
                    return -1;
                }
            }
            return said_not(k) ? -1 : 1;
        }
        // "bladder control not good"
        const bool denied = words_[k].text == "not" || words_[k].negative;
        return denied && k + 1 < words_.size() && same_clause(k + 1, control)
                       && matches_any(words_[k + 1].text, control_kept_words)
                   ? -1
                   : 0;
    };
    if (const int in_control = in_control_said(control); in_control != 0) {
        return in_control;
    }
    // "Bladder and bowel control is good", "control remains normal".
    std::size_t after = last + 1;
    while (after < words_.size() && same_clause(after, control)
           && matches_any(words_[after].text, control_copulas)) {
        ++after;
    }
    for (const std::size_t k : {control > 0 ? control - 1 : words_.size(),
                                first > 0 ? first - 1 : words_.size(), after}) {
        if (const int found = said(k); found != 0) {
            return found;
        }
    }
    return 0;
}

void MentionFinder::find_whole_tear(std::size_t i) {
    if (!matches_any(words_[i].text, tear_words)) {
        return;
    }
    auto before = text_.substr(0, words_[i].begin);
    while (before.ends_with(' ')) {
        before.remove_suffix(1);
    }
    if (before.ends_with('%')) {
        before.remove_suffix(1);
        while (before.ends_with(' ')) {
            before.remove_suffix(1);
        }
        const bool hundred = before.ends_with("100")
                             && (before.size() == 3 || before[before.size() - 4] < '0'
                                 || before[before.size() - 4] > '9');
        if (hundred && !negated(i, i)) {
            add(gap, gap, i, i);
        }
    }
}

void MentionFinder::find_whole_width(std::size_t i) {
    if (words_[i].text != "width") {
        return;
    }
    const auto whole = near(i, 2, whole_words);
    if (whole && *whole < i && near(i, words_.size(), tear_words) && !negated(*whole, i)) {
        add(gap, gap, *whole, i);
    }
}

void MentionFinder::find_whole_share(std::size_t i) {
    if (!matches_any(words_[i].text, tear_words)) {
        return;
    }
    std::size_t first = i;
    while (first > 0 && same_clause(first - 1, i)) {
        --first;
    }
    std::size_t last = i;
    while (last + 1 < words_.size() && same_clause(last + 1, i)) {
        ++last;
    }
    for (std::size_t k = first; k <= last; ++k) {
        if (matches_any(words_[k].text, whole_share_exclusions)) {
            return;  // "sprinting at 100%, no pain at the tear site"
        }
    }
    // The clause's text, and what follows its last word up to the next word: "... 100%."
    const std::size_t end = last + 1 < words_.size() ? words_[last + 1].begin : text_.size();
    const auto clause = text_.substr(words_[first].begin, end - words_[first].begin);
    for (auto at = clause.find("100"); at != std::string_view::npos;
         at = clause.find("100", at + 1)) {
        if (at > 0 && (is_number_mark(clause[at - 1]) || clause[at - 1] == ',')) {
            continue;  // "1100", "0.100"
        }
        auto rest = clause.substr(at + 3);
        while (rest.starts_with(' ')) {
            rest.remove_prefix(1);
        }
        const bool share =
            rest.starts_with('%') || rest.starts_with("percent") || rest.starts_with("per cent");
        if (share && !negated(i, i)) {
            add(gap, gap, i, i);
            return;
        }
    }
}

void MentionFinder::find_tendon_not_intact(std::size_t i) {
    if (words_[i].text != "intact" || i == 0 || i + 1 >= words_.size()) {
        return;
    }
    const auto tendon = near(i, 2, tendon_words);
    const std::size_t value = i + 1;
    if (!tendon || *tendon > i || words_[value].sentence != words_[i].sentence
        || !matches_any(words_[value].text, tendon_absent_values)
        || (value + 1 < words_.size() && same_clause(value, value + 1))) {
        return;
    }
    const auto mark = marks_between(i, value);
    if (std::find(label_marks.begin(), label_marks.end(), mark) != label_marks.end()) {
        add(gap, gap, *tendon, value);  // "Tendon intact: no"
    }
}

void MentionFinder::find_counted_steps(std::size_t i) {
    if (words_[i].text != "steps" && words_[i].text != "step") {
        return;
    }
    auto before = text_.substr(0, words_[i].begin);
    while (before.ends_with(' ')) {
        before.remove_suffix(1);
    }
    const bool fewer_than_four =
        !before.empty() && before.back() >= '0' && before.back() <= '3'
        && (before.size() == 1 || !is_number_mark(before[before.size() - 2]));
    if (fewer_than_four && !compound_after(i) && near(i, words_.size(), step_limits)
        && !near(i, words_.size(), drill_words) && !negated(i, i)) {
        add(weight, weight, i, i);
        return;
    }
    // "Could not take four steps" (trial 40): four in digits or up to four in words, after a
    // word of not being able in the clause.
    const bool four_in_digits =
        !before.empty() && before.back() == '4'
        && (before.size() == 1 || !is_number_mark(before[before.size() - 2]));
    const bool counted_in_words =
        i > 0 && same_clause(i - 1, i) && matches_any(words_[i - 1].text, steps_in_words);
    if (!(four_in_digits || counted_in_words) || compound_after(i)
        || near(i, words_.size(), drill_words)) {
        return;
    }
    for (std::size_t k = i; k > 0 && same_clause(k - 1, i); --k) {
        if (words_[k - 1].negative || matches_any(words_[k - 1].text, steps_not_able)) {
            add(weight, weight, k - 1, i);
            return;
        }
    }
}

void MentionFinder::find_graded_weakness(std::size_t i) {
    if (!matches_any(words_[i].text, dorsiflexion_words)) {
        return;
    }
    // The grade within the clause, past a side or a word of strength: "DF 3/5", "DF (L) 4-/5".
    auto rest = text_.substr(words_[i].end);
    rest = rest.substr(0, std::min(rest.size(), rest.find_first_of(".,;\n")));
    for (auto at = rest.find("/5"); at != std::string_view::npos; at = rest.find("/5", at + 1)) {
        auto grade = rest.substr(0, at);
        if (grade.ends_with('+') || grade.ends_with('-')) {
            grade.remove_suffix(1);
        }
        const bool weak = !grade.empty() && grade.back() >= '0' && grade.back() <= '4'
                          && (grade.size() == 1 || !is_number_mark(grade[grade.size() - 2]));
        const bool whole = at + 2 == rest.size() || rest[at + 2] < '0' || rest[at + 2] > '9';
        if (weak && whole && !negated(i, i)) {
            add(numb, tingle, i, i, true);
            return;
        }
    }
}

void MentionFinder::find_weakness_both_sides(std::size_t i) {
    const bool both_sides = words_[i].text == "both" && i + 1 < words_.size()
                            && same_clause(i, i + 1)
                            && matches_any(words_[i + 1].text, both_sides_words);
    const bool bilaterally = matches_any(words_[i].text, bilateral_words);
    if (!(both_sides || bilaterally) || i == 0 || same_clause(i - 1, i)
        || marks_between(i - 1, i) != ",") {
        return;
    }
    const std::size_t last = both_sides ? i + 1 : i;
    for (std::size_t k = last + 1; k < words_.size() && same_clause(k, i); ++k) {
        if (doubting(k) || matches_any(words_[k].text, equal_strength_words)) {
            return;  // "Weak legs, both sides normal now"
        }
    }
    std::optional<std::size_t> weak;
    bool legs = false;
    bool one_side = false;
    for (std::size_t k = i; k > 0 && same_clause(k - 1, i - 1); --k) {
        weak = matches(words_[k - 1].text, "weak*") ? std::optional{k - 1} : weak;
        legs = legs || matches_any(words_[k - 1].text, leg_words_for_weakness);
        one_side = one_side || matches_any(words_[k - 1].text, one_side_words);
    }
    if (weak && legs && !one_side && !negated(*weak, *weak)) {
        add(numb, tingle, *weak, last, true);
    }
}

void MentionFinder::find_shorthand_label(std::size_t i) {
    const auto& letter = words_[i];
    if (!letter.letters || letter.joined || (letter.text != "n" && letter.text != "t")
        || i + 1 >= words_.size() || words_[i + 1].sentence != letter.sentence) {
        return;
    }
    const auto mark = marks_between(i, i + 1);
    if ((mark != ":" && mark != "=") || !matches_any(words_[i + 1].text, shorthand_yes)) {
        return;
    }
    const RedFlag flag = letter.text == "n" ? numb : tingle;
    add(flag, flag, i, i + 1, true);  // "N: yes", "T = +"
}

std::optional<std::size_t> MentionFinder::spelt_at(std::size_t i, const FlagWord& named) const {
    // `named` starts with the first letter of word `i`: its callers take it from that letter's
    // rows (flag_words_by_letter), as a flag word written from word `i` on, in parts or joined
    // across hyphens, starts with it.
    if (named.spelling == Spelling::joined_letters && !words_[i].joined) {
        return std::nullopt;
    }
    if (auto last = spelt_in_parts(i, named.word)) {
        return last;
    }
    return named.spelling == Spelling::any ? joined_across_hyphens(i, named.word) : std::nullopt;
}

std::optional<std::size_t> MentionFinder::spelt_in_parts(std::size_t i,
                                                         std::string_view pattern) const {
    char separator = 0;
    for (std::size_t k = i; k < words_.size(); ++k) {
        const auto split = pattern.find_first_of("- ");
        const bool follows =
            k == i || (separator == '-' ? words_[k].hyphened : same_clause(k - 1, k));
        if (!follows || !matches(words_[k].text, pattern.substr(0, split))) {
            return std::nullopt;
        }
        if (split == std::string_view::npos) {
            return k;
        }
        separator = pattern[split];
        pattern.remove_prefix(split + 1);
    }
    return std::nullopt;
}

std::optional<std::size_t> MentionFinder::joined_across_hyphens(std::size_t i,
                                                                std::string_view pattern) const {
    if (i + 1 >= words_.size() || !words_[i + 1].hyphened) {
        return std::nullopt;  // nothing to join: most words, read for every flag word
    }
    std::string joined = words_[i].text;
    for (std::size_t k = i + 1; k < words_.size() && k <= i + 3 && words_[k].hyphened; ++k) {
        joined += words_[k].text;
        if (matches(joined, pattern)) {
            return k;
        }
    }
    return std::nullopt;
}

bool MentionFinder::pair_at(std::size_t k, const WordPair& pair) const {
    if (k >= words_.size() || !matches(words_[k].text, pair.first)) {
        return false;
    }
    return pair.second.empty()
           || (k + 1 < words_.size() && same_clause(k, k + 1) && words_[k + 1].text == pair.second);
}

std::optional<std::size_t> MentionFinder::flag_word_at(std::size_t k) const {
    for (const std::uint16_t row : flag_words_by_letter.of(words_[k].text)) {
        if (auto last = spelt_at(k, flag_words[row])) {
            return last;
        }
    }
    return std::nullopt;
}

std::size_t MentionFinder::sentence_length(std::size_t k) const {
    std::size_t end = k + 1;
    while (end < words_.size() && !sentence_ends_between(end - 1, end)) {
        ++end;
    }
    return end - k;
}

bool MentionFinder::names_a_flag_at(std::size_t k) const {
    if (names_flag(k) || matches_any(words_[k].text, weight_words)
        || matches_any(words_[k].text, standing_words)) {
        return true;
    }
    return std::ranges::any_of(flag_phrases_by_letter.of(words_[k].text), [&](std::uint16_t row) {
        const FlagPhrase& p = flag_phrases[row];
        return matches(words_[k].text, p.word)
               && near(k, p.reach, p.near, false, p.label).has_value();
    });
}

bool MentionFinder::opens_a_flag(std::size_t k) const {
    // "pins" of "pins and needles", "pins & needles" (onset_phrases): the phrase's first word, so
    // that a list it closes is still a list of flags ("No numbness or pins and needles", trial 43).
    return onset_phrase_at(k) || names_flag(k)
           || std::ranges::any_of(
               flag_phrases_by_letter.of(words_[k].text),
               [&](std::uint16_t row) { return matches(words_[k].text, flag_phrases[row].word); })
           || matches_any(words_[k].text, weight_words)
           || matches_any(words_[k].text, standing_words);
}

bool MentionFinder::in_a_flag_phrase(std::size_t k) const {
    const auto beside = [&](std::size_t j) {
        return j < words_.size() && same_clause(j, k)
               && std::ranges::any_of(flag_phrases_by_letter.of(words_[j].text),
                                      [&](std::uint16_t row) {
                                          const FlagPhrase& p = flag_phrases[row];
                                          return matches(words_[j].text, p.word)
                                                 && matches_any(words_[k].text, p.near);
                                      });
    };
    return beside(k + 1) || (k > 0 && beside(k - 1));
}

void MentionFinder::add(RedFlag flag, RedFlag also, std::size_t first, std::size_t last,
                        bool affirms_both) {
    const bool names_it = flag == also || affirms_both
                          || matches_any(words_[first].text, names_both)
                          || matches_any(words_[last].text, names_both);
    const bool asks = !(affirms_both && flag == also)
                      && (matches_any(words_[first].text, asks_only)
                          || matches_any(words_[last].text, asks_only));
    if (asks && of_another_part(first, last)) {
        return;  // "Ruptured Achilles 2015" names no gap of this injury (trial 36)
    }
    if (another_persons(first, last, flag)) {
        return;  // "Teammate's foot went numb" (trial 40)
    }
    if (flag == RedFlag::palpable_gap && also == RedFlag::palpable_gap
        && on_the_other_leg(first, last)) {
        return;  // "gap felt in the other leg years ago" (trial 41)
    }
    const bool plain =
        names_it && !asks
        && (affirmed(first, last) || (affirms_both && flag != also && suspected(first, last)))
        && !about_something_else(first, last, flag, also);
    const bool settled = !plain && resolved_in_time(last);
    const bool denied = names_it && !asks && !plain && !settled;
    const auto seen = std::find_if(found_.begin(), found_.end(), [&](const Mention& m) {
        return m.flag == flag && m.also == also;
    });
    if (seen != found_.end()) {
        seen->settled = seen->settled && settled;
        seen->denied = seen->denied && denied;
        const auto index = static_cast<std::size_t>(seen - found_.begin());
        if (plain && asked_only_[index]) {
            // Quote the words that affirm it: "PWB c EC", not "PWB" that only asks.
            seen->word = text_.substr(words_[first].begin, words_[last].end - words_[first].begin);
            asked_only_[index] = false;
        }
        seen->affirmed = seen->affirmed || plain;
        return;
    }
    asked_only_.push_back(asks && !plain);
    found_.push_back(
        {flag, also,
         std::string{text_.substr(words_[first].begin, words_[last].end - words_[first].begin)},
         plain, settled, denied});
}

}  // namespace mention_reading

std::vector<Mention> mentions_in(std::string_view text, std::optional<int> day,
                                 std::optional<Date> injury) {
    if (text.find('?') == std::string_view::npos) {
        return mention_reading::MentionFinder{text, day, injury}.find();
    }
    auto answered = answered_questions(text, day);
    if (!answered) {
        return mention_reading::MentionFinder{text, day, injury}.find();
    }
    auto found = mention_reading::MentionFinder{answered->text, day, injury}.find();
    for (auto& asked : answered->mentions) {
        const auto seen = std::find_if(found.begin(), found.end(), [&](const Mention& m) {
            return m.flag == asked.flag && m.also == asked.also;
        });
        if (seen == found.end()) {
            found.push_back(std::move(asked));
        } else if (!seen->affirmed) {
            *seen = std::move(asked);
        }
    }
    return found;
}

}  // namespace coach::json::detail
