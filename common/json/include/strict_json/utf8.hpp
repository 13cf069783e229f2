#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace coach::strict_json {

struct CodePoint {
    char32_t value = 0;
    std::size_t length = 0;  // bytes of its UTF-8 sequence, 1..4
};

constexpr bool is_continuation_byte(unsigned char byte) {
    return (byte & 0xC0) == 0x80;
}

// The code point that `text` starts with when its bytes are well-formed UTF-8 (RFC 3629: no
// overlong forms, no surrogates, nothing above U+10FFFF), else nullopt. [thread-safe]
constexpr std::optional<CodePoint> leading_code_point(std::string_view text) {
    if (text.empty()) {
        return std::nullopt;
    }
    const auto lead = static_cast<unsigned char>(text[0]);
    if (lead < 0x80) {
        return CodePoint{lead, 1};
    }
    std::size_t length = 0;
    char32_t value = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        value = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        value = lead & 0x0F;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        value = lead & 0x07;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return std::nullopt;
    }
    if (text.size() < length) {
        return std::nullopt;
    }
    for (std::size_t i = 1; i < length; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (i == 1 ? (byte < low || byte > high) : !is_continuation_byte(byte)) {
            return std::nullopt;
        }
        value = (value << 6) | (byte & 0x3F);
    }
    return CodePoint{value, length};
}

// A control character: C0 (U+0000..U+001F: a NUL, a tab, a line break, an escape), DEL (U+007F)
// and C1 (U+0080..U+009F: U+009B starts an escape sequence on some terminals). [thread-safe]
constexpr bool is_control(char32_t code) {
    return code < 0x20 || (code >= 0x7F && code <= 0x9F);
}

// Unicode's default-ignorable code points (Default_Ignorable_Code_Point in
// DerivedCoreProperties.txt, Unicode 15.1), which show as nothing or change how the text around
// them shows: the bidirectional embeddings, overrides, isolates and marks (a U+202E turns the rest
// of a line around, so a record could show a terminal another name, date or pain score than the
// one it holds), the soft hyphen, the combining grapheme joiner, the Hangul and Khmer fillers, the
// Mongolian free variation selectors and vowel separator, zero width spaces, the word joiner,
// invisible operators, the byte-order mark, variation selectors, tags and the code points kept
// unassigned within them. Also the line and paragraph separators and the interlinear annotations,
// which are format characters that break or hide text. The zero width joiner and non-joiner
// (U+200C, U+200D), default-ignorable too, are kept: Persian and Indic scripts and emoji need
// them, and they reorder nothing. [thread-safe]
constexpr bool is_invisible_format(char32_t code) {
    return code == 0x00AD                            // soft hyphen
           || code == 0x034F                         // combining grapheme joiner
           || code == 0x061C                         // Arabic letter mark
           || code == 0x115F || code == 0x1160       // Hangul choseong and jungseong fillers
           || code == 0x17B4 || code == 0x17B5       // Khmer inherent vowels
           || (code >= 0x180B && code <= 0x180F)     // Mongolian variation selectors, separator
           || code == 0x200B                         // zero width space
           || code == 0x200E || code == 0x200F       // left-to-right and right-to-left marks
           || (code >= 0x2028 && code <= 0x202E)     // separators, embeddings and overrides
           || (code >= 0x2060 && code <= 0x206F)     // word joiner, invisible operators, isolates
           || code == 0x3164                         // Hangul filler
           || (code >= 0xFE00 && code <= 0xFE0F)     // variation selectors
           || code == 0xFEFF                         // byte-order mark, zero width no-break space
           || code == 0xFFA0                         // halfwidth Hangul filler
           || (code >= 0xFFF0 && code <= 0xFFFB)     // unassigned, interlinear annotation
           || (code >= 0x1BCA0 && code <= 0x1BCA3)   // shorthand format controls
           || (code >= 0x1D173 && code <= 0x1D17A)   // musical symbol format controls
           || (code >= 0xE0000 && code <= 0xE0FFF);  // tags, variation selectors supplement
}

// A character that does not show as itself on one line of a terminal: a control or an invisible
// format character. Messages and reports write it escaped (report::printable(), quoted()); a
// protocol file may not hold one in a text that people read. [thread-safe]
constexpr bool is_unprintable(char32_t code) {
    return is_control(code) || is_invisible_format(code);
}

}  // namespace coach::strict_json
