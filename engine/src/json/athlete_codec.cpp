#include <algorithm>
#include <array>
#include <boost/json.hpp>
#include <optional>
#include <string_view>

#include "coach/json.hpp"
#include "json/athlete_fields.hpp"
#include "json/grade_in_text.hpp"
#include "json/reader.hpp"
#include "json/red_flag_text.hpp"
#include "json/writer.hpp"

namespace coach::json {

using detail::age_max;
using detail::grade_max;
using detail::measurements;
using detail::ObjectReader;
using detail::pain_max;
using detail::percent_max;
using detail::plausible_count;
using detail::red_flag_guard;
using detail::symptom_keys;

namespace {

// true: present, false: absent; a missing or null key was not recorded.
Finding read_finding(const ObjectReader& in, std::string_view key) {
    const auto value = in.boolean(key, false);
    return value ? finding_of(*value) : Finding::not_recorded;
}

// Strict: a key that is not a symptom is an error, so that a misspelt red flag is never ignored.
Symptoms read_symptoms(const ObjectReader& in) {
    Symptoms symptoms;
    for (const auto& [key, member] : symptom_keys) {
        symptoms.*member = read_finding(in, key);
    }
    in.report_unknown_keys(detail::UnknownKeys::refuse, "symptom");
    return symptoms;
}

// Strict like the symptoms: it lifts red flags.
ClinicianReview read_clinician_review(const ObjectReader& in) {
    ClinicianReview review;
    review.clinician = in.non_empty_string("clinician", true).value_or("");
    const auto* lifts = in.field("lifts", true);
    const auto at = detail::child_pointer(in.pointer(), "lifts");
    if (lifts != nullptr && (!lifts->is_array() || lifts->get_array().empty())) {
        in.problems().add(
            at, "expected a non-empty array of red flags, got " + detail::describe(*lifts));
    } else if (lifts != nullptr) {
        std::size_t index = 0;
        for (const auto& element : lifts->get_array()) {
            const auto flag =
                element.is_string() ? parse_enum<RedFlag>(element.get_string()) : std::nullopt;
            if (flag) {
                review.lifts.push_back(*flag);
            } else {
                std::vector<std::string_view> names;
                for (const auto& [value, name] : enum_names<RedFlag>::table) {
                    names.push_back(name);
                }
                const auto meant = element.is_string()
                                       ? strict_json::did_you_mean(element.get_string(), names)
                                       : std::string{};
                in.problems().add(detail::child_pointer(at, index),
                                  "expected one of " + strict_json::listed(names) + ", got "
                                      + detail::describe(element) + meant);
            }
            ++index;
        }
    }
    review.note = in.string("note", false).value_or("");
    in.report_unknown_keys(detail::UnknownKeys::refuse);
    return review;
}

Assessment read_assessment(const ObjectReader& in) {
    Assessment assessment;
    assessment.date = detail::record_date(in, "date", true).value_or(Date{});
    for (const auto& measurement : measurements) {
        assessment.*measurement.member = in.integer(measurement.key, 0, measurement.max, false);
    }
    if (auto symptoms = in.object("symptoms", false)) {
        assessment.symptoms = read_symptoms(*symptoms);
    }
    assessment.daily_pain_medication = in.boolean("daily_pain_medication", false).value_or(false);
    if (auto review = in.object("clinician_review", false)) {
        assessment.clinician_review = read_clinician_review(*review);
    }
    // Free text for the clinician; it is read for red flags (red_flag_text.hpp).
    in.string("notes", false);
    // An assessment is a clinical finding: a key it does not know ("cannot_walk", "pain_rst") may
    // hold what the safety gate must see, so it is refused, not ignored.
    in.report_unknown_keys(detail::UnknownKeys::refuse);
    return assessment;
}

LoggedItem read_logged_item(const ObjectReader& in) {
    LoggedItem item;
    item.exercise = in.non_empty_string("exercise", true).value_or("");
    item.sets = in.integer("sets", 0, plausible_count, false);
    item.reps = in.integer("reps", 0, plausible_count, false);
    item.load = detail::enumeration<Load>(in, "load", false);
    item.distance_m = in.integer("distance_m", 0, 100'000, false);
    item.intensity_pct = in.integer("intensity_pct", 0, percent_max, false);
    item.duration_min = in.integer("duration_min", 0, 24 * 60, false);
    item.hold_s = in.integer("hold_s", 0, 24 * 3600, false);
    in.report_unknown_keys(detail::UnknownKeys::warn);
    return item;
}

LogEntry read_log_entry(const ObjectReader& in) {
    LogEntry entry;
    entry.date = detail::record_date(in, "date", true).value_or(Date{});
    entry.philosophy = in.string("philosophy", false).value_or("");
    if (in.has("philosophy")
        && entry.philosophy.find_first_not_of(" \t\r\n") == std::string::npos) {
        in.problems().warn(in.pointer_to("philosophy"),
                           "empty: give the id of the philosophy the session followed, or leave "
                           "the field out");
    }
    entry.completed = in.boolean("completed", false).value_or(true);
    entry.pain_during = in.integer("pain_during", 0, pain_max, false);
    entry.pain_next_day = in.integer("pain_next_day", 0, pain_max, false);
    entry.fatigue = detail::enumeration<Fatigue>(in, "fatigue", false).value_or(Fatigue::normal);
    in.each_object("items", false, [&entry](const ObjectReader& item) {
        entry.items.push_back(read_logged_item(item));
        // A completed session did some of each item it lists: no sets at all is a slip (a count
        // left at 0), warned of so that the dose the log reports is not read silently as none.
        if (entry.completed && entry.items.back().sets == 0) {
            item.problems().warn(item.pointer_to("sets"),
                                 "0 sets in a completed session: give the sets done, or leave the "
                                 "item out");
        }
    });
    in.string("notes", false);  // free text, read for red flags (red_flag_text.hpp)
    in.report_unknown_keys(detail::UnknownKeys::warn);
    return entry;
}

Injury read_injury(const ObjectReader& in) {
    Injury injury;
    injury.region = in.non_empty_string("region", true).value_or("");
    injury.muscle = detail::enumeration<Muscle>(in, "muscle", false).value_or(Muscle::unknown);
    injury.grade = in.integer("grade", 0, grade_max, true).value_or(0);
    injury.site = detail::enumeration<Site>(in, "site", false);
    injury.date = detail::record_date(in, "date", true).value_or(Date{});
    injury.mechanism =
        detail::enumeration<Mechanism>(in, "mechanism", false).value_or(Mechanism::unknown);
    injury.previous_injuries =
        in.integer("previous_injuries", 0, plausible_count, false).value_or(0);
    in.one_of("side", std::array<std::pair<int, std::string_view>, 2>{{{0, "left"}, {1, "right"}}},
              false);           // which leg: for the clinician, no rule reads it
    in.string("notes", false);  // free text, read for red flags (red_flag_text.hpp)
    // The injury decides the gate (grade 4, grade 3 at site c): a misspelt "sight" or an
    // "mri_grade" is refused with what is expected, never ignored.
    in.report_unknown_keys(detail::UnknownKeys::refuse);
    return injury;
}

// A warning for each item of `equipment` that is not one of known_equipment, with the item
// likely meant: no philosophy looks for it.
void warn_of_unknown_equipment(const std::vector<std::string>& equipment,
                               detail::Problems& problems) {
    for (std::size_t i = 0; i < equipment.size(); ++i) {
        const auto& item = equipment[i];
        if (std::find(known_equipment.begin(), known_equipment.end(), item)
            == known_equipment.end()) {
            problems.warn("/equipment/" + std::to_string(i),
                          strict_json::quoted(item) + " is no known equipment"
                              + strict_json::did_you_mean(item, known_equipment)
                              + "; known: " + strict_json::listed(known_equipment)
                              + " (a philosophy looks for these alone)");
        }
    }
}

// Trial 36: one log entry dated 2027-09-01 for 2026-10-05, a slip of the year, silently moved the
// plans' first day (the default as_of is the last dated entry) 335 days past every other date.
// When no as_of is given and the last entry lies more than `lone_date_days` after every other
// date of the record (the injury's included), it is warned of at its pointer; `check --strict`
// refuses it. A record kept over months has dates between; a slip of a year has none.
constexpr int lone_date_days = 180;

void warn_of_a_lone_late_date(const AthleteFile& file, detail::Problems& problems) {
    if (file.request.as_of) {
        return;  // the plans start where the record says; later entries are dropped, with a note
    }
    // The last dated entry (the first of them when several share its day) and the latest date
    // before it, the injury's included: one pass, nothing allocated (decode runs per cohort line).
    std::optional<Date> last;
    std::string_view last_list;
    std::size_t last_index = 0;
    Date before = file.athlete.injury.date;
    const auto see = [&](Date date, std::string_view list, std::size_t index) {
        if (!last || date > *last) {
            before = last ? std::max(before, *last) : before;
            last = date;
            last_list = list;
            last_index = index;
        } else {
            before = std::max(before, date);
        }
    };
    for (std::size_t i = 0; i < file.athlete.assessments.size(); ++i) {
        see(file.athlete.assessments[i].date, "assessments", i);
    }
    for (std::size_t i = 0; i < file.athlete.log.size(); ++i) {
        see(file.athlete.log[i].date, "log", i);
    }
    if (!last) {
        return;
    }
    if (const int gap = *last - before; gap > lone_date_days) {
        problems.warn("/" + std::string{last_list} + "/" + std::to_string(last_index) + "/date",
                      last->iso() + " is " + std::to_string(gap)
                          + " days after every other date of the record (the latest: "
                          + before.iso() + "), and the plans start from it: a slip of the year? "
                          + "(as_of sets the first day)");
    }
}

// Nothing can be assessed or planned before the injury it is about. Log entries may be: the
// training before the injury is history (docs/DATA.md, "Chronology"), never rehabilitation.
void check_dates_follow_injury(const AthleteFile& file, detail::Problems& problems) {
    const Date injury = file.athlete.injury.date;
    const auto check = [&](Date date, const std::string& pointer) {
        if (date < injury) {
            problems.add(pointer, date.iso() + " is before the injury date " + injury.iso());
        }
    };
    for (std::size_t i = 0; i < file.athlete.assessments.size(); ++i) {
        check(file.athlete.assessments[i].date, "/assessments/" + std::to_string(i) + "/date");
    }
    if (file.request.as_of) {
        check(*file.request.as_of, "/as_of");
    }
    warn_of_a_lone_late_date(file, problems);
    // A goal is a wish, not a finding: a date before the injury is warned of, not refused (the
    // plans read no goal date), so that the record is still planned and the slip is seen.
    if (const auto& goal = file.athlete.goal; goal && goal->date && *goal->date < injury) {
        problems.warn("/goal/date", goal->date->iso() + " is before the injury date " + injury.iso()
                                        + ": a goal lies after the injury");
    }
}

}  // namespace

Decoded<AthleteFile> decode_athlete(std::string_view text) {
    detail::Problems problems;
    problems.guard(red_flag_guard);
    const auto document = strict_json::parse_object(text, problems);
    if (!document) {
        return {std::nullopt, detail::public_problems(problems.list()), {}};
    }
    const ObjectReader in{document->get_object(), "", problems};
    strict_json::expect_schema(in, athlete_schema);

    AthleteFile file;
    Athlete& athlete = file.athlete;
    athlete.id = in.non_empty_string("id", true).value_or("");
    if (auto profile = in.object("profile", false)) {
        athlete.profile.sport = profile->string("sport", false).value_or("");
        athlete.profile.age = profile->integer("age", 0, age_max, false);
        athlete.profile.sex = profile->string("sex", false).value_or("");
        profile->report_unknown_keys(detail::UnknownKeys::warn);
    }
    if (auto injury = in.object("injury", true)) {
        athlete.injury = read_injury(*injury);
    }
    if (auto goal = in.object("goal", false)) {
        athlete.goal = Goal{goal->string("event", false).value_or(""),
                            detail::record_date(*goal, "date", false)};
        goal->report_unknown_keys(detail::UnknownKeys::warn);
    }
    athlete.equipment = in.strings("equipment", false);
    warn_of_unknown_equipment(athlete.equipment, problems);
    in.each_object("assessments", false, [&athlete](const ObjectReader& assessment) {
        athlete.assessments.push_back(read_assessment(assessment));
    });
    in.each_object("log", false, [&athlete](const ObjectReader& entry) {
        athlete.log.push_back(read_log_entry(entry));
    });
    file.request.as_of = detail::record_date(in, "as_of", false);
    file.request.horizon_days =
        in.integer("horizon_days", 1, max_horizon_days, false).value_or(default_horizon_days);
    in.report_unknown_keys(detail::UnknownKeys::warn);

    if (problems.empty()) {
        check_dates_follow_injury(file, problems);
        const Injury recorded = file.athlete.injury;
        detail::check_red_flags_in_text(*document, file.athlete, problems);
        // A grade in a field the schema does not know ("mri": {"grade": 4}) is read as a note's.
        detail::check_grades_in_fields(*document, recorded, file.athlete.injury, problems);
    }
    if (!problems.empty()) {
        return {std::nullopt, detail::public_problems(problems.list()),
                detail::public_problems(problems.warnings())};
    }
    return {std::move(file), {}, detail::public_problems(problems.warnings())};
}

namespace {

boost::json::object write_assessment(const Assessment& assessment) {
    boost::json::object out;
    out["date"] = assessment.date.iso();
    for (const auto& measurement : measurements) {
        detail::put(out, measurement.key, assessment.*measurement.member);
    }
    boost::json::object recorded;
    for (const auto& [key, member] : symptom_keys) {
        if (const Finding finding = assessment.symptoms.*member; finding != Finding::not_recorded) {
            recorded[key] = is_present(finding);
        }
    }
    if (!recorded.empty()) {
        out["symptoms"] = std::move(recorded);
    }
    out["daily_pain_medication"] = assessment.daily_pain_medication;
    if (const auto& review = assessment.clinician_review) {
        boost::json::array lifts;
        for (const auto flag : review->lifts) {
            lifts.emplace_back(to_string(flag));
        }
        boost::json::object written{{"clinician", review->clinician}, {"lifts", std::move(lifts)}};
        if (!review->note.empty()) {
            written["note"] = review->note;
        }
        out["clinician_review"] = std::move(written);
    }
    return out;
}

boost::json::object write_log_entry(const LogEntry& entry) {
    boost::json::object out;
    out["date"] = entry.date.iso();
    if (!entry.philosophy.empty()) {
        out["philosophy"] = entry.philosophy;
    }
    out["completed"] = entry.completed;
    detail::put(out, "pain_during", entry.pain_during);
    detail::put(out, "pain_next_day", entry.pain_next_day);
    out["fatigue"] = to_string(entry.fatigue);
    boost::json::array items;
    for (const auto& item : entry.items) {
        boost::json::object logged;
        logged["exercise"] = item.exercise;
        detail::put(logged, "sets", item.sets);
        detail::put(logged, "reps", item.reps);
        detail::put_enum(logged, "load", item.load);
        detail::put(logged, "distance_m", item.distance_m);
        detail::put(logged, "intensity_pct", item.intensity_pct);
        detail::put(logged, "duration_min", item.duration_min);
        detail::put(logged, "hold_s", item.hold_s);
        items.push_back(std::move(logged));
    }
    out["items"] = std::move(items);
    return out;
}

}  // namespace

std::string encode_athlete(const Athlete& athlete, const Request& request) {
    boost::json::object out;
    out["schema"] = athlete_schema;
    out["id"] = athlete.id;
    boost::json::object profile;
    if (!athlete.profile.sport.empty()) {
        profile["sport"] = athlete.profile.sport;
    }
    detail::put(profile, "age", athlete.profile.age);
    if (!athlete.profile.sex.empty()) {
        profile["sex"] = athlete.profile.sex;
    }
    out["profile"] = std::move(profile);
    const auto& injury = athlete.injury;
    boost::json::object injury_out;
    injury_out["region"] = injury.region;
    injury_out["muscle"] = to_string(injury.muscle);
    injury_out["grade"] = injury.grade;
    detail::put_enum(injury_out, "site", injury.site);
    injury_out["date"] = injury.date.iso();
    injury_out["mechanism"] = to_string(injury.mechanism);
    injury_out["previous_injuries"] = injury.previous_injuries;
    out["injury"] = std::move(injury_out);
    if (athlete.goal) {
        boost::json::object goal;
        goal["event"] = athlete.goal->event;
        if (athlete.goal->date) {
            goal["date"] = athlete.goal->date->iso();
        }
        out["goal"] = std::move(goal);
    }
    out["equipment"] = detail::string_array(athlete.equipment);
    boost::json::array assessments;
    for (const auto& assessment : athlete.assessments) {
        assessments.push_back(write_assessment(assessment));
    }
    out["assessments"] = std::move(assessments);
    boost::json::array log;
    for (const auto& entry : athlete.log) {
        log.push_back(write_log_entry(entry));
    }
    out["log"] = std::move(log);
    if (request.as_of) {
        out["as_of"] = request.as_of->iso();
    }
    if (request.horizon_days != default_horizon_days) {
        out["horizon_days"] = request.horizon_days;
    }
    return boost::json::serialize(out);
}

}  // namespace coach::json
