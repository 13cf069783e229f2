// Signs that trial 77 found missed, written short or in slang, and all-clear notes it found
// stopping. The bladder's and bowel's signs and a foot drop are cauda equina's and the nerve's
// (Finucane et al. 2020, J Orthop Sports Phys Ther 50(7):350-372); a palpable gap is a complete
// tear's. Trial 78's one kind of miss is read here too.
#include <gtest/gtest.h>

#include <string>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_withheld;

TEST(red_flag_trial_77, the_bladder_and_bowel_written_short_or_in_slang_withhold_every_plan) {
    for (const std::string note :
         {"urinary incont. ++", "bladder incont.", "LUTS - retention", "Retention: yes",
          "Retention", "Poo'd myself", "Shat myself", "Sh*t myself on the run, no warning",
          "Bowels opened without warning", "Leaking stool", "Soiled underwear, didn't notice",
          // held out
          "Faecal leaking since Tuesday.", "Incont of urine x2 this week."}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"Fluid retention in the ankles", "Water retention on the diet",
          "Player retention is a club priority", "Retention of the drills was good",
          "Retention: no", "No retention", "Incont: nil", "Soiled his shorts in the mud",
          "No warning signs for bowel or bladder", "Bladder and bowels normal, no warning signs"}) {
        expect_plan(note);
    }
}

TEST(red_flag_trial_77, nerve_signs_written_short_withhold_every_plan) {
    for (const std::string note :
         {"Dropfoot R", "footdrop", "Pain down leg past knee", "Radicular pain L5", "L5 radic",
          "Neuro: L5 dermatome reduced", "Furry feeling in foot", "Bilat weakness",
          // held out
          "R dropfoot noted on gait.", "Aching past the knee into the shin."}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"Radicular pain: none", "No radicular symptoms", "Dermatomes intact",
          "L5 dermatome normal", "Bilateral grip weakness", "Bilat hip weakness",
          "Ran past the knee-high hurdles", "No pain past the knee", "Footdrop: no"}) {
        expect_plan(note);
    }
}

TEST(red_flag_trial_77, a_gap_labelled_palpable_withholds_and_one_not_palpable_plans) {
    for (const std::string note : {"Gap: palpable", "Palpable: gap", "Gap palpable"}) {
        expect_withheld(note);
    }
    // "Gap not palpable" stopped before trial 77 as well: "not" right before the later word of a
    // phrase now denies it.
    for (const std::string note : {"Gap: not palpable", "Gap not palpable", "Gap isn't palpable",
                                   "Gap - not palpable", "Gap: nil palpable"}) {
        expect_plan(note);
    }
    expect_withheld("Cauda equina not ruled out.");
}

TEST(red_flag_trial_77, a_finding_denied_per_imaging_or_a_clinician_plans) {
    for (const std::string note :
         {"Not an avulsion per MRI", "Not an avulsion per ortho", "No complete tear per MRI",
          "Not a complete tear per MRI", "No numbness per neuro"}) {
        expect_plan(note);
    }
    for (const std::string note : {"Complete tear per MRI", "Avulsion per ortho"}) {
        expect_withheld(note);
    }
}

// Trial 78: leaking or dribbling as the value of a label of the bladder, urine or bowel.
TEST(red_flag_trial_78, leaking_as_a_bladder_or_bowel_label_value_withholds_every_plan) {
    for (const std::string note : {"Bladder: leaking", "Urine: leaking", "Bladder: leaky",
                                   "Bladder: dribbling", "Bowel: leaking",
                                   // held out
                                   "Urinary: dribbles."}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"Bladder: no leaking", "Bladder: not leaking", "Bowel: no leaks",
          "Bladder fine. Leaking tap at home", "Urine: sample sent, no leaks"}) {
        expect_plan(note);
    }
}

// Trial 77's misses left by the stop that read it: erectile dysfunction by its initials, both
// sides said in brackets after the legs, elbow crutches written with an apostrophe.
TEST(red_flag_trial_77, ed_new_since_injury_withholds_and_the_emergency_department_plans) {
    for (const std::string note : {"New ED since injury", "New onset ED since the fall",
                                   // held out
                                   "Developed ED after the injury.", "Pt reports new ED."}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"Seen in ED overnight", "Went to ED, X-ray clear", "New ED doctor reviewed him",
          "ED visit on day 1",
          // held out
          "Discharged from ED same day", "New ED triage note says walking fine"}) {
        expect_plan(note);
    }
}

TEST(red_flag_trial_77, both_sides_in_brackets_belong_to_the_weakness_they_follow) {
    for (const std::string note : {"Weakness in legs (bilateral)", "Legs weak (bilateral)",
                                   // held out
                                   "Leg weakness (bilat)", "Weak legs (both)."}) {
        expect_withheld(note);
    }
    for (const std::string note : {"No weakness in legs (bilateral)", "Weakness in hamstring (R)",
                                   // held out
                                   "Hip weakness (bilateral)", "Legs weak? (no)"}) {
        expect_plan(note);
    }
}

TEST(red_flag_trial_77, elbow_crutches_written_with_an_apostrophe_withhold_every_plan) {
    for (const std::string note : {"EC's", "2 EC's",
                                   // held out
                                   "Amb with EC's today.",
                                   // found in review: a possessive keeps its abbreviation read
                                   "?CES's", "PVR's 450 mL"}) {
        expect_withheld(note);
    }
    for (const std::string note : {"3 sets of EC's",
                                   // held out
                                   "GP's letter: grade 1 strain", "EC's for hamstrings done"}) {
        expect_plan(note);
    }
}

// A bladder or bowel screen written as all clear stopped every plan (trial 77): control said
// good before or after the phrase, or a trouble said not to be one. Control said poor, lost, or
// "not good" still stops, as does a good word denied ("no good control").
TEST(red_flag_trial_77, bladder_and_bowel_said_in_control_plan_and_control_denied_withholds) {
    for (const std::string note :
         {"Bladder not an issue", "Bladder not a problem", "Good control of bladder and bowel",
          "Good bladder and bowel control", "Bladder and bowel control good",
          // held out
          "Full control of bladder and bowels.", "Bowel and bladder not an issue at all"}) {
        expect_plan(note);
    }
    for (const std::string note :
         {"Loss of control of bladder", "Poor control of bladder", "Bladder a problem since fall",
          "Bladder control not good", "No good control of bladder",
          "Bladder control lost, bowel control good", "Loss of full control of bladder",
          "Lost complete control of bowels",
          // held out
          "Bladder control isn't good", "No good bladder control since the fall."}) {
        expect_withheld(note);
    }
}
