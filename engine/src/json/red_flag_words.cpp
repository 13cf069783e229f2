// The words of a note (red_flag_words.hpp).
#include "json/red_flag_words.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>

#include "coach/sdk/words.hpp"
#include "json/red_flag_vocabulary.hpp"

namespace coach::json::detail {

namespace {

using words::Letter;
using words::letter_at;

// Marks written for a word: a cross is "no" ("FWB \u2717"), a tick "yes", a nought per cent is
// "zero" ("WB: 0%", "0% WB"; not "10%" or "1.0%").
struct Symbol {
    std::string_view written;
    std::string_view word;
    bool number = false;  // not when a digit or a decimal point comes before it
};
constexpr auto symbols = std::to_array<Symbol>({
    {"\xE2\x9C\x97", "no"},  // U+2717 BALLOT X
    {"\xE2\x9C\x98", "no"},  // U+2718 HEAVY BALLOT X
    // A tick is "yes" as a cross is "no" ("Gap \u2713"); an arrow down is "reduced" ("Sensation
    // \u2193 lat foot"), up "increased" (trial 35).
    {"\xE2\x9C\x93", "yes"},        // U+2713 CHECK MARK
    {"\xE2\x9C\x94", "yes"},        // U+2714 HEAVY CHECK MARK
    {"\xE2\x98\x91", "yes"},        // U+2611 BALLOT BOX WITH CHECK
    {"\xE2\x86\x93", "reduced"},    // U+2193 DOWNWARDS ARROW
    {"\xE2\x86\x91", "increased"},  // U+2191 UPWARDS ARROW
    {"0%", "zero", true},
    {"0 %", "zero", true},
    {"(-)", "negative"},
    {"(+)", "positive"},
    {"(++)", "positive"},
    {"(+++)", "positive"},
    {"(\xE2\x88\x92)", "negative"},  // U+2212 MINUS SIGN
});

// A letter, or a Cyrillic or Greek look-alike of one (coach/sdk/words.hpp) inside a word of
// Latin letters, or before one: "numbn\u0435ss" is "numbness", "\u0441rutches" is "crutches"; a
// word of Cyrillic or Greek letters alone is not read.
Letter mixed_letter_at(std::string_view text, std::size_t i, bool in_word) {
    if (const auto letter = letter_at(text, i); letter.size > 0) {
        return letter;
    }
    // An invisible mark inside a word is read through, a soft hyphen as a zero-width space
    // (trial 37: "tin\u00ADgling" is "tingling"): the letter after it, spanning both.
    if (const auto mark = words::invisible_at(text, i); in_word && mark > 0) {
        auto after = mixed_letter_at(text, i + mark, true);
        after.size += after.size > 0 ? mark : 0;
        return after;
    }
    const auto look_alike = words::look_alike_at(text, i);
    if (look_alike.size == 0) {
        return {};
    }
    const bool latin_after =
        i + look_alike.size < text.size() && letter_at(text, i + look_alike.size).size > 0;
    return in_word || latin_after ? look_alike : Letter{};
}

// The text before `text[i]`, without the blanks right before it.
std::string_view text_before(std::string_view text, std::size_t i) {
    auto before = text.substr(0, i);
    while (before.ends_with(' ')) {
        before.remove_suffix(1);
    }
    return before;
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// The bytes of the '+' or run of them ("++", "+++") at `text[i]` when it stands alone as a sign
// after a word ("slump +", "slump ++", "N/T: +", "SLR +,"), or 0: a blank or ':' before it, and
// after it the end, a blank then no letter or digit, or , ; . ) ("N + T" joins letters; "+5" is a
// number); or opening a fragment, before a word: "nil at rest / + on slump", "+ at night".
std::size_t lone_plus(std::string_view text, std::size_t i) {
    if (text[i] != '+') {
        return 0;
    }
    const auto before = text_before(text, i);
    const bool opens =
        before.empty() || std::string_view{"/,;:("}.find(before.back()) != std::string_view::npos;
    if (opens && i + 2 < text.size() && text[i + 1] == ' ' && letter_at(text, i + 2).size > 0) {
        return 1;  // "+ on slump"
    }
    if (i == 0 || (text[i - 1] != ' ' && text[i - 1] != ':')) {
        return 0;
    }
    std::size_t k = i;
    while (k < text.size() && text[k] == '+') {
        ++k;
    }
    const std::size_t run = k - i;
    if (k < text.size() && std::string_view{",;.)"}.find(text[k]) != std::string_view::npos) {
        return run;
    }
    while (k < text.size() && text[k] == ' ') {
        ++k;
    }
    if (k == text.size()) {
        return run;
    }
    const char next = text[k];
    const bool sign = k > i + run && letter_at(text, k).size == 0 && !is_digit(next);
    return sign ? run : 0;
}

// The bytes of a nought standing alone as a label's value at `text[i]`, or 0: a ':', '=' or a
// spaced dash before it (blanks between), and after it the end or, through blanks, a clause break
// ("numbness: 0", "WB = 0,", "numbness \u2013 0"); not "0.5", "0/10", "pain: 0 walking", "10",
// "2-0".
std::size_t lone_nought(std::string_view text, std::size_t i) {
    if (text[i] != '0' || (i > 0 && (is_digit(text[i - 1]) || text[i - 1] == '.'))) {
        return 0;
    }
    const auto before = text_before(text, i);
    bool label = before.ends_with(':') || before.ends_with('=');
    for (const std::string_view dash : {"-", "\xE2\x80\x93", "\xE2\x80\x94"}) {  // - en em
        label = label
                || (before.ends_with(dash)
                    && before.substr(0, before.size() - dash.size()).ends_with(' '));
    }
    std::size_t k = i + 1;
    while (k < text.size() && text[k] == ' ') {
        ++k;
    }
    const bool ends = k == text.size()
                      || std::string_view{",;)"}.find(text[k]) != std::string_view::npos
                      || (text[k] == '.' && (k + 1 == text.size() || !is_digit(text[k + 1])));
    return label && ends ? 1 : 0;
}

// The bytes of the '?' or run of them at `text[i]` standing alone as a label's value, or 0: a ':'
// or '=' before it (blanks between), and after it the end or, through blanks, a clause break
// ("Gap: ?", "palpable gap = ??,"): the value is not known, and a flag doubted is not excluded.
std::size_t lone_query(std::string_view text, std::size_t i) {
    if (text[i] != '?') {
        return 0;
    }
    const auto before = text_before(text, i);
    std::size_t k = i;
    while (k < text.size() && text[k] == '?') {
        ++k;
    }
    const std::size_t run = k - i;
    while (k < text.size() && text[k] == ' ') {
        ++k;
    }
    const bool ends =
        k == text.size() || std::string_view{",;.)"}.find(text[k]) != std::string_view::npos;
    return (before.ends_with(':') || before.ends_with('=')) && ends ? run : 0;
}

// The words that name a muscle grade written right after them: "Strength 3/5", "Power: 4+/5".
constexpr auto grade_labels =
    std::to_array<std::string_view>({"strength", "power", "mrc", "myotome", "myotomes"});

// The bytes of a muscle graded below full on the MRC scale (0 to 5) at `text[i]`, or 0: "0/5" to
// "4/5", "4+/5" and "4-/5"; not "5/5", a date ("3/5/26") nor "4/50".
std::size_t grade_below_full(std::string_view text, std::size_t i) {
    if (text[i] < '0' || text[i] > '4'
        || (i > 0 && (is_digit(text[i - 1]) || text[i - 1] == '.' || text[i - 1] == '/'))) {
        return 0;
    }
    std::size_t k = i + 1;
    if (k < text.size() && (text[k] == '+' || text[k] == '-')) {
        ++k;
    }
    if (!text.substr(k).starts_with("/5")) {
        return 0;
    }
    k += 2;
    if (k < text.size() && (is_digit(text[k]) || text[k] == '/')) {
        return 0;
    }
    return k - i;
}

std::optional<Symbol> symbol_at(std::string_view text, std::size_t i) {
    if (const auto run = lone_plus(text, i); run > 0) {
        return Symbol{text.substr(i, run), "positive"};
    }
    if (const auto run = lone_query(text, i); run > 0) {
        return Symbol{text.substr(i, run), "query"};
    }
    if (lone_nought(text, i) > 0) {
        return Symbol{text.substr(i, 1), "zero"};
    }
    for (const auto& symbol : symbols) {
        if (!text.substr(i).starts_with(symbol.written)) {
            continue;
        }
        const char before = i == 0 ? ' ' : text[i - 1];
        if (!symbol.number || !(is_digit(before) || before == '.' || before == ',')) {
            return symbol;
        }
    }
    return std::nullopt;
}

bool is_hyphen(std::string_view between) {
    return !between.empty() && words::hyphen_at(between, 0) == between.size();
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && s.front() == ' ') {
        s.remove_prefix(1);
    }
    while (!s.empty() && s.back() == ' ') {
        s.remove_suffix(1);
    }
    return s;
}

// Whether `between` joins two single letters into one word: "N/T", "N / T", "n.t", "N. T",
// "P&N", "P & N", "N+T", "N-W-B" (a hyphen with no space).
bool joins_letters(std::string_view between) {
    if (is_hyphen(between)) {
        return true;
    }
    const auto joiner = trimmed(between);
    if (joiner == "." || joiner == "/") {
        return between.size() <= 3;  // a space either side at most
    }
    return joiner == "&" || joiner == "+";
}

// A muscle's grade below full at `text[i]`, right after a word of `grade_labels` (blanks, ':'
// or '=' between), read as its strength reduced, as an arrow down is (found after trial 83:
// "Strength 3/5 bilat hamstrings", "Power: 4+/5"); not a score of anything else ("Sleep 3/5").
std::optional<Symbol> grade_symbol(std::string_view text, const std::vector<Word>& words,
                                   std::size_t i) {
    const auto size = grade_below_full(text, i);
    if (size == 0 || words.empty()
        || std::find(grade_labels.begin(), grade_labels.end(), words.back().text)
               == grade_labels.end()) {
        return std::nullopt;
    }
    const auto mark = trimmed(text.substr(words.back().end, i - words.back().end));
    if (!mark.empty() && mark != ":" && mark != "=") {
        return std::nullopt;
    }
    return Symbol{text.substr(i, size), "reduced"};
}

// Whether the single capital at `i` of `text` and the same capital two words before it, with
// "and" between (one space either side), are one abbreviation written out, as "B&B" is: "B and B"
// (bladder and bowel, trial 80) reads "bb". Only the same capital twice: "L and R" names two sides
// (trial 76: "Weakness L and R legs"), and "a and a" is no abbreviation.
bool capitals_joined_by_and(std::string_view text, const std::vector<Word>& words, std::size_t i) {
    if (words.size() < 2) {
        return false;
    }
    const auto& conjunction = words.back();
    const auto& first = words[words.size() - 2];
    return conjunction.text == "and" && first.text.size() == 1 && !first.joined
           && first.end + 1 == conjunction.begin && conjunction.end + 1 == i
           && text[first.end] == ' ' && text[conjunction.end] == ' ' && text[i] >= 'A'
           && text[i] <= 'Z' && text[first.begin] == text[i];
}

// Findings of an examination, after which a checklist's "N" is "normal", not "no": "Sensation
// N", "Reflexes N", "Power N".
constexpr auto examined = std::to_array<std::string_view>(
    {"sensation*", "sens", "power", "tone", "reflex*", "strength", "neuro*", "myotom*", "dermatom*",
     "gait", "rom", "slr", "aslr", "lt", "pp", "exam*"});

// Whether the single letter at `i` of `text`, ending at `end`, is a checklist's "N" for "no":
// a capital after a word (blanks between), ending its clause ("numbness N, tingling N": trial
// 84), as "numbness no" does; not after a finding examined, where it is "normal".
bool checklist_no(std::string_view text, const std::vector<Word>& words, std::size_t i,
                  std::size_t end) {
    if (text[i] != 'N' || words.empty() || matches_any(words.back().text, examined)
        || !trimmed(text.substr(words.back().end, i - words.back().end)).empty()) {
        return false;
    }
    while (end < text.size() && text[end] == ' ') {
        ++end;
    }
    return end == text.size() || std::string_view{",;."}.find(text[end]) != std::string_view::npos;
}

// Abbreviations of aids counted in the plural, whose "'s" makes a plural ("EC's"): a possessive
// of any other abbreviation keeps the abbreviation read ("?CES's onset").
bool plural_with_apostrophe(std::string_view word) {
    return word == "ec";
}

// Two to four capital letters, as an abbreviation is written ("EC", "NWB").
bool written_in_capitals(std::string_view word) {
    return word.size() >= 2 && word.size() <= 4
           && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool is_apostrophe(std::string_view between) {
    return !between.empty() && words::apostrophe_at(between, 0) == between.size();
}

std::size_t breaks_in(std::string_view between, std::string_view breaks) {
    return static_cast<std::size_t>(std::count_if(between.begin(), between.end(), [&](char c) {
        return breaks.find(c) != std::string_view::npos;
    }));
}

// Abbreviations whose full stop ends no clause: "no numbness exc. at night", "Sens. reduced".
constexpr auto abbreviations =
    std::to_array<std::string_view>({"exc", "excl", "incl", "approx", "esp", "vs", "palp", "sens",
                                     "bil", "bilat", "compl", "anaesth", "anaes", "anesth"});

// The clause breaks in `between`, not counting the full stop right after an abbreviation: one
// of `abbreviations`, or letters joined by full stops (`dotted`: "C.E.S. suspected").
// Words that say both sides, as a bracket may add them to what it follows.
constexpr auto both_sides = std::to_array<std::string_view>(
    {"bilateral", "bilaterally", "bilat", "bil", "both", "b", "l", "sides", "legs", "limbs"});

// Whether a bracket's text (up to its ')', which it must have) says only both sides: "bilateral",
// "B/L", "bilat.", "both sides", "both legs".
bool says_both_sides(std::string_view inside) {
    const auto close = inside.find(')');
    if (close == std::string_view::npos || close > 24) {
        return false;
    }
    inside = inside.substr(0, close);
    bool both = false;
    bool b = false;
    bool l = false;
    std::size_t at = 0;
    while (at < inside.size()) {
        const auto end = std::min(inside.find_first_of(" ./", at), inside.size());
        if (end > at) {
            std::string word{inside.substr(at, end - at)};
            std::transform(word.begin(), word.end(), word.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            if (std::find(both_sides.begin(), both_sides.end(), word) == both_sides.end()) {
                return false;
            }
            b = b || word == "b";
            l = l || word == "l";
            both = both || word == "both" || word.starts_with("bil");
        }
        at = end + 1;
    }
    return both || (b && l);
}

// Whether a bracket's text (up to its ')', which it must have) names only the place of a sign
// (sign_places), as a qualifier of the words before it: "Had an accident (bowel)", "Numb
// (saddle)", "Some changes (B&B)".
bool names_a_sign_place(std::string_view inside) {
    const auto close = inside.find(')');
    if (close == std::string_view::npos || close > 24) {
        return false;
    }
    std::string word;
    for (const char c : trimmed(inside.substr(0, close))) {
        if (c == '&' || c == '/') {
            continue;
        }
        if (std::isalpha(static_cast<unsigned char>(c)) == 0) {
            return false;
        }
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return !word.empty() && matches_any(word, vocabulary::sign_places);
}

std::size_t breaks_after(const std::string& word, bool dotted, std::string_view between,
                         std::string_view breaks) {
    if (between.starts_with('.')
        && (dotted
            || std::find(abbreviations.begin(), abbreviations.end(), word)
                   != abbreviations.end())) {
        between.remove_prefix(1);
    }
    return breaks_in(between, breaks);
}

// Whether `between` is a label's mark and a '?' that doubts its value: "Bladder: ?altered",
// "Saddle = ? reduced". The '?' ends nothing; the mark still ends the clause, not the sentence.
bool queries_label_value(std::string_view between) {
    auto mark = trimmed(between);
    if (!mark.ends_with('?')) {
        return false;
    }
    mark.remove_suffix(1);
    mark = trimmed(mark);
    return mark == ":" || mark == "=";
}

// Whether `between` ends in a '?' that opens the next word rather than closes the last.
bool opens_query(std::string_view between, bool first) {
    const auto mark = trimmed(between);
    return mark.ends_with('?') && (first || between.front() == ' ' || queries_label_value(between));
}

}  // namespace

std::vector<Word> words_of(std::string_view text) {
    std::vector<Word> words;
    std::size_t clause = 0;
    std::size_t sentence = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t end = i;
        std::string run;
        std::size_t letters = 0;
        for (Letter letter; (letter = mixed_letter_at(text, end, letters > 0)).size > 0;
             end += letter.size) {
            run += letter.lower;
            ++letters;
        }
        auto symbol = letters == 0 ? symbol_at(text, i) : std::nullopt;
        if (letters == 0 && !symbol) {
            symbol = grade_symbol(text, words, i);
        }
        if (letters == 0 && !symbol) {
            ++i;
            continue;
        }
        if (symbol) {
            run = symbol->word;
            end = i + symbol->written.size();
        }
        const std::size_t gap_begin = words.empty() ? 0 : words.back().end;
        const auto between = text.substr(gap_begin, i - gap_begin);
        if (!words.empty() && letters == 1 && words.back().letters && joins_letters(between)) {
            words.back().text += run;
            words.back().end = end;
            words.back().joined = true;
        } else if (letters == 1 && capitals_joined_by_and(text, words, i)) {
            words.pop_back();  // the "and"
            words.back().text += run;
            words.back().end = end;
            words.back().joined = true;
        } else if (!words.empty() && letters == 1 && run == "s" && is_apostrophe(between)
                   && plural_with_apostrophe(words.back().text)
                   && written_in_capitals(
                       text.substr(words.back().begin, words.back().end - words.back().begin))) {
            // An aid counted in the plural with an apostrophe: "2 EC's" (elbow crutches, trial 77)
            // reads as "2 ECs". Only those: "CES's" or "PVR's" is a possessive, still "CES".
            words.back().text += run;
            words.back().end = end;
        } else if (!words.empty() && letters == 1 && run == "t" && is_apostrophe(between)) {
            auto& word = words.back();
            word.text += run;
            word.end = end;
            word.letters = false;
            word.negative = word.text.ends_with("nt");
        } else {
            static const std::string none;
            const std::string& before = words.empty() ? none : words.back().text;
            const bool dotted =
                !words.empty() && words.back().joined
                && text.substr(words.back().begin, words.back().end - words.back().begin).find('.')
                       != std::string_view::npos;
            // A '?' spaced from the word before and opening this one doubts it and ends nothing
            // ("tear ? complete", "tear ?complete": trial 37), nor does one that doubts a label's
            // value ("Bladder: ?altered").
            const bool doubts_inside = !words.empty()
                                       && ((between.front() == ' ' && trimmed(between) == "?")
                                           || queries_label_value(between));
            const std::string_view clause_breaks = doubts_inside ? ",.;:!()[]=" : ",.;:!?()[]=";
            const std::string_view sentence_breaks = doubts_inside ? ",.;!()[]" : ",.;!?()[]";
            // Both sides, or the place of a sign, said in brackets right after what they qualify
            // stay in its clause: "Weakness in legs (bilateral)" reads as "Weakness in legs
            // bilateral" (trial 77), "Had an accident (bowel)" as "Had an accident bowel".
            const bool qualifier_in_brackets =
                trimmed(between) == "("
                && (says_both_sides(text.substr(i)) || names_a_sign_place(text.substr(i)));
            if (!qualifier_in_brackets) {
                clause += breaks_after(before, dotted, between, clause_breaks);
                sentence += breaks_after(before, dotted, between, sentence_breaks);
            }
            const bool sign = run == "ve" && (between.ends_with('-') || between.ends_with('+'));
            if (sign) {
                run = between.ends_with('-') ? "negative" : "positive";
            }
            if (letters == 1 && checklist_no(text, words, i, end)) {
                run = "no";
            }
            const bool unmarked = coach::words::unmarked_contraction(run);
            words.push_back({.text = std::move(run),
                             .begin = sign ? i - 1 : i,  // "+ve" quoted with its sign
                             .end = end,
                             .clause = clause,
                             .sentence = sentence,
                             .letters = letters == 1,
                             .hyphened = !words.empty() && is_hyphen(between),
                             .negative = unmarked,
                             .queried = opens_query(between, words.empty())});
        }
        i = end;
    }
    return words;
}

}  // namespace coach::json::detail
