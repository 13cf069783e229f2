// Denials, labels and exceptions in a note (red_flag_finder.hpp): "no numbness", "N/T: nil",
// "probably no numbness", "no numbness except at night", "No numbness. Except at night."
#include <algorithm>
#include <array>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <utility>

#include "json/red_flag_finder.hpp"

namespace coach::json::detail::mention_reading {

bool MentionFinder::exception_at(std::size_t k) const {
    return std::any_of(exceptions.begin(), exceptions.end(), [&](const WordPair& e) {
        const std::size_t next = k + (e.second.empty() ? 1 : 2);
        return pair_at(k, e) && next < words_.size() && same_clause(k, next);
    });
}

bool MentionFinder::excepted_after(std::size_t last) const {
    std::size_t k = last + 1;
    for (; k < words_.size() && same_clause(k, last); ++k) {
        if (exception_at(k)) {
            return true;
        }
    }
    return exception_after_comma(k);
}

bool MentionFinder::exception_after_comma(std::size_t k) const {
    if (k == 0 || k >= words_.size() || !exception_at(k)) {
        return false;
    }
    std::string marks{text_.substr(words_[k - 1].end, words_[k].begin - words_[k - 1].end)};
    std::erase(marks, ' ');
    return marks == "," || marks == "(";
}

bool MentionFinder::negated_within(std::size_t other, std::size_t i) const {
    const auto negator = word_before(i, negators, negation_fillers, other + 1);
    return negator && !double_negated_[*negator] && !excepted_after(i);
}

bool MentionFinder::negated(std::size_t first, std::size_t last) const {
    if (listed_under_no_red_flags(first)) {
        return true;  // "red flags: none (numbness, tingling, NWB, gap)"
    }
    return denied(first, last) && !excepted_after(last) && !undone_after(last)
           && !affirmed_later(last) && !excepted_in_next_sentence(last) && !qualified_after(last);
}

bool MentionFinder::qualified_after(std::size_t last) const {
    auto value = label_denial(last);
    if (!value) {
        value = present_no_longer_after(last);
    }
    return remainder_after(clause_reader(), value ? *value : last) == Remainder::qualified;
}

bool MentionFinder::denied_before(std::size_t first) const {
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

bool MentionFinder::denies_or_resolves(std::size_t k) const {
    const auto& word = words_[k];
    return word.negative || matches_any(word.text, negators)
           || matches_any(word.text, trailing_negators) || matches_any(word.text, negative_words)
           || matches_any(word.text, resolution_doubts);
}

bool MentionFinder::listed_under_no_red_flags(std::size_t first) const {
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

bool MentionFinder::red_flags_denied_at(std::size_t k) const {
    const auto red_flags_end = [&](std::size_t j) {
        return (matches(words_[j].text, "flag*") && j > 0 && words_[j - 1].text == "red")
               || words_[j].text == "rf" || words_[j].text == "rfs";
    };
    if (matches_any(words_[k].text, label_negators) && k > 0 && red_flags_end(k - 1)) {
        return true;  // "red flags: none (", "RF nil ("
    }
    if (matches_any(words_[k].text, label_negators) && k > 1
        && matches_any(words_[k - 1].text, screen_words) && red_flags_end(k - 2)) {
        return true;  // "Red flag screen negative (" (trial 40)
    }
    if (!red_flags_end(k)) {
        return false;
    }
    const std::size_t start = words_[k].text == "rf" || words_[k].text == "rfs" ? k : k - 1;
    return start > 0 && matches_any(words_[start - 1].text, negators);  // "no red flags ("
}

bool MentionFinder::plain_list_word(std::size_t w) const {
    // A number after a word is a measure, not an item denied: "No numbness, pain 7/10 or gap".
    const std::string after = w + 1 < words_.size() ? marks_between(w, w + 1) : std::string{};
    return !names_flag(w) && !exception_at(w) && !affirms_at(w)
           && std::none_of(after.begin(), after.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::size_t MentionFinder::before_plain_items(std::size_t end) const {
    const auto ends_flag = [&](std::size_t j) {
        for (std::size_t s = j >= 2 ? j - 2 : 0; s <= j; ++s) {
            if (flag_word_at(s) == j) {
                return true;
            }
        }
        return false;
    };
    std::size_t j = end;
    for (std::size_t items = 0; items < max_plain_items && !ends_flag(j); ++items) {
        std::size_t start = j;
        while (start > 0 && same_clause(start - 1, start)) {
            --start;
        }
        if (start == 0 || j - start >= max_plain_item_words
            || marks_between(start - 1, start) != ",") {
            return end;
        }
        for (std::size_t w = start; w <= j; ++w) {
            if (!plain_list_word(w)) {
                return end;
            }
        }
        j = start - 1;
    }
    return j;
}

bool MentionFinder::plain_items_denied(std::size_t end) const {
    std::size_t j = end;
    for (std::size_t items = 0; items <= max_plain_items; ++items) {
        std::size_t start = j;
        while (start > 0 && same_clause(start - 1, start)) {
            --start;
        }
        // The words after the denial, each plain: "no pain", "denies any swelling".
        for (std::size_t w = j + 1; w > start && j + 1 - w < max_plain_item_words;) {
            --w;
            if (!plain_list_word(w)) {
                return false;
            }
            if (const auto verb = denial_verb_before(w); verb && *verb >= start) {
                return !double_negated_[*verb] && !hedged_before(*verb);
            }
        }
        if (start == 0 || j - start >= max_plain_item_words
            || marks_between(start - 1, start) != ",") {
            return false;
        }
        j = start - 1;
    }
    return false;
}

std::optional<std::size_t> MentionFinder::negative_for(std::size_t j) const {
    if (j > 1 && same_clause(j - 2, j) && words_[j - 1].text == "for"
        && words_[j - 2].text == "negative") {
        return j - 2;
    }
    return std::nullopt;
}

std::optional<std::size_t> MentionFinder::denial_label_before(std::size_t j) const {
    if (j == 0 || marks_between(j - 1, j) != ":"
        || !matches_any(words_[j - 1].text, denial_label_verbs)) {
        return std::nullopt;
    }
    const std::size_t verb = j - 1;
    const auto opens_sentence = [&](std::size_t k) {
        return k == 0 || words_[k - 1].sentence != words_[k].sentence;
    };
    if (opens_sentence(verb)
        || (opens_sentence(verb - 1) && matches_any(words_[verb - 1].text, denial_subjects))) {
        return verb;
    }
    return std::nullopt;
}

std::optional<std::size_t> MentionFinder::denial_verb_before(std::size_t j) const {
    if (const auto negative = negative_for(j)) {
        return negative;
    }
    if (const auto label = denial_label_before(j)) {
        return label;
    }
    return word_before(j, denial_verbs, negation_fillers);
}

std::size_t MentionFinder::its_place(std::size_t first) const {
    std::size_t start = first;
    while (start > 0 && first - start < 2 && same_clause(start - 1, first)
           && matches_any(words_[start - 1].text, sign_places)) {
        --start;
    }
    return start;
}

bool MentionFinder::listed_after_denial(std::size_t first, std::size_t last) const {
    if (first < 2 || same_clause(first - 1, first) || marks_between(first - 1, first) != ",") {
        return false;
    }
    for (std::size_t k = last + 1; k < words_.size() && same_clause(last, k); ++k) {
        if (!matches_any(words_[k].text, list_tails) && !matches_any(words_[k].text, sign_places)
            && !names_flag(k)) {
            return false;  // "no numbness, tingling or gap" lists; "no numbness, tingling mild" not
        }
    }
    // The item before, or the flag before items that name none ("denies numbness, weight-bearing
    // issues, tingling": trial 47).
    const std::size_t end = before_plain_items(first - 1);
    for (std::size_t j = end; j + 3 >= end && same_clause(j, end); --j) {
        if (flag_word_at(j) == end) {
            const auto verb = denial_verb_before(its_place(j));
            const bool listed = (verb && !double_negated_[*verb] && !hedged_before(*verb))
                                || listed_after_denial(its_place(j), end);
            return listed && negated(j, end);
        }
        if (j == 0) {
            break;
        }
    }
    return false;
}

bool MentionFinder::denied(std::size_t first, std::size_t last) const {
    auto negator = negative_for(first);
    if (!negator) {
        negator = word_before(first, negators, negation_fillers);
    }
    if (!negator) {
        negator = denial_label_before(its_place(first));
    }
    if (negator) {
        return !double_negated_[*negator] && !hedged_before(*negator);
    }
    if (listed_after_denial(its_place(first), last)) {
        return true;  // "denies numbness, tingling"
    }
    if (const auto either = word_before(its_place(first), either_words, negation_fillers)) {
        // "no numbness or tingling", "no numbness, tingling, or palpable gap" (trial 35), "No
        // numbness, tingling, weight-bearing issues or palpable gap" (trial 47)
        const std::size_t k = *either;
        if (k < 1 || !(same_clause(k - 1, first) || marks_between(k - 1, k) == ",")) {
            return false;
        }
        const std::size_t item = before_plain_items(k - 1);
        return (names_flag(item) && negated(item, item)) || plain_items_denied(k - 1);
    }
    return word_after(last, trailing_negators, test_words) || labelled_absent(last)
           || labelled_dash(last) || present_no_longer_after(last).has_value()
           || nought_after(label_end(last));
}

bool MentionFinder::nought_after(std::size_t last) const {
    auto rest = text_.substr(words_[last].end);
    while (rest.starts_with(' ')) {
        rest.remove_prefix(1);
    }
    if (rest.starts_with(':') || rest.starts_with('=')) {
        rest.remove_prefix(1);  // "Numbness: 0/10"
        while (rest.starts_with(' ')) {
            rest.remove_prefix(1);
        }
    }
    if (!rest.starts_with('0')) {
        return false;
    }
    rest.remove_prefix(1);
    if (rest.starts_with("/10")) {
        rest.remove_prefix(3);  // a score of none out of ten: "Numbness 0/10" (trial 40)
    }
    while (rest.starts_with(' ')) {
        rest.remove_prefix(1);
    }
    const bool number_goes_on =
        rest.size() > 1 && rest[0] == '.' && rest[1] >= '0' && rest[1] <= '9';  // "0.5"
    return rest.empty()
           || (!number_goes_on && std::string_view{",;.)"}.find(rest[0]) != std::string_view::npos);
}

namespace {

// The month a word names (vocabulary `month_names`), 1 to 12, or 0.
unsigned month_named(std::string_view word) {
    for (std::size_t m = 0; m < month_names.size(); ++m) {
        for (const std::string_view name : month_names[m]) {
            if (!name.empty() && word == name) {
                return static_cast<unsigned>(m + 1);
            }
        }
    }
    return 0;
}

// The whole number of up to four digits at the start of `text` and how many digits it has.
std::pair<int, std::size_t> leading_number(std::string_view text) {
    int value = 0;
    std::size_t digits = 0;
    while (digits < text.size() && digits < 5 && text[digits] >= '0' && text[digits] <= '9') {
        value = value * 10 + (text[digits] - '0');
        ++digits;
    }
    return {value, digits};
}

// The weekday a word names (vocabulary `weekday_names`), 0 for Monday to 6 for Sunday.
std::optional<unsigned> weekday_named(std::string_view word) {
    for (std::size_t d = 0; d < weekday_names.size(); ++d) {
        if (word == weekday_names[d]) {
            return static_cast<unsigned>(d);
        }
    }
    return std::nullopt;
}

int full_year(int year) {
    return year < 100 ? 2000 + year : year;
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Whether the word that ends `text` (its blanks trimmed) is one that dates what follows it: "on",
// "by", "until", "till" ("resolved on 9/10": a day and month with no year).
bool ends_with_a_dating_word(std::string_view text) {
    while (!text.empty() && text.back() == ' ') {
        text.remove_suffix(1);
    }
    std::size_t start = text.size();
    while (start > 0 && text[start - 1] >= 'A' && (text[start - 1] | 0x20) >= 'a'
           && (text[start - 1] | 0x20) <= 'z') {
        --start;
    }
    const auto word = text.substr(start);
    return std::any_of(dating_words.begin(), dating_words.end(), [&](std::string_view dating) {
        return word.size() == dating.size()
               && std::equal(word.begin(), word.end(), dating.begin(),
                             [](char a, char b) { return static_cast<char>(a | 0x20) == b; });
    });
}

// A date of eight digits standing alone, year first ("20261009"), when it is one.
std::optional<Date> eight_digit_date(std::string_view text, std::size_t i) {
    if (i + 8 > text.size() || (i + 8 < text.size() && is_digit(text[i + 8]))) {
        return std::nullopt;
    }
    for (std::size_t k = i; k < i + 8; ++k) {
        if (!is_digit(text[k])) {
            return std::nullopt;
        }
    }
    const auto number = [&](std::size_t at, std::size_t digits) {
        int value = 0;
        for (std::size_t k = at; k < at + digits; ++k) {
            value = value * 10 + (text[k] - '0');
        }
        return value;
    };
    const int year = number(i, 4);
    if (year < 1900 || year >= 2100) {
        return std::nullopt;
    }
    return Date::from_ymd(year, static_cast<unsigned>(number(i + 4, 2)),
                          static_cast<unsigned>(number(i + 6, 2)));
}

// The latest date written in digits in `text`, a year of `written_year` where none is written
// ("2026-10-09", "10/10/2026", "9/10/26", "9.10.2026" and "20261009"; a day and month alone after
// a dating word, "on 9/10", trial 40): a day/month order that could be read both ways is read the
// later way, as red flags win.
std::optional<Date> latest_numeric_date(std::string_view text, int written_year) {
    std::optional<Date> latest;
    const auto keep = [&](std::optional<Date> date) {
        if (date && (!latest || *date > *latest)) {
            latest = date;
        }
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] < '0' || text[i] > '9' || (i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9')) {
            continue;
        }
        keep(eight_digit_date(text, i));
        const auto [first, first_digits] = leading_number(text.substr(i));
        std::size_t at = i + first_digits;
        if (at >= text.size() || (text[at] != '-' && text[at] != '/' && text[at] != '.')) {
            continue;
        }
        const char mark = text[at];
        const auto [second, second_digits] = leading_number(text.substr(at + 1));
        at += 1 + second_digits;
        if (second_digits == 0 || second_digits > 2) {
            continue;
        }
        if (at >= text.size() || text[at] != mark) {
            const bool alone = at >= text.size() || !is_digit(text[at]);
            if (alone && mark != '-' && first_digits <= 2
                && (at >= text.size() || text[at] != '.' || at + 1 >= text.size()
                    || !is_digit(text[at + 1]))
                && ends_with_a_dating_word(text.substr(0, i))) {
                // "resolved on 9/10": the year the note's
                keep(Date::from_ymd(written_year, static_cast<unsigned>(second),
                                    static_cast<unsigned>(first)));
                keep(Date::from_ymd(written_year, static_cast<unsigned>(first),
                                    static_cast<unsigned>(second)));
            }
            continue;
        }
        const auto [third, third_digits] = leading_number(text.substr(at + 1));
        if (first_digits == 4 && (third_digits == 1 || third_digits == 2)) {
            keep(Date::from_ymd(first, static_cast<unsigned>(second),
                                static_cast<unsigned>(third)));  // 2026-10-09
        } else if (first_digits <= 2 && (third_digits == 2 || third_digits == 4)) {
            const int year = full_year(third);  // 9/10/2026 or 10/9/2026
            keep(Date::from_ymd(year, static_cast<unsigned>(second), static_cast<unsigned>(first)));
            keep(Date::from_ymd(year, static_cast<unsigned>(first), static_cast<unsigned>(second)));
        }
    }
    return latest;
}

}  // namespace

bool MentionFinder::calendar_date_after_writing(std::size_t k) const {
    const auto date = calendar_date_after(k);
    return date && *date > *written_;
}

std::optional<Date> MentionFinder::calendar_date_after(std::size_t k) const {
    std::size_t end = k + 1;
    while (end < words_.size() && same_clause(end, k)) {
        ++end;
    }
    const int written_year = static_cast<int>(written_->ymd().year());
    std::optional<Date> latest;
    const auto keep = [&](std::optional<Date> date) {
        if (date && (!latest || *date > *latest)) {
            latest = date;
        }
    };
    // A weekday alone after a dating word is the next one on or after the day of writing, as red
    // flags win ("Tingling gone by Friday" written on a Tuesday, trial 40); "last Friday" and
    // "since Friday" are past, and "Friday 9 October" is dated by its day and month.
    for (std::size_t j = k + 1; j < end; ++j) {
        const auto weekday = weekday_named(words_[j].text);
        const bool dated = j > k + 1 && matches_any(words_[j - 1].text, dating_words);
        const bool numbered = j + 1 < words_.size() && words_[j + 1].begin > words_[j].end
                              && text_.substr(words_[j].end, words_[j + 1].begin - words_[j].end)
                                         .find_first_of("0123456789")
                                     != std::string_view::npos;
        if (weekday && dated && !numbered) {
            keep(*written_ + static_cast<int>((*weekday + 7 - written_->weekday_index()) % 7));
        }
    }
    const std::size_t stop = end < words_.size() ? words_[end].begin : text_.size();
    const auto clause = text_.substr(words_[k].end, stop - words_[k].end);
    if (clause.find_first_of("0123456789") == std::string_view::npos) {
        return latest;  // no other date can be written without a digit
    }
    keep(latest_numeric_date(clause, written_year));
    // A month named beside a day's number: "9 Oct", "9th October 2026", "October 9".
    for (std::size_t j = k + 1; j < end; ++j) {
        const unsigned month = month_named(words_[j].text);
        if (month == 0) {
            continue;
        }
        // "9th October": the day's number is before its "th".
        const std::size_t ordinal =
            j - 1 > k && matches_any(words_[j - 1].text, ordinal_suffixes) ? j - 1 : j;
        const auto before =
            text_.substr(words_[ordinal - 1].end, words_[ordinal].begin - words_[ordinal - 1].end);
        const std::size_t after_end = j + 1 < words_.size() ? words_[j + 1].begin : text_.size();
        auto after = text_.substr(words_[j].end, after_end - words_[j].end);
        while (!after.empty() && (after.front() == ' ' || after.front() == ',')) {
            after.remove_prefix(1);
        }
        const std::size_t digits_end = before.find_last_of("0123456789");
        int day = 0;
        if (digits_end != std::string_view::npos) {
            std::size_t start = digits_end;
            while (start > 0 && before[start - 1] >= '0' && before[start - 1] <= '9') {
                --start;
            }
            day = leading_number(before.substr(start)).first;
        } else if (const auto [number, digits] = leading_number(after); digits > 0 && digits <= 2) {
            day = number;  // "October 9"
            after.remove_prefix(digits);
            while (!after.empty() && (after.front() == ' ' || after.front() == ',')) {
                after.remove_prefix(1);
            }
        }
        const auto [year, year_digits] = leading_number(after);
        if (day > 0) {
            keep(Date::from_ymd(year_digits == 4 ? year : written_year, month,
                                static_cast<unsigned>(day)));
        }
    }
    // A day of the month alone, with its ordinal suffix: "resolved on the 9th" is of the month
    // of writing (trial 40); "9th October" and "October 9th" are read above.
    for (std::size_t j = k + 1; j < end; ++j) {
        if (!matches_any(words_[j].text, ordinal_suffixes) || words_[j - 1].end == words_[j].begin
            || month_named(words_[j - 1].text) != 0
            || (j + 1 < words_.size() && month_named(words_[j + 1].text) != 0)
            || (j + 2 < words_.size() && words_[j + 1].text == "of"
                && month_named(words_[j + 2].text) != 0)) {
            continue;
        }
        const auto before = text_.substr(words_[j - 1].end, words_[j].begin - words_[j - 1].end);
        if (before.empty() || !is_digit(before.back())) {
            continue;
        }
        std::size_t start = before.size() - 1;
        while (start > 0 && is_digit(before[start - 1])) {
            --start;
        }
        const auto [day, digits] = leading_number(before.substr(start));
        if (digits <= 2) {
            keep(Date::from_ymd(written_year, static_cast<unsigned>(written_->ymd().month()),
                                static_cast<unsigned>(day)));
        }
    }
    return latest;
}

bool MentionFinder::dated_after_writing(std::size_t k) const {
    if (written_ && calendar_date_after_writing(k)) {
        return true;
    }
    for (std::size_t j = k + 1; j < words_.size() && same_clause(j, k); ++j) {
        if (words_[j].text == "tomorrow") {
            return true;
        }
        if (words_[j].text == "from" && j + 1 < words_.size() && words_[j + 1].text == "now") {
            return true;  // "resolved 3 days from now" (trial 40)
        }
        if (words_[j].text == "next" && (j == 0 || words_[j - 1].text != "the")) {
            return true;  // "by next week"; not "by the next morning", after another time
        }
        if (words_[j].text == "day" && day_) {
            const auto number = number_after(j);
            if (number && *number > *day_) {
                return true;
            }
        }
    }
    return false;
}

std::optional<std::size_t> MentionFinder::present_no_longer_after(std::size_t last) const {
    std::size_t k = last + 1;
    if (k < words_.size() && same_clause(last, k) && matches_any(words_[k].text, copulas)) {
        ++k;  // "numbness is no longer present"
    }
    const bool ceased = k + 2 < words_.size() && same_clause(last, k + 2) && words_[k].text == "no"
                        && words_[k + 1].text == "longer"
                        && matches_any(words_[k + 2].text, present_words);
    return ceased ? std::optional{k + 2} : std::nullopt;
}

bool MentionFinder::hedged_before(std::size_t k) const {
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

bool MentionFinder::excepted_in_next_sentence(std::size_t last) const {
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

bool MentionFinder::labelled_dash(std::size_t last) const {
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

std::size_t MentionFinder::label_end(std::size_t last) const {
    std::size_t end = last;
    for (std::size_t k = end + 1; k < words_.size(); k = end + 1) {
        if (matches_any(words_[k].text, label_joiners) && marks_between(end, k).empty()) {
            ++k;
        }
        const auto marks = k < words_.size() ? marks_between(k - 1, k) : std::string{"."};
        const auto named = k < words_.size() ? flag_word_at(k) : std::nullopt;
        if (!named
            || !(marks.empty() || marks == "/" || marks == "," || marks == "&" || marks == "+")) {
            break;
        }
        end = *named;
    }
    // "Numbness screen: negative" (trial 39): the value is the screen's.
    if (end + 1 < words_.size() && marks_between(end, end + 1).empty()
        && matches_any(words_[end + 1].text, screen_words)) {
        ++end;
    }
    return end;
}

std::optional<std::size_t> MentionFinder::label_denial(std::size_t last) const {
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
    // After a screen or a test, a normal finding is its value too: "Numbness tested: normal"
    // (trial 40).
    const bool screened = matches_any(words_[end].text, screen_words)
                          && matches_any(words_[k].text, screened_normal_values);
    if (!matches_any(words_[k].text, label_negators) && !screened && k == end + 1) {
        return std::nullopt;
    }
    const bool bracket = marks == "(" && text_.substr(words_[k].end).starts_with(')');
    const bool label =
        bracket || std::find(label_marks.begin(), label_marks.end(), marks) != label_marks.end();
    return label ? std::optional{k} : std::nullopt;
}

bool MentionFinder::labelled_absent(std::size_t last) const {
    const auto k = label_denial(last);
    if (!k) {
        return false;
    }
    std::size_t end = *k + 1;  // past the value and its tail ("none reported")
    while (end < words_.size() && same_clause(*k, end)
           && matches_any(words_[end].text, denial_tails)) {
        ++end;
    }
    if (matches_any(words_[*k].text, resolved_values)) {
        if (dated_after_writing(*k)) {
            return false;  // "numbness: resolved 2026-10-10" written on 2026-10-06
        }
        end = past_the_day_resolved(end, *k);  // "numbness: resolved day 1"
    }
    return (end == words_.size() || !same_clause(*k, end)) && !exception_after_comma(end);
}

bool MentionFinder::resolved_in_time(std::size_t last) const {
    bool resolved = false;
    for (std::size_t k = last + 1; k < words_.size() && same_clause(k, last); ++k) {
        const auto& word = words_[k].text;
        if (matches_any(word, resolution_words)) {
            resolved = true;
            if (const auto date = written_ ? calendar_date_after(k) : std::nullopt) {
                return *date <= *written_;  // "Numbness resolved 2026-10-06" (trial 40)
            }
        } else if (resolved && matches_any(word, resolved_ago)) {
            if (word == "day") {
                const auto number = number_after(k);
                return number && day_ && *number <= *day_;
            }
            return word != "night" || matches_any(words_[k - 1].text, resolution_nights);
        }
    }
    return false;
}

std::size_t MentionFinder::past_the_day_resolved(std::size_t from, std::size_t value) const {
    std::size_t end = from;
    while (end < words_.size() && same_clause(value, end)
           && matches_any(words_[end].text, resolved_when)) {
        if (words_[end].text == "day") {
            const auto number = number_after(end);
            if (!number || !day_ || *number > *day_) {
                return from;  // "resolved day 9" written on day 7 is to come, not come
            }
        }
        ++end;
    }
    return end;
}

void MentionFinder::mark_intermittence() {
    const auto is = [&](std::size_t k, std::string_view text) {
        return k < words_.size() && words_[k].text == text;
    };
    const auto joined = [&](std::size_t a, std::size_t b) {  // "on/off", "on-off", "on & off"
        const auto marks = marks_between(a, b);
        return marks == "/" || marks == "-" || marks == "&" || marks == "+";
    };
    const auto joiner = [&](std::size_t k) {
        const auto spaced = [&](std::size_t a, std::size_t b) {  // "on and off", "on-and-off"
            const auto marks = marks_between(a, b);
            return marks.empty() || marks == "-";
        };
        return (is(k, "and") || is(k, "or") || is(k, "n")) && spaced(k - 1, k) && spaced(k, k + 1);
    };
    for (std::size_t k = 0; k < words_.size(); ++k) {
        if (words_[k].text != "off") {
            continue;
        }
        const bool after_on = (k >= 1 && is(k - 1, "on") && joined(k - 1, k))
                              || (k >= 2 && is(k - 2, "on") && joiner(k - 1));
        const bool before_on = (is(k + 1, "on") && joined(k, k + 1))
                               || (k + 2 < words_.size() && is(k + 2, "on") && joiner(k + 1));
        if (after_on || before_on) {
            double_negated_[k] = true;
        }
    }
}

void MentionFinder::mark_double_negatives() {
    for (std::size_t n = 1; n < words_.size(); ++n) {
        // "off" after being carried is where from, not a denial: "piggybacked off", "carried
        // off" (trial 38).
        if (words_[n].text == "off" && same_clause(n - 1, n)
            && matches_any(words_[n - 1].text, carried_off_words)) {
            double_negated_[n] = true;
        }
    }
    for (std::size_t n = 0; n + 1 < words_.size(); ++n) {
        // "Can't stop myself weeing", "couldn't help wetting herself", "hasn't been able to hold
        // his wee", "can't seem to hold his pee": a control that fails affirms (trials 60, 63).
        std::size_t verb = n + 1;
        const auto skipped = [&](std::initializer_list<std::string_view> between) {
            if (verb + 1 < words_.size()
                && std::ranges::find(between, words_[verb].text) != between.end()) {
                ++verb;
                return true;
            }
            return false;
        };
        // "can no longer hold her water", "no longer able to hold his wee" (found after trial 84)
        const bool no_longer = words_[n].text == "no" && skipped({"longer"});
        if (skipped({"seem", "seems", "seemed"})) {
            skipped({"to"});  // "can't seem to hold"
        }
        skipped({"been", "be"});  // "hasn't been able to"
        if ((negative(words_[n]) || no_longer) && same_clause(n, verb)
            && matches_any(words_[verb].text, control_verbs)) {
            double_negated_[n] = true;
        }
        // "No good control of bladder", "bladder control not good": the negator denies the
        // control kept, and so affirms its loss.
        if ((negative(words_[n]) || words_[n].text == "no") && same_clause(n, n + 1)
            && matches_any(words_[n + 1].text, control_kept_words)) {
            const std::size_t from = n >= 2 ? n - 2 : 0;
            for (std::size_t k = from; k < words_.size() && k <= n + 3 && same_clause(k, n); ++k) {
                if (matches_any(words_[k].text, control_words)) {
                    double_negated_[n] = true;
                    break;
                }
            }
        }
        // "Didn't know she had wet herself", "didn't realise he was numb" (trial 73).
        if (negative(words_[n]) && same_clause(n, n + 1)
            && matches_any(words_[n + 1].text, unaware_verbs)) {
            for (std::size_t k = n + 2; k < words_.size() && k <= n + 4 && same_clause(k, n); ++k) {
                if (matches_any(words_[k].text, unaware_of_being)) {
                    double_negated_[n] = true;
                    break;
                }
            }
        }
    }
    for (std::size_t n = 0; n + 1 < words_.size(); ++n) {
        // "free" denies what it is free of ("free of numbness"), or what it follows ("pain
        // free"); before a noun it names a part: "free tendon fully torn" (trial 36).
        if (words_[n].text == "free" && same_clause(n, n + 1) && !words_[n + 1].hyphened
            && words_[n + 1].text != "of" && words_[n + 1].text != "from") {
            double_negated_[n] = true;
        }
    }
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

}  // namespace coach::json::detail::mention_reading
