#include "coach/printable.hpp"

#include <algorithm>
#include <cstdio>

#include "strict_json/utf8.hpp"

namespace coach::report {

namespace {

bool is_control(char32_t code) {
    return code < 0x20 || (code >= 0x7F && code <= 0x9F);
}

// Invisible format characters that change how the text around them shows: the bidirectional
// embeddings, overrides, isolates and marks (a U+202E turns the rest of a line around, so a
// record could show a terminal another name, date or pain score than the one it holds), the line
// and paragraph separators, and characters of no width (zero width space, word joiner, invisible
// operators, byte-order mark, interlinear annotations, tags). The zero width joiner and non-joiner
// (U+200C, U+200D) are kept: Persian and Indic scripts and emoji need them, and they reorder
// nothing.
bool is_invisible_format(char32_t code) {
    return code == 0x061C                            // Arabic letter mark
           || code == 0x180E                         // Mongolian vowel separator
           || code == 0x200B                         // zero width space
           || code == 0x200E || code == 0x200F       // left-to-right and right-to-left marks
           || (code >= 0x2028 && code <= 0x202E)     // separators, embeddings and overrides
           || (code >= 0x2060 && code <= 0x206F)     // word joiner, invisible operators, isolates
           || code == 0xFEFF                         // byte-order mark, zero width no-break space
           || (code >= 0xFFF9 && code <= 0xFFFB)     // interlinear annotation
           || (code >= 0xE0000 && code <= 0xE007F);  // tags
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
