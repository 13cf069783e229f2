#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// How free text is read as words: what is a letter, a blank, a hyphen and an apostrophe, and the
// words of a text. Shared by the clearance check (coach/sdk/wording.hpp), which plugins run on
// their own texts, and the engine's red-flag reader of athletes' notes, so that both read one
// text alike ("good\u00A0to-go", "isn\u2019t", "N\uFF0FT"). [thread-safe] Pure functions of
// UTF-8 text; a byte that is not part of a letter separates words, so no text is ever refused.
//
// The red-flag reader builds its own list of words from these letters and separators rather than
// from words(), for reasons of clinical notation only it needs: single letters joined by '/',
// '.', '&' or '+' are one abbreviation ("N/T", "N. W. B."), marks read as words ("-ve", "0%",
// a cross), and punctuation ends a clause. A clearance claim is made of ordinary words.
namespace coach::words {

// The Latin letters with a diacritic, U+00C0..U+00FF then U+0100..U+017F, as the ASCII letter
// each is written on, in lower case; '*' where there is none (U+00D7 MULTIPLICATION SIGN, U+00DF
// SHARP S, U+0132 LIGATURE IJ). The ligatures \u00E6 and \u0153 are "e", as the same words are
// spelt in American English ("an\u00E6sthesia" is "anesthesia", "\u0153dema" "edema"). Sixteen
// a line.
inline constexpr std::string_view latin_bases =
    "aaaaaaeceeeeiiii*nooooo*ouuuuy**"
    "aaaaaaeceeeeiiii*nooooo*ouuuuy*y"
    "aaaaaaccccccccdd"
    "ddeeeeeeeeeegggg"
    "gggghhhhiiiiiiii"
    "ii**jjkk*lllllll"
    "lllnnnnnn***oooo"
    "ooeerrrrrrssssss"
    "ssttttttuuuuuuuu"
    "uuuuwwyyyzzzzzzs";
static_assert(latin_bases.size() == 0x180 - 0xC0);

// The bytes of the combining diacritical marks (U+0300..U+036F) at `text[i]`: an accent written
// apart from its letter ("u\u0308" for "\u00FC").
constexpr std::size_t combining_marks_at(std::string_view text, std::size_t i) {
    std::size_t size = 0;
    while (i + size + 1 < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i + size]);
        const auto next = static_cast<unsigned char>(text[i + size + 1]);
        if (!(lead == 0xCC && next >= 0x80 && next <= 0xBF)
            && !(lead == 0xCD && next >= 0x80 && next <= 0xAF)) {
            break;
        }
        size += 2;
    }
    return size;
}

// A letter of the text in lower case and how many bytes it takes, or 0 bytes when there is none:
// ASCII letters; the FULLWIDTH Latin letters U+FF21..U+FF3A and U+FF41..U+FF5A folded to ASCII
// ("\uFF2E\uFF37\uFF22" is "nwb"); and the Latin letters with a diacritic U+00C0..U+017F folded
// to the letter they are written on ("\u00DCrinary" is "urinary", "cl\u00E9ared" "cleared"). Any
// combining marks after a letter are part of it ("u\u0308rinary" is "urinary"). Other letters
// (other scripts, ligatures) are not read.
struct Letter {
    char lower = 0;
    std::size_t size = 0;
};

constexpr Letter letter_at(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const auto with_marks = [&](char lower, std::size_t size) {
        return Letter{lower, size + combining_marks_at(text, i + size)};
    };
    const char c = text[i];
    if (c >= 'a' && c <= 'z') {
        return with_marks(c, 1);
    }
    if (c >= 'A' && c <= 'Z') {
        return with_marks(static_cast<char>(c - 'A' + 'a'), 1);
    }
    if (i + 1 < text.size() && byte(i) >= 0xC3 && byte(i) <= 0xC5 && (byte(i + 1) & 0xC0) == 0x80) {
        const std::size_t code = ((byte(i) & 0x1Fu) << 6) | (byte(i + 1) & 0x3Fu);
        if (code >= 0xC0 && latin_bases[code - 0xC0] != '*') {
            return with_marks(latin_bases[code - 0xC0], 2);
        }
    }
    if (i + 2 < text.size() && byte(i) == 0xEF) {
        if (byte(i + 1) == 0xBC && byte(i + 2) >= 0xA1 && byte(i + 2) <= 0xBA) {
            return with_marks(static_cast<char>('a' + byte(i + 2) - 0xA1), 3);
        }
        if (byte(i + 1) == 0xBD && byte(i + 2) >= 0x81 && byte(i + 2) <= 0x9A) {
            return with_marks(static_cast<char>('a' + byte(i + 2) - 0x81), 3);
        }
    }
    return {};
}

// A Cyrillic or Greek letter that looks like a Latin one, as the Latin letter in lower case, and
// its 2 bytes, or 0 bytes when there is none: "\u0441" (Cyrillic es) is "c", "\u0430" is "a",
// "\u039F" (Greek Omicron) is "o". letter_at() does not read these (a Greek or Russian note is not
// English); the clearance check folds them, so that "\u0441leared" is "cleared". The look-alikes,
// Cyrillic then Greek, eight a line, and below them the Latin letter each stands for.
inline constexpr std::u32string_view look_alikes =
    U"\u0410\u0430\u0412\u0421\u0441\u0501\u0415\u0435"
    U"\u041D\u04BB\u0406\u0456\u04C0\u0408\u0458\u041A"
    U"\u04CF\u041C\u041E\u043E\u0420\u0440\u051A\u051B"
    U"\u0405\u0455\u0422\u051C\u051D\u0425\u0445\u0423"
    U"\u0443\u04AE"
    U"\u0391\u03B1\u0392\u0395\u0397\u0399\u03B9\u039A"
    U"\u03BA\u039C\u039D\u039F\u03BF\u03A1\u03C1\u03A4"
    U"\u03C5\u03BD\u03A7\u03C7\u03A5\u0396";
inline constexpr std::string_view look_alike_latin =
    "aabccdee"
    "hhiiijjk"
    "lmooppqq"
    "sstwwxxy"
    "yy"
    "aabehiik"
    "kmnooppt"
    "uvxxyz";
static_assert(look_alikes.size() == look_alike_latin.size());

constexpr Letter look_alike_at(std::string_view text, std::size_t i) {
    if (i + 1 >= text.size()) {
        return {};
    }
    const auto lead = static_cast<unsigned char>(text[i]);
    const auto next = static_cast<unsigned char>(text[i + 1]);
    if (lead < 0xCE || lead > 0xD4 || (next & 0xC0) != 0x80) {
        return {};
    }
    const char32_t code = (char32_t{lead & 0x1Fu} << 6) | (next & 0x3Fu);
    const auto at = look_alikes.find(code);
    return at == std::u32string_view::npos ? Letter{} : Letter{look_alike_latin[at], 2};
}

// The bytes of the blank at `text[i]`, or 0: space, tab, line breaks (LF, CR, VT, FF, U+0085,
// U+2028, U+2029), no-break spaces (U+00A0, U+202F), the spaces U+2000..U+200A, U+205F, U+3000.
constexpr std::size_t blank_at(std::string_view text, std::size_t i) {
    const auto rest = text.substr(i);
    if (rest.empty()) {
        return 0;
    }
    const char c = rest[0];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
        return 1;
    }
    if (rest.starts_with("\xC2\xA0") || rest.starts_with("\xC2\x85")) {
        return 2;
    }
    if (rest.size() >= 3 && rest.starts_with("\xE2\x80")) {
        const auto third = static_cast<unsigned char>(rest[2]);
        if ((third >= 0x80 && third <= 0x8A) || third == 0xA8 || third == 0xA9 || third == 0xAF) {
            return 3;  // U+2000..U+200A, U+2028, U+2029, U+202F
        }
    }
    if (rest.starts_with("\xE2\x81\x9F") || rest.starts_with("\xE3\x80\x80")) {
        return 3;  // U+205F, U+3000
    }
    return 0;
}

// The bytes of the hyphen at `text[i]`, or 0: '-', U+2010 HYPHEN, U+2011 NON-BREAKING HYPHEN.
// A dash (U+2013, U+2014) separates clauses, not the parts of a word.
constexpr std::size_t hyphen_at(std::string_view text, std::size_t i) {
    const auto rest = text.substr(i);
    if (rest.starts_with('-')) {
        return 1;
    }
    return rest.starts_with("\xE2\x80\x90") || rest.starts_with("\xE2\x80\x91") ? 3 : 0;
}

// The bytes of the dash at `text[i]`, or 0: U+2012..U+2015 (figure dash, en dash, em dash,
// horizontal bar), U+2212 MINUS SIGN, U+FE58, U+FE63 and U+FF0D (small and full-width
// hyphen-minus). Between clauses it separates them; written between the words of a phrase
// ("fit\u2013to\u2013play") it joins them as a hyphen would.
constexpr std::size_t dash_at(std::string_view text, std::size_t i) {
    const auto rest = text.substr(i);
    if (rest.size() < 3 || static_cast<unsigned char>(rest[0]) < 0xE2) {
        return 0;
    }
    const auto second = static_cast<unsigned char>(rest[1]);
    const auto third = static_cast<unsigned char>(rest[2]);
    if (rest[0] == '\xE2') {
        return (second == 0x80 && third >= 0x92 && third <= 0x95)
                       || (second == 0x88 && third == 0x92)
                   ? 3
                   : 0;
    }
    if (rest[0] == '\xEF') {
        return (second == 0xB9 && (third == 0x98 || third == 0xA3))
                       || (second == 0xBC && third == 0x8D)
                   ? 3
                   : 0;
    }
    return 0;
}

// The bytes of the apostrophe at `text[i]`, or 0: any mark people type for one: ', the backtick `,
// U+2019 RIGHT SINGLE QUOTATION MARK (the curly apostrophe word processors write: "isn\u2019t"),
// U+2018, U+02BC MODIFIER LETTER APOSTROPHE, U+2032 PRIME, U+00B4 ACUTE ACCENT and U+FF07
// FULLWIDTH APOSTROPHE ("isn`t", "isn\u02BCt" and "isn\u2032t" are all "isnt").
constexpr std::size_t apostrophe_at(std::string_view text, std::size_t i) {
    const auto rest = text.substr(i);
    if (rest.empty()) {
        return 0;
    }
    if (rest[0] == '\'' || rest[0] == '`') {
        return 1;
    }
    if (static_cast<unsigned char>(rest[0]) < 0xC2) {
        return 0;
    }
    if (rest.starts_with("\xCA\xBC") || rest.starts_with("\xC2\xB4")) {
        return 2;
    }
    for (const std::string_view mark :
         {"\xE2\x80\x99", "\xE2\x80\x98", "\xE2\x80\xB2", "\xEF\xBC\x87"}) {
        if (rest.starts_with(mark)) {
            return 3;
        }
    }
    return 0;
}

// The bytes of the invisible format character at `text[i]`, or 0: U+00AD SOFT HYPHEN, U+200B
// ZERO WIDTH SPACE, U+200C, U+200D, U+2060 WORD JOINER, U+FEFF. Inside a word it is skipped
// ("clear\u00ADed" is "cleared").
constexpr std::size_t invisible_at(std::string_view text, std::size_t i) {
    const auto rest = text.substr(i);
    if (rest.starts_with("\xC2\xAD")) {
        return 2;
    }
    for (const std::string_view mark :
         {"\xE2\x80\x8B", "\xE2\x80\x8C", "\xE2\x80\x8D", "\xE2\x81\xA0", "\xEF\xBB\xBF"}) {
        if (rest.starts_with(mark)) {
            return 3;
        }
    }
    return 0;
}

// Whether `between` (the text between two words) is only blanks and hyphens, at least one: the
// two words are in one run of words ("good to go", "good-to-go", "good\u00A0to\ngo"), with no
// punctuation between them ("good, to go" is not).
constexpr bool only_blanks_and_hyphens(std::string_view between) {
    if (between.empty()) {
        return false;
    }
    for (std::size_t i = 0; i < between.size();) {
        const std::size_t size = blank_at(between, i) + hyphen_at(between, i);
        if (size == 0) {
            return false;
        }
        i += size;
    }
    return true;
}

// Contractions in n't written without their apostrophe, read as the ones with it: "you arent
// cleared" denies as "aren't" does, and "no reason you shouldnt play Saturday" claims as
// "shouldn't" does (trial 66); the red-flag reader reads them so too (trial 63: "wont weight bare
// on it").
inline constexpr auto unmarked_contractions = std::to_array<std::string_view>(
    {"cant", "dont", "doesnt", "didnt", "wont", "couldnt", "wouldnt", "shouldnt", "isnt", "arent",
     "wasnt", "werent", "hasnt", "havent", "hadnt", "aint", "mustnt", "neednt"});

// Whether `word` (lower case, letters only) is one of unmarked_contractions.
constexpr bool unmarked_contraction(std::string_view word) {
    return word.ends_with('t')
           && std::find(unmarked_contractions.begin(), unmarked_contractions.end(), word)
                  != unmarked_contractions.end();
}

// A word of a text: its letters in lower case, where it lies in the text (bytes).
struct Word {
    std::string text;  // "isnt" from "isn't" or "isn\u2019t"; "athletes" from "athlete's"
    std::size_t begin = 0;
    std::size_t end = 0;
    bool negative = false;  // a contraction in n't, with its apostrophe or not: "isnt", "cant"
};

// The words of `text`: runs of letters, letters on both sides of an apostrophe kept in one word
// (contractions and possessives) and invisible format characters between letters skipped;
// everything else separates words. [thread-safe]
inline std::vector<Word> words_in(std::string_view text) {
    std::vector<Word> words;
    std::size_t i = 0;
    while (i < text.size()) {
        if (letter_at(text, i).size == 0) {
            ++i;
            continue;
        }
        Word word{.begin = i};
        while (i < text.size()) {
            if (const auto letter = letter_at(text, i); letter.size > 0) {
                word.text += letter.lower;
                i += letter.size;
                continue;
            }
            if (const std::size_t mark = invisible_at(text, i);
                mark > 0 && i + mark < text.size() && letter_at(text, i + mark).size > 0) {
                i += mark;
                continue;
            }
            const std::size_t apostrophe = apostrophe_at(text, i);
            if (apostrophe == 0 || i + apostrophe >= text.size()
                || letter_at(text, i + apostrophe).size == 0) {
                break;
            }
            word.negative =
                letter_at(text, i + apostrophe).lower == 't' && word.text.ends_with('n');
            i += apostrophe;
        }
        word.end = i;
        word.negative = word.negative || unmarked_contraction(word.text);
        words.push_back(std::move(word));
    }
    return words;
}

}  // namespace coach::words
