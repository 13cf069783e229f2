#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/claim_words.hpp"
#include "coach/sdk/words.hpp"

// The other readings of a text that the clearance check (coach/sdk/wording.hpp) reads when the
// text as written holds no claim: "100%" as "fully", digits for words or letters ("good2go",
// "cl3ared"), invisible marks as spaces, Cyrillic and Greek look-alikes as Latin letters, letters
// spaced or split joined ("f i t to play"), and words run together split ("clearedtoplay").
// [thread-safe] Pure functions of UTF-8 text.
namespace coach::wording_detail {

// The bytes of "100%", "100 %", "100 percent" or "100 per cent" at `text[i]`, not within a
// longer number (not "2100%", "1.100%"), or 0: a whole that reads as "fully" ("100% recovered").
inline std::size_t hundred_percent_at(std::string_view text, std::size_t i) {
    const auto digit = [text](std::size_t k) { return text[k] >= '0' && text[k] <= '9'; };
    if (!text.substr(i).starts_with("100")
        || (i > 0 && (digit(i - 1) || text[i - 1] == '.' || text[i - 1] == ','))) {
        return 0;
    }
    std::size_t at = i + 3;
    if (at < text.size() && text[at] == ' ') {
        ++at;
    }
    if (at < text.size() && text[at] == '%') {
        return at + 1 - i;
    }
    for (const std::string_view word :
         {std::string_view{"percent"}, std::string_view{"per cent"}}) {
        std::size_t k = 0;
        while (k < word.size() && at + k < text.size() && (text[at + k] | 0x20) == word[k]) {
            ++k;
        }
        if (k == word.size()
            && (at + k == text.size() || words::letter_at(text, at + k).size == 0)) {
            return at + k - i;
        }
    }
    return 0;
}

// Whether `visit` returns true for a word of a phrase of `list`.
template <std::size_t N, class Visit>
constexpr bool any_word_of(const std::array<std::string_view, N>& list, const Visit& visit) {
    for (std::string_view phrase : list) {
        while (true) {
            const auto space = phrase.find(' ');
            if (visit(phrase.substr(0, space))) {
                return true;
            }
            if (space == std::string_view::npos) {
                break;
            }
            phrase.remove_prefix(space + 1);
        }
    }
    return false;
}

// Whether `visit` returns true for a word of a claim (any list above) or of a filler.
template <class Visit>
constexpr bool any_claim_word(const Visit& visit) {
    return any_word_of(clearance_phrases, visit) || any_word_of(completeness_words, visit)
           || any_word_of(recovery_words, visit) || any_word_of(readiness_words, visit)
           || any_word_of(cleared_for, visit) || any_word_of(permission_words, visit)
           || any_word_of(return_words, visit) || any_word_of(sport_targets, visit)
           || any_word_of(sport_verbs, visit) || any_word_of(return_statements, visit)
           || any_word_of(status_words, visit) || any_word_of(status_answers, visit)
           || any_word_of(target_fillers, visit) || any_word_of(state_words, visit)
           || any_word_of(complete_words, visit) || any_word_of(recovery_nouns, visit)
           || any_word_of(day_words, visit);
}

// Whether `visit` returns true for the last word of a target read as the start of a word
// ("compet").
template <class Visit>
constexpr bool any_target_start(const Visit& visit) {
    // Plain loops, not std::any_of: with -D_GLIBCXX_DEBUG the library checks each range by
    // comparing its pointers, which a constant expression may not do with an AddressSanitizer
    // build's globals (target_letters below is computed at compile time).
    const auto any_last = [&visit](const auto& phrases) {
        for (std::string_view phrase : phrases) {
            if (visit(phrase.substr(phrase.rfind(' ') + 1))) {
                return true;
            }
        }
        return false;
    };
    return any_last(cleared_for) || any_last(sport_targets) || any_last(sport_verbs);
}

// The words of a claim (any_claim_word), sorted: looked up by binary search, as the pre-filter
// asks of two runs with a lone letter between them.
inline constexpr std::size_t claim_vocabulary_size = [] {
    std::size_t count = 0;
    any_claim_word([&count](std::string_view) {
        ++count;
        return false;
    });
    return count;
}();
inline constexpr std::array<std::string_view, claim_vocabulary_size> claim_vocabulary = [] {
    std::array<std::string_view, claim_vocabulary_size> vocabulary{};
    std::size_t count = 0;
    any_claim_word([&vocabulary, &count](std::string_view word) {
        vocabulary[count++] = word;
        return false;
    });
    std::sort(vocabulary.begin(), vocabulary.end());
    return vocabulary;
}();

// Whether `word` is a word of a claim.
inline bool in_claim_vocabulary(std::string_view word) {
    return std::binary_search(claim_vocabulary.begin(), claim_vocabulary.end(), word);
}

// Whether a word split into pieces may be `piece`: one letter, or a run that is no word of a
// claim ("f", "it"; not "to", "fit").
inline bool may_be_a_piece(std::string_view piece) {
    return piece.size() == 1 || !in_claim_vocabulary(piece);
}

// Whether pieces joined into `joined` may go on to make a word of a claim: the start of one, or a
// target read as the start of a word with more after it ("compete").
inline bool may_start_a_claim_word(std::string_view joined) {
    // The words that start with `joined` come first from where it would stand.
    const auto at = std::lower_bound(claim_vocabulary.begin(), claim_vocabulary.end(), joined);
    if (at != claim_vocabulary.end() && at->starts_with(joined)) {
        return true;
    }
    // Most joined pieces start with a letter no target starts with.
    constexpr auto target_letters = [] {
        std::uint32_t letters = 0;
        any_target_start([&letters](std::string_view start) {
            letters |= std::uint32_t{1} << (start[0] - 'a');
            return false;
        });
        return letters;
    }();
    const auto letter = static_cast<unsigned char>(joined[0]) - 'a';
    if (letter < 26 && ((target_letters >> letter) & 1) == 0) {
        return false;
    }
    return any_target_start([joined](std::string_view start) { return joined.starts_with(start); });
}

// Whether `joined` is a word of a claim, or a target read as the start of a word with one of the
// usual endings ("competition", "plays").
inline bool is_claim_word(std::string_view joined) {
    if (in_claim_vocabulary(joined)) {
        return true;
    }
    return any_target_start([joined](std::string_view start) {
        if (!joined.starts_with(start)) {
            return false;
        }
        const auto ending = joined.substr(start.size());
        for (const std::string_view usual :
             {"e", "s", "es", "ed", "ing", "ition", "itions", "er", "ers"}) {
            if (ending == usual) {
                return true;
            }
        }
        return false;
    });
}

// Whether `between` splits one word into pieces: at least one byte, only blanks, hyphens, dashes,
// invisible marks, '.', '_' and '*' ("f i t", "F.I.T.", "c-l-e-a-r-e-d").
inline bool splits_a_word(std::string_view between) {
    if (between.empty()) {
        return false;
    }
    for (std::size_t i = 0; i < between.size();) {
        const char c = between[i];
        std::size_t size = c == '.' || c == '_' || c == '*' ? 1 : 0;
        if (size == 0) {
            size = words::blank_at(between, i) + words::hyphen_at(between, i);
        }
        if (size == 0) {
            size = words::dash_at(between, i) + words::invisible_at(between, i);
        }
        if (size == 0) {
            return false;
        }
        i += size;
    }
    return true;
}

// Whether two pieces `before` and `after`, split apart, may be pieces of one word: a lone letter
// on one side, each one letter or no word of a claim.
inline bool may_pair(std::string_view before, std::string_view after) {
    return (before.size() == 1 || after.size() == 1) && may_be_a_piece(before)
           && may_be_a_piece(after);
}

// Whether two pieces `before` and `after`, split apart, may start a word of a claim together
// (may_pair, and joined the start of one: "f" and "i").
inline bool may_join(std::string_view before, std::string_view after) {
    if (!may_pair(before, after)) {
        return false;
    }
    std::string joined{before};
    joined += after;
    return may_start_a_claim_word(joined);
}

// Whether text[i] is a 2 or a 4 standing for "to" or "for": between ASCII letters, spaces or
// hyphens ("good2go", "fit 4 play"), not in a number.
inline bool digit_for_a_word(std::string_view text, std::size_t i) {
    const auto joins = [text](std::size_t k) {
        return text[k] == ' ' || text[k] == '-' || words::letter_at(text, k).size == 1;
    };
    return (text[i] == '2' || text[i] == '4') && i > 0 && i + 1 < text.size() && joins(i - 1)
           && joins(i + 1);
}

// The letter a digit or '@' stands for in a run of at most three of them between two ASCII
// letters ("cl3ared", "f1t", "g00d"), or 0: 3 is e, 0 is o, 1 is i, 5 is s, 7 is t, @ is a.
inline char letter_for_a_digit(std::string_view text, std::size_t i) {
    constexpr std::string_view digits = "30157@";
    constexpr std::string_view letters = "eoista";
    const auto stands_for_a_letter = [&](std::size_t k) {
        return digits.find(text[k]) != std::string_view::npos;
    };
    if (!stands_for_a_letter(i)) {
        return 0;
    }
    std::size_t first = i;
    while (first > 0 && i - first < 2 && stands_for_a_letter(first - 1)) {
        --first;
    }
    std::size_t end = i + 1;
    while (end < text.size() && end - first < 3 && stands_for_a_letter(end)) {
        ++end;
    }
    if (first == 0 || end >= text.size() || words::letter_at(text, first - 1).size != 1
        || words::letter_at(text, end).size != 1) {
        return 0;
    }
    return letters[digits.find(text[i])];
}

// The second reading of `text`: each invisible mark a space ("fit\u00ADto\u00ADplay" is "fit to
// play", where words_in() reads one word), each digit_for_a_word() the word it stands for, each
// letter_for_a_digit() its letter, each hundred_percent_at() "fully"; empty when it reads the
// same.
inline std::string second_reading(std::string_view text) {
    const auto mark_at = [text](std::size_t i) {
        return static_cast<unsigned char>(text[i]) >= 0xC2 ? words::invisible_at(text, i) : 0;
    };
    std::size_t i = 0;
    while (i < text.size() && mark_at(i) == 0 && !digit_for_a_word(text, i)
           && letter_for_a_digit(text, i) == 0 && hundred_percent_at(text, i) == 0) {
        ++i;
    }
    if (i == text.size()) {
        return {};
    }
    std::string reading{text.substr(0, i)};
    while (i < text.size()) {
        if (const std::size_t mark = mark_at(i); mark > 0) {
            reading += ' ';
            i += mark;
            continue;
        }
        if (const std::size_t hundred = hundred_percent_at(text, i); hundred > 0) {
            reading += " fully ";
            i += hundred;
            continue;
        }
        if (const char letter = letter_for_a_digit(text, i); letter != 0) {
            reading += letter;
        } else if (digit_for_a_word(text, i)) {
            reading += text[i] == '2' ? " to " : " for ";
        } else {
            reading += text[i];
        }
        ++i;
    }
    return reading;
}

// `text` with each Cyrillic or Greek look-alike of a Latin letter (words::look_alike_at) written
// as that letter; empty when it has none.
inline std::string fold_look_alikes(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && words::look_alike_at(text, i).size == 0) {
        ++i;
    }
    if (i == text.size()) {
        return {};
    }
    std::string folded{text.substr(0, i)};
    while (i < text.size()) {
        if (const auto letter = words::look_alike_at(text, i); letter.size > 0) {
            folded += letter.lower;
            i += letter.size;
        } else {
            folded += text[i++];
        }
    }
    return folded;
}

// The reading of `text` with each word split into pieces joined ("f i t to play" is "fit to
// play", "C.L.E.A.R.E.D" is "cleared", "F I T T O P L A Y" is "fit to play"): from each piece,
// the longest run of pieces split apart (splits_a_word) that may_pair() pair by pair and that make
// a word of a claim (is_claim_word) is written as that word, with the '.' after its last piece
// when a '.' split the first two ("f.i.t. to play" is "fit to play"); empty when there is none.
// `w` is words::words_in(text).
inline std::string spaced_reading(std::string_view text, const std::vector<words::Word>& w) {
    std::string reading;
    std::size_t copied = 0;
    for (std::size_t k = 0; k < w.size();) {
        std::size_t taken = 0;
        std::string joined = w[k].text;
        std::string word;
        for (std::size_t j = k + 1; j < w.size() && joined.size() < 24; ++j) {
            if (!splits_a_word(text.substr(w[j - 1].end, w[j].begin - w[j - 1].end))
                || !may_pair(w[j - 1].text, w[j].text)) {
                break;
            }
            joined += w[j].text;
            if (!may_start_a_claim_word(joined)) {
                break;
            }
            if (is_claim_word(joined)) {
                taken = j - k + 1;
                word = joined;
            }
        }
        if (taken == 0) {
            ++k;
            continue;
        }
        reading += text.substr(copied, w[k].begin - copied);
        reading += word;
        copied = w[k + taken - 1].end;
        if (text[w[k].end] == '.' && copied < text.size() && text[copied] == '.') {
            ++copied;
        }
        k += taken;
    }
    if (copied == 0) {
        return {};
    }
    reading += text.substr(copied);
    return reading;
}

// Whether `piece` may still grow into a word of a claim (is_claim_word): the start of a word of a
// claim or of a target, or a target with more after it. What cannot grow stays so when letters
// are added, so a search for the words at the start of a longer word stops at the first piece
// that cannot.
inline bool may_grow_into_a_claim_word(std::string_view piece) {
    return may_start_a_claim_word(piece) || any_target_start([piece](std::string_view start) {
               return start.starts_with(piece);
           });
}

// Whether word[at..] splits into words of a claim (is_claim_word), longest first, each cut after
// `at` added to `cuts`; `failed` marks the places already found not to split (a word of at most
// 32 letters).
inline bool split_into_claim_words(std::string_view word, std::size_t at, std::uint32_t& failed,
                                   std::vector<std::size_t>& cuts) {
    if (at == word.size()) {
        return true;
    }
    if (((failed >> at) & 1U) != 0) {
        return false;
    }
    // The ends of the words of a claim that start at `at`; most words end the search within a
    // letter or two.
    std::array<std::size_t, 33> ends{};
    std::size_t found = 0;
    for (std::size_t end = at + 1;
         end <= word.size() && may_grow_into_a_claim_word(word.substr(at, end - at)); ++end) {
        if (is_claim_word(word.substr(at, end - at))) {
            ends[found++] = end;
        }
    }
    while (found > 0) {
        const std::size_t end = ends[--found];
        cuts.push_back(end);
        if (split_into_claim_words(word, end, failed, cuts)) {
            return true;
        }
        cuts.pop_back();
    }
    failed |= std::uint32_t{1} << at;
    return false;
}

// The reading of `text` with each word of 5 to 32 letters that is no word of a claim but splits
// into two or more (split_into_claim_words) written as those words ("clearedtoplay" is "cleared
// to play", "fittoplay" is "fit to play"); empty when there is none. `w` is
// words::words_in(text).
inline std::string run_together_reading(std::string_view text, const std::vector<words::Word>& w) {
    std::string reading;
    std::size_t copied = 0;
    std::vector<std::size_t> cuts;
    for (const auto& word : w) {
        if (word.text.size() < 5 || word.text.size() > 32 || is_claim_word(word.text)) {
            continue;
        }
        std::uint32_t failed = 0;
        cuts.clear();
        if (!split_into_claim_words(word.text, 0, failed, cuts) || cuts.size() < 2) {
            continue;
        }
        reading += text.substr(copied, word.begin - copied);
        std::size_t from = 0;
        for (const std::size_t cut : cuts) {
            reading += from == 0 ? "" : " ";
            reading += word.text.substr(from, cut - from);
            from = cut;
        }
        copied = word.end;
    }
    if (copied == 0) {
        return {};
    }
    reading += text.substr(copied);
    return reading;
}

}  // namespace coach::wording_detail
