#pragma once

#include <array>
#include <string_view>

// Wording rules every plan keeps, shared by the engine's safety gate and the protocol reader.
namespace coach {

// Phrases that claim an athlete is cleared. A plan estimates and a clinician clears (the brief's
// safety rule: plans never claim an athlete is cleared), so no text that reaches a plan may use
// one; write "criteria met, clinician sign-off required" instead.
inline constexpr std::array<std::string_view, 6> clearance_phrases = {
    "cleared", "clearance", "clear to ", "fit to play", "fit to return", "fully healed"};

// The first of clearance_phrases that `text` contains at the start of a word, ASCII letters
// compared without case ("Cleared", "CLEAR TO PLAY"; not "unclear to"); an empty view when none
// does. [thread-safe] Pure; linear in the size of `text`.
inline std::string_view clearance_claim(std::string_view text) {
    const auto lower = [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    };
    const auto is_letter = [&lower](char c) { return lower(c) >= 'a' && lower(c) <= 'z'; };
    for (std::size_t at = 0; at < text.size(); ++at) {
        const char first = lower(text[at]);
        if ((first != 'c' && first != 'f') || (at > 0 && is_letter(text[at - 1]))) {
            continue;
        }
        for (const std::string_view phrase : clearance_phrases) {
            if (phrase.front() != first || text.size() - at < phrase.size()) {
                continue;
            }
            std::size_t i = 1;
            while (i < phrase.size() && lower(text[at + i]) == phrase[i]) {
                ++i;
            }
            if (i == phrase.size()) {
                return phrase;
            }
        }
    }
    return {};
}

}  // namespace coach
