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
