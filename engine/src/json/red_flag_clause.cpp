// The strict form of a denial (red_flag_clause.hpp).
#include "json/red_flag_clause.hpp"

#include <array>
#include <optional>

#include "json/red_flag_vocabulary.hpp"

namespace coach::json::detail {

namespace {

using namespace vocabulary;

// The words of a denial itself, after the flag it denies: "numbness denied", "numbness - absent",
// "numbness not present", "no numbness or tingling", "no numbness & no tingling".
constexpr auto denial_joiners = std::to_array<std::string_view>({"or", "and", "nor", "neither"});

// When or how it was found: they leave a denial whole ("no numbness today", "at rest", "on
// review", "no avulsion seen on MRI", "no crutches needed", "at any time", "whatsoever").
constexpr auto neutral_words = std::to_array<std::string_view>(
    {"today", "now", "currently", "presently", "present", "yesterday", "yet", "at", "rest", "on",
     "review", "reviewed", "exam*", "assessment", "testing", "palpation", "palpable", "palpated",
     "seen", "felt", "needed", "required", "whatsoever", "any", "all", "time", "times", "fully",
     "completely", "entirely", "totally", "wholly", "has", "have", "had", "been", "is", "was",
     "are", "were", "in", "of", "the", "a", "an", "to", "from", "mri", "us", "ultrasound", "scan*",
     "xray", "x", "ray", "imaging", "clinical*", "either", "both", "his", "her", "their", "patient",
     "since", "day*", "week*", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
     "sunday", "period", "phase", "anymore",
     // "Hasn't had numbness at any point" (trial 39)
     "point", "stage",
     // When in a session it was asked of: "RDL 3x8 - no tingling during" (trial 34), "no
     // numbness during or after" (trial 35).
     "during", "throughout", "afterwards", "went", "after", "before",
     // and the session itself: "No numbness or tingling after session." (trial 48)
     "session*", "training", "workout*", "run", "runs", "exercis*", "match*", "game*",
     // The "is" or "has" of "'s" ("The tingling's gone", trial 40), "ever" ("No numbness ever
     // reported"), and a relative pronoun ("Tingling on day 1 that settled by day 3").
     "s", "ever", "that", "which",
     // Where or how at all: "no numbness anywhere", "no tingling anyway" (trial 66).
     "anywhere", "anyway",
     // How it was found, said in brackets or after a dash (trial 79: "No numbness (checked)",
     // "No tingling (checked today)", "No crutches (FWB)", "Numbness: resolved (wk 2)").
     "checked", "rechecked", "tested", "retested", "asked", "examined", "assessed", "screened",
     "confirmed", "see", "above", "below", "twice", "again", "wk", "wks", "fwb",
     // ... and what was found normal with it (trial 80: "No numbness (LT intact)", "(light touch
     // intact)", "(dermatomes intact)"; "No gap palpated (checked by Dr)")
     "lt", "light", "touch", "sensation", "dermatome*", "intact", "nad", "by", "dr",
     // a finding's own words ("Red flags: none identified", trial 81)
     "identified", "detected", "noted", "found",
     // the working of what was found normal (trial 83: "No altered bladder function")
     "function",
     // the days written short ("Off crutches (since Mon)")
     "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"});

// Clinicians by whom a flag was found absent: "cleared for tingling by neuro" (trial 39).
constexpr auto examiners = std::to_array<std::string_view>(
    {"neuro", "neurolog*", "neurosurg*", "doctor", "dr", "gp", "consultant", "surgeon", "physio*",
     "md", "specialist", "sports", "team",
     // ... and what examined it (trial 77: "Not an avulsion per MRI", "per ortho")
     "ortho*", "mri", "scan*", "ultrasound", "us", "radiolog*", "imaging", "xray", "x"});

// A posture that presses on a nerve for a while, and so explains a numbness or tingling that
// settled when it ended (trial 37: "pins and needles settled after 10 min (was sitting on a hard
// bench)"); words that say some of it is left undo the explanation.
constexpr auto posture_words =
    std::to_array<std::string_view>({"sitting", "sat", "kneeling", "knelt", "squatting",
                                     "crouching", "cross*", "lying", "lay", "leaning", "slouch*"});
constexpr auto residue_in_brackets = std::to_array<std::string_view>(
    {"still", "only", "except", "but", "again", "recur*", "return*", "night*", "partly", "partial*",
     "mostly", "some", "bit", "little", "mild*"});

// Words that count days, whose number before a resolution says when the flag came.
constexpr auto day_words = std::to_array<std::string_view>({"day", "days", "d"});

// When a flag resolved is part of the resolution, after a word of one: "resolved last week",
// "settled 2 days ago", "gone on 3 Oct", "cleared over the past fortnight" (the digits are marks;
// "yesterday", "since Monday" are neutral words). A return after it still affirms the flag
// (affirm_pairs: "resolved last week, back today").
constexpr auto resolution_times = std::to_array<std::string_view>(
    {"last", "ago", "over", "past", "earlier", "this", "couple", "few", "several", "one", "two",
     "three", "four", "five", "six", "seven", "fortnight", "month", "months", "weekend", "morning",
     "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
     "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
     "november", "dec", "december", "st", "nd", "rd", "th", "first",
     // "resolved 48 h ago", "48hrs ago", "settled 2d ago", "by day 2", "after 1 day", "within 24
     // hours", "overnight", "yesterday evening" ("last night": resolution_nights)
     "h", "hr", "hrs", "hour", "hours", "d", "wk", "wks", "min*", "by", "within", "after",
     "overnight", "evening", "afternoon",
     // "cleared up by day 3", "settled down"
     "up", "down",
     // "gone by the next morning", "settled within 24 hours of the injury" (trial 40)
     "next", "following", "injury", "incident"});

// What a later clause says of a residue of the flag: "no numbness, mild only", "numbness has
// resolved, mostly", "no numbness currently; intermittent episodes".
constexpr auto residue_words = std::to_array<std::string_view>(
    {"little",      "bit",           "mild*",     "slight*",   "some",    "only",     "trace*",
     "occasional*", "intermittent*", "episod*",   "sometimes", "odd",     "maybe",    "perhaps",
     "possibl*",    "probabl*",      "most",      "mostly",    "partly",  "partial*", "largely",
     "part",        "persist*",      "remain*",   "still",     "ongoing", "linger*",  "residual",
     "just",        "again",         "frequent*", "often",     "rarely",  "once",     "twice",
     "sort",        "sorta",         "kinda",     "ish"});
// Words of a plan or of training, or of how the athlete is: a short next sentence or a later
// clause about them is no residue of the flag ("No numbness. Only 2 sets today.", "no tingling,
// training again").
constexpr auto plan_words = std::to_array<std::string_view>(
    {"set*", "rep*", "session*", "training", "train", "drill*", "exercis*", "plan*", "progress*",
     "gym", "jog*", "run*", "bike", "cycl*", "swim*", "match*", "game*", "load*", "stage*",
     "phase*", "continue*", "mri", "scan*", "review*", "physio*", "rtp", "return*",
     // or of how the athlete is: "No numbness. Mostly fine.", "Slightly better today."
     "fine", "good", "ok", "okay", "great", "better", "happy", "improv*"});
// A next sentence of at most this many words may still speak of the flag a denial or a
// resolution before it answered ("No numbness. At night only.", "No tingling. Now and then.").
constexpr std::size_t short_sentence = 6;
// How many short sentences after it are read: "Numbness resolved 2 days ago. Or 3? Still a bit."
constexpr std::size_t short_sentences_read = 2;

// Words of degree between a denial and the flag: "no significant numbness", "not much numbness".
constexpr auto degree_qualifiers = std::to_array<std::string_view>(
    {"significant*", "real", "really", "much", "major", "marked", "notable", "noticeabl*",
     "appreciabl*", "substantial*", "great", "serious*", "true", "proper", "definite*",
     "particular*", "genuine*", "actual"});

bool any_digit(std::string_view marks) {
    return marks.find_first_of("0123456789") != std::string_view::npos;
}

// Marks of "about" before a resolution: "tingling ~resolved", "\u2248 resolved".
bool approximately(std::string_view marks) {
    return marks.find('~') != std::string_view::npos
           || marks.find("\xE2\x89\x88") != std::string_view::npos;
}

// Whether word `k` ends a phrase of coming and going: "on and off", "off and on", "on/off", "now
// and then", "from time to time", "at times".
bool intermittent_at(const std::vector<Word>& words, std::size_t k) {
    const auto is = [&](std::size_t j, std::string_view text) { return words[j].text == text; };
    if (k >= 1
        && ((is(k, "off") && is(k - 1, "on")) || (is(k, "on") && is(k - 1, "off"))
            || (is(k, "times") && is(k - 1, "at")))) {
        return true;
    }
    if (k < 2 || !(is(k - 1, "and") || is(k - 1, "or") || is(k - 1, "to") || is(k - 1, "n"))) {
        return false;
    }
    return (is(k, "off") && is(k - 2, "on")) || (is(k, "on") && is(k - 2, "off"))
           || (is(k, "then") && is(k - 2, "now")) || (is(k, "time") && is(k - 2, "time"));
}

class Remainders {
  public:
    explicit Remainders(const ClauseReader& reader) : reader_(reader), words_(reader.words) {}

    Remainder after(std::size_t last) const {
        bool resolved = matches_any(words_[last].text, resolution_words);
        const auto end = clause_scanned(last + 1, last, resolved);
        if (!end) {
            return Remainder::qualified;
        }
        return attached_after(*end, resolved);
    }

    bool between(std::size_t negator, std::size_t first) const {
        for (std::size_t k = negator + 1; k < first; ++k) {
            if (matches_any(words_[k].text, degree_qualifiers) || any_digit(marks(k - 1, k))) {
                return true;
            }
        }
        return any_digit(marks(first - 1, first));
    }

  private:
    // The last word of the clause of word `clause` scanned from word `from`, when every word
    // from there is accounted for; none when one qualifies the denial.
    std::optional<std::size_t> clause_scanned(std::size_t from, std::size_t clause,
                                              bool& resolved) const {
        std::size_t end = from - 1;
        for (std::size_t k = from; k < words_.size() && same_clause(k, clause); ++k) {
            const auto& word = words_[k].text;
            const auto before = marks(k - 1, k);
            // Digits that count a day ("Numbness on day 1 resolved by day 2", trial 40) are
            // when it came, not how much of it went.
            const bool day_counted = k > 0 && matches_any(words_[k - 1].text, day_words);
            if (before.find('%') != std::string_view::npos
                || (((any_digit(before) && !day_counted) || approximately(before))
                    && matches_any(word, resolution_words))
                || intermittent_at(words_, k)) {
                // "numbness 90% resolved", "numbness 9/10 resolved", "tingling ~resolved",
                // "numbness resolved on and off"
                return std::nullopt;
            }
            if (matches_any(word, hedges)) {
                return std::nullopt;  // "tingling resolved - 2 days ago - partially"
            }
            if (matches_any(word, contrasts) && about_another_matter(k)) {
                // "no numbness but hamstring tight": the rest of the clause is another matter's.
                while (k + 1 < words_.size() && same_clause(k + 1, clause)) {
                    ++k;
                }
                return k;
            }
            if (const auto who = examined_by(k)) {
                k = *who;  // "Cleared for tingling by neuro" (trial 39): who found it
            } else if (matches_any(word, resolution_words)) {
                resolved = true;
            } else if (resolved
                       && (matches_any(word, resolution_times)
                           || (matches(word, "night") && k > 0
                               && matches_any(words_[k - 1].text, resolution_nights)))) {
                // "numbness resolved last week", "tingling settled 2 days ago"
            } else if (matches_any(word, place_words)) {
                if (resolved) {
                    return std::nullopt;  // "numbness resolved in the thigh"
                }
            } else if (!denial_word(k) && !matches_any(word, neutral_words)
                       && !reader_.names_flag(k)
                       && !another_matter_word(k)
                       // A list's last item of no flag word of its own is denied with
                       // it: "no numbness, tingling or weight-bearing difficulty" (trial 47).
                       && !matches_any(word, list_tails) && !matches_any(word, sign_places)) {
                return std::nullopt;
            }
            end = k;
        }
        return end;
    }

    // The clinician's word when word `k` is "by" or "per" before one (`examiners`, through
    // "the"): "by neuro", "by the neurologist", "per MRI".
    std::optional<std::size_t> examined_by(std::size_t k) const {
        if (words_[k].text != "by" && words_[k].text != "per") {
            return std::nullopt;
        }
        std::size_t who = k + 1;
        if (who < words_.size() && words_[who].text == "the") {
            ++who;
        }
        if (who >= words_.size() || !same_clause(k, who)
            || !matches_any(words_[who].text, examiners)) {
            return std::nullopt;
        }
        return who;
    }

    bool denial_word(std::size_t k) const {
        const auto& word = words_[k];
        return word.negative || matches_any(word.text, negators)
               || matches_any(word.text, trailing_negators)
               || matches_any(word.text, label_negators) || matches_any(word.text, negative_words)
               || matches_any(word.text, not_values) || matches_any(word.text, test_words)
               || matches_any(word.text, denial_tails)
               || matches_any(word.text, label_value_openers)
               || matches_any(word.text, denial_joiners);
    }

    // What follows the clause that ends at word `end`: a question, brackets, an ellipsis, or
    // later clauses of its sentence.
    Remainder attached_after(std::size_t end, bool resolved) const {
        const bool last_word = end + 1 >= words_.size();
        const auto after = last_word ? reader_.text.substr(words_[end].end) : marks(end, end + 1);
        if (after.find('?') != std::string_view::npos
            || after.find('%') != std::string_view::npos) {
            return Remainder::qualified;  // "no numbness? to check", "tingling resolved (90%)"
        }
        if (last_word) {
            return Remainder::accounted_for;
        }
        if (after.find_first_of("([") != std::string_view::npos) {
            return bracketed(end + 1, resolved);
        }
        if (after.find("...") != std::string_view::npos
            || after.find("\xE2\x80\xA6") != std::string_view::npos) {
            // "no numbness... or maybe a little", "no numbness whatsoever... until he sits"
            return clause_scanned(end + 1, end + 1, resolved) ? Remainder::accounted_for
                                                              : Remainder::qualified;
        }
        if (after.find_first_of(".!") != std::string_view::npos) {
            return next_sentences(end + 1);
        }
        return later_clauses(end + 1);
    }

    // The words in the brackets that open at word `k`: a denial of their own ("(no dry needling
    // today)"), or only neutral words.
    Remainder bracketed(std::size_t k, bool resolved) const {
        if (denial_opens(k) || (resolved && posture_explains(k))) {
            return Remainder::accounted_for;
        }
        for (; k < words_.size(); ++k) {
            const auto& word = words_[k].text;
            const bool place = matches_any(word, place_words) && !resolved;
            if (!place && !matches_any(word, neutral_words) && !denial_word(k)) {
                return Remainder::qualified;  // "(heel only)", "(had it this morning)"
            }
            const auto rest =
                k + 1 < words_.size() ? marks(k, k + 1) : reader_.text.substr(words_[k].end);
            if (rest.find_first_of(")]") != std::string_view::npos) {
                break;
            }
        }
        return Remainder::accounted_for;
    }

    // Whether the brackets that open at word `k` explain a resolved nerve symptom by a posture
    // that pressed on the nerve ("settled after 10 min (was sitting on a hard bench)", trial 37):
    // a word of posture, no flag named and nothing of what is left of it ("still", "only").
    bool posture_explains(std::size_t k) const {
        bool posture = false;
        for (; k < words_.size(); ++k) {
            const auto& word = words_[k].text;
            if (reader_.names_flag(k) || matches_any(word, residue_in_brackets)) {
                return false;
            }
            posture = posture || matches_any(word, posture_words);
            const auto rest =
                k + 1 < words_.size() ? marks(k, k + 1) : reader_.text.substr(words_[k].end);
            if (rest.find_first_of(")]") != std::string_view::npos) {
                break;
            }
        }
        return posture;
    }

    // The clauses of the sentence from word `k` on: one that speaks of a residue of the flag
    // qualifies the denial, unless it is a denial of its own or about another flag or matter.
    Remainder later_clauses(std::size_t k) const {
        while (k < words_.size()) {
            const std::size_t clause = k;
            bool residue = false;
            bool open = false;
            bool elsewhere = denial_opens(k);
            bool named = false;
            for (; k < words_.size() && same_clause(k, clause); ++k) {
                residue = residue || residue_at(k);
                open = open || left_open_at(k);
                // "on" and "off" of "on and off" are no phrase of bearing weight here.
                const bool coming_and_going = words_[k].text == "on" || words_[k].text == "off";
                named = named || (!coming_and_going && reader_.names_flag(k))
                        || another_matter_word(k) || matches_any(words_[k].text, plan_words);
            }
            if ((residue && !elsewhere && !named) || (open && !named)) {
                return Remainder::qualified;  // "no numbness, I think", "no numbness, not sure"
            }
            if (k < words_.size()
                && marks(k - 1, k).find_first_of(".!?") != std::string_view::npos) {
                return next_sentences(k);
            }
        }
        return Remainder::accounted_for;
    }

    // Up to short_sentences_read sentences from word `k`, while each is short: one that speaks
    // of a residue of the flag, and of no other flag or matter, qualifies the denial ("No
    // numbness. At night only.", "No tingling. Sometimes.", "Numbness resolved 2 days ago. Or
    // 3? Still a bit."); "No numbness. Only 2 sets today." does not.
    Remainder next_sentences(std::size_t k) const {
        for (std::size_t read = 0; read < short_sentences_read && k < words_.size(); ++read) {
            const std::size_t first = k;
            bool residue = false;
            bool named = false;
            for (; k < words_.size() && (k == first || !sentence_ends(k - 1, k)); ++k) {
                residue = residue || residue_at(k) || left_open_at(k);
                named = named || reader_.names_flag(k) || another_matter_word(k)
                        || matches_any(words_[k].text, plan_words);
            }
            if (named || k - first > short_sentence) {
                break;
            }
            if (residue) {
                return Remainder::qualified;
            }
        }
        return Remainder::accounted_for;
    }

    bool sentence_ends(std::size_t a, std::size_t b) const {
        return marks(a, b).find_first_of(".!?;") != std::string_view::npos;
    }

    // Whether word `k` speaks of a residue of the flag, or hedges: "mild", "a bit", "sometimes",
    // "on and off", "apparently", "I think".
    bool residue_at(std::size_t k) const {
        const auto& word = words_[k].text;
        return matches_any(word, residue_words) || matches_any(word, hedges)
               || matches_any(word, hedges_before_denial) || intermittent_at(words_, k);
    }

    // Whether word `k` leaves the flag open: "unsure", "not sure", "not certain".
    bool left_open_at(std::size_t k) const {
        if (matches_any(words_[k].text, open_words)) {
            return true;
        }
        const bool negative_before =
            k > 0 && same_clause(k - 1, k)
            && (words_[k - 1].negative || matches_any(words_[k - 1].text, negative_words));
        return negative_before && matches_any(words_[k].text, open_after_negative);
    }

    bool another_matter_word(std::size_t k) const {
        return matches_any(words_[k].text, other_matters)
               || matches_any(words_[k].text, activity_matters);
    }

    bool denial_opens(std::size_t k) const {
        return words_[k].negative || matches_any(words_[k].text, negators)
               || matches_any(words_[k].text, no_words)
               || matches_any(words_[k].text, negative_words);
    }

    // Whether the clause after the contrast at word `k` names another matter: "but hamstring
    // tight".
    bool about_another_matter(std::size_t k) const {
        bool activity = false;
        bool affirms = false;
        for (std::size_t j = k + 1; j < words_.size() && same_clause(j, k); ++j) {
            if (matches_any(words_[j].text, other_matters)) {
                return true;
            }
            activity = activity || matches_any(words_[j].text, activity_matters);
            affirms = affirms || matches_any(words_[j].text, affirm_words);
        }
        return activity && !affirms;  // not "no tingling but present on sprinting"
    }

    bool same_clause(std::size_t a, std::size_t b) const {
        return words_[a].clause == words_[b].clause;
    }

    // The text between words `a` and `b`.
    std::string_view marks(std::size_t a, std::size_t b) const {
        return reader_.text.substr(words_[a].end, words_[b].begin - words_[a].end);
    }

    const ClauseReader& reader_;
    const std::vector<Word>& words_;
};

}  // namespace

Remainder remainder_after(const ClauseReader& reader, std::size_t last) {
    return Remainders{reader}.after(last);
}

bool qualified_between(const ClauseReader& reader, std::size_t negator, std::size_t first) {
    return Remainders{reader}.between(negator, first);
}

}  // namespace coach::json::detail
