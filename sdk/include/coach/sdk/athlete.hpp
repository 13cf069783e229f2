#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/date.hpp"
#include "coach/sdk/enum_names.hpp"
#include "coach/sdk/symptoms.hpp"

namespace coach {

enum class Muscle {
    biceps_femoris_long_head,
    biceps_femoris_short_head,
    semitendinosus,
    semimembranosus,
    unknown
};
COACH_ENUM_NAMES(Muscle, {Muscle::biceps_femoris_long_head, "biceps_femoris_long_head"},
                 {Muscle::biceps_femoris_short_head, "biceps_femoris_short_head"},
                 {Muscle::semitendinosus, "semitendinosus"},
                 {Muscle::semimembranosus, "semimembranosus"}, {Muscle::unknown, "unknown"});

// British Athletics Muscle Injury Classification site: a myofascial, b musculotendinous,
// c intratendinous.
enum class Site { a, b, c };
COACH_ENUM_NAMES(Site, {Site::a, "a"}, {Site::b, "b"}, {Site::c, "c"});

enum class Mechanism { sprinting, stretching, unknown };
COACH_ENUM_NAMES(Mechanism, {Mechanism::sprinting, "sprinting"},
                 {Mechanism::stretching, "stretching"}, {Mechanism::unknown, "unknown"});

enum class Fatigue { normal, draggy };
COACH_ENUM_NAMES(Fatigue, {Fatigue::normal, "normal"}, {Fatigue::draggy, "draggy"});

enum class Load { bodyweight, light, medium, heavy };
COACH_ENUM_NAMES(Load, {Load::bodyweight, "bodyweight"}, {Load::light, "light"},
                 {Load::medium, "medium"}, {Load::heavy, "heavy"});

struct Profile {
    std::string sport;
    std::optional<int> age;
    std::string sex;

    friend bool operator==(const Profile&, const Profile&) = default;
};

struct Injury {
    std::string region;  // "hamstring" for every bundled philosophy
    Muscle muscle = Muscle::unknown;
    int grade = 0;  // 0 soreness without a lesion ... 4 complete tear
    std::optional<Site> site;
    Date date;
    Mechanism mechanism = Mechanism::unknown;
    int previous_injuries = 0;

    friend bool operator==(const Injury&, const Injury&) = default;
};

struct Goal {
    std::string event;
    std::optional<Date> date;

    friend bool operator==(const Goal&, const Goal&) = default;
};

// One clinical check. Pain is the 0-10 numeric rating scale; an absent value was not measured,
// and so is a symptom the record does not mention (symptoms.hpp).
struct Assessment {
    Date date;
    std::optional<int> pain_rest;
    std::optional<int> pain_walking;
    std::optional<int> pain_exercise;
    std::optional<int> aslr_deficit_pct;
    std::optional<int> strength_deficit_pct;
    std::optional<int> max_sprint_pct;
    Symptoms symptoms;
    bool daily_pain_medication = false;
    std::optional<ClinicianReview> clinician_review;

    friend bool operator==(const Assessment&, const Assessment&) = default;
};

// What the athlete actually did of one exercise in a logged session.
struct LoggedItem {
    std::string exercise;
    std::optional<int> sets;
    std::optional<int> reps;
    std::optional<Load> load;
    std::optional<int> distance_m;
    std::optional<int> intensity_pct;
    std::optional<int> duration_min;
    std::optional<int> hold_s;

    friend bool operator==(const LoggedItem&, const LoggedItem&) = default;
};

struct LogEntry {
    Date date;
    std::string philosophy;  // id of the philosophy whose session this was; may be empty
    bool completed = true;
    std::optional<int> pain_during;
    std::optional<int> pain_next_day;
    Fatigue fatigue = Fatigue::normal;
    std::vector<LoggedItem> items;

    friend bool operator==(const LogEntry&, const LogEntry&) = default;
};

// The items a record's `equipment` may name, the only ones a philosophy looks for: the record's
// reader warns of any other, with the item likely meant (`coach check --strict` refuses it).
inline constexpr std::array<std::string_view, 5> known_equipment = {"gym", "home", "pool", "studio",
                                                                    "track"};

// The athlete record, schema coach.athlete/1. Assessments and log entries are kept in the
// order of the file; the engine's Chronology (chronology.hpp) is the record in date order.
struct Athlete {
    std::string id;
    Profile profile;
    Injury injury;
    std::optional<Goal> goal;
    std::vector<std::string> equipment;
    std::vector<Assessment> assessments;
    std::vector<LogEntry> log;

    friend bool operator==(const Athlete&, const Athlete&) = default;
};

inline constexpr int default_horizon_days = 42;
inline constexpr int max_horizon_days = 365;

// What the caller asks for: the day the plan starts from and how many days it covers.
struct Request {
    std::optional<Date> as_of;  // default: the last dated entry, else the injury date
    int horizon_days = default_horizon_days;
};

struct Chronology;  // chronology.hpp
struct Course;      // course.hpp

// What a philosophy plans from: the record, the resolved start day, the horizon, and what the
// engine reads in the record before any plugin runs: its chronology (the record in date order,
// chronology.hpp) and its course of recovery (measured and projected state on each day,
// course.hpp). Plans cover the days as_of ... last_day() inclusive. The engine builds one Case per
// request and shares it among every philosophy of a comparison; everything it refers to is owned
// by the caller and lives for the plan() call.
struct Case {
    const Athlete& athlete;
    Date as_of;
    int horizon_days = default_horizon_days;
    const Chronology& chronology;
    const Course& course;

    constexpr Date last_day() const { return as_of + (horizon_days - 1); }
    constexpr bool in_horizon(Date day) const { return day >= as_of && day <= last_day(); }
    // Days since injury on `day` (0 on the day of injury).
    constexpr int day_of_injury(Date day) const { return day - athlete.injury.date; }
};

}  // namespace coach
