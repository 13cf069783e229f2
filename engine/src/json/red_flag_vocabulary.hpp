#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

#include "coach/sdk/athlete.hpp"
#include "json/doubt_vocabulary.hpp"

// The words the red-flag reader looks for (red_flag_text.hpp), each tied to one of the red flags
// the gate reads (docs/DATA.md, "Safety gate"). Patterns as in red_flag_words.hpp: "tingl*" is a
// prefix, "numb" a whole word. [thread-safe] Constants.
//
// - numbness, tingling: nerve symptoms are named many ways; sciatic, radiating, radicular,
//   shooting or electric pain, nerve pain, neurological symptoms, dysaesthesia, a positive slump
//   or neurodynamic test and cauda equina imply both nerve flags. "P&N" (pins and needles) and
//   "N&T", "N+T", "N/T" (numbness and tingling) read as "pn" and "nt"; "NT" written solid is
//   "not tested", not a flag.
// - unable to bear weight: crutches, a wheelchair, a walking frame or stick, and the
//   weight-bearing orders given to those who cannot bear full weight: NWB (non-), TTWB
//   (toe-touch), TDWB (touch-down), PWB (partial). PWB says full weight is not borne, and is
//   walked with crutches: it affirms the flag until the clinician records full weight bearing
//   (trial 35, asks_only).
// - palpable gap: a rupture, avulsion, detached or retracted tendon, step-off, dent, divot,
//   indentation, cavity, defect or complete disruption is what a palpable gap is felt for (a
//   possible complete tear).
namespace coach::json::detail::vocabulary {

inline constexpr RedFlag numb = RedFlag::numbness;
inline constexpr RedFlag tingle = RedFlag::tingling;
inline constexpr RedFlag weight = RedFlag::unable_to_bear_weight;
inline constexpr RedFlag gap = RedFlag::palpable_gap;

// How a word must be written to count: any way, or as single letters joined by punctuation
// ("N/T", "N & T": numbness and tingling; "NT" is "not tested").
enum class Spelling { any, joined_letters };

// A word that names a red flag, unless one of `unless` follows it within two words of its clause
// ("electric stim" is a treatment, "nerve glides" an exercise), or one of `unless_before` comes
// within two words before it ("acupuncture needles", "dry needles": a treatment, not pins and
// needles). A word written with a hyphen,
// "step-off", is two words joined by one; one written with a space, "wheel chair", is two words
// in a row in one clause, spaced or hyphened. Any word is also read across hyphens, joined:
// "para-esthesia", "wheel-chair", "non-weightbearing", "foot-drop" (red_flag_mentions.cpp).
struct FlagWord {
    std::string_view word;
    RedFlag flag;
    RedFlag also;  // == flag when the word names one flag only
    std::array<std::string_view, 12> unless{};
    Spelling spelling = Spelling::any;
    // Nor when one of these comes within two words before it ("acupuncture needles").
    std::array<std::string_view, 8> unless_before{};
    // The word affirms both flags it names, as "N&T" does (names_both): "sciatica" and
    // "dysaesthesia" are nerve symptoms themselves, not a pain that may come from a nerve.
    bool affirms_both = false;
    // Nor when it is said figuratively: "as" then an article or a possessive, with at most one
    // word more, right before it ("as a crutch for his stress", "as an emotional crutch"; not "as
    // tolerated with crutches", trial 53).
    bool unless_figurative = false;
    // The name of a diagnosis that is an emergency when suspected: queried and not screened,
    // denied or resolved after ("?CES", "?CES for MRI"; not "?CES screened and cleared"), or
    // written alone in its clause, with none but these words beside it ("CES.", "Cauda equina
    // syndrome."), it affirms both flags it names. Otherwise it only asks for the record, as in
    // "cauda equina screen normal".
    std::array<std::string_view, 8> diagnosis{};
};

// What comes between "as" and a word said figuratively: "as a crutch", "as his crutch".
inline constexpr auto figurative_articles = std::to_array<std::string_view>(
    {"a", "an", "his", "her", "their", "my", "your", "our", "some", "the"});

inline constexpr std::array<std::string_view, 12> nerve_exercises = {"glide*", "floss*", "slider*",
                                                                     "mobili*", "tensioner*"};

// Words after "electric" of a treatment by electricity, not a nerve's shock: "electric stim",
// "electrical muscle stimulation", "electric current applied".
inline constexpr std::array<std::string_view, 12> electric_treatments = {
    "stim*", "muscle", "therap*", "tens", "machine*", "device*", "unit*", "treatment*", "applied"};

// A word list copied into a longer one, the rest empty: a `FlagWord` takes twelve words
// `unless`, a phrase's clause eight.
template <std::size_t Longer, std::size_t N>
consteval std::array<std::string_view, Longer> padded(
    const std::array<std::string_view, N>& words) {
    static_assert(N <= Longer);
    std::array<std::string_view, Longer> out{};
    std::copy(words.begin(), words.end(), out.begin());
    return out;
}

// Words after "dead leg" that make it an exercise: "dead-leg drill", "(dead leg variation)".
inline constexpr std::array<std::string_view, 8> dead_leg_exercises = {
    "lift*", "bug*", "hang*", "drill*", "variation*", "exercis*", "deadlift*", "pattern*"};

// Words of being carried before "off", which then says where from, not that the aid is off:
// "piggybacked off", "stretchered off" (red_flag_denials.cpp, mark_double_negatives).
inline constexpr auto carried_off_words = std::to_array<std::string_view>(
    {"piggyback*", "back*", "carried", "stretcher*", "wheeled", "helped", "assisted"});

// Verbs of control after a negative word, which then affirms what follows it: "can't stop myself
// weeing" is a loss of control, not a denial (trial 60), and so are an ability and a hold denied
// ("hasn't been able to hold his wee", trial 63; "can't hold his pee"), with "been", "be" or
// "seem to" allowed between ("can't seem to hold his pee"; red_flag_denials.cpp,
// mark_double_negatives).
inline constexpr auto control_verbs = std::to_array<std::string_view>(
    {"stop", "help", "control", "prevent", "avoid", "able", "hold"});

// Verbs of not knowing after a negative word, with a verb of being or having after them within
// three words, which then affirm what follows: "didn't know she had wet herself" is a loss of
// sensation, not a denial (trial 73); "didn't notice any numbness" still denies it
// (red_flag_denials.cpp, mark_double_negatives).
inline constexpr auto unaware_verbs =
    std::to_array<std::string_view>({"know", "knew", "realis*", "realiz*", "notice*"});
inline constexpr auto unaware_of_being =
    std::to_array<std::string_view>({"had", "has", "was", "were", "is", "been", "having"});

// Words after "piggyback" that make it a partner drill: "piggyback carries", "piggyback sprints".
inline constexpr std::array<std::string_view, 12> piggyback_drills = {
    "carr*", "drill*", "race*", "sprint*", "exercis*", "squat*", "walk*", "lunge*"};

// The words of cauda equina syndrome's name, for a diagnosis written alone (FlagWord::diagnosis),
// and of its red flags named alone (trial 75: "Cauda equina red flags", "Red flags for cauda
// equina"; not "CES red flags: none").
inline constexpr std::array<std::string_view, 8> cauda_equina_names = {
    "cauda", "equina", "ces", "syndrome", "red", "flag", "flags", "for"};

inline constexpr auto flag_words = std::to_array<FlagWord>({
    // Not a numbskull (trial 44: "Numb-skull mistake"), nor a feeling about something (trial
    // 48: "Feeling numb about being dropped").
    {"numb", numb, numb, {"skull*", "about"}},
    {"numbs", numb, numb},
    {"numbed", numb, numb},
    {"numbish", numb, numb},
    {"numbness", numb, numb},
    // Not a numbing cream or spray (trial 44: "Numbing cream used for the dry needling").
    // Nor the cold of ice doing its job (trial 45: "Numbing cold ice bath after").
    {"numbing",
     numb,
     numb,
     {"cream*", "gel*", "spray*", "agent*", "injection*", "patch*", "cold", "ice"}},
    {"hypoaesth*", numb, numb},
    {"hypoesth*", numb, numb},
    {"anaesthesia", numb, numb},  // "saddle anaesthesia"; not "local anaesthetic"
    // A post-void residual by its initials, unless said normal (trial 74: "PVR 450 mL"); its
    // volume is not read, so "PVR 30 mL" stopping is the safe mistake.
    {.word = "pvr",
     .flag = numb,
     .also = tingle,
     .unless = {"normal", "nil", "negligible", "minimal", "fine", "ok", "okay", "wnl"},
     .affirms_both = true},
    // No urine made or passed (trial 74: "Anuric since yesterday"), and sexual function lost
    // ("Impotence since injury").
    {.word = "anuri*", .flag = numb, .also = tingle, .affirms_both = true},
    {.word = "impotence", .flag = numb, .also = tingle, .affirms_both = true},
    {"anesthesia", numb, numb},
    // Not a tingle of feeling: "tingling of excitement before the game".
    {"tingl*", tingle, tingle, {"excite*", "anticipat*", "nerves", "adrenalin*", "joy"}},
    {"paresth*", tingle, tingle},
    {"paraesth*", tingle, tingle},
    {"parasth*", tingle, tingle},
    // Paraesthesia in clinical shorthand (trial 39: "paras++ sole", "paraes lat foot").
    {"paras", tingle, tingle},
    {"paraes", tingle, tingle},
    {.word = "dysaesth*", .flag = numb, .also = tingle, .affirms_both = true},
    {.word = "dysesth*", .flag = numb, .also = tingle, .affirms_both = true},
    {"needles",
     tingle,
     tingle,
     // Nor of excitement (trial 45: "Pins and needles of excitement before the final"), nor
     // waiting anxiously about something (trial 48: "Pins and needles about selection").
     {"insert*", "used", "placed", "removed", "avoid*", "withheld", "declined", "excite*",
      "anticipat*", "nerves", "adrenalin*", "about"},
     Spelling::any,
     {"acupunct*", "acu", "dry", "inject*", "sterile"}},
    {"pn", tingle, tingle},
    {"nt", numb, tingle, {}, Spelling::joined_letters},
    {"sciatic*", numb, tingle, nerve_exercises},
    {"radiat*", numb, tingle},
    // Radicular pain is a nerve root's, as radiculopathy is (trial 77: "Radicular pain L5", "L5
    // radic"). Named with its pain, so that a label's value after it answers it: "Radicular pain:
    // none".
    {"radicul*", numb, tingle},
    {.word = "radicul* pain*", .flag = numb, .also = tingle, .affirms_both = true},
    {.word = "radicul* symptom*", .flag = numb, .also = tingle, .affirms_both = true},
    {.word = "radic", .flag = numb, .also = tingle, .affirms_both = true},
    // A nerve root's disease, or a skin that feels too much or hurts to touch, are nerve symptoms
    // themselves: "L5 radiculopathy", "hyperaesthesia in the foot", "allodynia".
    {.word = "radiculopath*", .flag = numb, .also = tingle, .affirms_both = true},
    {.word = "hyperaesth*", .flag = numb, .also = tingle, .affirms_both = true},
    {.word = "hyperesth*", .flag = numb, .also = tingle, .affirms_both = true},
    {.word = "allodyni*", .flag = numb, .also = tingle, .affirms_both = true},
    {"pinsandneedle*", tingle, tingle},  // "pinsandneedles", "pins-and-needles"
    {"dermatom*", numb, tingle},         // "L5 dermatomal pain"
    // Not a treatment by electricity: "electric stim", "electrical muscle stimulation", "electric
    // current applied by the physio"; an electric current felt into the toes is a nerve's (trial
    // 49), so a current alone is no treatment.
    {"electric*", numb, tingle, electric_treatments},
    {"nerve", numb, tingle, nerve_exercises},
    {"nerves", numb, tingle},
    {"neural", numb, tingle, nerve_exercises},
    {"neurodynamic*", numb, tingle, nerve_exercises},
    {"neurolog*", numb, tingle, {"intact", "normal", "nad", "unremarkable", "clear"}},
    {"neuropath*", numb, tingle},
    // Named as the nerve's own complaint, not a pain that may be one: "sciatica" (not "history
    // of sciatica": a doubt), a crawling skin ("formication"), a foot slapped down by weak
    // dorsiflexors ("steppage gait").
    {.word = "sciatica", .flag = numb, .also = tingle, .affirms_both = true},
    {"formication", tingle, tingle},
    {"prickl*", tingle, tingle},  // "prickling in the foot", "prickly feeling in the toes"
    {"pricking", tingle, tingle},
    {.word = "steppage", .flag = numb, .also = tingle, .affirms_both = true},
    // Named alone, cauda equina asks for the nerve flags' record ("cauda equina screen normal");
    // suspected or its symptoms said, it affirms them (cauda_equina_suspected, flag_phrases).
    // Suspected, cauda equina syndrome is an emergency referral (Finucane et al. 2020, J Orthop
    // Sports Phys Ther 50(7):350-372): queried or written down alone, it affirms them (trial 73:
    // "?CES", "CES.").
    {.word = "cauda", .flag = numb, .also = tingle, .diagnosis = cauda_equina_names},
    {"equina", numb, tingle},
    {.word = "ces", .flag = numb, .also = tingle, .diagnosis = cauda_equina_names},
    // Incontinence named alone, as cauda equina is (trial 70: "Incontinence since Friday").
    // Its pads as well ("Wearing incontinence pads"): the pads are the word's own, so that a
    // denial after them denies it (trial 73: "Incontinence pads not needed").
    {.word = "incontinen*",
     .flag = numb,
     .also = tingle,
     .unless = {"pad", "pads"},
     .affirms_both = true},
    {.word = "incontinen* pad*", .flag = numb, .also = tingle, .affirms_both = true},
    // Shortened (trial 77: "urinary incont. ++", "bladder incont.").
    {.word = "incont",
     .flag = numb,
     .also = tingle,
     .unless = {"pad", "pads"},
     .affirms_both = true},
    // Retention alone, a word of the bladder in a note about the leg (trial 77: "LUTS -
    // retention", "Retention: yes"); not fluid or water retained, a squad's or a memory's
    // retention, nor a retention of something named after it.
    {.word = "retention",
     .flag = numb,
     .also = tingle,
     .unless = {"of", "rate*", "polic*", "bonus*", "scheme*", "drill*", "test*"},
     .unless_before = {"fluid*", "water", "player*", "staff", "squad", "memory", "knowledge",
                       "customer*"},
     .affirms_both = true},
    // Not a crutch of the mind (trial 48: "Uses the gym as a crutch for his stress"; trial 63:
    // "uses crutch words like um").
    {"crutch*", weight, weight, {"word", "words"}, Spelling::any, {}, false, true},
    {"wheelchair*", weight, weight},
    {"wheel chair*", weight, weight},
    // Not an exercise named after the frame: "zimmer-style step-ups".
    {"zimmer*", weight, weight, {"style", "type", "step*", "drill*", "exercis*"}},
    {"rollator*", weight, weight},
    // Not the plant or what is made of it (trial 39: "Avoids cane sugar in diet", "a cane toad").
    {"cane",
     weight,
     weight,
     {"sugar*", "toad*", "farm*", "field*", "juice", "syrup", "furniture", "chair*"},
     Spelling::any,
     {"sugar", "candy", "bamboo", "rattan"}},
    {"canes", weight, weight, {"sugar*", "toad*", "farm*", "field*", "juice", "syrup"}},
    {"nwb*", weight, weight},
    {"utwb*", weight, weight},  // unable to weight bear (trial 79: "UTWB on the L")
    {"ttwb*", weight, weight},
    {"tdwb*", weight, weight},
    {"pwb*", weight, weight},
    {"nonweightbear*", weight, weight},
    {"nonweight", weight, weight},  // "nonweight bearing"
    {"xec", weight, weight},        // "PWB 2xEC": two elbow crutches
    // Elbow crutches, more than one, written "ECs" (trial 39: "2 ECs", as "Amb with 1 EC" reads);
    // not sets of eccentric exercise ("3 sets of ECs", "ECs for hamstrings").
    {"ecs",
     weight,
     weight,
     {"curl*", "hamstring*", "exercis*", "nordic*", "rdl*", "bridg*", "training", "session*"},
     Spelling::any,
     {"set*", "rep*", "of", "slow", "heavy", "hamstring*", "nordic*", "program*"}},
    // Carried from the field: "stretchered off", "on a stretcher".
    {"stretcher*", weight, weight},
    // Carried on someone's back (trial 38: "piggybacked off"); not a partner drill ("piggyback
    // carries", "piggyback sprints").
    {"piggyback*", weight, weight, piggyback_drills},
    {"piggy back*", weight, weight, piggyback_drills},
    {"nonambulant*", weight, weight},  // "non-ambulant"
    // Weight-bearing orders short of full weight: touch (TWB), flat-foot (FFWB).
    {"twb*", weight, weight},
    {"ffwb*", weight, weight},
    // Aids and confinement that say the leg takes no weight: a knee scooter, bed or house bound.
    {"knee scooter*", weight, weight},
    // A mobility scooter, moving along the furniture or sitting down stairs (trial 43: "Using a
    // mobility scooter since the injury", "Furniture walking around the house", "Bum-shuffling up
    // the stairs").
    {"mobility scooter*", weight, weight},
    {"furniture walk*", weight, weight},
    {"furniturewalk*", weight, weight},
    {"bum shuffl*", weight, weight},
    {"bumshuffl*", weight, weight},
    {"bottom shuffl*", weight, weight},
    {"bottomshuffl*", weight, weight},
    {"bed bound", weight, weight},
    {"bedbound", weight, weight},
    {"bedridden", weight, weight},
    {"bed ridden", weight, weight},
    {"house bound", weight, weight},
    {"housebound", weight, weight},
    // Not an exercise: "walker's lunges", "walkers march".
    {"walker",
     weight,
     weight,
     {"lunge*", "drill*", "exercis*", "march*", "stretch*", "squat*", "step*", "warm*"},
     Spelling::any,
     {"keen", "dog", "nordic", "fast", "power"}},
    {"walkers",
     weight,
     weight,
     {"lunge*", "drill*", "exercis*", "march*", "stretch*", "squat*", "step*", "warm*"},
     Spelling::any,
     {"keen", "dog", "nordic", "fast", "power"}},
    // Not "sticks to the plan", nor a sport's sticks ("hockey sticks" in the equipment).
    {"sticks",
     weight,
     weight,
     {"to", "with", "at", "out", "around"},
     Spelling::any,
     {"hockey", "lacrosse", "hurl*", "pogo", "drum*", "broom*", "dowel*", "pvc"}},
    {"avuls*", gap, gap},
    {"ruptur*", gap, gap},
    // Not an exercise of the shoulder or neck: "scapular retraction", "retraction drills".
    {"retract*",
     gap,
     gap,
     {"drill*", "exercis*", "hold*", "scapul*", "shoulder*", "chin", "neck", "cervical"},
     Spelling::any,
     {"scapul*", "shoulder*", "chin", "neck", "cervical", "thorac*", "postur*"}},
    {"detach*", gap, gap},
    // The muscle belly balled up where its tendon let go: "Popeye sign".
    {"popeye*", gap, gap},
    // Not a drill of stepping off something: "step-off drill", "box step-off landing", "step off
    // a box".
    // A step-off done with control is a movement ("Hamstring bridge on a step, step-off
    // controlled": trial 39), not a deformity felt.
    {"step-off",
     gap,
     gap,
     {"drill*", "exercis*", "land*", "jump*", "training", "control*", "progression*", "rep*"},
     Spelling::any,
     {"box*", "bench*", "platform*", "drop*", "stair*", "kerb*", "curb*"}},
    {"step off",
     gap,
     gap,
     {"the", "a", "box*", "bench*", "control*", "drill*", "exercis*", "landing*"},
     Spelling::any,
     {"box*", "bench*", "platform*", "drop*", "stair*", "kerb*", "curb*"}},
    {"discontinuit*", gap, gap},  // "discontinuity on palpation"; not "discontinued"
    {"stepoff",
     gap,
     gap,
     {"drill*", "exercis*", "land*", "jump*", "training", "control*", "progression*", "rep*"},
     Spelling::any,
     {"box*", "bench*", "platform*", "drop*", "stair*", "kerb*", "curb*"}},
    // A foot drop written as one word is the sign itself, as "foot drop" is (trial 77:
    // "Dropfoot R", "footdrop").
    {.word = "footdrop*", .flag = numb, .also = tingle, .affirms_both = true},
    {.word = "dropfoot*", .flag = numb, .also = tingle, .affirms_both = true},
    // Not a drill or a lift named so: "dead-leg drill", "dead leg variation".
    {"deadleg*", numb, numb, padded<12>(dead_leg_exercises)},
    // "a deadness in the back of the leg" (trial 41), as a leg that feels dead.
    {"deadness", numb, numb, padded<12>(dead_leg_exercises)},
    {"dent", gap, gap},
    {"dents", gap, gap},
    {"defect*", gap, gap},
    {"indentation*", gap, gap},
    {"divot*", gap, gap},
    {"cavity", gap, gap},
    {"cavitation", gap, gap},
    {"concavity", gap, gap},
    // A deformity or a dimple of the thigh is the shape a retracted or avulsed muscle leaves
    // (trial 54: "obvious deformity posterior thigh", "obvious dimple at the tear site").
    {"deformit*", gap, gap},
    {"deformed", gap, gap},  // "thigh looks deformed" (trial 56)
    {"dimpl*", gap, gap, {}, Spelling::any, {"golf", "ball*", "cheek*", "chin"}},
});

// Flag words as commonly misspelt: a word of six letters or more, not itself a flag word, that is
// one edit (a letter added, dropped, changed, or two swapped) from one of these, with the same
// first letter, is read as it ("numbnes", "nubness", "tinlging", "parestesia", "cruches",
// "avultion", "palpible"), unless it is one of `near_miss_words`, English words that lie as near
// ("clutches", "crunches", "tinkling", "tangling", "rapture", "needless"); "needels" and
// "neddles" are pins and needles (trial 47). Read after look-alike letters are
// folded and letters spaced one by one joined ("n u m b n e s s": red_flag_mentions.cpp).
inline constexpr auto misspelt_words = std::to_array<std::string_view>(
    {"numbness", "tingling", "paraesthesia", "paresthesia", "parasthesia", "dysaesthesia",
     "crutches", "avulsion", "palpable", "sciatica", "wheelchair", "rupture", "ruptured",
     "radiculopathy", "hypoaesthesia", "neuropathic", "needles",
     // trial 74: "Sadle anasthesia", "Incontinance of urine", "Urinary retension"
     "anaesthesia", "anesthesia", "incontinence", "retention"});
inline constexpr auto near_miss_words = std::to_array<std::string_view>(
    {"clutches", "crotches", "crunches", "tinkling", "tangling", "tinging", "dumbness", "rapture",
     "raptured", "numbers", "needless", "needled", "noodles"});
inline constexpr std::size_t misspelt_min_letters = 6;

// A flag's name of two words, each too short to be read as misspelt alone (`misspelt_min_letters`),
// read as meant when the two are written within two edits of it, each word with its own first
// letter (found after trial 76: "caude equina ?", "cauda equine", "corda equina"): no English pair
// lies so near (red_flag_mentions.cpp).
inline constexpr auto misspelt_pairs = std::to_array<std::array<std::string_view, 2>>({
    {"cauda", "equina"},
});
inline constexpr std::size_t misspelt_pair_edits = 2;

// Both sides named one by one read "both" (trial 76: "Weakness L and R legs", "Weak L + R legs",
// "left and right legs"): a side of `left_side_words` and one of `right_side_words`, either
// first, joined by "and" in one clause, or two letters joined by '&' or '+' ("L&R"; not "L/R",
// a ratio of one side to the other) (red_flag_mentions.cpp).
inline constexpr auto left_side_words = std::to_array<std::string_view>({"l", "lt", "left"});
inline constexpr auto right_side_words = std::to_array<std::string_view>({"r", "rt", "right"});

// Two words that name a red flag together, within `reach` words of each other in one clause
// (words between commas or full stops): "a gap felt in the muscle" but not "after a two-week gap,
// felt good"; "loss of sensation"; "foot drop"; "complete tear"; "needs a stick to walk"; "pain
// referring into the leg"; "pain shoots down to the foot"; "shooting pain" (not "shooting
// drills": shooting alone is a sport's word); "palpable void". A phrase is not one when a word of
// `unless` follows its first word within two words ("single leg dead lift" is an exercise).
// `label` phrases reach across ':' and '=' ("Slump: +ve").
struct FlagPhrase {
    std::string_view word;
    std::array<std::string_view, 24> near;  // "" ends the list
    std::size_t reach;
    RedFlag flag;
    RedFlag also;
    std::array<std::string_view, 16> unless{};
    // Label phrases reach across ':' and '=', and to the word right before a comma ("PWB, EC");
    // their `only_in_clause` is read in the sentence ("Bladder: no control").
    bool label = false;
    // The phrase affirms both flags it names, as "N&T" does (names_both): a loss of sensation,
    // a foot drop, symptoms reproduced into the foot are nerve symptoms themselves, not a pain.
    // For a phrase of one flag, it affirms it whatever word it is found beside ("PWB c EC": the
    // elbow crutches).
    bool affirms_both = false;
    // Nor when one of these is in the phrase's clause: a sport's stick ("uses a stick for the
    // hockey drills").
    std::array<std::string_view, 16> unless_in_clause{};
    // Only when one of these is in the phrase's clause: a loss of power in the foot, not in the
    // hamstring; pain below the knee (trial 37).
    std::array<std::string_view, 8> only_in_clause{};
    // Only when the word of `near` comes before `word`: "without passing urine", not "passing
    // urine without pain".
    bool near_before = false;
    // How `word` must be written: "W/C" (a wheelchair), not "WC" (a toilet).
    Spelling spelling = Spelling::any;
};

// The foot and ankle, where the sciatic nerve's branches drive the muscles (trial 37: "loss of
// power in the foot", "weakness in foot").
inline constexpr std::array<std::string_view, 8> foot_words = {"foot", "feet", "toe*", "hallux",
                                                               "ankle*"};
// Words of a pain or a symptom, for phrases that place one below the knee.
inline constexpr std::array<std::string_view, 8> pain_words = {"pain*", "ache*", "aching",
                                                               "symptom*", "sore*"};

// What a bruise, a swelling or a rash does when it spreads (flag_phrases): not a nerve's
// symptom travelling down the leg.
inline constexpr std::array<std::string_view, 16> not_a_nerve_spreading = {
    "bruis*",  "haematoma*", "hematoma*", "ecchymos*", "discolo*", "swelling",
    "swollen", "rash",       "redness",   "blood",     "blister*", "cramp*"};
// Strength or power lost, and what says both sides, for a weakness of both legs said of strength
// (flag_phrases: "Strength 3/5 bilat hamstrings"); not of the upper body, the hips or the trunk,
// nor a session's load ("bilateral strength work reduced").
inline constexpr std::array<std::string_view, 24> strength_lost = {
    "reduced", "decreased", "diminished", "impaired", "poor", "lost", "loss", "weak*"};
inline constexpr std::array<std::string_view, 8> both_sides_named = {"both", "bilateral*", "bilat",
                                                                     "bil",  "bl",         "ble"};
inline constexpr std::array<std::string_view, 16> not_leg_strength = {
    "grip",  "arm*", "hand*",    "shoulder*", "upper",    "core",  "glute*", "hip*",
    "trunk", "work", "training", "session*",  "exercis*", "load*", "volume", "program*"};
// Control of the bladder or bowel lost or troubled, or urine held or leaking (flag_phrases).
// What says the bladder, bowel or saddle is as it should be, which a phrase of trouble beside it
// does not override (FlagPhrase::unless: "Bladder control normal", "B&B normal").
inline constexpr std::array<std::string_view, 16> sphincter_said_normal = {
    "normal", "intact", "fine", "ok", "okay", "good", "preserved", "unchanged"};
inline constexpr std::array<std::string_view, 24> sphincter_troubles = {
    "control*", "problem*",  "issue*",  "trouble*",    "dysfunction", "loss",
    "lost",     "retention", "retain*", "incontinen*", "leak*",       "symptom*",
    "altered",  "disturb*",  "change*", "accident*",   "hold*"};

// Words of urine not passed, or passed with trouble (flag_phrases): "unable to pass urine",
// "can't pee", "hasn't been able to pee", "struggling to start peeing", "dribbling urine". A
// dribble is also a football word: these read only within reach of a word of urine.
inline constexpr std::array<std::string_view, 24> urine_not_passed = {
    "cannot", "cant",     "couldnt",    "unable",  "hasnt",
    "hadnt",  "struggl*", "difficult*", "dribbl*", "hesitan*"};

// The saddle area and what is screened there, for a screen found not intact (flag_phrases).
inline constexpr std::array<std::string_view, 8> saddle_screens = {
    "saddle", "perine*", "perianal", "sensation*", "dermatom*", "neuro*"};

// The denials of passing urine said with its verbs ("has not urinated", "didn't pee"), and what
// makes a pee not passed no sign: a break not needed, weed not smoked, a trouble denied.
inline constexpr std::array<std::string_view, 24> urine_denied = {
    "not",  "didnt",   "hasnt",  "hadnt",     "havent", "never",    "cannot",
    "cant", "couldnt", "unable", "incapable", "wont",   "struggl*", "difficult*"};
inline constexpr std::array<std::string_view, 16> pee_not_withheld = {
    "need*",  "break*",   "before", "bit",  "bits", "while", "smok*",   "problem*",
    "issue*", "trouble*", "normal", "fine", "ok",   "okay",  "sample*", "test*"};

// Both sides named after a comma, the legs before it, what says the two sides are well, and the
// one side that makes the weakness one leg's (MentionFinder::find_weakness_both_sides: "Weak
// legs, both sides"; not "Weak left leg, both sides tested").
inline constexpr auto both_sides_words =
    std::to_array<std::string_view>({"sides", "legs", "limbs", "lower"});
inline constexpr auto bilateral_words =
    std::to_array<std::string_view>({"bilaterally", "bilateral", "bilat", "bl"});
inline constexpr auto leg_words_for_weakness =
    std::to_array<std::string_view>({"leg", "legs", "limb*", "ll", "lls", "le", "les"});
inline constexpr auto equal_strength_words =
    std::to_array<std::string_view>({"normal*", "fine", "ok", "okay", "strong*", "good", "intact"});
inline constexpr auto one_side_words =
    std::to_array<std::string_view>({"left", "right", "l", "r", "lt", "rt", "one", "single"});

// A trouble in a phrase, and the negators that deny it right before it (MentionFinder::
// find_phrases): "urinates without difficulty", "passing urine with no problems", "no change to
// bladder habits" (trial 74); not a loss ("bladder, no control").
inline constexpr auto phrase_troubles = std::to_array<std::string_view>(
    {"difficult*", "problem*", "issue*", "trouble*", "concern*", "complaint*", "change*"});
inline constexpr auto phrase_negators =
    std::to_array<std::string_view>({"no", "without", "wo", "nil", "not"});
// What may stand between such a negator and its trouble: "bladder not an issue", "not a
// problem", "no real concerns" (trial 77).
inline constexpr auto phrase_negation_fillers =
    std::to_array<std::string_view>({"a", "an", "any", "real", "major", "big", "obvious"});
// Control of the bladder or bowel said whole, right before or after the phrase (trial 77: "Good
// control of bladder and bowel", "Bladder and bowel control good"); not "poor control".
inline constexpr auto control_words = std::to_array<std::string_view>({"control*"});
inline constexpr auto control_companions = std::to_array<std::string_view>(
    {"and", "bladder", "bowel*", "urinary", "faecal", "fecal", "sphincter*"});
// A loss said earlier in the clause undoes a word of control kept: "loss of full control".
inline constexpr auto control_lost_words = std::to_array<std::string_view>(
    {"loss", "lost", "losing", "lose*", "reduc*", "poor*", "impair*", "decreas*", "diminish*", "no",
     "not", "without", "difficult*", "trouble*", "problem*", "issue*"});
inline constexpr auto control_kept_words = std::to_array<std::string_view>(
    {"good", "full", "normal*", "intact", "fine", "ok", "okay", "preserved", "unchanged",
     "maintained", "retained", "complete", "perfect", "excellent", "great"});

// What may stand between a word of control and what is said of it (trial 77: "Bladder and bowel
// control is good").
inline constexpr auto control_copulas = std::to_array<std::string_view>(
    {"is", "was", "are", "were", "remains", "remained", "seems", "appears", "still"});
// Being in control of the bladder or bowel, qualified and denied (MentionFinder::in_control_said,
// trial 80: "Not fully in control of his bladder", "never been in control"; "In control of bladder
// and bowel" plans).
inline constexpr auto in_control_qualifiers =
    std::to_array<std::string_view>({"fully", "completely", "totally", "entirely", "always",
                                     "quite", "really", "longer", "still", "yet", "been"});
inline constexpr auto in_control_negators =
    std::to_array<std::string_view>({"not", "no", "never", "nor"});

// What makes cauda equina named in a note a suspicion or a sign (flag_phrases).
inline constexpr std::array<std::string_view, 24> cauda_equina_suspected = {
    "suspect*", "query", "queried", "possible", "possibly", "probable", "likely", "symptom*",
    "syndrome", "concern*", "worried", "compression", "present",
    // trial 73: "Sent to ED to rule out cauda equina", "Urgent MRI for ?cauda equina"; trial
    // 74: "CES red flags +ve"
    "rule", "ruling", "exclude", "urgent*", "mri", "positive"};

// What makes a denial before urine deny a trouble, not the passing (flag_phrases: "no problems
// passing urine", "not had any trouble passing urine", "no blood in urine, passing it fine"). A
// pain is not among them: "has not passed urine since the pain started" must stop, and "not had
// any pain passing urine" stopping is the safe mistake.
inline constexpr std::array<std::string_view, 16> urine_trouble_denied = {
    "problem*", "issue*", "trouble*", "difficult*", "change*",  "blood",     "sample*", "test*",
    "fine",     "normal", "ok",       "okay",       "concern*", "complain*", "symptom*"};

// Who is wet or wetted in a loss of bladder control said plainly ("wet herself", "peeing
// himself", flag_phrases).
inline constexpr std::array<std::string_view, 24> wetting_oneself = {
    "herself", "himself", "myself", "themselves", "themself", "yourself"};

// Where urine wets when it is not held (flag_phrases: "wet the bed", "wet his pants"), and what
// else wets them.
inline constexpr std::array<std::string_view, 24> wet_places = {"bed", "pants", "trousers",
                                                                "knickers", "underwear"};
inline constexpr std::array<std::string_view, 16> not_wet_from_urine = {
    "ice*",    "pack*", "towel*", "sweat*", "cloth*", "compress*", "rain*",
    "puddle*", "swim*", "pool",   "grass",  "drink*", "spill*",    "water"};

// The hamstring tendons at the sitting bone, for the signs of their avulsion (flag_phrases), and
// the words of a gap whose denial those signs' words may be part of ("no gap palpable at the
// tendon").
inline constexpr std::array<std::string_view, 8> tendon_words = {"tendon*", "origin", "ischi*",
                                                                 "conjoint"};
inline constexpr std::array<std::string_view, 16> avulsion_sign_denials = {
    "gap*", "defect*", "step*", "dent*", "divot*", "hollow*", "dip", "deformit*"};

// A few steps or metres walked (flag_phrases), and the words of a drill's steps.
inline constexpr std::array<std::string_view, 24> few_words = {"few", "couple", "handful"};
// Fewer than four steps (Ottawa), or only some: "only 3 steps unaided" (the digit is a mark),
// "only two steps" (trial 36).
inline constexpr std::array<std::string_view, 24> few_steps = {
    "few", "couple", "handful", "only", "one", "two", "three", "single"};
inline constexpr std::array<std::string_view, 16> drill_words = {
    "jog*", "run*",    "drill*", "sprint*",  "set*",
    "rep*", "between", "warm*",  "workout*", "exercis*"};

// Hopping, and the drills that hop about: "hopping to get around", not "hopping around cones".
inline constexpr std::array<std::string_view, 24> hop_words = {"hop", "hops", "hopped", "hopping"};
inline constexpr std::array<std::string_view, 16> hop_drills = {
    "test*", "drill*", "exercis*", "cone*", "ladder*", "warm*", "plyo*", "hurdle*"};

// Places one is helped, carried or wheeled to (trial 38: "helped to the car"), and what else
// one may help with or carry ("helped pack the car", "carried the bags to the car").
inline constexpr std::array<std::string_view, 24> places_reached = {
    "car",  "bed",     "toilet",    "bathroom",   "bench",  "changing",  "dressing", "room",
    "home", "house",   "clinic",    "stairs",     "chair",  "ambulance", "van",      "bus",
    "taxi", "locker*", "sideline*", "touchline*", "tunnel", "upstairs",  "office",   "vehicle"};
inline constexpr std::array<std::string_view, 16> helping_chores = {
    "pack*", "load*", "unload*", "carry*", "clean*", "set*", "tidy*", "with", "on", "out"};
// Things carried or wheeled somewhere, not a person (trial 47: "Carried the shopping home").
inline constexpr std::array<std::string_view, 16> carried_things = {
    "bike*",     "bicycle*", "bag*",    "suitcase*", "trolley*", "kit*",  "box*",  "equipment",
    "shopping*", "grocer*",  "luggage", "bottle*",   "ball*",    "cone*", "water", "bin*"};
// A person carried: "carry her up the stairs".
inline constexpr std::array<std::string_view, 24> carried_people = {"her", "him", "me", "them"};
// Exercises done at a wall, and walking about, for the furniture and walls held to walk.
inline constexpr std::array<std::string_view, 16> wall_exercises = {
    "raise*",  "squat*", "lunge*", "stretch*", "drill*", "exercis*", "balance",
    "bridge*", "sit*",   "slide*", "push*",    "ball*",  "press*"};
inline constexpr std::array<std::string_view, 8> walking_about = {
    "walk*", "get", "getting", "move*", "moving", "about", "around", "mobilis*"};
// Places one is carried to or about, for `carried_people`.
inline constexpr std::array<std::string_view, 8> carried_to = {
    "stair*", "upstairs", "car", "bed", "toilet", "bathroom", "clinic", "home"};
// A person's arm or shoulder needed, leaned on or held to get about, and where to.
inline constexpr std::array<std::string_view, 24> leaning_words = {
    "lean*", "needs", "need", "needed", "needing", "using", "uses", "holding", "holds"};
inline constexpr std::array<std::string_view, 8> getting_about = {
    "walk*", "get", "getting", "stair*", "car", "toilet", "about", "around"};
// People who help one about, and how many: "supported by two teammates", "with the aid of his
// partner" (trial 48).
inline constexpr std::array<std::string_view, 24> helping_people = {
    "teammate*",  "friend*",   "partner",  "dad",    "father",     "mum",
    "mom",        "mother",    "husband",  "wife",   "brother*",   "sister*",
    "parent*",    "son",       "daughter", "people", "someone",    "somebody",
    "girlfriend", "boyfriend", "two",      "others", "colleague*", "flatmate"};
// A person's help that is not with getting about: "supported by his partner emotionally", "first
// aid from a teammate".
inline constexpr std::array<std::string_view, 16> other_help = {
    "emotional*", "mental*", "financ*", "decision*", "first",   "exercis*", "drill*",
    "stretch*",   "massag*", "plan*",   "goal*",     "hearing", "visual*",  "kit"};
// A leg that fails under weight, and what one was doing: "leg collapses under him when he tries
// to stand", "leg buckles when standing" (trial 48).
inline constexpr std::array<std::string_view, 8> under_weight = {"stand*", "stood", "weight",
                                                                 "walk*",  "step*", "put*"};
inline constexpr std::array<std::string_view, 16> limb_exercises = {
    "swing*", "drive", "action", "exercis*", "raise*", "circle*", "press*", "rehab*"};

// Words of sensation altered (flag_phrases: "sensation reduced", "Sens. reduced").
inline constexpr std::array<std::string_view, 24> sensation_altered = {
    "los*", "no", "reduced", "altered", "without", "decreased", "diminished", "impaired", "absent",
    "abnormal", "disturbed", "changed", "dull", "dulled", "increased", "patchy",
    // in shorthand (trial 39: "dec sens lat foot", "decr sens L toes")
    "dec", "decr", "decrd", "dimin*", "reduc*"};

// Where a fizzing, buzzing or zinging is felt, or the word of feeling it: "fizzy feeling", "buzzing
// in the foot".
inline constexpr std::array<std::string_view, 24> felt_in_the_leg = {
    "foot",  "feet",  "calf", "calves", "shin*",    "toe*",
    "heel*", "sole*", "leg*", "thigh*", "feeling*", "sensation*"};
// The buzz of a crowd or a game, not of a nerve: "buzzing before the match".
inline constexpr std::array<std::string_view, 16> excitement_words = {
    "excite*", "anticipat*", "adrenalin*", "crowd*", "atmospher*", "drink*", "match*", "game*"};

// A person's arm or shoulder needed, leaned on or held to get about: "Leaning on his dad's arm
// to walk".
consteval FlagPhrase leaning_on(std::string_view part) {
    return {.word = part,
            .near = leaning_words,
            .reach = 5,
            .flag = weight,
            .also = weight,
            .unless = limb_exercises,
            .only_in_clause = getting_about};
}

// A sock or a stocking felt as if worn: "Feels like wearing a thick sock that isn't there".
consteval FlagPhrase felt_as_worn(std::string_view garment) {
    return {.word = garment,
            .near = {"like", "if"},
            .reach = 6,
            .flag = numb,
            .also = numb,
            .unless_in_clause = {"compression", "grip*", "spike*", "boot*", "shoe*", "wet", "new",
                                 "clean"}};
}

// A leg or knee that fails under weight: "Leg collapses under him when he tries to stand".
consteval FlagPhrase fails_under_weight(std::string_view verb) {
    return {
        .word = verb,
        .near = {"leg*", "knee*", "under"},
        .reach = 3,
        .flag = weight,
        .also = weight,
        .unless_in_clause = {"drill*", "exercis*", "scrum*", "lung*", "squat*", "test*", "belt*"},
        .only_in_clause = under_weight};
}

// People who hold the athlete up or help him along: "supported by two teammates", "with the aid
// of his partner".
consteval FlagPhrase helped_by(std::string_view word) {
    return {.word = word,
            .near = helping_people,
            .reach = 3,
            .flag = weight,
            .also = weight,
            .unless_in_clause = other_help};
}

// The other leg, the only one stood on: "can only stand on the good leg", "only weight bearing
// through the uninjured leg".
consteval FlagPhrase only_on_the(std::string_view leg) {
    return {.word = leg,
            .near = {"only"},
            .reach = 5,
            .flag = weight,
            .also = weight,
            .unless_in_clause = {"test*", "drill*", "exercis*", "balance", "raise*", "stretch*"},
            .only_in_clause = {"stand*", "stood", "weight*", "wb", "bear*", "put*", "walk*"}};
}

// Weight not borne, said by `word` within `reach` words after `before`: "U/A to WB" (unable to
// weight bear), "w/chair" (a wheelchair).
consteval FlagPhrase aid_after(std::string_view word, std::string_view before, std::size_t reach) {
    return {.word = word,
            .near = {before},
            .reach = reach,
            .flag = weight,
            .also = weight,
            .affirms_both = true,
            .near_before = true};
}

// The furniture or a wall held to walk: "Walks holding onto furniture and walls".
consteval FlagPhrase held_to_walk(std::string_view thing) {
    return {.word = thing,
            .near = {"hold*", "onto", "grab*", "lean*", "using", "along", "clutch*", "cruis*"},
            .reach = 4,
            .flag = weight,
            .also = weight,
            .unless_in_clause = wall_exercises,
            .only_in_clause = walking_about};
}

// A sign read as both nerve flags, as "N&T" is: a weakness of both legs (a sign of cauda equina
// compression) or a foot or toes that do not lift (a foot drop). `word` within `reach` words of
// one of `near`, with one of `only` in its clause and none of `unless` (flag_phrases).
constexpr FlagPhrase nerve_sign_phrase(std::string_view word, std::array<std::string_view, 24> near,
                                       std::size_t reach, std::array<std::string_view, 8> only,
                                       std::array<std::string_view, 16> unless = {}) {
    return {.word = word,
            .near = near,
            .reach = reach,
            .flag = numb,
            .also = tingle,
            .affirms_both = true,
            .unless_in_clause = unless,
            .only_in_clause = only};
}
// The same, only when the word of `near` comes before `word` (FlagPhrase::near_before).
constexpr FlagPhrase nerve_sign_after(std::string_view word, std::array<std::string_view, 24> near,
                                      std::size_t reach, std::array<std::string_view, 8> only,
                                      std::array<std::string_view, 16> unless = {}) {
    FlagPhrase phrase = nerve_sign_phrase(word, near, reach, only, unless);
    phrase.near_before = true;
    return phrase;
}
// Leaking or dribbling, the value of a label of the bladder, urine or bowel (flag_phrases).
constexpr FlagPhrase bladder_label_value(std::string_view label) {
    FlagPhrase phrase = nerve_sign_phrase(label, {"leak*", "dribbl*"}, 2, {});
    phrase.label = true;
    return phrase;
}
// The bladder, bowel or saddle said to be not as it was, plainly or as a label's value (trial 80:
// "bladder a bit off", "Bladder: altered", "new B&B sx"; trial 81: "Bladder: some changes",
// "Bladder upset since injury", "Saddle: abnormal"); "B&B" is read as "bb" (red_flag_words). Not
// when a normal word is said of it ("Bladder: normal, no changes"), nor the gall bladder, nor a
// bicycle's saddle ("saddle height changed").
inline constexpr std::array<std::string_view, 24> sphincter_not_as_it_was = {
    "abnormal*", "altered", "alteration*", "change*", "impair*", "reduced", "dysfunction*",
    "affected", "disturb*", "off", "wrong", "funny", "weird", "strange", "odd", "unusual", "sx",
    "symptom*", "upset", "poor*", "diminish*", "decreas*",
    // written short (trial 83: "Saddle: abnl")
    "abnl", "abn"};
inline constexpr std::array<std::string_view, 16> not_the_sphincter = {
    "gall*", "bike*", "bicycle*", "cycl*", "height", "seat*", "horse*", "riding", "saddlebag*"};
constexpr FlagPhrase sphincter_said_changed(std::string_view label) {
    FlagPhrase phrase = nerve_sign_phrase(label, sphincter_not_as_it_was, 3, {}, not_the_sphincter);
    phrase.unless = sphincter_said_normal;
    phrase.label = true;
    return phrase;
}
// ... or said to be not normal, as the saddle's screen may be (trial 80: "B&B: not normal",
// "bladder not right since fall", "bowel not good"; trial 71: "Saddle not normal"); not "Bladder
// normal, not tender".
constexpr FlagPhrase said_not_normal(std::string_view label) {
    FlagPhrase phrase = nerve_sign_phrase(
        label, {"not"}, 3, {"normal*", "intact", "right", "usual", "ok", "okay", "good", "same"},
        {"gall*"});
    phrase.label = true;
    return phrase;
}
// What a screen of red flags said present may be answered or told instead, for the rows that
// read it as a label (red flags unnamed, cauda equina): an answer that names nothing ("Red flags:
// none", "CES: no"), and advice for if a sign comes ("advised to return if red flags present").
inline constexpr std::array<std::string_view, 16> screen_answered_absent = {
    "none", "nil", "no", "not", "neg*", "absent", "denied", "nad"};
inline constexpr std::array<std::string_view, 16> safety_netting = {
    "if",     "should",  "educat*", "advis*", "discuss*", "explain*", "safety*", "return*",
    "aware*", "inform*", "told",    "teach*", "taught",   "leaflet*", "whether", "signpost*"};
// Cauda equina as a label answered present (trial 84: "CES: +ve", "CES screen: pos", "Cauda
// equina: yes"): its row of suspicion (cauda_equina_suspected) reads within a clause only, and a
// label's colon ends one. Not a screen answered absent, nor advice for if it comes ("Attend ED
// if CES: yes").
constexpr FlagPhrase cauda_equina_answered_present(std::string_view label) {
    FlagPhrase phrase =
        nerve_sign_phrase(label, {"positive", "pos", "yes", "y", "present"}, 3, {}, safety_netting);
    phrase.unless = screen_answered_absent;
    phrase.label = true;
    return phrase;
}
// Strength lost on both sides, said of `word` plainly or as a label ("Power: 4/5 bilat").
constexpr FlagPhrase strength_lost_on_both_sides(std::string_view word) {
    FlagPhrase phrase =
        nerve_sign_phrase(word, strength_lost, 3, both_sides_named, not_leg_strength);
    phrase.label = true;
    return phrase;
}
// `phrase` read only where its word is single letters joined by punctuation: "B&B", "W/C".
constexpr FlagPhrase written_joined(FlagPhrase phrase) {
    phrase.spelling = Spelling::joined_letters;
    return phrase;
}
// Words of urine passed or of wetting oneself, for urine passed without knowing it (flag_phrases).
inline constexpr std::array<std::string_view, 8> urine_passed_words = {
    "pee*", "wee", "weed", "weeing", "urin*", "wet*", "soil*", "incontinen*"};
// What was not noticed when it was no loss of the bladder's sensation: "went to pee without
// noticing any pain".
inline constexpr std::array<std::string_view, 16> not_a_bladder_sensation = {
    "pain*",    "sore*",    "discomfort", "ache*", "aching", "difficult*",
    "problem*", "trouble*", "issue*",     "blood", "sting*", "burn*"};
// What the sensation of a full bladder or bowel is about, when it is not told or known (trial 63:
// "cant tell when I need a wee", "doesn't know when he needs the toilet"; flag_phrases).
inline constexpr std::array<std::string_view, 8> bladder_and_bowel = {
    "wee", "pee", "poo", "poop*", "toilet*", "loo", "bladder*", "bowel*"};
// What makes a thing not told or known a place or a choice, not a sensation: "doesn't know where
// the toilets are", "can't tell if it's the knee".
inline constexpr std::array<std::string_view, 16> not_known_place_or_choice = {
    "where", "if", "whether", "which", "what", "who", "how"};
// The denials of a foot that will not lift: "toes dont clear the ground", "foot wont come up".
inline constexpr std::array<std::string_view, 24> not_lifting = {"dont", "doesnt", "didnt", "wont"};

inline constexpr auto flag_phrases = std::to_array<FlagPhrase>({
    {"gap*",
     {"muscle*", "palp*", "felt", "feel*", "tendon*", "hamstring*", "site", "there", "theres",
      "insertion", "pop*",  // "felt a pop and a gap"
      // "Obvious gap mid-thigh", "You can lay two fingers in the gap" (trial 44).
      "thigh*", "finger*",
      // Trial 62: "a gap underneath when you press".
      "press", "pressed", "pressing",
      // Doubted is not excluded (trial 35; trial 37: "possible gap proximally", "probable gap").
      "possible", "probable", "suspect*", "query", "queried", "questionabl*"},
     4,
     gap,
     gap,
     {},
     // Across a label's colon (trial 77: "Gap: palpable", "Palpable: gap").
     true,
     false,
     // Not a gap in time (trial 61: "There's a gap in her schedule next week").
     {"schedule*", "diary", "calendar", "timetable*", "fixture*", "rota", "booking*",
      "appointment*"}},
    // A gap beside the bulge of a torn muscle (trial 66: "muscle rolled up into a ball, gap
    // below it"); not a gap under the back or a bar in an exercise.
    {"gap*",
     {"below", "beneath", "under", "underneath", "above"},
     2,
     gap,
     gap,
     {},
     false,
     false,
     {"schedule*", "diary", "calendar", "timetable*", "fixture*", "rota", "booking*",
      "appointment*", "floor", "bar", "door", "mat", "lumbar", "spine", "heel*", "hand*"}},
    // A hollow felt in the muscle (trial 63: "a hollow bit in the middle of the hamstring"), or
    // after a pop (trial 67: "heard a pop and now theres a hollow"); not a hollow hold or a
    // hollow-body drill.
    {"hollow*",
     {"muscle*", "hamstring*", "thigh*", "pop*"},
     7,
     gap,
     gap,
     {"hold*", "body", "rock*", "position*"},
     false,
     false,
     {"hold*", "rock*", "drill*", "exercis*"}},
    // The muscle come apart (trial 62: "can feel where the muscle has come apart"); not feet or
    // knees apart in a hamstring exercise.
    {"apart",
     {"muscle*", "hamstring*", "tendon*"},
     3,
     gap,
     gap,
     {"feet", "foot", "knees", "legs", "hands", "hip*", "width", "shoulder*", "wide", "cm"}},
    // A gap recorded as found: "gap +", "gap: yes", "gap: Y" (trial 36), "gap: +ve", "gap
    // present".
    {"gap*",
     {"positive", "pos", "yes", "y", "present", "noted", "found", "evident", "visible", "palpated",
      "query"},  // "Gap: ?" (trial 37): not known is not excluded
     1,
     gap,
     gap,
     {},
     true},
    // A gap that changes is still there (trial 38: "gap smaller than last week", "gap narrowing",
    // "gap unchanged", "gap now 1 cm"); not a gap in strength or between sessions ("strength gap
    // smaller", "gap between sessions less").
    {"gap*",
     {"smaller",   "narrow*", "shrink*",  "shrunk", "closing", "reduc*", "decreas*",
      "less",      "bigger",  "larger",   "wider",  "widen*",  "deeper", "shallower",
      "unchanged", "same",    "persist*", "still",  "filling", "cm",     "mm"},
     3,
     gap,
     gap,
     {"between"},
     false,
     false,
     {"strength", "asymmetr*", "lsi", "deficit*", "torque", "difference", "session*", "training"}},
    // The signs of a proximal avulsion, where the tendons have left the sitting bone (trial 38):
    // the tendon not felt there ("tendons not palpable at the ischium", "unable to palpate the
    // tendon"), its stump felt ("tendon stump felt"), a step at the ischial tuberosity, a hollow
    // of the posterior thigh (van der Made et al. 2015, Am J Sports Med 43(11):2841-2851;
    // Bertiche et al. 2021, J ISAKOS 6(4):237-246: a palpable defect or an absent tendon at the
    // ischial tuberosity on examination). Not where the gap itself is denied ("gap not palpable
    // at the tendon").
    {"palpable",
     {"not", "non", "never"},
     1,
     gap,
     gap,
     {},
     false,
     false,
     avulsion_sign_denials,
     tendon_words},
    {"impalpable",
     {"tendon*", "origin", "ischi*", "conjoint"},
     4,
     gap,
     gap,
     {},
     false,
     false,
     avulsion_sign_denials},
    {"palpat*",
     {"unable", "cannot", "cant", "couldnt", "impossible"},
     3,
     gap,
     gap,
     {},
     false,
     false,
     avulsion_sign_denials,
     tendon_words},
    // "Could not palpate the tendon" (trial 39; an avulsion sign: van der Made AD et al., Am J
    // Sports Med 2015;43(11):2841-2851): "not" two words before, in a clause about the tendon that
    // neither denies a gap nor speaks of tenderness ("tendon palpable and not tender").
    {"palpat*",
     {"not"},
     2,
     gap,
     gap,
     {},
     false,
     false,
     {"tender*", "sore*", "pain*", "gap*", "defect*", "step*", "dent*", "hollow*"},
     tendon_words},
    // The tendon not felt at the sitting bone, as not palpated (trial 40: "tendon not felt at
    // the ischium", "tendon could not be felt"; van der Made et al. 2015, above); not where it is
    // felt and only its tenderness is denied ("tendon felt, not tender").
    {"felt",
     {"not", "cannot", "cant", "couldnt", "unable"},
     2,
     gap,
     gap,
     {},
     false,
     false,
     {"tender*", "sore*", "pain*", "gap*", "defect*", "step*", "dent*", "hollow*"},
     tendon_words},
    // A tendon's end felt or palpable: its stump, torn off (trial 40: "tendon end palpable near
    // the sit bone"); not the end of a range of movement.
    {"end",
     {"palpable", "palpated", "felt"},
     3,
     gap,
     gap,
     {},
     false,
     false,
     {"range*", "rom", "stretch*", "session*", "set*", "rep*", "day*", "week*"},
     tendon_words},
    {"ends",
     {"palpable", "palpated", "felt"},
     3,
     gap,
     gap,
     {},
     false,
     false,
     {"range*", "rom", "stretch*", "session*", "set*", "rep*", "day*", "week*"},
     tendon_words},
    // Tendon ends apart (trial 39: "Tendon ends separated on ultrasound").
    {"separat*", {"tendon*", "stump*", "ends"}, 3, gap, gap},
    {"apart", {"tendon*", "stump*", "ends"}, 3, gap, gap},
    // A hollow likened to a pothole in the thigh (trial 39: "Feels like a pothole in the back of
    // the thigh").
    {"pothole*",
     {"muscle*", "felt", "feel*", "site", "palpa*", "hamstring*", "ischi*", "tendon*", "thigh*",
      "buttock*", "glute*"},
     4,
     gap,
     gap},
    {"tendon*",
     {"absent", "missing"},
     2,
     gap,
     gap,
     {},
     false,
     false,
     {"pain*", "tender*", "ache*", "sore*", "symptom*", "swelling", "bruis*", "reflex*"}},
    {"intact",
     {"not"},
     1,
     gap,
     gap,
     {},
     false,
     false,
     {"skin", "sensation*", "sens", "wound*", "neuro*", "scar*"},
     tendon_words},
    {"stump*",
     {"tendon*", "hamstring*", "felt", "feel*", "palp*", "retract*", "muscle*", "ischi*", "thigh*"},
     4,
     gap,
     gap},
    {"step",
     {"ischi*", "tuberosity"},
     4,
     gap,
     gap,
     {"up*", "down*", "test*", "drill*", "box*", "exercis*", "length*", "count*"}},
    // A step felt in the tendon or the muscle (trial 76: "Felt a step in the tendon"); not a
    // step of progress ("felt a step forward in the tendon rehab", "a step change in tendon
    // pain"). Not "feel": "didn't feel" is read as a sensation lost, affirmed ("didn't feel a
    // step in the tendon" would stop), so "can feel a step" is read by "can" before it.
    {.word = "step",
     .near = {"felt", "palpa*", "can", "could"},
     .reach = 3,
     .flag = gap,
     .also = gap,
     .unless_in_clause = {"change*", "forward*", "up*", "down*", "back*", "further", "toward*",
                          "progress*", "rehab*", "program*", "protocol*", "phase*", "stage*",
                          "closer", "right", "load*"},
     .only_in_clause = {"tendon*", "hamstring*", "muscle*", "ischi*", "tuberosity", "thigh*",
                        "buttock*"},
     .near_before = true},
    // A tendon snapped, or the sitting bone broken where it pulls: "snapped tendon", "tendon
    // snapped", "ischial tuberosity fracture".
    {"snap*", {"tendon*", "hamstring*"}, 2, gap, gap},
    {"fractur*", {"ischi*", "tuberosity", "avuls*", "bon*"}, 3, gap, gap},
    // Not the abdominal exercise ("abdominal hollowing") nor a gymnast's hold ("hollow body
    // hold").
    // Trial 41: "a hollow I can poke my finger into".
    {"hollow*",
     {"muscle*", "felt", "feel*", "site", "palpa*", "hamstring*", "ischi*", "tuberosity", "tendon*",
      "thigh*", "posterior", "buttock*", "gluteal", "fold*", "poke*", "poking", "prod*", "finger*"},
     4,
     gap,
     gap,
     {},
     false,
     false,
     {"abdo*", "core", "tva", "tra", "transvers*", "body", "hold*", "rock*"}},
    // "there's a hole in it" (trial 37), as "there is a gap".
    // A finger put into it (trial 46: "Can put a finger in the hole in the back of his thigh").
    {"hole",
     {"muscle*", "felt", "feel*", "site", "palpa*", "hamstring*", "tendon*", "theres", "there",
      "finger*", "thigh*"},
     4,
     gap,
     gap},
    {"void*", {"muscle*", "felt", "feel*", "site", "palpa*", "hamstring*", "tendon*"}, 4, gap, gap},
    // A space fingers fit into (trial 46: "Can fit two fingers into the space where the tendon
    // should be").
    {"space", {"finger*"}, 4, gap, gap},
    // A sensory test impaired: "Sharp/blunt discrimination impaired lateral foot", "Two-point
    // discrimination impaired over the heel" (trial 46), as "light touch reduced" is.
    {"discrimination",
     {"impair*", "reduced", "decreased", "diminished", "altered", "absent", "abnormal", "los*",
      "poor"},
     2,
     numb,
     numb},
    // Trial 64: "there's like a notch in the back of the leg, you can put a finger in it"; not a
    // notch of a machine's setting or a belt.
    {"notch*",
     {"muscle*", "felt", "feel*", "site", "palpa*", "hamstring*", "tendon*", "finger*", "leg",
      "thigh*"},
     6,
     gap,
     gap,
     {},
     false,
     false,
     {"press*", "machine*", "setting*", "belt*", "bench*", "seat*", "pin*", "dial*"}},
    // A dip felt in the back of the thigh where it tore (trial 49: "can feel a dip in the back of
    // the thigh"); not a dip in form or energy, nor a triceps dip.
    {.word = "dip",
     .near = {"muscle*", "felt", "feel*", "site", "palpa*", "tendon*", "ischi*", "tuberosity",
              "thigh*", "hamstring*", "finger*"},
     .reach = 4,
     .flag = gap,
     .also = gap,
     .unless_in_clause = {"energy", "form", "mood", "confiden*", "motivat*", "performance", "speed",
                          "sleep", "tricep*", "bench*", "chair*", "bar*", "pool", "pelvi*",
                          "trendelenburg"}},
    // The muscle's outline broken where it tore (trial 41: "a step off in the muscle contour").
    {"contour*",
     {"step*", "stepoff", "dip", "dips", "break*", "broken", "defect*", "dent*", "hollow*",
      "irregular*"},
     5,
     gap,
     gap},
    // Fingers that sink into the muscle where it tore (trial 41: "I can push my fingers into the
    // muscle where it tore"); not self-massage, nor "fingers crossed".
    {"finger*",
     {"tore", "torn", "sink*", "sank"},
     6,
     gap,
     gap,
     {"crossed"},  // "fingers crossed"
     false,
     false,
     {"massag*", "rub*", "knead*", "roll*", "release*", "trigger*", "stretch*", "tap*"}},
    {"depression", {"felt", "feel*", "site", "palpa*", "tendon*"}, 3, gap, gap},
    {"palpable", {"step", "deform*", "deficit", "discontinu*"}, 2, gap, gap},
    // A step deformity is a step-off, felt where the tendon has gone (trial 36: "step deformity
    // at ischial tuberosity").
    {"deformit*", {"step"}, 1, gap, gap},
    // "complete", "completely": not "completed the tear-drop drill" (a drill done).
    {"complete", {"tear*", "torn", "ruptur*", "thickness", "disrupt*", "discontinu*"}, 2, gap, gap},
    // ... written short (trial 79: "Compl. tear")
    {"compl", {"tear*", "torn", "ruptur*", "thickness"}, 2, gap, gap},
    // Unable to bear weight, written short (trial 79: "U/A to WB"), and a wheelchair ("in
    // w/chair").
    aid_after("fwb", "ua", 2),
    aid_after("weight", "ua", 2),
    aid_after("wb", "ua", 2),
    aid_after("chair", "w", 1),
    // "W/C", a wheelchair used or needed (trial 80: "in W/C", "Using W/C since fall", "W/C for
    // distances"; trial 81: "Gets about by W/C", "Pushed in on a w/c by partner"); not "WC" written
    // solid, a toilet, nor "w/c" as the week commencing of a date ("review in w/c 14/12", "aim to
    // jog by w/c 14/12": digits are no words, so the clause's plans are read instead).
    {.word = "wc",
     .near = {"in",        "using",   "uses",     "use",       "used",     "need*",
              "requir*",   "pushed",  "propel*",  "transfer*", "confined", "reliant",
              "dependent", "sitting", "sat",      "into",      "bound",    "user",
              "distance*", "only",    "mobilis*", "mobility",  "about",    "a"},
     .reach = 3,
     .flag = weight,
     .also = weight,
     // A label's colon is read across (trial 81: "Mobility: W/C").
     .label = true,
     .affirms_both = true,
     .unless_in_clause = {"review*", "appointment*", "appt*", "follow*", "train*", "book*",
                          "session*", "clinic", "return*", "next", "week*", "start*", "begin*",
                          "commenc*", "due", "plan*"},
     .spelling = Spelling::joined_letters},
    {"completely",
     {"tear*", "torn", "ruptur*", "thickness", "disrupt*", "discontinu*"},
     2,
     gap,
     gap},
    {"total*", {"tear*", "torn", "ruptur*", "disrupt*", "discontinu*"}, 2, gap, gap},
    {"full", {"thickness"}, 1, gap, gap},
    // The tendon off its bone: "tendon off the bone", "pulled away from the bone", "torn off
    // the sitting bone".
    // Four words reach "come away from the sitting bone" (trial 49).
    {"bone", {"off", "away"}, 4, gap, gap},
    // The tendon off the sitting bone by its name: "conjoint tendon off the ischium", "pulled
    // away from the ischial tuberosity".
    {"ischi*", {"off", "away"}, 3, gap, gap, {"tuberosit*"}},
    // Torn from its origin: "conjoint tendon torn from origin", "tendon disrupted at origin".
    {"origin", {"torn", "tore", "ripped", "pulled", "disrupt*", "detach*", "avuls*"}, 3, gap, gap},
    // A bony fragment pulled off the ischium: "bony fragment off ischium", "tuberosity fracture
    // fragment".
    {"fragment*", {"bon*", "ischi*", "tuberosity", "avuls*"}, 3, gap, gap},
    // Torn through its whole thickness: "torn right through", "torn fully".
    {"torn", {"through", "fully", "completely", "entirely", "across"}, 2, gap, gap},
    // Torn off its attachment (trial 66: "hamstring tore right off"), with the muscle named in
    // the clause; not running off ("took off and tore his hamstring", "tore off down the wing")
    // nor a dressing torn off. An attachment named in the clause is read, and quoted, by the rows
    // of the bone, the ischium, the tuberosity and the origin ("torn off the sitting bone").
    {.word = "off",
     .near = {"tore", "torn", "ripped", "snapped"},
     .reach = 2,
     .flag = gap,
     .also = gap,
     .unless = {"and", "then", "down", "up", "into", "on", "in", "to", "after", "towards"},
     .unless_in_clause = {"tape", "taping", "strapping", "bandage*", "plaster*", "dressing*",
                          "sleeve*", "shorts", "wing", "sprint*", "bone*", "ischi*", "tuberosit*",
                          "origin"},
     .only_in_clause = {"hamstring*", "tendon*", "muscle*", "hammy", "hammies", "attachment*",
                        "insertion"}},
    // The muscle rolled up into a ball (trial 66: "muscle rolled up into a ball"), as it bunches
    // when it has retracted; not a ball played or a foam roller's ball.
    {.word = "ball",
     .near = {"into"},
     .reach = 2,
     .flag = gap,
     .also = gap,
     .unless_in_clause = {"foam", "lacrosse", "tennis", "massag*", "trigger", "kick*", "pass*",
                          "throw*"},
     .only_in_clause = {"rolled", "rolling", "bunched", "curled", "scrunched", "retract*",
                        "gathered", "balled"}},
    // The muscle belly bunched or balled up (a retracted muscle): "bunched-up muscle belly",
    // "balled-up muscle on contraction".
    {"bunched", {"muscle*", "belly", "up"}, 3, gap, gap},
    {"balled", {"muscle*", "belly", "up"}, 3, gap, gap},
    // The muscle bunching as it contracts (trial 37: "bunching of muscle on contraction").
    {"bunching", {"muscle*", "belly", "up", "contract*", "hamstring*"}, 3, gap, gap},
    {"bunches", {"muscle*", "belly", "up", "contract*", "hamstring*"}, 3, gap, gap},
    {"bunch", {"up"}, 1, gap, gap},
    // A soft spot or a groove where the muscle should be (trial 43: "Soft spot where the muscle
    // should be", "now there's a groove in the back of the thigh"); not a liking ("a soft spot for
    // hill sprints") or a rhythm ("back in the groove in training").
    {.word = "soft",
     .near = {"spot*"},
     .reach = 1,
     .flag = gap,
     .also = gap,
     .only_in_clause = {"muscle*", "tendon*", "hamstring*", "thigh*", "palp*", "tear", "torn",
                        "should"}},
    {.word = "groove*",
     .near = {"thigh*", "hamstring*", "muscle*", "tendon*", "felt", "palp*", "pop*"},
     .reach = 6,
     .flag = gap,
     .also = gap,
     .unless_in_clause = {"rhythm", "form", "training", "session*", "run*", "stride*", "find*",
                          "found"}},
    // A trough under the buttock or in the thigh, as a groove is (trial 46: "leaving a trough
    // under the buttock"); not a trough in training load.
    {.word = "trough*",
     .near = {"thigh*", "hamstring*", "muscle*", "tendon*", "felt", "palp*", "buttock*"},
     .reach = 6,
     .flag = gap,
     .also = gap,
     .unless_in_clause = {"rhythm", "form", "training", "session*", "run*", "stride*", "load*",
                          "fitness"}},
    // Sensation altered, as a phrase or a label's value (trial 35: "Sensation: reduced",
    // "Sensation \u2193 lat foot", the arrow read "reduced": red_flag_words.hpp).
    {"sensation*", sensation_altered, 2, numb, tingle, {}, true, true},
    {"sens",  // "Sens. reduced lat. foot" (trial 37)
     sensation_altered,
     2,
     numb,
     tingle,
     {},
     true,
     true},
    // Pinprick felt less or dull, as a phrase or a label's value: "dull to pinprick over lateral
    // foot" (trial 36), "pinprick: reduced".
    {"pinprick*",
     {"dull", "dulled", "reduced", "decreased", "diminished", "altered", "los*", "impaired",
      "absent", "abnormal"},
     3,
     numb,
     tingle,
     {},
     true,
     true},
    // Light touch felt less: "decreased light touch sensation"; written "L/T" or "LT" right beside
    // it (trial 37: "Neuro: reduced L/T S1"; not "LT hamstring strength reduced").
    {"lt",
     {"decreased", "reduced", "diminished", "altered", "los*", "impaired", "absent", "abnormal"},
     1,
     numb,
     tingle,
     {"rom", "range", "strength", "hamstring*", "hip*", "knee*", "quad*", "glut*"},
     true,
     true},
    // Light touch felt less: "decreased light touch sensation", "Loss of light touch on dorsum of
    // foot" (trial 47).
    {"touch",
     {"decreased", "reduced", "diminished", "altered", "los*", "impaired", "absent", "abnormal"},
     3,
     numb,
     tingle,
     {},
     true,
     true},
    // A sensory test failed (trial 47: "Monofilament not felt", "Vibration sense absent"); not a
    // test not done, nor a vibration plate, gun or roller.
    {"monofilament*",
     {"not", "absent", "reduced", "impaired", "diminished", "decreased", "los*", "unable"},
     3,
     numb,
     tingle,
     {"tested", "done", "assessed", "performed", "checked", "available"},
     true,
     true},
    {"vibration*",
     {"not", "absent", "reduced", "impaired", "diminished", "decreased", "los*", "unable"},
     3,
     numb,
     tingle,
     {"plate*", "therapy", "platform*", "roller*", "gun*", "massage*", "training", "device*"},
     true,
     true,
     {"roller*", "gun*", "massage*", "plate*", "platform*", "sore*", "dom*", "therapy"}},
    // A nerve sign or deficit named (trial 48: "Positive Tinel's at the sciatic notch",
    // "Neurological deficit L foot").
    {"tinel*", {"positive", "pos", "ve"}, 2, numb, tingle, {}, false, true},
    {"deficit*", {"neurolog*", "neuro", "sensory"}, 2, numb, tingle, {}, false, true},
    {"sensory",
     {"los*", "reduced", "altered", "decreased", "deficit*", "diminished", "impair*", "change*",
      "abnormal", "disturb*"},
     2,
     numb,
     tingle,
     {},
     true,
     true},
    // "No feeling in the foot", "loss of feeling"; not a feeling denied by its kind ("No dead
    // feeling in the foot": trial 43).
    {"feeling", {"no"}, 1, numb, tingle, {}, false, true},
    {"feeling", {"los*", "reduced", "altered", "without"}, 2, numb, tingle, {}, false, true},
    // "can't feel the foot"; not a pain, a difference, a tightness or a stretch that cannot be
    // felt (trials 70, 71: "Can't feel any pain today", "can't feel the difference between left
    // and right", "Can't feel the tightness anymore", "can't feel the stretch as much").
    {"feel",
     {"cannot", "cant", "couldnt", "unable"},
     2,
     numb,
     numb,
     {"pain*", "differ*", "tight*", "stretch*"}},
    // A part of the leg barely felt (trial 70: "Can barely feel the sole of my foot"); not the
    // strain barely felt any more ("can barely feel it now").
    {.word = "feel",
     .near = {"barely", "hardly", "scarcely"},
     .reach = 1,
     .flag = numb,
     .also = numb,
     .only_in_clause = {"foot", "feet", "toe*", "sole*", "heel*", "leg*", "shin*", "calf"}},
    {"power", {"no", "los*", "reduced"}, 2, numb, tingle},  // weakness of a nerve's muscles
    // Power lost or a weakness in the foot or ankle is a motor sign of the sciatic nerve, which
    // drives every muscle below the knee (trial 37: "loss of power in the foot", "weakness in
    // foot"; nerve injury with a proximal hamstring tear: Ahmad et al. 2013, Am J Sports Med
    // 41(12):2933-2947); not a weak hamstring or a weak calf raise.
    {"power",
     {"no", "los*", "reduced", "decreased", "diminished"},
     2,
     numb,
     tingle,
     {},
     false,
     true,
     {},
     foot_words},
    {"weak*",
     {"foot", "feet", "toe*", "hallux"},
     3,
     numb,
     tingle,
     {"raise*", "exercis*", "drill*", "walk*", "touch*"},
     false,
     true,
     {"raise*", "calf", "hamstring*", "exercis*", "drill*"}},
    // A burning down the leg or in the foot is a nerve's own symptom (a dysaesthesia), not a pain
    // that may be (trial 35: "burning in sole of foot").
    {"burning",
     {"down", "foot", "feet", "calf", "leg*", "sole*", "toe*", "heel*", "shin*", "ankle*"},
     4,
     numb,
     tingle,
     {},
     false,
     true},
    // Formication, a crawling under the skin, is a tingling (trial 35: "feels like ants crawling
    // on the foot"); not a bear crawl.
    // "Crawling sensation in the foot" (trial 43) too; not a crawl done ("bear crawls, leg drive",
    // "front crawl in the pool").
    {"crawl*",
     {"ant", "ants", "insect*", "bug*", "skin", "spider*", "creep*", "worm*", "sensation*",
      "feeling*", "foot", "feet", "toe*", "sole*", "heel*", "calf", "calves", "shin*"},
     4,
     tingle,
     tingle,
     {},
     false,
     true,
     {"bear", "crab", "front", "commando", "army", "leopard", "swim*", "pool"}},
    // Electric shocks, buzzing: "electric shocks down the leg", "buzzing in the foot".
    {"shock*", {"electric*"}, 1, numb, tingle, {}, false, true},
    // An electric feeling down the leg: "electric feeling down leg", "electric sensation in foot".
    // An electric current into the toes or the heel is one too (trial 49).
    {"electric*",
     {"feeling*", "sensation*", "down", "into", "foot", "feet", "calf", "leg*", "toe*", "heel*",
      "sole*"},
     4,
     numb,
     tingle,
     padded<16>(electric_treatments),
     false,
     true},
    // A fizzing, buzzing, zinging or static feeling (trial 43: "Fizzy feeling down the back of
    // the leg", "A zingy feeling in the heel", "Static-y feeling in the toes"); not the buzz of a
    // crowd, a fizzy drink or a static stretch.
    {.word = "fizz*",
     .near = felt_in_the_leg,
     .reach = 3,
     .flag = tingle,
     .also = tingle,
     .unless_in_clause = excitement_words},
    // A zap down the leg (trial 47: "electric zap into the calf"); not legs zapped of energy.
    {.word = "zap*",
     .near = {"foot", "feet", "calf", "calves", "shin*", "toe*", "heel*", "sole*", "leg*",
              "thigh*"},
     .reach = 4,
     .flag = tingle,
     .also = tingle,
     .unless_in_clause = {"tired*", "fatigu*", "energy", "drained", "exhaust*", "session*",
                          "training", "double"}},
    // "pins & needless in toes" (trial 47): "needless" is a word of its own (near_miss_words),
    // but not after "pins".
    {.word = "needless",
     .near = {"pins"},
     .reach = 2,
     .flag = tingle,
     .also = tingle,
     .unless_in_clause = excitement_words},
    // "tinging in foot" (trial 47): a word of its own (near_miss_words), but beside the leg it is
    // tingling.
    {.word = "tinging",
     .near = felt_in_the_leg,
     .reach = 3,
     .flag = tingle,
     .also = tingle,
     .unless_in_clause = excitement_words},
    {.word = "buzz*",
     .near = felt_in_the_leg,
     .reach = 3,
     .flag = tingle,
     .also = tingle,
     .unless_in_clause = excitement_words},
    {.word = "zing*",
     .near = felt_in_the_leg,
     .reach = 4,
     .flag = tingle,
     .also = tingle,
     .unless_in_clause = excitement_words},
    {.word = "static*",
     .near = {"foot", "feet", "calf", "calves", "shin*", "toe*", "heel*", "sole*", "feeling*",
              "sensation*"},
     .reach = 4,
     .flag = tingle,
     .also = tingle,
     .unless = {"stretch*", "hold*", "lunge*", "squat*", "bike*", "cycl*", "contract*", "exercis*",
                "balance", "bridge*", "position*"},
     .unless_in_clause = {"stretch*", "hold*", "lunge*", "squat*", "bike*", "cycl*", "exercis*",
                          "isometric*"}},
    // A foot that feels fuzzy or woolly is numb (trial 38: "foot feels fuzzy"); not a head.
    // Furry, as fuzzy (trial 77: "Furry feeling in foot").
    {"furry",
     {"foot", "feet", "calf", "calves", "shin*", "toe*", "heel*", "sole*", "leg*", "thigh*"},
     4,
     numb,
     tingle,
     {},
     false,
     true},
    {"fuzz*",
     {"foot", "feet", "calf", "calves", "shin*", "toe*", "heel*", "sole*", "leg*", "thigh*"},
     4,
     numb,
     tingle,
     {},
     false,
     true},
    // Toes or a foot gone funny: an altered sensation in words of everyday (trial 45: "Reports
    // her toes have gone funny, kind of fuzzy").
    {"funny", {"foot", "feet", "toe*", "heel*", "sole*"}, 3, numb, tingle, {}, false, true},
    // Woolly, cotton wool (trial 43: "The back of my calf feels like cotton wool", "Heel feels dull
    // and woolly", trial 49: "like walking on cotton wool"); not a sock or a hat.
    {.word = "wool*",
     .near = {"foot", "feet", "toe*", "heel*", "sole*", "leg*", "calf", "calves", "shin*", "thigh*",
              "feel*", "walk*"},
     .reach = 4,
     .flag = numb,
     .also = numb,
     .unless_in_clause = {"sock*", "hat*", "jumper*", "sweater*", "pad*", "ball*", "blanket*",
                          "glove*"}},
    // A sock or a stocking felt that is not worn, the glove-and-stocking loss of a nerve (trial
    // 48: "Feels like wearing a thick sock that isn't there", "Foot feels like it's wearing a
    // thick sock"); not socks worn or liked.
    felt_as_worn("sock*"),
    felt_as_worn("stocking*"),
    // A foot that feels like someone else's, or wrapped in cling film (trial 43), is numb; not a
    // bag that belongs to someone else, nor ice wrapped in film.
    {.word = "belong*",
     .near = {"someone", "somebody", "else*"},
     .reach = 3,
     .flag = numb,
     .also = numb,
     .only_in_clause = {"foot", "feet", "toe*", "heel*", "sole*", "leg*", "calf", "calves"}},
    {.word = "cling*",
     .near = {"film", "wrap*"},
     .reach = 2,
     .flag = numb,
     .also = numb,
     .only_in_clause = {"feel*", "like"}},
    // A foot that feels dead is numb (trial 39: "Dead feeling in the foot", "Pt c/o 'dead'
    // feeling in foot", "Foot has gone dead"); not a lift or a drill ("dead bug", "deadlift").
    {"dead",
     {"foot", "feet", "toe*", "heel*", "sole*", "feeling*", "sensation*"},
     3,
     numb,
     numb,
     {"lift*", "bug*", "hang*", "drill*", "variation*", "exercis*", "deadlift*", "pattern*"},
     false,
     false,
     padded<16>(dead_leg_exercises),
     {"foot", "feet", "toe*", "heel*", "sole*", "hallux"}},
    {"deadness", {"foot", "feet", "toe*", "heel*", "sole*", "hallux"}, 4, numb, numb},
    // A foot asleep is numb (trial 39: "Sleeping foot sensation in the toes"); not sleep.
    {"sleeping", {"foot", "feet", "toe*", "heel*", "sole*"}, 1, numb, tingle, {}, false, true},
    {"sleepy",
     {"foot", "feet", "toe*", "heel*", "sole*"},
     4,
     numb,
     tingle,
     {},
     false,
     true,
     {},
     {"feeling*", "sensation*", "feel*"}},
    // The foot or toes hard to lift, a weakness of the dorsiflexors the peroneal branch of the
    // sciatic nerve drives (trial 38: "struggles to lift the foot"; trial 60: "the foot won't
    // lift"; Ahmad et al. 2013, Am J Sports Med 41(12):2933-2947); not a weight lifted.
    {"lift*",
     {"struggl*", "unable", "cannot", "cant", "couldnt", "wont", "doesnt", "didnt", "difficult*",
      "difficulty", "trouble", "hard", "weak*", "inability"},
     3,
     numb,
     tingle,
     {},
     false,
     true,
     {"weight*", "bar", "heav*", "kg", "bag*", "dumbbell*", "kettlebell*", "rdl*"},
     {"foot", "feet", "toe*", "toes", "hallux", "forefoot"}},
    // Weakness of the muscles the sciatic nerve's branches drive, or reflexes lost: signs of the
    // nerve, not of the strain ("weak ankle dorsiflexion 3/5", "EHL weakness", "foot slapping
    // gait", "absent ankle jerk", "reflexes absent at ankle").
    {"dorsiflex*",
     {"weak*", "reduced", "los*", "decreased", "diminished"},
     3,
     numb,
     tingle,
     {},
     false,
     true},
    // And unable to dorsiflex (trial 75: "Can't dorsiflex left ankle"); not a calf too tight to
    // dorsiflex fully.
    nerve_sign_phrase("dorsiflex*", {"cant", "cannot", "unable", "couldnt", "absent"}, 3, {},
                      {"full*", "tight*", "stiff*", "stretch*", "pain*", "sore*", "normal*"}),
    // Dorsiflexion written "DF": "weak ankle DF", "DF weakness" (trial 36).
    {"df",
     {"weak*", "reduced", "los*", "decreased", "diminished"},
     3,
     numb,
     tingle,
     {},
     false,
     true},
    {"ehl",
     {"weak*", "reduced", "los*", "decreased", "diminished"},
     2,
     numb,
     tingle,
     {},
     false,
     true},
    {"slap*", {"foot", "feet", "gait"}, 2, numb, tingle, {}, false, true},
    // The toes' extensors (the common peroneal nerve's) weak: "weak toe extension", "great toe
    // extension weak 4/5", "weak hallux extension"; not a toe raise or toe touch.
    {"toe*",
     {"weak*", "reduced", "los*", "decreased", "diminished"},
     3,
     numb,
     tingle,
     {"raise*", "touch*", "walk*"},
     false,
     true},
    {"hallux",
     {"weak*", "reduced", "los*", "decreased", "diminished"},
     3,
     numb,
     tingle,
     {},
     false,
     true},
    {"eversion",
     {"weak*", "reduced", "los*", "decreased", "diminished"},
     3,
     numb,
     tingle,
     {},
     false,
     true},
    {"reflex*",
     {"absent", "reduced", "diminished", "los*", "depressed"},
     3,
     numb,
     tingle,
     {},
     false,
     true},
    {"jerk*",
     {"absent", "reduced", "diminished", "los*", "depressed"},
     3,
     numb,
     tingle,
     {},
     false,
     true},
    // The nerve irritated, symptoms of the nerve, or a neural test reproducing them: "sciatic
    // nerve irritation", "neural symptoms on slump", "slump reproduces symptoms".
    {"irrit*", {"nerve*", "sciatic*", "neural"}, 2, numb, tingle, {}, false, true},
    {"neural", {"symptom*", "sign*"}, 1, numb, tingle, {}, false, true},
    // A neural tension or neurodynamic test positive (trial 37: "neural tension +ve"), as a
    // positive slump is (Heiderscheit et al. 2010, table 3).
    {"neural", {"positive", "pos"}, 3, numb, tingle, {}, true, true},
    {"neurodynamic*", {"positive", "pos"}, 3, numb, tingle, {}, true, true},
    {"reproduc*",
     {"slump", "neural", "neurodynamic*"},
     2,
     numb,
     tingle,
     {"hamstring*", "muscle*", "stretch*", "posterior*", "thigh*"},
     false,
     true},
    // Pain radiating to the foot is the nerve's distribution, not the strain's: "pain radiates
    // to the heel".
    {"radiat*",
     {"foot", "feet", "toe*", "heel*", "sole*", "ankle*", "calf", "calves", "shin*"},
     4,
     numb,
     tingle,
     {},
     false,
     true},
    // Pain radiating or referred down the leg, or below the knee: the distribution of a nerve
    // or of pain referred from the spine, not of a strain (Heiderscheit et al. 2010, J Orthop
    // Sports Phys Ther 40(2):67-81, table 3: referred posterior thigh pain, slump test frequently
    // positive; trial 34: "shooting pain down the leg" is a referral).
    // Not to the knee and no further (trial 37: "pain radiates to knee only"): below or beyond it.
    {"radiat*",
     {"down", "leg*", "below", "beyond", "past", "distal*"},
     4,
     numb,
     tingle,
     {},
     false,
     true},
    // Pain below the knee, or down to the calf or foot, with or without back pain: a radicular
    // pattern, sciatica's defining sign (trial 37: "LBP with leg pain below knee"; Koes BW, van
    // Tulder MW, Peul WC, BMJ 2007;334(7607):1313-1317: pain radiating below the knee).
    {"below", {"knee*"}, 2, numb, tingle, {}, false, true, {}, pain_words},
    {"beyond", {"knee*"}, 2, numb, tingle, {}, false, true, {}, pain_words},
    // Pain down the leg, however far along it, reaching the foot: "pain down the back of the leg
    // to the foot", "down the outside of the leg to the foot" (trial 56).
    {"leg*",
     {"foot", "feet", "toe*", "heel*", "sole*"},
     3,
     numb,
     tingle,
     {"balance*", "swing*", "raise*", "press*", "curl*", "lift*", "squat*"},
     false,
     true,
     {},
     pain_words},
    // Five words on: "pain down the leg to the foot" (trial 54).
    {"down",
     {"calf", "calves", "shin*", "foot", "feet", "toe*", "heel*", "ankle*", "sole*"},
     5,
     numb,
     tingle,
     {},
     false,
     true,
     {"stair*", "step*", "hill*", "slope*", "raise*"},
     pain_words},
    // Pain into the sole, the foot or the calf (trial 48: "Sharp pain down the back of the leg
    // into the sole when coughing"); not a drill into a heel raise.
    {"into",
     {"sole*", "foot", "feet", "toe*", "heel*", "ankle*", "calf", "calves", "shin*"},
     2,
     numb,
     tingle,
     {},
     false,
     true,
     {"raise*", "drop*", "strike*", "drill*", "exercis*", "stretch*", "step*", "stair*"},
     pain_words},
    {"symptom*", {"distal*", "distally", "below"}, 2, numb, tingle, {}, false, true},
    {"drop*", {"foot"}, 1, numb, tingle, {}, false, true},
    // Both feet dropping (found after trial 76: "Both feet dropping"); not feet dropped off a box
    // in a drill.
    {"drop*",
     {"feet"},
     1,
     numb,
     tingle,
     {},
     false,
     true,
     {"box*", "bench*", "step*", "drill*", "exercis*", "jump*", "land*", "off", "platform*",
      "stair*"}},
    // A neural test or movement that reproduces symptoms into the lower leg or foot: "SLR
    // reproduces symptoms into the foot", "slump reproduced tingling into the calf".
    {"reproduc*",
     {"foot", "feet", "toe*", "calf", "calves", "shin*", "ankle*", "heel*", "sole*"},
     5,
     numb,
     tingle,
     {},
     false,
     true},
    // "Leg's gone dead below the knee" (trial 40: the "'s" is a word of its own).
    {"dead",
     {"leg*", "foot", "calf", "thigh*", "toe*"},
     4,
     numb,
     numb,
     // Not "legs felt dead tired" (trial 44): tiredness.
     {"lift*", "bug*", "hang*", "drill*", "variation*", "exercis*", "deadlift*", "pattern*",
      "tired", "beat", "heavy", "weary"}},
    // A limb "asleep" is numb and tingling both: "foot feels asleep", "foot keeps going to sleep".
    // "Foot feels like it has fallen asleep" (trial 48); not the athlete asleep ("fell asleep
    // with the leg elevated").
    {.word = "asleep",
     .near = {"leg*", "foot", "calf", "thigh*", "toe*"},
     .reach = 8,
     .flag = numb,
     .also = tingle,
     .affirms_both = true,
     .unless_in_clause = {"bed", "night", "elevat*", "early", "late", "hours", "pillow*", "sofa",
                          "couch", "nap*"}},
    // "foot feels like it has gone to sleep" (trial 44), "as if it has gone to sleep"; not the
    // athlete's own sleep ("went to sleep with the leg elevated").
    {.word = "sleep",
     .near = {"leg*", "foot", "calf", "thigh*", "toe*"},
     .reach = 8,
     .flag = numb,
     .also = tingle,
     .affirms_both = true,
     .unless_in_clause = {"bed", "night", "elevat*", "early", "late", "hours", "pillow*"}},
    {"referr*",
     {"foot", "feet", "calf", "calves", "shin*", "toe*", "ankle*", "heel*", "leg*", "down",
      "thigh*", "buttock*"},
     3,
     numb,
     tingle,
     {},
     false,
     true},
    {"refers",
     {"foot", "feet", "calf", "calves", "shin*", "toe*", "ankle*", "heel*", "leg*", "down",
      "thigh*", "buttock*"},
     3,
     numb,
     tingle,
     {},
     false,
     true},
    {"shoot*",
     {"foot", "feet", "calf", "calves", "shin*", "toe*", "ankle*", "heel*", "leg*", "down"},
     4,
     numb,
     tingle,
     {},
     false,
     true},
    // "shooting pain"; not "shooting drills"
    {"shoot*", {"pain*", "ache*"}, 1, numb, tingle, {}, false, true},
    // Pain past the knee, as below it (trial 77: "Pain down leg past knee").
    nerve_sign_phrase("past", {"knee*"}, 2, pain_words),
    // A dermatome's sensation reduced (trial 77: "Neuro: L5 dermatome reduced").
    nerve_sign_phrase("dermatom*",
                      {"reduced", "altered", "decreased", "diminished", "absent", "lost", "loss",
                       "impaired", "numb*"},
                      3, {}),
    // Weakness said bilateral alone (trial 77: "Bilat weakness"); not an arm's, the grip's or the
    // hips'.
    nerve_sign_phrase("weakness", {"bilat", "bilateral", "bilaterally", "bil", "ble"}, 1, {},
                      {"grip", "arm*", "hand*", "shoulder*", "upper", "core", "glute*", "hip*",
                       "abductor*", "adductor*", "quad*", "calf", "calves", "trunk"}),
    // Strength or power said lost on both sides, in words or as a grade below full ("3/5" reads
    // "reduced", red_flag_words), a weakness of both legs (found after trial 83: "Strength 3/5
    // bilat hamstrings and DFs, progressive", "Reduced strength both legs", "Power: 4+/5
    // bilateral lower limbs", "MRC 4/5 both hamstrings"); not the grip's, the hips' or the
    // trunk's, nor the strength work reduced.
    strength_lost_on_both_sides("strength"),
    strength_lost_on_both_sides("power"),
    strength_lost_on_both_sides("mrc"),
    strength_lost_on_both_sides("myotom*"),
    // Lightning down the leg, a nerve's pain (trial 76: "Lightning pain down the leg"); not a
    // quick player ("lightning quick off the mark", "lightning feet in the ladder drills").
    nerve_sign_phrase("lightning",
                      {"pain*", "bolt*", "shock*", "down", "into", "foot", "leg*", "calf", "calves",
                       "toe*", "heel*", "sole*", "shin*"},
                      3, {},
                      {"quick*", "fast*", "speed*", "pace*", "footwork", "ladder*", "reaction*",
                       "reflex*", "drill*", "acceleration", "off"}),
    // Pain from the buttock to the heel or the foot, the whole path of the sciatic nerve (trial
    // 76: "Burning pain radiating from the buttock to the heel"), "all the way" between; not a
    // bruise spreading so far, nor a blister.
    nerve_sign_phrase(
        "buttock*", {"heel*", "foot", "feet", "toe*", "sole*", "ankle*"}, 6,
        {"pain*", "burning", "radiat*", "shoot*", "travel*", "ache*", "aching", "symptom*"},
        not_a_nerve_spreading),
    {"travel*",
     {"foot", "feet", "calf", "calves", "shin*", "toe*", "ankle*", "heel*", "leg*"},
     4,
     numb,
     tingle,
     {},
     false,
     true,
     not_a_nerve_spreading},
    // Bladder or bowel control lost, or urine retained: signs of cauda equina compression, read
    // as the nerve flags as "cauda equina" is (trial 57: "Some loss of bladder control since the
    // fall", "Urinary retention noted yesterday", "New bladder problems since injury"); not the
    // gall bladder, nor its control said normal (found after trial 73: "Bladder control
    // normal").
    {"bladder", sphincter_troubles, 3, numb, tingle, sphincter_said_normal, false, true, {"gall*"}},
    {"bowel*", sphincter_troubles, 3, numb, tingle, {}, false, true, {"gall*"}},
    // ... said plainly (trial 82: "Some trouble with waterworks since the tackle").
    {"waterworks", sphincter_troubles, 3, numb, tingle, sphincter_said_normal, false, true},
    // "B&B" (bladder and bowel), as the tokenizer joins it, written with its '&', '/' or '+'
    // (trial 80: "B&B dysfunction"); not "BB" written solid, a beta blocker ("BB dose change").
    {.word = "bb",
     .near = sphincter_troubles,
     .reach = 3,
     .flag = numb,
     .also = tingle,
     .unless = sphincter_said_normal,
     .affirms_both = true,
     .spelling = Spelling::joined_letters},
    {"urin*",
     sphincter_troubles,
     2,
     numb,
     tingle,
     {"sample*", "test*", "dipstick*", "colour*", "color*"},
     false,
     true},
    // The same in plain words (trials 59, 60: "Wet herself twice today without warning", "can't
    // hold my wee any more", "peeing herself", "Wet the bed twice this week", "an accident in his
    // pants"); not a wee bit of anything, wet grass, nor a urine sample. The verb's forms are
    // named, not a prefix: "peeled herself off the floor" is no loss of control.
    {"wet", wetting_oneself, 1, numb, tingle, {}, false, true},
    {"wets", wetting_oneself, 1, numb, tingle, {}, false, true},
    {"wetting", wetting_oneself, 1, numb, tingle, {}, false, true},
    {"pee", wetting_oneself, 1, numb, tingle, {}, false, true},
    {"pees", wetting_oneself, 1, numb, tingle, {}, false, true},
    {"peed", wetting_oneself, 1, numb, tingle, {}, false, true},
    {"peeing", wetting_oneself, 1, numb, tingle, {}, false, true},
    {"wee", wetting_oneself, 1, numb, tingle, {"bit", "bits", "while", "one*"}, false, true},
    {"wees", wetting_oneself, 1, numb, tingle, {}, false, true},
    {"weed", wetting_oneself, 1, numb, tingle, {}, false, true},
    {"weeing", wetting_oneself, 1, numb, tingle, {}, false, true},
    {"wee", sphincter_troubles, 3, numb, tingle, {"bit", "bits", "while", "one*"}, false, true},
    {"pee", sphincter_troubles, 3, numb, tingle, {}, false, true},
    {"wet", wet_places, 2, numb, tingle, {}, false, true, not_wet_from_urine},
    // Trial 62: "he's wetting the bed again", "peeing the bed", "has wet his pants", "pissed
    // himself".
    {"wetting", wet_places, 2, numb, tingle, {}, false, true, not_wet_from_urine},
    // Trial 85: "Pt wets the bed since the fall".
    {"wets", wet_places, 2, numb, tingle, {}, false, true, not_wet_from_urine},
    {"peeing", wet_places, 2, numb, tingle, {}, false, true, not_wet_from_urine},
    {"weeing", wet_places, 2, numb, tingle, {}, false, true, not_wet_from_urine},
    // Urine that will not come, or hardly: retention and hesitancy (trial 70: "Unable to pass
    // urine", "Can't pee", "Couldn't wee all day", "Hasn't been able to pee properly", "Struggling
    // to start peeing", "Dribbling urine"); not a pee before a session, nor a wee break.
    {"urin*", urine_not_passed, 3, numb, tingle, {}, false, true},
    {"pee", urine_not_passed, 4, numb, tingle, {}, false, true},
    {"peeing", urine_not_passed, 4, numb, tingle, {}, false, true},
    {"wee",
     urine_not_passed,
     4,
     numb,
     tingle,
     {"bit", "bits", "while", "one*", "break*"},
     false,
     true},
    {"weeing", urine_not_passed, 4, numb, tingle, {}, false, true},
    // "Cannot pass water": only when it cannot.
    {.word = "water",
     .near = {"pass", "passing"},
     .reach = 1,
     .flag = numb,
     .also = tingle,
     .affirms_both = true,
     .only_in_clause = {"cannot", "cant", "couldnt", "unable", "hasnt", "hadnt", "struggl*",
                        "difficult*"}},
    // Urine not held, in the old words for it (found after trial 84: "Can't hold her water",
    // "Couldn't hold his water", "Can no longer hold her water"): only with the hold denied, so
    // not "able to hold his water", nor a bottle of water held.
    {.word = "water",
     .near = {"hold", "holding", "held"},
     .reach = 2,
     .flag = numb,
     .also = tingle,
     .affirms_both = true,
     .unless_in_clause = {"bottle*", "glass*", "cup*", "jug*", "argument*", "theory", "story"},
     .only_in_clause = {"cannot", "cant", "couldnt", "unable", "not", "longer", "hasnt",
                        "struggl*"},
     .near_before = true},
    // Leaking when coughing, sneezing or laughing, urine not held under a sudden strain (trial
    // 85: "Leaks a bit when he coughs, started after injury"); not a bottle or a roof that leaks.
    {.word = "leak*",
     .near = {"cough*", "sneez*", "laugh*", "strain*"},
     .reach = 5,
     .flag = numb,
     .also = tingle,
     .affirms_both = true,
     .unless_in_clause = {"bottle*", "roof*", "tap*", "pipe*", "shoe*", "boot*", "tent*", "story",
                          "news", "media", "press", "team*", "info*", "tyre*", "valve*"}},
    // The sphincter's control or tone lost (trial 70: "Loss of sphincter control", "sphincter
    // tone reduced").
    {"sphincter*", sphincter_troubles, 3, numb, tingle, {}, false, true},
    {"sphincter*",
     {"reduced", "weak*", "lax*", "poor", "decreased", "absent"},
     3,
     numb,
     tingle,
     {},
     false,
     true},
    // Cauda equina syndrome suspected, queried or its symptoms said: suspected, it is an
    // emergency referral (Finucane et al. 2020, J Orthop Sports Phys Ther 50(7):350-372), so the
    // doubt does not lift it (trial 72: "Suspected cauda equina syndrome", "CES suspected",
    // "Cauda equina symptoms"); a screen found normal only asks for the record, and a denial
    // plans ("no cauda equina symptoms", "cauda equina syndrome ruled out").
    nerve_sign_phrase("cauda", cauda_equina_suspected, 3, {}),
    nerve_sign_phrase("ces", cauda_equina_suspected, 3, {}),
    // Trial 75: "Cauda equina red flags positive", "Cauda-equina red flags +".
    nerve_sign_phrase("equina", cauda_equina_suspected, 3, {}),
    cauda_equina_answered_present("ces"),
    cauda_equina_answered_present("cauda"),
    cauda_equina_answered_present("equina"),
    // Saddle anaesthesia written short as "S/A", its letters joined (not "SA"), said present or
    // answered present as a label (found after trial 84: "S/A present", "S/A: +ve"); not answered
    // absent ("S/A: nil"), nor "s/a" for "same as" ("pain s/a yesterday").
    written_joined(nerve_sign_phrase("sa", {"present", "positive", "noted", "reported"}, 2, {})),
    written_joined(cauda_equina_answered_present("sa")),
    // Retention said positive in shorthand (found after trial 76: "Retention ++", "Retention
    // +ve"); not fluid retention, nor a club's retention of players.
    nerve_sign_phrase("retention", {"positive"}, 1, {},
                      {"fluid*", "water", "player*", "staff", "memory", "knowledge", "member*",
                       "customer*", "contract*"}),
    // Nor ruled out yet (trial 73: "Cauda equina not ruled out", "can't be ruled out").
    nerve_sign_phrase("cauda", {"ruled", "excluded"}, 5, {"not", "cant", "cannot", "couldnt"}),
    nerve_sign_phrase("ces", {"ruled", "excluded"}, 5, {"not", "cant", "cannot", "couldnt"}),
    // The anal sphincter's tone or feeling lost (trial 71: "Reduced anal tone"); "anal tone
    // normal" names no loss.
    nerve_sign_phrase(
        "anal",
        {"reduced", "weak*", "lax*", "poor", "decreased", "absent", "loss", "lost", "diminish*"}, 3,
        {}),
    // Urine not passed, said with a denial (trial 71: "Has not been able to pass urine today",
    // "Not passed urine since the session", "No urine passed for 12 hours"; "Passing urine: no"):
    // the phrase starts at the denial, which the reader would otherwise take to deny the flag.
    // Not a trouble denied ("no problems passing urine", "has not had any trouble passing
    // urine"), a test or blood in it, nor urine said fine. The rows are keyed on the urine, not
    // the denial: a row keyed on "not" would open a list of flags at every "not" ("no numbness,
    // not sure").
    nerve_sign_phrase("urin*", {"not", "didnt", "havent", "never"}, 5, {"pass*", "void*"},
                      urine_trouble_denied),
    nerve_sign_phrase("water",
                      {"not", "didnt", "havent", "never", "hasnt", "hadnt", "cant", "cannot",
                       "couldnt", "unable"},
                      5, {"pass*"}, urine_trouble_denied),
    // And "no" right before the urine (trial 72: "No urine output since yesterday", "Has had no
    // urine since yesterday").
    nerve_sign_phrase("urin*", {"no"}, 1, {"pass*", "void*", "output*", "since"},
                      urine_trouble_denied),
    // The verbs of urine denied (trial 72: "Has not urinated since last night", "Not able to
    // urinate", "Incapable of urinating", "Has not peed", "Didn't pee all day", "Hasn't weed
    // since yesterday", "Has not been able to wee today"); not a pee break not needed, nor weed
    // not smoked.
    nerve_sign_phrase("urinat*", urine_denied, 4, {}, urine_trouble_denied),
    nerve_sign_phrase("pee", urine_denied, 4, {}, pee_not_withheld),
    nerve_sign_phrase("peed", urine_denied, 4, {}, pee_not_withheld),
    nerve_sign_phrase("peeing", urine_denied, 4, {}, pee_not_withheld),
    nerve_sign_phrase("wee", urine_denied, 4, {}, pee_not_withheld),
    nerve_sign_phrase("weed", urine_denied, 4, {}, pee_not_withheld),
    // The clinical verb and noun (trial 73: "Has not micturated since admission"; trial 75:
    // "Difficulty initiating micturition").
    nerve_sign_phrase("mictur*", urine_denied, 4, {}, urine_trouble_denied),
    nerve_sign_phrase("mictur*", {"difficult*", "hesitan*", "struggl*", "strain*", "trouble*"}, 3,
                      {}),
    // And its shorthand, "PU" for passed urine (trial 73: "Pt has not PU'd since yesterday", "No
    // PU since the fall").
    nerve_sign_phrase("pud", urine_denied, 3, {}),
    nerve_sign_phrase("pu",
                      {"no", "not", "nil", "hasnt", "hadnt", "havent", "didnt", "unable", "cant",
                       "cannot", "couldnt"},
                      2, {}),
    // Urine gone without (trial 73: "Has gone 14 hours without passing urine", "without
    // urinating", "without a wee"); not urine passed without pain or trouble.
    nerve_sign_after("pass*", {"without"}, 2, {"urin*", "water"}, urine_trouble_denied),
    nerve_sign_after("urinat*", {"without"}, 2, {}, urine_trouble_denied),
    nerve_sign_after("voiding", {"without"}, 2, {}, urine_trouble_denied),
    nerve_sign_after("pee", {"without"}, 2, {}, pee_not_withheld),
    nerve_sign_after("wee", {"without"}, 2, {}, pee_not_withheld),
    // Passing urine impossible, or the ability to denied or lost (trial 73: "Passing urine is
    // impossible", "She denies any ability to pass urine").
    nerve_sign_phrase("urin*", {"impossible"}, 4, {}),
    nerve_sign_phrase("ability",
                      {"no", "deni*", "lost", "loss", "without", "lacks", "lacking", "lack"}, 2,
                      {"urin*", "pee", "wee", "void*", "water", "bladder*"}),
    // The urge to pass urine not felt, or not answered (trial 73: "Does not feel the urge to
    // urinate", "Hasn't been to the toilet to pee since yesterday despite the urge"): a loss of
    // the bladder's sensation, or retention. No urge during a session stopping is the safe
    // mistake.
    nerve_sign_phrase("urge*",
                      {"not", "no", "doesnt", "didnt", "cant", "cannot", "lost", "loss", "without",
                       "despite", "absent", "reduced"},
                      3, {"urin*", "wee", "pee", "void*", "bladder*", "toilet*", "loo"},
                      {"normal", "fine", "ok", "okay"}),
    // No control of the bladder or bowel (found after trial 73: "No bladder control", "Bladder: no
    // control"); not a loss of it denied, nor troubles with it ("no problems with bladder
    // control"), which other rows read.
    {.word = "control*",
     .near = {"no", "without", "poor", "reduced", "lacks", "lacking", "little"},
     .reach = 3,
     .flag = numb,
     .also = tingle,
     .label = true,
     .affirms_both = true,
     .unless_in_clause = {"loss", "lost", "problem*", "issue*", "trouble*", "concern*",
                          "difficult*", "change*", "normal", "fine", "good", "intact"},
     .only_in_clause = {"bladder*", "bowel*", "urin*", "sphincter*", "toilet*", "continen*"}},
    // Not been to the toilet (trial 73: "Hasn't been to the toilet to pee since yesterday
    // despite the urge"); not a toilet not needed, nor one to stretch on.
    nerve_sign_phrase("toilet*", {"hasnt", "hadnt", "havent", "not", "didnt", "never"}, 4, {},
                      {"need*", "break*", "bench*", "table*", "step*", "box*", "plinth*",
                       "stretch*", "clean*", "seat*"}),
    // Nothing passed for trying (trial 73: "Bladder feels full but nothing comes out").
    nerve_sign_phrase("nothing", {"comes", "come", "coming", "came", "happens", "happened"}, 2,
                      {"bladder*", "urin*", "wee", "pee", "void*", "toilet*", "loo"}),
    // A full bladder not felt (trial 73: "Cannot tell if bladder is full"); not the gall bladder.
    nerve_sign_phrase("bladder*",
                      {"cannot", "cant", "couldnt", "unable", "doesnt", "dont", "didnt"}, 4,
                      {"full", "fullness"}, {"gall*"}),
    // Retention without pain is retention still (trial 73: "Painless retention").
    // And the bladder's or urine's retention under a label (trial 74: "Bladder: retention",
    // "Urinary sx: retention"); not fluid retained in the ankle.
    {.word = "retention",
     .near = {"painless", "urinary", "urine", "acute", "chronic", "bladder"},
     .reach = 3,
     .flag = numb,
     .also = tingle,
     .label = true,
     .affirms_both = true,
     .unless_in_clause = {"fluid*", "water", "ankle*", "leg*", "oedema", "edema", "sodium"}},
    // Sexual function lost, a sign of cauda equina compression as the bladder's is (trial 73:
    // "Loss of sexual function", "Can't get an erection since the fall"; trial 82: "Unable to get
    // an erection since injury"); an erection or erectile, not the erector spinae, a back muscle
    // ("Unable to activate erector spinae").
    nerve_sign_phrase("sexual", {"loss", "lost", "dysfunction", "reduced", "altered", "change*"}, 3,
                      {}),
    nerve_sign_phrase("erecti*",
                      {"dysfunction", "cant", "cannot", "unable", "loss", "lost", "difficult*",
                       "trouble*", "problem*"},
                      4, {}),
    // Erectile dysfunction by its initials, new since the injury (trial 77: "New ED since
    // injury"; trial 81: "Some ED post injury"); "ED" is also the emergency department ("seen in
    // ED", "ED overnight"), so only after a word of its onset, and not of the department's staff or
    // a visit to it.
    nerve_sign_after("ed", {"new", "onset", "developed", "developing", "some"}, 2, {},
                     {"doctor*", "dr", "nurse*", "consultant*", "registrar*", "physician*", "staff",
                      "department", "visit*", "attend*", "triage*", "admission*", "discharge*",
                      "referr*", "review*", "present*"}),
    // ... or said to have come since the injury (trial 80: "ED since the fall"; trial 81: "ED since
    // hurting hamstring"; trial 82: "ED +ve since injury"); not a stay in the
    // department ("in ED since the fall", "discharged from ED since").
    nerve_sign_phrase(
        "ed", {"since"}, 2,
        {"fall*", "fell", "injur*", "accident", "incident", "tackle", "hurt*", "then"},
        {"in", "at", "to", "from", "via", "into", "seen", "attend*", "discharg*", "admit*",
         "doctor*", "dr", "nurse*", "staff", "visit*", "wait*"}),
    // The same said plainly (trial 80: "can't get it up since fall"); not a pace, a slope, a limb
    // or a couch ("can't get it up to speed", "can't get it up the stairs", "onto the plinth").
    {.word = "up",
     .near = {"it"},
     .reach = 1,
     .flag = numb,
     .also = tingle,
     .affirms_both = true,
     .unless_in_clause = {"speed", "pace", "stair*", "hill*", "tempo", "intensity", "rate", "level",
                          "leg", "knee", "heel", "foot", "lift*", "raise*", "onto", "over"},
     .only_in_clause = {"cant", "cannot", "unable", "couldnt", "struggl*", "difficult*", "trouble*",
                        "problem*"},
     .near_before = true},
    // Red flags said present, which flag unnamed (trial 81: "Red flags: +ve", "Red flags
    // present"): read as the nerve flags, whose referral is the most urgent; not red flags
    // screened and absent, nor taught ("advised to return if red flags present").
    {.word = "flag*",
     .near = {"red"},
     .reach = 1,
     .flag = numb,
     .also = tingle,
     .unless = screen_answered_absent,
     .label = true,
     .affirms_both = true,
     .unless_in_clause = safety_netting,
     .only_in_clause = {"positive", "present", "yes", "identified", "found", "noted", "raised",
                        "detected"},
     .near_before = true},
    // Saddle anaesthesia written short (trial 79: "Saddle anaesth."); not a local anaesthetic.
    nerve_sign_phrase("anaesth", {"saddle", "perine*", "perianal", "genital*"}, 2, {}),
    nerve_sign_phrase("anaes", {"saddle", "perine*", "perianal", "genital*"}, 2, {}),
    nerve_sign_phrase("anesth", {"saddle", "perine*", "perianal", "genital*"}, 2, {}),
    // Straining to pass urine (trial 72); a hamstring strained is said "strained".
    nerve_sign_phrase("urin*", {"strain", "straining"}, 3, {}),
    // A catheter for the bladder (trial 72: "Needs a catheter to pass urine", "Was catheterised
    // in ED for retention"); not an intravenous one.
    nerve_sign_phrase("catheter*", {"urin*", "bladder", "retention", "pass*", "void*"}, 4, {}),
    // A catheter needed, put in or named as the bladder's (trial 76: "Needed a catheter in ED
    // overnight", "Foley catheter inserted"); not a line into a vein, an artery or the epidural
    // space.
    nerve_sign_phrase("catheter*",
                      {"need*", "required", "requir*", "insert*", "placed", "foley", "indwelling",
                       "ed", "ae", "hospital", "overnight", "urolog*"},
                      4, {},
                      {"iv", "intraven*", "venous", "vein*", "cardiac", "heart", "arterial",
                       "arter*", "cannula*", "epidural", "picc", "central", "line*", "angio*"}),
    // Urine passed without knowing it (trial 76: "Peed without realising on the bus home"): a
    // loss of the bladder's sensation; not a pee without noticing any pain.
    nerve_sign_after("realis*", {"without"}, 1, urine_passed_words, not_a_bladder_sensation),
    nerve_sign_after("realiz*", {"without"}, 1, urine_passed_words, not_a_bladder_sensation),
    nerve_sign_after("notic*", {"without"}, 1, urine_passed_words, not_a_bladder_sensation),
    nerve_sign_after("knowing", {"without"}, 1, urine_passed_words, not_a_bladder_sensation),
    // Leaking or dribbling as a label's value (trial 78: "Bladder: leaking", "Urine: dribbling",
    // "Bowel: leaking").
    bladder_label_value("bladder*"),
    bladder_label_value("urin*"),
    bladder_label_value("bowel*"),
    written_joined(bladder_label_value("bb")),
    // The bladder or bowel said changed or not normal (trial 80: "B&B: altered", "bladder a bit
    // off", "B&B: not normal", "Good control of bladder, bowel not good").
    sphincter_said_changed("bladder*"),
    sphincter_said_changed("bowel*"),
    written_joined(sphincter_said_changed("bb")),
    sphincter_said_changed("saddle"),
    sphincter_said_changed("waterworks"),
    said_not_normal("waterworks"),
    said_not_normal("bladder*"),
    said_not_normal("bowel*"),
    written_joined(said_not_normal("bb")),
    // Leaking with urgency, or into a pad or the underwear (trial 76: "Urgency and leaking since
    // the fall"); not a team's defence leaking goals.
    nerve_sign_phrase("leak*",
                      {"urgen*", "urge", "pad*", "bladder*", "toilet*", "pants", "underwear",
                       "knickers", "stool*", "faec*", "fec*", "bowel*"},
                      3, {}),
    // A residual volume after voiding (trial 72: "Post-void residual 600 mL", "Bladder scan shows
    // 800 ml residual"), unless said normal.
    nerve_sign_phrase(
        "residual", {"void*", "bladder", "pvr"}, 4, {},
        {"normal", "fine", "ok", "okay", "nil", "negligible", "minimal", "insignificant"}),
    // Anal tone on a rectal examination (trial 72: "PR exam: reduced tone"), across a label's
    // colon; a personal record is a sport's "PR" and has no tone.
    {.word = "tone",
     .near = {"pr", "rectal", "dre", "anal"},
     .reach = 4,
     .flag = numb,
     .also = tingle,
     .label = true,
     .affirms_both = true,
     .only_in_clause = {"reduced", "weak*", "lax*", "poor", "decreased", "absent", "loss", "lost"}},
    // The same of urine that will not come (trial 71: "Urine won't come out"), and of voiding,
    // the clinical word (trial 71: "Unable to void"); a void felt at the tear is another row's.
    nerve_sign_phrase("urin*", {"wont"}, 3, {}),
    // Nor a contract or a deal voided (trial 73: "Could not void the contract").
    nerve_sign_phrase(
        "void*",
        {"cannot", "cant", "couldnt", "unable", "hasnt", "hadnt", "struggl*", "difficult*", "not",
         "impossible"},
        4, {},
        {"palpa*", "felt", "feel*", "gap*", "defect*", "muscle*", "tendon*", "problem*", "issue*",
         "trouble*", "normal", "fine", "contract*", "deal*", "agreement*", "warrant*"}),
    // A stream hard to start or weak (trial 71: "Trouble starting his stream"); not a video's.
    nerve_sign_phrase(
        "stream", {"start*", "weak*", "slow*", "hesitan*", "poor"}, 3, {},
        // Trial 76: not a stream of something else ("Weak stream of motivation this week").
        {"live*", "video*", "watch*", "online", "camera*", "broadcast*", "session*", "match*",
         "motivation", "consciousness", "thought*", "idea*", "content", "energy", "income",
         "revenue"}),
    // A bladder that will not empty (trial 71: "Can't empty my bladder fully"; "Bladder doesn't
    // feel empty after going", "incomplete bladder emptying"; trial 72: "Struggling to empty
    // bladder"); not one denied a problem.
    nerve_sign_phrase("bladder",
                      {"cannot", "cant", "couldnt", "unable", "incomplete*", "doesnt", "not",
                       "never", "struggl*", "difficult*", "trouble*"},
                      4, {"empty*", "emptied", "emptying"},
                      {"issue*", "problem*", "concern*", "fine", "gall*"}),
    // Straining to pass urine (trial 71: "Needs to strain to wee"); a hamstring strain is
    // further off ("strained his hamstring, needs a wee").
    nerve_sign_phrase("wee", {"strain", "straining"}, 2, {}),
    nerve_sign_phrase("pee", {"strain", "straining"}, 2, {}),
    nerve_sign_phrase("urinat*", {"strain", "straining"}, 2, {}),
    // A sensation of the saddle area screened and found not intact or not normal (trial 71:
    // "Saddle sensation not intact", "Saddle not normal"), which the saddle's row takes for a
    // normal screen denied; not the skin, which a gap's row reads.
    nerve_sign_phrase("intact", {"not"}, 1, saddle_screens),
    said_not_normal("saddle"),
    // Feeling scarce in the foot (trial 71: "Little feeling in the sole of the left foot"); not
    // a little feeling of tightness in the calf or under the heel.
    {.word = "feeling",
     .near = {"little", "less", "reduced", "diminished", "decreased"},
     .reach = 1,
     .flag = numb,
     .also = numb,
     .unless_in_clause = {"tight*", "stretch*", "pull*", "sore*", "pain*", "ache*", "cramp*"},
     .only_in_clause = {"foot", "feet", "toe*", "sole*", "heel*"}},
    // The bowel as the bladder (trial 64: "had an accident, couldnt hold my poo in").
    {"poo", sphincter_troubles, 3, numb, tingle, {}, false, true},
    {"poop", sphincter_troubles, 3, numb, tingle, {}, false, true},
    {"pooed", wetting_oneself, 1, numb, tingle, {}, false, true},
    // Trial 77: "Poo'd myself", "Shat myself", "Sh*t myself on the run".
    {"pood", wetting_oneself, 1, numb, tingle, {}, false, true},
    // "Poo'd" is read "poo", "d": an apostrophe joins only "n't".
    {"poo", wetting_oneself, 2, numb, tingle, {}, false, true},
    {"shat", wetting_oneself, 1, numb, tingle, {}, false, true},
    {"shit", wetting_oneself, 1, numb, tingle, {}, false, true},
    {"sh", wetting_oneself, 2, numb, tingle, {}, false, true},
    // Underwear or bedding soiled (trial 77: "Soiled underwear, didn't notice"); not kit soiled
    // with mud.
    {"soiled", wet_places, 2, numb, tingle, {}, false, true, {"mud*", "dirt*", "grass", "pitch"}},
    // The bowels or the bladder emptied without warning (trial 77: "Bowels opened without
    // warning"); not warning signs screened.
    nerve_sign_after("warning", {"without", "no"}, 1,
                     {"bowel*", "poo*", "stool*", "urin*", "wee", "pee*", "wet*", "soil*"},
                     {"sign*", "symptom*", "flag*"}),
    {"pooing", wetting_oneself, 1, numb, tingle, {}, false, true},
    {"pooped", wetting_oneself, 1, numb, tingle, {}, false, true},
    {"pooping", wetting_oneself, 1, numb, tingle, {}, false, true},
    {"soiled", wetting_oneself, 1, numb, tingle, {}, false, true},
    {"pissed", wetting_oneself, 1, numb, tingle, {}, false, true},
    {"pissing", wetting_oneself, 1, numb, tingle, {}, false, true},
    // Sensation altered in the saddle area (trial 61: "Saddle area feels odd, like sitting on
    // cotton wool"); not a bike's saddle.
    {"saddle",
     {"area", "region", "feel*", "felt", "odd", "strange", "weird", "sensation", "altered",
      "cotton", "wool", "tingl*", "numb*"},
     3,
     numb,
     tingle,
     // Nor a screen found normal (trial 70: "saddle sensation intact"); "not intact" is read,
     // its normal word then three words on.
     {"height", "sore*", "bike", "bicycle", "seat*", "intact", "normal", "unchanged", "preserved",
      "unaffected", "fine", "ok", "okay", "nad"},
     false,
     true,
     // Nor a screen found normal further on (trial 73: "Saddle sensation is intact
     // bilaterally"), nor a seat sore from sitting ("sore saddle area from sitting").
     {"bike*", "bicycle*", "cycl*", "ride*", "riding", "height", "adjust*", "intact", "normal",
      "preserved", "unaffected", "unchanged", "sore*"}},
    // The saddle's sensation under a label (trial 74: "Saddle: reduced"); not a bike's saddle
    // lowered.
    {.word = "saddle",
     .near = {"reduced", "decreased", "diminished", "absent", "altered", "impaired", "lost"},
     .reach = 2,
     .flag = numb,
     .also = tingle,
     .label = true,
     .affirms_both = true,
     .unless_in_clause = {"bike*", "bicycle*", "cycl*", "height", "seat*", "position*"}},
    // Urine passed without feeling it (trial 74: "Doesn't feel when he's peeing"); not a pain
    // not felt on passing it.
    {.word = "feel",
     .near = {"doesnt", "dont", "didnt", "cant", "cannot", "couldnt"},
     .reach = 2,
     .flag = numb,
     .also = tingle,
     .affirms_both = true,
     .unless_in_clause = {"pain*", "sore*", "burn*", "sting*", "discomfort", "where", "if",
                          "whether", "which", "what", "who", "how"},
     .only_in_clause = {"peeing", "weeing", "urinat*", "wee", "pee", "bladder*", "bowel*",
                        "toilet*"}},
    // Trial 61: "can't always make it to the loo in time", "Can't make it to the toilet in
    // time": urgency with accidents; not "running to the loo all day, no problems now".
    {.word = "loo",
     .near = {"time"},
     .reach = 3,
     .flag = numb,
     .also = tingle,
     .affirms_both = true,
     .only_in_clause = {"make", "reach*", "get", "got"}},
    {.word = "toilet*",
     .near = {"time"},
     .reach = 3,
     .flag = numb,
     .also = tingle,
     .affirms_both = true,
     .only_in_clause = {"make", "reach*", "get", "got"}},
    // The sensation of a full bladder or bowel lost (trial 63: "cant tell when I need a wee");
    // not a drill's cue ("tell me when you need a break"), nor a place or a choice not known
    // ("doesn't know where the toilets are", "can't tell if it's the knee").
    {.word = "tell",
     .near = {"cannot", "cant", "couldnt", "unable"},
     .reach = 2,
     .flag = numb,
     .also = tingle,
     .affirms_both = true,
     .unless_in_clause = not_known_place_or_choice,
     .only_in_clause = bladder_and_bowel},
    // ... nor aware of it (trial 80: "Not aware when bladder full"; trial 81: "Unaware when bladder
    // full"); not a denial ("not aware of any bladder problems").
    {.word = "aware",
     .near = {"not", "isnt", "wasnt", "never"},
     .reach = 2,
     .flag = numb,
     .also = tingle,
     .affirms_both = true,
     .unless_in_clause = {"any", "problem*", "issue*", "change*", "trouble*", "concern*",
                          "symptom*", "where", "which", "who", "what", "how"},
     .only_in_clause = bladder_and_bowel,
     .near_before = true},
    {.word = "unaware",
     .near = {"when", "if", "whether", "of", "that"},
     .reach = 1,
     .flag = numb,
     .also = tingle,
     .affirms_both = true,
     .unless_in_clause = {"any", "problem*", "issue*", "change*", "trouble*", "concern*",
                          "symptom*", "where", "which", "who", "what", "how"},
     .only_in_clause = bladder_and_bowel},
    {.word = "know",
     .near = {"doesnt", "dont", "didnt", "cant", "cannot", "couldnt"},
     .reach = 2,
     .flag = numb,
     .also = tingle,
     .affirms_both = true,
     .unless_in_clause = not_known_place_or_choice,
     .only_in_clause = bladder_and_bowel},
    {"accident*",
     {"pants", "trousers", "underwear", "knickers", "shorts", "loo", "toilet*", "bathroom*"},
     3,
     numb,
     tingle,
     {},
     false,
     true,
     // Not a phone dropped in the toilet (trial 62).
     {"phone*", "mobile*", "drop*", "keys", "glasses"}},
    // A foot that flops or toes that catch: a foot drop (trial 59: "foot flops when walking,
    // catching toes"); not flip-flops, nor a ball caught.
    {"flop*",
     {"foot", "feet"},
     2,
     numb,
     tingle,
     {},
     false,
     true,
     {"flip*", "sandal*", "shoe*", "pool", "shower*"}},
    // Trial 60: "Trips over his toes", "Her foot hangs down and scuffs"; not a foot hung off a
    // bench for a stretch.
    {"trip*", {"toe*"}, 3, numb, tingle, {}, false, true},
    // Trial 62: "toes keep snagging on the carpet", "toes dont clear the ground", "foot wont come
    // up".
    {"snag*", {"toe*", "foot", "feet"}, 3, numb, tingle, {}, false, true},
    // Trial 63: "she can't pick her foot up properly".
    nerve_sign_phrase("pick*", {"cant", "cannot", "unable", "struggl*", "doesnt", "wont"}, 2,
                      {"foot", "feet", "toe*"}, {"ball*", "cone*", "towel*", "marble*"}),
    nerve_sign_phrase("clear", not_lifting, 1, {"toe*", "foot", "feet"}),
    nerve_sign_phrase("come", not_lifting, 1, {"foot", "toe*"}),
    {"scuff*", {"foot", "feet", "toe*"}, 4, numb, tingle, {}, false, true},
    {"hang*",
     {"foot"},
     2,
     numb,
     tingle,
     {},
     false,
     true,
     {"bench*", "table*", "bed", "edge", "step*", "box*", "off", "plinth*", "stretch*"}},
    {"catch*",
     {"toe*"},
     2,
     numb,
     tingle,
     {},
     false,
     true,
     {"ball*", "drill*", "exercis*", "pass*", "partner*", "throw*"}},
    // Weakness of both legs: a loss of power on both sides, a sign of cauda equina compression
    // (trial 59: "both legs weak and wobbly"); not one leg's hamstring weak.
    {.word = "weak*",
     .near = {"both", "bilateral*", "bilat", "bil", "bl", "ble"},
     .reach = 5,  // trial 71: "Both of her legs feel weak"
     .flag = numb,
     .also = tingle,
     .affirms_both = true,
     // trial 70: "both hamstrings weak"; trial 72: "bilateral lower limb weakness"; trial 73:
     // "B/L LL weakness" (lower limbs); trial 74: "Bilat LE weakness", "BLE weakness"
     // (bilateral lower extremities)
     .only_in_clause = {"leg*", "limb*", "hamstring*", "hams", "ll", "lls", "le", "ble"}},
    // Trial 62: "both his legs went to jelly", "both legs like spaghetti", "legs both gave out",
    // "his legs are both giving way"; not legs like jelly after a long run, said of one side.
    nerve_sign_phrase("jelly", {"both", "bilateral*"}, 5, {"leg*", "limbs"}),
    nerve_sign_phrase("spaghetti", {"both", "bilateral*"}, 4, {"leg*", "limbs"}),
    // Trial 65: "both my legs gave way on the stairs".
    nerve_sign_phrase("gave", {"both"}, 3, {"out", "way"}),
    nerve_sign_phrase("giving", {"both"}, 3, {"out", "way"}),
    // Trial 60: "legs buckle" (both of them; not the knees on landing, a drill's fault).
    nerve_sign_phrase("buckl*", {"legs", "both"}, 2, {"leg*", "limbs"}),
    // A foot or toes dragged along the ground: a foot drop (trial 57: "Dragging the foot"); not a
    // sled dragged, or a drill.
    {"drag*",
     {"foot", "feet", "toe*"},
     2,
     numb,
     tingle,
     {},
     false,
     true,
     {"sled*", "sledge*", "drill*", "exercis*", "rep*", "set*"}},
    // Not a bruise or a swelling that spreads or tracks down the leg (trial 57: "Bruising spreading
    // down toward the calf" was stopped as numbness and tingling).
    {"spread*",
     {"foot", "feet", "calf", "calves", "shin*", "toe*", "ankle*", "heel*", "leg*"},
     4,
     numb,
     tingle,
     {},
     false,
     true,
     not_a_nerve_spreading},
    {"neuro",
     {"symptom*", "sign*", "deficit*", "change*", "involvement"},
     1,
     numb,
     tingle,
     {},
     false,
     true},
    // Not "slump reproduces hamstring pain", nor "posterior thigh pain only" (trial 37): the
    // muscle's pain, not the nerve's.
    {"slump",
     {"positive", "pos", "reproduc*", "provoc*", "provok*"},
     3,
     numb,
     tingle,
     {"hamstring*", "muscle*", "stretch*", "posterior*", "thigh*"},
     true,
     true},
    // The straight leg raise, a nerve sign.
    {"slr", {"positive", "pos"}, 2, numb, tingle, {}, true, true},
    // Pain of the nerve named as such: "sciatic pain", "sciatic-type pain", "nerve pain", "nerve
    // symptoms down the leg"; not "sciatic nerve glides" (nerve_exercises) nor the nerve alone.
    {"sciatic*",
     {"pain*", "ache*", "symptom*", "type", "like", "irritation"},
     2,
     numb,
     tingle,
     {},
     false,
     true},
    {"nerve", {"pain*", "symptom*", "ache*"}, 1, numb, tingle, {"glide*", "floss*"}, false, true},
    // Not a sport's or a drill's stick: "uses a stick for the hockey drills" (sport_sticks).
    // A limp and a stick (trial 38: "limp and a stick").
    {"stick",
     {"walk*", "cane", "using", "uses", "use", "needs", "need", "requires", "mobilis*", "mobiliz*",
      "ambulat*", "limp*", "hobbl*", "gait"},
     3,
     weight,
     weight,
     {},
     false,
     false,
     {"hockey", "lacrosse", "hurl*", "pogo", "broom*", "dowel*", "pvc", "shinty"}},
    // Elbow crutches written "EC": "mobilises with 2 EC", "bilateral EC", "using EC x2"; not
    // before an exercise ("EC hamstring curls", "with EC nordics", "EC RDLs", "EC bridges").
    // In clinical shorthand too: "PWB c EC" (c: with), "PWB w EC", "PWB 2xEC", "amb c EC", "EC
    // PRN", "Mobility: EC"; not "EC training 3x/week" (eccentric training).
    {"ec",
     {"with",  "using",    "uses", "bilateral", "bilat", "mobilis*", "mobiliz*",
      "walk*", "ambulat*", "x",    "c",         "w",     "pwb*",     "nwb*",
      "ttwb*", "tdwb*",    "twb*", "wb",        "amb",   "prn",      "mobility"},
     2,
     weight,
     weight,
     {"curl*", "hamstring*", "exercis*", "nordic*", "rdl*", "bridg*", "slider*", "deadlift*",
      "training", "program*", "session*", "protocol*", "phase", "work", "load*", "block*"},
     true,
     true},
    // Bearing weight not tolerated: "WB intolerable", "weight bearing intolerable"; not "pain
    // intolerable when walking".
    {"intolerable", {"wb*", "fwb*", "weight*", "bearing", "weightbear*"}, 2, weight, weight},
    // A walking aid written "WA": "WA x1", "WA x 2".
    {"wa", {"x"}, 1, weight, weight},
    // Carried off: "carried off the field", "stretchered off".
    {"stretcher*", {"off"}, 1, weight, weight},
    // Carried off: "carried off the field", "carried off on a stretcher".
    {"carried", {"off"}, 1, weight, weight},
    // Helped off the field: could not walk off (trial 37: "had to be helped off the pitch",
    // "helped off the field by two teammates"); not "helped off-load".
    // "Teammates helped him off the pitch" (trial 48).
    {"helped", {"off"}, 2, weight, weight, {"load*"}},
    {"assisted", {"off"}, 1, weight, weight, {"load*"}},
    // Wheeled, helped or carried somewhere (trial 38: "wheeled in", "helped to the car");
    // not a bike wheeled, nor a car packed ("helped pack the car").
    {"wheeled",
     {"in", "into", "out", "off", "to", "from", "around", "onto"},
     2,
     weight,
     weight,
     {"bike*", "bicycle*", "bag*", "suitcase*", "trolley*", "kit*", "box*", "equipment"},
     false,
     false,
     carried_things},
    {"helped", places_reached, 3, weight, weight, helping_chores, false, false, carried_things},
    {"assisted", places_reached, 3, weight, weight, helping_chores, false, false, carried_things},
    {"carried", places_reached, 3, weight, weight, helping_chores, false, false, carried_things},
    // Carried by someone (trial 47: "Husband has to carry her up the stairs").
    {.word = "carr*",
     .near = carried_people,
     .reach = 1,
     .flag = weight,
     .also = weight,
     .unless_in_clause = carried_things,
     .only_in_clause = carried_to},
    // Carried in or out (trial 49: "Brother carried him in"); not carried through a match.
    {.word = "carr*",
     .near = carried_people,
     .reach = 1,
     .flag = weight,
     .also = weight,
     .unless_in_clause = {"bike*", "bicycle*", "bag*", "suitcase*", "kit*", "box*", "shopping*",
                          "game*", "match*", "team", "race*", "relay*", "season", "training"},
     .only_in_clause = {"in", "inside", "indoors", "out", "outside", "upstairs", "downstairs"}},
    // Someone to lean on (trial 48: "Still needs someone to lean on to walk").
    {.word = "someone",
     .near = {"lean*"},
     .reach = 3,
     .flag = weight,
     .also = weight,
     .only_in_clause = getting_about},
    // A person's arm or shoulder to get about on (trial 47: "Leaning on his dad's arm to walk",
    // "Needs his partner's shoulder to get from the car"); not an arm swing or the shoulder's own
    // exercises.
    leaning_on("arm"),
    leaning_on("arms"),
    leaning_on("shoulder*"),
    // A hand from someone to get about (trial 47: "Needs a hand from a friend to get up the
    // stairs").
    {.word = "hand",
     .near = leaning_words,
     .reach = 3,
     .flag = weight,
     .also = weight,
     .unless = limb_exercises,
     .unless_in_clause = carried_things,
     .only_in_clause = getting_about},
    // Walking by holding on to the furniture or the walls (trial 47: "Walks holding onto
    // furniture and walls"); not an exercise held at a wall ("calf raises holding the wall").
    held_to_walk("furniture"),
    held_to_walk("wall*"),
    // A pole to walk with, or for support (trial 47: "Uses a hiking pole for support"); not a
    // Nordic walking pole, a vaulter's or a drill's.
    {.word = "pole*",
     .near = {"support", "needs", "need", "needed", "relies", "reliant", "depend*", "walk*"},
     .reach = 3,
     .flag = weight,
     .also = weight,
     .unless_in_clause = {"vault*", "nordic", "drill*", "sprint*", "tent*", "fishing", "cross*",
                          "exercis*"}},
    {"aid*", {"walk*", "mobility"}, 2, weight, weight},  // "walking with aids"
    // Help to walk or stand: "needs assistance to walk", "assisted to stand", "needs help to
    // walk" (trial 35); as a label's value too: "Walking: only with assistance" (trial 36).
    {"assist*",
     {"walk*", "ambulat*", "stand*", "mobilis*", "transfer*", "mobility"},
     3,
     weight,
     weight,
     {},
     true},
    // Help from people, counted, before the walking (trial 45: "Needs help from two people to
    // walk").
    {"help",
     {"walk*", "ambulat*", "stand*", "mobilis*", "transfer*", "mobility", "stairs"},
     5,
     weight,
     weight,
     {},
     true,
     false,
     drill_words},
    {"helped",
     {"walk*", "ambulat*", "stand*", "mobilis*", "transfer*", "mobility", "stairs"},
     3,
     weight,
     weight,
     {},
     true},
    // A person's support to walk (trial 39: "walks only with support from a teammate"); not a
    // shoe's or a brace's.
    {"support",
     {"walk*", "ambulat*", "stand*", "mobilis*", "transfer*", "mobility"},
     3,
     weight,
     weight,
     {},
     true,
     false,
     {"arch*", "shoe*", "insole*", "orthot*", "brace*", "tape", "taping", "sock*"}},
    // Walking only a few steps or metres: not bearing weight, as the Ottawa rules define it
    // (unable to take four steps: Stiell et al. 1992, Ann Emerg Med 21(4):384-390; trial 35: "can
    // only walk a few steps"); not a drill's steps ("a few steps between sets").
    {"steps", few_steps, 3, weight, weight, {}, false, false, drill_words},
    {"metres", few_words, 3, weight, weight, {}, false, false, drill_words},
    {"meters", few_words, 3, weight, weight, {}, false, false, drill_words},
    // Hopping as the only way about: "hopping only", "can only hop"; not "hop tests".
    {"hopping", {"only"}, 2, weight, weight, {"test*", "drill*", "exercis*"}},
    // Hopping to get about: "hopping to the car", "hop to car", "hopping around the house", a
    // "hop-to gait" (trial 35).
    {"hop",
     {"car", "toilet", "bathroom", "bed", "home", "house", "stairs", "upstairs", "everywhere",
      "gait"},
     3,
     weight,
     weight,
     {"test*", "drill*", "exercis*"}},
    {"hopped",
     {"car", "toilet", "bathroom", "bed", "home", "house", "stairs", "upstairs", "everywhere",
      "gait", "in", "into", "off", "out", "pitch", "field", "clinic", "park"},
     3,
     weight,
     weight,
     {"test*", "drill*", "exercis*", "warm*", "plyo*", "cone*", "ladder*", "hurdle*"}},
    {"hopping",
     {"car", "toilet", "bathroom", "bed", "home", "house", "stairs", "upstairs", "everywhere",
      "gait", "in", "into", "off", "out", "pitch", "field", "clinic", "park"},
     3,
     weight,
     weight,
     {"test*", "drill*", "exercis*", "warm*", "plyo*", "cone*", "ladder*", "hurdle*"}},
    {"hop", {"only"}, 2, weight, weight, {"test*", "drill*", "exercis*"}},
    // Hopping to get about: "hopping to get around", "hopping on the other leg to get around"
    // (trial 36); not hopping around cones in a drill.
    {"around", hop_words, 8, weight, weight, {}, false, false, hop_drills},
    {"about", hop_words, 8, weight, weight, {}, false, false, hop_drills},
    // The tendon's continuity lost, or torn from its bone: "loss of continuity of the tendon",
    // "pulled off the ischial tuberosity".
    {"continuity", {"los*", "lost", "no", "break*", "broken"}, 2, gap, gap},
    // An indent felt or seen (trial 47: "indent palpable at proximal MTJ"), as an indentation is.
    {"indent",
     {"palpable", "palpat*", "felt", "feel*", "visible", "obvious", "clear"},
     3,
     gap,
     gap},
    {"tuberosity",
     {"pulled", "torn", "tore", "ripped", "avuls*", "off", "away", "stripped", "lifted"},
     4,
     gap,
     gap},
    {"frame", {"walk*", "zimmer*", "mobilis*", "mobiliz*", "ambulat*"}, 3, weight, weight},
    {"touch*", {"weight*", "wb*"}, 2, weight, weight},  // toe-touch, touch-down weight bearing
    // Touching the ground only: "toe touching only".
    {"touch*", {"only"}, 2, weight, weight, {"test*", "drill*", "exercis*"}},
    {"feather*", {"weight*", "wb*"}, 2, weight, weight},  // feather weight bearing
    // The weight kept off the leg, or the leg not loaded: "keeping weight off the leg", "unable
    // to load the leg", "unable to mobilise independently".
    {"off", {"weight"}, 1, weight, weight},
    {"load*", {"unable", "cannot", "cant", "couldnt", "inability"}, 3, weight, weight},
    {"mobilis*", {"unable", "cannot", "cant", "couldnt", "inability"}, 3, weight, weight},
    {"mobiliz*", {"unable", "cannot", "cant", "couldnt", "inability"}, 3, weight, weight},
    // Bearing weight not tolerated (trial 53: "WB intolerant", "Intolerant of weight bearing").
    {"intoleran*",
     {"wb*", "fwb*", "weight*", "weightbear*", "bearing", "walk*"},
     2,
     weight,
     weight},
    // Mobility recorded as none: "mobility: nil".
    {"mobility", {"nil", "none", "zero"}, 1, weight, weight, {}, true},
    // Barely able to walk or stand: "can barely walk", "can hardly stand".
    {"walk*", {"barely", "hardly", "scarcely"}, 1, weight, weight, {"lunge*", "drill*"}},
    {"stand*", {"barely", "hardly", "scarcely"}, 1, weight, weight, {"calf", "raise*"}},
    // A leg that gives way under weight, one leg to get about on, off one's legs (trial 43: "Leg
    // gives way when I stand on it", "Can only get around on one leg", "Off legs since
    // Saturday"); not a knee that gave way in a sprint, a drill on one leg, or a rest.
    // Or one that keeps giving way (trial 57: "Leg keeps giving way").
    {.word = "giv*",
     .near = {"way"},
     .reach = 1,
     .flag = weight,
     .also = weight,
     .only_in_clause = {"stand*", "stood", "weight", "walk*", "step*", "put*", "keep*", "kept"}},
    {.word = "gave",
     .near = {"way"},
     .reach = 1,
     .flag = weight,
     .also = weight,
     .only_in_clause = {"stand*", "stood", "weight", "walk*", "step*", "put*"}},
    {.word = "around",
     .near = {"one"},
     .reach = 3,
     .flag = weight,
     .also = weight,
     .unless_in_clause = {"drill*", "balance", "exercis*", "test*", "cone*", "warm*", "squat*",
                          "bridge*"},
     .only_in_clause = {"leg", "foot"}},
    {.word = "off",
     .near = {"legs"},
     .reach = 1,
     .flag = weight,
     .also = weight,
     .unless_in_clause = {"weight", "take*", "taking", "took", "rest*", "feet"}},
    // A leg that collapses or buckles under weight (trial 48: "Leg collapses under him when he
    // tries to stand"); not a scrum that collapsed, nor a knee buckling in a drill.
    fails_under_weight("collaps*"),
    fails_under_weight("buckl*"),
    // Standing or bearing weight only on the other leg (trial 48: "Can only stand on the good
    // leg"); not a test, a drill or a stretch done on the good leg only.
    only_on_the("good"),
    only_on_the("uninjured"),
    only_on_the("healthy"),
    only_on_the("other"),
    only_on_the("unaffected"),
    // Held up or helped along by people (trial 48: "Arrived supported by two teammates, one
    // under each arm", "Walked in with the aid of his partner").
    helped_by("supported"),
    helped_by("aid"),
    // Barely bearing weight: "barely able to weight bear", "barely weight bearing", "barely able
    // to put weight through the leg" (trial 36); not a weight lifted or gained.
    {"weight*",
     {"barely", "hardly", "scarcely"},
     4,
     weight,
     weight,
     {},
     false,
     false,
     {"gain*", "loss", "lost", "lift*", "vest*", "sled*", "lbs", "kg*"}},
    {"wb", {"barely", "hardly", "scarcely"}, 2, weight, weight},
    // Partial weight bearing, as a phrase or a label's value: "Weight bearing: partial".
    {"partial*", {"weight*", "wb*", "bearing"}, 2, weight, weight, {}, true},
});

// A single letter N or T as a label, as an intake form writes numbness and tingling ("N: yes T:
// no"), affirms its flag when its value is one of these (trial 35); "N: no" names nothing.
inline constexpr auto shorthand_yes =
    std::to_array<std::string_view>({"yes", "y", "positive", "pos", "present"});

// A tear across the tendon's whole width is a complete one (trial 36: "tear of the whole tendon
// width on MRI", "full-width tear"); not a full-width squat.
inline constexpr auto whole_words =
    std::to_array<std::string_view>({"whole", "full", "entire", "complete", "total"});

// Words that make steps counted in digits a limit: "managed only 3 steps", "3 steps unaided".
// Steps counted in words, fewer than the Ottawa rules' four or that number itself, after a word
// of not being able (trial 40: "Could not take four steps", "couldn't manage a single step":
// unable to take four steps, Stiell et al. 1992, Ann Emerg Med 21(4):384-390).
inline constexpr auto steps_in_words =
    std::to_array<std::string_view>({"one", "two", "three", "four", "single", "a"});
inline constexpr auto steps_not_able =
    std::to_array<std::string_view>({"not", "cannot", "cant", "couldnt", "unable", "inability"});
inline constexpr auto step_limits = std::to_array<std::string_view>(
    {"only", "manag*", "could", "can", "cannot", "cant", "able", "unable", "unaided", "max*",
     "just", "before", "take", "took"});

// Words of dorsiflexion and great toe extension, whose strength is graded out of 5.
inline constexpr auto dorsiflexion_words =
    std::to_array<std::string_view>({"df", "dorsiflex*", "ehl"});

// A tear called whole by its number is a complete tear, a gap: "100% tear", "100 % torn".
inline constexpr auto tear_words = std::to_array<std::string_view>({"tear", "tears", "torn"});

// Not being able to bear weight: "cannot walk", "can't bear weight", "unable to weight-bear",
// "inability to bear weight", "not FWB", "non weight bearing", "weight-bearing not possible",
// "unable to stand": a word of not being able within three words of walking, standing or bearing
// weight, in one clause ("can't" and "couldn't" leave the word "t"). "no" and "nil" count only
// right before the words of bearing weight ("no weight bearing", "no WB") or as the value of a
// label ("WB: nil", "WB: 0%"): "no pain walking", "walks with no crutches" are not. A word that
// says the ability has ceased or not yet come (`ceased_words`: "no longer", "no more", "yet to")
// counts with nothing but `ceased_fillers` between it and the words of bearing weight ("no longer
// able to bear weight", "no more weight bearing", "yet to weight bear"; not "no longer limping
// when walking"). A value right after the words is part of them ("no walking possible", "FWB not
// possible"). Standing needs a word of ability ("unable to stand"; not "no standing calf
// raises"). None of these count when the restrictions, or troubles, are what is denied ("no WB
// restrictions", "no WB issues", "weight bearing not restricted"). Never negated.
inline constexpr auto unable_words = std::to_array<std::string_view>(
    {"cannot", "cant", "unable", "inability", "incapable", "not", "non", "t", "impossible"});
// What a walk is said not to be, after it, when it is walking done, only not yet as it was (found
// after trial 76: "Walking not normal yet but improving", an altered gait; not "walking not
// possible").
inline constexpr auto gait_qualities = std::to_array<std::string_view>(
    {"normal*", "right", "quite", "great", "perfect*", "smooth*", "symmetric*", "fluid", "fluent*",
     "comfortabl*", "natural*", "even", "steady", "pain*", "sore*", "as", "like"});
// Words that add one to the reach of a word of not being able before bearing weight
// (MentionFinder::unable_near()).
inline constexpr auto reach_fillers =
    std::to_array<std::string_view>({"been", "any", "fully", "full", "able", "put"});
// Words that open another part of a clause, whose "not" is not said of the walking before them
// (trial 49: "Walks unaided and not limping").
inline constexpr auto conjunct_openers =
    std::to_array<std::string_view>({"and", "but", "yet", "though", "although", "while"});
inline constexpr auto weight_words = std::to_array<std::string_view>(
    {"walk*", "bear", "bears", "bearing", "weight", "weightbear*", "weightbar*", "weightbor*",
     "wb*", "fwb*", "ambulat*", "ambulant"});

// What one can be unable to walk without and still walk (trial 37: "cannot walk without pain").
inline constexpr auto pain_without = std::to_array<std::string_view>(
    {"pain*", "discomfort", "ache*", "aching", "hurting", "soreness", "twinge*"});

// Words that make a likeness of the word they are hyphened to, not a compound that is something
// else: "shock-like", "electric-type", "sciatic-ish".
inline constexpr auto likeness_suffixes =
    std::to_array<std::string_view>({"like", "type", "ish", "esque"});
inline constexpr auto standing_words = std::to_array<std::string_view>({"stand", "standing"});
// To bear or to stand something is to endure it, not to take weight (trial 43: "Can't bear to
// watch the match", "Unable to stand the cold tub"): these words right after "bear" or "stand",
// unless a word of bearing weight follows them ("can't bear the weight").
inline constexpr auto endured_openers = std::to_array<std::string_view>(
    {"to", "the", "a", "an", "this", "that", "these", "those", "him", "her", "them", "being",
     "watching", "waiting", "losing", "missing", "sitting", "listening"});
inline constexpr auto no_words = std::to_array<std::string_view>({"no", "nil", "zero", "none"});
// A word a label of bearing weight may carry before its value: "WB status - nil", "WB today: nil".
inline constexpr auto label_fillers =
    std::to_array<std::string_view>({"status", "today", "now", "currently", "ability"});
// The limb a label of bearing weight may name before its value, after one of these and at most
// two of `subject_openers` or `named_sides` (trial 44: "Weight on the leg: none", "Weight through
// L leg: nil"), a limb of `limb_words`.
inline constexpr auto label_limb_openers =
    std::to_array<std::string_view>({"on", "through", "thru", "onto", "into", "via"});
inline constexpr auto bearing_fillers = std::to_array<std::string_view>(
    {"full", "fully", "any", "weight", "bearing", "weightbear*", "wb", "fwb"});

// Two words in a row ("" second: one word is enough).
struct WordPair {
    std::string_view first;
    std::string_view second;
};
inline constexpr auto ceased_words = std::to_array<WordPair>({
    {"no", "longer"},
    {"no", "more"},
    {"not", "anymore"},
    {"yet", "to"},
});
inline constexpr auto ceased_fillers = std::to_array<std::string_view>(
    {"able", "to", "full", "fully", "any", "weight", "bearing", "weightbear*", "wb", "fwb", "put"});
inline constexpr auto inability_values =
    std::to_array<std::string_view>({"possible", "tolerated", "permitted", "allowed"});
// Words after walking or standing that make it an exercise ("no more walking lunges", "unable to
// do standing calf raises"): not a word of bearing weight.
inline constexpr auto exercise_words =
    std::to_array<std::string_view>({"lunge*", "raise*", "drill*", "march*"});
inline constexpr auto restriction_words =
    std::to_array<std::string_view>({"restrict*", "limit*", "precaution*", "concern*"});
// Troubles with bearing weight denied with it: "no WB issues", "No weight-bearing problems".
inline constexpr auto weight_troubles = std::to_array<std::string_view>(
    {"issue*", "problem*", "difficult*", "trouble*", "complaint*", "deficit*"});
inline constexpr auto label_value_words = std::to_array<std::string_view>(
    {"possible", "able", "yet", "tolerated", "allowed", "permitted", "weight*", "bearing", "wb*",
     "fwb*", "walk*", "at", "for", "since", "today", "currently"});
inline constexpr std::size_t unable_reach = 3;
// Refusing or declining counts as not being able only right before "to" or the words of bearing
// weight: "refuses to weight bear", "declines to bear weight", "refusing WB"; not "pain declined
// when walking", "refused MRI, walking normally".
inline constexpr auto declining_words =
    std::to_array<std::string_view>({"declines", "declined", "declining", "refuses", "refused",
                                     "refusing", "refusal", "reluctant", "unwilling"});
// Putting a foot down is bearing weight: a word of putting, a limb within three words after it
// and the ground within three words after that ("cannot put foot down", "unable to put the leg
// to the ground").
inline constexpr auto putting_words = std::to_array<std::string_view>({"put", "puts", "putting"});
inline constexpr auto limb_words =
    std::to_array<std::string_view>({"foot", "feet", "leg", "heel", "toe", "toes"});
inline constexpr auto ground_words = std::to_array<std::string_view>({"down", "ground", "floor"});

// A walking aid is not a present inability to bear weight when the words say it was used before
// or has been put away: a word of the past before it, through at most three `aid_fillers` ("was
// on crutches for 2 days, now FWB", "previously using a stick"), or a word of putting away after
// it, through `aid_fillers` ("crutches discarded day 2", "crutches were ditched"). Nor when the
// words after it in its clause date it to the first days only (`aid_early`: "needed crutches
// initially", "crutches at first", "crutches for the first 48h", "NWB first 2 days", "used
// crutches day 1 only"), unless a word of its clause or the next says it is still in use
// (`aid_present`: "on crutches since day 1", "crutches from day 1", "crutches for the first 2
// weeks, still using them"). "Off crutches" is a negation (`negators`). "Still on crutches", "on
// crutches", "was put on crutches" (put is no filler), "on crutches for the first time" stay
// mentions.
// A walking aid is over, too, when a word of putting it away comes before it, through
// `aid_ended_fillers` ("discharged from crutches", "stopped using crutches", "weaned off
// crutches", "finished with crutches"), unless a negative word comes right before that word
// ("not discharged from crutches", "hasn't stopped using crutches": a double negative, still in
// use); and when the words after it say it was used until a day since the injury (day 0) before
// the day the words were written ("crutches until day 3" in an assessment of day 5; "till day
// 3", "up to day 3"): on that day or before it, or when the day of writing is not known, it is
// still in use.
// So too "done with crutches", "threw away the crutches", "got rid of the crutches".
inline constexpr auto aid_ended_before = std::to_array<std::string_view>(
    {"discharged", "weaned", "stopped", "ditched", "discarded", "abandoned", "finished", "ceased",
     "quit", "done", "threw", "thrown", "binned", "rid"});
inline constexpr auto aid_ended_fillers = std::to_array<std::string_view>(
    {"from", "off", "using", "use", "of", "with", "the", "her", "his", "their", "both", "two", "a",
     "an", "all", "away", "out", "my"});
// An aid given back is over: a word of giving before it and "back" after it ("gave crutches back
// day 3", "handed the crutches back"), or after it before "back" ("crutches handed back",
// "crutches given back"; not "crutches given": handed out, in use).
inline constexpr auto aid_giving = std::to_array<std::string_view>(
    {"gave", "give", "gives", "given", "giving", "handed", "hand", "hands", "took", "brought"});
inline constexpr auto aid_back = std::to_array<std::string_view>({"back", "in"});
// An aid not needed, said before it: a negative word (or "no longer") right before one of these
// ("doesn't need crutches anymore", "no longer needs crutches", "isn't using crutches").
inline constexpr auto aid_need_verbs = std::to_array<std::string_view>(
    {"need", "needs", "needed", "require*", "use", "uses", "using", "used"});
// Words between a negative word and the negator of an aid it negates: "hasn't come off
// crutches", "not able to get off crutches" (with `aid_ended_before` and "yet").
inline constexpr auto coming_off_words =
    std::to_array<std::string_view>({"come", "came", "got", "get", "gotten", "been"});
inline constexpr auto aid_until =
    std::to_array<WordPair>({{"until", ""}, {"till", ""}, {"til", ""}, {"up", "to"}});
// Words that name a walking aid after a word of walking: "no walking aids" is no aid, not "no
// walking" (a word of walking right before one of these is not one of bearing weight).
inline constexpr auto aid_nouns = std::to_array<std::string_view>(
    {"aid", "aids", "frame", "frames", "stick", "sticks", "pole*", "boot", "boots"});
// A walking aid said to be needed no more, after it: "crutches no longer needed", "crutches are
// not required any more", "crutches no longer in use", "crutches unnecessary" (through
// `aid_fillers`; "no longer" or a negative word, then one of `aid_needs`).
inline constexpr auto aid_needs = std::to_array<std::string_view>(
    {"needed", "required", "necessary", "used", "in", "using", "indicated"});
inline constexpr auto aid_unneeded =
    std::to_array<std::string_view>({"unnecessary", "unneeded", "redundant"});
inline constexpr auto aid_past = std::to_array<std::string_view>(
    {"was", "were", "previously", "formerly", "initially", "briefly"});
// Also as a label's value, and in a clinician's shorthand (trial 38: "crutches ceased day 2",
// "crutches: D/C'd"); not on a day after the day of writing ("crutches ceased day 9" written on
// day 2 is a plan, still in use).
inline constexpr auto aid_ended = std::to_array<std::string_view>(
    {"discarded", "ditched", "abandoned", "weaned", "stopped", "dispensed", "returned", "binned",
     "thrown", "ceased", "discontinued", "dc", "dcd", "dced"});
inline constexpr auto aid_fillers = std::to_array<std::string_view>(
    {"on", "using", "with", "in", "a", "an", "two", "bilateral", "were", "was", "now", "been",
     "have", "has", "had", "are", "is"});
// The first days: one of `aid_early`, a pair of `aid_early_pairs`, "first" before a span of
// `aid_spans` ("first 48h", "the first few days", "the first 48h post-op"), a span then "only"
// ("for 24h only", "2 days only": trial 35), or "day" before one or nought ("day 1", "day one",
// "day 0"; not a day count, "day 1 post-op": `day_counts`).
inline constexpr auto aid_early =
    std::to_array<std::string_view>({"initially", "originally", "briefly"});
inline constexpr auto aid_early_pairs = std::to_array<WordPair>({{"at", "first"}});
inline constexpr auto aid_spans = std::to_array<std::string_view>(
    {"day*", "week*", "h", "hr*", "hour*", "night*", "few", "couple", "fortnight"});
// Words before a span then "only" that make it a time of day, when the aid is still in use
// (trial 37: "crutches at night only", "crutches during the night only").
inline constexpr auto times_of_day_openers =
    std::to_array<std::string_view>({"at", "during", "each", "every", "per", "in", "through"});
inline constexpr auto aid_present =
    std::to_array<std::string_view>({"still", "since", "from", "currently", "remain*", "continu*",
                                     "ongoing", "until", "till", "today"});
// Words of a clause after an aid dated to the first days that say weight is borne in full since
// ("NWB for 24h only, FWB since day 1", "crutches day 1 only, walking normally since"): its
// "since" dates the full weight bearing, not the aid.
inline constexpr auto full_bearing_words = std::to_array<std::string_view>(
    {"fwb*", "full", "fully", "normal", "normally", "unaided", "independent*"});
// Words after "day 1" that make it the day count of now: "NWB day 1 post-op".
inline constexpr auto day_counts =
    std::to_array<std::string_view>({"post*", "postop*", "after", "of", "since"});

// A negation (a narrow rule: a false alarm is safe, a missed flag is not). A word or phrase that
// names a red flag is not a mention when a negator applies to it directly in its clause: the word
// before it is a negator, with at most three `negation_fillers` between ("no retraction", "walks
// without crutches", "off crutches", "no palpable defect", "no sign of nerve pain"); or it follows
// a negated flag word after "or" ("no numbness or tingling"); or a trailing negator follows it
// through test words only ("neural tension test negative", "N/T -ve"). Phrases that are symptoms
// because of their negator ("no sensation", "no feeling in the foot", "can't feel", "no power")
// keep the negator inside the phrase, and inability to bear weight is never negated. "No new
// numbness", "no more tingling", "not numb": the words between are not fillers, or the word not a
// negator, so these stay mentions; so do "no longer" and "no more" ("longer", "more" are not
// fillers: "no longer on crutches" says what was, and asks). A negator after a negative word
// (`negative_words`, optionally with "yet" between: "never without crutches", "not off crutches",
// "not yet off crutches") is a double negative: it neither negates nor doubts, the words affirm.
// "Without" after a mention qualifies it, it does not deny it ("unable to walk without crutches").
// A negation ends at an exception later in its clause (with a word after it) or right after its
// comma or bracket: "no numbness except at night", "no tingling unless sitting", "apart from",
// "only when", "but", "yet", "save", "barring", "excluding" ("no numbness yet" is still a
// negation).
inline constexpr auto negators =
    std::to_array<std::string_view>({"no", "without", "wo", "denies", "denied", "negative", "nil",
                                     "off", "free", "absence", "zero"});
// Verbs of denial whose list goes on behind commas: "denies numbness, tingling"; so does "no"
// ("no numbness, tingling or gap": trial 34, a checklist of the red flags denied together); so
// does "negative for" (MentionFinder::denial_verb_before()).
// Verbs of denial that may label a list after a colon, and who may be said to deny it
// (MentionFinder::denial_label_before: "Denies: numbness, tingling", "Pt denies: numbness").
inline constexpr auto denial_label_verbs =
    std::to_array<std::string_view>({"denies", "denied", "deny", "denying"});
inline constexpr auto denial_subjects = std::to_array<std::string_view>(
    {"pt", "patient", "he", "she", "they", "athlete", "player", "client"});
inline constexpr auto denial_verbs =
    std::to_array<std::string_view>({"denies", "denied", "denying", "deny", "no", "nil", "zero"});
// What may follow the last flag of such a list in its clause: "no numbness, tingling or gap",
// "or weight-bearing difficulty", and the bowel beside the bladder (trial 73: "No problems
// passing urine or opening bowels").
inline constexpr auto list_tails = std::to_array<std::string_view>(
    {"or", "and", "nor", "gap", "gaps", "weakness", "palpable", "weight*", "bearing", "wb",
     "difficult*", "issue*", "problem*", "trouble*", "opening", "bowel*", "stool*",
     // ... and changes checked with them (trial 83: "No numbness, tingling or bladder changes";
     // the bladder and saddle are `sign_places`, which a list's tail may name as well).
     "change", "changes", "dysfunction"});
// A flag "no longer" one of `present_words` after it, one of `copulas` between allowed, has
// resolved (trial 37: "numbness no longer present", "tingling is no longer there").
inline constexpr auto copulas = std::to_array<std::string_view>({"is", "are", "was", "were"});
inline constexpr auto present_words = std::to_array<std::string_view>(
    {"present", "there", "felt", "evident", "noticed", "reported", "experienced"});
inline constexpr auto trailing_negators =
    std::to_array<std::string_view>({"negative", "neg", "nil", "none", "absent", "free", "denied"});
inline constexpr auto negation_fillers = std::to_array<std::string_view>(
    {"obvious", "palpable", "visible", "signs", "sign", "of", "any", "evidence", "a", "need",
     "needs", "using", "on", "features", "feature"});
// Words that negate a negator after them (a contraction in n't does too).
inline constexpr auto negative_words =
    std::to_array<std::string_view>({"not", "never", "nor", "cannot"});
// Negators that deny only what follows them: after a mention they qualify it.
inline constexpr auto forward_negators = std::to_array<std::string_view>({"without", "wo"});
inline constexpr auto test_words = std::to_array<std::string_view>(
    {"tension", "test", "tests", "testing", "sign", "signs", "screen", "screening"});
// A screen for the flag may stand between it and its label's value (trial 39: "Numbness screen:
// negative"); a test's name may not ("neural tension: negative" still asks for the record).
// So may a word of its testing, and then a normal finding is a denying value as well (trial 40:
// "Numbness tested: normal").
inline constexpr auto screen_words = std::to_array<std::string_view>(
    {"screen", "screening", "tested", "checked", "examined", "assessed",
     // trial 73: "Saddle sensation: intact"
     "sensation"});
inline constexpr auto screened_normal_values =
    std::to_array<std::string_view>({"normal", "intact", "unremarkable", "nad"});
inline constexpr std::size_t most_fillers = 3;
// A flag named as a label whose value denies it is negated: one of these right after it behind
// one of `label_marks`, ending its clause ("numbness: no", "N/T: nil", "tingling: none", "N/T:
// denies", "tingling: neg", "numbness - nil", "numbness \u2013 no", "numbness: 0", "numbness:
// n", "numbness: nope"; in brackets: "N/T (-ve)", "numbness (no)"; a minus in brackets reads
// "negative": "numbness (-)"). A label may name flags together, joined by '/', ',', '&', '+',
// "and" or "or": the value is theirs ("numbness/tingling: no", "numbness, tingling: nil",
// "numbness & tingling: nil"). "numbness: no change" is not ("change" follows in its clause), nor
// a value an exception follows behind a comma or an opening bracket ("numbness: no, except at
// night", "N/T: nil (only when sitting)", "tingling: none, but at night yes": the flag stands);
// "numbness: yes", "N/T: +", "numbness (+)" and "tingling: present" affirm.
inline constexpr auto label_negators = std::to_array<std::string_view>(
    {"no", "n", "nope", "nah", "nil", "none", "neg", "negative", "denies", "denied", "absent",
     "nad", "zero", "resolved", "cleared", "gone", "settled", "subsided"});
// Words that say a flag has resolved: after one, a place limits it (red_flag_clause.cpp).
inline constexpr auto resolution_words = std::to_array<std::string_view>(
    {"resolv*", "resolution", "settled", "gone", "clear", "cleared", "subsided", "disappeared",
     "abated", "recovered", "vanished", "away"});
// A night is when a flag resolved only after "last" or "yesterday" ("resolved last night"); "at
// night" may be when it comes and goes.
inline constexpr auto resolution_nights = std::to_array<std::string_view>({"last", "yesterday"});
// The words after a resolution that date it to a time already passed, so that the words answer
// themselves (trial 36: "tingling settled by day 1", "numbness resolved 2 days ago", "settled
// yesterday", "resolved overnight"): "day" counts with its number no later than the day of
// writing, "night" after one of `resolution_nights`.
inline constexpr auto resolved_ago =
    std::to_array<std::string_view>({"yesterday", "ago", "overnight", "night", "day"});
// The months by name, for a resolution dated by the calendar (trial 39: "settled by 9 Oct",
// "resolved by Friday 9 October"): a date after the day of writing is one to come.
inline constexpr std::array<std::array<std::string_view, 3>, 12> month_names = {{
    {"jan", "january", ""},
    {"feb", "february", ""},
    {"mar", "march", ""},
    {"apr", "april", ""},
    {"may", "", ""},
    {"jun", "june", ""},
    {"jul", "july", ""},
    {"aug", "august", ""},
    {"sep", "sept", "september"},
    {"oct", "october", ""},
    {"nov", "november", ""},
    {"dec", "december", ""},
}};

inline constexpr auto ordinal_suffixes = std::to_array<std::string_view>({"st", "nd", "rd", "th"});
// Weekdays, Monday first; and words that date what follows them ("by Friday", "on 9/10", trial
// 40), not "since" or "last", which look back.
inline constexpr auto weekday_names = std::to_array<std::string_view>(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"});
inline constexpr auto dating_words =
    std::to_array<std::string_view>({"on", "by", "until", "till", "before"});

// A label's value that says the flag resolved, and the words that may follow it to say when, a
// day already passed (trial 36: "numbness: resolved day 1", "numbness: resolved yesterday"; a
// day after the day of writing is none).
inline constexpr auto resolved_values =
    std::to_array<std::string_view>({"resolved", "cleared", "gone", "settled", "subsided"});
inline constexpr auto resolved_when =
    std::to_array<std::string_view>({"day", "on", "by", "since", "yesterday", "overnight"});
// A label's value may open with one of these ("numbness/tingling: all nil", "N/T: both
// negative"), or be "not" before one of `not_values` ("numbness: not present"); a lone dash ends
// a label's value as a nought does ("N/T: -", "numbness: \u2013").
inline constexpr auto label_value_openers = std::to_array<std::string_view>({"all", "both"});
// "Tingling has not recurred", "numbness has not reappeared" (trial 43) deny it too; "returned" is
// left out, as "has not returned to normal" may say the opposite.
// A walking aid's label answered "not needed" (trial 59: "Crutches: not needed") denies it as
// "Crutches? Not needed." does (doubt::denying_answers).
inline constexpr auto not_values = std::to_array<std::string_view>(
    {"present", "reported", "noted", "found", "elicited", "detected", "observed", "seen", "felt",
     "recurred", "reappeared", "needed", "required", "necessary", "used", "indicated"});
// The marks between a label and its value ('-', U+2013 EN DASH, U+2014 EM DASH, U+2212 MINUS
// SIGN, "--"), blanks aside; an opening bracket counts when the value closes it: "N/T (-ve)".
inline constexpr auto label_marks = std::to_array<std::string_view>(
    {":", "=", "-", ":-", "--", "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x88\x92"});
// Words that join the flags of one label: "numbness and tingling: nil".
inline constexpr auto label_joiners = std::to_array<std::string_view>({"and", "or"});
// A flag word after one of these and a negated flag word is negated too: "no numbness or
// tingling".
inline constexpr auto either_words = std::to_array<std::string_view>({"or", "nor"});
// The places of a cauda equina sign, which an item of a denial's list may name before its flag
// (trial 83: "Denies numbness, tingling or saddle anaesthesia", "No numbness, tingling or
// bladder/bowel changes", "Denies N/T, saddle anaesthesia or B&B dysfunction"; trial 84: "No
// numbness, tingling, urinary retention or incontinence").
inline constexpr auto sign_places = std::to_array<std::string_view>(
    {"saddle", "perianal", "perine*", "bladder*", "bowel*", "bb", "urin*", "faecal", "fecal"});
// A denial's list may name items that are no flag between its flags: "No numbness, tingling,
// weight-bearing issues or palpable gap" (MentionFinder::before_plain_items).
inline constexpr std::size_t max_plain_items = 2;
inline constexpr std::size_t max_plain_item_words = 3;

// A denying label value may be followed, to the end of its clause, by words that only say how it
// was found ("numbness: none reported", "N/T: nil noted", "tingling: none today", "numbness: no,
// nil at present"): the value still denies.
inline constexpr auto denial_tails = std::to_array<std::string_view>(
    {"reported", "noted", "found", "elicited", "detected", "observed", "described", "today", "now",
     "currently", "at", "present", "on", "testing", "exam*", "assessment", "palpation",
     // "defect: none palpable" (trial 36)
     "palpable", "palpated", "felt", "seen"});

// An improvement negated is a symptom that persists, not a doubt: a negative word (or "no",
// "nil", "without"), through at most three `persist_fillers`, before a word of improvement
// ("numbness no better", "numbness not gone", "tingling hasn't settled", "no improvement in
// numbness", "no change in numbness", "numbness not fully resolved", "not yet eased"). The words
// neither doubt nor deny: a mention in their clause affirms the flag.
inline constexpr auto improvement_words = std::to_array<std::string_view>(
    {"better", "improv*", "resolv*", "resolution", "settl*", "gone", "eased", "easing", "easier",
     "cleared", "subsid*", "recover*", "chang*", "different", "less", "disappear*", "abat*",
     "lessen*", "reduc*", "decreas*",
     // "no relief of numbness" (trial 37)
     "relief", "relieved", "respite"});
inline constexpr auto persist_negatives =
    std::to_array<std::string_view>({"no", "not", "never", "nor", "nil", "without", "zero"});
// A resolution hedged is no full resolution: one of these before a word of improvement, through
// `persist_fillers` ("numbness only partly resolved", "numbness barely improved", "numbness slow
// to resolve") persists as a negated one does.
inline constexpr auto hedges = std::to_array<std::string_view>(
    {"partly", "partially", "part", "barely", "hardly", "scarcely", "slow", "slowly", "almost",
     "nearly", "mostly", "largely", "somewhat", "incompletely", "half", "minimally", "marginally",
     "slightly", "little"});
// Words that may open a later clause saying the symptom persists: "numbness improving, but
// not gone" (red_flag_affirmations.cpp, persists_at).
inline constexpr auto persist_openers = std::to_array<std::string_view>(
    {"but", "yet", "still", "though", "although", "however", "and"});
inline constexpr auto persist_fillers = std::to_array<std::string_view>(
    {"yet",     "any",        "much", "really",  "fully",  "completely", "entirely", "totally",
     "quite",   "been",       "sign", "signs",   "of",     "evidence",   "real",     "significant*",
     "obvious", "noticeabl*", "got",  "getting", "gotten", "become",     "a",        "has",
     "have",    "is",         "are",  "was",     "were",   "still",      "at",       "all",
     "to",      "only"});

// A later affirmation after a denial or a doubt wins ("numbness denied yesterday, present
// today", "no numbness on Monday, returned today", "numbness resolved, came back today"): a
// later clause of the mention's sentence (up to '.', ';', '!' or '?') that names no other flag,
// says one of `affirm_words` (or `affirm_pairs`) and has no doubt of its own; or the first
// clause of the next sentence, when one of them is its first word ("Numbness denied yesterday.
// Present today."). "numbness resolved, not present today" does not affirm.
inline constexpr auto affirm_words = std::to_array<std::string_view>(
    {"present", "positive", "yes", "returned", "returning", "returns", "recur*", "reappear*",
     "worse", "worsen*", "developed", "admit*", "endors*", "reproduc*", "relaps*", "flare*"});
// Affirmations that say it anywhere in the next sentence, not only as its first word ("denies
// numbness; on second questioning admits to it", "Numbness: no. Edit: yes"), and any affirmation
// opening a clause of, or after a word of time in, a next sentence of at most `short_fragment`
// words ("Edit: present", "Now present"; not "Pain present").
// A return before "to" says where the athlete went, not the flag: "returned to training",
// "returns to running".
inline constexpr auto return_words = std::to_array<std::string_view>({"return*"});
inline constexpr auto strong_affirm_words =
    std::to_array<std::string_view>({"yes", "admit*", "endors*"});
inline constexpr std::size_t short_fragment = 3;
inline constexpr auto time_words =
    std::to_array<std::string_view>({"now", "today", "later", "since", "again", "currently"});
inline constexpr auto affirm_pairs = std::to_array<WordPair>({{"came", "back"},
                                                              {"comes", "back"},
                                                              {"coming", "back"},
                                                              {"is", "back"},
                                                              {"now", "back"},
                                                              // "resolved last week, back today"
                                                              {"back", "today"},
                                                              {"back", "again"},
                                                              {"back", "now"},
                                                              {"back", "since"},
                                                              {"back", "this"},
                                                              {"back", "yesterday"}});

// What ends a negation: a word, or two words in a row ("apart from"; "" when one is enough).
inline constexpr auto exceptions = std::to_array<WordPair>({
    {"except*", ""},   {"exc", ""},       {"excl", ""},      {"unless", ""},    {"but", ""},
    {"yet", ""},       {"however", ""},   {"whereas", ""},   {"until", ""},     {"besides", ""},
    {"although", ""},  {"though", ""},    {"save", ""},      {"barring", ""},   {"excluding", ""},
    {"apart", "from"}, {"aside", "from"}, {"other", "than"}, {"only", "when"},  {"only", "if"},
    {"only", "at"},    {"only", "on"},    {"only", "with"},  {"only", "after"}, {"only", "during"},
    {"only", "while"}, {"bar", ""},
});

// A contrast after a denial or a resolution undoes it, as an exception does ("numbness denied
// but some at night"), unless its clause names another matter, one of `other_matters`
// ("numbness resolved, but hamstring still tight", "no tingling, but pain on stretch").
inline constexpr auto contrasts =
    std::to_array<std::string_view>({"but", "yet", "however", "whereas", "although", "though"});
inline constexpr auto other_matters = std::to_array<std::string_view>(
    {"pain*",       "hamstring*", "tight*",  "stiff*", "strength",  "strong*",
     "sore*",       "tender*",    "ache*",   "aching", "rom",       "range",
     "flexibility", "swelling",   "swollen", "bruis*", "cramp*",    "fatigue*",
     "tired",       "confidence", "weak*",   "doms",   "discomfort"});
// Activities are another matter only in a contrast that affirms nothing: "numbness resolved,
// but sprinting limited"; not "no tingling at rest but present on sprinting".
inline constexpr auto activity_matters =
    std::to_array<std::string_view>({"sprint*", "running", "stretch*"});

// Words that keep a mention from affirming a flag the record says is absent: the words may say
// it is gone or was ("numbness resolved", "history of sciatica"). A
// mention in a clause with none of these, or of the negators, affirms it.
// A resolution may be written "cleared", "disappeared", "vanished", "subsided" or "went away"
// (trial 34: "tingling disappeared after 2 days", "cleared up by day 3").
// A flag suspected ("query numbness", "possible gap", "? avulsion", "suspected numbness") is
// doubted, not excluded: it stands until a clinician excludes it (trial 35), so words of suspicion
// are no doubts here.
inline constexpr auto doubts = std::to_array<std::string_view>(
    {"cleared",  "disappeared", "vanished", "subsided", "away",  "not",     "never",   "nor",
     "resolved", "resolution",  "settled",  "gone",     "clear", "ruled",   "exclud*", "previous*",
     "history",  "hx",          "prior",    "unlikely", "if",    "whether", "risk",    "monitor*"});

// Where: a denial may be limited to a place ("no numbness in the left foot or leg"); a
// resolution may not ("numbness resolved in the thigh" says it stays elsewhere)
// (red_flag_clause.cpp). A flag word "about" a place is there ("numb about the heel"), not a
// feeling about something (find_flag_words()).
inline constexpr auto place_words = std::to_array<std::string_view>(
    {"foot", "feet", "leg*", "limb*", "calf", "calves", "thigh*", "toe*", "heel*", "ankle*",
     "shin*", "knee*", "buttock*", "hamstring*", "sole*", "hip*", "glute*", "back", "area*",
     "region*", "side*", "left", "right", "l", "r", "lower", "upper", "lateral*", "medial*",
     "posterior*", "anterior*", "distal*", "proximal*", "dorsum", "bilateral*", "muscle*",
     "tendon*", "belly", "site", "mtj", "origin", "insertion", "length",
     // Which way it would go: "no shooting pain down the leg" (trial 35).
     "down", "into", "along", "through", "below", "above"});

// Time away from work or school, whose "off" or "away" is no doubt of a flag: "off work", "off
// school", "away from work" ("from" before the place), "time off", "days off".
inline constexpr auto leave_from = std::to_array<std::string_view>(
    {"work", "school", "uni", "college", "sick", "from", "training", "practice"});
inline constexpr auto leave_spans =
    std::to_array<std::string_view>({"time", "day", "days", "week*", "month*"});

// Going off somewhere, whose "off" is no doubt of a flag: a word of moving right before an "off"
// that ends its clause ("unable to walk off", "had to be helped off"; trial 52 read "walk off"
// as "off" denying it), and the "off" of off-loading ("Off-loading with crutches").
inline constexpr auto moving_off = std::to_array<std::string_view>(
    {"walk*", "limp*",    "hobbl*", "hop",     "hopp*",  "came",   "come*",      "coming", "went",
     "go",    "goes",     "going",  "carried", "carry*", "helped", "stretcher*", "jog*",   "ran",
     "run*",  "stagger*", "crawl*", "led",     "taken",  "get",    "got"});
inline constexpr auto off_loading = std::to_array<std::string_view>({"load*"});

// "Gone" before a flag word, with at most `most_fillers` of these between, is the verb of a
// symptom's onset, not its resolution (trial 39: "The foot has gone numb", "Leg has gone tingly",
// "Foot's gone completely numb"): the flag word is affirmed as "went numb" is. "Numbness has
// gone" (the flag word before it) still resolves.
// "To" is one too: "Leg has gone to pins and needles", "foot has gone to sleep" (trial 40).
inline constexpr auto onset_fillers = std::to_array<std::string_view>(
    {"all",  "completely", "totally", "fully",    "quite",  "very",   "really",
     "a",    "bit",        "little",  "slightly", "pretty", "rather", "somewhat",
     "kind", "sort",       "of",      "kinda",    "sorta",  "more",   "to"});
// A phrase whose first word names no flag by itself, its flag word following within two words:
// after "gone" it is the onset ("Calf has gone all pins and needles", trial 40).
inline constexpr auto onset_phrases =
    std::to_array<std::pair<std::string_view, std::string_view>>({{"pins", "needles"}});

// The doubts that say a flag has resolved: with the negators, they answer a mention only in
// their strict form (red_flag_clause.hpp): "numbness resolved", not "numbness seems to have
// resolved" or "numbness resolved, mostly".
inline constexpr auto resolution_doubts =
    std::to_array<std::string_view>({"resolved", "resolution", "settled", "gone", "clear",
                                     "cleared", "disappeared", "vanished", "subsided", "away"});

// Words that leave a flag open rather than deny it: a negative word (`negative_words`, or a
// contraction in n't) with one of `open_after_negative` at most two words after it ("numbness
// cannot be excluded", "can't rule out numbness", "not sure about numbness", "numbness not
// tested"), or one of `open_words` ("numbness unclear", "unsure whether numbness"). A flag left
// open is not answered by a record of it as absent: red flags win, so the mention affirms it.
inline constexpr auto open_after_negative =
    std::to_array<std::string_view>({"rule", "ruled", "exclud*", "sure", "certain", "tested",
                                     "assessed", "examined", "checked", "asked", "known"});
using doubt::open_words;  // shared with the reader of grades (doubt_vocabulary.hpp)
// A difficulty of saying leaves it open too: one of `open_difficulties`, "to", one of
// `open_sayings` ("hard to say if numbness", "difficult to tell whether tingling").
inline constexpr auto open_difficulties =
    std::to_array<std::string_view>({"hard", "difficult", "impossible", "tricky"});
inline constexpr auto open_sayings = std::to_array<std::string_view>(
    {"say", "tell", "know", "judge", "determine", "assess*", "establish"});

// A denial or a resolution doubted before it is no answer: one of these within
// `hedge_before_reach` words before its negator in its clause, or a '?' opening the negator
// ("probably no numbness", "likely no tingling", "? no palpable gap", "presumably no numbness",
// "mostly no tingling"). The flag stands, as after a hedge of the resolution ("numbness seems to
// have resolved": red_flag_clause.hpp).
inline constexpr auto hedges_before_denial = std::to_array<std::string_view>(
    {"probabl*",    "prob",        "likely",     "presumabl*", "apparent*", "possibl*", "poss",
     "maybe",       "perhaps",     "seemingly",  "seems",      "seem",      "appears",  "think*",
     "thought",     "believe*",    "assum*",     "suspect*",   "query",     "queried",  "guess*",
     "hopefully",   "supposedly",  "mostly",     "almost",     "nearly",    "largely",  "virtually",
     "practically", "essentially", "relatively", "fairly",     "pretty",    "reckon*",  "suppos*"});
inline constexpr std::size_t hedge_before_reach = 3;

// An exception or a contrast opening the next sentence undoes a denial or a resolution as one
// behind its comma does ("No numbness. Except at night.", "No tingling. Only when driving."),
// unless its clause is about another matter ("No numbness. But hamstring still tight.") or names
// a flag of its own, which is then read as its own mention ("No gap felt. But tender hollow at
// the ischium.").

// Doubts that hedge rather than deny or resolve: asked, they still doubt ("possible rupture?").
// Exceptions that do not open a next sentence as one: "No numbness; bar work from week 2" (a
// gym's bar), "Save for later".
inline constexpr auto not_opening_exceptions = std::to_array<std::string_view>({"bar", "save"});
inline constexpr auto hedging_doubts = std::to_array<std::string_view>(
    {"possibl*", "suspect*", "query", "unlikely", "if", "whether", "risk", "monitor*"});

// Other people a note may speak of (red_flag_context.cpp; the grade reader too, trial 38:
// "Uncle had a hamstring avulsion" is not this athlete's tear). Not a son or a daughter: a parent
// writes a young athlete's notes and speaks of the athlete so (trial 66: "my daughter cant weight
// bear on her right leg"). Nor an animal: an animal opening a sentence is more often the cause of
// the athlete's injury than its subject ("Dog bit my leg, now numb foot", "Horse riding accident,
// now on crutches"), so "my dog cant bear weight on his paw" still stops, the safe mistake.
inline constexpr auto other_people = std::to_array<std::string_view>(
    {"dad",      "father",      "mum",       "mom",        "mother",      "parent*",    "brother*",
     "sister*",  "sibling*",    "teammate*", "friend*",    "partner",     "wife",       "husband",
     "grandma",  "grandmother", "grandad",   "granddad",   "grandfather", "grandpa",    "nan",
     "uncle",    "aunt*",       "cousin*",   "colleague*", "opponent*",   "girlfriend", "boyfriend",
     "flatmate", "roommate",    "housemate", "neighbour",  "neighbor",    "coach"});
// Words that may come before another person opening a sentence: "Her dad uses a wheelchair".
inline constexpr auto subject_openers = std::to_array<std::string_view>(
    {"her", "his", "their", "my", "the", "a", "an", "pts", "patients", "athletes", "one", "of"});
// Someone beside the athlete using an aid (trial 39: "Trained next to a player on crutches"): one
// of `someone_openers`, a person (`other_people` or `other_persons`), one of `aid_users`, then
// the aid (through `subject_openers`: "in a wheelchair"). Walking aids only.
inline constexpr auto someone_openers =
    std::to_array<std::string_view>({"a", "an", "another", "other", "one", "some"});
inline constexpr auto other_persons = std::to_array<std::string_view>(
    {"player", "players", "someone", "somebody", "person", "guy", "lad", "man", "woman", "girl",
     "boy", "kid", "athlete", "runner", "patient", "member"});
inline constexpr auto aid_users = std::to_array<std::string_view>({"on", "in", "using", "with"});
// An aid said to belong to someone is no aid in use (trial 39: "Zimmer frame belongs to his
// grandmother"); walking aids only. An aid borrowed or lent is someone else's only when its
// borrower follows ("borrowed by her brother", "lent to a teammate"): one borrowed from someone
// is in the athlete's hands (trial 45: "Came in on crutches borrowed from her brother").
inline constexpr auto belonging_words = std::to_array<std::string_view>({"belong*", "owned"});
struct Lending {
    std::string_view verb;
    std::string_view to_whom;  // the word after the verb that names the borrower
};
inline constexpr auto lendings =
    std::to_array<Lending>({{"borrowed", "by"}, {"lent", "to"}, {"loaned", "to"}});
// Advice on what to watch for names red flags without finding one (trial 39: "Explained red
// flags to watch for: numbness, tingling, inability to weight bear", "Educated: report any
// numbness or tingling at once", "Warned about avulsion signs"): one of these before the flag in
// its sentence, and no word of `finding_words` in the flag's clause ("Warned about avulsion signs:
// a gap is palpable" finds one). A walking aid advised is one ordered ("Advised crutches"): of
// bearing weight, only an inability (`inability_openers`) is advice.
inline constexpr auto advice_words = std::to_array<std::string_view>(
    {"educat*", "explain*", "warn*", "advis*", "advice", "counsel*", "instruct*", "safety*",
     "taught", "teach*", "watch",
     // Material given or a reminder of what to do (trial 40:
     // "Gave him a leaflet about numbness and tingling",
     // "Reminded: numbness or tingling means stop and call",
     // "Watched a video on avulsion injuries").
     "leaflet*", "handout*", "booklet*", "brochure*", "remind*", "video*", "article*"});
inline constexpr auto finding_words = std::to_array<std::string_view>(
    {"has",     "have",     "had",       "is",       "are",   "was",       "were",
     "present", "palpable", "palpated",  "felt",     "today", "now",       "positive",
     "noted",   "found",    "reports",   "reported", "still", "currently", "his",
     "her",     "their",    "developed", "since"});
inline constexpr auto inability_openers =
    std::to_array<std::string_view>({"unable", "inability", "cannot", "cant", "not"});
// A flag word written as a name after a title or an initial (trial 39: "Seen by Dr Crutchley",
// "Seen by physio J. Walker"): a capital first letter, right after one of these or a capital
// initial, with only blanks or a full stop between.
inline constexpr auto titles = std::to_array<std::string_view>(
    {"dr", "mr", "mrs", "ms", "miss", "prof", "professor", "doctor", "physio", "surgeon",
     "consultant", "nurse", "sister", "coach"});

// A gap placed on the other leg is not a gap at this injury's site (trial 41: "gap felt in the
// other leg years ago, this one is fine"): one of `site_prepositions`, at most one of
// `subject_openers`, at most one of `named_sides`, one of `other_leg_sides`, then one of
// `leg_words`, within `other_leg_reach`
// words after the gap in its clause. A comparison with the other side places the gap here and
// is not one ("gap compared with the other side"). Numbness and tingling in the other leg are
// still read: symptoms in both legs point to the spine, a red flag of its own.
inline constexpr auto site_prepositions = std::to_array<std::string_view>({"in", "on", "at"});
inline constexpr auto other_leg_sides = std::to_array<std::string_view>(
    {"other", "opposite", "uninjured", "contralateral", "good", "healthy", "unaffected"});
inline constexpr auto leg_words =
    std::to_array<std::string_view>({"leg", "legs", "side", "thigh", "hamstring", "hamstrings"});
inline constexpr auto named_sides = std::to_array<std::string_view>({"left", "right", "l", "r"});
inline constexpr std::size_t other_leg_reach = 6;

// Words of this athlete between the other person and the flag: "Mum says she is on crutches".
inline constexpr auto athlete_words = std::to_array<std::string_view>(
    {"he", "she", "him", "they", "i", "me", "pt", "patient", "athlete", "player", "client",
     "himself", "herself", "hes", "shes", "theyre", "im", "own"});

// Words right after another person that make the injury named after them theirs (the grade
// reader, grade_in_text.cpp: "Uncle had a hamstring avulsion", "Her brother needed surgery for a
// complete tear"); not "Dad thinks it is an avulsion", the athlete's in Dad's words.
inline constexpr auto having_words = std::to_array<std::string_view>(
    {"had", "has", "have", "needed", "needs", "suffered", "sustained", "tore", "ruptured",
     "underwent", "got", "once", "also", "previously", "recently"});

// Weight bearing limited by a share of the body's weight or a load (trial 38: "WB 50%", "weight
// bearing limited to 20 kg"): partial weight bearing in numbers, after a word of bearing weight
// in its sentence, within `limit_reach` words; a share under 100% or any load in kilograms or
// pounds. Not an exercise's load ("weight-bearing squats 20 kg"), nor full weight ("WB 100%").
inline constexpr auto bearing_orders = std::to_array<std::string_view>(
    {"wb", "wbat", "pwb*", "ttwb*", "tdwb*", "twb*", "weightbear*"});
inline constexpr auto load_units =
    std::to_array<std::string_view>({"kg", "kgs", "kilo*", "lb", "lbs", "pound*", "percent"});
inline constexpr auto loaded_exercises = std::to_array<std::string_view>(
    {"squat*",      "lunge*", "exercis*", "deadlift*", "rdl*",   "press*", "bridg*",
     "curl*",       "vest*",  "sled*",    "drill*",    "crawl*", "bell*",  "dumbbell*",
     "kettlebell*", "row*",   "step*",    "carr*",     "raise*", "hold*",  "plank*"});
inline constexpr std::size_t limit_reach = 5;

// A tear across 100% of the tendon is complete, wherever the share is written in its clause
// (trial 38: "tear involves 100% of cross-sectional area"; BAMIC grade 4, Pollock et al. 2014,
// Br J Sports Med 48(18):1347-1351); not a sprint or a recovery at 100% ("sprinting at 100%, no
// pain at the tear site", "tear 100% healed").
inline constexpr auto whole_share_exclusions = std::to_array<std::string_view>(
    {"sprint*", "effort",   "speed",   "pace",  "intensity", "run*",  "jog*",     "strength",
     "lsi",     "symmetr*", "rm",      "load*", "rom",       "range", "capacity", "max*",
     "heal*",   "recover*", "return*", "pain*", "confiden*", "fit*",  "better",   "improv*"});

// A resolution said in a later clause of the mention's sentence, alone but for these words, is
// the mention's (trial 38: "Had tingling on day 1, gone now", "numbness on day 2, resolved
// since"); not hedged ("mostly gone now") nor followed by a residue ("gone now, mild at night":
// red_flag_clause.hpp), and not dated after the day of writing.
// A later clause of only these words, one of `over_words` and "since" or "now" among them, says
// the flag ended at the time the clause before it gave (trial 40: "Brief tingling at the time of
// injury, none since", "Crutches for 24h, FWB since", "Could not walk for an hour after the
// injury, walking normally since", "numb foot after a 2024 back injury, none now").
inline constexpr auto over_words =
    std::to_array<std::string_view>({"none", "nil", "fwb*", "normal", "normally"});
inline constexpr auto over_since_words = std::to_array<std::string_view>(
    {"none",    "nil",     "fwb*",  "normal",   "normally",   "full",       "fully", "weight",
     "bearing", "walking", "walks", "walked",   "mobilising", "mobilizing", "since", "now",
     "and",     "has",     "have",  "been",     "is",         "was",        "ever",  "then",
     "any",     "at",      "all",   "symptoms", "he",         "she",        "they"});
// An aid offered and declined was never used (trial 40: "Crutches offered, declined"): one of
// `aid_offers` right before or after the aid, one of `aid_declines` within three words after it,
// commas between allowed, no full stop or ';'.
inline constexpr auto aid_offers =
    std::to_array<std::string_view>({"offered", "suggested", "recommended", "given"});
inline constexpr auto aid_declines = std::to_array<std::string_view>(
    {"declined", "declines", "refused", "refuses", "turned", "unwanted"});
inline constexpr auto resolution_fillers = std::to_array<std::string_view>(
    {"now", "since", "all", "completely", "fully", "entirely", "totally", "has", "have", "had",
     "is", "was", "it", "then", "already", "by", "on", "day", "days", "ago", "yesterday", "today",
     "overnight", "and", "long", "been", "went", "which", "this", "that", "well", "they",
     // "Tingling at the time of injury, settled within minutes" (trial 40)
     "within", "minutes", "mins", "hours", "hrs"});

// A tendon asked of as intact, and answered no, is gone from the bone (trial 38: "Tendon intact?
// No.", "Tendon intact: no"): as a label's value, one of `tendon_absent_values`.
inline constexpr auto tendon_absent_values =
    std::to_array<std::string_view>({"no", "n", "nope", "neg", "negative", "absent", "nil", "not"});

// Words that name a flag without affirming it, so that a record of it as absent answers them
// and is never contradicted: partial weight bearing (full weight is not borne, but weight is),
// and words of a nerve in general ("sciatic", "nerve", "radiating", "electric": words that may be
// of the nerve or of the strain) except those that name both ("N&T"), in `names_both`. Nerve pain
// and nerve signs themselves affirm both nerve flags (`affirms_both`): "sciatic pain", "shooting
// pain down the leg", "pain radiating below the knee", "positive slump", "positive SLR with distal
// symptoms" (trial 34; Heiderscheit et al. 2010, J Orthop Sports Phys Ther 40(2):67-81, table 3:
// pain referred to the posterior thigh from another source, slump test frequently positive, is to
// be told from a strain and sent on).
// A nerve diagnosis that affirms both nerve flags (`affirms_both`: "sciatica", "radiculopathy",
// "dysaesthesia") suspected now is a present suspicion of the nerve, which the gate must send to a
// clinician as it does a nerve sign: one of these in its clause, no negative word right before it
// and no negator before the diagnosis ("L5 radiculopathy suspected", "query sciatica", "possible
// radiculopathy", "? sciatica"; not "sciatica not suspected", "no radiculopathy suspected",
// "history of sciatica", "sciatica unlikely").
inline constexpr auto suspicion_words = std::to_array<std::string_view>(
    {"suspect*", "query", "queried", "possibl*", "poss", "probabl*", "likely"});

// A rupture or a retraction names the tear, not the gap felt: the grade reader reads it as grade
// 4 (grade_in_text.hpp), and it asks only of the gap (trial 34: "ruptured" is a complete tear).
// Partial weight bearing is not asked only: it affirms that full weight is not borne (trial 35,
// docs/DATA.md "Safety gate": a normal walking stride is the first criterion to progress a
// hamstring strain, Heiderscheit et al. 2010, J Orthop Sports Phys Ther 40(2):67-81).
inline constexpr auto asks_only = std::to_array<std::string_view>({"ruptur*", "retract*"});
inline constexpr auto names_both = std::to_array<std::string_view>({"nt"});

}  // namespace coach::json::detail::vocabulary
