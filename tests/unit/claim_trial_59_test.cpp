// Trial 59's clearance slang that validate-plugin passed: readiness said with "be right", "be
// fine", "set", "green" or "suit up" before a fixture, "right to go", and a return "on the park"
// (coach/sdk/claim_turn_words.hpp, targeted_idioms). The same words with no fixture after them, a
// turn to the right, and the same claims denied are accepted.
#include <gtest/gtest.h>

#include <span>
#include <string>
#include <string_view>

#include "claim_gate.hpp"
#include "coach/sdk/wording.hpp"

using coach::test::ClaimGate;

TEST_F(ClaimGate, refuses_the_slang_the_fifty_ninth_trial_found_accepted) {
    expect_refused({
        {"She'll be right for Saturday.", "She'll be right for Saturday"},
        {"You'll be fine for the game.", "You'll be fine for the game"},
        {"get back on the park this weekend", "get back on the park this weekend"},
        {"She's right to go.", "She's right to go"},
        {"Set for Saturday.", "Set for Saturday"},
        {"Green for Saturday's fixture.", "Green for Saturday's fixture"},
        {"Suit up for the game.", "Suit up for the game"},
        // held out
        {"He'll be okay for the derby on Sunday.", "He'll be okay for the derby on Sunday"},
        {"She'll be right for the weekend.", "She'll be right for the weekend"},
        // trial 60
        {"You'll be sweet for Saturday.", "You'll be sweet for Saturday"},
        {"Lace up for Saturday's game.", "Lace up for Saturday's game"},
    });
}

TEST_F(ClaimGate, accepts_the_same_words_with_nothing_cleared) {
    expect_accepted({
        "You'll be fine.",
        "Turn right to go around the cone.",
        "Set for 3 x 10.",
        "The timer set for 30 s.",
        "Walk in the park.",
        "This will be fine for the hamstring.",
        "It will be fine to walk to the shops.",
        "You won't be fine for the game.",
        "She will not be right for Saturday.",
        "Green band for the hamstring curls.",
        "Be ok for the next session.",
        "You'll be sweet.",
        "Lace up your trainers.",
        "Set to return the band to its start.",
    });
}

// The pre-filter's word pairs (turn_trigger, coach/sdk/claim_turns.hpp) are written out by hand
// beside the idiom lists they must let through: an idiom added to a list without its pair would
// be hidden from the reader. Every idiom of both lists that wait for a fixture, before one, is a
// claim.
TEST(clearance_claim, every_closed_or_targeted_idiom_before_a_fixture_is_refused) {
    using coach::closed_idioms;
    using coach::targeted_idioms;
    for (const auto& list : {std::span<const std::string_view>{closed_idioms},
                             std::span<const std::string_view>{targeted_idioms}}) {
        for (const std::string_view idiom : list) {
            const std::string text = "She will " + std::string{idiom} + " for Saturday's game.";
            EXPECT_FALSE(coach::clearance_claim(text).empty()) << text;
        }
    }
}
