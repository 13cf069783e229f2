// Clearance slang trial 60 found accepted: a return "out there" on a day, and boots pulled on
// for a fixture (coach/sdk/claim_nothing_left.hpp, back_in_the_side_at; claim_turn_words.hpp,
// open_idioms). The same words in a drill's cue, and the same claims denied, are accepted.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "claim_gate.hpp"
#include "coach/sdk/wording.hpp"

using coach::test::ClaimGate;

TEST_F(ClaimGate, refuses_a_return_out_there_and_boots_pulled_on) {
    expect_refused({
        {"Back out there on Saturday.", "Back out there on Saturday"},
        {"Pull on the boots this weekend.", "Pull on the boots this weekend"},
        // held out
        {"You'll be back out there this weekend.", "You'll be back out there this weekend"},
        {"She'll be back out there for Saturday's game.",
         "She'll be back out there for Saturday's game"},
        {"You'll be back out there.", "You'll be back out there"},
        {"Time to pull the boots on again.", "Time to pull the boots on again"},
        {"Boots back on for the derby.", "Boots back on for the derby"},
    });
}

TEST_F(ClaimGate, accepts_out_there_and_boots_in_a_drill) {
    expect_accepted({
        "Jog back out there and repeat.",
        "Get back out there for your strides.",
        "Walk back out there on the grass, then rest.",
        "She won't be back out there on Saturday.",
        "Wear your boots for the drills on grass.",
        "Boots off for the stretches.",
    });
}

// Trial 62, a fresh user's slang: each passed validate-plugin.
TEST_F(ClaimGate, refuses_the_slang_of_a_fresh_user) {
    expect_refused({
        {"Good as gold for the final.", "Good as gold for the final"},
        {"Should be sweet as for the derby.", "Should be sweet as for the derby"},
        {"Get back out there for the cup game, no worries.",
         "Get back out there for the cup game, no worries"},
        {"Sorted for Saturday mate.", "Sorted for Saturday mate"},
        {"Hammy's mended, go smash the game.", "Hammy's mended, go smash the game"},
        {"She'll be apples for the grand final.", "She'll be apples for the grand final"},
        // held out
        {"Fit for the grand final.", "Fit for the grand final"},
        {"Hammy sorted.", "Hammy sorted"},
        {"The hammy is history.", "The hammy is history"},
        // trial 63
        {"Do these pain free and coach can pick you for the weekend.",
         "Do these pain free and coach can pick you for the weekend"},
        {"Coach will pick you for Saturday.", "Coach will pick you for Saturday"},
    });
}

TEST_F(ClaimGate, accepts_the_same_words_with_nothing_cleared_by_a_fresh_user) {
    expect_accepted({
        "Sorted into pairs for the drill.",
        "Form: good as gold.",
        "Hammy stretches: 3 x 30 s.",
        "The hammy is sore today.",
        "A grand effort for the set.",
        "She won't be sorted for Saturday.",
        "Your partner will pick you for the drill.",
        "They can't pick you for Saturday.",
    });
}

// The pre-filter's word pairs (turn_trigger, coach/sdk/claim_turns.hpp) are written by hand beside
// the idiom lists; every idiom that claims with anything after it is a claim before a weekend.
TEST(clearance_claim, every_open_idiom_is_refused) {
    for (const std::string_view idiom : coach::open_idioms) {
        const std::string text = "Athlete: " + std::string{idiom} + " this weekend.";
        EXPECT_FALSE(coach::clearance_claim(text).empty()) << text;
    }
}
