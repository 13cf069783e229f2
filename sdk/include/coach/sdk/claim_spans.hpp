#pragma once

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/claim_family_words.hpp"
#include "coach/sdk/claim_words.hpp"
#include "coach/sdk/words.hpp"

// The sentences and clauses the strict form of the clearance check reads (coach/sdk/
// claim_sentences.hpp): where one ends, the span of words around a word, and the tests on a span
// the other parts share. [thread-safe] Pure functions of UTF-8 text and its words.
namespace coach::wording_detail {

// Whether text[i] is a '.' between two digits: a decimal point ("week 2.5"), which ends no
// sentence.
inline bool a_decimal_point(std::string_view text, std::size_t i) {
    const auto digit = [text](std::size_t at) {
        return std::isdigit(static_cast<unsigned char>(text[at])) != 0;
    };
    return text[i] == '.' && i > 0 && i + 1 < text.size() && digit(i - 1) && digit(i + 1);
}

// The first of `marks` in `text` from `from` on that is not a decimal point, or npos.
inline std::size_t sentence_mark(std::string_view text, std::size_t from, std::string_view marks) {
    std::size_t at = text.find_first_of(marks, from);
    while (at != std::string_view::npos && a_decimal_point(text, at)) {
        at = text.find_first_of(marks, at + 1);
    }
    return at;
}

// Whether `between` (the text between two words) ends a sentence: a '.' (not a decimal point),
// '!' or '?'.
inline bool ends_a_sentence(std::string_view between) {
    return sentence_mark(between, 0, ".!?") != std::string_view::npos;
}

// Whether `between` (the text between two words) ends a sentence for the strict form: '.' (not a
// decimal point), '!', '?', ';' or a line break.
inline bool ends_a_strict_sentence(std::string_view between) {
    return sentence_mark(between, 0, ".!?;\n") != std::string_view::npos;
}

// Whether `between` ends a clause: a sentence end, ',', '(', ')', a dash, or a hyphen with a blank
// on either side ("Cleared - full contact").
inline bool ends_a_clause(std::string_view between) {
    if (ends_a_strict_sentence(between)
        || between.find_first_of(",():=") != std::string_view::npos) {
        return true;
    }
    for (std::size_t i = 0; i < between.size(); ++i) {
        if (words::dash_at(between, i) > 0) {
            return true;
        }
        if (between[i] == '-'
            && ((i > 0 && between[i - 1] == ' ')
                || (i + 1 < between.size() && between[i + 1] == ' '))) {
            return true;
        }
    }
    return false;
}

// The words of one strict sentence or clause: [first, end).
struct Span {
    std::size_t first = 0;
    std::size_t end = 0;
};

// The span around words[k] that `ends` (a test of the text between two words) bounds.
template <class Ends>
Span span_around(std::string_view text, const std::vector<words::Word>& w, std::size_t k,
                 const Ends& ends) {
    const auto between = [&](std::size_t j) {
        return text.substr(w[j - 1].end, w[j].begin - w[j - 1].end);
    };
    Span span{k, k + 1};
    while (span.first > 0 && !ends(between(span.first))) {
        --span.first;
    }
    while (span.end < w.size() && !ends(between(span.end))) {
        ++span.end;
    }
    return span;
}

// Whether `word` starts with one of sport_words.
inline bool sport_word_start(std::string_view word) {
    for (const std::string_view start : sport_words) {
        if (word.starts_with(start)) {
            return true;
        }
    }
    return false;
}

// Whether words[k] is part of a name, not of a sentence: glued to the word before or after it by
// '_', '/', '@' or a '.' between letters ("return_to_sport", "@dr.whitt.fit"), or in a chain of
// four or more words joined by single hyphens ("source-on-return-to-play").
inline bool part_of_a_name(std::string_view text, const std::vector<words::Word>& w,
                           std::size_t k) {
    const auto glue = [](char c) { return c == '_' || c == '/' || c == '@'; };
    const auto letter = [text](std::size_t i) {
        return i < text.size() && words::letter_at(text, i).size > 0;
    };
    const std::size_t begin = w[k].begin;
    const std::size_t end = w[k].end;
    if ((begin > 0 && glue(text[begin - 1]))
        || (begin > 1 && text[begin - 1] == '.' && letter(begin - 2))
        || (end < text.size() && glue(text[end]))
        || (end + 1 < text.size() && text[end] == '.' && letter(end + 1))) {
        return true;
    }
    const auto hyphen_between = [&](std::size_t j) {
        return text.substr(w[j - 1].end, w[j].begin - w[j - 1].end) == "-";
    };
    std::size_t first = k;
    while (first > 0 && hyphen_between(first)) {
        --first;
    }
    std::size_t last = k;
    while (last + 1 < w.size() && hyphen_between(last + 1)) {
        ++last;
    }
    // "claim-sign-off": a family word after the first word of a chain of three or more.
    return last - first + 1 >= 4 || (last - first + 1 >= 3 && first < k);
}

// Whether words[at] starts with one of `starts`.
template <std::size_t N>
bool starts_with_one_of(const std::vector<words::Word>& w, std::size_t at,
                        const std::array<std::string_view, N>& starts) {
    if (at >= w.size()) {
        return false;
    }
    for (const std::string_view start : starts) {
        if (w[at].text.starts_with(start)) {
            return true;
        }
    }
    return false;
}

// Whether the words [from, to) hold one of `list`.
template <std::size_t N>
bool any_in(const std::vector<words::Word>& w, std::size_t from, std::size_t to,
            const std::array<std::string_view, N>& list) {
    for (std::size_t j = from; j < to; ++j) {
        if (in(w[j].text, list)) {
            return true;
        }
    }
    return false;
}

// The bytes of the mark that answers a status word at `text[i]` as done, or 0: U+2713 CHECK MARK,
// U+2714, U+2611 BALLOT BOX WITH CHECK, U+2705.
inline std::size_t check_mark_at(std::string_view text, std::size_t i) {
    const auto rest = text.substr(i);
    for (const std::string_view mark :
         {"\xE2\x9C\x93", "\xE2\x9C\x94", "\xE2\x98\x91", "\xE2\x9C\x85"}) {
        if (rest.starts_with(mark)) {
            return mark.size();
        }
    }
    return 0;
}

// The bytes of what may stand between a status word and its answer at `text[i]`, or 0: blanks,
// hyphens, dashes, invisible marks, ':', '=', '?', '>', and the arrows U+2192 and U+21D2
// ("Return to sport \u2192 yes").
inline std::size_t status_separator_at(std::string_view text, std::size_t i) {
    const char c = text[i];
    if (c == ':' || c == '=' || c == '?' || c == '>') {
        return 1;
    }
    if (const auto rest = text.substr(i);
        rest.starts_with("\xE2\x86\x92") || rest.starts_with("\xE2\x87\x92")) {
        return 3;
    }
    return words::blank_at(text, i) + words::hyphen_at(text, i) + words::dash_at(text, i)
           + words::invisible_at(text, i);
}

// Where what may stand between a status word and its answer (status_separator_at()) ends, from
// `text[i]`: `i` itself when nothing does.
inline std::size_t past_status_separators(std::string_view text, std::size_t i) {
    while (i < text.size()) {
        const std::size_t size = status_separator_at(text, i);
        if (size == 0) {
            break;
        }
        i += size;
    }
    return i;
}

}  // namespace coach::wording_detail
