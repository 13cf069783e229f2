#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "coach/sdk/athlete.hpp"
#include "coach/sdk/history.hpp"
#include "criteria.hpp"

namespace coach::protocol {

// What the athlete record says up to as_of, as a protocol's criteria read it.
class ProtocolHistory {
  public:
    ProtocolHistory(const Case& input, const std::string& philosophy_id) : input_(input) {
        for (const auto& entry : input.athlete.log) {
            if (entry.date > input.as_of) {
                continue;
            }
            if (entry.completed && entry.philosophy == philosophy_id) {
                logged_sessions_.push_back(entry.date);
            }
            // The last session of any philosophy: pain is the body's answer, whoever planned it.
            if (last_session_ == nullptr || entry.date >= last_session_->date) {
                last_session_ = &entry;
            }
        }
        std::sort(logged_sessions_.begin(), logged_sessions_.end());
        latest_assessment_ = latest_assessment(input.athlete, input.as_of);
    }

    // Completed sessions of this protocol logged on or before as_of, oldest first.
    const std::vector<Date>& logged_sessions() const { return logged_sessions_; }

    bool logged_on(Date day) const {
        return std::binary_search(logged_sessions_.begin(), logged_sessions_.end(), day);
    }

    // The facts on `day`, counting `planned_before` sessions the plan puts before it.
    Facts facts_on(Date day, int planned_before = 0) const {
        const auto logged_before =
            std::lower_bound(logged_sessions_.begin(), logged_sessions_.end(), day)
            - logged_sessions_.begin();
        return Facts{.days_since_injury = input_.day_of_injury(day),
                     .sessions_completed = static_cast<int>(logged_before) + planned_before,
                     .last_session = last_session_,
                     .latest_assessment = latest_assessment_};
    }

  private:
    const Case& input_;
    std::vector<Date> logged_sessions_;
    const LogEntry* last_session_ = nullptr;
    const Assessment* latest_assessment_ = nullptr;
};

}  // namespace coach::protocol
