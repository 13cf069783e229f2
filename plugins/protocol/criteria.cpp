#include "criteria.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/chronology.hpp"
#include "coach/sdk/history.hpp"
#include "strict_json/closest_words.hpp"

namespace coach::protocol {

namespace {

// How a value is spelt: its key in protocol files and its words in plans.
template <class Enum>
struct Spelling {
    Enum value;
    std::string_view key;
    std::string_view words;
};

// The entry of `table` (Spelling-like, with a `value`) for `value`; every value has one.
template <class Table, class Enum>
constexpr const auto& spelling(const Table& table, Enum value) {
    return *std::find_if(table.begin(), table.end(),
                         [value](const auto& entry) { return entry.value == value; });
}

struct MeasureSpelling {
    Measure value;
    std::string_view key;
    std::string_view words;
    std::string_view unit;
    int max;
};

constexpr std::array measures = std::to_array<MeasureSpelling>({
    {Measure::days_since_injury, "days_since_injury", "days since injury", "", 3650},
    {Measure::sessions_completed, "sessions_completed", "sessions completed", "", 10000},
    {Measure::last_session_pain, "last_session_pain", "pain in the last logged session", "/10", 10},
    {Measure::pain_rest, "pain_rest", "pain at rest", "/10", 10},
    {Measure::pain_walking, "pain_walking", "pain walking", "/10", 10},
    {Measure::pain_exercise, "pain_exercise", "pain during exercise", "/10", 10},
    {Measure::aslr_deficit_pct, "aslr_deficit_pct", "active straight-leg raise deficit", "%", 100},
    {Measure::strength_deficit_pct, "strength_deficit_pct", "strength deficit", "%", 100},
    {Measure::max_sprint_pct, "max_sprint_pct", "top sprint speed", "%", 100},
});

constexpr std::array flags = std::to_array<Spelling<Flag>>({
    {Flag::numbness, "numbness", "numbness"},
    {Flag::tingling, "tingling", "tingling"},
    {Flag::altered_gait, "altered_gait", "altered gait"},
    {Flag::unable_to_bear_weight, "unable_to_bear_weight", "unable to bear weight"},
    {Flag::palpable_gap, "palpable_gap", "palpable gap"},
    {Flag::daily_pain_medication, "daily_pain_medication", "daily pain medication"},
});

constexpr std::array relations = std::to_array<Spelling<Relation>>({
    {Relation::above, "above", "above"},
    {Relation::at_least, "at_least", "at least"},
    {Relation::below, "below", "below"},
    {Relation::at_most, "at_most", "at most"},
});

// The sign of the course a measure reads, or nullopt for the measures of the plan and the log.
std::optional<Sign> sign_of(Measure measure) {
    switch (measure) {
        case Measure::pain_rest:
            return Sign::pain_rest;
        case Measure::pain_walking:
            return Sign::pain_walking;
        case Measure::pain_exercise:
            return Sign::pain_exercise;
        case Measure::aslr_deficit_pct:
            return Sign::aslr_deficit_pct;
        case Measure::strength_deficit_pct:
            return Sign::strength_deficit_pct;
        case Measure::max_sprint_pct:
            return Sign::max_sprint_pct;
        default:
            return std::nullopt;
    }
}

bool holds(Bound bound, int value) {
    return coach::holds(bound.relation, value, bound.value);
}

std::string describe(const NumberCondition& condition) {
    const auto& measure = spelling(measures, condition.measure);
    std::string text{measure.words};
    for (std::size_t i = 0; i < condition.bounds.size(); ++i) {
        text += (i == 0 ? " " : " and ")
                + std::string{spelling(relations, condition.bounds[i].relation).words} + " "
                + std::to_string(condition.bounds[i].value) + std::string{measure.unit};
    }
    return text;
}

std::string describe(const FlagCondition& condition) {
    return (condition.present ? "" : "no ") + std::string{spelling(flags, condition.flag).words};
}

// The observed value of `measure`, and where it was observed, for messages.
std::pair<std::optional<int>, std::string> observe(Measure measure, const Facts& facts) {
    switch (measure) {
        case Measure::days_since_injury:
            return {facts.days_since_injury, ""};
        case Measure::sessions_completed:
            return {facts.sessions_completed, ""};
        case Measure::last_session_pain:
            if (facts.last_session == nullptr) {
                return {std::nullopt, "no session logged"};
            }
            return {worst_pain(*facts.last_session),
                    " in the session of " + facts.last_session->date.iso()};
        default:
            break;
    }
    const Sign sign = *sign_of(measure);
    if (facts.course == nullptr) {
        return {std::nullopt, "no course of recovery"};
    }
    if (facts.evidence == Evidence::measured) {
        const Measurement* latest = facts.course->latest_measurement(sign, facts.day);
        if (latest == nullptr) {
            return {std::nullopt, "no assessment"};
        }
        return {latest->value, " measured on " + latest->date.iso()};
    }
    const Reading reading = facts.course->reading(facts.day, sign);
    switch (reading.basis) {
        case Basis::measured:
            return {reading.value, " measured on " + facts.day.iso()};
        case Basis::projected:
            return {reading.value, " projected for " + facts.day.iso()};
        case Basis::unknown:
            break;
    }
    return {std::nullopt, "no assessment, and the projection does not reach " + facts.day.iso()};
}

// The finding `flag` as `assessment` records it: present, absent or not recorded.
Finding recorded_finding(Flag flag, const Assessment& assessment) {
    const auto& symptoms = assessment.symptoms;
    switch (flag) {
        case Flag::numbness:
            return symptoms.numbness;
        case Flag::tingling:
            return symptoms.tingling;
        case Flag::altered_gait:
            return symptoms.altered_gait;
        case Flag::unable_to_bear_weight:
            return symptoms.unable_to_bear_weight;
        case Flag::palpable_gap:
            return symptoms.palpable_gap;
        case Flag::daily_pain_medication:
            return finding_of(assessment.daily_pain_medication);
    }
    return Finding::not_recorded;
}

// The values a condition's bounds leave, lowest..highest within the measure's scale, and the key
// of the bound that sets each end ("" for the end of the scale).
struct Allowed {
    int lowest = 0;
    std::string_view lowest_key;
    int highest = 0;
    std::string_view highest_key;
};

Allowed allowed(const MeasureSpelling& measure, const NumberCondition& condition) {
    Allowed range{0, "", measure.max, ""};
    for (const auto bound : condition.bounds) {
        switch (bound.relation) {
            case Relation::above:
            case Relation::at_least: {
                const bool above = bound.relation == Relation::above;
                const int lowest = bound.value + (above ? 1 : 0);
                if (lowest > range.lowest || range.lowest_key.empty()) {
                    range.lowest = std::max(range.lowest, lowest);
                    range.lowest_key = above ? "above" : "at_least";
                }
                break;
            }
            case Relation::below:
            case Relation::at_most: {
                const bool below = bound.relation == Relation::below;
                const int highest = bound.value - (below ? 1 : 0);
                if (highest < range.highest || range.highest_key.empty()) {
                    range.highest = std::min(range.highest, highest);
                    range.highest_key = below ? "below" : "at_most";
                }
                break;
            }
        }
    }
    return range;
}

// A problem when no value meets every bound of `condition` (at_least 3 and at_most 1, above 3 and
// below 4, above 10 on a scale to 10): such a criterion could never be met, and would hold its
// phase for ever. Named at the bound that closes the range, with the one it contradicts.
bool refuse_contradiction(const MeasureSpelling& measure, const NumberCondition& condition,
                          const ObjectReader& object) {
    const auto range = allowed(measure, condition);
    if (range.lowest <= range.highest) {
        return false;
    }
    const auto at = object.pointer_to(measure.key);
    const auto stated = describe(condition).substr(measure.words.size() + 1);  // "at least 3/10"
    const std::string what = "no " + std::string{measure.words} + " is " + stated;
    if (range.lowest_key.empty() || range.highest_key.empty()) {
        object.problems().add(
            child_pointer(at, range.lowest_key.empty() ? range.highest_key : range.lowest_key),
            what + " on its scale of 0 to " + std::to_string(measure.max)
                + std::string{measure.unit} + "; give a bound that some value meets");
        return true;
    }
    object.problems().add(child_pointer(at, range.highest_key),
                          "contradicts " + child_pointer(at, range.lowest_key) + ": " + what
                              + "; give bounds that some value meets");
    return true;
}

std::optional<NumberCondition> read_number_condition(const MeasureSpelling& measure,
                                                     const ObjectReader& object) {
    const auto condition = object.object(measure.key, false);
    if (!condition) {
        return std::nullopt;
    }
    condition->only({"above", "at_least", "below", "at_most"});
    NumberCondition read{measure.value, {}};
    bool stated = false;  // a bound was given, read or refused (its own problem says why)
    for (const auto& relation : relations) {
        stated = stated || condition->has(relation.key);
        if (const auto value = condition->integer(relation.key, 0, measure.max, false)) {
            read.bounds.push_back({relation.value, *value});
        }
    }
    if (read.bounds.empty()) {
        // An object of misspelt bounds is reported by only(), a refused bound by integer().
        const bool only_notes =
            std::all_of(condition->fields().begin(), condition->fields().end(),
                        [](const auto& field) { return field.key() == "notes"; });
        if (!stated && only_notes) {
            object.problems().add(object.pointer_to(measure.key),
                                  "expected at least one of above, at_least, below, at_most");
        }
        return std::nullopt;
    }
    if (refuse_contradiction(measure, read, object)) {
        return std::nullopt;
    }
    return read;
}

}  // namespace

constexpr std::size_t criterion_edits = 3;

Criteria read_criteria(const ObjectReader& object) {
    Criteria criteria;
    for (const auto& measure : measures) {
        if (auto condition = read_number_condition(measure, object)) {
            criteria.numbers.push_back(std::move(*condition));
        }
    }
    for (const auto& flag : flags) {
        if (const auto present = object.boolean(flag.key, false)) {
            criteria.flags.push_back({flag.value, *present});
        }
    }
    // Unknown keys: every measure and flag name is allowed, nothing else. A criterion is often
    // misspelt by shortening it ("pain_walk"): a name up to 3 edits away is suggested, else the
    // one named in fewer or reordered words (strict_json::closest_by_words).
    std::vector<std::string_view> names{"notes"};
    for (const auto& measure : measures) {
        names.push_back(measure.key);
    }
    for (const auto& flag : flags) {
        names.push_back(flag.key);
    }
    for (const auto& [key, value] : object.fields()) {
        const std::string_view name{key.data(), key.size()};
        if (std::find(names.begin(), names.end(), name) == names.end()) {
            const auto* near = strict_json::closest(name, names, criterion_edits);
            if (near == nullptr) {  // "walking_pain", "aslr", "sprint_pct", "strength_deficit"
                near = strict_json::closest_by_words(name, names);
            }
            std::string suggestion;
            if (near != nullptr) {
                suggestion = " (did you mean \"" + std::string{*near} + "\"?)";
            }
            object.problems().add(object.pointer_to(key),
                                  "unknown criterion" + suggestion
                                      + "; expected a measure (days_since_injury, "
                                  "sessions_completed, last_session_pain, pain_rest, "
                                  "pain_walking, pain_exercise, aslr_deficit_pct, "
                                  "strength_deficit_pct, max_sprint_pct) or a finding "
                                  "(numbness, tingling, altered_gait, unable_to_bear_weight, "
                                  "palpable_gap, daily_pain_medication)");
        }
    }
    return criteria;
}

std::vector<std::string> describe(const Criteria& criteria) {
    std::vector<std::string> lines;
    for (const auto& condition : criteria.numbers) {
        lines.push_back(describe(condition));
    }
    for (const auto& condition : criteria.flags) {
        lines.push_back(describe(condition));
    }
    return lines;
}

std::vector<std::string> unmet(const Criteria& criteria, const Facts& facts) {
    std::vector<std::string> found;
    for (const auto& condition : criteria.numbers) {
        const auto [value, where] = observe(condition.measure, facts);
        if (!value) {
            const bool at_source = !where.empty() && where.front() == ' ';
            found.push_back(describe(condition) + " (not measured" + (at_source ? "" : ": ") + where
                            + ")");
            continue;
        }
        const bool all = std::all_of(condition.bounds.begin(), condition.bounds.end(),
                                     [value = *value](Bound bound) { return holds(bound, value); });
        if (!all) {
            found.push_back(describe(condition) + " (" + std::to_string(*value)
                            + std::string{spelling(measures, condition.measure).unit} + where
                            + ")");
        }
    }
    for (const auto& condition : criteria.flags) {
        const auto until = facts.chronology == nullptr
                               ? std::span<const Assessment>{}
                               : assessments_until(*facts.chronology, facts.day);
        // For altered_gait this is latest_gait_record() (coach/sdk/chronology.hpp), the gate's
        // reading.
        const Assessment* recorded =
            latest_recording(until, [flag = condition.flag](const Assessment& a) {
                return recorded_finding(flag, a) != Finding::not_recorded;
            });
        if (until.empty()) {
            found.push_back(describe(condition) + " (not measured: no assessment)");
        } else if (recorded == nullptr) {
            // Not recorded is not absent: nobody has looked (a gait never recorded is not even).
            found.push_back(describe(condition) + " (not recorded: no assessment up to "
                            + facts.day.iso() + " records it)");
        } else if (is_present(recorded_finding(condition.flag, *recorded)) != condition.present) {
            found.push_back(describe(condition) + " (" + (condition.present ? "absent" : "present")
                            + " at the assessment of " + recorded->date.iso() + ")");
        }
    }
    return found;
}

std::vector<std::string> projected(const Criteria& criteria, const Facts& facts) {
    std::vector<std::string> found;
    if (facts.course == nullptr || facts.evidence != Evidence::course) {
        return found;
    }
    for (const auto& condition : criteria.numbers) {
        const auto sign = sign_of(condition.measure);
        if (!sign) {
            continue;
        }
        const bool by_projection =
            std::any_of(condition.bounds.begin(), condition.bounds.end(), [&](Bound bound) {
                return standing(*facts.course, Criterion{*sign, bound.relation, bound.value},
                                facts.day)
                       == Standing::projected;
            });
        if (by_projection) {
            found.push_back(describe(condition));
        }
    }
    return found;
}

int earliest_day_since_injury(const Criteria& criteria) {
    int earliest = 0;
    for (const auto& condition : criteria.numbers) {
        if (condition.measure != Measure::days_since_injury) {
            continue;
        }
        for (const auto bound : condition.bounds) {
            if (bound.relation == Relation::at_least) {
                earliest = std::max(earliest, bound.value);
            } else if (bound.relation == Relation::above) {
                earliest = std::max(earliest, bound.value + 1);
            }
        }
    }
    return earliest;
}

}  // namespace coach::protocol
