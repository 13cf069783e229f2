// Notes that trial 81 found read wrongly, each of a kind mended after trial 80: the bladder,
// bowel or saddle said changed in other words, a wheelchair written "W/C" as a label's value,
// erectile dysfunction in other words, and red flags said present without naming one.
#include <gtest/gtest.h>

#include <string>

#include "red_flag_notes.hpp"

using coach::test::expect_plan;
using coach::test::expect_withheld;

TEST(red_flag_trial_81, the_bladder_bowel_or_saddle_said_changed_withholds_every_plan) {
    for (const std::string note :
         {"Saddle: abnormal", "Saddle: changed", "Saddle - abnormal", "Saddle abnormal.",
          "Bladder & bowel: some changes.", "Bladder: changes noted", "B&B: some changes",
          "Bowel: some change", "Bladder upset since injury", "Waterworks not right.",
          "Poor bladder sensation.", "Unaware when bladder full.",
          // held out
          "Saddle area: odd feeling", "Bowels: altered since Sat", "Waterworks: changed",
          "Unaware if bowels need opening", "Bladder sensation diminished"}) {
        expect_withheld(note);
    }
    // A bicycle's saddle, the gall bladder, and a screen that found nothing changed.
    for (const std::string note :
         {"Saddle height changed", "Bike saddle changed", "Saddle: normal", "Bladder: no change",
          "Bladder: normal, no changes", "No bladder changes", "Bladder/bowel: no changes",
          "Waterworks: normal", "Gall bladder: altered LFTs",
          "Bladder and bowel control maintained.",
          // held out
          "Changed saddle on his bike", "Waterworks fine", "Bowel: no changes reported",
          "Bladder control retained"}) {
        expect_plan(note);
    }
}

TEST(red_flag_trial_81, a_wheelchair_in_other_words_withholds_every_plan) {
    for (const std::string note : {"Mobility: W/C", "Mobility - W/C", "Gets about by W/C",
                                   "W/C for long distances.", "Pushed in on a w/c by partner.",
                                   // held out
                                   "Mobility: w/c since Sat", "Came in a W/C today"}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"Seen by physio w/c 7/12", "Aim to jog by w/c 14/12", "Back to training in w/c 21/12",
          // held out
          "Return to running w/c 4/1", "Gym programme starts w/c 11/1"}) {
        expect_plan(note);
    }
}

TEST(red_flag_trial_81, erectile_dysfunction_in_other_words_withholds_every_plan) {
    for (const std::string note : {"ED since hurting hamstring.", "Some ED post injury.",
                                   // held out
                                   "Some ED reported", "ED since he got hurt"}) {
        expect_withheld(note);
    }
    for (const std::string note : {"Some ED staff reviewed", "In ED since the fall",
                                   // held out
                                   "Some ED doctors were concerned about the knee"}) {
        expect_plan(note);
    }
}

// "Red flags present" names none of them, and is read as the nerve flags, whose referral is the
// most urgent; a screen that found none, or advice on them, plans.
TEST(red_flag_trial_81, red_flags_said_present_withhold_every_plan) {
    for (const std::string note : {"Red flags: +ve", "Red flags present.", "Red flags: yes",
                                   // held out
                                   "Red flags: positive (saddle)", "Red flags identified"}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"Red flags: none", "Red flags: -ve", "No red flags present", "Red flags: none present",
          "Red flags: none identified", "Red flags not identified",
          "Advised to return if red flags present",
          // held out
          "Red flags: nil found", "Red flags discussed, return if present",
          "No red flags noted today"}) {
        expect_plan(note);
    }
}

// Trial 82, run on the commits above: the same kinds in yet other words, and a back muscle read
// as erectile dysfunction.
TEST(red_flag_trial_82, the_same_kinds_in_other_words_withhold_every_plan) {
    for (const std::string note : {"Unable to get an erection since injury", "ED +ve since injury",
                                   "Some trouble with waterworks since the tackle.",
                                   "Has never been in control of his bladder since the fall",
                                   // held out
                                   "Unable to maintain an erection", "Problems with waterworks",
                                   "Loss of erections", "Hasn't been in control of bladder"}) {
        expect_withheld(note);
    }
    // The erector spinae is a muscle of the back; being in control plans.
    for (const std::string note :
         {"Unable to activate erector spinae", "Unable to engage erector spinae today",
          "No trouble with waterworks", "Has always been in control of bowels",
          // held out
          // ("Cannot feel erector spinae working", first held out here, stops as a sensation lost.)
          "Unable to switch on erector spinae", "Waterworks fine, no problems",
          "Has been in control of bladder throughout"}) {
        expect_plan(note);
    }
}

// Found in reading trial 82's open false stops: a screen of the nerve flags that names the
// bladder or saddle among them, and the bladder's function found not altered.
TEST(red_flag_trial_83, the_bladder_and_saddle_denied_with_the_nerve_flags_plan) {
    for (const std::string note :
         {"No numbness, tingling or bladder changes", "No numbness, tingling or saddle changes",
          "Denies numbness, tingling, bladder or bowel dysfunction", "No N/T or bladder changes",
          "No altered bladder function", "No altered bladder or bowel function",
          // held out
          "Nil numbness, tingling or bladder dysfunction", "No tingling, numbness or bowel changes",
          "Denies N/T, saddle or bladder changes", "No altered bowel function."}) {
        expect_plan(note);
    }
    for (const std::string note :
         {"Altered bladder function", "No numbness or tingling, bladder dysfunction present",
          "No tingling or bladder changes but numb saddle",
          // held out
          "No tingling or bladder changes; bowel incontinence since fall",
          "Altered bowel function since the fall",
          "No numbness, tingling or bladder changes but saddle anaesthesia",
          "No change in numbness or bladder function"}) {
        expect_withheld(note);
    }
}

// Trial 83: an item of a denial's list that names where a cauda equina sign is before the flag
// ("saddle anaesthesia", "bladder/bowel changes") is denied with the list; "abnl" is abnormal.
TEST(red_flag_trial_83, a_sign_listed_with_its_place_is_denied_with_the_list) {
    for (const std::string note :
         {"Denies numbness, tingling or saddle anaesthesia",
          "No numbness, tingling or saddle anaesthesia",
          "Denies numbness, tingling, saddle anaesthesia or B&B dysfunction",
          "Denies N/T, saddle anaesthesia or B&B dysfunction",
          "No numbness, tingling or bladder/bowel changes",
          "No numbness, tingling, weakness or bladder/bowel changes",
          "No numbness, tingling or B&B changes",
          "Denies numbness, tingling, saddle anaesthesia, bladder dysfunction",
          // held out
          "Nil numbness, tingling or perianal anaesthesia",
          "Denies tingling, numbness, saddle anaesthesia or bowel changes",
          "No N/T or bladder/bowel dysfunction", "Saddle: nad"}) {
        expect_plan(note);
    }
    for (const std::string note :
         {"No numbness or tingling but saddle anaesthesia",
          "No numbness, tingling; saddle anaesthesia", "Numbness or saddle anaesthesia",
          "No saddle anaesthesia, tingling", "Saddle: abnl", "Saddle: abnl. B+B: nad.",
          // held out
          "Tingling, saddle anaesthesia and bladder retention", "Bowel: abnl",
          "No numbness; perianal anaesthesia since fall",
          "No tingling or bladder/bowel changes, but saddle anaesthesia"}) {
        expect_withheld(note);
    }
}

// Trial 84: cauda equina as a label answered present planned ("CES: +ve", "CES screen: pos"):
// the row of its suspicion read only within a clause, and the label's colon ended it. A
// suspected cauda equina syndrome is an emergency referral (Finucane et al. 2020, J Orthop Sports
// Phys Ther 50(7):350-372).
TEST(red_flag_trial_84, cauda_equina_answered_present_withholds_every_plan) {
    for (const std::string note :
         {"CES screen: pos", "CES: +ve", "CES screen: positive", "CES: yes", "CES: present",
          "Cauda equina: positive", "Cauda equina: yes", "CES: Y",
          // held out
          "Cauda equina screen: +ve", "CES: yes (urinary retention)", "CES screen = positive",
          "Cauda equina: present since Sat"}) {
        expect_withheld(note);
    }
    for (const std::string note :
         {"CES screen: neg", "CES: nil", "CES: no", "CES: not present", "CES screen: -ve",
          "CES red flags: none", "Attend ED if CES: yes",
          // held out
          "CES screen: all negative", "Cauda equina: not present", "CES: none reported",
          "Told to return if CES symptoms present"}) {
        expect_plan(note);
    }
}

// Trial 84: a verb of denial as the label of a checklist ("Denies: numbness, tingling") stopped
// every plan, as the colon ended the clause the denial read in.
TEST(red_flag_trial_84, a_denial_written_as_a_label_denies_its_list) {
    for (const std::string note :
         {"Denies: numbness, tingling", "Denies: numbness", "Pt denies: numbness, tingling",
          "Denies: numbness, tingling, saddle anaesthesia, bladder or bowel dysfunction",
          // held out
          "Denied: N/T, saddle anaesthesia, B&B dysfunction", "She denies: tingling or numbness",
          "Denies: saddle anaesthesia or bladder changes"}) {
        expect_plan(note);
    }
    for (const std::string note :
         {"Numbness denied: tingling present", "Denies numbness: tingling present",
          "Denies: numbness. Tingling present", "Denies: numbness, tingling present",
          // held out
          "Tingling denied: numbness in foot", "Denies: tingling. Numb saddle since Sat"}) {
        expect_withheld(note);
    }
}
