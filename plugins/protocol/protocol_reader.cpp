#include "protocol_reader.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <utility>

#include "coach/sdk/counted.hpp"
#include "coach/sdk/name_claim.hpp"
#include "coach/sdk/wording.hpp"
#include "item_schedule.hpp"
#include "prescription_reader.hpp"
#include "strict_json/utf8.hpp"
#include "strict_json/values.hpp"

namespace coach::protocol {

namespace {

constexpr int most_weeks = 104;
constexpr int days_per_week = 7;

bool is_name(std::string_view text, bool allow_dash) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [allow_dash](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
               || (allow_dash && c == '-');
    });
}

// The ASCII letters of a Latin letter with a mark (U+00C0..U+017F: "é" -> "e", "Ü" -> "u",
// "ß" -> "ss", "Œ" -> "oe"), lower case; "" for any other code point.
std::string_view latin_letter(char32_t code) {
    // U+00C0..U+00FF, one entry each ("" for the multiplication and division signs).
    static constexpr std::array<std::string_view, 64> latin1 = {
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
        "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
        "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
        "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};
    // U+0100..U+017F in runs of one base letter: the run's first code point and its letters.
    static constexpr std::array<std::pair<char32_t, std::string_view>, 22> extended = {
        {{0x100, "a"}, {0x106, "c"},  {0x10E, "d"}, {0x112, "e"}, {0x11C, "g"}, {0x124, "h"},
         {0x128, "i"}, {0x132, "ij"}, {0x134, "j"}, {0x136, "k"}, {0x139, "l"}, {0x143, "n"},
         {0x14C, "o"}, {0x152, "oe"}, {0x154, "r"}, {0x15A, "s"}, {0x162, "t"}, {0x168, "u"},
         {0x174, "w"}, {0x176, "y"},  {0x179, "z"}, {0x17F, "s"}}};
    if (code >= 0xC0 && code <= 0xFF) {
        return latin1[code - 0xC0];
    }
    if (code < 0x100 || code > 0x17F) {
        return {};
    }
    std::string_view letters;
    for (const auto& [first, run] : extended) {
        if (code >= first) {
            letters = run;
        }
    }
    return letters;
}

// A name that `text` may have meant: lower case, a Latin letter with a mark as its ASCII
// letters ("café" -> "cafe"), '-' for every other character, no '-' twice in a row, and no '-' or
// '.' at the start ("..", ".hidden" and "-lead" are no names to propose) nor '-' at the end ("T1"
// -> "t1", "My Protocol" -> "my-protocol"); "" when nothing is left ("ノルディック").
std::string name_like(std::string_view text) {
    std::string name;
    const auto separate = [&name] {
        if (!name.empty() && name.back() != '-') {
            name += '-';
        }
    };
    while (!text.empty()) {
        const auto code = strict_json::leading_code_point(text);
        const std::size_t length = code ? code->length : 1;
        if (code && code->value < 0x80) {
            const char c = static_cast<char>(code->value);
            const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
            if (is_name(std::string_view{&lower, 1}, true) && !(name.empty() && lower == '.')) {
                name += lower;
            } else {
                separate();
            }
        } else if (const auto letters = code ? latin_letter(code->value) : std::string_view{};
                   !letters.empty()) {
            name += letters;
        } else {
            separate();
        }
        text.remove_prefix(length);
    }
    while (!name.empty() && (name.front() == '-' || name.front() == '.')) {
        name.erase(0, 1);
    }
    while (!name.empty() && name.back() == '-') {
        name.pop_back();
    }
    return name;
}

// A name the problem of a badly named file may propose: a name, neither hidden nor an option.
bool proposable(std::string_view name) {
    return is_name(name, true) && name.front() != '.' && name.front() != '-';
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
struct Schedule {
    std::map<int, std::vector<unsigned>> weekdays;
    // An entry of /schedule was refused: a week it may have been meant for is not told again
    // that it has no weekdays.
    bool refused_entry = false;
};

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
    if (const auto found = schedule.weekdays.find(*sessions); found != schedule.weekdays.end()) {
        return found->second;
    }
    if (schedule.refused_entry) {
        return {};
    }
    object.problems().add(object.pointer_to("sessions"),
                          "no weekdays for " + std::to_string(*sessions)
                              + " sessions a week: give \"days\" or add {\"sessions\": "
                              + std::to_string(*sessions) + ", \"days\": [...]} to /schedule");
    return {};
}

// Whether every item the file lists under `object` gives a rhythm of its own, read from the file
// rather than from the items that were read, so that a refused item is reported once, by itself,
// and not again as a missing "sessions".
bool every_item_keeps_a_rhythm(const ObjectReader& object) {
    const auto* items = object.fields().if_contains("items");
    if (items == nullptr || !items->is_array() || items->get_array().empty()) {
        return false;
    }
    return std::all_of(items->get_array().begin(), items->get_array().end(), [](const auto& item) {
        return item.is_object()
               && std::any_of(
                   item_rhythm_keys.begin(), item_rhythm_keys.end(),
                   [&item](std::string_view key) { return item.get_object().contains(key); });
    });
}

// The weekdays of the items without a schedule of their own: from "sessions" (and "days" or
// /schedule). A week whose every item keeps its own rhythm needs no "sessions".
std::vector<unsigned> read_week_days(const ObjectReader& object, const Schedule& schedule) {
    if (every_item_keeps_a_rhythm(object) && !object.has("sessions") && !object.has("days")) {
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

std::vector<Prescription> read_items(const ObjectReader& object, const ItemContext& context) {
    std::vector<Prescription> items;
    object.each_object("items", true, [&](const ObjectReader& item) {
        if (auto read = read_prescription(item, context)) {
            items.push_back(std::move(*read));
        }
    });
    return items;
}

class DocumentReader {
  public:
    DocumentReader(const ObjectReader& top, Protocol& protocol) : top_(top), protocol_(protocol) {}

    // False when the file names another schema: what it holds is not read as this one's.
    bool read(std::string_view name);

  private:
    void read_metadata(std::string_view name);
    void read_exercises();
    void read_schedule();
    void read_phases();
    void read_weeks(const ObjectReader& phase, ProtocolPhase& read);
    void check_phase_days() const;
    bool phase_length_refused(std::size_t phase) const;
    void read_maintenance();
    void read_rules();
    void read_return_to_sport();

    const ObjectReader& top_;
    Protocol& protocol_;
    Schedule schedule_;
    int next_week_ = 1;  // 0 when not known (after a refused through_week)
    // Days since injury before which no phase read so far can start; nullopt once an entry
    // criterion that may set it was refused.
    std::optional<int> earliest_day_ = 0;
    std::vector<std::string> refused_exercises_;  // ids of refused /exercises declarations
};

bool DocumentReader::read(std::string_view name) {
    // A file of another schema (a newer version) is told that alone, not every field this
    // version does not know.
    strict_json::expect_schema(top_, schema_name);
    if (const auto* schema = top_.fields().if_contains("schema");
        schema != nullptr && schema->is_string() && schema->get_string() != schema_name) {
        return false;
    }
    top_.only({"$schema", "schema", "name", "title", "version", "summary", "sources", "injuries",
               "pain_ceiling", "rationale", "exercises", "schedule", "phases", "maintenance",
               "regressions", "referrals", "return_to_sport"});
    read_metadata(name);
    read_exercises();
    read_schedule();
    read_phases();
    if (protocol_.phases.empty()) {
        // No phase read (none given, or not an array): when maintenance may start is unknown, so
        // its items are not held to the first days. An empty "phases" was also told that
        // maintenance's Nordics may fall in days 0-2 (trial 71).
        earliest_day_.reset();
    }
    check_phase_days();
    read_maintenance();
    read_rules();
    read_return_to_sport();
    return true;
}

void DocumentReader::read_metadata(std::string_view name) {
    protocol_.name = std::string{name};
    protocol_.info.id = std::string{id_prefix} + protocol_.name;
    const auto declared = top_.non_empty_string("name", true);
    if (!is_name(name, true)) {
        // The file's name is the protocol's: one problem that says what a name may be and
        // proposes one, not "expected T1" and then a refusal of "T1".
        const auto proposed = declared && proposable(*declared) ? *declared : name_like(name);
        const std::string file{std::string{name} + std::string{file_suffix}};
        const std::string problem = "the file " + file + " names the protocol \""
                                    + std::string{name}
                                    + "\", but a name may hold only a-z, 0-9, '-', '_' and '.'";
        if (proposed.empty()) {
            top_.problems().add("/name", problem
                                             + ", and none of its letters is one to propose a "
                                               "name from: rename the file to <name>"
                                             + std::string{file_suffix}
                                             + " with such a <name> and give \"name\": "
                                               "\"<name>\"");
        } else {
            top_.problems().add(
                "/name",
                problem + ": rename the file to " + proposed + std::string{file_suffix}
                    + (declared == proposed ? "" : " and give \"name\": \"" + proposed + "\""));
        }
    } else if (declared && *declared != name) {
        top_.problems().add("/name", "expected \"" + std::string{name} + "\" (the file is "
                                         + std::string{name} + std::string{file_suffix} + "), got "
                                         + strict_json::quoted(*declared));
    } else if (const std::string said = name_claim(name); !said.empty()) {
        // A name is an identifier shown beside every plan, not advice: the plan texts' reader
        // (clearance_claim) would read a word of fitness in it as a claim; name_claim()
        // (coach/sdk/name_claim.hpp) refuses only a verdict.
        top_.problems().add("/name", "says \"" + said
                                         + "\"; a protocol's name is shown beside every plan and "
                                           "may not give a clearance: rename the file and its "
                                           "\"name\"");
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
            if (id) {
                refused_exercises_.push_back(*id);
            }
            return;
        }
        const auto exists = [&id](const auto& d) { return d.id == *id; };
        if (!is_name(*id, false)) {
            exercise.problems().add(
                exercise.pointer_to("id"),
                "may hold only a-z, 0-9, '_' and '.', got " + strict_json::quoted(*id));
            refused_exercises_.push_back(*id);
        } else if (find_exercise(*id) != nullptr) {
            exercise.problems().add(exercise.pointer_to("id"),
                                    "'" + *id + "' is already in the shared catalog");
        } else if (std::any_of(protocol_.info.exercises.begin(), protocol_.info.exercises.end(),
                               exists)) {
            exercise.problems().add(exercise.pointer_to("id"), "'" + *id + "' is declared twice");
        } else if (!is_name(*id, false)) {
            refused_exercises_.push_back(*id);
        } else {
            protocol_.info.exercises.push_back({*id, *category, *name});
        }
    });
}

void DocumentReader::read_schedule() {
    top_.each_object("schedule", false, [this](const ObjectReader& entry) {
        const std::size_t problems_before = entry.problems().list().size();
        entry.only({"sessions", "days"});
        const auto sessions = entry.integer("sessions", 1, 7, true);
        if (sessions && !entry.has("days")) {
            entry.problems().add(entry.pointer_to("days"), "required, missing");
        }
        auto days = sessions && entry.has("days") ? read_weekdays(entry, *sessions) : std::nullopt;
        if (sessions && schedule_.weekdays.contains(*sessions)) {
            entry.problems().add(entry.pointer_to("sessions"),
                                 std::to_string(*sessions) + " sessions a week is scheduled twice");
        } else if (days && entry.problems().list().size() == problems_before) {
            schedule_.weekdays.emplace(*sessions, std::move(*days));
        }
        schedule_.refused_entry |= entry.problems().list().size() != problems_before;
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
        if (!read.name.empty()
            && (read.name == "maintenance"
                || std::any_of(protocol_.phases.begin(), protocol_.phases.end(), same_name))) {
            phase.problems().add(phase.pointer_to("name"), strict_json::quoted(read.name)
                                                               + " is already the name of a phase");
        }
        const std::size_t problems_before = phase.problems().list().size();
        if (const auto entry = phase.object("entry", false)) {
            read.entry = read_criteria(*entry);
        }
        if (phase.problems().list().size() != problems_before) {
            earliest_day_.reset();  // a refused criterion may have been the one that sets it
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
        if (earliest_day_) {
            earliest_day_ = std::max(*earliest_day_, earliest_day_since_injury(read.entry));
        }
        read_weeks(phase, read);
        protocol_.phases.push_back(std::move(read));
    });
}

// Whether criteria, once met on entering a phase, stay met: only lower bounds on days since injury
// and on sessions done, which only grow. Other criteria may fail later and hold the phase.
bool stays_met(const Criteria& criteria) {
    return criteria.flags.empty()
           && std::all_of(criteria.numbers.begin(), criteria.numbers.end(), [](const auto& number) {
                  return (number.measure == Measure::days_since_injury
                          || number.measure == Measure::sessions_completed)
                         && std::all_of(number.bounds.begin(), number.bounds.end(),
                                        [](const Bound& bound) {
                                            return bound.relation == Relation::at_least;
                                        });
              });
}

// How many days phase `index` lasts at most, and why, when the file fixes it: its max_days, or its
// weeks when nothing can hold it longer (no exit criteria or min_days, entry criteria that stay
// met, and a next phase without entry criteria). nullopt when criteria decide it.
std::optional<std::pair<int, std::string>> phase_length(const std::vector<ProtocolPhase>& phases,
                                                        std::size_t index) {
    const auto& phase = phases[index];
    std::optional<std::pair<int, std::string>> length;
    if (phase.max_days) {
        length.emplace(*phase.max_days, "its max_days");
    }
    const bool next_waits = index + 1 < phases.size() && !phases[index + 1].entry.empty();
    if (!phase.weeks.empty() && phase.exit.empty() && !phase.min_days && stays_met(phase.entry)
        && !next_waits) {
        const int weeks = phase.weeks.back().last - phase.weeks.front().first + 1;
        if (!length || weeks * days_per_week < length->first) {
            length.emplace(weeks * days_per_week, "its " + std::to_string(weeks)
                                                      + (weeks == 1 ? " week" : " weeks")
                                                      + ", with nothing to hold it longer");
        }
    }
    return length;
}

// The days of its phase that week `w` of `phase` covers, 1-based: week 1 of a phase is days 1..7.
std::pair<int, int> days_of_week(const ProtocolPhase& phase, std::size_t w) {
    const int offset = phase.weeks[w].first - phase.weeks.front().first;
    return {offset * days_per_week + 1,
            (phase.weeks[w].last - phase.weeks.front().first + 1) * days_per_week};
}

// Why `day`, an on_days day of week `w` of phase `p`, would never be planned as written, or "".
// Days count from the phase's start (README, "Rhythms per exercise"), and a week's items are
// planned only in that week's blocks: a day before the week is never reached by it, and one after
// it only when the week repeats, which the last week of a phase does while the phase holds (so
// only the phase's length, when the file fixes it, bounds the last week's days).
std::string never_planned(const std::vector<ProtocolPhase>& phases, std::size_t p, std::size_t w,
                          std::int64_t day) {
    const auto& phase = phases[p];
    if (const auto length = phase_length(phases, p); length && day > length->first) {
        return "day " + std::to_string(day) + " is beyond phase \"" + phase.name
               + "\", which lasts " + counted(length->first, "day") + " (" + length->second
               + "): it would never be planned; give days 1.." + std::to_string(length->first);
    }
    const auto [first, last] = days_of_week(phase, w);
    const bool last_week = w + 1 == phase.weeks.size();
    if (day >= first && (day <= last || last_week)) {
        return "";
    }
    const auto& week = phase.weeks[w];
    const std::string weeks = week.first == week.last ? "week " + std::to_string(week.first)
                                                      : "weeks " + std::to_string(week.first) + "-"
                                                            + std::to_string(week.last);
    const std::string days = std::to_string(first) + ".." + std::to_string(last);
    return "day " + std::to_string(day) + " of phase \"" + phase.name + "\" is outside " + weeks
           + " (phase days " + days + "), whose items are planned only in " + weeks
           + ": give phase days " + days + ", or move the item to the week holding phase day "
           + std::to_string(day);
}

// Whether a value that fixes the days of phase `p` or of its weeks was refused (its weeks' numbers,
// min_days, max_days, its criteria or the next phase's entry criteria): the days its weeks cover
// are then not known, and an on_days day is not refused on a guess.
bool DocumentReader::phase_length_refused(std::size_t p) const {
    const auto at = [](std::size_t phase) { return "/phases/" + std::to_string(phase) + "/"; };
    const auto deciding = [&](std::string_view pointer) {
        const auto in_phase = at(p);
        if (pointer.starts_with(at(p + 1) + "entry")) {
            return true;
        }
        if (!pointer.starts_with(in_phase)) {
            return false;
        }
        const auto rest = pointer.substr(in_phase.size());
        if (rest.starts_with("min_days") || rest.starts_with("max_days")
            || rest.starts_with("entry") || rest.starts_with("exit")) {
            return true;
        }
        if (!rest.starts_with("weeks/")) {
            return false;
        }
        const auto inside_week = rest.find('/', std::string_view{"weeks/"}.size());
        if (inside_week == std::string_view::npos) {
            return true;  // a week that is not an object
        }
        const auto field = rest.substr(inside_week + 1);
        return field.starts_with("week") || field.starts_with("through_week");
    };
    const auto& problems = top_.problems().list();
    return std::any_of(problems.begin(), problems.end(),
                       [&](const Problem& problem) { return deciding(problem.pointer); });
}

// An on_days day its week never reaches would never be planned: refused with its pointer and the
// reason (never_planned). No JSON Schema can compare a day with the weeks of the phase holding it.
void DocumentReader::check_phase_days() const {
    const auto* phases = top_.fields().if_contains("phases");
    if (phases == nullptr || !phases->is_array()
        || phases->get_array().size() != protocol_.phases.size()) {
        return;  // a phase was refused: its problems are reported already
    }
    for (std::size_t p = 0; p < protocol_.phases.size(); ++p) {
        const auto* weeks = phases->get_array()[p].get_object().if_contains("weeks");
        if (weeks == nullptr || !weeks->is_array()
            || weeks->get_array().size() != protocol_.phases[p].weeks.size()) {
            continue;
        }
        if (phase_length_refused(p)) {
            continue;  // its days are not known: the refused value is reported by itself
        }
        const std::string phase_at = "/phases/" + std::to_string(p);
        for (std::size_t w = 0; w < weeks->get_array().size(); ++w) {
            const auto* items = weeks->get_array()[w].is_object()
                                    ? weeks->get_array()[w].get_object().if_contains("items")
                                    : nullptr;
            if (items == nullptr || !items->is_array()) {
                continue;
            }
            for (std::size_t i = 0; i < items->get_array().size(); ++i) {
                const auto& item = items->get_array()[i];
                const auto* days =
                    item.is_object() ? item.get_object().if_contains("on_days") : nullptr;
                if (days == nullptr || !days->is_array()) {
                    continue;
                }
                for (std::size_t d = 0; d < days->get_array().size(); ++d) {
                    const auto& day = days->get_array()[d];
                    if (!day.is_int64()) {
                        continue;
                    }
                    const auto pointer = phase_at + "/weeks/" + std::to_string(w) + "/items/"
                                         + std::to_string(i) + "/on_days/" + std::to_string(d);
                    // One problem per fault: a day refused already (out of range, as 0 is) is
                    // not refused again as never planned.
                    const auto& known = top_.problems().list();
                    if (std::any_of(known.begin(), known.end(), [&](const Problem& problem) {
                            return problem.pointer == pointer;
                        })) {
                        continue;
                    }
                    if (auto why = never_planned(protocol_.phases, p, w, day.get_int64());
                        !why.empty()) {
                        top_.problems().add(pointer, std::move(why));
                    }
                }
            }
        }
    }
}

void DocumentReader::read_weeks(const ObjectReader& phase, ProtocolPhase& read) {
    phase.each_object("weeks", true, [&](const ObjectReader& week) {
        week.only({"week", "through_week", "sessions", "days", "items"});
        Week weeks;
        const auto first = week.integer("week", 1, most_weeks, true);
        if (first && next_week_ != 0 && *first != next_week_) {
            week.problems().add(
                week.pointer_to("week"),
                "expected week " + std::to_string(next_week_) + ", got " + std::to_string(*first));
        }
        weeks.first = next_week_ != 0 ? next_week_ : first.value_or(1);
        const auto through = week.integer("through_week", weeks.first, most_weeks, false);
        weeks.last = through.value_or(weeks.first);
        // After a refused through_week the next week's number is not known: it is taken as
        // written rather than refused as out of order.
        next_week_ = week.has("through_week") && !through ? 0 : weeks.last + 1;
        weeks.items =
            read_items(week, {protocol_.info.exercises, refused_exercises_, earliest_day_});
        weeks.weekdays = read_week_days(week, schedule_);
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
    protocol_.maintenance.items = read_items(
        *maintenance, {protocol_.info.exercises, refused_exercises_, earliest_day_, "a phase"});
    protocol_.maintenance.weekdays = read_week_days(*maintenance, schedule_);
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
            rule.problems().add(rule.pointer_to("then"), "expected \"repeat_previous_week\", got "
                                                             + strict_json::quoted(*then));
        }
        read.reason = rule.non_empty_string("reason", true).value_or("");
        protocol_.regressions.push_back(std::move(read));
    });
    top_.each_object("referrals", false, [this](const ObjectReader& rule) {
        rule.only({"when", "reason"});
        ReferralRule read;
        if (const auto when = rule.object("when", true)) {
            read.when = read_criteria(*when);
            const auto& fields = when->fields();
            const bool only_notes =
                std::all_of(fields.begin(), fields.end(),
                            [](const auto& field) { return field.key() == "notes"; });
            if (only_notes) {  // a refused condition is reported by itself
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
    // A phase whose name was refused may be the one meant: its own problem says what to fix.
    const bool name_refused = std::any_of(protocol_.phases.begin(), protocol_.phases.end(),
                                          [](const auto& p) { return p.name.empty(); });
    if (!known && !name_refused) {
        top_.problems().add(
            "/return_to_sport",
            "expected the name of a phase or \"maintenance\", got " + strict_json::quoted(*phase));
    }
    protocol_.return_to_sport_phase = phase;
}

// "U+001B", "U+202E": Unicode's own notation, as an author looks a character up.
std::string code_point_name(char32_t code) {
    char name[16];
    std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(code));
    return name;
}

// The most characters of a text that names something (a title, a version, a phase's or an
// exercise's name), which listings and plans show in a column, and of any other text (a summary, a
// goal, a cue, a source, a reason), which plans wrap over a few lines. The bundled protocols' and
// the fixtures' longest are 84 and 332.
constexpr std::size_t most_in_a_name = 120;
constexpr std::size_t most_in_a_text = 600;

bool is_a_name(std::string_view pointer) {
    const auto key = pointer.substr(pointer.rfind('/') + 1);
    return key == "title" || key == "version" || key == "name";
}

// A character that shows as blank space: a space of any width (Unicode's White_Space that is not
// a control), or a joiner between other characters.
bool is_blank(char32_t code) {
    return code == 0x20 || code == 0xA0 || code == 0x1680 || (code >= 0x2000 && code <= 0x200A)
           || code == 0x200C || code == 0x200D || code == 0x202F || code == 0x205F
           || code == 0x3000;
}

// The first problem of a text shown to people, or "": a character that does not show as itself
// on one line (strict_json::is_unprintable(): a control, a bidirectional override, a line
// separator), no character that shows at all, or more characters than a plan or a listing can
// show.
std::string text_problem(std::string_view text, std::string_view pointer) {
    std::size_t characters = 0;
    std::size_t visible = 0;
    std::optional<char32_t> first;
    std::size_t unprintable = 0;
    for (std::size_t at = 0; at < text.size();) {
        // Boost.JSON has checked the document's UTF-8, so every character decodes.
        const auto code = strict_json::leading_code_point(text.substr(at));
        const char32_t value = code ? code->value : 0xFFFD;
        at += code ? code->length : 1;
        ++characters;
        if (strict_json::is_unprintable(value)) {
            ++unprintable;
            first = first.value_or(value);
        } else if (!is_blank(value)) {
            ++visible;
        }
    }
    if (first) {
        const std::string kind =
            strict_json::is_control(*first) ? "the control character " : "the invisible character ";
        const std::string more =
            unprintable > 1 ? " and " + std::to_string(unprintable - 1) + " more" : "";
        return "holds " + kind + code_point_name(*first) + more
               + ": write plain text on one line, as plans and listings show it";
    }
    if (visible == 0 && text.find_first_not_of(' ') != std::string_view::npos) {
        // Blanks the reader's test of ASCII spaces ("must not be empty") lets through: a title of
        // no-break spaces shows as none (trial 72).
        return "holds no visible character: write the text";
    }
    const std::size_t most = is_a_name(pointer) ? most_in_a_name : most_in_a_text;
    if (characters > most) {
        return "holds " + std::to_string(characters) + " characters, more than the "
               + std::to_string(most) + " a plan or a listing shows: shorten it";
    }
    return {};
}

// Every text of the file but the author's notes is shown to someone: a plan's phase names, goals
// and cues, a listing's title, version and summary, every plan's sources. Each is one line of
// plain text of a length a plan shows: a control character (a NUL, a tab, a line break, an escape
// sequence) would reach the athlete as "\u001b[31m" (trial 70), a U+202E would turn the rest of
// the line around, and a trial's 100,000-character title filled 1,421 lines of a plan. And plans
// estimate and a clinician clears: no text that reaches a plan may claim clearance
// (clearance_claim(), coach/sdk/wording.hpp); sources, the titles of papers, are not read for
// claims, and the name, an identifier, is read by name_claim() in read_metadata().
void check_texts(const boost::json::value& value, const std::string& pointer, bool read_claims,
                 Problems& problems) {
    if (value.is_string()) {
        const std::string_view text = value.get_string();
        if (std::string problem = text_problem(text, pointer); !problem.empty()) {
            problems.add(pointer, std::move(problem));
        } else if (const std::string claim = read_claims ? clearance_claim(text) : std::string{};
                   !claim.empty()) {
            problems.add(pointer, "says \"" + claim
                                      + "\"; plans estimate, a clinician clears: write "
                                        "\"criteria met, clinician sign-off required\"");
        }
    } else if (value.is_array()) {
        std::size_t index = 0;
        for (const auto& element : value.get_array()) {
            check_texts(element, child_pointer(pointer, index++), read_claims, problems);
        }
    } else if (value.is_object()) {
        for (const auto& [key, element] : value.get_object()) {
            if (key == "notes") {
                if (!element.is_string()) {
                    problems.add(child_pointer(pointer, key),
                                 "expected a string (notes are free text for the author)");
                }
            } else if (!(pointer.empty() && key == "name")) {
                check_texts(element, child_pointer(pointer, key),
                            read_claims && !(pointer.empty() && key == "sources"), problems);
            }
        }
    }
}

// The first `most_problems` of `problems`, then one line that counts the rest: a file of 5,000
// unknown keys gave 20,003 lines (trial 72), where the first few teach what the rest would.
std::vector<Problem> first_problems(std::vector<Problem> problems) {
    constexpr std::size_t most_problems = 20;
    if (problems.size() > most_problems) {
        const std::size_t rest = problems.size() - most_problems;
        problems.resize(most_problems);
        problems.push_back({"", "and " + counted(rest, "more problem")
                                    + " not shown: mend these and validate again"});
    }
    return problems;
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
    if (DocumentReader{top, protocol}.read(name)) {
        check_texts(*document, "", true, problems);
    }
    if (!problems.empty()) {
        return {std::nullopt, first_problems(std::move(problems.list()))};
    }
    return {std::move(protocol), {}};
}

}  // namespace coach::protocol
