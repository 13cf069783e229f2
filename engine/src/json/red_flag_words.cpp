// The words of a note (red_flag_words.hpp).
#include "json/red_flag_words.hpp"

namespace coach::json::detail {

namespace {

bool is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && s.front() == ' ') {
        s.remove_prefix(1);
    }
    while (!s.empty() && s.back() == ' ') {
        s.remove_suffix(1);
    }
    return s;
}

// Whether `between` joins two single letters into one word: "N/T", "N / T", "n.t", "N. T",
// "P&N", "P & N", "N+T".
bool joins_letters(std::string_view between) {
    const auto joiner = trimmed(between);
    if (joiner == "." || joiner == "/") {
        return between.size() <= 3;  // a space either side at most
    }
    return joiner == "&" || joiner == "+";
}

bool is_apostrophe(std::string_view between) {
    return between == "'" || between == "\xE2\x80\x99";  // ' or U+2019
}

std::size_t breaks_in(std::string_view between, std::string_view breaks) {
    return static_cast<std::size_t>(std::count_if(between.begin(), between.end(), [&](char c) {
        return breaks.find(c) != std::string_view::npos;
    }));
}

// Whether `between` ends in a '?' that opens the next word rather than closes the last.
bool opens_query(std::string_view between, bool first) {
    const auto mark = trimmed(between);
    return mark.ends_with('?') && (first || between.front() == ' ');
}

}  // namespace

std::vector<Word> words_of(std::string_view text) {
    std::vector<Word> words;
    std::size_t clause = 0;
    std::size_t sentence = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!is_letter(text[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        std::string run;
        for (; end < text.size() && is_letter(text[end]); ++end) {
            const char c = text[end];
            run += c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        }
        const std::size_t gap_begin = words.empty() ? 0 : words.back().end;
        const auto between = text.substr(gap_begin, i - gap_begin);
        if (!words.empty() && run.size() == 1 && words.back().letters && joins_letters(between)) {
            words.back().text += run;
            words.back().end = end;
            words.back().joined = true;
        } else if (!words.empty() && run == "t" && is_apostrophe(between)) {
            auto& word = words.back();
            word.text += run;
            word.end = end;
            word.letters = false;
            word.negative = word.text.ends_with("nt");
        } else {
            clause += breaks_in(between, ",.;:!?()[]=");
            sentence += breaks_in(between, ",.;!?()[]");
            const bool sign = run == "ve" && (between.ends_with('-') || between.ends_with('+'));
            if (sign) {
                run = between.ends_with('-') ? "negative" : "positive";
            }
            words.push_back({.text = std::move(run),
                             .begin = sign ? i - 1 : i,  // "+ve" quoted with its sign
                             .end = end,
                             .clause = clause,
                             .sentence = sentence,
                             .letters = end - i == 1,
                             .hyphened = !words.empty() && between == "-",
                             .queried = opens_query(between, words.empty())});
        }
        i = end;
    }
    return words;
}

}  // namespace coach::json::detail
