#include "coach/printable.hpp"

#include <algorithm>
#include <cstdio>

#include "strict_json/utf8.hpp"
#include "strict_json/values.hpp"

namespace coach::report {

namespace {

// Most text needs no escape: only printable ASCII.
bool plain_ascii(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte >= 0x20 && byte < 0x7F;
    });
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
        if (strict_json::is_unprintable(code->value)) {
            strict_json::append_escape(out, code->value);
        } else {
            out.append(text.substr(0, code->length));
        }
        text.remove_prefix(code->length);
    }
    return out;
}

}  // namespace coach::report
