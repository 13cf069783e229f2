// Whose red flag, where and when (red_flag_finder.hpp, about_something_else): a flag word in a
// sentence about another body site, another person, a year before the injury's or the effect of
// ice names no red flag of this athlete's injury now (trial 35: "Numb fingers from the cold",
// "Dad on crutches after knee op", "Used crutches in 2019 for ankle sprain", "Ice applied until
// the area went numb"). The mention then asks, as "history of sciatica" does: a record of the
// flag as absent answers it, and a record that says nothing is still asked to. The rule is narrow,
// as red flags win: one word of the leg, the back or this athlete, or one of the flag still going
// on, keeps the flag this athlete's ("numb fingers and toes", "Dad says he is on crutches",
// "crutches since 2019, still using them").
#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

#include "json/grade_vocabulary.hpp"
#include "json/red_flag_finder.hpp"

namespace coach::json::detail::mention_reading {

namespace {

// Body sites of the arm, the hand and the face: nerve symptoms there are not of a hamstring
// injury (a sciatic nerve's distribution is the leg and foot: Heiderscheit et al. 2010, J Orthop
// Sports Phys Ther 40(2):67-81).
constexpr auto other_sites = std::to_array<std::string_view>(
    {"finger*", "fingertip*", "hand", "hands", "thumb*", "wrist*", "arm", "arms", "forearm*",
     "elbow*", "palm*", "ulnar", "median", "carpal", "face", "lip", "lips", "cheek*", "jaw",
     "tongue", "ear", "ears", "handlebar*",
     // Trial 64: "dentist numbed my mouth yesterday".
     "mouth", "tooth", "teeth", "gum", "gums", "dentist*", "dental", "nose"});
// Sites that keep a nerve symptom this injury's: the leg, the buttock, the back, and the saddle
// area in everyday words, where numbness is a sign of cauda equina syndrome (Finucane et al.
// 2020, J Orthop Sports Phys Ther 50(7):350-372; trial 63: "no feeling in his bum cheeks and
// private area", which "cheeks" had put on the face).
constexpr auto own_sites = std::to_array<std::string_view>(
    {"foot",       "feet",      "toe*",   "heel*",  "sole*",    "ankle*",   "calf",     "calves",
     "shin*",      "leg*",      "thigh*", "knee*",  "buttock*", "glute*",   "bum",      "bums",
     "bottom",     "backside",  "butt",   "butts",  "arse",     "private*", "genital*", "crotch",
     "hamstring*", "hip*",      "back",   "lumbar", "saddle",   "groin",    "perine*",  "sciatic*",
     "sciatica",   "dermatom*", "limb*",  "lower"});

// Words that say a site is well: a leg said so is no site of the symptom ("Tingling in the
// fingers from the cold, legs normal", trial 40), with at most a copula between.
constexpr auto well_words = std::to_array<std::string_view>(
    {"normal", "fine", "ok", "okay", "unaffected", "clear", "nad", "intact", "spared"});
constexpr auto site_copulas = std::to_array<std::string_view>({"is", "are", "feel", "feels"});

// Words of a flag still going on: a year before the injury's does not date it then.
constexpr auto present_words = std::to_array<std::string_view>(
    {"still", "since", "now", "currently", "today", "ongoing", "persist*", "remain*", "again",
     "constant*", "worse*", "returned", "recur*"});

// Cold and numbing treatments: numbness they cause is their effect, not the nerve's, when a word
// of cause joins them ("iced until numb", "numb after the ice pack"; not "numb foot, ice
// applied"). A cold foot is no treatment: "cold" is not one of them.
constexpr auto numbing_treatments = std::to_array<std::string_view>(
    {"ice", "iced", "icing", "cryo*", "anaesthetic", "anesthetic", "lidocaine", "lignocaine"});
// Heat tingles the skin as ice numbs it (trial 36: "tingling of the skin after heat pack,
// normal"): tingling, or numbness, joined to a heat treatment by a word of cause is its effect.
constexpr auto warming_treatments = std::to_array<std::string_view>(
    {"heat", "heated", "heatpack*", "hotpack*", "hot", "capsaicin", "deepheat"});
constexpr auto causes = std::to_array<std::string_view>(
    {"until", "till", "after", "from", "following", "post", "by", "with", "under",
     // "Ice pack left skin a bit numb" (trial 40)
     "left", "leaves", "made", "makes"});

// A dead leg that is a bruise: a thigh contusion, a corked thigh (trial 36: "Dead leg (cork) to
// the quad last season"), not a leg gone numb.
constexpr auto contusion_words = std::to_array<std::string_view>(
    {"cork", "corked", "corky", "contusion*", "haematoma*", "hematoma*", "bruis*", "quad*"});

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Whether `text` holds a year (four digits 1900 to 2099 standing alone) before `year`.
bool year_before(std::string_view text, int year) {
    for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
        if (!is_digit(text[i]) || (i > 0 && is_digit(text[i - 1]))
            || (i + 4 < text.size() && is_digit(text[i + 4]))) {
            continue;
        }
        int written = 0;
        bool digits = true;
        for (std::size_t k = i; k < i + 4; ++k) {
            digits = digits && is_digit(text[k]);
            written = written * 10 + (text[k] - '0');
        }
        if (digits && written >= 1900 && written < 2100 && written < year) {
            return true;
        }
    }
    return false;
}

}  // namespace

bool MentionFinder::of_another_part(std::size_t first, std::size_t last) const {
    const std::size_t from =
        first > grade_words::other_part_reach ? first - grade_words::other_part_reach : 0;
    const std::size_t to = std::min(words_.size(), last + grade_words::other_part_reach + 1);
    for (std::size_t k = from; k < to; ++k) {
        if ((k < first || k > last) && same_clause(k, first)
            && matches_any(words_[k].text, grade_words::other_body_parts)) {
            return true;
        }
    }
    return false;
}

bool MentionFinder::on_the_other_leg(std::size_t first, std::size_t last) const {
    const std::size_t to = std::min(words_.size(), last + other_leg_reach + 1);
    for (std::size_t k = last + 1; k + 1 < to; ++k) {
        if (!same_clause(k, first) || !matches_any(words_[k].text, site_prepositions)) {
            continue;
        }
        std::size_t side = k + 1;
        if (side + 1 < words_.size() && matches_any(words_[side].text, subject_openers)) {
            ++side;
        }
        // Its side may be named first: "in the right uninjured hamstring" (trial 43).
        if (side + 2 < words_.size() && matches_any(words_[side].text, named_sides)) {
            ++side;
        }
        if (side + 1 < words_.size() && same_clause(side + 1, first)
            && matches_any(words_[side].text, other_leg_sides)
            && matches_any(words_[side + 1].text, leg_words)) {
            return true;
        }
    }
    return false;
}

bool MentionFinder::owned_by_another_person(std::size_t k) const {
    const auto after = text_.substr(words_[k].end);
    const bool possessive = after.starts_with("'s") || after.starts_with("\xE2\x80\x99s");
    return possessive && matches_any(words_[k].text, other_people);
}

bool MentionFinder::lent_to_someone(std::size_t k) const {
    return k + 1 < words_.size() && same_clause(k, k + 1)
           && std::ranges::any_of(lendings, [&](const Lending& lending) {
                  return words_[k].text == lending.verb && words_[k + 1].text == lending.to_whom;
              });
}

bool MentionFinder::aid_lent_out(std::size_t from, std::size_t last) const {
    // The borrower: a person, or a word that opens one ("to a teammate", "to his brother"; not
    // "lent crutches to get home").
    if (last + 2 >= words_.size() || !same_clause(last, last + 2)) {
        return false;
    }
    const auto& borrower = words_[last + 2].text;
    if (!matches_any(borrower, subject_openers) && !matches_any(borrower, other_people)
        && !matches_any(borrower, other_persons)) {
        return false;
    }
    for (std::size_t k = from; k < last; ++k) {
        for (const auto& lending : lendings) {
            if (words_[k].text == lending.verb && words_[last + 1].text == lending.to_whom) {
                return true;
            }
        }
    }
    return false;
}

bool MentionFinder::aid_of_someone_beside(std::size_t first) const {
    std::size_t k = first;
    while (k > 0 && same_clause(k - 1, first) && matches_any(words_[k - 1].text, subject_openers)) {
        --k;  // "on a stretcher", "in a wheelchair"
    }
    if (k < 3 || !same_clause(k - 3, first) || !matches_any(words_[k - 1].text, aid_users)) {
        return false;
    }
    const auto& person = words_[k - 2].text;
    const bool someone = matches_any(person, other_people) || matches_any(person, other_persons);
    return someone && matches_any(words_[k - 3].text, someone_openers);
}

bool MentionFinder::safety_advice(std::size_t from, std::size_t first, std::size_t last,
                                  RedFlag flag) const {
    if (flag == RedFlag::unable_to_bear_weight
        && !matches_any(words_[first].text, inability_openers)) {
        return false;  // "Advised crutches": an aid ordered is one in use
    }
    bool advice = false;
    for (std::size_t k = from; k < first && !advice; ++k) {
        advice = matches_any(words_[k].text, advice_words)
                 || (words_[k].text == "report" && k + 1 < first
                     && words_[k + 1].text == "any");  // "report any numbness at once"
    }
    if (!advice) {
        return false;
    }
    // The flag's own clause must not find it: "Warned about avulsion signs: a gap is palpable".
    for (std::size_t k = first; k > 0 && same_clause(k - 1, first); --k) {
        if (matches_any(words_[k - 1].text, finding_words)) {
            return false;
        }
    }
    for (std::size_t k = last + 1; k < words_.size() && same_clause(k, last); ++k) {
        if (matches_any(words_[k].text, finding_words)) {
            return false;
        }
    }
    return true;
}

bool MentionFinder::another_person_opens(std::size_t from, std::size_t first, std::size_t last,
                                         bool possessive_is_theirs) const {
    std::size_t k = from;
    while (k < first && matches_any(words_[k].text, subject_openers)) {
        ++k;
    }
    if (k >= first) {
        return false;
    }
    if (words_[k].text == "team" && k + 1 < first && words_[k + 1].text == "mate"
        && words_[k + 1].hyphened) {
        ++k;  // "team-mate"
    }
    const bool person = matches_any(words_[k].text, other_people) || words_[k].text == "mate";
    const auto after = text_.substr(words_[k].end);
    const bool possessive = after.starts_with("'s") || after.starts_with("\xE2\x80\x99s");
    if (!person || (possessive && !possessive_is_theirs)) {
        // "Using sister's crutches": the athlete's, borrowed; but "Friend's tendon avulsion" is
        // the friend's (trial 39).
        return false;
    }
    for (std::size_t j = k + 1; j < first; ++j) {
        if (matches_any(words_[j].text, athlete_words)) {
            return false;  // "Dad says he is on crutches"
        }
    }
    for (std::size_t j = first + 1; j <= last; ++j) {
        if (matches_any(words_[j].text, athlete_words)
            || matches_any(words_[j].text, carried_people)) {
            return false;  // "Husband has to carry her up the stairs" (trial 47): she is carried
        }
    }
    return true;
}

bool MentionFinder::another_persons(std::size_t first, std::size_t last, RedFlag flag) const {
    // Its sentence, up to a full stop, ';', '!', '?' or a line break, as about_something_else
    // reads it (a view of the text: this runs for every mention).
    std::size_t from = first;
    while (from > 0
           && text_.substr(words_[from - 1].end, words_[from].begin - words_[from - 1].end)
                      .find_first_of(".;!?\n")
                  == std::string_view::npos) {
        --from;
    }
    return another_person_opens(from, first, last, flag != RedFlag::unable_to_bear_weight);
}

bool MentionFinder::about_something_else(std::size_t first, std::size_t last, RedFlag flag,
                                         RedFlag also) const {
    // The sentence up to a full stop, ';', '!', '?' or a line break: "(crutches 1 week)" is the
    // sentence of "History: L ankle sprain 2020".
    const auto ends_between = [&](std::size_t a, std::size_t b) {
        return text_.substr(words_[a].end, words_[b].begin - words_[a].end).find_first_of(".;!?\n")
               != std::string_view::npos;
    };
    std::size_t from = first;
    while (from > 0 && !ends_between(from - 1, from)) {
        --from;
    }
    std::size_t to = last + 1;
    while (to < words_.size() && !ends_between(to - 1, to)) {
        ++to;
    }
    // Each word list is read only when the flag and the words before it call for it: most
    // mentions are read against one list (a mention's context costs a few hundred comparisons).
    const auto any_in = [&](std::size_t begin, std::size_t end, const auto& patterns) {
        for (std::size_t k = begin; k < end; ++k) {
            if (matches_any(words_[k].text, patterns)) {
                return true;
            }
        }
        return false;
    };
    // A site of this injury, unless said to be well; a word of the flag going on, unless
    // denied ("none now", trial 40).
    const auto own_site_in = [&](std::size_t begin, std::size_t end) {
        for (std::size_t k = begin; k < end; ++k) {
            if (!matches_any(words_[k].text, own_sites)) {
                continue;
            }
            std::size_t next = k + 1;
            if (next < end && same_clause(k, next)
                && matches_any(words_[next].text, site_copulas)) {
                ++next;
            }
            if (!(next < end && same_clause(k, next)
                  && matches_any(words_[next].text, well_words))) {
                return true;
            }
        }
        return false;
    };
    const auto going_on_in = [&](std::size_t begin, std::size_t end) {
        for (std::size_t k = begin; k < end; ++k) {
            if (matches_any(words_[k].text, present_words)
                && !(k > begin && same_clause(k - 1, k) && negative(words_[k - 1]))) {
                return true;
            }
        }
        return false;
    };
    const bool nerve = flag == RedFlag::numbness || flag == RedFlag::tingling;
    if (nerve && any_in(from, to, other_sites) && !own_site_in(from, to)) {
        return true;  // "Tingling in fingers when cycling (handlebar), unrelated"
    }
    if (nerve && flag == also) {
        const auto treats = [&](std::string_view word) {
            return matches_any(word, warming_treatments)
                   || (flag == RedFlag::numbness && matches_any(word, numbing_treatments));
        };
        for (std::size_t treatment = from; treatment < to; ++treatment) {
            if (treats(words_[treatment].text)
                && any_in(std::min(treatment, first) + 1, std::max(treatment, last), causes)
                && !going_on_in(from, to)) {
                return true;  // "Ice applied until the area went numb", "tingling from heat pack"
            }
        }
    }
    const bool dead_leg = words_[first].text.starts_with("dead");
    if (dead_leg && any_in(from, to, contusion_words)) {
        return true;  // "Dead leg (cork) to the quad"
    }
    const bool weight = flag == RedFlag::unable_to_bear_weight;
    if (another_person_opens(from, first, last, !weight)) {
        return true;  // "Dad on crutches after knee op", "Teammate had a complete tear"
    }
    if (weight && aid_of_someone_beside(first)) {
        return true;  // "Trained next to a player on crutches" (trial 39)
    }
    if (weight) {
        for (std::size_t k = last + 1; k < to; ++k) {
            if (matches_any(words_[k].text, belonging_words) || owned_by_another_person(k)
                || lent_to_someone(k)) {
                return true;  // "Zimmer frame belongs to his grandmother", "is his nan's"
            }
        }
        if (aid_lent_out(from, last)) {
            return true;  // "Lent his crutches to a teammate" (trial 45)
        }
    }
    if (safety_advice(from, first, last, flag)) {
        return true;  // "Educated: report any numbness or tingling at once" (trial 39)
    }
    const std::size_t begin = from == 0 ? 0 : words_[from - 1].end;
    const std::size_t end = to < words_.size() ? words_[to].begin : text_.size();
    return injury_year_ && year_before(text_.substr(begin, end - begin), *injury_year_)
           && !going_on_in(from, to);  // "crutches in 2019"
}

}  // namespace coach::json::detail::mention_reading
