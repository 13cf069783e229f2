// The characters, words and single-word grades of a note (grade_tokens.hpp).
#include "json/grade_tokens.hpp"

#include <array>
#include <utility>

#include "coach/sdk/enum_names.hpp"
#include "coach/sdk/words.hpp"
#include "json/grade_vocabulary.hpp"

namespace coach::json::detail::grade_text {

using grade_words::joined_prefixes;

namespace {

constexpr std::array<std::string_view, 12> roman_numerals = {
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"};

}  // namespace

Character character_at(std::string_view text, std::size_t i) {
    if (const auto letter = words::letter_at(text, i); letter.size > 0) {
        return {letter.lower, letter.size};
    }
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    if (byte(i) < 0x80) {
        return {text[i], 1};  // a line break stays one: it ends a clause
    }
    if (i + 1 < text.size() && byte(i) == 0xC2 && (byte(i + 1) == 0xB2 || byte(i + 1) == 0xB3)) {
        return {static_cast<char>('2' + byte(i + 1) - 0xB2), 2, {}, 1};  // U+00B2, U+00B3
    }
    if (i + 1 < text.size() && byte(i) == 0xC2 && byte(i + 1) == 0xB9) {
        return {'1', 2, {}, 1};  // U+00B9
    }
    if (i + 1 < text.size() && byte(i) == 0xC2 && (byte(i + 1) == 0xAB || byte(i + 1) == 0xBB)) {
        return {'"', 2};  // U+00AB, U+00BB: "grade \u00AB4\u00BB"
    }
    if (i + 2 < text.size() && byte(i) == 0xE2) {
        const auto second = byte(i + 1);
        const auto third = byte(i + 2);
        if (second == 0x81 && (third == 0xB0 || (third >= 0xB4 && third <= 0xB9))) {
            return {static_cast<char>('0' + third - 0xB0), 3, {}, 1};  // U+2070, U+2074..U+2079
        }
        if (second == 0x82 && third >= 0x80 && third <= 0x89) {
            return {static_cast<char>('0' + third - 0x80), 3, {}, 1};  // U+2080..U+2089
        }
        if (second == 0x85 && third >= 0xA0 && third <= 0xAB) {
            return {'i', 3, roman_numerals[third - 0xA0], 2};  // U+2160..U+216B
        }
        if (second == 0x85 && third >= 0xB0 && third <= 0xBB) {
            return {'i', 3, roman_numerals[third - 0xB0], 2};  // U+2170..U+217B
        }
        if ((second == 0x89 && third == 0xA5) || (second == 0xA9 && third == 0xBE)) {
            return {'>', 3};  // U+2265, U+2A7E
        }
        if ((second == 0x86 && third == 0x92) || (second == 0x87 && third == 0x92)
            || (second == 0x9F && third == 0xB6)) {
            return {'>', 3, "->"};  // U+2192, U+21D2, U+27F6: "grade 2 \u2192 4"
        }
        if (second == 0x80
            && ((third >= 0x98 && third <= 0x9F) || third == 0xB9 || third == 0xBA)) {
            return {'"', 3};  // U+2018..U+201F, U+2039, U+203A: quotation marks
        }
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
    if (const auto dash = words::dash_at(text, i); dash > 0) {
        return {'-', dash};  // "grade 4 \u2013 no", "grade 3 \u2013 4"
    }
    if (const auto invisible = words::invisible_at(text, i); invisible > 0) {
        return {'\0', invisible};
    }
    return {text[i], 1};
}

namespace {

// The character as the reader spells it, in lower case ("" for an invisible one).
std::string spelled(const Character& character) {
    if (!character.spelled.empty()) {
        return std::string{character.spelled};
    }
    if (character.c == '\0') {
        return {};
    }
    const char c = character.c;
    return std::string(1, c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
}

}  // namespace

bool is_alphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

std::vector<std::string> key_words(std::string_view key) {
    std::vector<std::string> words(1);
    char previous = 0;
    for (const char c : key) {
        const bool upper = c >= 'A' && c <= 'Z';
        if (!is_alphanumeric(c)) {
            words.emplace_back();
        } else {
            const bool lower = c >= 'a' && c <= 'z';
            if (upper && previous >= 'a' && previous <= 'z') {
                words.emplace_back();  // "imagingGrade"
            } else if (lower && previous >= 'A' && previous <= 'Z' && words.back().size() > 1) {
                const char first = words.back().back();  // "MRIGrade": "mri", "grade"
                words.back().pop_back();
                words.emplace_back(1, first);
            }
            words.back() += upper ? static_cast<char>(c - 'A' + 'a') : c;
        }
        previous = c;
    }
    std::erase(words, std::string{});
    return words;
}

std::string folded(std::string_view text, std::size_t begin, std::size_t end) {
    std::string out;
    for (std::size_t i = begin; i < end;) {
        const auto character = character_at(text, i);
        out += spelled(character);
        i += character.size;
    }
    return out;
}

std::vector<Token> tokens_of(std::string_view text) {
    std::vector<Token> tokens;
    std::size_t clause = 0;
    std::size_t sentence = 0;
    for (std::size_t i = 0; i < text.size();) {
        auto character = character_at(text, i);
        if (!is_alphanumeric(character.c)) {
            constexpr std::string_view breaks = ",;!?()[].\n";
            constexpr std::string_view ends = "!?.\n";
            if (character.c != '\0' && breaks.find(character.c) != std::string_view::npos) {
                ++clause;
            }
            if (character.c != '\0' && ends.find(character.c) != std::string_view::npos) {
                ++sentence;
            }
            i += character.size;
            continue;
        }
        Token token{"", i, i, clause, sentence};
        const int script = character.script;
        while (token.end < text.size()) {
            character = character_at(text, token.end);
            if (character.c != '\0'
                && (!is_alphanumeric(character.c) || character.script != script)) {
                break;
            }
            token.text += spelled(character);
            token.end += character.size;
        }
        i = token.end;
        tokens.push_back(std::move(token));
    }
    return tokens;
}

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

std::optional<Grade> grade_of(std::string_view token, bool digits_only) {
    // "iiii" is the additive Roman 4 (a clock's IIII), or IV mistyped: either way grade 4, the
    // worst reading.
    constexpr std::array<std::pair<std::string_view, int>, 8> words = {{{"iiii", 4},
                                                                        {"iv", 4},
                                                                        {"iii", 3},
                                                                        {"ii", 2},
                                                                        {"i", 1},
                                                                        {"four", 4},
                                                                        {"three", 3},
                                                                        {"two", 2}}};
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

// "Gr4", "G4c", "grade4"; a Roman grade the gate may stop on, 3 or 4: "gradeIV", "GrIIIc",
// "GIV" (after "g" with no site: "giva" is no grade).
std::optional<Grade> joined_grade(std::string_view token) {
    for (const auto prefix : joined_prefixes) {
        if (token.size() > prefix.size() && token.starts_with(prefix)) {
            const auto rest = token.substr(prefix.size());
            if (auto grade = grade_of(rest, true)) {
                return grade;
            }
            const bool roman = rest.starts_with("iii") || rest.starts_with("iv");
            if (auto grade = grade_of(rest); grade && roman && (prefix != "g" || !grade->site)) {
                return grade;
            }
        }
    }
    return std::nullopt;
}

// A year as written: 1900..2199.
std::optional<int> year_of(std::string_view token) {
    if (token.size() != 4 || token.find_first_not_of("0123456789") != std::string_view::npos) {
        return std::nullopt;
    }
    const int year = std::stoi(std::string{token});
    return year >= 1900 && year <= 2199 ? std::optional<int>{year} : std::nullopt;
}

}  // namespace coach::json::detail::grade_text
