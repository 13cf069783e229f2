// Questions a note asks and answers itself (red_flag_questions.hpp).
#include "json/red_flag_questions.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <utility>

#include "json/doubt_vocabulary.hpp"
#include "json/red_flag_vocabulary.hpp"
#include "json/red_flag_words.hpp"

namespace coach::json::detail {

namespace {

enum class Reply { yes, no, hedged };

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

// An answer that doubts rather than affirms, and the findings after it that settle the doubt: a
// tear shown partial, a tendon shown intact ("Complete tear? Unlikely, US shows partial tear.").
constexpr auto unlikely_answers =
    std::to_array<std::string_view>({"unlikely", "doubtful", "improbable"});
constexpr auto lesser_findings =
    std::to_array<std::string_view>({"partial*", "partly", "incomplete", "intact"});

// A gap asked of alone is the palpable gap at the injury site ("Gap? Yes."), as a form asks it.
constexpr auto gap_words =
    std::to_array<std::string_view>({"gap*", "defect*", "divot*", "dent*", "step", "stepoff"});

// A tendon asked of as intact or felt is the normal of a gap: answered no, the tendon is gone
// from the bone (trial 38: "Tendon intact? No.").
constexpr auto tendon_asked = std::to_array<std::string_view>({"tendon*", "origin", "conjoint"});
constexpr auto tendon_normal = std::to_array<std::string_view>(
    {"intact", "palpable", "present", "felt", "attached", "normal", "ok", "okay"});

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

// An answer: yes, no or a hedge, and where its words begin and end in the text.
struct Answer {
    Reply reply;
    std::size_t begin;
    std::size_t end;
};

// The words right after `i` up to the first mark that is not a blank or an apostrophe, lower
// case, one blank between, apostrophes dropped ("Not really.", "Don't know"), and where they end.
std::pair<std::string, std::size_t> words_from(std::string_view text, std::size_t i) {
    std::string words;
    std::size_t end = i;
    for (std::size_t k = i; k < text.size(); ++k) {
        const char c = text[k];
        if (is_letter(c)) {
            if (end < k && !words.empty() && text[k - 1] == ' ') {
                words += ' ';
            }
            words += lower(c);
            end = k + 1;
        } else if (c != ' ' && c != '\'') {
            break;
        }
    }
    return {words, end};
}

// Whether `answer` (words_from) hedges or gives the finding a size (doubt_vocabulary.hpp,
// `hedged_answers`, `sized_answers`): either way the flag stands.
bool hedges(std::string_view answer) {
    const auto first = answer.substr(0, answer.find(' '));
    if (matches_any(first, doubt::hedged_answers) || matches_any(first, doubt::open_words)
        || matches_any(first, doubt::sized_answers)) {
        return true;
    }
    const auto second = answer.find(' ', first.size() + 1);
    const auto pair = answer.substr(0, second);
    return pair.size() > first.size() && matches_any(pair, doubt::hedged_answer_pairs);
}

// The answer right after the '?' at `mark`: "? No.", "? A: yes", "? -ve", "? Not really.",
// "? Never.".
std::optional<Answer> answer_after(std::string_view text, std::size_t mark) {
    std::size_t i = skip_blanks(text, mark + 1);
    if (i + 1 < text.size() && lower(text[i]) == 'a') {
        const std::size_t colon = skip_blanks(text, i + 1);
        if (colon < text.size() && text[colon] == ':') {
            i = skip_blanks(text, colon + 1);  // "Q: ...? A: yes"
        }
    }
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
        std::size_t end = i + 1;
        if (text.substr(end, 2) == "ve" || text.substr(end, 2) == "VE") {
            end += 2;
        }
        const std::size_t after = skip_blanks(text, end);
        if (after < text.size() && after != end
            && (is_letter(text[after]) || (text[after] >= '0' && text[after] <= '9'))) {
            return std::nullopt;
        }
        return Answer{text[i] == '+' ? Reply::yes : Reply::no, i, end};
    }
    const auto [words, end] = words_from(text, i);
    if (words.empty()) {
        return std::nullopt;
    }
    if (hedges(words)) {
        return Answer{Reply::hedged, i, end};
    }
    if (matches_any(words, doubt::denying_answers)) {
        return Answer{Reply::no, i, end};
    }
    if (const std::size_t after = skip_blanks(text, end);
        after < text.size() && text[after] >= '0' && text[after] <= '9') {
        return std::nullopt;  // "No 2 weeks"
    }
    if (words.find(' ') != std::string::npos) {
        return std::nullopt;  // "No problems": words, not an answer
    }
    if (matches_any(words, yes_words)) {
        return Answer{Reply::yes, i, end};
    }
    if (matches_any(words, no_words)) {
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
    if (any(tendon_asked) && any(tendon_normal)) {
        return Mention{RedFlag::palpable_gap, RedFlag::palpable_gap, {}, true};
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

// The question marks first..last as a label's mark, when what follows them is a value rather
// than a yes or a no: "Sensation? Altered." reads as "Sensation: Altered.", "WB? nil" as "WB:
// nil" (trial 36), so that the label's value is read as the label's is. Only for a question of
// at most three words that opens its sentence and names no flag, its mark closing it and a word
// after it: the value can then only affirm. "Numbness in the foot when sitting? Some days" and
// "Numbness? Resolved." stay questions (a flag named), as does "Tingling ?resolved" (a doubt).
std::optional<std::string> as_label(std::string_view text, std::size_t first, std::size_t last,
                                    std::optional<int> day) {
    const auto opening = text.substr(0, first).find_last_of(sentence_marks);
    const std::size_t begin =
        skip_blanks(text, opening == std::string_view::npos ? 0 : opening + 1);
    const auto question = text.substr(begin, first - begin);
    const std::size_t value = skip_blanks(text, last + 1);
    if (question.empty() || question.back() == ' ' || value == last + 1 || value >= text.size()
        || !is_letter(text[value]) || words_of(question).size() > 3
        || !mentions_in(question, day).empty()) {
        return std::nullopt;
    }
    std::string label(last + 1 - first, ' ');
    label[0] = ':';
    return label;
}

}  // namespace

std::optional<std::string> with_settled_doubts(std::string_view text) {
    std::optional<std::string> settled;
    for (std::size_t mark = text.find('?'); mark != std::string_view::npos;
         mark = text.find('?', mark + 1)) {
        std::size_t last = mark;
        while (last + 1 < text.size() && text[last + 1] == '?') {
            ++last;
        }
        const auto [answer, end] = words_from(text, skip_blanks(text, last + 1));
        if (answer.find(' ') != std::string::npos || !matches_any(answer, unlikely_answers)) {
            mark = last;
            continue;
        }
        const auto sentence_end = text.find_first_of(".!?;\n", end);
        const auto rest = words_of(text.substr(end, sentence_end == std::string_view::npos
                                                        ? std::string_view::npos
                                                        : sentence_end - end));
        const bool lesser = std::any_of(rest.begin(), rest.end(), [](const Word& word) {
            return matches_any(word.text, lesser_findings);
        });
        if (lesser) {
            if (!settled) {
                settled = std::string{text};
            }
            std::fill(settled->begin() + static_cast<std::ptrdiff_t>(mark),
                      settled->begin() + static_cast<std::ptrdiff_t>(last + 1), ' ');
        }
        mark = last;
    }
    return settled;
}

std::optional<AnsweredQuestions> answered_questions(std::string_view text, std::optional<int> day) {
    std::optional<AnsweredQuestions> answered;
    for (std::size_t mark = text.find('?'); mark != std::string_view::npos;
         mark = text.find('?', mark + 1)) {
        const std::size_t first_mark = mark;
        while (mark + 1 < text.size() && text[mark + 1] == '?') {
            ++mark;  // "Gap?? yes" asks as "Gap? yes" does (trial 36)
        }
        const auto answer = answer_after(text, mark);
        if (!answer) {
            if (auto label = as_label(text, first_mark, mark, day)) {
                if (!answered) {
                    answered = AnsweredQuestions{std::string{text}, {}};
                }
                answered->text.replace(first_mark, label->size(), *label);
            }
            continue;
        }
        const auto opening = text.substr(0, first_mark).find_last_of(sentence_marks);
        const std::size_t begin =
            skip_blanks(text, opening == std::string_view::npos ? 0 : opening + 1);
        const auto question = text.substr(begin, first_mark - begin);
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
        if (answer->reply == Reply::hedged) {
            // "Gap? Unsure.", "Bearing weight? Barely.": a flag doubted is not excluded.
            std::fill(written.begin() + static_cast<std::ptrdiff_t>(begin),
                      written.begin() + static_cast<std::ptrdiff_t>(answer->end), ' ');
            auto asked = as_there ? named : std::vector<Mention>{std::move(*ability)};
            for (auto& mention : asked) {
                mention.affirmed = true;
                mention.word = std::string{text.substr(begin, answer->end - begin)};
                answered->mentions.push_back(std::move(mention));
            }
            continue;
        }
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
            written[first_mark] = ':';
            std::fill(written.begin() + static_cast<std::ptrdiff_t>(first_mark + 1),
                      written.begin() + static_cast<std::ptrdiff_t>(answer->begin), ' ');
            continue;
        }
        std::fill(written.begin() + static_cast<std::ptrdiff_t>(begin),
                  written.begin() + static_cast<std::ptrdiff_t>(answer->end), ' ');
        // A gap asked of is there when answered yes; an ability or a normal (`affirmed`: the
        // question asks of the normal), when answered no.
        if ((answer->reply == Reply::no) == ability->affirmed) {
            ability->affirmed = true;
            ability->word = std::string{text.substr(begin, answer->end - begin)};
            answered->mentions.push_back(std::move(*ability));
        }
    }
    return answered;
}

}  // namespace coach::json::detail
