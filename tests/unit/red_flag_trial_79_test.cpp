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

// Trial 80's misses: the bladder or bowel said changed or not normal in plain words, or named as
// "B&B"; a wheelchair written "W/C"; a full bladder not felt.
TEST(red_flag_trial_80, the_bladder_or_bowel_said_not_normal_withholds_every_plan) {
    for (const std::string note :
         {"B&B dysfunction", "B&B: altered", "B&B: not normal", "new B&B sx", "bladder a bit off",
          "bladder not right since fall", "Good control of bladder, bowel not good",
          "Bladder: altered", "Bladder: not normal", "Saddle: not normal",
          "Not aware when bladder full",
          // held out
          "B/B dysfunction since fall", "B+B altered", "bowels not right since injury",
          "bowel habit: changed", "Bowel: abnormal", "Bladder feels odd",
          "Bladder sensation not normal", "Not aware of needing to pee"}) {
        expect_withheld(note);
    }
    // A normal screen, a denial, the gall bladder, and "BB" written solid (a beta blocker).
    for (const std::string note :
         {"B&B normal", "No B&B change", "B&B NAD", "B&B intact", "B&B: no issues",
          "B&B function normal", "BB dose change", "Bladder normal, not tender",
          "Bladder: not changed", "Bladder not affected", "Not aware of any bladder problems",
          "Gall bladder removed, off work", "Saddle: normal",
          // held out
          "B&B function normal, no saddle anaesthesia", "Denies B&B dysfunction", "No B&B sx",
          "B/B: nil", "BB held pre-op", "Bowel: normal, bladder: normal",
          "Bladder and bowel not affected", "Bowels opened normally, not constipated",
          "Gall bladder op, not relevant", "Not aware of any change in bladder",
          "Bowel habit unchanged, not tender on palpation"}) {
        expect_plan(note);
    }
}

TEST(red_flag_trial_80, a_wheelchair_written_w_slash_c_withholds_every_plan) {
    for (const std::string note :
         {"in W/C", "Using W/C since fall", "W/C for distances",
          // held out
          "self-propelling W/C", "W/C bound since Sat", "needs w/c for longer distances"}) {
        expect_withheld(note);
    }
    // "WC" written solid is a toilet; "w/c" before a date is the week commencing.
    for (const std::string note :
         {"Went to the WC", "Using WC independently", "Review in w/c 14/12",
          // held out
          "Next session w/c 21/12", "Plan: gym w/c Monday", "Toilet (WC) used independently"}) {
        expect_plan(note);
    }
}

// Being in control of the bladder or bowel read the wrong way round: "In control of bladder and
// bowel" stopped, and "Not in control of his bladder" planned.
TEST(red_flag_trial_80, control_of_the_bladder_denied_withholds_and_kept_plans) {
    for (const std::string note :
         {"Not in control of his bladder", "Not fully in control of his bladder",
          "Isn't in control of bladder", "Never in full control of bowels",
          // held out
          "Not always in control of her bowels", "No longer fully in control of his bladder",
          "Still not in control of bladder"}) {
        expect_withheld(note);
    }
    for (const std::string note : {"In control of bladder and bowel",
                                   "Fully in control of his bladder", "Still in control of bladder",
                                   // held out
                                   "Remains in control of bladder and bowel",
                                   "Has been in full control of bladder throughout",
                                   "Not incontinent, in control of bladder"}) {
        expect_plan(note);
    }
}

// Erectile dysfunction since the injury, by its initials or in plain words (trial 80).
TEST(red_flag_trial_80, erectile_dysfunction_since_the_injury_withholds_every_plan) {
    for (const std::string note : {"ED since the fall", "can't get it up since fall",
                                   // held out
                                   "Had ED since injury", "Couldn't get it up since the fall"}) {
        expect_withheld(note);
    }
    // The emergency department, and "get it up" said of a pace, a slope or a couch.
    for (const std::string note :
         {"In ED since the fall", "Seen in ED since the fall, discharged",
          "Can't get it up to speed yet", "Can't get it up the stairs",
          // held out
          "Was in ED since the accident", "Struggling to get it up to pace",
          "Unable to get it up onto the plinth"}) {
        expect_plan(note);
    }
}

// Trial 80's false stops: a later word denied when it is the phrase's own ("Tear not complete"),
// control said good past its verb, a walking aid's label answered "no longer needed", and "no
// features of" a suspected diagnosis. Each stopped every plan for a record that needs none.
TEST(red_flag_trial_80, a_finding_denied_in_other_words_plans) {
    for (const std::string note :
         {"Tear not complete", "Tear not complete (MRI)", "Bladder and bowel control is good",
          "Bladder control is normal", "Crutches: no longer needed", "No features of ?CES",
          // held out
          "Tear isn't complete", "Bladder control remains normal", "Crutches: no longer required",
          "Crutches = no longer used", "No features of numbness"}) {
        expect_plan(note);
    }
    for (const std::string note :
         {"Tear is complete", "Bladder control is not good", "Crutches: still needed",
          "?CES features",
          // held out
          "Tear complete, not partial", "Bladder control is poor", "Bowel control is not normal",
          "Crutches: needed", "Crutches: no longer needed, but NWB",
          "No features of numbness, tingling present"}) {
        expect_withheld(note);
    }
}
