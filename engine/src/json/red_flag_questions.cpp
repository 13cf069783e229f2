// Questions a note asks and answers itself (red_flag_questions.hpp).
#include "json/red_flag_questions.hpp"

#include <algorithm>
#include <array>
#include <cstddef>

#include "json/red_flag_vocabulary.hpp"
#include "json/red_flag_words.hpp"

namespace coach::json::detail {

namespace {

enum class Reply { yes, no };

constexpr auto yes_words = std::to_array<std::string_view>(
    {"yes", "y", "yeah", "yep", "positive", "pos", "present", "+", "+ve"});
constexpr auto no_words = std::to_array<std::string_view>(
    {"no", "n", "nope", "nil", "none", "negative", "neg", "absent", "-", "-ve"});

// Words of a question that asks whether weight is borne or sensation is normal, and words that
// make it ask of a difficulty instead ("Any difficulty walking? No.").
constexpr auto ability_words = std::to_array<std::string_view>(
    {"able", "can", "could", "possible", "ok", "okay", "normal", "normally", "intact",
     "independent*", "unaided", "toleranc*", "tolerat*", "full", "fully", "fwb*", "comfortabl*"});
constexpr auto bearing_words =
    std::to_array<std::string_view>({"walk*", "bear", "bears", "bearing", "weight*", "wb", "fwb*",
                                     "stand*", "ambulat*", "mobilis*", "mobiliz*"});
constexpr auto sensation_words = std::to_array<std::string_view>(
    {"sensation*", "sensory", "feeling", "touch", "sensate", "neuro", "neurolog*"});
constexpr auto difficulty_words = std::to_array<std::string_view>(
    {"difficult*", "problem*", "issue*", "trouble*", "pain*", "limp*", "restrict*", "sore*",
     "hurt*", "aid*", "help", "assist*", "struggl*", "discomfort", "change*", "worse"});

// A gap asked of alone is the palpable gap at the injury site ("Gap? Yes."), as a form asks it.
constexpr auto gap_words =
    std::to_array<std::string_view>({"gap*", "defect*", "divot*", "dent*", "step", "stepoff"});

// What ends the sentence or the label before a question: "Q: numbness in the foot? A: yes".
constexpr std::string_view sentence_marks = ".!?;:\n";

bool is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

std::size_t skip_blanks(std::string_view text, std::size_t i) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) {
        ++i;
    }
    return i;
}

// An answer: yes or no, and where its word begins and ends in the text.
struct Answer {
    Reply reply;
    std::size_t begin;
    std::size_t end;
};

// The answer right after the '?' at `mark`: "? No.", "? A: yes", "? -ve".
std::optional<Answer> answer_after(std::string_view text, std::size_t mark) {
    std::size_t i = skip_blanks(text, mark + 1);
    if (i + 1 < text.size() && lower(text[i]) == 'a') {
        const std::size_t colon = skip_blanks(text, i + 1);
        if (colon < text.size() && text[colon] == ':') {
            i = skip_blanks(text, colon + 1);  // "Q: ...? A: yes"
        }
    }
    std::size_t end = i;
    if (end < text.size() && (text[end] == '+' || text[end] == '-')) {
        ++end;
        if (text.substr(end, 2) == "ve" || text.substr(end, 2) == "VE") {
            end += 2;
        }
    } else {
        while (end < text.size() && is_letter(text[end])) {
            ++end;
        }
    }
    if (end == i) {
        return std::nullopt;
    }
    std::string word;
    for (std::size_t k = i; k < end; ++k) {
        word += lower(text[k]);
    }
    const std::size_t after = skip_blanks(text, end);
    if (after < text.size()
        && (is_letter(text[after]) || (text[after] >= '0' && text[after] <= '9')) && after != end) {
        return std::nullopt;  // "No problems": a word, not an answer
    }
    if (after == end && after < text.size() && (is_letter(text[after]) || text[after] == '\'')) {
        return std::nullopt;
    }
    if (matches_any(word, yes_words)) {
        return Answer{Reply::yes, i, end};
    }
    if (matches_any(word, no_words)) {
        return Answer{Reply::no, i, end};
    }
    return std::nullopt;
}

// The flag a question of an ability names the normal of, when it is one (see the header).
std::optional<Mention> ability_asked(std::string_view question) {
    const auto words = words_of(question);
    const auto any = [&words](const auto& patterns) {
        return std::any_of(words.begin(), words.end(),
                           [&](const Word& word) { return matches_any(word.text, patterns); });
    };
    if (any(difficulty_words)) {
        return std::nullopt;
    }
    if (any(gap_words)) {
        return Mention{RedFlag::palpable_gap, RedFlag::palpable_gap, {}, false};
    }
    const bool only_bearing = std::all_of(words.begin(), words.end(), [](const Word& word) {
        return matches_any(word.text, bearing_words) || matches_any(word.text, ability_words);
    });  // "Weight bearing? No."
    if (!any(ability_words) && !only_bearing) {
        return std::nullopt;
    }
    if (any(bearing_words)) {
        return Mention{RedFlag::unable_to_bear_weight, RedFlag::unable_to_bear_weight, {}, true};
    }
    if (any(sensation_words)) {
        return Mention{RedFlag::numbness, RedFlag::tingling, {}, true};
    }
    return std::nullopt;
}

}  // namespace

std::optional<AnsweredQuestions> answered_questions(std::string_view text, std::optional<int> day) {
    std::optional<AnsweredQuestions> answered;
    for (std::size_t mark = text.find('?'); mark != std::string_view::npos;
         mark = text.find('?', mark + 1)) {
        const auto answer = answer_after(text, mark);
        if (!answer) {
            continue;
        }
        const auto opening = text.substr(0, mark).find_last_of(sentence_marks);
        const std::size_t begin =
            skip_blanks(text, opening == std::string_view::npos ? 0 : opening + 1);
        const auto question = text.substr(begin, mark - begin);
        if (question.empty()) {
            continue;
        }
        const auto named = mentions_in(question, day);
        const bool as_there =
            !named.empty() && std::all_of(named.begin(), named.end(), [](const Mention& mention) {
                return mention.affirmed;
            });
        auto ability = named.empty() ? ability_asked(question) : std::nullopt;
        if (!as_there && !ability) {
            continue;  // "Numbness gone? No." is the mention reader's
        }
        if (!answered) {
            answered = AnsweredQuestions{std::string{text}, {}};
        }
        auto& written = answered->text;
        const std::size_t sentence_end = text.find_first_of(".!;\n", answer->end);
        const bool nothing_after =
            skip_blanks(text, answer->end)
            == (sentence_end == std::string_view::npos ? text.size() : sentence_end);
        if (as_there && answer->reply == Reply::no && nothing_after) {
            // "Tingling in the foot? No." reads as the denial "No Tingling in the foot".
            std::string denial = "No " + std::string{question};
            denial.resize(answer->end - begin, ' ');
            written.replace(begin, denial.size(), denial);
            continue;
        }
        if (as_there) {
            // "Numbness? Yes." reads as the label "Numbness: Yes."; "? A: yes" as ":    yes";
            // "Numbness? No - only when sitting" as the label's value an exception undoes.
            written[mark] = ':';
            std::fill(written.begin() + static_cast<std::ptrdiff_t>(mark + 1),
                      written.begin() + static_cast<std::ptrdiff_t>(answer->begin), ' ');
            continue;
        }
        std::fill(written.begin() + static_cast<std::ptrdiff_t>(begin),
                  written.begin() + static_cast<std::ptrdiff_t>(answer->end), ' ');
        // A gap asked of is there when answered yes; an ability, when answered no.
        if ((answer->reply == Reply::no) != (ability->flag == RedFlag::palpable_gap)) {
            ability->affirmed = true;
            ability->word = std::string{text.substr(begin, answer->end - begin)};
            answered->mentions.push_back(std::move(*ability));
        }
    }
    return answered;
}

}  // namespace coach::json::detail
