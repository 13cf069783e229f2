// What a note says of the red flags (red_flag_mentions.hpp), by the rules written beside the
// vocabulary (red_flag_vocabulary.hpp).
#include "json/red_flag_mentions.hpp"

#include <algorithm>
#include <cstddef>
#include <utility>

#include "json/red_flag_clause.hpp"
#include "json/red_flag_vocabulary.hpp"
#include "json/red_flag_words.hpp"

namespace coach::json::detail {

namespace {

using namespace vocabulary;

class MentionFinder {
  public:
    MentionFinder(std::string_view text, std::optional<int> day)
        : text_(text),
          day_(day),
          words_(words_of(text)),
          double_negated_(words_.size(), false),
          persisting_(words_.size(), false) {
        mark_double_negatives();
        mark_persisting();
    }

    std::vector<Mention> find() && {
        for (std::size_t i = 0; i < words_.size(); ++i) {
            find_flag_words(i);
            find_phrases(i);
            find_inability_to_bear_weight(i);
            find_whole_tear(i);
        }
        return std::move(found_);
    }

  private:
    void find_flag_words(std::size_t i) {
        for (const auto& named : flag_words) {
            const auto last = spelt_at(i, named);
            if (last && !near(*last, 2, named.unless, true) && !before(i, named.unless_before)
                && !negated(i, *last) && !(named.flag == weight && aid_over(i, *last))) {
                add(named.flag, named.also, i, *last, named.affirms_both);
            }
        }
    }

    void find_phrases(std::size_t i) {
        for (const auto& phrase : flag_phrases) {
            if (!matches(words_[i].text, phrase.word) || near(i, 2, phrase.unless, true)) {
                continue;
            }
            if (auto other = near(i, phrase.reach, phrase.near, false, phrase.label)) {
                const auto first = std::min(i, *other);
                const auto last = std::max(i, *other);
                if (compound_after(last)) {
                    continue;  // "completed the tear-drop drill": a tear-drop is no tear
                }
                if (!negated(first, last) && !(*other < i && negated_within(*other, i))
                    && !(phrase.flag == weight && aid_over(first, last))) {
                    add(phrase.flag, phrase.also, first, last, phrase.affirms_both);
                }
            }
        }
    }

    // A tear called whole by its number, a gap (vocabulary `tear_words`): "100% tear".
    void find_whole_tear(std::size_t i) {
        if (!matches_any(words_[i].text, tear_words)) {
            return;
        }
        auto before = text_.substr(0, words_[i].begin);
        while (before.ends_with(' ')) {
            before.remove_suffix(1);
        }
        if (before.ends_with('%')) {
            before.remove_suffix(1);
            while (before.ends_with(' ')) {
                before.remove_suffix(1);
            }
            const bool hundred = before.ends_with("100")
                                 && (before.size() == 3 || before[before.size() - 4] < '0'
                                     || before[before.size() - 4] > '9');
            if (hundred && !negated(i, i)) {
                add(gap, gap, i, i);
            }
        }
    }

    // Whether the last word of a phrase, word `last`, opens a hyphened compound with a word that
    // names no flag ("completed the tear-drop drill": a tear-drop is no tear; not "toe-touch
    // weight-bearing").
    bool compound_after(std::size_t last) const {
        const std::size_t next = last + 1;
        return next < words_.size() && words_[next].hyphened && !names_flag(next)
               && !matches_any(words_[next].text, weight_words);
    }

    // The rule at `unable_words`.
    void find_inability_to_bear_weight(std::size_t i) {
        const auto ground = foot_put_down(i);
        const bool bearing = matches_any(words_[i].text, weight_words) || ground;
        const bool standing = matches_any(words_[i].text, standing_words);
        if ((!bearing && !standing) || near(i, 2, exercise_words, true)) {
            return;  // "walking lunges", "standing calf raises": an exercise
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
        if (other && !listed_under_no_red_flags(std::min(i, *other))) {
            std::size_t last = std::max({i, *other, ground.value_or(i)});
            if (last + 1 < words_.size() && same_clause(last, last + 1)
                && matches_any(words_[last + 1].text, inability_values)) {
                ++last;  // "no walking possible"
            }
            add(weight, weight, std::min(i, *other), last);
        }
    }

    // The last word of `named` written from word `i` on, when it is written there: in its parts
    // ("step-off", "wheel chair"), or read across hyphens ("para-esthesia").
    std::optional<std::size_t> spelt_at(std::size_t i, const FlagWord& named) const {
        if (named.spelling == Spelling::joined_letters && !words_[i].joined) {
            return std::nullopt;
        }
        if (auto last = spelt_in_parts(i, named.word)) {
            return last;
        }
        return named.spelling == Spelling::any ? joined_across_hyphens(i, named.word)
                                               : std::nullopt;
    }

    // A pattern's parts, word by word: after '-' the next word is hyphened to the one before,
    // after ' ' it follows in the same clause.
    std::optional<std::size_t> spelt_in_parts(std::size_t i, std::string_view pattern) const {
        char separator = 0;
        for (std::size_t k = i; k < words_.size(); ++k) {
            const auto split = pattern.find_first_of("- ");
            const bool follows =
                k == i || (separator == '-' ? words_[k].hyphened : same_clause(k - 1, k));
            if (!follows || !matches(words_[k].text, pattern.substr(0, split))) {
                return std::nullopt;
            }
            if (split == std::string_view::npos) {
                return k;
            }
            separator = pattern[split];
            pattern.remove_prefix(split + 1);
        }
        return std::nullopt;
    }

    // The words from `i` joined across up to three hyphens, when they match `pattern` whole.
    std::optional<std::size_t> joined_across_hyphens(std::size_t i,
                                                     std::string_view pattern) const {
        if (i + 1 >= words_.size() || !words_[i + 1].hyphened) {
            return std::nullopt;  // nothing to join: most words, read for every flag word
        }
        std::string joined = words_[i].text;
        for (std::size_t k = i + 1; k < words_.size() && k <= i + 3 && words_[k].hyphened; ++k) {
            joined += words_[k].text;
            if (matches(joined, pattern)) {
                return k;
            }
        }
        return std::nullopt;
    }

    bool same_clause(std::size_t a, std::size_t b) const {
        return words_[a].clause == words_[b].clause;
    }

    // The index of a word within `reach` of word `i` in its clause (its sentence, for a
    // `label`) that matches one of `patterns` (only after it, when `after`).
    template <class Patterns>
    std::optional<std::size_t> near(std::size_t i, std::size_t reach, const Patterns& patterns,
                                    bool after = false, bool label = false) const {
        const std::size_t from = after ? i + 1 : (i >= reach ? i - reach : 0);
        const std::size_t to = std::min(words_.size(), i + reach + 1);
        for (std::size_t k = from; k < to; ++k) {
            const bool together =
                label ? words_[k].sentence == words_[i].sentence : same_clause(k, i);
            if (k != i && together && matches_any(words_[k].text, patterns)) {
                return k;
            }
        }
        return std::nullopt;
    }

    // Whether the restrictions are what is denied: a restriction word within two words after
    // word `k` ("no WB restrictions").
    bool restrictions_after(std::size_t k) const {
        return near(k, 2, restriction_words, true).has_value();
    }

    // A word of not being able within unable_reach of word `i`, in its clause.
    std::optional<std::size_t> unable_near(std::size_t i, bool standing) const {
        const std::size_t from = i >= unable_reach ? i - unable_reach : 0;
        const std::size_t to = std::min(words_.size(), i + unable_reach + 1);
        for (std::size_t k = from; k < to; ++k) {
            const auto& word = words_[k];
            const bool declines = matches_any(word.text, declining_words) && k + 1 < words_.size()
                                  && same_clause(k, k + 1) && words_[k + 1].text == "to";
            const bool unable = word.negative || declines
                                || (std::find(unable_words.begin(), unable_words.end(), word.text)
                                        != unable_words.end()
                                    && !(standing && word.text == "non"));
            if (k != i && same_clause(k, i) && unable && !restrictions_after(std::max(i, k))) {
                return k;
            }
        }
        return std::nullopt;
    }

    // Whether `pair` is written at word `k` (its first word; a second in the same clause).
    bool pair_at(std::size_t k, const WordPair& pair) const {
        if (k >= words_.size() || !matches(words_[k].text, pair.first)) {
            return false;
        }
        return pair.second.empty()
               || (k + 1 < words_.size() && same_clause(k, k + 1)
                   && words_[k + 1].text == pair.second);
    }

    // A word of ceasing ("no longer", "yet to") before word `i` with only ceased_fillers between
    // (for standing, "able" among them): the index of its first word.
    std::optional<std::size_t> ceased_before(std::size_t i, bool standing) const {
        bool able = false;
        for (std::size_t k = i; k > 1 && same_clause(k - 2, i); --k) {
            const bool ceased =
                std::any_of(ceased_words.begin(), ceased_words.end(),
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

    // A value of ability right after word `i`: "no standing possible".
    bool value_after(std::size_t i) const {
        return i + 1 < words_.size() && same_clause(i, i + 1)
               && matches_any(words_[i + 1].text, inability_values);
    }

    // The index of the word of the ground when word `i` puts a foot down (`putting_words`):
    // "put foot down", "putting the leg to the ground".
    std::optional<std::size_t> foot_put_down(std::size_t i) const {
        if (!matches_any(words_[i].text, putting_words)) {
            return std::nullopt;
        }
        const auto limb = near(i, 3, limb_words, true);
        return limb ? near(*limb, 3, ground_words, true) : std::nullopt;
    }

    // Whether one of `patterns` is within two words before word `i`, in its clause.
    template <class Patterns>
    bool before(std::size_t i, const Patterns& patterns) const {
        for (std::size_t k = i; k > 0 && k + 2 >= i && same_clause(k - 1, i); --k) {
            if (matches_any(words_[k - 1].text, patterns)) {
                return true;
            }
        }
        return false;
    }

    // The index of the nearest word before word `i` in its clause, from word `floor` on, that is
    // one of `wanted`, with only `fillers` between (at most most_fillers of them).
    template <class Wanted, class Fillers>
    std::optional<std::size_t> word_before(std::size_t i, const Wanted& wanted,
                                           const Fillers& fillers, std::size_t floor = 0) const {
        std::size_t skipped = 0;
        for (std::size_t k = i; k > floor && same_clause(k - 1, i); --k) {
            if (matches_any(words_[k - 1].text, wanted)) {
                return k - 1;
            }
            if (!matches_any(words_[k - 1].text, fillers) || ++skipped > most_fillers) {
                break;
            }
        }
        return std::nullopt;
    }

    // Whether one of `wanted` follows word `last` in its clause with only `fillers` between.
    template <class Wanted, class Fillers>
    bool word_after(std::size_t last, const Wanted& wanted, const Fillers& fillers) const {
        for (std::size_t k = last + 1; k < words_.size() && same_clause(k, last); ++k) {
            if (matches_any(words_[k].text, wanted)) {
                return true;
            }
            if (!matches_any(words_[k].text, fillers)) {
                break;
            }
        }
        return false;
    }

    // The rule at `aid_ended`: a walking aid spoken of as used before, put away, or dated to the
    // first days only.
    bool aid_over(std::size_t first, std::size_t last) const {
        return word_before(first, aid_past, aid_fillers) || word_after(last, aid_ended, aid_fillers)
               || put_away_before(first) || needed_no_more_after(last)
               || used_until_an_earlier_day(last) || (dated_early(last) && !still_in_use(last));
    }

    // A word of putting the aid away before word `first` (`aid_ended_before`), no negative word
    // right before it: "discharged from crutches", "stopped using crutches".
    bool put_away_before(std::size_t first) const {
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

    // The rule at `aid_needs`: "crutches no longer needed", "crutches not required".
    bool needed_no_more_after(std::size_t last) const {
        std::size_t k = last + 1;
        while (k < words_.size() && same_clause(k, last)
               && matches_any(words_[k].text, aid_fillers)) {
            ++k;
        }
        if (k >= words_.size() || !same_clause(k, last)) {
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
        return k < words_.size() && same_clause(k, last) && matches_any(words_[k].text, aid_needs);
    }

    // Whether the words after word `last` in its clause say the aid was used until a day before
    // the day of writing: "crutches until day 3" written on day 4 or later.
    bool used_until_an_earlier_day(std::size_t last) const {
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

    // The whole number written right after word `k` ("day 3"), when one is.
    std::optional<int> number_after(std::size_t k) const {
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
        const bool whole =
            digits > 0 && !(!next.empty() && next[0] >= '0' && next[0] <= '9')
            && !(next.size() > 1 && next[0] == '.' && next[1] >= '0' && next[1] <= '9');
        return whole ? std::optional{value} : std::nullopt;
    }

    // Whether the words after word `last` in its clause date it to the first days: "initially",
    // "at first", "for the first 48h", "day 1 only".
    bool dated_early(std::size_t last) const {
        for (std::size_t k = last + 1; k < words_.size() && same_clause(k, last); ++k) {
            const auto& word = words_[k].text;
            const bool next_in_clause = k + 1 < words_.size() && same_clause(k, k + 1);
            if (matches_any(word, aid_early)
                || std::any_of(aid_early_pairs.begin(), aid_early_pairs.end(),
                               [&](const WordPair& pair) { return pair_at(k, pair); })
                || (word == "first" && next_in_clause && matches_any(words_[k + 1].text, aid_spans))
                || (word == "day" && day_one_after(k))) {
                return true;
            }
        }
        return false;
    }

    // Whether day one follows word `k` ("day"), not as the day count of now: "day 1", "day one",
    // "day 0"; not "day 1 post-op".
    bool day_one_after(std::size_t k) const {
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

    // Whether a word of the aid's clause, or of the clause after it, says it is still in use:
    // "on crutches since day 1", "crutches for the first 2 weeks, still using them".
    bool still_in_use(std::size_t last) const {
        const std::size_t clause = words_[last].clause;
        for (const auto& word : words_) {
            if ((word.clause == clause || word.clause == clause + 1)
                && matches_any(word.text, aid_present)) {
                return true;
            }
        }
        return false;
    }

    // "no" right before the words of bearing weight: "no weight bearing", "no FWB".
    std::optional<std::size_t> no_before(std::size_t i) const {
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

    // "no", "nil" or a word of not being able as the value of a label: "WB: nil".
    std::optional<std::size_t> labelled_nil(std::size_t i) const {
        const std::size_t k = i + 1;
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

    // The last word of a flag word written from word `k` on, when one is.
    std::optional<std::size_t> flag_word_at(std::size_t k) const {
        for (const auto& named : flag_words) {
            if (auto last = spelt_at(k, named)) {
                return last;
            }
        }
        return std::nullopt;
    }

    bool names_flag(std::size_t k) const { return flag_word_at(k).has_value(); }

    // Whether an exception ("except", "apart from") starts at word `k` with a word after it in
    // its clause: "no numbness yet tingling", not "no numbness yet".
    bool exception_at(std::size_t k) const {
        return std::any_of(exceptions.begin(), exceptions.end(), [&](const WordPair& e) {
            const std::size_t next = k + (e.second.empty() ? 1 : 2);
            return pair_at(k, e) && next < words_.size() && same_clause(k, next);
        });
    }

    // Whether an exception follows word `last` in its clause, or opens the clause after it
    // behind a comma or an opening bracket ("no numbness, only when driving", "no numbness (only
    // when driving)").
    bool excepted_after(std::size_t last) const {
        std::size_t k = last + 1;
        for (; k < words_.size() && same_clause(k, last); ++k) {
            if (exception_at(k)) {
                return true;
            }
        }
        return exception_after_comma(k);
    }

    bool exception_after_comma(std::size_t k) const {
        if (k == 0 || k >= words_.size() || !exception_at(k)) {
            return false;
        }
        std::string marks{text_.substr(words_[k - 1].end, words_[k].begin - words_[k - 1].end)};
        std::erase(marks, ' ');
        return marks == "," || marks == "(";
    }

    // Whether a negator applies directly to word `i` from a word after `other`, the first word of
    // its phrase: "walks without aids" (not "no sensation": the negator is the phrase's own).
    bool negated_within(std::size_t other, std::size_t i) const {
        const auto negator = word_before(i, negators, negation_fillers, other + 1);
        return negator && !double_negated_[*negator] && !excepted_after(i);
    }

    // Whether a negator applies directly to the words first..last (the rule at `negators`).
    bool negated(std::size_t first, std::size_t last) const {
        if (listed_under_no_red_flags(first)) {
            return true;  // "red flags: none (numbness, tingling, NWB, gap)"
        }
        return denied(first, last) && !excepted_after(last) && !undone_after(last)
               && !affirmed_later(last) && !excepted_in_next_sentence(last)
               && !qualified_after(last);
    }

    // The rule at red_flag_clause.hpp: the words after the flag ending at word `last` (after
    // its label's value, when one denies it) qualify its denial or resolution.
    bool qualified_after(std::size_t last) const {
        const auto value = label_denial(last);
        return remainder_after(clause_reader(), value ? *value : last) == Remainder::qualified;
    }

    // Whether a word before word `first` in its clause denies it (`denies_or_resolves`).
    bool denied_before(std::size_t first) const {
        for (std::size_t k = first; k > 0 && same_clause(k - 1, first); --k) {
            if (exception_at(k - 1)) {
                return false;
            }
            if (doubting(k - 1)) {
                return denies_or_resolves(k - 1);
            }
        }
        return false;
    }

    ClauseReader clause_reader() const {
        return {text_, words_, [this](std::size_t k) { return opens_a_flag(k); }};
    }

    // Whether word `k`, a doubt, denies or resolves rather than asks or dates: "no", "not",
    // "denied", "resolved" (not "possible", "history", "ruled out"). These answer a mention only
    // in their strict form (red_flag_clause.hpp).
    bool denies_or_resolves(std::size_t k) const {
        const auto& word = words_[k];
        return word.negative || matches_any(word.text, negators)
               || matches_any(word.text, trailing_negators)
               || matches_any(word.text, negative_words)
               || matches_any(word.text, resolution_doubts);
    }

    // Whether word `k` affirms: one of `affirm_words` (or `affirm_pairs`), not after a negator
    // or a negative word ("not present") nor a time's "at" ("none at present").
    bool affirms_at(std::size_t k) const {
        const bool affirm = matches_any(words_[k].text, affirm_words)
                            || std::any_of(affirm_pairs.begin(), affirm_pairs.end(),
                                           [&](const WordPair& pair) { return pair_at(k, pair); });
        if (!affirm) {
            return false;
        }
        if (matches_any(words_[k].text, return_words) && k + 1 < words_.size()
            && same_clause(k, k + 1) && words_[k + 1].text == "to") {
            return false;  // "returned to training"
        }
        const bool undone =
            k > 0 && same_clause(k - 1, k) && (doubting(k - 1) || words_[k - 1].text == "at");
        return !undone;
    }

    // Whether a word after word `from` in its clause undoes a denial or a doubt before it: an
    // exception ("numbness denied except when sitting"), an affirmation ("N/T - nil at rest / +
    // on slump"), or an improvement negated or hedged ("numbness denied, not gone").
    bool undone_after(std::size_t from) const {
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

    // Whether the exception at word `k` is a contrast ("but", "yet") whose clause names another
    // matter (`other_matters`): "numbness resolved, but hamstring still tight" is no exception
    // to the resolution; "numbness denied but some at night" is.
    bool contrast_about_another_matter(std::size_t k) const {
        if (!matches_any(words_[k].text, contrasts)) {
            return false;
        }
        for (std::size_t j = k + 1; j < words_.size() && same_clause(j, k + 1); ++j) {
            if (matches_any(words_[j].text, other_matters)) {
                return true;
            }
        }
        return false;
    }

    // Whether an affirmation at word `k` follows a fragment of its own after word `from`: a '/'
    // or a denial or doubt between them ("nil at rest / + on slump", "numbness denied, present
    // today"); not "no numbness present", where the affirmation is the denied mention's.
    bool doubted_between(std::size_t from, std::size_t k) const {
        for (std::size_t j = from + 1; j < k; ++j) {
            if (doubting(j)) {
                return true;
            }
        }
        return marks_between(from, k).find('/') != std::string::npos;
    }

    // Whether the flag word at `first` is listed in brackets after a denial of red flags: "red
    // flags: none (numbness, tingling, NWB, gap)", "no red flags (N/T, NWB)", "RF: nil (...)".
    // Nothing in the brackets may affirm or except (then the list is no plain denial).
    bool listed_under_no_red_flags(std::size_t first) const {
        std::optional<std::size_t> open;
        for (std::size_t k = first; k > 0 && !sentence_ends_between(k - 1, k); --k) {
            const auto marks = marks_between(k - 1, k);
            if (marks.find(')') != std::string::npos) {
                return false;
            }
            if (marks.find('(') != std::string::npos) {
                open = k - 1;
                break;
            }
        }
        if (!open || !red_flags_denied_at(*open)) {
            return false;
        }
        for (std::size_t k = *open + 1; k < words_.size(); ++k) {
            if (exception_at(k) || affirms_at(k) || persisting_[k]) {
                return false;
            }
            if (k + 1 < words_.size() && marks_between(k, k + 1).find(')') != std::string::npos) {
                return true;
            }
        }
        return text_.substr(words_.back().end).find(')') != std::string_view::npos;
    }

    // Whether word `k` ends a denial of red flags: "red flags: none", "no red flags", "RF nil".
    bool red_flags_denied_at(std::size_t k) const {
        const auto red_flags_end = [&](std::size_t j) {
            return (matches(words_[j].text, "flag*") && j > 0 && words_[j - 1].text == "red")
                   || words_[j].text == "rf" || words_[j].text == "rfs";
        };
        if (matches_any(words_[k].text, label_negators) && k > 0 && red_flags_end(k - 1)) {
            return true;  // "red flags: none (", "RF nil ("
        }
        if (!red_flags_end(k)) {
            return false;
        }
        const std::size_t start = words_[k].text == "rf" || words_[k].text == "rfs" ? k : k - 1;
        return start > 0 && matches_any(words_[start - 1].text, negators);  // "no red flags ("
    }

    // Whether the clause from word `first` says the symptom persists with no subject of its own:
    // it opens with an improvement negated or hedged, or with one of `persist_openers` before
    // it ("numbness improving, not gone", "numbness settling, but not fully"; not "no
    // numbness, pain no better").
    bool persists_at(std::size_t k, std::size_t first) const {
        return persisting_[k]
               && (persisting_[first]
                   || (k == first + 1 && matches_any(words_[first].text, persist_openers)));
    }

    // The number of words of the sentence that starts at word `k`.
    std::size_t sentence_length(std::size_t k) const {
        std::size_t end = k + 1;
        while (end < words_.size() && !sentence_ends_between(end - 1, end)) {
            ++end;
        }
        return end - k;
    }

    // Whether a full stop, ';', '!' or '?' lies between words `a` and `b`.
    bool sentence_ends_between(std::size_t a, std::size_t b) const {
        return marks_between(a, b).find_first_of(".;!?") != std::string::npos;
    }

    // Whether word `k` names a flag or opens a phrase that may: a clause about another flag.
    bool opens_a_flag(std::size_t k) const {
        return names_flag(k)
               || std::any_of(flag_phrases.begin(), flag_phrases.end(),
                              [&](const FlagPhrase& p) { return matches(words_[k].text, p.word); })
               || matches_any(words_[k].text, weight_words)
               || matches_any(words_[k].text, standing_words);
    }

    // The rule at `affirm_words`: a later clause affirms the mention ending at word `last`.
    bool affirmed_later(std::size_t last) const {
        std::size_t k = last + 1;
        while (k < words_.size() && same_clause(k, last)) {
            ++k;
        }
        while (k < words_.size()) {
            const bool next_sentence = sentence_ends_between(k - 1, k);
            bool affirms = false;
            bool doubts_it = false;
            bool other_flag = false;
            const std::size_t clause_first = k;
            const bool short_next = next_sentence && sentence_length(k) <= short_fragment;
            const auto in_fragment = [&](std::size_t j) {
                return j == clause_first
                       || (next_sentence ? !sentence_ends_between(j - 1, j)
                                         : same_clause(j, clause_first));
            };
            for (; k < words_.size() && in_fragment(k); ++k) {
                const bool affirm =
                    affirms_at(k) || (!next_sentence && persists_at(k, clause_first));
                const bool strong = matches_any(words_[k].text, strong_affirm_words);
                // In a short next sentence, an affirmation may open any clause or follow a word
                // of time: "Edit: present", "Now present"; not "Pain present".
                const bool opens_clause =
                    k == clause_first
                    || (short_next
                        && (!same_clause(k - 1, k) || matches_any(words_[k - 1].text, time_words)));
                affirms = affirms || (affirm && (!next_sentence || opens_clause || strong));
                doubts_it = doubts_it || doubting(k);
                other_flag = other_flag || opens_a_flag(k);
            }
            if (other_flag) {
                return false;
            }
            if (affirms && !doubts_it) {
                return true;
            }
            if (next_sentence) {
                return false;
            }
        }
        return false;
    }

    bool denied(std::size_t first, std::size_t last) const {
        if (const auto negator = word_before(first, negators, negation_fillers)) {
            return !double_negated_[*negator] && !hedged_before(*negator);
        }
        if (const auto either = word_before(first, either_words, negation_fillers)) {
            const std::size_t k = *either;  // "no numbness or tingling"
            return k >= 1 && same_clause(k - 1, first) && names_flag(k - 1)
                   && negated(k - 1, k - 1);
        }
        return word_after(last, trailing_negators, test_words) || labelled_absent(last)
               || labelled_dash(last);
    }

    // The rule at `hedges_before_denial`: the denial or resolution at word `k` is doubted before
    // it ("probably no numbness", "? no palpable gap").
    bool hedged_before(std::size_t k) const {
        if (words_[k].queried) {
            return true;
        }
        for (std::size_t j = k; j > 0 && j + hedge_before_reach > k && same_clause(j - 1, k); --j) {
            if (matches_any(words_[j - 1].text, hedges_before_denial) || words_[j - 1].queried) {
                return true;
            }
        }
        return false;
    }

    // The rule at `hedges_before_denial`'s neighbour: an exception or a contrast opening the next
    // sentence after word `last` ("No numbness. Except at night.") undoes its denial, unless its
    // clause is another matter's or names a flag of its own.
    bool excepted_in_next_sentence(std::size_t last) const {
        std::size_t k = last + 1;
        while (k < words_.size() && !sentence_ends_between(k - 1, k)) {
            ++k;
        }
        if (k >= words_.size() || !exception_at(k) || contrast_about_another_matter(k)
            || matches_any(words_[k].text, not_opening_exceptions)) {
            return false;
        }
        for (std::size_t j = k; j < words_.size() && same_clause(j, k); ++j) {
            if (opens_a_flag(j)) {
                return false;
            }
        }
        return true;
    }

    // Whether a label ending at word `last` has a lone dash for its value, ending its clause:
    // "N/T: -", "numbness = \u2013", "numbness: -, tingling: -".
    bool labelled_dash(std::size_t last) const {
        const std::size_t end = label_end(last);
        auto rest = text_.substr(words_[end].end);
        const auto skip_blanks = [&rest] {
            while (rest.starts_with(' ')) {
                rest.remove_prefix(1);
            }
        };
        skip_blanks();
        if (!rest.starts_with(':') && !rest.starts_with('=')) {
            return false;
        }
        rest.remove_prefix(1);
        skip_blanks();
        bool dash = false;
        for (const std::string_view mark : {"-", "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x88\x92"}) {
            if (rest.starts_with(mark)) {
                rest.remove_prefix(mark.size());
                dash = true;
                break;
            }
        }
        skip_blanks();
        return dash && (rest.empty() || rest.find_first_of(",;.") == 0);
    }

    // The last word of a label that names flags together ("numbness/tingling", "numbness,
    // tingling", "numbness & tingling", "numbness and tingling") from its first flag word, which
    // ends at word `last`: the word its value follows.
    std::size_t label_end(std::size_t last) const {
        std::size_t end = last;
        for (std::size_t k = end + 1; k < words_.size(); k = end + 1) {
            if (matches_any(words_[k].text, label_joiners) && marks_between(end, k).empty()) {
                ++k;
            }
            const auto marks = k < words_.size() ? marks_between(k - 1, k) : std::string{"."};
            const auto named = k < words_.size() ? flag_word_at(k) : std::nullopt;
            if (!named
                || !(marks.empty() || marks == "/" || marks == "," || marks == "&"
                     || marks == "+")) {
                break;
            }
            end = *named;
        }
        return end;
    }

    // The marks between words `a` and `b`, without blanks.
    std::string marks_between(std::size_t a, std::size_t b) const {
        std::string marks{text_.substr(words_[a].end, words_[b].begin - words_[a].end)};
        std::erase(marks, ' ');
        return marks;
    }

    // The index of a label's value that denies the flags it names, the first ending at word
    // `last`: "numbness: no", "N/T (-ve)", "numbness/tingling \u2013 nil, except at night".
    std::optional<std::size_t> label_denial(std::size_t last) const {
        const std::size_t end = label_end(last);
        std::size_t k = end + 1;
        if (k >= words_.size()) {
            return std::nullopt;
        }
        const auto marks = marks_between(end, k);
        // "numbness/tingling: all nil", "numbness: not present".
        const bool opened = matches_any(words_[k].text, label_value_openers)
                            || (words_[k].text == "not" && !words_[k].negative);
        if (opened && k + 1 < words_.size() && same_clause(k, k + 1)
            && marks_between(k, k + 1).empty()) {
            const bool value = words_[k].text == "not"
                                   ? matches_any(words_[k + 1].text, not_values)
                                   : matches_any(words_[k + 1].text, label_negators);
            if (value) {
                ++k;
            }
        }
        if (!matches_any(words_[k].text, label_negators) && k == end + 1) {
            return std::nullopt;
        }
        const bool bracket = marks == "(" && text_.substr(words_[k].end).starts_with(')');
        const bool label =
            bracket
            || std::find(label_marks.begin(), label_marks.end(), marks) != label_marks.end();
        return label ? std::optional{k} : std::nullopt;
    }

    // The rule at `label_negators`: the value ends its clause, and no exception follows it
    // ("numbness: no"; not "numbness: no change", "numbness: no, except at night").
    bool labelled_absent(std::size_t last) const {
        const auto k = label_denial(last);
        if (!k) {
            return false;
        }
        std::size_t end = *k + 1;  // past the value and its tail ("none reported")
        while (end < words_.size() && same_clause(*k, end)
               && matches_any(words_[end].text, denial_tails)) {
            ++end;
        }
        return (end == words_.size() || !same_clause(*k, end)) && !exception_after_comma(end);
    }

    bool negative(const Word& word) const {
        return word.negative || matches_any(word.text, negative_words);
    }

    // Marks each negator after a negative word ("never without", "not yet off"), and the words
    // before it that negate it (the rule at `negators`); so too a word of putting an aid away
    // ("not discharged from crutches", "hasn't stopped using crutches": `aid_ended_before`).
    void mark_double_negatives() {
        for (std::size_t n = 1; n < words_.size(); ++n) {
            if (!matches_any(words_[n].text, negators)
                && !matches_any(words_[n].text, aid_ended_before)) {
                continue;
            }
            std::size_t k = n - 1;
            // "not yet off", "not weaned off", "hasn't come off": through these to the negative.
            for (std::size_t skipped = 0;
                 k > 0 && skipped < 3
                 && (words_[k].text == "yet" || matches_any(words_[k].text, aid_ended_before)
                     || matches_any(words_[k].text, coming_off_words));
                 ++skipped) {
                --k;
            }
            if (same_clause(k, n) && negative(words_[k])) {
                std::fill(double_negated_.begin() + static_cast<std::ptrdiff_t>(k),
                          double_negated_.begin() + static_cast<std::ptrdiff_t>(n) + 1, true);
            }
        }
    }

    // Marks each improvement negated, its negative word and the words between (the rule at
    // `improvement_words`): "no better", "not gone", "hasn't settled", "no improvement".
    void mark_persisting() {
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

    bool doubting(std::size_t k) const {
        const auto& word = words_[k];
        return !double_negated_[k] && !persisting_[k]
               && (word.negative || matches_any(word.text, negators)
                   || matches_any(word.text, trailing_negators) || matches_any(word.text, doubts));
    }

    // Whether word `k` leaves a flag open (vocabulary `open_words`): "cannot be excluded",
    // "can't rule out", "not sure", "not tested", "unclear".
    bool leaves_open(std::size_t k) const {
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

    // Whether a word in the clause of first..last, outside it, leaves the flag open.
    bool left_open(std::size_t first, std::size_t last) const {
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

    // The rule at Mention::affirmed: no doubt in the clause outside first..last, or a doubt
    // before it, or a label's denying value after it, that an exception after it undoes ("no
    // numbness except at night", "numbness - none, unless sitting").
    bool affirmed(std::size_t first, std::size_t last) const {
        if (words_[first].queried) {
            return false;
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
        return true;
    }

    // Whether the sentence of word `k`, a denial or a resolution, ends in a question mark: it is
    // asked, not said ("Numbness gone? No.", "N/T resolved?"). A hedge asked still doubts
    // ("possible rupture?"), as one opened by '?' does ("? avulsion").
    bool asked(std::size_t k) const {
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

    void add(RedFlag flag, RedFlag also, std::size_t first, std::size_t last,
             bool affirms_both = false) {
        const bool names_it = flag == also || affirms_both
                              || matches_any(words_[first].text, names_both)
                              || matches_any(words_[last].text, names_both);
        const bool plain = names_it && !matches_any(words_[first].text, asks_only)
                           && !matches_any(words_[last].text, asks_only) && affirmed(first, last);
        const auto seen = std::find_if(found_.begin(), found_.end(), [&](const Mention& m) {
            return m.flag == flag && m.also == also;
        });
        if (seen != found_.end()) {
            seen->affirmed = seen->affirmed || plain;
            return;
        }
        found_.push_back(
            {flag, also,
             std::string{text_.substr(words_[first].begin, words_[last].end - words_[first].begin)},
             plain});
    }

    std::string_view text_;
    std::optional<int> day_;  // the day since the injury the text was written on, when known
    std::vector<Word> words_;
    std::vector<bool> double_negated_;  // words of a double negative (mark_double_negatives)
    std::vector<bool> persisting_;      // words of an improvement negated (mark_persisting)
    std::vector<Mention> found_;
};

}  // namespace

std::vector<Mention> mentions_in(std::string_view text, std::optional<int> day) {
    return MentionFinder{text, day}.find();
}

}  // namespace coach::json::detail
