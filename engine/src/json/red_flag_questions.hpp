#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "json/red_flag_mentions.hpp"

// Questions a note asks and answers itself, as intake forms are written: "Numbness? No.", "Gap?
// Yes.", "Able to weight bear? No.", "Sensation normal? No - reduced over the lateral foot."
// (red_flag_mentions.hpp reads the rest). [thread-safe] Pure functions.
//
// A question is the words of a sentence up to its '?'; its answer the word right after it (an
// "A:" before it allowed), one of yes/no and their short forms, standing alone (end of text or a
// mark after it: "No - reduced", "Yes, in the toes"; not "No problems", which answers nothing).
// - A question that names a flag as there ("Numbness?", "Any tingling?", "Palpable gap?") is a
//   label and its answer the label's value: "Numbness: No." is read as the strict denial it is
//   (an exception after it still undoes it: "Numbness? No - only when sitting"), "Gap: Yes." as
//   the flag affirmed. A question that names it gone or denied ("Numbness gone? No.") is left as
//   written: the mention reader affirms the flag asked that way.
// - A question of being able to bear weight or of normal sensation that names no flag ("Able to
//   weight bear? No.", "FWB? No.", "Sensation intact? No.") answered no affirms the flag its
//   words are the normal of: inability to bear weight, or numbness and tingling (a sensory
//   change); answered yes it says nothing of a flag. Not when the question asks of a difficulty
//   ("Any difficulty walking? No."). Numbness or tingling, inability to bear weight and a
//   palpable gap each withhold every plan (docs/DATA.md, "Safety gate": Heiderscheit et al. 2010,
//   J Orthop Sports Phys Ther 40(2):67-81; seeds/001: numbness or tingling is a reason to see a
//   doctor).
namespace coach::json::detail {

// A note with its answered questions read: `text` as the mention reader should read it (each
// question of a flag a label, each question of an ability blanked, byte for byte the same
// length), and the flags the ability questions affirm.
struct AnsweredQuestions {
    std::string text;
    std::vector<Mention> mentions;
};

// `text` with each question answered as unlikely and settled by a lesser finding in the rest of
// its sentence ("Complete tear? Unlikely, US shows partial tear.", trial 36) read as the statement
// it is ("Complete tear  Unlikely, US shows partial tear."), byte for byte the same length, when
// it has any: a doubt the note itself denies. Without the finding the doubt stands ("Complete
// tear? Unlikely." withholds every plan). For both the mention and the grade reader.
std::optional<std::string> with_settled_doubts(std::string_view text);

// The answered questions of `text`, when it has any.
std::optional<AnsweredQuestions> answered_questions(std::string_view text, std::optional<int> day);

}  // namespace coach::json::detail
