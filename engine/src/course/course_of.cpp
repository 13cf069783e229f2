// The course of recovery (coach/course.hpp): the schedule each sign follows from the published
// return-to-sport day, the shift a late measurement causes, and the value of each day.
#include <algorithm>
#include <array>
#include <optional>

#include "coach/course.hpp"
#include "coach/sdk/counted.hpp"
#include "course/recovery_times.hpp"

namespace coach {

namespace {

using course_detail::PublishedEstimate;

// The days the schedules refer to, in days after the injury, in the order they fall.
enum Key : std::size_t { rest_free, walking_free, sport, strength_restored, key_count };

constexpr int strength_at_sport_pct = 10;    // Sanfilippo et al. 2013: 9.6% at return to sport
constexpr int strength_restored_days = 180;  // ... and none 6 months later
constexpr int longest_course_days = 730;

// A target of a sign's schedule, in "lower is better" form: the top sprint speed is held as its
// shortfall from 100%.
struct Waypoint {
    Key key = sport;
    int value = 0;
};

struct Schedule {
    std::array<Waypoint, 2> points{};
    std::size_t count = 1;
};

// Indexed by Sign: pain at rest, pain walking, pain during exercise, ASLR deficit, strength
// deficit, top sprint speed (as shortfall).
constexpr std::array<Schedule, sign_count> schedules{{
    {{{{rest_free, 0}}}, 1},
    {{{{walking_free, 0}}}, 1},
    {{{{sport, 0}}}, 1},
    {{{{sport, 0}}}, 1},
    {{{{sport, strength_at_sport_pct}, {strength_restored, 0}}}, 2},
    {{{{walking_free, 100}, {sport, 0}}}, 2},
}};

int lower_is_better(Sign sign, int value) {
    return higher_is_better(sign) ? 100 - value : value;
}

int natural(Sign sign, int value) {
    return higher_is_better(sign) ? 100 - value : value;
}

int ceil_div(int numerator, int denominator) {
    return (numerator + denominator - 1) / denominator;
}

// A measurement in days after the injury, lower-is-better form.
struct Point {
    int day = 0;
    int value = 0;
};

// The straight line from `from` to `to` (to.value <= from.value) on `day`, from.day < day <=
// to.day, rounded towards the worse (higher) value so that the target is reached on its day only.
int along(Point from, Point to, int day) {
    const int span = to.day - from.day;
    return to.value + ceil_div((from.value - to.value) * (to.day - day), span);
}

class Projector {
  public:
    Projector(const Athlete& athlete, const Chronology& chronology, Date last_day)
        : injury_(athlete.injury.date), last_day_(last_day) {
        estimate_ = course_detail::published_estimate(athlete.injury, chronology, last_day);
        for (const auto& assessment : chronology.assessments) {
            if (assessment.date < injury_ || assessment.date > last_day) {
                continue;
            }
            record(Sign::pain_rest, assessment.date, assessment.pain_rest);
            record(Sign::pain_walking, assessment.date, assessment.pain_walking);
            record(Sign::pain_exercise, assessment.date, assessment.pain_exercise);
            record(Sign::aslr_deficit_pct, assessment.date, assessment.aslr_deficit_pct);
            record(Sign::strength_deficit_pct, assessment.date, assessment.strength_deficit_pct);
            record(Sign::max_sprint_pct, assessment.date, assessment.max_sprint_pct);
        }
        set_key_days();
    }

    Course course() && {
        // Read before the measurements move into the course.
        const std::array reported{reported_day(rest_free), reported_day(walking_free),
                                  reported_day(sport)};
        Course course;
        course.measurements = std::move(measurements_);
        const Date first = std::max(injury_, last_day_ - (longest_course_days - 1));
        course.days.reserve(static_cast<std::size_t>(last_day_ - first + 1));
        for (Date day = first; day <= last_day_; day += 1) {
            course.days.push_back(state_on(day, course));
        }
        auto& projection = course.projection;
        projection.published_days = estimate_.days;
        projection.walking_floor_days = estimate_.walking_floor_days;
        projection.delay_days = key_days_[sport] - base_sport_;
        projection.pain_free_rest = injury_ + reported[rest_free];
        projection.pain_free_walking = injury_ + reported[walking_free];
        projection.return_to_sport = injury_ + reported[sport];
        projection.reasons = std::move(estimate_.reasons);
        projection.reasons.insert(projection.reasons.end(), delays_.begin(), delays_.end());
        projection.reasons.insert(projection.reasons.end(), capped_.begin(), capped_.end());
        projection.reasons.push_back(
            "Projected: pain at rest 0/10 by " + projection.pain_free_rest.iso() + ", pain walking "
            + "0/10 by " + projection.pain_free_walking.iso() + ", return to sport "
            + projection.return_to_sport.iso() + " (day " + std::to_string(reported[sport])
            + "); a measured value always overrides the projection.");
        return course;
    }

  private:
    // The day a step is reported on, in days after the injury: its day on the course, but never
    // later than the day an assessment measured every target of the step met (after the last
    // that missed it), unless that is before the step's day on the published schedule: a step
    // pushed later by an earlier step's shift (rest pain measured late moves pain-free walking
    // too) is not reported after a measurement that met it, and a measurement never brings a
    // step before the published day from which running may build (docs/DATA.md, "Safety
    // gate"). A step no assessment measured met keeps its day. Said in the reasons when capped.
    int reported_day(Key key) {
        const int day = key_days_[key];
        std::optional<Point> met;  // the latest of the step's signs to be measured met
        Sign last_sign = Sign::pain_rest;
        for (const auto& [sign, name] : enum_names<Sign>::table) {
            const auto& schedule = schedules[index_of(sign)];
            for (std::size_t p = 0; p < schedule.count; ++p) {
                const auto& point = schedule.points[p];
                if (point.key != key || point.value >= worst(sign)) {
                    continue;  // not this step, or a target any value meets (0% top speed)
                }
                const auto first = first_met(sign, point.value);
                if (!first) {
                    return day;  // one target of the step is not measured met: no cap
                }
                if (!met || first->day > met->day) {
                    met = first;
                    last_sign = sign;
                }
            }
        }
        if (!met) {
            return day;
        }
        const int capped = std::max(met->day, base_key_days_[key]);
        if (capped >= day) {
            return day;
        }
        capped_.push_back(std::string{label(last_sign)} + " measured "
                          + std::to_string(natural(last_sign, met->value))
                          + std::string{unit(last_sign)} + " on " + (injury_ + met->day).iso()
                          + " (day " + std::to_string(met->day) + ") meets this step, so it is day "
                          + std::to_string(capped) + ", not the day " + std::to_string(day)
                          + " an earlier step's shift moved it to.");
        return capped;
    }

    // The first measurement of `sign` that meets `target` (lower-is-better form) after the last
    // one that missed it, or nullopt when none does.
    std::optional<Point> first_met(Sign sign, int target) const {
        const auto& found = measurements_[index_of(sign)];
        std::optional<Point> first;
        for (auto at = found.rbegin(); at != found.rend(); ++at) {
            const Point point{at->date - injury_, lower_is_better(sign, at->value)};
            if (point.value > target) {
                break;
            }
            first = point;
        }
        return first;
    }

    void record(Sign sign, Date day, const std::optional<int>& value) {
        if (value) {
            measurements_[index_of(sign)].push_back({day, *value});
        }
    }

    std::optional<Point> latest(Sign sign) const {
        const auto& found = measurements_[index_of(sign)];
        if (found.empty()) {
            return std::nullopt;
        }
        return Point{found.back().date - injury_, lower_is_better(sign, found.back().value)};
    }

    // The days the schedules aim at: from T, then moved by the latest measurement of each sign
    // when it is behind its schedule, each move carried to every later day:
    // - still worse than a target whose day has passed: the rest of the recovery takes as long
    //   again as it has so far;
    // - before the target's day but worse than the schedule's line towards it: the schedule is
    //   re-anchored at the measurement, the target moving by as many days as the line lags
    //   (behind()).
    void set_key_days() {
        base_sport_ = std::max(estimate_.days, estimate_.walking_floor_days);
        const int t = base_sport_;
        const std::array<int, key_count> base{ceil_div(15 * t, 100), ceil_div(25 * t, 100), t,
                                              t + strength_restored_days};
        base_key_days_ = base;
        int shift = 0;
        for (std::size_t key = 0; key < key_count; ++key) {
            const int due = base[key] + shift;
            int moved = due;
            for (const auto& [sign, name] : enum_names<Sign>::table) {
                const auto& schedule = schedules[index_of(sign)];
                const auto last = latest(sign);
                for (std::size_t p = 0; p < schedule.count && last; ++p) {
                    const auto& point = schedule.points[p];
                    if (point.key != key) {
                        continue;
                    }
                    if (last->value <= point.value) {
                        // Met by the latest measurement, but never before the day after an
                        // earlier one that missed it: a later record moves a step earlier only
                        // as far as its own measurement says. (A latest measurement that misses
                        // the target moves the step past its own day below.)
                        if (const auto missed = last_missed(sign, point.value);
                            missed && missed->day + 1 > moved) {
                            moved = missed->day + 1;
                            note_missed(sign, *missed, point.value, due, moved);
                        }
                        continue;
                    }
                    if (last->day >= due) {
                        if (2 * last->day > moved) {
                            moved = 2 * last->day;
                            note_delay(sign, *last, due, moved);
                        }
                        continue;
                    }
                    // The line towards this target: from the previous target of the schedule
                    // (already placed), or for the first one from the worst value of the scale
                    // on the injury day, carried by the moves made so far.
                    const Point from = p == 0 ? Point{shift, worst(sign)}
                                              : Point{key_days_[schedule.points[p - 1].key],
                                                      schedule.points[p - 1].value};
                    const int lag = behind(from, {due, point.value}, *last);
                    if (lag > 0 && due + lag > moved) {
                        moved = due + lag;
                        note_lag(sign, *last, from, {due, point.value}, moved);
                    }
                }
            }
            shift += moved - due;
            key_days_[key] = moved;
        }
    }

    // The latest measurement of `sign` worse than `target` (lower-is-better form), if any.
    std::optional<Point> last_missed(Sign sign, int target) const {
        const auto& found = measurements_[index_of(sign)];
        for (auto at = found.rbegin(); at != found.rend(); ++at) {
            const Point point{at->date - injury_, lower_is_better(sign, at->value)};
            if (point.value > target) {
                return point;
            }
        }
        return std::nullopt;
    }

    // The worst value of a sign's scale, lower-is-better form: 10/10 pain, a 100% deficit, a 0%
    // top speed.
    static int worst(Sign sign) {
        return sign == Sign::pain_rest || sign == Sign::pain_walking || sign == Sign::pain_exercise
                   ? 10
                   : 100;
    }

    // How many days `last`, measured after from.day and before to.day, lags the straight line
    // from `from` to `to`: its day less the day the line reaches its value (rounded down, so
    // the lag up), or 0 when it is on or ahead of the line.
    static int behind(Point from, Point to, Point last) {
        if (last.day <= from.day || from.value <= to.value || last.value <= to.value) {
            return 0;
        }
        const int span = to.day - from.day;
        const int drop = from.value - to.value;
        const int over = std::min(last.value, from.value) - to.value;
        // The line is at `over` above the target (over * span / drop) days before to.day.
        const int reached = to.day - ceil_div(over * span, drop);
        return std::max(0, last.day - reached);
    }

    void note_delay(Sign sign, Point last, int due, int moved) {
        delays_.push_back(std::string{label(sign)} + " was "
                          + std::to_string(natural(sign, last.value)) + std::string{unit(sign)}
                          + " on " + (injury_ + last.day).iso() + " (day "
                          + std::to_string(last.day) + "), behind the course's day "
                          + std::to_string(due)
                          + ": the rest of the recovery is expected to take as long again as it "
                            "has so far (the project's choice), so this step moves to day "
                          + std::to_string(moved) + " and every later one " + counted(moved - due, "day")
                          + " later.");
    }

    void note_missed(Sign sign, Point missed, int target, int due, int moved) {
        delays_.push_back(
            std::string{label(sign)} + " was " + std::to_string(natural(sign, missed.value))
            + std::string{unit(sign)} + " on " + (injury_ + missed.day).iso() + " (day "
            + std::to_string(missed.day) + "), short of " + std::to_string(natural(sign, target))
            + std::string{unit(sign)} + ", after the course's day " + std::to_string(due)
            + " for it: a later measurement meets it, so this step is not before day "
            + std::to_string(moved) + ", and every later one " + counted(moved - due, "day")
            + " later.");
    }

    void note_lag(Sign sign, Point last, Point from, Point to, int moved) {
        const auto value = [sign](int v) {
            return std::to_string(natural(sign, v)) + std::string{unit(sign)};
        };
        delays_.push_back(std::string{label(sign)} + " was " + value(last.value) + " on "
                          + (injury_ + last.day).iso() + " (day " + std::to_string(last.day)
                          + "), above the course's straight line from " + value(from.value)
                          + " on day " + std::to_string(from.day) + " to " + value(to.value)
                          + " on day " + std::to_string(to.day) + ", which reaches "
                          + value(last.value) + " " + counted(moved - to.day, "day")
                          + " earlier: the course is re-anchored at the measurement (the "
                            "project's rule, an estimate), so this step moves to day "
                          + std::to_string(moved) + " and every later one "
                          + counted(moved - to.day, "day") + " later.");
    }

    Point waypoint(Sign sign, std::size_t p) const {
        const auto& point = schedules[index_of(sign)].points[p];
        return {key_days_[point.key], point.value};
    }

    // The projected value of `sign` on `day` (days after the injury) from nothing measured:
    // unknown before the first target, along the schedule after it.
    std::optional<int> prior(Sign sign, int day) const {
        const auto count = schedules[index_of(sign)].count;
        if (day < waypoint(sign, 0).day) {
            return std::nullopt;
        }
        for (std::size_t p = 1; p < count; ++p) {
            const Point from = waypoint(sign, p - 1);
            const Point to = waypoint(sign, p);
            if (day <= to.day) {
                return along(from, to, day);
            }
        }
        return waypoint(sign, count - 1).value;
    }

    // From the measurement `anchor` on: to each later target better than the value so far, then
    // held. When no target is left and the value is still worse than the last, the rest takes as
    // long again as the time so far.
    int anchored(Sign sign, Point anchor, int day) const {
        const auto count = schedules[index_of(sign)].count;
        Point at = anchor;
        bool target_after = false;
        for (std::size_t p = 0; p < count; ++p) {
            const Point to = waypoint(sign, p);
            if (to.day <= anchor.day) {
                continue;
            }
            target_after = true;
            if (to.value > at.value) {
                continue;
            }
            if (day <= to.day) {
                return along(at, to, day);
            }
            at = to;
        }
        const Point last = waypoint(sign, count - 1);
        if (!target_after && anchor.value > last.value) {
            const Point late{std::max(2 * anchor.day, anchor.day + 1), last.value};
            return day <= late.day ? along(anchor, late, day) : late.value;
        }
        return at.value;
    }

    Reading reading(Sign sign, Date day, const Course& course) const {
        const auto& found = course.measurements[index_of(sign)];
        const auto after = std::upper_bound(
            found.begin(), found.end(), day,
            [](Date d, const Measurement& measurement) { return d < measurement.date; });
        if (after != found.begin() && (after - 1)->date == day) {
            return {static_cast<std::int16_t>((after - 1)->value), Basis::measured};
        }
        const int since_injury = day - injury_;
        std::optional<int> value;
        if (after == found.begin()) {
            value = prior(sign, since_injury);
        } else {
            const Point anchor{(after - 1)->date - injury_,
                               lower_is_better(sign, (after - 1)->value)};
            value = anchored(sign, anchor, since_injury);
        }
        if (!value) {
            return {};
        }
        return {static_cast<std::int16_t>(natural(sign, *value)), Basis::projected};
    }

    DayState state_on(Date day, const Course& course) const {
        DayState state{day, {}};
        for (const auto& [sign, name] : enum_names<Sign>::table) {
            state.readings[index_of(sign)] = reading(sign, day, course);
        }
        // Walking hurts at least as much as rest, exercise at least as much as walking: a
        // projection never says otherwise (a measurement may).
        auto& rest = state.readings[index_of(Sign::pain_rest)];
        auto& walking = state.readings[index_of(Sign::pain_walking)];
        auto& exercise = state.readings[index_of(Sign::pain_exercise)];
        if (walking.basis == Basis::projected && rest.known()) {
            walking.value = std::max(walking.value, rest.value);
        }
        if (exercise.basis == Basis::projected && walking.known()) {
            exercise.value = std::max(exercise.value, walking.value);
        }
        return state;
    }

    Date injury_;
    Date last_day_;
    PublishedEstimate estimate_;
    std::array<std::vector<Measurement>, sign_count> measurements_;
    std::array<int, key_count> key_days_{};
    std::array<int, key_count> base_key_days_{};  // on the published schedule, before any shift
    int base_sport_ = 0;
    std::vector<std::string> delays_;
    std::vector<std::string> capped_;  // the steps reported_day() capped, and why
};

}  // namespace

Course course_of(const Athlete& athlete, const Chronology& chronology, Date last_day) {
    return Projector{athlete, chronology, last_day}.course();
}

}  // namespace coach
