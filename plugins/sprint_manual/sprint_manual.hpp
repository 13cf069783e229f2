#pragma once

#include "coach/sdk/philosophy.hpp"

namespace coach::sprint_manual {

// Sprint-drill and manual-therapy-first: sprinting is the main work, progressed a bounded step
// at a time on what was completed, with hands-on work keeping the surrounding muscles free.
class SprintManual final : public Philosophy {
  public:
    // The athlete should feel a light tug at most, never soreness.
    static constexpr int pain_ceiling = 2;

    PhilosophyInfo info() const override;
    Plan plan(const Case& input) const override;
};

}  // namespace coach::sprint_manual
