#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/athlete.hpp"
#include "json/red_flag_words.hpp"

// The characters, words and single-word grades of a note as the reader of grades in free text
// sees them (grade_in_text.hpp, docs/DATA.md "Grades written in words"); the phrases, sites,
// denials and dates around them are grade_in_text.cpp's. [thread-safe] Pure functions.
namespace coach::json::detail::grade_text {

// One character of the text as the reader sees it, and how many bytes it takes: letters as the
// SDK reads them (words::letter_at: ASCII and full-width, in lower case), the full-width forms of
// digits and punctuation U+FF01..U+FF5E as their ASCII ("\uFF14" is '4', "\uFF1F" '?'), every
// blank a space and every hyphen or dash '-' (words.hpp), an invisible format character nothing
// ('\0'); a superscript or subscript digit as its digit ("\u2074" is '4') and a Roman numeral
// character as its letters ("\u2163" is "iv"), each a word of its own kind (`script`):
// "grade\u2074" is "grade" and "4", "BAMIC 3c\u00B2" (a footnote) still "3c"; '\u2265' and '\u2A7E'
// (greater than or equal) as '>'; an arrow ('\u2192', '\u21D2', '\u27F6') as "->"; a quotation
// mark ('\u00AB', '\u00BB', '\u2018'..'\u201F', '\u2039', '\u203A') as '"'; any other byte as it is
// (a byte >= 0x80 is no letter or digit, so it parts words).
struct Character {
    char c = 0;
    std::size_t size = 1;
    std::string_view spelled;  // when not `c` alone: "iv" for U+2163
    int script = 0;            // 0 as written, 1 a superscript or subscript digit, 2 a numeral
};

Character character_at(std::string_view text, std::size_t i);

bool is_alphanumeric(char c);

// The text from `begin` to `end` as the reader sees it (character_at), in lower case.
std::string folded(std::string_view text, std::size_t begin, std::size_t end);

// A run of letters and digits of one kind (character_at), in lower case, where it lies, its
// clause (clauses end at , ; ! ? brackets, a full stop and a line break) and its sentence
// (sentences end at ! ? a full stop and a line break).
struct Token {
    std::string text;
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t clause = 0;
    std::size_t sentence = 0;
};

std::vector<Token> tokens_of(std::string_view text);

// One grade, as a token writes it: "4", "4c", "iv", "ivc", "four".
struct Grade {
    int grade = 0;
    std::optional<Site> site;
};

// Worse is higher: a higher grade, then site c.
int severity(int grade, std::optional<Site> site);

// A site written as its letter: "c".
std::optional<Site> site_letter(std::string_view letter);

// The grade a token writes ("4", "4c", "iv", "ivc", "four"), in digits only when `digits_only`.
std::optional<Grade> grade_of(std::string_view token, bool digits_only = false);

// "Gr4", "G4c", "grade4"; a Roman grade the gate may stop on, 3 or 4: "gradeIV", "GrIIIc",
// "GIV" (after "g" with no site: "giva" is no grade).
std::optional<Grade> joined_grade(std::string_view token);

bool one_of(std::string_view token, const auto& patterns) {
    return matches_any(token, patterns);
}

// The words of a JSON key, in lower case: "injury_grade_mri" and "injuryGradeMri" are "injury",
// "grade", "mri"; "MRIGrade" is "mri", "grade".
std::vector<std::string> key_words(std::string_view key);

// Whether any of `words` matches one of `patterns` (matches_any, red_flag_words.hpp).
bool any_word(const std::vector<std::string>& words, const auto& patterns) {
    return std::any_of(words.begin(), words.end(),
                       [&patterns](const std::string& word) { return one_of(word, patterns); });
}

// A year as written: 1900..2199.
std::optional<int> year_of(std::string_view token);

}  // namespace coach::json::detail::grade_text
