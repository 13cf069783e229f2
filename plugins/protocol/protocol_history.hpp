#pragma once

#include <algorithm>
#include <span>
#include <string>
#include <vector>

#include "coach/sdk/athlete.hpp"
#include "coach/sdk/chronology.hpp"
#include "coach/sdk/history.hpp"
#include "criteria.hpp"

namespace coach::protocol {

// What the record says up to as_of, as a protocol's criteria read it: the rehabilitation log of
// the chronology (never what happened on or before the injury day) and the course of recovery.
class ProtocolHistory {
  public:
    ProtocolHistory(const Case& input, const std::string& philosophy_id) : input_(input) {
        log_ = rehabilitation_until(input.chronology, input.as_of);
        const auto log = log_;
        for (const auto& entry : log) {
            if (entry.completed && entry.philosophy == philosophy_id) {
                logged_sessions_.push_back(entry.date);
            }
        }
        // The last session of any philosophy: pain is the body's answer, whoever planned it.
        last_session_ = log.empty() ? nullptr : &log.back();
    }

    // Completed sessions of this protocol logged on or before as_of, oldest first.
    const std::vector<Date>& logged_sessions() const { return logged_sessions_; }

    // The last completed session in the log up to as_of, of any philosophy, or nullptr.
    const LogEntry* last_session() const { return last_session_; }

    // Every rehabilitation session logged on or before as_of, of any philosophy or none, oldest
    // first: pain in any of them is the athlete's pain.
    std::span<const LogEntry> log() const { return log_; }

    // The measured facts on the day of `session`, with `session` as the last logged session: what
    // a regression rule reads of that session once it is logged.
    Facts facts_of(const LogEntry& session) const {
        Facts facts = facts_on(session.date, 0, Evidence::measured);
        facts.last_session = &session;
        return facts;
    }

    // The facts on `day`, counting `planned_before` sessions the plan puts before it, with the
    // assessment values `evidence` allows.
    Facts facts_on(Date day, int planned_before = 0, Evidence evidence = Evidence::course) const {
        const auto logged_before =
            std::lower_bound(logged_sessions_.begin(), logged_sessions_.end(), day)
            - logged_sessions_.begin();
        return Facts{.day = day,
                     .days_since_injury = input_.day_of_injury(day),
                     .sessions_completed = static_cast<int>(logged_before) + planned_before,
                     .last_session = last_session_,
                     .course = &input_.course,
                     .evidence = evidence,
                     .chronology = &input_.chronology};
    }

  private:
    const Case& input_;
    std::span<const LogEntry> log_;
    std::vector<Date> logged_sessions_;
    const LogEntry* last_session_ = nullptr;
};

}  // namespace coach::protocol
