#pragma once

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/claim_family_words.hpp"
#include "coach/sdk/claim_safe_forms.hpp"
#include "coach/sdk/claim_spans.hpp"
#include "coach/sdk/claim_turns.hpp"
#include "coach/sdk/claim_words.hpp"
#include "coach/sdk/words.hpp"

// The strict form of the clearance check (coach/sdk/wording.hpp), as red flags have one
// (engine/src/json/red_flag_clause.cpp): a sentence that holds a word of the clearance family is
// a claim unless it matches a recognised safe form (its words: coach/sdk/claim_family_words.hpp).
// The listed forms of claim_words.hpp name the claims the reader knows; this reading catches the
// ones it does not ("The protocol clears the athlete", "free to play", "Unrestricted return to
// sport", "The tear has healed", "RTP: 1"). Its parts: the spans it reads (claim_spans.hpp), the
// family's words in their clearance sense (claim_family_senses.hpp), the safe forms that take a
// sentence back (claim_safe_forms.hpp), and the claims turned through a negation or an idiom that
// hold no family word in its clearance sense (claim_turns.hpp).
namespace coach {

namespace wording_detail {

// Whether a word of the family that ends before words[end] is a stage with its criterion: "for"
// and one of pain_words after it ("full training for pain-free exercise"). The strict form's only:
// a listed claim ("cleared for pain-free running") stays one.
inline bool a_stage_criterion(const std::vector<words::Word>& w, std::size_t end, Span clause) {
    return end + 1 < clause.end && w[end].text == "for" && in(w[end + 1].text, pain_words);
}

// How many words of `text` name a stage (stage_names): all of them, or those before a ':' after
// which one of stage_descriptions follows; or 0.
inline std::size_t stage_name_words(std::string_view text, const std::vector<words::Word>& w) {
    std::string name;
    for (std::size_t k = 0; k < w.size(); ++k) {
        name += k == 0 ? "" : " ";
        name += w[k].text;
        const auto after = text.substr(
            w[k].end, k + 1 < w.size() ? w[k + 1].begin - w[k].end : std::string_view::npos);
        const bool last = k + 1 == w.size();
        if (!(last ? after.empty() : after.find(':') != std::string_view::npos)) {
            if (after.find_first_not_of(" -") == std::string_view::npos) {
                continue;
            }
            return 0;
        }
        if (!in(std::string_view{name}, stage_names)) {
            return 0;
        }
        return last || any_in(w, k + 1, w.size(), stage_descriptions) ? k + 1 : 0;
    }
    return 0;
}

// The sentence `sentence` of `text` as written: from its first word to the '.', '!', '?', ';' or
// line break that ends it (or the end of the text), blanks trimmed ("RTP: 1", "Game ready by week
// 10").
inline std::string sentence_as_written(std::string_view text, const std::vector<words::Word>& w,
                                       Span sentence) {
    const std::size_t from = w[sentence.first].begin;
    const std::size_t last = w[sentence.end - 1].end;
    std::size_t to = sentence.end < w.size() ? w[sentence.end].begin : text.size();
    to = std::min(to, sentence_mark(text, last, ".!?;\n"));
    const auto written = text.substr(from, to - from);
    return std::string{written.substr(0, written.find_last_not_of(" \t\r,:") + 1)};
}

// The first sentence of `text` that holds a word of the clearance family (family_word_at) in no
// safe form (in_a_safe_form), or else a claim turned through a negation or an idiom
// (turned_claim), as written (its words, first to last), or empty.
inline std::string strict_claim(std::string_view text, const std::vector<words::Word>& w) {
    for (std::size_t k = stage_name_words(text, w); k < w.size(); ++k) {
        if (!may_be_a_family_word(w[k].text)) {
            continue;
        }
        const Span clause = span_around(text, w, k, ends_a_clause);
        const std::size_t taken = family_word_at(text, w, k, clause);
        const std::size_t end = std::min(k + taken, w.size());
        if (taken == 0 || in_a_safe_form(text, w, k, end, false)
            || a_stage_criterion(w, end, clause)) {
            continue;
        }
        const Span sentence = span_around(text, w, k, ends_a_strict_sentence);
        return sentence_as_written(text, w, sentence);
    }
    if (const Span turned = turned_claim(text, w); turned.end > turned.first) {
        return sentence_as_written(text, w, turned);
    }
    return {};
}

}  // namespace wording_detail

}  // namespace coach
