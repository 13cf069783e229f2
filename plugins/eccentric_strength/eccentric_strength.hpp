#pragma once

#include "coach/sdk.hpp"

namespace coach::eccentric_strength {

// Eccentric strength-first rehabilitation of hamstring strains (docs/PHILOSOPHIES.md,
// "eccentric-strength"): load early, calm an irritable hamstring with isometric holds first,
// progress the slider curl, hip thrust and deadlift families from two legs to one, never stretch
// the injured hamstring, return to running from about 15 days, and keep strength work going for
// good.
class EccentricStrength final : public Philosophy {
  public:
    PhilosophyInfo info() const override;
    Plan plan(const Case& input) const override;
};

}  // namespace coach::eccentric_strength
