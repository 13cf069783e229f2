#include "coach/log_names.hpp"

#include <algorithm>
#include <string>

#include "coach/sdk/catalog.hpp"
#include "strict_json/closest_words.hpp"
#include "strict_json/object_reader.hpp"
#include "strict_json/values.hpp"

namespace coach {

const std::string_view* meant_philosophy(std::string_view id,
                                         std::span<const std::string_view> known) {
    const auto unprefixed = std::find_if(known.begin(), known.end(), [id](std::string_view each) {
        const auto colon = each.find(':');
        return colon != std::string_view::npos && each.substr(colon + 1) == id;
    });
    if (unprefixed != known.end()) {
        return &*unprefixed;
    }
    if (const auto* near = strict_json::closest(id, known)) {
        return near;
    }
    return strict_json::closest_by_words(id, known);
}

namespace {

// A logged name in double quotes, escaped and cut as every echoed value is (strict_json::quoted):
// a pasted paragraph or a 100,000-character id is not a 100 KB warning line (trial 69).
std::string in_quotes(std::string_view text) {
    constexpr std::size_t longest_name_shown = 64;
    return strict_json::quoted(text, '"', longest_name_shown);
}

}  // namespace

std::vector<json::Problem> unknown_log_names(const Athlete& athlete,
                                             const std::vector<const PhilosophyInfo*>& loaded) {
    std::vector<std::string_view> philosophies;
    std::vector<std::string_view> exercises;
    for (const auto& exercise : catalog) {
        exercises.push_back(exercise.id);
    }
    for (const auto* info : loaded) {
        philosophies.emplace_back(info->id);
        for (const auto& declared : info->exercises) {
            exercises.emplace_back(declared.id);
        }
    }
    const auto known = [](const std::vector<std::string_view>& names, std::string_view name) {
        return std::find(names.begin(), names.end(), name) != names.end();
    };
    std::vector<json::Problem> warnings;
    for (std::size_t entry = 0; entry < athlete.log.size(); ++entry) {
        const auto& logged = athlete.log[entry];
        const auto at = "/log/" + std::to_string(entry);
        if (!logged.philosophy.empty() && !philosophies.empty()
            && !known(philosophies, logged.philosophy)) {
            warnings.push_back(
                {.pointer = at + "/philosophy",
                 .message =
                     in_quotes(logged.philosophy) + " is no loaded philosophy"
                     + strict_json::did_you_mean(meant_philosophy(logged.philosophy, philosophies))
                     + "; plans read the session as logged under another philosophy; "
                       "loaded: "
                     + strict_json::listed(philosophies)});
        }
        for (std::size_t item = 0; item < logged.items.size(); ++item) {
            const auto& exercise = logged.items[item].exercise;
            if (known(exercises, exercise)) {
                continue;
            }
            warnings.push_back(
                {.pointer = at + "/items/" + std::to_string(item) + "/exercise",
                 .message = in_quotes(exercise)
                            + " is in neither the exercise catalog nor a loaded philosophy's "
                              "exercises"
                            + strict_json::did_you_mean(exercise, exercises)
                            + "; plans count it as no exercise they know (no progression is "
                              "credited for it), the session still counts for its day and its "
                              "pain"});
        }
    }
    return warnings;
}

}  // namespace coach
