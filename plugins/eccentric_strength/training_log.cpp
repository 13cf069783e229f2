#include "training_log.hpp"

#include <algorithm>

#include "exercise_families.hpp"
#include "identity.hpp"
#include "pain_rule.hpp"

namespace coach::eccentric_strength {

bool logged_category(const LogEntry& entry, Category category) {
    return std::any_of(entry.items.begin(), entry.items.end(), [category](const LoggedItem& item) {
        const auto* exercise = find_exercise(item.exercise);
        return exercise != nullptr && exercise->category == category;
    });
}

bool has_circuit_work(const LogEntry& entry) {
    return std::any_of(entry.items.begin(), entry.items.end(),
                       [](const LoggedItem& item) { return is_circuit_exercise(item.exercise); });
}

TrainingLog::TrainingLog(const Athlete& athlete, Date as_of) {
    for (const LogEntry* entry : log_before(athlete, as_of + 1)) {
        if (entry->date < athlete.injury.date) {
            continue;
        }
        all_sessions_.push_back(entry);
        const bool own = is_own(*entry);
        if (own) {
            own_sessions_.push_back(entry);
        }
        const bool strength = logged_category(*entry, Category::strength_eccentric)
                              || logged_category(*entry, Category::strength_general);
        if (strength && (strength_days_.empty() || strength_days_.back() != entry->date)) {
            strength_days_.push_back(entry->date);
        }
        const bool ran =
            logged_category(*entry, Category::running) || logged_category(*entry, Category::sprint);
        if (ran && own && !first_run_day_) {
            first_run_day_ = entry->date;
        }
    }
}

bool TrainingLog::is_own(const LogEntry& entry) {
    return is_own_session(entry, philosophy_id);
}

const LogEntry* TrainingLog::last_own_session() const {
    return own_sessions_.empty() ? nullptr : own_sessions_.back();
}

std::optional<Date> TrainingLog::last_strength_day() const {
    if (strength_days_.empty()) {
        return std::nullopt;
    }
    return strength_days_.back();
}

int TrainingLog::isometric_sessions_since(Date day) const {
    return static_cast<int>(
        std::count_if(own_sessions_.begin(), own_sessions_.end(), [day](const LogEntry* entry) {
            return entry->date >= day && logged_category(*entry, Category::strength_isometric);
        }));
}

bool TrainingLog::tolerated_circuit_since(Date day) const {
    return std::any_of(own_sessions_.begin(), own_sessions_.end(), [day](const LogEntry* entry) {
        return entry->date >= day && has_circuit_work(*entry) && !too_painful(*entry);
    });
}

std::optional<Date> TrainingLog::first_circuit_day() const {
    for (const LogEntry* entry : own_sessions_) {
        if (has_circuit_work(*entry)) {
            return entry->date;
        }
    }
    return std::nullopt;
}

}  // namespace coach::eccentric_strength
