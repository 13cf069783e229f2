// Notes that trial 79 found read wrongly: a denial followed by how it was found, in brackets
// ("No numbness (checked)"), stopped every plan as if the bracket qualified the denial.
#include <gtest/gtest.h>

#include <string>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_withheld;

TEST(red_flag_trial_79, a_denial_with_how_it_was_found_in_brackets_plans) {
    for (const std::string note :
         {"No numbness (checked)", "No numbness (tested)", "No tingling (checked today)",
          "No P&N (asked twice)", "No crutches (FWB)", "Off crutches (since Mon)",
          "Numbness: resolved (wk 2)",
          // held out
          "No tingling - checked.", "No numbness (examined twice)", "No N&T (see above)"}) {
        expect_plan(note);
    }
    // What a bracket adds that is not how it was found still qualifies the denial.
    for (const std::string note :
         {"No numbness (except heel)", "No numbness (checked) but saddle numb",
          "Numbness (checked) present L foot", "On crutches since Mon",
          // held out
          "No tingling (only at night)", "No crutches (NWB today)"}) {
        expect_withheld(note);
    }
}

// Signs written short that trial 79 found planned.
TEST(red_flag_trial_79, signs_written_short_withhold_every_plan) {
    for (const std::string note :
         {"UTWB", "UTWB on the L", "U/A to WB", "Saddle anaesth.", "Compl. tear", "in w/chair",
          // held out
          "Pt UTWB today.", "UA to WB since Sat", "Perineal anaesth. reported"}) {
        expect_withheld(note);
    }
    for (const std::string note : {"Not a compl. tear", "UA: normal, WB fully",
                                   "Local anaesth. injected", "Sitting in a chair",
                                   // held out
                                   "No compl tear on MRI", "Chair squats done"}) {
        expect_plan(note);
    }
}

// Trial 80, the same kinds written otherwise: both sides in brackets of more than one word, short
// forms of weight bearing and saddle anaesthesia, a denial with what was found normal beside it.
TEST(red_flag_trial_80, the_same_kinds_written_otherwise_read_alike) {
    for (const std::string note :
         {"Weakness in legs (B/L)", "leg weakness (bilat.)", "legs weak (both sides)",
          "Weakness (both legs)", "u/a to weight bear", "U/A to FWB", "Saddle anaes +ve",
          "saddle anesth.",
          // held out
          "Weak (both legs) since Sat", "No numbness (sensation reduced L foot)"}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"No numbness (LT intact)", "No numbness (light touch intact)",
          "No numbness (dermatomes intact)", "No gap palpated (checked by Dr)",
          "Weakness in leg (L)", "Hip weakness (both sides)",
          // held out
          "No tingling (sensation intact)", "Weight: 80kg, UA normal"}) {
        expect_plan(note);
    }
}
