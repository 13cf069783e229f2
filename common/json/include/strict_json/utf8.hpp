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

}  // namespace coach::strict_json
