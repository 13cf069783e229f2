#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "json_reader.hpp"
#include "protocol.hpp"

namespace coach::protocol {

struct ReadProtocol {
    std::optional<Protocol> protocol;  // set only when problems is empty
    // The problems found, each with its JSON pointer: the first 20, then one line that counts
    // the rest ("and 4980 more problems not shown: ...").
    std::vector<Problem> problems;
};

// Reads and checks the text of `<name>.protocol.json` (schema coach.protocol/1). Besides types
// and ranges it checks what would make every plan of the protocol fail the engine's safety gate
// (unknown exercises, missing volumes, sprinting or heat before day 3, the word "cleared"), so
// that an author hears about it when the file loads, with the pointer of the value to fix.
ReadProtocol read_protocol(std::string_view text, std::string_view name);

}  // namespace coach::protocol
