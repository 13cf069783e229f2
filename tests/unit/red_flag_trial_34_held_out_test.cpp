// Held-out notes for trial 34's five kinds of fault (red flags and grades written in words),
// written before the reader was changed and never tuned against: question-and-answer forms
// ("Able to weight bear? No."), nerve pain ("shooting pain down the leg"), walking aids in the
// record's `equipment`, resolutions and denials read as flags ("tingling disappeared after 2
// days", "no numbness, tingling or gap"), and grades (a rupture of another site or year, a
// mobilisation's grade, a hamstring rupture or retraction read as grade 4). Each row is decoded in
// a record injured on 2026-10-01 (grade 2 at site b) whose assessment of 2026-10-08 records every
// red flag false. The test prints how many rows read as written and each that does not, and
// fails when fewer read so than when the fix was measured (32/32 stops, 31/36 non-stops; 35/36
// after trial 35): the misses stay visible without being tuned away. The assessment was dated
// 2026-10-02 (day 1) until trial 38, when a resolution dated after the day of writing ("numbness
// disappeared by day 2" on day 1) came to stand as the flag it has not yet stopped being: the rows
// mean days already past, so the assessment is dated day 7.
#include <gtest/gtest.h>

#include <cstdio>
#include <set>
#include <string>
#include <vector>

#include "coach/json.hpp"
#include "coach/sdk/enum_names.hpp"
#include "coach/sdk/symptoms.hpp"
#include "red_flag_notes.hpp"

using coach::RedFlag;

namespace {

// Where the row's words go: an assessment's note, the record's `equipment` (a JSON array), or an
// unknown top-level key (`{"mobs": "grade 4"}`, a JSON object's members).
enum class Place { note, equipment, unknown_key };

struct Row {
    Place place;
    std::string text;         // JSON-escaped
    std::set<RedFlag> flags;  // the flags read present; empty for none
    int grade = 2;            // the injury's grade read
};

coach::json::Decoded<coach::json::AthleteFile> decode(const Row& row) {
    std::string extra;
    std::string note;
    if (row.place == Place::equipment) {
        extra = R"(,"equipment":)" + row.text;
    } else if (row.place == Place::unknown_key) {
        extra = "," + row.text;
    } else {
        note = R"(,"notes":")" + row.text + "\"";
    }
    return coach::json::decode_athlete(
        R"({"schema":"coach.athlete/1","id":"a","injury":{"region":"hamstring","grade":2,)"
        R"("site":"b","date":"2026-10-01"},"assessments":[{"date":"2026-10-08","symptoms":)"
        + std::string{coach::test::all_flags_false} + note + "}]" + extra + "}");
}

// Whether `row` reads as written: the flags it names present and the others absent, the injury's
// grade as given, and no warning when it names neither.
bool reads_as_written(const Row& row) {
    const auto decoded = decode(row);
    if (!decoded.value) {
        ADD_FAILURE() << row.text << ": " << decoded.problems.front().to_string();
        return false;
    }
    const auto& athlete = decoded.value->athlete;
    bool ok = athlete.injury.grade == row.grade;
    for (const auto flag : {RedFlag::numbness, RedFlag::tingling, RedFlag::unable_to_bear_weight,
                            RedFlag::palpable_gap}) {
        const auto expected =
            row.flags.contains(flag) ? coach::Finding::present : coach::Finding::absent;
        ok = ok && coach::finding(athlete.assessments[0].symptoms, flag) == expected;
    }
    const bool stops = !row.flags.empty() || row.grade == 4;
    // A row that stops nothing warns of nothing but an unknown key it was put in, or equipment no
    // philosophy looks for (known_equipment, a rule of its own).
    for (const auto& warning : decoded.warnings) {
        const auto said = warning.to_string();
        if (!stops && said.find("unknown field") == std::string::npos
            && said.find("is no known equipment") == std::string::npos) {
            ok = false;
        }
    }
    if (!ok) {
        std::printf("[held-out] miss: %s (grade read %d)\n", row.text.c_str(),
                    athlete.injury.grade);
    }
    return ok;
}

void report(const char* what, std::size_t measured, const std::vector<Row>& rows) {
    std::size_t right = 0;
    for (const auto& row : rows) {
        right += reads_as_written(row) ? 1U : 0U;
    }
    std::printf("[held-out] %s: %zu/%zu read as written\n", what, right, rows.size());
    EXPECT_GE(right, measured) << what;
}

const std::set<RedFlag> nerve{RedFlag::numbness, RedFlag::tingling};
const std::set<RedFlag> numb{RedFlag::numbness};
const std::set<RedFlag> tingle{RedFlag::tingling};
const std::set<RedFlag> weight{RedFlag::unable_to_bear_weight};
const std::set<RedFlag> gap{RedFlag::palpable_gap};
const std::set<RedFlag> none{};

}  // namespace

TEST(red_flag_trial_34_held_out, notes_that_stop_every_plan) {
    report("stop", 32,
           {
               // Questions answered.
               {Place::note, "Can he bear weight? No.", weight},
               {Place::note, "Able to walk unaided? No", weight},
               {Place::note, "Weight bearing possible? No.", weight},
               {Place::note, "FWB? No.", weight},
               {Place::note, "Sensation intact? No.", nerve},
               {Place::note, "Light touch sensation normal? No - reduced over the lateral foot.",
                nerve},
               {Place::note, "Palpable gap? Yes.", gap},
               {Place::note, "Defect palpable? Yes", gap},
               {Place::note, "Numbness? Yes.", numb},
               {Place::note, "Any tingling? Yes, in the toes.", tingle},
               {Place::note, "Pins and needles? yes", tingle},
               {Place::note, "Q: numbness in the foot? A: yes", numb},
               // Nerve pain.
               {Place::note, "slump test positive, reproduces symptoms into the foot", nerve},
               {Place::note, "shooting pains into the calf when sitting", nerve},
               {Place::note, "pain radiating down the back of the leg to the knee", nerve},
               {Place::note, "sciatic-type pain down the leg", nerve},
               {Place::note, "positive SLR with symptoms below the knee", nerve},
               {Place::note, "electric pain shooting into the foot", nerve},
               {Place::note, "burning, shooting pain into the hamstring and calf", nerve},
               {Place::note, "neural tension signs positive on slump", nerve},
               {Place::note, "sharp pain shoots down his leg when coughing", nerve},
               // Walking aids in the record's equipment.
               {Place::equipment, R"(["crutches"])", weight},
               {Place::equipment, R"(["gym", "wheelchair"])", weight},
               {Place::equipment, R"(["elbow crutches", "home"])", weight},
               {Place::equipment, R"(["walking frame"])", weight},
               {Place::equipment, R"x(["track", "Crutches (2)"])x", weight},
               // A hamstring rupture or retraction: a complete tear, grade 4.
               {Place::note, "proximal hamstring tendon ruptured", none, 4},
               {Place::note, "hamstring rupture confirmed on MRI", none, 4},
               {Place::note, "conjoint tendon retracted 3 cm", none, 4},
               {Place::note, "MRI: biceps femoris tendon ruptured with 5cm retraction", none, 4},
               {Place::note, "ruptured hamstring tendon at the ischium", none, 4},
               {Place::note, "tendon retraction of 2 cm on ultrasound", none, 4},
           });
}

TEST(red_flag_trial_34_held_out, notes_that_stop_nothing) {
    report("no stop", 35,
           {
               // Questions answered.
               {Place::note, "Any numbness? No.", none},
               {Place::note, "Tingling? no", none},
               {Place::note, "Pins and needles? None.", none},
               {Place::note, "Able to weight bear? Yes.", none},
               {Place::note, "Can walk normally? Yes.", none},
               {Place::note, "Sensation normal? Yes.", none},
               {Place::note, "Sensation intact? Yes", none},
               {Place::note, "Palpable gap? No.", none},
               {Place::note, "Gap felt? No", none},
               {Place::note, "Numbness or tingling? No.", none},
               {Place::note, "Q: any N/T? A: no", none},
               {Place::note, "FWB? Yes", none},
               // Resolutions and denials.
               {Place::note, "tingling went away after 3 days", none},
               {Place::note, "numbness disappeared by day 2", none},
               {Place::note, "pins and needles cleared up within 24 hours", none},
               {Place::note, "tingling vanished after the first week", none},
               {Place::note, "Nordics 3x6 - no numbness during or after", none},
               {Place::note, "hamstring bridges 3x10, no tingling throughout", none},
               {Place::note, "no numbness, tingling, or palpable gap", none},
               {Place::note, "no tingling, numbness or weakness", none},
               {Place::note, "no gap, numbness or tingling", none},
               {Place::note, "numbness settled down by day 4", none},
               {Place::note, "tingling cleared by day 2, none since", none},
               // Nerve words denied.
               {Place::note, "slump test negative", none},
               {Place::note, "no shooting pain down the leg", none},
               {Place::note, "no radiating pain", none},
               // Ruptures of another site or another year.
               {Place::note, "ruptured ACL in 2019, unrelated", none},
               {Place::note, "previous Achilles rupture (2016), fully recovered", none},
               {Place::note, "history of ruptured Achilles tendon, not relevant", none},
               {Place::note, "calf rupture 2018, unrelated to this injury", none},
               // A mobilisation's grade.
               {Place::unknown_key, R"("mobilisation": "grade 4")", none},
               {Place::unknown_key, R"("joint_mobs": "grade IV")", none},
               {Place::note, "Mobs: grade 4 PA to L4/5", none},
               // Equipment that is no walking aid.
               {Place::equipment, R"(["gym", "track", "foam roller"])", none},
               {Place::equipment, R"(["resistance bands", "nordic bench"])", none},
               {Place::equipment, R"(["dumbbells", "sliders", "stairs"])", none},
           });
}
