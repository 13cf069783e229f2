// Signs of cauda equina compression that trials 80 to 84 found planned, each of a kind: the
// bladder and bowel written "B and B", a sign's place in brackets after it, a label's value
// queried, urine not held in the old words for it, saddle anaesthesia written "S/A", and a
// weakness of both legs said of strength or graded below full; and what trial 85 found.
#include <gtest/gtest.h>

#include <string>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_withheld;

// "B&B" was read as the bladder and bowel, "B and B" as two letters and a conjunction.
TEST(red_flag_after_trial_84, the_bladder_and_bowel_written_b_and_b_withhold_every_plan) {
    for (const std::string note :
         {"B and B disturbance", "B and B: altered", "New B and B symptoms",
          // held out
          "Some B and B dysfunction since Fri", "B and B: changes"}) {
        expect_withheld(note);
    }
    // Screens found normal, a bed and breakfast, two options, and both sides named.
    for (const std::string note :
         {"B and B normal", "No B and B changes", "B and B: no change", "Bed and breakfast in town",
          "Plan A and B discussed",
          // held out
          "B and B: NAD", "Denies B and B dysfunction", "Tightness L and R hamstrings at 2/52"}) {
        expect_plan(note);
    }
}

// A bracket ended the clause, so the place it named was read apart from the sign before it.
TEST(red_flag_after_trial_84, a_signs_place_in_brackets_after_it_withholds_every_plan) {
    for (const std::string note :
         {"Had an accident (bowel)", "Had an accident (bladder)", "Accident (B&B) last night",
          // held out
          "Two accidents (bowel) this week", "Some leaking (bladder) since the fall"}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"Had an accident (car) last week", "No accidents (bowel)",
          // held out
          "No leaking (bladder)", "Bike accident (saddle broke) in 2019"}) {
        expect_plan(note);
    }
}

// The '?' of "Bladder: ?altered" ended the sentence, as a question mark after a word does, and so
// parted the label from its value.
TEST(red_flag_after_trial_84, a_bladder_bowel_or_saddle_label_queried_withholds_every_plan) {
    for (const std::string note :
         {"B&B: ?altered", "Bladder: ?altered", "Bladder: ? altered", "Saddle: ?reduced",
          // held out
          "Bowels: ?changed", "Saddle sensation = ?reduced", "B&B: ?dysfunction"}) {
        expect_withheld(note);
    }
    for (const std::string note : {"Bladder: ?normal", "Bladder: ?no change",
                                   // held out
                                   "Bowels: ?fine", "Saddle = ?intact"}) {
        expect_plan(note);
    }
}

// "Water" was read only as passed, not as held.
TEST(red_flag_after_trial_84, urine_not_held_in_old_words_withholds_every_plan) {
    for (const std::string note :
         {"Can't hold her water", "Couldn't hold his water", "Has not been able to hold his water",
          // a loss of control said with "no longer" (the held-out note below found it)
          "Can no longer hold his pee", "No longer able to hold his wee",
          // held out
          "Can no longer hold her water", "Unable to hold water overnight"}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"Can hold her water fine", "Able to hold his water", "His argument doesn't hold water",
          "Holds his water bottle", "No problem holding his water",
          // held out
          "Holding water bottle in left hand", "Can't hold a glass of water steady (wrist)"}) {
        expect_plan(note);
    }
}

// "S/A", saddle anaesthesia written short, named no flag.
TEST(red_flag_after_trial_84, saddle_anaesthesia_written_short_withholds_every_plan) {
    for (const std::string note : {"S/A present", "S/A: +ve", "S/A: yes", "S/A noted",
                                   // held out
                                   "S/A: positive", "New S/A reported"}) {
        expect_withheld(note);
    }
    for (const std::string note : {"No S/A", "S/A: nil", "S/A: no", "S/A absent", "Denies S/A",
                                   "Pain s/a yesterday", "SA present",
                                   // held out
                                   "S/A: not present", "Nil S/A", "Sprint times s/a last week"}) {
        expect_plan(note);
    }
}

// Trial 83: a weakness of both legs said of strength or power, or graded below full ("3/5"),
// named no flag: the reader knew only "weak" and "weakness" on both sides.
TEST(red_flag_after_trial_84, strength_lost_on_both_sides_withholds_every_plan) {
    for (const std::string note :
         {"Strength 3/5 bilat hamstrings and DFs, progressive", "Reduced strength both legs",
          "Power 4/5 both legs", "Strength reduced bilat hamstrings",
          "Power: 4+/5 bilateral lower limbs",
          // held out
          "MRC 4/5 both hamstrings", "Strength \u2193 bilaterally in legs",
          "Decreased power in both legs"}) {
        expect_withheld(note);
    }
    // Full strength, one side, the grip, hips or core, a session's load, and other scores.
    for (const std::string note :
         {"Strength 5/5 bilat", "Grip strength reduced bilaterally", "Hip strength 4/5 bilat",
          "Bilateral strength work reduced this week", "Strength 4/5 L hamstring",
          "Sleep 3/5 both nights",
          // held out
          "Strength 4/5 R hamstring only", "Core strength reduced bilat",
          "Strength session load reduced, both days", "Review 3/5, both sides tested"}) {
        expect_plan(note);
    }
}

// Trial 84: an item of a denial's list that named its sign's place as "urinary" broke the list,
// as "saddle" and "bladder" did before trial 83.
TEST(red_flag_after_trial_84, a_urinary_sign_denied_in_a_list_plans) {
    for (const std::string note :
         {"No numbness, tingling, saddle anaesthesia, urinary retention or incontinence",
          "No numbness, tingling, urinary retention or incontinence",
          "No numbness, tingling or urinary retention",
          // held out
          "Denies numbness, tingling or faecal incontinence",
          "Nil numbness, tingling, urinary incontinence or saddle anaesthesia"}) {
        expect_plan(note);
    }
    for (const std::string note :
         {"No numbness, tingling but urinary retention since Sat", "Urinary retention, no tingling",
          // held out
          "Denies numbness; urinary incontinence x2 this week", "Had an accident (urinary)"}) {
        expect_withheld(note);
    }
}

// Trial 84: a checklist answered "N" read the "N" as a letter, so the flag it answered stood
// alone and stopped every plan. After a finding examined, "N" is normal, as it was read before.
TEST(red_flag_after_trial_84, a_checklist_answered_n_denies) {
    for (const std::string note :
         {"numbness N, tingling N", "Numbness N", "Sensation N", "Reflexes N, power N",
          // held out
          "Saddle anaesthesia N, bladder changes N", "Tingling N."}) {
        expect_plan(note);
    }
    for (const std::string note : {"numbness Y, tingling N", "Numbness N, tingling Y",
                                   // held out
                                   "Tingling N, numbness Y", "Numb N foot"}) {
        expect_withheld(note);
    }
}

// Trial 85: the bed wet in the present tense, and urine leaking under a cough or a sneeze without
// the word "urine", planned.
TEST(red_flag_trial_85, the_bed_wet_or_a_leak_on_coughing_withholds_every_plan) {
    for (const std::string note :
         {"Pt wets the bed since the fall (new)",
          "Leaks a bit when he coughs, started after injury",
          "Leaks when she sneezes since the fall",
          // held out
          "Wets the bed most nights now", "Some leakage when she laughs or coughs"}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"Never wets the bed", "Water bottle leaks when he coughs", "No leaking when coughing",
          "Pain on coughing, no leaks", "Team news leaked, coughing fit after",
          // held out
          "Coach wets the pitch before drills", "Denies leaking on coughing"}) {
        expect_plan(note);
    }
}
