// The sites of a grade written in words (grade_reader.hpp, grade_in_text.hpp): a letter apart
// ("grade 3 (c)"), a name ("intratendinous"), the tendon ("grade 3 tear into the tendon"), and
// site c alone ("MRI: site c"); the grades themselves are grade_phrases.cpp's.
#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>

#include "json/doubt_vocabulary.hpp"
#include "json/grade_reader.hpp"
#include "json/grade_vocabulary.hpp"
#include "json/red_flag_vocabulary.hpp"
#include "json/red_flag_words.hpp"

namespace coach::json::detail {

using namespace grade_words;
using namespace grade_text;

std::optional<std::size_t> GradeReader::site_alone_at(std::size_t k) const {
    const auto& word = tokens_[k].text;
    if (one_of(word, site_words) && adjacent(k, " :=(-") && tokens_[k + 1].text == "c") {
        const auto end = tokens_[k + 1].end;
        const char after = end < text_.size() ? character_at(text_, end).c : ' ';
        if (after != '/' && after != '\'' && after != '&') {  // "site c/o"
            return k + 1;
        }
        return std::nullopt;
    }
    if (word != "in") {
        if (auto name = site_name_at(k); name && name->first == Site::c) {
            if (!one_of(tokens_[name->second].text, tendon_words) || name->second > k) {
                return name->second;  // a name, or a word of inside then the tendon
            }
        }
    }
    if (tendon_at(k) && adjacent(k, " -") && one_of(tokens_[k + 1].text, involvement_words)) {
        return k + 1;
    }
    return std::nullopt;
}

void GradeReader::with_site(Phrase& phrase) const {
    std::size_t k = phrase.last + 1;
    if (k >= tokens_.size()) {
        return;
    }
    auto gap = between(phrase.last, k);
    std::erase(gap, ' ');
    // "grade 3 c", "grade 3, c", "grade 3/c", "BAMIC 3.c", "grade 3; site c"
    const bool apart = adjacent(phrase.last, " ,(:-/") || gap == ".";
    if (!apart && !(gap == ";" && one_of(tokens_[k].text, site_words))) {
        return;
    }
    bool bracketed = between(phrase.last, k).find('(') != std::string::npos;
    bool named = false;
    // "grade 3 at site c", "grade 3 at c" (not "at a": "grade 4 at a guess").
    if (tokens_[k].text == "at" && adjacent(k, " ")
        && (tokens_[k + 1].text == "site" || tokens_[k + 1].text == "b"
            || tokens_[k + 1].text == "c")) {
        ++k;
    }
    if (one_of(tokens_[k].text, site_words)) {
        if (!adjacent(k, " :=(")) {
            return;
        }
        bracketed = bracketed || between(k, k + 1).find('(') != std::string::npos;
        named = true;
        ++k;
    }
    std::optional<Site> site;
    std::size_t last = k;
    if (auto name = site_name_at(k)) {
        site = name->first;
        last = name->second;
    } else {
        const auto& word = tokens_[k].text;
        const char after =
            tokens_[k].end < text_.size() ? character_at(text_, tokens_[k].end).c : ' ';
        const bool abbreviation = after == '/' || after == '\'' || after == '&';  // "c/o"
        site = site_letter(word);
        if (abbreviation || (site == Site::a && !named && !bracketed)) {
            return;
        }
    }
    if (site) {
        phrase.grade.site = site;
        phrase.last = last;
        phrase.closed = bracketed;
    }
}

std::optional<std::pair<Site, std::size_t>> GradeReader::site_name_at(std::size_t k) const {
    const auto named = [](const std::string& word) -> std::optional<Site> {
        for (const auto& [name, site] : site_names) {
            if (word == name) {
                return site;
            }
        }
        return std::nullopt;
    };
    if (auto site = named(tokens_[k].text)) {
        return std::pair{*site, k};
    }
    if (adjacent(k, " -")) {
        if (auto site = named(tokens_[k].text + tokens_[k + 1].text)) {
            return std::pair{*site, k + 1};
        }
    }
    if (one_of(tokens_[k].text, inside_words)) {
        for (std::size_t j = k + 1; j < tokens_.size() && j <= k + 3 && adjacent(j - 1, " -");
             ++j) {
            if (one_of(tokens_[j].text, tendon_words)) {
                return spared(j) ? std::nullopt : std::optional{std::pair{Site::c, j}};
            }
            if (!one_of(tokens_[j].text, tendon_fillers)) {
                break;
            }
        }
    }
    if (tendon_at(k)) {
        return std::pair{Site::c, k};
    }
    return std::nullopt;
}

bool GradeReader::tendon_at(std::size_t k) const {
    if (!one_of(tokens_[k].text, tendon_words)) {
        return false;
    }
    if (k > 0 && adjacent(k - 1, " -")
        && (one_of(tokens_[k - 1].text, not_the_tendon_before)
            || one_of(tokens_[k - 1].text + tokens_[k].text, site_name_words))) {
        return false;
    }
    if (adjacent(k, " -") && one_of(tokens_[k + 1].text, not_the_tendon_after)) {
        return false;
    }
    return !spared(k);
}

bool GradeReader::spared(std::size_t k) const {
    for (std::size_t j = k + 1; j < tokens_.size() && j <= k + 3 && same_clause(j, k); ++j) {
        const auto& word = tokens_[j].text;
        if (one_of(word, tendon_spared)) {
            return true;
        }
        const bool denial = word == "not" || word == "no" || word == "never"
                            || one_of(word, vocabulary::trailing_negators)
                            || one_of(word, grade_denials_after);
        if (denial) {
            const bool not_denied = word == "not" && j + 1 < tokens_.size() && same_clause(j, j + 1)
                                    && one_of(tokens_[j + 1].text, grade_denials_after);
            return !not_denied && !undone(j);  // "tendon involvement not excluded": c
        }
    }
    return false;
}

std::optional<GradeReader::SiteName> GradeReader::site_named_near(std::size_t first,
                                                                  std::size_t last) const {
    for (std::size_t back = 1; back <= 2 && back <= first; ++back) {
        if (!same_clause(first - back, first)) {
            break;
        }
        if (auto name = site_name_at(first - back); name && name->second == first - 1) {
            return SiteName{name->first, first - back, name->second};
        }
    }
    // The tear's own words do not count to the reach: "grade 3 tear of the free tendon".
    std::size_t k = last + 1;
    for (std::size_t reach = 0; k < tokens_.size() && reach < after_reach && same_clause(k, last);
         ++k) {
        if (one_of(tokens_[k].text, site_denials)) {
            return std::nullopt;
        }
        if (auto name = site_name_at(k)) {
            return SiteName{name->first, k, name->second};
        }
        const auto& word = tokens_[k].text;
        const bool own = one_of(word, label_nouns) || one_of(word, tendon_fillers) || word == "of";
        reach += own ? 0 : 1;
    }
    // The site that opens the next clause behind a comma or a bracket: "grade 3 tear, tendon
    // involved", "grade 3 tear (tendon involvement)".
    if (k < tokens_.size() && k <= last + after_reach && k > 0
        && tokens_[k].clause == tokens_[last].clause + 1) {
        auto marks = between(k - 1, k);
        std::erase(marks, ' ');
        if (marks == "," || marks == "(") {
            if (auto name = site_name_at(k)) {
                return SiteName{name->first, k, name->second};
            }
        }
    }
    return std::nullopt;
}

}  // namespace coach::json::detail
