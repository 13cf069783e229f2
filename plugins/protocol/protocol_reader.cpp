#include "protocol_reader.hpp"

#include <algorithm>
#include <array>
#include <map>

#include "coach/sdk/wording.hpp"
#include "item_schedule.hpp"
#include "prescription_reader.hpp"

namespace coach::protocol {

namespace {

constexpr int most_weeks = 104;

bool is_name(std::string_view text, bool allow_dash) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [allow_dash](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
               || (allow_dash && c == '-');
    });
}

// A problem for each element of the array `key` that holds only blanks, as non_empty_string()
// gives for a field: a blank source or rationale line is as empty as a blank title.
void refuse_blank_elements(const ObjectReader& object, std::string_view key) {
    const auto* array = object.fields().if_contains(key);
    if (array == nullptr || !array->is_array()) {
        return;
    }
    std::size_t index = 0;
    for (const auto& element : array->get_array()) {
        if (element.is_string() && !element.get_string().empty()
            && std::string_view{element.get_string()}.find_first_not_of(" \t\r\n")
                   == std::string_view::npos) {
            object.problems().add(child_pointer(object.pointer_to(key), index),
                                  "must not be empty");
        }
        ++index;
    }
}

// Which weekdays a week with N sessions trains on, from /schedule.
using Schedule = std::map<int, std::vector<unsigned>>;

std::optional<std::vector<unsigned>> read_weekdays(const ObjectReader& object, int sessions) {
    if (!object.has("days")) {
        return std::nullopt;
    }
    auto days = read_weekday_names(object, "days");
    if (!days) {
        return std::vector<unsigned>{};
    }
    if (static_cast<int>(days->size()) != sessions) {
        object.problems().add(object.pointer_to("days"),
                              "names " + std::to_string(days->size()) + " weekdays for "
                                  + std::to_string(sessions) + " sessions a week");
    }
    return days;
}

// "sessions" and the weekdays they fall on: the object's own "days", else /schedule's.
std::vector<unsigned> read_sessions(const ObjectReader& object, const Schedule& schedule) {
    const auto sessions = object.integer("sessions", 1, 7, true);
    if (!sessions) {
        return {};
    }
    if (auto days = read_weekdays(object, *sessions)) {
        return *days;
    }
    if (const auto found = schedule.find(*sessions); found != schedule.end()) {
        return found->second;
    }
    object.problems().add(object.pointer_to("sessions"),
                          "no weekdays for " + std::to_string(*sessions)
                              + " sessions a week: give \"days\" or add {\"sessions\": "
                              + std::to_string(*sessions) + ", \"days\": [...]} to /schedule");
    return {};
}

// The weekdays of the items without a schedule of their own: from "sessions" (and "days" or
// /schedule). A week whose every item keeps its own rhythm needs no "sessions".
std::vector<unsigned> read_week_days(const ObjectReader& object, const Schedule& schedule,
                                     const std::vector<Prescription>& items) {
    const bool all_scheduled =
        !items.empty()
        && std::all_of(items.begin(), items.end(), [](const auto& item) { return item.schedule; });
    if (all_scheduled && !object.has("sessions") && !object.has("days")) {
        return {};
    }
    if (!object.has("sessions") && !object.has("days")) {
        object.problems().add(object.pointer_to("sessions"),
                              "required, missing: give \"sessions\", or give every item a "
                              "schedule of its own (every, per_week, on_days, days, times_a_day)");
        return {};
    }
    return read_sessions(object, schedule);
}

std::vector<Prescription> read_items(const ObjectReader& object,
                                     const std::vector<DeclaredExercise>& declared,
                                     int earliest_day) {
    std::vector<Prescription> items;
    object.each_object("items", true, [&](const ObjectReader& item) {
        if (auto read = read_prescription(item, declared, earliest_day)) {
            items.push_back(std::move(*read));
        }
    });
    return items;
}

class DocumentReader {
  public:
    DocumentReader(const ObjectReader& top, Protocol& protocol) : top_(top), protocol_(protocol) {}

    void read(std::string_view name);

  private:
    void read_metadata(std::string_view name);
    void read_exercises();
    void read_schedule();
    void read_phases();
    void read_weeks(const ObjectReader& phase, ProtocolPhase& read);
    void read_maintenance();
    void read_rules();
    void read_return_to_sport();

    const ObjectReader& top_;
    Protocol& protocol_;
    Schedule schedule_;
    int next_week_ = 1;
    int earliest_day_ = 0;  // days since injury before which no phase read so far can start
};

void DocumentReader::read(std::string_view name) {
    top_.only({"$schema", "schema", "name", "title", "version", "summary", "sources", "injuries",
               "pain_ceiling", "rationale", "exercises", "schedule", "phases", "maintenance",
               "regressions", "referrals", "return_to_sport"});
    read_metadata(name);
    read_exercises();
    read_schedule();
    read_phases();
    read_maintenance();
    read_rules();
    read_return_to_sport();
}

void DocumentReader::read_metadata(std::string_view name) {
    strict_json::expect_schema(top_, schema_name);
    protocol_.name = std::string{name};
    protocol_.info.id = std::string{id_prefix} + protocol_.name;
    if (const auto declared = top_.non_empty_string("name", true); declared && *declared != name) {
        top_.problems().add("/name", "expected \"" + std::string{name} + "\" (the file is "
                                         + std::string{name} + std::string{file_suffix}
                                         + "), got \"" + *declared + "\"");
    } else if (declared && !is_name(*declared, true)) {
        top_.problems().add("/name",
                            "may hold only a-z, 0-9, '-', '_' and '.', got \"" + *declared + "\"");
    }
    protocol_.info.name = top_.non_empty_string("title", true).value_or("");
    protocol_.info.version = top_.non_empty_string("version", true).value_or("");
    protocol_.info.summary = top_.non_empty_string("summary", true).value_or("");
    protocol_.info.sources = top_.strings("sources", true, Elements::non_empty);
    protocol_.info.injuries = top_.strings("injuries", true, Elements::non_empty);
    protocol_.info.pain_ceiling = top_.integer("pain_ceiling", 0, 4, true).value_or(0);
    protocol_.rationale = top_.strings("rationale", false, Elements::non_empty);
    for (const auto key : {"sources", "injuries", "rationale"}) {
        refuse_blank_elements(top_, key);
    }
    top_.string("$schema", false);  // the editor's link to the JSON Schema: a string, if given
}

void DocumentReader::read_exercises() {
    top_.each_object("exercises", false, [this](const ObjectReader& exercise) {
        exercise.only({"id", "category", "name"});
        const auto id = exercise.non_empty_string("id", true);
        const auto category = exercise.one_of("category", enum_names<Category>::table, true);
        const auto name = exercise.non_empty_string("name", true);
        if (!id || !category || !name) {
            return;
        }
        const auto exists = [&id](const auto& d) { return d.id == *id; };
        if (!is_name(*id, false)) {
            exercise.problems().add(exercise.pointer_to("id"),
                                    "may hold only a-z, 0-9, '_' and '.', got \"" + *id + "\"");
        } else if (find_exercise(*id) != nullptr) {
            exercise.problems().add(exercise.pointer_to("id"),
                                    "'" + *id + "' is already in the shared catalog");
        } else if (std::any_of(protocol_.info.exercises.begin(), protocol_.info.exercises.end(),
                               exists)) {
            exercise.problems().add(exercise.pointer_to("id"), "'" + *id + "' is declared twice");
        } else {
            protocol_.info.exercises.push_back({*id, *category, *name});
        }
    });
}

void DocumentReader::read_schedule() {
    top_.each_object("schedule", false, [this](const ObjectReader& entry) {
        entry.only({"sessions", "days"});
        const auto sessions = entry.integer("sessions", 1, 7, true);
        if (!sessions) {
            return;
        }
        if (!entry.has("days")) {
            entry.problems().add(entry.pointer_to("days"), "required, missing");
            return;
        }
        auto days = read_weekdays(entry, *sessions);
        if (schedule_.contains(*sessions)) {
            entry.problems().add(entry.pointer_to("sessions"),
                                 std::to_string(*sessions) + " sessions a week is scheduled twice");
        } else if (days) {
            schedule_.emplace(*sessions, std::move(*days));
        }
    });
}

void DocumentReader::read_phases() {
    top_.each_object("phases", true, [this](const ObjectReader& phase) {
        phase.only({"name", "goal", "focus", "entry", "exit", "min_days", "max_days", "weeks"});
        ProtocolPhase read;
        read.name = phase.non_empty_string("name", true).value_or("");
        read.goal = phase.non_empty_string("goal", true).value_or("");
        read.focus = phase.non_empty_string("focus", false).value_or(read.name);
        const auto same_name = [&read](const auto& other) { return other.name == read.name; };
        if (read.name == "maintenance"
            || std::any_of(protocol_.phases.begin(), protocol_.phases.end(), same_name)) {
            phase.problems().add(phase.pointer_to("name"),
                                 "\"" + read.name + "\" is already the name of a phase");
        }
        if (const auto entry = phase.object("entry", false)) {
            read.entry = read_criteria(*entry);
        }
        if (const auto exit = phase.object("exit", false)) {
            read.exit = read_criteria(*exit);
        }
        read.min_days = phase.integer("min_days", 1, most_weeks * 7, false);
        read.max_days = phase.integer("max_days", 1, most_weeks * 7, false);
        if (read.min_days && read.max_days && *read.max_days < *read.min_days) {
            phase.problems().add(phase.pointer_to("max_days"),
                                 "expected at least " + std::to_string(*read.min_days)
                                     + " (min_days), got " + std::to_string(*read.max_days));
        }
        earliest_day_ = std::max(earliest_day_, earliest_day_since_injury(read.entry));
        read_weeks(phase, read);
        protocol_.phases.push_back(std::move(read));
    });
}

void DocumentReader::read_weeks(const ObjectReader& phase, ProtocolPhase& read) {
    phase.each_object("weeks", true, [&](const ObjectReader& week) {
        week.only({"week", "through_week", "sessions", "days", "items"});
        Week weeks;
        const auto first = week.integer("week", 1, most_weeks, true);
        if (first && *first != next_week_) {
            week.problems().add(
                week.pointer_to("week"),
                "expected week " + std::to_string(next_week_) + ", got " + std::to_string(*first));
        }
        weeks.first = next_week_;
        weeks.last =
            week.integer("through_week", weeks.first, most_weeks, false).value_or(weeks.first);
        next_week_ = weeks.last + 1;
        weeks.items = read_items(week, protocol_.info.exercises, earliest_day_);
        weeks.weekdays = read_week_days(week, schedule_, weeks.items);
        read.weeks.push_back(std::move(weeks));
    });
}

void DocumentReader::read_maintenance() {
    const auto maintenance = top_.object("maintenance", true);
    if (!maintenance) {
        return;
    }
    maintenance->only({"description", "sessions", "days", "items"});
    protocol_.maintenance.description =
        maintenance->non_empty_string("description", true).value_or("");
    protocol_.maintenance.items = read_items(*maintenance, protocol_.info.exercises, earliest_day_);
    protocol_.maintenance.weekdays =
        read_week_days(*maintenance, schedule_, protocol_.maintenance.items);
}

void DocumentReader::read_rules() {
    top_.each_object("regressions", false, [this](const ObjectReader& rule) {
        rule.only({"when", "then", "reason"});
        Regression read;
        if (const auto when = rule.object("when", true)) {
            read.when = read_criteria(*when);
        }
        const auto then = rule.non_empty_string("then", true);
        if (then && *then != "repeat_previous_week") {
            rule.problems().add(rule.pointer_to("then"),
                                "expected \"repeat_previous_week\", got \"" + *then + "\"");
        }
        read.reason = rule.non_empty_string("reason", true).value_or("");
        protocol_.regressions.push_back(std::move(read));
    });
    top_.each_object("referrals", false, [this](const ObjectReader& rule) {
        rule.only({"when", "reason"});
        ReferralRule read;
        if (const auto when = rule.object("when", true)) {
            read.when = read_criteria(*when);
            if (read.when.empty()) {
                rule.problems().add(rule.pointer_to("when"), "states no condition");
            }
        }
        read.reason = rule.non_empty_string("reason", true).value_or("");
        protocol_.referrals.push_back(std::move(read));
    });
}

void DocumentReader::read_return_to_sport() {
    const auto phase = top_.string("return_to_sport", false);
    if (!phase) {
        return;
    }
    const bool known = *phase == "maintenance"
                       || std::any_of(protocol_.phases.begin(), protocol_.phases.end(),
                                      [&phase](const auto& p) { return p.name == *phase; });
    if (!known) {
        top_.problems().add(
            "/return_to_sport",
            "expected the name of a phase or \"maintenance\", got \"" + *phase + "\"");
    }
    protocol_.return_to_sport_phase = phase;
}

// Plans estimate and a clinician clears: no text that reaches a plan may claim clearance
// (clearance_claim(), coach/sdk/wording.hpp).
// Sources (titles of papers) and notes never reach a plan.
void check_wording(const boost::json::value& value, const std::string& pointer,
                   Problems& problems) {
    if (const auto claim =
            value.is_string() ? clearance_claim(value.get_string()) : std::string_view{};
        !claim.empty()) {
        problems.add(pointer, "says \"" + std::string{claim}
                                  + "\"; plans estimate, a clinician clears: write "
                                    "\"criteria met, clinician sign-off required\"");
    } else if (value.is_array()) {
        std::size_t index = 0;
        for (const auto& element : value.get_array()) {
            check_wording(element, child_pointer(pointer, index++), problems);
        }
    } else if (value.is_object()) {
        for (const auto& [key, element] : value.get_object()) {
            if (key == "notes" && !element.is_string()) {
                problems.add(child_pointer(pointer, key),
                             "expected a string (notes are free text for the author)");
            } else if (key != "notes" && !(pointer.empty() && key == "sources")) {
                check_wording(element, child_pointer(pointer, key), problems);
            }
        }
    }
}

}  // namespace

ReadProtocol read_protocol(std::string_view text, std::string_view name) {
    Problems problems;
    const auto document = parse_object(text, problems);
    if (!document) {
        return {std::nullopt, problems.list()};
    }
    Protocol protocol;
    const ObjectReader top{document->get_object(), "", problems};
    DocumentReader{top, protocol}.read(name);
    check_wording(*document, "", problems);
    if (!problems.empty()) {
        return {std::nullopt, problems.list()};
    }
    return {std::move(protocol), {}};
}

}  // namespace coach::protocol
