// Not bearing weight and walking aids in a note (red_flag_finder.hpp): "unable to stand", "no
// weight bearing", "crutches discarded day 2", "crutches no longer needed".
#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>

#include "json/red_flag_finder.hpp"

namespace coach::json::detail::mention_reading {

void MentionFinder::find_inability_to_bear_weight(std::size_t i) {
    const auto ground = foot_put_down(i);
    const bool bearing = matches_any(words_[i].text, weight_words) || ground;
    const bool standing = matches_any(words_[i].text, standing_words);
    if ((!bearing && !standing) || near(i, 2, exercise_words, true)) {
        return;  // "walking lunges", "standing calf raises": an exercise
    }
    if (endured_after(i)) {
        return;  // "can't bear to watch", "can't stand the cold tub"
    }
    if (i + 1 < words_.size() && same_clause(i, i + 1)
        && matches_any(words_[i + 1].text, aid_nouns)) {
        return;  // "no walking aids": an aid, read as one (flag_phrases)
    }
    std::optional<std::size_t> other = unable_near(i, standing);
    if (!other) {
        other = ceased_before(i, standing);
    }
    if (!other && (bearing || value_after(i))) {
        other = no_before(i);  // "no weight bearing"; standing: "no standing possible"
    }
    if (!other && bearing) {
        other = labelled_nil(i);
    }
    if (!other && (bearing || standing)) {
        other = inability_said_after(i);
    }
    if (other && *other < i && walks_with_pain_after(i)) {
        return;  // "cannot walk without pain": walking, with pain (trial 37)
    }
    if (other && !listed_under_no_red_flags(std::min(i, *other))) {
        std::size_t last = std::max({i, *other, ground.value_or(i)});
        if (last + 1 < words_.size() && same_clause(last, last + 1)
            && matches_any(words_[last + 1].text, inability_values)) {
            ++last;  // "no walking possible"
        }
        add(weight, weight, std::min(i, *other), last);
    }
}

bool MentionFinder::endured_after(std::size_t i) const {
    const auto& word = words_[i].text;
    if ((word != "bear" && word != "bears" && word != "stand") || i + 1 >= words_.size()
        || !same_clause(i, i + 1) || !matches_any(words_[i + 1].text, endured_openers)) {
        return false;
    }
    const bool weight_follows = i + 2 < words_.size() && same_clause(i, i + 2)
                                && (matches_any(words_[i + 2].text, weight_words)
                                    || matches_any(words_[i + 2].text, standing_words));
    return !weight_follows;
}

bool MentionFinder::walks_with_pain_after(std::size_t i) const {
    return i + 2 < words_.size() && same_clause(i, i + 2) && words_[i + 1].text == "without"
           && matches_any(words_[i + 2].text, pain_without);
}

std::optional<std::size_t> MentionFinder::inability_said_after(std::size_t i) const {
    // The next clause of the sentence: past one clause boundary, before the sentence ends.
    std::size_t k = i + 1;
    while (k < words_.size() && same_clause(i, k)) {
        ++k;
    }
    if (k >= words_.size() || sentence_ends_between(i, k)) {
        return std::nullopt;
    }
    for (std::size_t j = k; j + 2 < words_.size() && same_clause(k, j + 2); ++j) {
        const bool unable = words_[j].negative
                            || std::find(unable_words.begin(), unable_words.end(), words_[j].text)
                                   != unable_words.end();
        if (!unable) {
            continue;
        }
        for (std::size_t d = j + 1; d + 1 < words_.size() && d <= j + 3 && same_clause(j, d + 1);
             ++d) {
            const auto& object = words_[d + 1].text;
            if (words_[d].text == "do" && (object == "so" || object == "it")) {
                return walks_with_pain_after(d + 1) ? std::nullopt
                                                    : std::optional<std::size_t>{d + 1};
            }
        }
    }
    return std::nullopt;
}

bool MentionFinder::restrictions_after(std::size_t k) const {
    if (near(k, 2, restriction_words, true)) {
        return true;
    }
    // A trouble right after the words of bearing weight (trial 47: "no WB issues", "No
    // weight-bearing problems"); not one after another word ("cannot walk without difficulty").
    std::size_t next = k + 1;
    while (next < words_.size() && same_clause(k, next)
           && matches_any(words_[next].text, weight_words)) {
        ++next;
    }
    return next < words_.size() && same_clause(k, next)
           && matches_any(words_[next].text, weight_troubles);
}

std::optional<std::size_t> MentionFinder::unable_near(std::size_t i, bool standing) const {
    // "been", "any" and "fully" add a word each to the reach before: "has not been able to bear
    // weight", "hasn't been able to walk" (trial 50), "unable to put any weight through the leg",
    // "has never been able to fully weight bear" (trial 51).
    std::size_t reach = unable_reach;
    for (std::size_t k = i; k > 0 && i - k <= reach; --k) {
        if (matches_any(words_[k - 1].text, reach_fillers)) {
            ++reach;
        }
    }
    const std::size_t from = i >= reach ? i - reach : 0;
    const std::size_t to = std::min(words_.size(), i + unable_reach + 1);
    for (std::size_t k = from; k < to; ++k) {
        const auto& word = words_[k];
        const bool declines =
            matches_any(word.text, declining_words) && k + 1 < words_.size()
            && same_clause(k, k + 1)
            && (words_[k + 1].text == "to" || matches_any(words_[k + 1].text, weight_words));
        // "Never able to weight bear", "has never been able to" (trial 51).
        const bool never_able = word.text == "never" && k + 1 < words_.size()
                                && same_clause(k, k + 1)
                                && (words_[k + 1].text == "able"
                                    || (words_[k + 1].text == "been" && k + 2 < words_.size()
                                        && words_[k + 2].text == "able"));
        const bool unable =
            word.negative || declines || never_able
            || (std::find(unable_words.begin(), unable_words.end(), word.text) != unable_words.end()
                && !(standing && word.text == "non"));
        // "Walking not normal yet": a walk done, not as it was (`gait_qualities`).
        const bool quality_denied = k > i && word.text == "not" && k + 1 < words_.size()
                                    && same_clause(k, k + 1)
                                    && matches_any(words_[k + 1].text, gait_qualities);
        if (k != i && same_clause(k, i) && unable && !quality_denied
            && !restrictions_after(std::max(i, k)) && !(k > i && conjunct_between(i, k))) {
            return k;
        }
    }
    return std::nullopt;
}

bool MentionFinder::conjunct_between(std::size_t first, std::size_t last) const {
    for (std::size_t k = first + 1; k < last; ++k) {
        if (matches_any(words_[k].text, conjunct_openers)) {
            return true;
        }
    }
    return false;
}

std::optional<std::size_t> MentionFinder::ceased_before(std::size_t i, bool standing) const {
    bool able = false;
    for (std::size_t k = i; k > 1 && same_clause(k - 2, i); --k) {
        const bool ceased = std::any_of(ceased_words.begin(), ceased_words.end(),
                                        [&](const WordPair& pair) { return pair_at(k - 2, pair); });
        if (ceased && (able || !standing) && !restrictions_after(i)) {
            return k - 2;
        }
        if (!matches_any(words_[k - 1].text, ceased_fillers)) {
            break;
        }
        able = able || words_[k - 1].text == "able";
    }
    return std::nullopt;
}

bool MentionFinder::value_after(std::size_t i) const {
    return i + 1 < words_.size() && same_clause(i, i + 1)
           && matches_any(words_[i + 1].text, inability_values);
}

std::optional<std::size_t> MentionFinder::foot_put_down(std::size_t i) const {
    if (!matches_any(words_[i].text, putting_words)) {
        return std::nullopt;
    }
    const auto limb = near(i, 3, limb_words, true);
    return limb ? near(*limb, 3, ground_words, true) : std::nullopt;
}

bool MentionFinder::declined(std::size_t first, std::size_t last) const {
    const bool offered = (first > 0 && same_clause(first - 1, first)
                          && matches_any(words_[first - 1].text, aid_offers))
                         || (last + 1 < words_.size() && same_clause(last, last + 1)
                             && matches_any(words_[last + 1].text, aid_offers));
    if (!offered) {
        return false;
    }
    for (std::size_t k = last + 1;
         k < words_.size() && k <= last + 3
         && text_.substr(words_[k - 1].end, words_[k].begin - words_[k - 1].end)
                    .find_first_of(".;!?\n")
                == std::string_view::npos;
         ++k) {
        if (matches_any(words_[k].text, aid_declines)) {
            return true;
        }
    }
    return false;
}

bool MentionFinder::aid_over(std::size_t first, std::size_t last) const {
    return declined(first, last) || word_before(first, aid_past, aid_fillers) || ended_after(last)
           || ended_in_the_next_clause(last) || put_away_before(first) || needed_no_more_after(last)
           || needed_no_more_before(first) || given_back(first, last)
           || used_until_an_earlier_day(last) || (dated_early(last) && !still_in_use(last));
}

bool MentionFinder::ended_after(std::size_t last) const {
    std::size_t k = last + 1;
    while (k < words_.size() && same_clause(k, last) && matches_any(words_[k].text, aid_fillers)) {
        ++k;
    }
    if (k >= words_.size() || !matches_any(words_[k].text, aid_ended)) {
        return false;
    }
    if (!same_clause(k, last)) {
        // A label's value: "Crutches: D/C'd", "Crutches = ceased".
        if (k != last + 1 || words_[k].sentence != words_[last].sentence) {
            return false;
        }
        const auto mark = marks_between(last, k);
        if (std::find(label_marks.begin(), label_marks.end(), mark) == label_marks.end()) {
            return false;
        }
    }
    return !dated_after_writing(k);  // "crutches ceased day 9" written on day 2: to come
}

bool MentionFinder::ended_in_the_next_clause(std::size_t last) const {
    const auto turn = [this](std::size_t at) {
        return words_[at].text == "now" || words_[at].text == "then" || words_[at].text == "and"
               || words_[at].text == "since" || words_[at].text == "later";
    };
    // "then" in the aid's own clause opens its end too: "Crutches for 2 days then weaned off"
    // (trial 56).
    // Not "and": "crutches on and off" comes and goes (trial 33).
    const auto turn_in_clause = [this](std::size_t at) {
        return words_[at].text == "then" || words_[at].text == "now" || words_[at].text == "later";
    };
    std::size_t k = last + 1;
    while (k < words_.size() && same_clause(k, last) && !turn_in_clause(k)) {
        ++k;
    }
    const bool turned_in_clause = k < words_.size() && same_clause(k, last);
    // The next clause, after a comma, or the rest of this one after its turn: not past the end
    // of a sentence.
    const auto after_the_aid = [&](std::size_t at) {
        return at < words_.size()
               && (turned_in_clause ? same_clause(at, last)
                                    : words_[at].clause == words_[last].clause + 1)
               && text_.substr(words_[last].end, words_[at].begin - words_[last].end)
                          .find_first_of(".;!?\n")
                      == std::string_view::npos;
    };
    while (after_the_aid(k) && turn(k)) {
        ++k;
    }
    // "then off", "now off them": off alone, as a word of ending.
    const bool off = after_the_aid(k) && words_[k].text == "off";
    if (!after_the_aid(k) || !(off || matches_any(words_[k].text, aid_ended))) {
        return false;
    }
    if (off) {
        --k;  // read "off" as the word after the end, below
    }
    // "weaned off" ends its clause, or goes on to the aid ("weaned off them", "stopped them");
    // not "weaned off the boot", and not with "still" after it ("weaned off one, still on the
    // other").
    std::size_t at = k + 1;
    if (at < words_.size() && same_clause(at, k) && words_[at].text == "off") {
        ++at;
    }
    const bool aid_alone = at >= words_.size() || !same_clause(at, k) || words_[at].text == "them"
                           || words_[at].text == "crutches";
    for (std::size_t later = k + 1;
         later < words_.size()
         && text_.substr(words_[k].end, words_[later].begin - words_[k].end).find_first_of(".;!?\n")
                == std::string_view::npos;
         ++later) {
        if (words_[later].text == "still") {
            return false;
        }
    }
    return aid_alone && !dated_after_writing(k);
}

namespace {

// The whole number written right before `end` in `text`, blanks between allowed ("50" of "WB
// 50", "12" of "12.5"), when one is.
std::optional<int> number_before(std::string_view text, std::size_t end) {
    while (end > 0 && text[end - 1] == ' ') {
        --end;
    }
    std::size_t begin = end;
    while (begin > 0
           && ((text[begin - 1] >= '0' && text[begin - 1] <= '9') || text[begin - 1] == '.')) {
        --begin;
    }
    int value = 0;
    bool digits = false;
    for (std::size_t k = begin; k < end && text[k] != '.'; ++k) {
        value = value * 10 + (text[k] - '0');
        digits = true;
        if (value > 100000) {
            return std::nullopt;
        }
    }
    return digits ? std::optional{value} : std::nullopt;
}

}  // namespace

void MentionFinder::find_limited_bearing(std::size_t i) {
    const auto& word = words_[i].text;
    const bool bearing = word == "bearing" || word == "bear" || word == "bears";
    if (!bearing && !matches_any(word, bearing_orders)) {
        return;
    }
    std::size_t first = i;
    if (bearing) {
        if (i == 0 || !same_clause(i - 1, i) || !matches(words_[i - 1].text, "weight")) {
            return;  // "weight bearing", "weight-bearing"; not "bear crawl"
        }
        first = i - 1;
    }
    if (near(i, words_.size(), loaded_exercises, false, true)) {
        return;  // "weight-bearing squats 20 kg"
    }
    std::size_t end = i + 1;
    while (end < words_.size() && end <= i + limit_reach
           && words_[end].sentence == words_[i].sentence) {
        ++end;
    }
    // Between each word and the next: a share ("WB 50%"), or a number before a unit ("20 kg").
    for (std::size_t k = i + 1; k <= end; ++k) {
        const std::size_t from = words_[k - 1].end;
        const std::size_t to = k < words_.size() ? words_[k].begin : text_.size();
        const auto between = text_.substr(from, to - from);
        std::optional<int> share;
        std::size_t quoted = k - 1;
        if (const auto percent = between.find('%'); percent != std::string_view::npos) {
            share = number_before(between, percent);
        } else if (k < end && matches_any(words_[k].text, load_units)) {
            const auto number = number_before(between, between.size());
            if (number && words_[k].text == "percent") {
                share = number;
            } else if (number) {
                share = 0;  // a load: any
            }
            quoted = k;
        }
        if (share && *share < 100) {
            add(weight, weight, first, quoted);
            return;
        }
        if (k == end || between.find_first_of(".;!?()") != std::string_view::npos) {
            return;
        }
    }
}

bool MentionFinder::put_away_before(std::size_t first) const {
    const auto ended = word_before(first, aid_ended_before, aid_ended_fillers);
    if (!ended) {
        return false;
    }
    std::size_t k = *ended;
    if (k > 0 && same_clause(k - 1, k) && words_[k - 1].text == "yet") {
        --k;  // "not yet weaned off crutches"
    }
    return !(k > 0 && same_clause(k - 1, k) && negative(words_[k - 1]));
}

bool MentionFinder::needed_no_more_after(std::size_t last) const {
    // Also as a label's value: "Crutches: no longer needed" (trial 80).
    const bool label =
        last + 1 < words_.size() && words_[last + 1].sentence == words_[last].sentence
        && (marks_between(last, last + 1) == ":" || marks_between(last, last + 1) == "=");
    const auto said_of_it = [&](std::size_t k) {
        return k < words_.size() && (same_clause(k, last) || (label && same_clause(k, last + 1)));
    };
    std::size_t k = last + 1;
    while (said_of_it(k) && matches_any(words_[k].text, aid_fillers)) {
        ++k;
    }
    if (!said_of_it(k)) {
        return false;
    }
    if (matches_any(words_[k].text, aid_unneeded)) {
        return true;
    }
    if (pair_at(k, {"no", "longer"})) {
        k += 2;
    } else if (negative(words_[k])) {
        ++k;
    } else {
        return false;
    }
    return said_of_it(k) && matches_any(words_[k].text, aid_needs);
}

bool MentionFinder::needed_no_more_before(std::size_t first) const {
    const auto need = word_before(first, aid_need_verbs, aid_ended_fillers);
    if (!need || *need == 0 || !same_clause(*need - 1, *need)) {
        return false;
    }
    const std::size_t k = *need - 1;
    if (words_[k].text == "longer" && k > 0 && words_[k - 1].text == "no") {
        return true;  // "no longer needs crutches"
    }
    return negative(words_[k]) && !double_negated_[k];  // "doesn't need crutches"
}

bool MentionFinder::given_back(std::size_t first, std::size_t last) const {
    if (word_before(first, aid_giving, aid_ended_fillers)) {
        return word_after(last, aid_back, aid_fillers);  // "gave crutches back"
    }
    std::size_t k = last + 1;
    while (k < words_.size() && same_clause(k, last) && matches_any(words_[k].text, aid_fillers)) {
        ++k;
    }
    return k + 1 < words_.size() && same_clause(k, k + 1) && matches_any(words_[k].text, aid_giving)
           && matches_any(words_[k + 1].text, aid_back);  // "crutches handed back"
}

bool MentionFinder::used_until_an_earlier_day(std::size_t last) const {
    if (!day_) {
        return false;
    }
    for (std::size_t k = last + 1; k < words_.size() && same_clause(k, last); ++k) {
        const auto until = std::find_if(aid_until.begin(), aid_until.end(),
                                        [&](const WordPair& pair) { return pair_at(k, pair); });
        if (until == aid_until.end()) {
            continue;
        }
        const std::size_t at = k + (until->second.empty() ? 1 : 2);
        if (at >= words_.size() || !same_clause(k, at) || words_[at].text != "day") {
            return false;
        }
        const auto until_day = number_after(at);
        return until_day && *until_day < *day_;
    }
    return false;
}

std::optional<int> MentionFinder::number_after(std::size_t k) const {
    auto rest = text_.substr(words_[k].end);
    while (rest.starts_with(' ')) {
        rest.remove_prefix(1);
    }
    int value = 0;
    std::size_t digits = 0;
    for (; digits < rest.size() && digits < 4 && rest[digits] >= '0' && rest[digits] <= '9';
         ++digits) {
        value = value * 10 + (rest[digits] - '0');
    }
    // "day 3", "day 3." and "day 3, now FWB"; not "day 3.5" or "day 34567".
    const auto next = rest.substr(digits);
    const bool whole = digits > 0 && !(!next.empty() && next[0] >= '0' && next[0] <= '9')
                       && !(next.size() > 1 && next[0] == '.' && next[1] >= '0' && next[1] <= '9');
    return whole ? std::optional{value} : std::nullopt;
}

bool MentionFinder::dated_early(std::size_t last) const {
    for (std::size_t k = last + 1; k < words_.size() && same_clause(k, last); ++k) {
        const auto& word = words_[k].text;
        const bool next_in_clause = k + 1 < words_.size() && same_clause(k, k + 1);
        if (matches_any(word, aid_early)
            || std::any_of(aid_early_pairs.begin(), aid_early_pairs.end(),
                           [&](const WordPair& pair) { return pair_at(k, pair); })
            || (word == "first" && next_in_clause && matches_any(words_[k + 1].text, aid_spans))
            || (word == "only" && k > last + 1 && matches_any(words_[k - 1].text, aid_spans)
                && !(k > last + 2 && matches_any(words_[k - 2].text, times_of_day_openers)))
            || (word == "day" && day_one_after(k))) {
            return true;
        }
    }
    return false;
}

bool MentionFinder::day_one_after(std::size_t k) const {
    std::size_t next = k + 1;
    if (next < words_.size() && same_clause(k, next) && words_[next].text == "one") {
        ++next;
    } else {
        auto rest = text_.substr(words_[k].end);
        while (rest.starts_with(' ')) {
            rest.remove_prefix(1);
        }
        if (!(rest.starts_with('1') || rest.starts_with('0'))
            || (rest.size() > 1 && rest[1] >= '0' && rest[1] <= '9')) {
            return false;
        }
    }
    return next >= words_.size() || !same_clause(k, next)
           || !matches_any(words_[next].text, day_counts);
}

bool MentionFinder::still_in_use(std::size_t last) const {
    const std::size_t clause = words_[last].clause;
    // A next clause that says weight is borne in full dates what it says to that, not the aid:
    // "NWB for 24h only, FWB since day 1" (trial 35).
    const bool next_full = std::any_of(words_.begin(), words_.end(), [&](const Word& word) {
        return word.clause == clause + 1 && matches_any(word.text, full_bearing_words);
    });
    for (const auto& word : words_) {
        if ((word.clause == clause || (word.clause == clause + 1 && !next_full))
            && matches_any(word.text, aid_present)) {
            return true;
        }
    }
    return false;
}

std::optional<std::size_t> MentionFinder::no_before(std::size_t i) const {
    for (std::size_t k = i; k > 0 && same_clause(k - 1, i); --k) {
        const auto& before = words_[k - 1].text;
        if (matches_any(before, no_words)) {
            return restrictions_after(i) ? std::nullopt : std::optional{k - 1};
        }
        if (!matches_any(before, bearing_fillers)) {
            break;
        }
    }
    return std::nullopt;
}

std::optional<std::size_t> MentionFinder::labelled_nil(std::size_t i) const {
    std::size_t k = i + 1;
    if (k < words_.size() && matches_any(words_[k].text, label_fillers)) {
        ++k;  // "WB status - nil", "WB today: nil" (trial 36)
    }
    if (k < words_.size() && same_clause(i, k) && matches_any(words_[k].text, label_limb_openers)) {
        std::size_t limb = k + 1;
        while (limb < words_.size() && limb <= k + 2 && same_clause(k, limb)
               && (matches_any(words_[limb].text, subject_openers)
                   || matches_any(words_[limb].text, named_sides))) {
            ++limb;
        }
        if (limb < words_.size() && same_clause(k, limb)
            && matches_any(words_[limb].text, limb_words)) {
            k = limb + 1;  // "Weight on the leg: none" (trial 44)
        }
    }
    if (k >= words_.size() || words_[k].sentence != words_[i].sentence) {
        return std::nullopt;
    }
    const auto& value = words_[k].text;
    const bool nil =
        matches_any(value, no_words)
        || std::find(unable_words.begin(), unable_words.end(), value) != unable_words.end();
    // The value ends its clause or says of what: "WB: nil since Sunday", "not possible";
    // not "Walking: no pain", "WB: no restrictions".
    const bool whole = k + 1 == words_.size() || !same_clause(k, k + 1)
                       || matches_any(words_[k + 1].text, label_value_words);
    return nil && whole ? std::optional{k} : std::nullopt;
}

}  // namespace coach::json::detail::mention_reading
