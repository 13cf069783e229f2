// The rest of trials 72 and 73's findings, mended in the stop after them: signs of cauda equina
// compression the reader missed (the syndrome written alone or queried, a dotted abbreviation,
// urine gone without, impossible or its urge not felt, a full bladder not felt, wetting not
// noticed, "B/L LL", a letter with a diacritic) and false stops (a trouble denied after the urine,
// the bowel beside the bladder, incontinence pads not needed, a contract voided). Read as the
// nerve flags (Finucane et al. 2020, J Orthop Sports Phys Ther 50(7):350-372).
#include <gtest/gtest.h>

#include <string>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_withheld;

// Written down alone or queried, cauda equina syndrome is a suspicion; screened, named in a
// denial or in a sentence of its own findings it reads as before.
TEST(red_flag_trials_72_73_rest, cauda_equina_alone_queried_or_dotted_withholds_every_plan) {
    for (const std::string note :
         {"CES.", "?CES", "C.E.S. suspected.",
          // held out
          "Cauda equina syndrome.", "? cauda equina", "Imp: CES.", "C.E.S.?"}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"No CES.", "CES screen normal.", "Cauda equina screen: negative.", "CES: no red flags.",
          "Cauda equina ruled out."}) {
        expect_plan(note);
    }
}

TEST(red_flag_trials_72_73_rest, urine_gone_without_or_impossible_withholds_every_plan) {
    for (const std::string note :
         {"Pt has not PU'd since yesterday.", "Has gone 14 hours without passing urine.",
          "Passing urine is impossible.", "She denies any ability to pass urine.",
          // held out
          "No PU since the fall.", "Went all day without urinating.", "Impossible to pass urine.",
          "No ability to pee since this morning."}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"Urinates without difficulty.", "Passing urine without any difficulty.",
          "Went for a run without a wee break.", "Passes urine with no problems.",
          "Passed the fitness test without difficulty."}) {
        expect_plan(note);
    }
}

// The bladder's sensation lost or its urge not answered. "No urge to pass urine during the
// session" stopping is the safe mistake.
TEST(red_flag_trials_72_73_rest, a_bladder_not_felt_or_not_emptied_withholds_every_plan) {
    for (const std::string note :
         {"Does not feel the urge to urinate.",
          "Hasn't been to the toilet to pee since yesterday despite the urge.",
          "Bladder feels full but nothing comes out.", "Cannot tell if bladder is full.",
          "Didn't know she had wet herself.",
          // held out
          "Has lost the urge to pee.", "Sits on the toilet but nothing happens, bladder full.",
          "Doesn't feel bladder fullness.", "Didn't realise he had wet himself."}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"Normal urge to urinate.", "Hasn't needed a toilet break today.",
          "Uses the toilet step for the calf stretch.", "Didn't notice any numbness.",
          "Bladder scan: gall bladder full of stones, unrelated."}) {
        expect_plan(note);
    }
}

TEST(red_flag_trials_72_73_rest, weakness_of_both_lower_limbs_in_shorthand_withholds) {
    for (const std::string note : {"B/L LL weakness.", "Weakness B/L LLs."}) {
        expect_withheld(note);
    }
    expect_plan("Left hamstring weakness on testing.");
}

// A letter with a diacritic is read as the letter it is written on, composed or not.
TEST(red_flag_trials_72_73_rest, a_flag_word_written_with_a_diacritic_is_read) {
    for (const std::string note : {"\xC3\x9Crinary retention", "Numbn\xC3\xA9ss in the foot",
                                   "Ti\xC5\x84gling down the leg", "U\xCC\x88rinary retention"}) {
        expect_withheld(note);
    }
    expect_plan("Caf\xC3\xA9 visit after training, felt fine.");
}

TEST(red_flag_trials_72_73_rest, a_trouble_denied_or_another_function_beside_it_plans) {
    for (const std::string note :
         {"No problems passing urine or opening bowels.", "Incontinence pads not needed.",
          "Could not void the contract.",
          // held out
          "No issues with bladder or bowels.", "No incontinence pads needed.",
          "Agent could not void the deal."}) {
        expect_plan(note);
    }
    for (const std::string note :
         {"Wearing incontinence pads since the fall.", "Incontinence pads needed since Friday.",
          "Could not void this morning."}) {
        expect_withheld(note);
    }
}

// Found while mending the above: control of the bladder denied read as a denial.
TEST(red_flag_trials_72_73_rest, no_control_of_the_bladder_or_bowel_withholds_every_plan) {
    for (const std::string note :
         {"No bladder control.", "Bladder: no control.", "Has no control over his bowels."}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"No problems with bladder control.", "No loss of bladder control.",
          "Bladder control normal.", "No control issues with bladder or bowel."}) {
        expect_plan(note);
    }
}
