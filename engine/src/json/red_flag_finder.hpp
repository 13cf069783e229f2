#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/date.hpp"
#include "json/red_flag_clause.hpp"
#include "json/red_flag_mentions.hpp"
#include "json/red_flag_vocabulary.hpp"
#include "json/red_flag_words.hpp"

// The reader behind mentions_in() (red_flag_mentions.hpp), private to the engine: one note's
// words, what is known of them, and the rules written beside the vocabulary
// (red_flag_vocabulary.hpp) over them, in four parts: the flag words and phrases
// (red_flag_mentions.cpp), bearing weight and walking aids (red_flag_weight_bearing.cpp),
// denials, labels and exceptions (red_flag_denials.cpp), and doubts and affirmations
// (red_flag_affirmations.cpp). [thread-compatible] One reader per note, over a text it does not
// own.
namespace coach::json::detail::mention_reading {

using namespace vocabulary;

class MentionFinder {
  public:
    MentionFinder(std::string_view text, std::optional<int> day,
                  std::optional<Date> injury = std::nullopt)
        : text_(text),
          day_(day),
          injury_year_(injury ? std::optional{static_cast<int>(injury->ymd().year())}
                              : std::nullopt),
          written_(injury && day ? std::optional{*injury + *day} : std::nullopt),
          words_(read_words(text)),
          double_negated_(words_.size(), false),
          persisting_(words_.size(), false) {
        mark_double_negatives();
        mark_intermittence();
        mark_persisting();
    }

    std::vector<Mention> find() &&;

  private:
    // The words of `text` (words_of), with letters spaced one by one joined ("n u m b n e s s")
    // and a misspelt flag word read as it is meant (vocabulary `misspelt_words`).
    static std::vector<Word> read_words(std::string_view text);

    void find_flag_words(std::size_t i);

    void find_phrases(std::size_t i);
    // Whether word `k` is denied right before it ("not normal", "no good", "isn't fine").
    bool said_not(std::size_t k) const;
    // Whether the word of control at `control` is said as being in control: 1 kept ("in control
    // of bladder and bowel", "fully in control"), -1 denied ("not in control of his bladder",
    // "no longer fully in control", "isn't in control"), 0 when "in" is not before it.
    int in_control_said(std::size_t control) const;
    // Where a control denied begins: `first`, or the words of keeping and denying before it
    // ("not fully in control", "no good control").
    std::size_t control_denial_start(std::size_t first) const;
    // How a phrase of words `first` to `last` whose trouble is word `control` ("control") says
    // the control is, by a word right before `control`, before the phrase (over the other
    // sphincter named with it) or right after it, in its clause: 1 kept ("good control of
    // bladder", "good bladder and bowel control", "bladder control good"), -1 that word denied
    // ("no good control of bladder", "bladder control not good"), 0 neither.
    int control_said(std::size_t first, std::size_t last, std::size_t control) const;
    // Whether the partner words of `phrase` in a row right before its word `i`, from `other`
    // (the farthest, where the quoted mention starts), are denied from the nearest of them: "No
    // altered sensation" is a sensation altered, denied (trial 47), not "no sensation".
    bool denied_nearest(const FlagPhrase& phrase, std::size_t other, std::size_t i) const;

    // A tear called whole by its number, a gap (vocabulary `tear_words`): "100% tear".
    void find_whole_tear(std::size_t i);

    // A tear across the whole width (vocabulary `whole_words`): "tear of the whole tendon width".
    void find_whole_width(std::size_t i);

    // The rule at `whole_share_exclusions`: "tear involves 100% of cross-sectional area".
    void find_whole_share(std::size_t i);

    // The rule at `bearing_orders`: "WB 50%", "weight bearing limited to 20 kg".
    void find_limited_bearing(std::size_t i);

    // The rule at `tendon_absent_values`, as a label: "Tendon intact: no".
    void find_tendon_not_intact(std::size_t i);

    // Fewer than four steps counted in digits, as the Ottawa rules count them (unable to take
    // four steps: Stiell et al. 1992, Ann Emerg Med 21(4):384-390): "managed only 3 steps
    // unaided", "could take 2 steps" (trial 36), a word of a limit in the clause; not a drill's
    // steps ("2 steps each side"). Four or fewer after a word of not being able, in digits or
    // words: "Could not take four steps", "couldn't manage a single step" (trial 40).
    void find_counted_steps(std::size_t i);

    // Weak dorsiflexion or great toe extension graded below 5 of 5, a sign of the nerve (trial 36:
    // "Ankle DF 3/5", "dorsiflexion 4-/5"); "DF 5/5" is full strength.
    void find_graded_weakness(std::size_t i);

    // Weakness of the legs in one clause, "both sides" or "bilaterally" opening the next after a
    // comma (trials 73 to 75: "Weak legs, both sides, since this morning"): weakness of both legs,
    // a sign of cauda equina compression, read as both nerve flags.
    void find_weakness_both_sides(std::size_t i);

    static bool is_number_mark(char c) { return (c >= '0' && c <= '9') || c == '.' || c == '/'; }

    // Whether the last word of a phrase, word `last`, opens a hyphened compound with a word that
    // names no flag ("completed the tear-drop drill": a tear-drop is no tear; not "toe-touch
    // weight-bearing", nor a likeness: "electric shock-like pain", trial 37).
    bool compound_after(std::size_t last) const {
        const std::size_t next = last + 1;
        return next < words_.size() && words_[next].hyphened && !names_flag(next)
               && !matches_any(words_[next].text, weight_words)
               && !matches_any(words_[next].text, likeness_suffixes);
    }

    // A single letter N or T as a label whose value says yes (trial 35: "N: yes T: no", "N = +",
    // "T: Y"): numbness or tingling affirmed, as "numbness: yes" is.
    void find_shorthand_label(std::size_t i);

    // Whether the words around the mention first..last say it is not this athlete's red flag now
    // (red_flag_context.cpp): another body site ("numb fingers", "tingling R hand (ulnar)"),
    // another person ("Dad on crutches"), a year before the injury's ("crutches in 2019"), or,
    // for numbness alone, the effect of ice ("iced until numb"). Such a mention asks, as "history
    // of sciatica" does: a record of the flag as absent answers it.
    bool about_something_else(std::size_t first, std::size_t last, RedFlag flag,
                              RedFlag also) const;

    // Whether a rupture or retraction, words first..last, is another part's, named within four
    // words of it in its clause ("ruptured Achilles", "ACL rupture"), as the grade reader reads
    // it (grade_vocabulary.hpp, `other_body_parts`; red_flag_context.cpp).
    bool of_another_part(std::size_t first, std::size_t last) const;

    // Whether another person is the subject that opens the sentence of words from..first, and
    // no word of this athlete follows before word `first`, nor in the mention up to `last`, where
    // a person carried is this athlete too ("Husband has to carry her": trial 47;
    // red_flag_context.cpp). A possessive
    // ("Friend's avulsion") counts only when `possessive_is_theirs`: an aid may be borrowed
    // ("Using sister's crutches").
    bool another_person_opens(std::size_t from, std::size_t first, std::size_t last,
                              bool possessive_is_theirs) const;

    // Whether the mention, words `first` to `last`, is another person's, who opens its sentence
    // ("Teammate's foot went numb", "Dad on crutches"): no flag of this athlete at all, so no
    // record of it is asked for, in any note (trial 40). Not when the mention itself names this
    // athlete ("Teammates carried him to the car": trial 47).
    bool another_persons(std::size_t first, std::size_t last, RedFlag flag) const;

    // Whether a gap, words first..last, is placed on the other leg in its clause within
    // `other_leg_reach` words after it: one of `site_prepositions`, at most one of
    // `subject_openers`, one of `other_leg_sides` and one of `leg_words` ("gap felt in the other
    // leg years ago", "a dip on the opposite thigh"; not "gap compared with the other side", a
    // comparison that places it here) (trial 41; red_flag_context.cpp).
    bool on_the_other_leg(std::size_t first, std::size_t last) const;

    // Whether word `k` is another person's, an apostrophe and "s" after it: "nan's" (trial 39).
    bool owned_by_another_person(std::size_t k) const;

    // Whether word `k` lends an aid to someone, its borrower after it: "borrowed by her brother",
    // "lent to a teammate" (`lendings`); not "borrowed from her brother" (trial 45).
    bool lent_to_someone(std::size_t k) const;

    // Whether an aid, ending at word `last`, is lent out in its sentence from word `from`: a
    // lending verb before it, its borrower's word right after and a person after that ("Lent his
    // crutches to a teammate"; not "lent crutches to get home"; trial 45).
    bool aid_lent_out(std::size_t from, std::size_t last) const;

    // The rule at `aid_users`: "Trained next to a player on crutches" (trial 39).
    bool aid_of_someone_beside(std::size_t first) const;

    // The rule at `advice_words`: the flag first..last named in advice on what to watch for, in
    // the sentence from word `from` (trial 39).
    bool safety_advice(std::size_t from, std::size_t first, std::size_t last, RedFlag flag) const;

    // The rule at `titles`: flag word `i` is a person's name ("Dr Crutchley", "J. Walker").
    bool a_name_at(std::size_t i) const;

    // Whether word `i`, a diagnosis's abbreviation (`FlagWord::diagnosis`), is spelt out as
    // something else in the bracket right after it: its letters the first letters of the
    // bracket's first words, none of which names a flag ("CES (Continuing Education Seminar)";
    // not "CES (cauda equina syndrome)") (trial 76).
    bool spelt_out_otherwise(std::size_t i) const;

    // The rule at `unable_words`.
    void find_inability_to_bear_weight(std::size_t i);

    // The last word of `named`, a flag word starting with the first letter of word `i`, written
    // from word `i` on, when it is written there: in its parts ("step-off", "wheel chair"), or
    // read across hyphens ("para-esthesia"). This and the next two run for every flag word of
    // that letter at every word: inline, defined in red_flag_mentions.cpp (their only user), so
    // that they inline into its loop (6% more instructions for a note-heavy record when they were
    // not).
    inline std::optional<std::size_t> spelt_at(std::size_t i, const FlagWord& named) const;

    // A pattern's parts, word by word: after '-' the next word is hyphened to the one before,
    // after ' ' it follows in the same clause.
    inline std::optional<std::size_t> spelt_in_parts(std::size_t i, std::string_view pattern) const;

    // The words from `i` joined across up to three hyphens, when they match `pattern` whole.
    inline std::optional<std::size_t> joined_across_hyphens(std::size_t i,
                                                            std::string_view pattern) const;

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

    // Whether "bear" or "stand" at word `i` takes something endured, not weight (`endured_openers`:
    // "can't bear to watch", "unable to stand the cold tub"; not "can't bear the weight").
    bool endured_after(std::size_t i) const;

    // Whether "without" and a word of pain follow word `i` of walking or bearing weight ("cannot
    // walk without pain", "unable to weight bear without discomfort"): the athlete walks, with
    // pain, which the pain ratings record; not an aid ("can't walk without crutches").
    bool walks_with_pain_after(std::size_t i) const;

    // An inability said of word `i` of bearing weight in the next clause of its sentence, by
    // "do so" or "do it" (trial 45: "Weight bearing painful, unable to do so without help"): the
    // index of "so" or "it"; not when pain is all it cannot be done without ("walking sore,
    // cannot do so without pain").
    std::optional<std::size_t> inability_said_after(std::size_t i) const;

    // Whether the restrictions are what is denied: a restriction word within two words after
    // word `k` ("no WB restrictions").
    bool restrictions_after(std::size_t k) const;

    // A word of not being able within unable_reach of word `i`, in its clause; one after it only
    // when no conjunction opens another part of the clause between them.
    std::optional<std::size_t> unable_near(std::size_t i, bool standing) const;

    // Whether a word of `conjunct_openers` comes between words `first` and `last`.
    bool conjunct_between(std::size_t first, std::size_t last) const;

    // Whether `pair` is written at word `k` (its first word; a second in the same clause).
    bool pair_at(std::size_t k, const WordPair& pair) const;

    // A word of ceasing ("no longer", "yet to") before word `i` with only ceased_fillers between
    // (for standing, "able" among them): the index of its first word.
    std::optional<std::size_t> ceased_before(std::size_t i, bool standing) const;

    // A value of ability right after word `i`: "no standing possible".
    bool value_after(std::size_t i) const;

    // The index of the word of the ground when word `i` puts a foot down (`putting_words`):
    // "put foot down", "putting the leg to the ground".
    std::optional<std::size_t> foot_put_down(std::size_t i) const;

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

    // Whether "no longer" and a word of being there follow word `last` in its clause ("numbness
    // no longer present", "tingling is no longer there": trial 37), a resolution: the index of
    // the word of being there.
    std::optional<std::size_t> present_no_longer_after(std::size_t last) const;

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
    bool aid_over(std::size_t first, std::size_t last) const;

    // A word of putting the aid away before word `first` (`aid_ended_before`), no negative word
    // right before it: "discharged from crutches", "stopped using crutches".
    bool put_away_before(std::size_t first) const;

    // The rule at `aid_needs`: "crutches no longer needed", "crutches not required".
    bool needed_no_more_after(std::size_t last) const;

    // The rule at `aid_need_verbs`: "doesn't need crutches anymore", "no longer needs crutches".
    bool needed_no_more_before(std::size_t first) const;

    // The rule at `aid_giving`: "gave crutches back day 3".
    bool given_back(std::size_t first, std::size_t last) const;

    // Whether the words after word `last` in its clause say the aid was used until a day before
    // the day of writing: "crutches until day 3" written on day 4 or later.
    bool used_until_an_earlier_day(std::size_t last) const;

    // Whether the clause after the flag at word `last` says it resolved at a time already passed
    // (vocabulary `resolved_ago`: "tingling settled by day 1", "resolved 2 days ago"), or on a
    // calendar date not after the day of writing ("resolved 2026-10-06", trial 40).
    bool resolved_in_time(std::size_t last) const;

    // The word after a label's resolved value and the words that say when it resolved, from word
    // `from` on, when they say a day already passed ("numbness: resolved day 1", "tingling:
    // settled yesterday", "N/T: resolved on day 2"), else `from` (red_flag_denials.cpp).
    std::size_t past_the_day_resolved(std::size_t from, std::size_t value) const;

    // Whether a day after the day of writing follows word `k` in its clause ("settled by day 3"
    // written on day 2), or "tomorrow", "from now", "next week" (not "the next morning", after
    // another time): what is dated so has not happened yet (trial 38, trial 40).
    bool dated_after_writing(std::size_t k) const;

    // Whether a calendar date after the day of writing follows word `k` in its clause (trial 39:
    // "settled by 2026-10-09", "resolved 10/10/2026", "settled by 9 Oct", "resolved by Friday 9
    // October", written on 2026-10-06).
    bool calendar_date_after_writing(std::size_t k) const;

    // The latest calendar date written after word `k` in its clause, when one is (needs the date
    // of writing, `written_`): a date in digits, dotted or of eight digits ("9.10.2026",
    // "20261009"), a day and month after a dating word ("on 9/10"), a day beside a month's name,
    // a day of the month alone ("on the 9th"), or a weekday alone after a dating word, read as
    // the next one ("by Friday"; trial 40).
    std::optional<Date> calendar_date_after(std::size_t k) const;

    // The rule at `resolution_fillers`: a later clause of the sentence of the mention ending at
    // word `last` says it resolved ("Had tingling on day 1, gone now").
    bool resolved_in_a_later_clause(std::size_t last) const;

    // Whether the clause from word `k` says only that the flag has been absent, or weight borne
    // in full, since then (vocabulary `over_since_words`): "none since", "FWB since", "walking
    // normally since", "none now" (trial 40).
    bool over_since(std::size_t k) const;

    // Whether the clause after the flag ending at word `last` dates it to one day before the day
    // of writing only, or says it went on one ("Tingling on day 1 only", "Numbness went on day
    // 2": trial 40).
    bool only_on_a_past_day(std::size_t last) const;

    // Whether an aid, words first..last, was offered and declined ("Crutches offered, declined",
    // "Offered crutches, declined": trial 40).
    bool declined(std::size_t first, std::size_t last) const;

    // The same rule for a fragment after a dash in the clause of the mention ending at word
    // `last`, up to word `k`: "Pins and needles day 1 - gone now".
    bool resolved_after_a_dash(std::size_t last, std::size_t k) const;

    // Whether the words from word `k` to the end of its clause say only that the flag resolved
    // (`resolution_fillers`), on a day not after the day of writing, with nothing after that
    // qualifies it.
    bool resolution_fragment(std::size_t k) const;

    // Whether a lone nought follows word `last` (after a label's ':' or '=', too), ending its
    // clause: "N/T 0.", "numbness 0," (trial 38), a score of none out of ten "Numbness 0/10",
    // "Numbness: 0/10" (trial 40); not "N/T 0 at rest", "0/10 at rest", "0.5/10".
    bool nought_after(std::size_t last) const;

    // The rule at `aid_ended`: the aid put away, said after it in its clause or as its label's
    // value ("crutches ceased day 2", "crutches: D/C'd"), on a day not after the day of writing.
    bool ended_after(std::size_t last) const;
    // Whether the next clause of its sentence opens with the aid's end, its aid unsaid: "Used
    // crutches for 2 days after injury, weaned off", "crutches day 1-3, now stopped" (trial 55).
    bool ended_in_the_next_clause(std::size_t last) const;

    // The whole number written right after word `k` ("day 3"), when one is.
    std::optional<int> number_after(std::size_t k) const;

    // Whether the words after word `last` in its clause date it to the first days: "initially",
    // "at first", "for the first 48h", "day 1 only".
    bool dated_early(std::size_t last) const;

    // Whether day one follows word `k` ("day"), not as the day count of now: "day 1", "day one",
    // "day 0"; not "day 1 post-op".
    bool day_one_after(std::size_t k) const;

    // Whether a word of the aid's clause, or of the clause after it, says it is still in use:
    // "on crutches since day 1", "crutches for the first 2 weeks, still using them".
    bool still_in_use(std::size_t last) const;

    // "no" right before the words of bearing weight: "no weight bearing", "no FWB".
    std::optional<std::size_t> no_before(std::size_t i) const;

    // "no", "nil" or a word of not being able as the value of a label: "WB: nil", "Weight on the
    // leg: none" (`label_limb_openers`).
    std::optional<std::size_t> labelled_nil(std::size_t i) const;

    // The last word of a flag word written from word `k` on, when one is.
    std::optional<std::size_t> flag_word_at(std::size_t k) const;

    bool names_flag(std::size_t k) const { return flag_word_at(k).has_value(); }

    // Whether an exception ("except", "apart from") starts at word `k` with a word after it in
    // its clause: "no numbness yet tingling", not "no numbness yet".
    bool exception_at(std::size_t k) const;

    // Whether an exception follows word `last` in its clause, or opens the clause after it
    // behind a comma or an opening bracket ("no numbness, only when driving", "no numbness (only
    // when driving)").
    bool excepted_after(std::size_t last) const;

    bool exception_after_comma(std::size_t k) const;

    // Whether a negator applies directly to word `i` from a word after `other`, the first word of
    // its phrase: "walks without aids" (not "no sensation": the negator is the phrase's own).
    bool negated_within(std::size_t other, std::size_t i) const;

    // Whether a negator applies directly to the words first..last (the rule at `negators`).
    bool negated(std::size_t first, std::size_t last) const;

    // The rule at red_flag_clause.hpp: the words after the flag ending at word `last` (after
    // its label's value, when one denies it) qualify its denial or resolution.
    bool qualified_after(std::size_t last) const;

    // Whether the flag word first..last, its clause whole, follows a comma after a flag word a
    // verb of denial denies, in a list: "denies numbness, tingling" ("no numbness, tingling" may
    // say tingling is there: not a list).
    bool listed_after_denial(std::size_t first, std::size_t last) const;

    // A verb of denial as the label of a list that word `j` begins, opening its sentence alone
    // or after its subject (trial 84: "Denies: numbness, tingling", "Pt denies: numbness"): the
    // verb's index. Not a verb after a flag ("Numbness denied: tingling present").
    std::optional<std::size_t> denial_label_before(std::size_t j) const;

    // The first of up to two words naming where a cauda equina sign is (`sign_places`) right
    // before word `first` in its clause, as an item of a list names it ("or saddle anaesthesia",
    // "or bladder/bowel changes"); `first` when there are none.
    std::size_t its_place(std::size_t first) const;

    // The "negative" of "negative for" right before word `j`, a denial of what follows and of
    // the list it opens (trial 47: "Negative for numbness, tingling and weight-bearing
    // difficulty").
    std::optional<std::size_t> negative_for(std::size_t j) const;

    // The verb of denial (`denial_verbs`) right before word `j`, through `negation_fillers`, or
    // the "negative" of "negative for".
    std::optional<std::size_t> denial_verb_before(std::size_t j) const;

    // The last word of the list item that ends at word `end`, or, when that item and up to
    // `max_plain_items` before it name no flag (each of at most `max_plain_item_words` words,
    // no exception, affirmation or number, behind a comma), of the flag before them: "No
    // numbness, tingling, weight-bearing issues or palpable gap" denies the gap (trial 47).
    // `end` itself when there is none.
    std::size_t before_plain_items(std::size_t end) const;
    // Whether word `w` may be a word of a list item that names no flag: not a flag, an exception
    // or an affirmation, and no number after it (a measure: "pain 7/10").
    bool plain_list_word(std::size_t w) const;

    // Whether the items of a list that end at word `end`, each naming no flag and at most
    // `max_plain_items` of them behind commas, open after a denial in their clause: "No pain,
    // swelling or numbness", "No reduced or altered sensation" (trial 49); the flag after them is
    // denied with them. Not when a contrast ends the denial ("no pain but swelling or numbness").
    bool plain_items_denied(std::size_t end) const;

    // Whether a word before word `first` in its clause denies it (`denies_or_resolves`).
    bool denied_before(std::size_t first) const;

    ClauseReader clause_reader() const {
        return {text_, words_,
                [this](std::size_t k) { return opens_a_flag(k) || in_a_flag_phrase(k); }};
    }

    // Whether word `k` is the partner word of a flag phrase whose own word is right before or
    // after it in its clause: "change" of "sensory change", "altered" of "altered sensation", so
    // that a denial's list may name a phrase ("No paraesthesia or sensory change"; trial 46).
    bool in_a_flag_phrase(std::size_t k) const;

    // Whether word `k`, a doubt, denies or resolves rather than asks or dates: "no", "not",
    // "denied", "resolved" (not "possible", "history", "ruled out"). These answer a mention only
    // in their strict form (red_flag_clause.hpp).
    bool denies_or_resolves(std::size_t k) const;

    // Whether word `k` affirms: one of `affirm_words` (or `affirm_pairs`), not after a negator
    // or a negative word ("not present") nor a time's "at" ("none at present").
    bool affirms_at(std::size_t k) const;

    // Whether a word after word `from` in its clause undoes a denial or a doubt before it: an
    // exception ("numbness denied except when sitting"), an affirmation ("N/T - nil at rest / +
    // on slump"), or an improvement negated or hedged ("numbness denied, not gone").
    bool undone_after(std::size_t from) const;

    // Whether the exception at word `k` is a contrast ("but", "yet") whose clause names another
    // matter (`other_matters`): "numbness resolved, but hamstring still tight" is no exception
    // to the resolution; "numbness denied but some at night" is.
    bool contrast_about_another_matter(std::size_t k) const;

    // Whether an affirmation at word `k` follows a fragment of its own after word `from`: a '/'
    // or a denial or doubt between them ("nil at rest / + on slump", "numbness denied, present
    // today"); not "no numbness present", where the affirmation is the denied mention's.
    bool doubted_between(std::size_t from, std::size_t k) const;

    // Whether the flag word at `first` is listed in brackets after a denial of red flags: "red
    // flags: none (numbness, tingling, NWB, gap)", "no red flags (N/T, NWB)", "RF: nil (...)".
    // Nothing in the brackets may affirm or except (then the list is no plain denial).
    bool listed_under_no_red_flags(std::size_t first) const;

    // Whether word `k` ends a denial of red flags: "red flags: none", "no red flags", "RF nil",
    // "red flag screen negative".
    bool red_flags_denied_at(std::size_t k) const;

    // Whether the clause from word `first` says the symptom persists with no subject of its own:
    // it opens with an improvement negated or hedged, or with one of `persist_openers` before
    // it ("numbness improving, not gone", "numbness settling, but not fully"; not "no
    // numbness, pain no better").
    bool persists_at(std::size_t k, std::size_t first) const;

    // The number of words of the sentence that starts at word `k`.
    std::size_t sentence_length(std::size_t k) const;

    // Whether a full stop, ';', '!' or '?' lies between words `a` and `b`.
    bool sentence_ends_between(std::size_t a, std::size_t b) const {
        return marks_between(a, b).find_first_of(".;!?") != std::string::npos;
    }

    // Whether word `k` names a flag or opens a phrase that may: a clause about another flag.
    bool opens_a_flag(std::size_t k) const;

    // Whether word `k` names a flag, or opens a phrase whose other word is there: a later clause
    // about another flag ("Tingling present" after "no numbness"; not "Returns on slump", where
    // "slump" names no flag without "positive").
    bool names_a_flag_at(std::size_t k) const;

    // The rule at `affirm_words`: a later clause affirms the mention ending at word `last`.
    bool affirmed_later(std::size_t last) const;

    bool denied(std::size_t first, std::size_t last) const;

    // The rule at `hedges_before_denial`: the denial or resolution at word `k` is doubted before
    // it ("probably no numbness", "? no palpable gap").
    bool hedged_before(std::size_t k) const;

    // The rule at `hedges_before_denial`'s neighbour: an exception or a contrast opening the next
    // sentence after word `last` ("No numbness. Except at night.") undoes its denial, unless its
    // clause is another matter's or names a flag of its own.
    bool excepted_in_next_sentence(std::size_t last) const;

    // Whether a label ending at word `last` has a lone dash for its value, ending its clause:
    // "N/T: -", "numbness = \u2013", "numbness: -, tingling: -".
    bool labelled_dash(std::size_t last) const;

    // The last word of a label that names flags together ("numbness/tingling", "numbness,
    // tingling", "numbness & tingling", "numbness and tingling") from its first flag word, which
    // ends at word `last`: the word its value follows.
    std::size_t label_end(std::size_t last) const;

    // The marks between words `a` and `b`, without blanks.
    std::string marks_between(std::size_t a, std::size_t b) const {
        std::string marks{text_.substr(words_[a].end, words_[b].begin - words_[a].end)};
        std::erase(marks, ' ');
        return marks;
    }

    // The index of a label's value that denies the flags it names, the first ending at word
    // `last`: "numbness: no", "N/T (-ve)", "numbness/tingling \u2013 nil, except at night".
    std::optional<std::size_t> label_denial(std::size_t last) const;

    // The rule at `label_negators`: the value ends its clause, and no exception follows it
    // ("numbness: no"; not "numbness: no change", "numbness: no, except at night").
    bool labelled_absent(std::size_t last) const;

    bool negative(const Word& word) const {
        return word.negative || matches_any(word.text, negative_words);
    }

    // Marks each negator after a negative word ("never without", "not yet off"), and the words
    // before it that negate it (the rule at `negators`); so too a word of putting an aid away
    // ("not discharged from crutches", "hasn't stopped using crutches": `aid_ended_before`).
    void mark_double_negatives();

    // Marks each "off" of "on and off", "off and on", "on/off", "on-off": intermittent, it
    // neither negates nor doubts ("tingling on and off", "crutches on and off").
    void mark_intermittence();

    // Marks each improvement negated, its negative word and the words between (the rule at
    // `improvement_words`): "no better", "not gone", "hasn't settled", "no improvement".
    void mark_persisting();

    bool doubting(std::size_t k) const;

    // The rule at `onset_fillers`: word `k` is "gone" saying the flag came, not went ("The foot
    // has gone numb", "toes have gone all tingly"; not "numbness has gone").
    bool gone_to_a_symptom(std::size_t k) const;

    // Whether word `k` is "clear" right before a flag's first word, in one clause: evident, not
    // resolved ("a clear gap", "a clear groove can be felt"; trial 45). "Neuro clear", "numbness
    // clear" still resolve.
    bool clear_as_evident(std::size_t k) const;

    // Whether word `k` is the "if" of "as if": a likeness, not a condition ("Calf feels as if it
    // has gone to sleep"; trial 44).
    bool as_if(std::size_t k) const;

    // Whether word `k` is the "off" or "away" of time away from work or school, not of a flag
    // gone: "Off work with tingling in the foot", "Time off for tingling" (trial 48's reading).
    bool on_leave(std::size_t k) const;
    // Whether word `k` is the "off" of going off somewhere or of off-loading (moving_off,
    // off_loading), not of a flag: "unable to walk off", "Off-loading with crutches".
    bool going_off(std::size_t k) const;
    // Whether the flag word from `first` to `last` names a diagnosis (FlagWord::diagnosis, its
    // `names`) that is queried or written alone in its clause: "?CES", "CES.".
    bool a_diagnosis_at(std::size_t first, std::size_t last,
                        const std::array<std::string_view, 8>& names) const;

    // Whether word `i` is said figuratively (FlagWord::unless_figurative): "as", then one of
    // figurative_articles, and at most one word more before it ("as a crutch", "as an emotional
    // crutch").
    bool figurative(std::size_t i) const;

    // Whether word `k` is an "about" with a place (`place_words`) within three words after it:
    // "numb about the heel" is there, "numb about being dropped" is a feeling (trial 48).
    bool about_a_place(std::size_t k) const;

    // Whether word `k` opens a phrase of `onset_phrases` whose flag word follows within two
    // words: "pins" of "pins and needles".
    bool onset_phrase_at(std::size_t k) const;

    // Whether word `k` leaves a flag open (vocabulary `open_words`): "cannot be excluded",
    // "can't rule out", "not sure", "not tested", "unclear".
    bool leaves_open(std::size_t k) const;

    // Whether a word in the clause of first..last, outside it, leaves the flag open.
    bool left_open(std::size_t first, std::size_t last) const;

    // The rule at Mention::affirmed: no doubt in the clause outside first..last, or a doubt
    // before it, or a label's denying value after it, that an exception after it undoes ("no
    // numbness except at night", "numbness - none, unless sitting").
    bool affirmed(std::size_t first, std::size_t last) const;

    // Whether the sentence of word `k`, a denial or a resolution, ends in a question mark: it is
    // asked, not said ("Numbness gone? No.", "N/T resolved?"). A hedge asked still doubts
    // ("possible rupture?"), as one opened by '?' does ("? avulsion").
    bool asked(std::size_t k) const;

    // The rule at `suspicion_words`: a nerve diagnosis first..last suspected now.
    bool suspected(std::size_t first, std::size_t last) const;

    void add(RedFlag flag, RedFlag also, std::size_t first, std::size_t last,
             bool affirms_both = false);

    std::string_view text_;
    std::optional<int> day_;  // the day since the injury the text was written on, when known
    std::optional<int> injury_year_;  // the year of the injury, when known
    std::optional<Date> written_;     // the date the text was written on, when known
    std::vector<Word> words_;
    std::vector<bool> double_negated_;  // words of a double negative (mark_double_negatives)
    std::vector<bool> persisting_;      // words of an improvement negated (mark_persisting)
    std::vector<Mention> found_;
    std::vector<bool> asked_only_;  // per mention found: named only by words that ask ("PWB")
};

}  // namespace coach::json::detail::mention_reading
