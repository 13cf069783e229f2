#pragma once

#include <optional>
#include <vector>

#include "coach/sdk.hpp"

// What the athlete's log says, as of the day the plan starts: the log of that day counts as
// done. Entries from before the injury belong to another story and are left out.
namespace coach::eccentric_strength {

class TrainingLog {
  public:
    TrainingLog(const Athlete& athlete, Date as_of);

    // Sessions of this philosophy, or naming none, oldest first: what moves its stages on.
    const std::vector<const LogEntry*>& own_sessions() const { return own_sessions_; }

    // Every rehabilitation session, whichever philosophy it was logged under, oldest first: pain
    // in any of them is the athlete's pain, and steps the load back (step_back.hpp).
    const std::vector<const LogEntry*>& all_sessions() const { return all_sessions_; }

    // Whether `entry` was logged under this philosophy, or under none.
    static bool is_own(const LogEntry& entry);

    // The most recent of own_sessions(), or nullptr.
    const LogEntry* last_own_session() const;

    // Days with strength work (eccentric or general) logged under any philosophy, in order.
    const std::vector<Date>& strength_days() const { return strength_days_; }
    std::optional<Date> last_strength_day() const;

    // The first day an own session shows running: the day of return to running. A run logged
    // under another philosophy does not move this plan's running stage past its own criteria.
    std::optional<Date> return_to_running_day() const { return first_run_day_; }

    // Own sessions with isometric holds dated on or after `day`.
    int isometric_sessions_since(Date day) const;

    // Whether an own session on or after `day` included circuit work that was not too painful
    // (pain_rule.hpp).
    bool tolerated_circuit_since(Date day) const;

    // The first own session with circuit work: when the expected delayed soreness starts.
    std::optional<Date> first_circuit_day() const;

  private:
    std::vector<const LogEntry*> own_sessions_;
    std::vector<const LogEntry*> all_sessions_;
    std::vector<Date> strength_days_;
    std::optional<Date> first_run_day_;
};

bool logged_category(const LogEntry& entry, Category category);

// Whether the session holds any exercise of the circuit.
bool has_circuit_work(const LogEntry& entry);

}  // namespace coach::eccentric_strength
