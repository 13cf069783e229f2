#include "prescription_reader.hpp"

#include <algorithm>
#include <string>
#include <string_view>

#include "coach/sdk/first_days.hpp"
#include "item_schedule.hpp"
#include "strict_json/values.hpp"

namespace coach::protocol {

namespace {

constexpr int most_sets = 20;
constexpr int most_reps = 100;
// An unknown exercise id is echoed in its message up to this many bytes: the longest catalog id
// whole, a pasted paragraph cut.
constexpr std::size_t longest_id_shown = 64;

// "reps": 8, "reps": [12, 10, 8] (one per set) or "reps": {"from": 6, "to": 8}.
std::optional<Reps> read_reps(const ObjectReader& item) {
    const auto* value = item.field("reps", false);
    if (value == nullptr) {
        return std::nullopt;
    }
    const auto at = item.pointer_to("reps");
    auto& problems = item.problems();
    if (value->is_array()) {
        const auto& array = value->get_array();
        if (array.empty() || array.size() > most_sets) {
            problems.add(at, "expected 1.." + std::to_string(most_sets)
                                 + " numbers, one per set, got " + std::to_string(array.size()));
            return std::nullopt;
        }
        Reps reps;
        for (std::size_t index = 0; index < array.size(); ++index) {
            const auto count =
                read_integer(array[index], 1, most_reps, child_pointer(at, index), problems);
            if (!count) {
                return std::nullopt;
            }
            reps.per_set.push_back(*count);
        }
        reps.low = *std::min_element(reps.per_set.begin(), reps.per_set.end());
        reps.high = *std::max_element(reps.per_set.begin(), reps.per_set.end());
        return reps;
    }
    if (value->is_object()) {
        const ObjectReader range{value->get_object(), at, problems};
        range.only({"from", "to"});
        const auto from = range.integer("from", 1, most_reps, true);
        const auto to = range.integer("to", 1, most_reps, true);
        if (!from || !to) {
            return std::nullopt;
        }
        if (*to < *from) {
            problems.add(range.pointer_to("to"), "expected at least " + std::to_string(*from)
                                                     + " (from), got " + std::to_string(*to));
            return std::nullopt;
        }
        return Reps{*from, *to, {}};
    }
    const auto count = read_integer(*value, 1, most_reps, at, problems);
    return count ? std::optional{Reps{*count, *count, {}}} : std::nullopt;
}

// The field an item of `category` must state its volume in, or nullptr for count-dosed ones.
const char* volume_field(Category category) {
    switch (dose_unit(category)) {
        case DoseUnit::reps:
            return "reps";
        case DoseUnit::seconds:
            return "hold_s";
        case DoseUnit::metres:
            return "distance_m";
        case DoseUnit::minutes:
            return "duration_min";
        case DoseUnit::count:
            return nullptr;
    }
    return nullptr;
}

// Heat, sprinting or massage of the injury site: what the safety gate forbids in days 0-2.

// " (did you mean 'nordic_curl'?)" when `exercise` is a likely misspelling of a catalog or
// declared id (strict_json::closest, as for misspelt keys), else "".
std::string did_you_mean(std::string_view exercise, const std::vector<DeclaredExercise>& declared) {
    std::vector<std::string_view> ids;
    ids.reserve(catalog.size() + declared.size());
    for (const auto& shared : catalog) {
        ids.push_back(shared.id);
    }
    for (const auto& own : declared) {
        ids.push_back(own.id);
    }
    const auto* near = closest(exercise, ids);
    return near == nullptr ? std::string{} : " (did you mean '" + std::string{*near} + "'?)";
}

}  // namespace

std::optional<Prescription> read_prescription(const ObjectReader& item,
                                              const ItemContext& context) {
    const auto& declared = context.declared;
    auto& problems = item.problems();
    const std::size_t problems_before = problems.list().size();
    bool refused_declaration = false;
    item.only({"exercise", "sets", "reps", "load", "distance_m", "intensity_pct", "rest_s",
               "duration_min", "hold_s", "side", "cue", "every", "per_week", "on_days", "days",
               "times_a_day"});
    Prescription read;
    read.dose.exercise = item.non_empty_string("exercise", true).value_or("");
    if (!read.dose.exercise.empty()) {
        if (const auto category = category_of(read.dose.exercise, declared)) {
            read.dose.category = *category;
        } else if (std::find(context.refused_ids.begin(), context.refused_ids.end(),
                             read.dose.exercise)
                   != context.refused_ids.end()) {
            refused_declaration = true;
        } else {
            problems.add(item.pointer_to("exercise"),
                         strict_json::quoted(read.dose.exercise, '\'', longest_id_shown)
                             + " is neither in the shared catalog nor declared in /exercises"
                             + did_you_mean(read.dose.exercise, declared));
        }
    }
    read.dose.sets = item.integer("sets", 1, most_sets, false);
    read.reps = read_reps(item);
    read.dose.load = item.one_of("load", enum_names<Load>::table, false);
    read.dose.distance_m = item.integer("distance_m", 1, 10000, false);
    read.dose.intensity_pct = item.integer("intensity_pct", 0, 100, false);
    read.dose.rest_s = item.integer("rest_s", 0, 3600, false);
    read.dose.duration_min = item.integer("duration_min", 1, 600, false);
    read.dose.hold_s = item.integer("hold_s", 1, 3600, false);
    read.dose.side = item.one_of("side", enum_names<Side>::table, false);
    read.dose.cue = item.non_empty_string("cue", false).value_or("");
    read.schedule = read_item_schedule(item);
    if (problems.list().size() != problems_before || refused_declaration) {
        return std::nullopt;
    }

    if (read.reps && !read.reps->per_set.empty() && read.dose.sets
        && static_cast<std::size_t>(*read.dose.sets) != read.reps->per_set.size()) {
        problems.add(item.pointer_to("sets"), "is " + std::to_string(*read.dose.sets)
                                                  + " but reps lists "
                                                  + std::to_string(read.reps->per_set.size())
                                                  + " sets; give one or make them agree");
        return std::nullopt;
    }
    // The dose may be in the unit the protocol states rather than the category's (a mobility
    // drill as sets of reps): only an item with no volume at all is refused.
    const bool any_volume = item.has("reps") || item.has("hold_s") || item.has("distance_m")
                            || item.has("duration_min");
    if (const char* needed = volume_field(read.dose.category); needed != nullptr && !any_volume) {
        problems.add(item.pointer(),
                     "'" + read.dose.exercise + "' is " + std::string{to_string(read.dose.category)}
                         + ", dosed in " + std::string{to_string(dose_unit(read.dose.category))}
                         + ": give \"" + needed + "\"");
        return std::nullopt;
    }
    // What the engine's safety gate would refuse in days 0-2 (coach/sdk/first_days.hpp), refused
    // here with its pointer when the phase may start that early.
    if (const auto restricted = first_days_restriction(read.dose);
        !restricted.empty() && context.earliest_day && *context.earliest_day < protected_days) {
        problems.add(item.pointer_to("exercise"),
                     std::string{restricted} + " ('" + read.dose.exercise
                         + "') is not allowed in the first 3 days after injury: give "
                         + std::string{context.phase_to_hold}
                         + " an entry criterion \"days_since_injury\": {\"at_least\": 3}");
        return std::nullopt;
    }
    return read;
}

}  // namespace coach::protocol
