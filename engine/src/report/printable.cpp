#include "coach/printable.hpp"

#include <algorithm>
#include <cstdio>

#include "strict_json/utf8.hpp"

namespace coach::report {

namespace {

bool is_control(char32_t code) {
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
// them, and they reorder nothing.
bool is_invisible_format(char32_t code) {
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

// Most text needs no escape: only printable ASCII.
bool plain_ascii(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte >= 0x20 && byte < 0x7F;
    });
}

void append_escape(std::string& out, char32_t code) {
    switch (code) {
        case '\n':
            out += "\\n";
            return;
        case '\r':
            out += "\\r";
            return;
        case '\t':
            out += "\\t";
            return;
        default:
            // \u and four digits, as JSON writes them; \U and eight beyond the first plane.
            char escape[16];
            std::snprintf(escape, sizeof escape, code > 0xFFFF ? "\\U%08x" : "\\u%04x",
                          static_cast<unsigned>(code));
            out += escape;
    }
}

}  // namespace

std::string printable(std::string_view text) {
    if (plain_ascii(text)) {
        return std::string{text};
    }
    std::string out;
    out.reserve(text.size() + 8);
    while (!text.empty()) {
        const auto code = strict_json::leading_code_point(text);
        if (!code) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\x%02X",
                          static_cast<unsigned>(static_cast<unsigned char>(text.front())));
            out += escape;
            text.remove_prefix(1);
            continue;
        }
        if (is_control(code->value) || is_invisible_format(code->value)) {
            append_escape(out, code->value);
        } else {
            out.append(text.substr(0, code->length));
        }
        text.remove_prefix(code->length);
    }
    return out;
}

}  // namespace coach::report
