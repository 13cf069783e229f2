#include "protocol_dose.hpp"

#include <algorithm>
#include <array>
#include <boost/json/value.hpp>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/catalog.hpp"
#include "strict_json/parse.hpp"

namespace coach::cli {

namespace {

namespace json = boost::json;

// The entry criteria on pain, with the words a report uses for each.
constexpr std::array<std::pair<std::string_view, std::string_view>, 4> pain_criteria = {{
    {"pain_rest", "pain at rest"},
    {"pain_walking", "pain walking"},
    {"pain_exercise", "pain during exercise"},
    {"last_session_pain", "pain in the last session"},
}};

std::optional<std::int64_t> integer(const json::value* value) {
    if (value == nullptr) {
        return std::nullopt;
    }
    if (value->is_int64()) {
        return value->as_int64();
    }
    if (value->is_uint64()) {
        return static_cast<std::int64_t>(value->as_uint64());
    }
    return std::nullopt;
}

const json::object* object_at(const json::object& parent, std::string_view key) {
    const json::value* value = parent.if_contains(key);
    return value == nullptr ? nullptr : value->if_object();
}

const json::array* array_at(const json::object& parent, std::string_view key) {
    const json::value* value = parent.if_contains(key);
    return value == nullptr ? nullptr : value->if_array();
}

// The exercises the file declares with a category of strength_eccentric.
std::vector<std::string> declared_eccentric(const json::object& protocol) {
    std::vector<std::string> ids;
    if (const json::array* exercises = array_at(protocol, "exercises")) {
        for (const auto& exercise : *exercises) {
            const json::object* declared = exercise.if_object();
            const json::value* id = declared == nullptr ? nullptr : declared->if_contains("id");
            const json::value* category =
                declared == nullptr ? nullptr : declared->if_contains("category");
            if (id != nullptr && id->is_string() && category != nullptr && category->is_string()
                && category->as_string() == "strength_eccentric") {
                ids.emplace_back(id->as_string());
            }
        }
    }
    return ids;
}

// One day's dose of an eccentric exercise, where the file gives it: its repetitions in a session
// (sets x reps, the top of a range, or the sum of a list of one count per set) times the sessions
// of a day (`times_a_day`).
struct Dose {
    std::string pointer;
    std::int64_t week = 0;
    std::int64_t volume = 0;
    std::string text;  // as the file gives it: "3x12", "3x(12,10,8)", "2x5 6 times a day"
};

std::optional<Dose> dose_of(const json::object& item, std::string pointer, std::int64_t week) {
    std::int64_t session = 0;
    std::string text;
    if (const json::array* each = array_at(item, "reps")) {  // "3 sets of 12, 10, 8"
        for (const auto& count : *each) {
            const auto reps = integer(&count);
            if (!reps) {
                return std::nullopt;
            }
            session += *reps;
            text += (text.empty() ? "" : ",") + std::to_string(*reps);
        }
        text = std::to_string(each->size()) + "x(" + text + ")";
    } else {
        const auto sets = integer(item.if_contains("sets"));
        std::optional<std::int64_t> reps = integer(item.if_contains("reps"));
        if (const json::object* range = object_at(item, "reps")) {
            reps = integer(range->if_contains("to"));
        }
        if (!sets || !reps) {
            return std::nullopt;
        }
        session = *sets * *reps;
        text = std::to_string(*sets) + "x" + std::to_string(*reps);
    }
    const std::int64_t times = integer(item.if_contains("times_a_day")).value_or(1);
    if (times > 1) {
        text += " " + std::to_string(times) + " times a day";
    }
    return Dose{std::move(pointer), week, session * times, std::move(text)};
}

}  // namespace

std::vector<std::string> dose_findings(const json::object& protocol) {
    std::vector<std::string> out;
    const auto ceiling = integer(protocol.if_contains("pain_ceiling"));
    const std::vector<std::string> declared = declared_eccentric(protocol);
    const auto eccentric = [&declared](std::string_view id) {
        if (std::find(declared.begin(), declared.end(), id) != declared.end()) {
            return true;
        }
        const Exercise* known = find_exercise(id);
        return known != nullptr && known->category == Category::strength_eccentric;
    };
    const json::array* phases = array_at(protocol, "phases");
    if (phases == nullptr) {
        return out;
    }
    // Every eccentric exercise's doses, in the order of the file's weeks.
    std::map<std::string, std::vector<Dose>, std::less<>> doses;
    for (std::size_t p = 0; p < phases->size(); ++p) {
        const json::object* phase = (*phases)[p].if_object();
        if (phase == nullptr) {
            continue;
        }
        const std::string at = "/phases/" + std::to_string(p);
        const json::object* entry = object_at(*phase, "entry");
        for (const auto& [key, words] : pain_criteria) {
            const json::object* criterion = entry == nullptr ? nullptr : object_at(*entry, key);
            const auto most =
                criterion == nullptr ? std::nullopt : integer(criterion->if_contains("at_most"));
            if (most && ceiling && *most > *ceiling) {
                out.push_back(at + "/entry/" + std::string{key} + "/at_most: lets the phase start with "
                              + std::string{words} + " up to " + std::to_string(*most)
                              + "/10, above the file's pain_ceiling of " + std::to_string(*ceiling)
                              + "/10: loading would begin at a pain the file steps back from "
                                "(pain-monitoring model, Silbernagel et al. 2007, Am J Sports "
                                "Med)");
            }
        }
        const json::array* weeks = array_at(*phase, "weeks");
        for (std::size_t w = 0; weeks != nullptr && w < weeks->size(); ++w) {
            const json::object* week = (*weeks)[w].if_object();
            const json::array* items = week == nullptr ? nullptr : array_at(*week, "items");
            const auto number = week == nullptr ? std::nullopt : integer(week->if_contains("week"));
            for (std::size_t i = 0; items != nullptr && i < items->size(); ++i) {
                const json::object* item = (*items)[i].if_object();
                const json::value* id = item == nullptr ? nullptr : item->if_contains("exercise");
                if (id == nullptr || !id->is_string() || !eccentric(id->as_string())) {
                    continue;
                }
                const std::string name{id->as_string()};
                const std::string pointer =
                    at + "/weeks/" + std::to_string(w) + "/items/" + std::to_string(i);
                if (auto dose = dose_of(*item, pointer, number.value_or(0))) {
                    doses[name].push_back(std::move(*dose));
                }
            }
        }
    }
    for (const auto& [name, given] : doses) {
        if (given.size() < 2) {
            continue;
        }
        std::int64_t peak = 0;
        for (const auto& dose : given) {
            peak = std::max(peak, dose.volume);
        }
        const Dose& first = given.front();
        if (first.volume >= peak) {
            out.push_back(first.pointer + ": week " + std::to_string(first.week) + " gives " + name
                          + " at " + first.text
                          + ", its highest dose in the file, in the first week it appears: a "
                            "graded programme starts eccentric work below its peak (Petersen et "
                            "al. 2011, Am J Sports Med: 2x5 Nordic curls in week 1, 3x12-10-8 by "
                            "week 5)");
        }
    }
    return out;
}

std::optional<std::vector<std::string>> dose_findings_of_file(const std::filesystem::path& file) {
    std::ifstream in{file, std::ios::binary};
    const std::string text{std::istreambuf_iterator<char>(in), {}};
    strict_json::ParseFailure failure;
    const auto document = strict_json::parse_strict(text, failure);
    if (!in || !document || !document->is_object()) {
        return std::nullopt;
    }
    return dose_findings(document->as_object());
}

}  // namespace coach::cli
