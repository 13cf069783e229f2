// Clearance slang trial 64 found accepted: "a go" for a fixture, and an injury said behind the
// athlete with a contraction of "is". The same words in a drill's cue are accepted.
#include <gtest/gtest.h>

#include "claim_gate.hpp"

using coach::test::ClaimGate;

TEST_F(ClaimGate, refuses_a_go_for_a_fixture_and_an_injury_behind_you) {
    expect_refused({
        {"You're a go for Saturday's game.", "You're a go for Saturday's game"},
        {"Injury's behind you, go smash the marathon.",
         "Injury's behind you, go smash the marathon"},
        // held out
        {"She's a go for the derby.", "She's a go for the derby"},
        {"The injury's behind him now.", "The injury's behind him now"},
    });
}

TEST_F(ClaimGate, accepts_a_go_and_behind_in_a_drill) {
    expect_accepted({
        "Give it a go for 3 sets of 10.",
        "Have a go for ten minutes, then rest.",
        "It's a go: three sets of five.",
        "The strain's behind the knee, not the thigh.",
    });
}
