// Trial 59's red flags in plain words that went through, and harmless notes that stopped every
// plan. Wetting oneself or being unable to hold urine is a loss of bladder control, a sign of
// cauda equina compression read as the nerve flags; a foot that flops or toes that catch are a
// foot drop; both legs weak is a bilateral motor loss. A label answered "not needed" denies.
#include <gtest/gtest.h>

#include <string>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_withheld;

TEST(red_flag_trial_59, bladder_control_lost_in_plain_words_withholds_every_plan) {
    for (const std::string note :
         {"Wet herself twice today without warning.", "can't hold my wee any more",
          // held out
          "He wet himself on the way home", "Cannot hold her pee",
          "Unable to hold urine since Sunday",
          // trial 60
          "She has been peeing herself since the fall.",
          "He had an accident in his pants and didn't feel it.",
          "Wet the bed twice this week, never did before.",
          // trial 61
          "Has had a couple of accidents - can't always make it to the loo in time since the "
          "fall.",
          "Can't make it to the toilet in time since the injury.",
          "Saddle area feels odd, like sitting on cotton wool."}) {
        expect_withheld(note);
    }
}

TEST(red_flag_trial_59, a_foot_that_flops_or_toes_that_catch_withhold_every_plan) {
    for (const std::string note :
         {"foot flops when walking, catching toes", "Both legs weak and wobbly.",
          // held out
          "Left foot flopping on heel strike", "Toes catch on the stairs",
          "Weakness in both legs since this morning",
          // trial 60
          "Trips over his toes.", "Her foot hangs down and scuffs.",
          "Both legs have gone weak and wobbly.", "Neither leg has any strength, legs buckle."}) {
        expect_withheld(note);
    }
}

TEST(red_flag_trial_59, ordinary_words_of_these_kinds_plan) {
    for (const std::string note :
         {"Crutches: not needed", "crutches not needed", "Wet grass at training, took care",
          "Drinks plenty, pees often", "Caught the ball on her toes in warm-up",
          "Hold the band with both hands", "Flip-flops on the pool deck",
          "Both legs strong on the single-leg bridge",
          // trial 60
          "Hold urine sample for the lab tomorrow.", "Hang the foot off the bench for the stretch.",
          "Ice pack left the bed wet.", "Knees must not buckle on landing.",
          // trial 61
          "There's a gap in her schedule next week", "Running to the loo all day, no problems now",
          "Saddle height adjusted on the bike", "Had time for the toilet before the session"}) {
        expect_plan(note);
    }
}

// A denial of "pins and needles" reads from "pins", as one of "numbness" reads from it: the words
// ask for no record of tingling (trial 59: "No pins and needles" was refused where "No numbness"
// was accepted). Pins and needles said, or denied with an exception, still ask for one.
TEST(red_flag_trial_59, pins_and_needles_denied_asks_for_no_record_as_numbness_denied_does) {
    const std::string gait_only = R"({"altered_gait":true})";
    for (const std::string note : {"No pins and needles", "No numbness", "Denies pins and needles",
                                   "No numbness or pins and needles"}) {
        const auto decoded = coach::test::decode_saying(note, gait_only);
        EXPECT_TRUE(decoded.value.has_value()) << note;
    }
    for (const std::string note :
         {"Pins and needles in the foot", "no pins and needles except at night"}) {
        const auto decoded = coach::test::decode_saying(note, gait_only);
        ASSERT_FALSE(decoded.value.has_value()) << note;
        EXPECT_EQ(decoded.problems.front().to_string(),
                  "/assessments/0/notes: mentions \"needles\", but this assessment does not "
                  "record symptoms.tingling: record it (true or false) so that the safety gate "
                  "can act on it")
            << note;
    }
}
