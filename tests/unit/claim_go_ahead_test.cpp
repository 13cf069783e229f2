// The fourteenth trial's kinds (trial 39). tests/wording/held_out_claims_14.txt was written before
// the reader changed and never tuned against; its measured rate is kept from slipping back.
#include <gtest/gtest.h>

#include "claim_gate.hpp"
#include "coach/sdk/wording.hpp"

using coach::test::ClaimGate;

// The held-out file's rate before the reader changed: 3 of 26 claims refused and 17 of 23 safe
// texts accepted.
TEST_F(ClaimGate, the_fourteenth_trial_held_out_rate_does_not_slip) {
    expect_held_out_rate("held_out_claims_14.txt", {26, 3, 23, 17});
}
