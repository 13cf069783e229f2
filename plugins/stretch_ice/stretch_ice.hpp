#pragma once

#include "coach/sdk.hpp"

namespace coach::stretch_ice {

// Conservative stretch and ice: rest first, ease the muscle with ice, gentle stretching, foam
// rolling and massage, protect it with compression, keep fit with cross-training, and return
// slowly. docs/PHILOSOPHIES.md, "stretch-ice".
class StretchIce final : public Philosophy {
  public:
    // [thread-safe]
    PhilosophyInfo info() const override;
    // [thread-safe] Pure: reads only `input`.
    Plan plan(const Case& input) const override;
};

}  // namespace coach::stretch_ice
