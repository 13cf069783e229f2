#pragma once

#include <cstddef>
#include <filesystem>
#include <vector>

#include "reference_athletes.hpp"

namespace coach::cli::validation {

// `coach validate-plugin FILE.protocol.json`: reads the file as the engine does (the bundled
// protocol plugin, the engine's trust and strictness rules) and writes a report to standard
// output, lines of at most `width` columns, in the form the library report uses:
//   read      every problem of the file, one line each with its JSON pointer (fail), or the
//             philosophy it defines (note)
//   dose      what the file doses that a clinician would question (protocol_dose.hpp): entry
//             criteria that allow pain above its ceiling, eccentric work begun at its peak (warn)
//   plan      each reference athlete's plan through the safety gate: its sessions, or why the
//             gate refused the plan (fail)
// then a summary line. Returns the exit code: 0 nothing failed, 3 something did. Throws
// CommandError (exit_bad_input) when the file is not there or no protocol plugin is bundled.
int validate_protocol_file(const std::filesystem::path& file,
                           const std::vector<ReferenceAthlete>& athletes, std::size_t width);

}  // namespace coach::cli::validation
