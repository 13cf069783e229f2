// Trial 43's red flags said in everyday words that went through: a numb foot as cotton wool, as
// someone else's or wrapped in cling film; a tingle as fizzy, crawling, static or zingy; a gap as a
// soft spot or a groove; a leg that takes no weight as bum-shuffling, furniture walking, a leg that
// gives way under weight, a mobility scooter, one leg to get about on, or being off one's legs.
// And its false stops: a feeling denied by its kind, "bear" or "stand" that endure something, and
// "No numbness or pins and needles", where the phrase's "pins" was read as a word that qualified
// the denial.
// The words around them that are not flags plan as before.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "red_flag_notes.hpp"

using coach::test::gate_verdict_on;

TEST(red_flag_trial_43, everyday_words_for_each_flag_withhold_every_plan) {
    for (const std::string note :
         {// numbness
          "The back of my calf feels like cotton wool.",
          "Sole of the foot feels like it belongs to someone else.",
          "Foot feels like it is wrapped in cling film.", "Heel feels dull and woolly.",
          // tingling
          "Fizzy feeling down the back of the leg.", "Crawling sensation in the foot.",
          "Static-y feeling in the toes.", "A zingy feeling in the heel when I sit.",
          // palpable gap
          "Soft spot where the muscle should be.",
          "Felt a pop, now there's a groove in the back of the thigh.",
          // unable to bear weight
          "Bum-shuffling up the stairs at home.", "Furniture walking around the house.",
          "Leg gives way when I stand on it.", "Using a mobility scooter since the injury.",
          "Can only get around on one leg.", "Off legs since Saturday.",
          // held out: siblings written another way
          "Toes feel woolly and far away.", "Buzzy, fizzing feeling in the sole.",
          "Bottom shuffling down the stairs.", "Leg gave way as soon as I put weight on it.",
          "Soft spot in the hamstring where it tore."}) {
        const auto verdict = gate_verdict_on(note);
        EXPECT_TRUE(verdict.stops) << note;
        EXPECT_TRUE(verdict.warned) << note;  // the flags were recorded false: a contradiction
    }
}

TEST(red_flag_trial_43, the_same_words_about_something_else_plan) {
    for (const std::string note :
         {"Bear crawls 3 x 10 m, leg drive focus.", "Front crawl in the pool, legs fine.",
          "Fizzy drink after the match.", "Buzzing before the match, legs feel great.",
          "Static stretching for the calf, 3 x 30 s.", "Static hold on the foot bridge.",
          "Wool socks keep the feet warm.", "Cotton wool pad under the ice on the calf.",
          "Has a soft spot for hill sprints.", "Back in the groove in training.",
          "Found his groove with the running.", "Knee gave way in a sprint last year.",
          "Single leg bridge, balance on one leg around cones.",
          "Ice wrapped in cling film on the calf.", "The bag belongs to someone else.",
          // Trial 43's false stops: a feeling denied by its kind, what is endured, and a list
          // of flags denied that "pins and needles" closes.
          "No dead feeling in the foot.", "Can't bear to watch the match.",
          "No numbness or pins and needles.", "Denies numbness or pins and needles.",
          "No numbness or pins & needles in the left leg.",
          "Tingling has not recurred; numbness has never been present.",
          "Numbness has not reappeared.", "Unable to stand the cold tub for more than a minute."}) {
        const auto verdict = gate_verdict_on(note);
        EXPECT_FALSE(verdict.stops) << note;
        EXPECT_EQ(verdict.warnings, std::vector<std::string>{}) << note;
    }
}

// The near misses of the false stops still stop: pins and needles affirmed or excepted, a feeling
// lost, weight that cannot be borne.
TEST(red_flag_trial_43, a_feeling_lost_and_weight_not_borne_still_stop) {
    for (const std::string note :
         {"No numbness; pins and needles in the foot.", "Tingling has recurred.",
          "Numbness has reappeared.", "No numbness or pins and needles, except at night.",
          "No feeling in the foot.", "Loss of feeling in the toes.", "Can't bear the weight.",
          "Can't bear weight on the leg.", "Unable to stand on it.",
          "Cannot stand to weight bear."}) {
        EXPECT_TRUE(gate_verdict_on(note).stops) << note;
    }
}
