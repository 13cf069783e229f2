// Doubts and affirmations in a note (red_flag_finder.hpp): "numbness resolved", "numbness not
// gone", "numbness denied yesterday, present today", "tingling resolved. Recurs at night."
#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>

#include "json/red_flag_finder.hpp"

namespace coach::json::detail::mention_reading {

bool MentionFinder::affirms_at(std::size_t k) const {
    const bool affirm = matches_any(words_[k].text, affirm_words)
                        || std::any_of(affirm_pairs.begin(), affirm_pairs.end(),
                                       [&](const WordPair& pair) { return pair_at(k, pair); });
    if (!affirm) {
        return false;
    }
    if (matches_any(words_[k].text, return_words) && k + 1 < words_.size() && same_clause(k, k + 1)
        && words_[k + 1].text == "to") {
        return false;  // "returned to training"
    }
    const bool undone =
        k > 0 && same_clause(k - 1, k) && (doubting(k - 1) || words_[k - 1].text == "at");
    return !undone;
}

bool MentionFinder::undone_after(std::size_t from) const {
    std::size_t k = from + 1;
    for (; k < words_.size() && same_clause(k, from); ++k) {
        if ((exception_at(k) && !contrast_about_another_matter(k)) || persisting_[k]
            || (affirms_at(k) && doubted_between(from, k))) {
            return true;
        }
    }
    // "tingling denied, other than after driving"
    return exception_after_comma(k) && !contrast_about_another_matter(k);
}

bool MentionFinder::contrast_about_another_matter(std::size_t k) const {
    if (!matches_any(words_[k].text, contrasts)) {
        return false;
    }
    bool activity = false;
    bool affirms = false;
    for (std::size_t j = k + 1; j < words_.size() && same_clause(j, k + 1); ++j) {
        if (matches_any(words_[j].text, other_matters)) {
            return true;
        }
        activity = activity || matches_any(words_[j].text, activity_matters);
        affirms = affirms || affirms_at(j);
    }
    return activity && !affirms;  // not "no tingling at rest but present on sprinting"
}

bool MentionFinder::doubted_between(std::size_t from, std::size_t k) const {
    for (std::size_t j = from + 1; j < k; ++j) {
        if (doubting(j)) {
            return true;
        }
    }
    return marks_between(from, k).find('/') != std::string::npos;
}

bool MentionFinder::persists_at(std::size_t k, std::size_t first) const {
    return persisting_[k]
           && (persisting_[first]
               || (k == first + 1 && matches_any(words_[first].text, persist_openers)));
}

bool MentionFinder::affirmed_later(std::size_t last) const {
    std::size_t k = last + 1;
    while (k < words_.size() && same_clause(k, last)) {
        ++k;
    }
    // A fragment that names another flag ends the search (false), but naming a flag costs a
    // look-up of every flag word: it is asked only of the fragments read, once one affirms.
    const std::size_t scanned_from = k;
    const auto names_another_flag = [&](std::size_t end) {
        for (std::size_t j = scanned_from; j < end; ++j) {
            if (names_a_flag_at(j)) {
                return true;
            }
        }
        return false;
    };
    while (k < words_.size()) {
        const bool next_sentence = sentence_ends_between(k - 1, k);
        bool affirms = false;
        bool doubts_it = false;
        const std::size_t clause_first = k;
        const bool short_next = next_sentence && sentence_length(k) <= short_fragment;
        const auto in_fragment = [&](std::size_t j) {
            return j == clause_first
                   || (next_sentence ? !sentence_ends_between(j - 1, j)
                                     : same_clause(j, clause_first));
        };
        for (; k < words_.size() && in_fragment(k); ++k) {
            const bool affirm = affirms_at(k) || (!next_sentence && persists_at(k, clause_first));
            const bool strong = matches_any(words_[k].text, strong_affirm_words);
            // In a short next sentence, an affirmation may open any clause or follow a word
            // of time: "Edit: present", "Now present"; not "Pain present".
            const bool opens_clause =
                k == clause_first
                || (short_next
                    && (!same_clause(k - 1, k) || matches_any(words_[k - 1].text, time_words)));
            affirms = affirms || (affirm && (!next_sentence || opens_clause || strong));
            doubts_it = doubts_it || doubting(k);
        }
        if (affirms && !doubts_it) {
            return !names_another_flag(k);
        }
        if (next_sentence) {
            return false;
        }
    }
    return false;
}

void MentionFinder::mark_persisting() {
    for (std::size_t i = 1; i < words_.size(); ++i) {
        if (!matches_any(words_[i].text, improvement_words)) {
            continue;
        }
        for (std::size_t k = i, skipped = 0; k > 0 && same_clause(k - 1, i); --k) {
            const auto& before = words_[k - 1];
            if (before.negative || matches_any(before.text, persist_negatives)
                || matches_any(before.text, hedges)) {
                std::fill(persisting_.begin() + static_cast<std::ptrdiff_t>(k - 1),
                          persisting_.begin() + static_cast<std::ptrdiff_t>(i) + 1, true);
                break;
            }
            if (!matches_any(before.text, persist_fillers) || ++skipped > most_fillers) {
                break;
            }
        }
    }
}

bool MentionFinder::doubting(std::size_t k) const {
    const auto& word = words_[k];
    return !double_negated_[k] && !persisting_[k]
           && (word.negative || matches_any(word.text, negators)
               || matches_any(word.text, trailing_negators) || matches_any(word.text, doubts))
           && !gone_to_a_symptom(k) && !clear_as_evident(k) && !as_if(k) && !on_leave(k)
           && !going_off(k);
}

bool MentionFinder::going_off(std::size_t k) const {
    if (words_[k].text != "off") {
        return false;
    }
    const bool next_in_clause = k + 1 < words_.size() && same_clause(k, k + 1);
    const bool loading = next_in_clause && matches_any(words_[k + 1].text, off_loading);
    const bool moved = !next_in_clause && k > 0 && same_clause(k - 1, k)
                       && matches_any(words_[k - 1].text, moving_off);
    return loading || moved;
}

bool MentionFinder::on_leave(std::size_t k) const {
    if (words_[k].text != "off" && words_[k].text != "away") {
        return false;
    }
    const bool from_work = k + 1 < words_.size() && same_clause(k, k + 1)
                           && matches_any(words_[k + 1].text, leave_from);
    const bool time_off =
        k > 0 && same_clause(k - 1, k) && matches_any(words_[k - 1].text, leave_spans);
    return from_work || time_off;
}

bool MentionFinder::as_if(std::size_t k) const {
    return words_[k].text == "if" && k > 0 && same_clause(k - 1, k) && words_[k - 1].text == "as";
}

bool MentionFinder::clear_as_evident(std::size_t k) const {
    return words_[k].text == "clear" && k + 1 < words_.size() && same_clause(k, k + 1)
           && opens_a_flag(k + 1);
}

bool MentionFinder::gone_to_a_symptom(std::size_t k) const {
    if (words_[k].text != "gone") {
        return false;
    }
    // A filler is read as one before a flag word: "completely" also opens "complete tear", and
    // "Numbness gone completely" says it went (trial 40).
    for (std::size_t j = k + 1, skipped = 0; j < words_.size() && same_clause(j, k); ++j) {
        if (!matches_any(words_[j].text, onset_fillers)) {
            // "The foot has gone numb", "toes have gone all tingly"; a phrase whose flag word
            // comes later: "Calf has gone all pins and needles" (trial 40).
            return opens_a_flag(j) || onset_phrase_at(j);
        }
        if (++skipped > most_fillers) {
            return false;
        }
    }
    return false;
}

bool MentionFinder::onset_phrase_at(std::size_t k) const {
    for (const auto& [opener, flag_word] : onset_phrases) {
        if (words_[k].text != opener) {
            continue;
        }
        for (std::size_t j = k + 1; j < words_.size() && j <= k + 2 && same_clause(j, k); ++j) {
            if (words_[j].text == flag_word) {
                return true;
            }
        }
    }
    return false;
}

bool MentionFinder::leaves_open(std::size_t k) const {
    if (matches_any(words_[k].text, open_words)) {
        return true;
    }
    if (k > 0 && k + 1 < words_.size() && words_[k].text == "to" && same_clause(k - 1, k + 1)
        && matches_any(words_[k - 1].text, open_difficulties)
        && matches_any(words_[k + 1].text, open_sayings)) {
        return true;  // "hard to say if numbness"
    }
    if (!negative(words_[k]) || double_negated_[k]) {
        return false;
    }
    for (std::size_t j = k + 1; j < words_.size() && j <= k + 3 && same_clause(k, j); ++j) {
        if (matches_any(words_[j].text, open_after_negative)) {
            return true;
        }
    }
    return false;
}

bool MentionFinder::left_open(std::size_t first, std::size_t last) const {
    for (std::size_t k = last + 1; k < words_.size() && same_clause(k, last); ++k) {
        if (leaves_open(k)) {
            return true;
        }
    }
    for (std::size_t k = first; k > 0 && same_clause(k - 1, first); --k) {
        if (leaves_open(k - 1)) {
            return true;
        }
    }
    return false;
}

bool MentionFinder::affirmed(std::size_t first, std::size_t last) const {
    if (words_[first].queried) {
        return true;  // "? numbness L foot", "?gap on palpation": doubted, not excluded
    }
    if (affirmed_later(last) || excepted_in_next_sentence(last)) {
        return true;  // "numbness denied yesterday, present today", "No numbness. Except.."
    }
    if (left_open(first, last)) {
        return true;  // "numbness cannot be excluded", "not sure about numbness"
    }
    std::size_t after = last + 1;
    if (const auto value = label_denial(last); value && excepted_after(*value)) {
        after = *value + 1;  // an exception undoes the label's value: "numbness - no, but.."
    }
    for (; after < words_.size() && same_clause(after, last); ++after) {
        if (exception_at(after) && !contrast_about_another_matter(after)) {
            return true;
        }
        if (doubting(after) && matches_any(words_[after].text, resolution_words)
            && dated_after_writing(after)) {
            return true;  // "tingling settled by day 3" written on day 2: not yet settled
        }
        if (doubting(after) && resolved_after_a_dash(last, after)) {
            return false;  // "Pins and needles day 1 - gone now"
        }
        if (doubting(after) && !matches_any(words_[after].text, forward_negators)) {
            // A denial or a doubt is the mention's answer only when nothing after it in the
            // clause undoes it ("numbness denied except when sitting", "N/T - nil at rest /
            // + on slump"), and when it is not asked ("Numbness gone? No.").
            // A denial before it ("no numbness if not sitting") is strict even so.
            const bool strict = denies_or_resolves(after) || denied_before(first);
            return undone_after(after) || asked(after) || (strict && qualified_after(last));
        }
    }
    if (exception_after_comma(after) && !contrast_about_another_matter(after)) {
        return true;
    }
    for (std::size_t k = first; k > 0 && same_clause(k - 1, first); --k) {
        if (exception_at(k - 1)) {
            break;
        }
        if (doubting(k - 1)) {
            return undone_after(last) || asked(k - 1)
                   || (denies_or_resolves(k - 1) && hedged_before(k - 1))
                   || (denies_or_resolves(k - 1)
                       && (qualified_between(clause_reader(), k - 1, first)
                           || qualified_after(last)));
        }
    }
    return !resolved_in_a_later_clause(last) && !only_on_a_past_day(last);
}

bool MentionFinder::only_on_a_past_day(std::size_t last) const {
    if (!day_) {
        return false;
    }
    for (std::size_t k = last + 1; k < words_.size() && same_clause(k, last); ++k) {
        if (words_[k].text != "day") {
            continue;
        }
        const auto number = number_after(k);
        if (!number || *number >= *day_) {
            return false;
        }
        const bool only =
            k + 1 < words_.size() && same_clause(k, k + 1) && words_[k + 1].text == "only";
        // "Tingling went on day 2": "went" right before "on day 2" or "by day 2", the clause
        // ending there.
        const bool went = k >= 2 && words_[k - 2].text == "went"
                          && matches_any(words_[k - 1].text, dating_words)
                          && (k + 1 >= words_.size() || !same_clause(k, k + 1));
        return only || went;
    }
    return false;
}

bool MentionFinder::resolved_in_a_later_clause(std::size_t last) const {
    std::size_t k = last + 1;
    while (k < words_.size() && same_clause(k, last)) {
        ++k;
    }
    if (k >= words_.size() || sentence_ends_between(k - 1, k)) {
        return false;
    }
    return resolution_fragment(k) || over_since(k);
}

bool MentionFinder::over_since(std::size_t k) const {
    bool over = false;
    bool since = false;
    for (std::size_t j = k; j < words_.size() && same_clause(j, k); ++j) {
        const auto& word = words_[j].text;
        if (!matches_any(word, over_since_words)) {
            return false;  // "none since, but some today"
        }
        over = over || matches_any(word, over_words);
        since = since || word == "since" || word == "now";
    }
    return over && since;
}

bool MentionFinder::resolved_after_a_dash(std::size_t last, std::size_t k) const {
    for (std::size_t j = last + 1; j <= k; ++j) {
        const auto between = text_.substr(words_[j - 1].end, words_[j].begin - words_[j - 1].end);
        const bool dash = between.find(" - ") != std::string_view::npos
                          || between.find("\xE2\x80\x93") != std::string_view::npos
                          || between.find("\xE2\x80\x94") != std::string_view::npos;
        if (dash) {
            return resolution_fragment(j);
        }
    }
    return false;
}

bool MentionFinder::resolution_fragment(std::size_t k) const {
    std::optional<std::size_t> resolution;
    for (std::size_t j = k; j < words_.size() && same_clause(j, k); ++j) {
        if (matches_any(words_[j].text, resolution_words) && !persisting_[j]) {
            resolution = j;
        } else if (!matches_any(words_[j].text, resolution_fillers)) {
            return false;  // "mostly gone now", "still there now"
        }
    }
    return resolution && !dated_after_writing(*resolution)
           && remainder_after(clause_reader(), *resolution) == Remainder::accounted_for;
}

bool MentionFinder::suspected(std::size_t first, std::size_t last) const {
    if (word_before(first, negators, negation_fillers)) {
        return false;  // "no radiculopathy suspected"
    }
    if (words_[first].queried) {
        return true;  // "? sciatica"
    }
    const auto suspicion = [&](std::size_t k) {
        return matches_any(words_[k].text, suspicion_words)
               && !(k > 0 && same_clause(k - 1, k) && negative(words_[k - 1]));
    };
    for (std::size_t k = first; k > 0 && same_clause(k - 1, first); --k) {
        if (suspicion(k - 1)) {
            return true;
        }
    }
    for (std::size_t k = last + 1; k < words_.size() && same_clause(k, last); ++k) {
        if (suspicion(k)) {
            return true;
        }
    }
    return false;
}

bool MentionFinder::asked(std::size_t k) const {
    if (matches_any(words_[k].text, hedging_doubts)) {
        return false;
    }
    std::size_t end = k;
    while (end + 1 < words_.size() && !sentence_ends_between(end, end + 1)) {
        ++end;
    }
    const std::size_t stop = end + 1 < words_.size() ? words_[end + 1].begin : text_.size();
    return text_.substr(words_[end].end, stop - words_[end].end).find('?')
           != std::string_view::npos;
}

}  // namespace coach::json::detail::mention_reading
