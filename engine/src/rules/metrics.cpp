#include "coach/metrics.hpp"

#include <algorithm>

#include "coach/sdk/chronology.hpp"

namespace coach {

namespace {

// Rest, and care that asks nothing of the athlete, does not make a day a training day.
bool is_training(const Item& item) {
    switch (item.category) {
        case Category::rest:
        case Category::cryotherapy:
        case Category::support:
        case Category::assessment:
            return false;
        default:
            return true;
    }
}

bool is_running(const Item& item) {
    return item.category == Category::running || item.category == Category::sprint;
}

}  // namespace

Metrics compute_metrics(const Plan& plan, const Case& input) {
    Metrics metrics;
    metrics.return_to_run = plan.milestones.return_to_run;
    metrics.return_to_sport = plan.milestones.return_to_sport;
    metrics.beyond_horizon = plan.milestones.beyond_horizon;
    metrics.projected_milestones = plan.milestones.projected;

    const int weeks = (input.horizon_days + 6) / 7;
    metrics.weekly.resize(static_cast<std::size_t>(weeks));
    for (int week = 0; week < weeks; ++week) {
        metrics.weekly[static_cast<std::size_t>(week)].week = week + 1;
        metrics.weekly[static_cast<std::size_t>(week)].start = input.as_of + 7 * week;
    }

    for (const auto& session : plan.sessions) {
        const int day = session.date - input.as_of;
        if (day < 0 || day >= input.horizon_days) {
            continue;  // the gate refuses such plans; never index out of the series
        }
        auto& week = metrics.weekly[static_cast<std::size_t>(day / 7)];
        bool trains = false;
        for (const auto& item : session.items) {
            const int dose = item_dose(item).value_or(0);
            week.dose[index_of(item.category)] += dose;
            trains = trains || is_training(item);
            const int since_injury = input.day_of_injury(session.date);
            if (is_running(item) && !metrics.days_to_first_run) {
                metrics.days_to_first_run = since_injury;
            }
            const bool high_speed = is_full_speed_sprint(item);
            switch (item.category) {
                case Category::strength_eccentric:
                    metrics.eccentric_reps += dose;
                    metrics.strength_reps += dose;
                    break;
                case Category::strength_general:
                    metrics.strength_reps += dose;
                    break;
                case Category::strength_isometric:
                    metrics.isometric_s += dose;
                    break;
                case Category::sprint:
                    metrics.sprint_m += dose;
                    if (high_speed) {
                        metrics.high_speed_m += dose;
                        if (!metrics.days_to_full_speed) {
                            metrics.days_to_full_speed = since_injury;
                        }
                    }
                    break;
                case Category::manual_therapy:
                    metrics.manual_therapy_min += dose;
                    break;
                case Category::stretch_static:
                    metrics.stretch_min += dose;
                    break;
                case Category::cryotherapy:
                    metrics.ice_min += dose;
                    break;
                case Category::cross_training:
                    metrics.cross_training_min += dose;
                    break;
                default:
                    break;
            }
        }
        metrics.sessions += trains ? 1 : 0;
        metrics.projected_sessions += trains && session.projected ? 1 : 0;
    }
    // A day with a logged session was not a rest day, though nothing is planned on it.
    const auto logged = rehabilitation_until(input.chronology, input.last_day());
    int logged_days = 0;
    for (std::size_t i = 0; i < logged.size(); ++i) {
        const bool new_day = i == 0 || logged[i].date != logged[i - 1].date;
        logged_days += new_day && input.in_horizon(logged[i].date) ? 1 : 0;
    }
    metrics.rest_days = std::max(input.horizon_days - metrics.sessions - logged_days, 0);
    return metrics;
}

}  // namespace coach
