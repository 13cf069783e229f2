// Signs of cauda equina compression that trial 73 found missed (the syndrome not yet ruled out or
// sent to be ruled out, the clinical verb, retention without pain, bladder or sexual function
// altered), and its false stops: a saddle screened normal behind a colon or further on, a seat
// sore from sitting. Read as the nerve flags (Finucane et al. 2020, J Orthop Sports Phys Ther
// 50(7):350-372).
#include <gtest/gtest.h>

#include <string>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_withheld;

TEST(red_flag_trial_73, cauda_equina_not_ruled_out_withholds_every_plan) {
    for (const std::string note :
         {"Red flags for CES present.", "Cauda equina compression.",
          "Sent to ED to rule out cauda equina.", "Urgent MRI for ?cauda equina.",
          "Cauda equina not ruled out.", "Cauda equina can't be ruled out.",
          // held out
          "CES not excluded yet.", "MRI to exclude cauda equina today."}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"Cauda equina ruled out.", "Cauda equina excluded.", "No CES red flags present.",
          "CES ruled out, not concerning.", "No cauda equina compression."}) {
        expect_plan(note);
    }
}

TEST(red_flag_trial_73, bladder_and_sexual_function_lost_withhold_every_plan) {
    for (const std::string note :
         {"Has not micturated since admission.", "Painless retention.", "Altered bladder function.",
          "Loss of sexual function.", "Can't get an erection since the fall.",
          // held out
          "Acute urinary retention.", "New erectile dysfunction since the injury."}) {
        expect_withheld(note);
    }
    for (const std::string note : {"Normal sexual function.", "No erectile dysfunction.",
                                   "Bladder function normal.", "Fluid retention in the ankle."}) {
        expect_plan(note);
    }
}

// A saddle screened normal plans however the finding follows it; found not intact, it stops.
TEST(red_flag_trial_73, a_saddle_screened_normal_behind_a_colon_or_further_on_plans) {
    for (const std::string note :
         {"Saddle sensation: intact.", "Saddle sensation is intact bilaterally.",
          "Rode the bike, sore saddle area from sitting.",
          // held out
          "Saddle sensation: normal.", "Saddle sensation remains unchanged."}) {
        expect_plan(note);
    }
    for (const std::string note :
         {"Saddle sensation: not intact.", "Saddle sensation is not intact.",
          "Saddle sensation: reduced.", "Saddle area sore and numb."}) {
        expect_withheld(note);
    }
}
