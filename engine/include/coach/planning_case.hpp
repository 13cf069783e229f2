#pragma once

#include <memory>

#include "coach/export.hpp"
#include "coach/sdk/athlete.hpp"
#include "coach/sdk/chronology.hpp"
#include "coach/sdk/course.hpp"

namespace coach {

// A Case and what it refers to that the engine reads in the record before any plugin runs: the
// chronology (chronology_of, without the sessions logged after as_of: no plan reads a session
// from after the day it plans from; unused_log_note() says how many) and the course of recovery
// (course_of). Built once per request and
// shared by every philosophy of a comparison and by the safety gate. Holds a reference to the
// athlete, which must outlive it. Movable; the Case it hands out stays valid while it lives.
// const methods are [thread-safe].
class COACH_ENGINE_API PlanningCase {
  public:
    // Resolves `request` against `athlete` (as_of default, horizon bounds) and reads the record.
    // Throws std::invalid_argument for a horizon outside 1..365 days, an as_of before the injury
    // date, or a horizon that would run past 9999-12-31.
    PlanningCase(const Athlete& athlete, const Request& request);

    // The Case itself, valid while this object lives: keep the PlanningCase, not a copy of the
    // Case, which would outlive what it refers to.
    const Case& input() const { return parts_->input; }
    const Chronology& chronology() const { return parts_->chronology; }
    const Course& course() const { return parts_->course; }

  private:
    struct Parts {
        Parts(const Athlete& athlete, Date as_of, int horizon_days);
        Chronology chronology;
        Course course;
        Case input;
    };
    std::unique_ptr<const Parts> parts_;
};

}  // namespace coach
