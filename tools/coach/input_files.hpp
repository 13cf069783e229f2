#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

// Paths named on the command line, looked at before they are used, so that a mistake is told as
// what it is: a folder where a file is expected, an empty file, a protocol or athlete file given
// as a plugin library. Each check throws CommandError(exit_bad_input) with one line that names
// the path. [thread-safe]
namespace coach::cli {

// A CLI11 check for an option that takes a path: an empty one ("-o ''", "--summary=") is refused,
// exit 2, with "--output: expected a file name, or - for standard output, got \"\"" (`expected`
// says what the option takes), rather than read as standard output or as the option not given.
CLI::Validator path_given(std::string_view expected);

// The same check for an option that takes a philosophy id (-p): "-p ''" and "-p=" are refused,
// exit 2, with "--philosophy: expected a philosophy id, as `coach list` shows it, got \"\"",
// rather than looked up as the philosophy ''.
CLI::Validator id_given();

// The same check for an option that takes a date (--as-of, --date): "" or a blank one (" ") is
// refused, exit 2, with "--as-of: expected a date YYYY-MM-DD, got \" \"" and the help hint of
// every usage error, rather than read as the option not given or as a malformed date.
// ("--as-of=" reaches it as "": empty_values_apart() in main.cpp.)
CLI::Validator date_given();

// What path_given() says the usual options take.
inline constexpr std::string_view input_path = "a file name, or - for standard input";
inline constexpr std::string_view output_path = "a file name, or - for standard output";

// For a file `path` that does not exist: the name in its folder that it most likely means, as
// "did you mean" proposes it (the folder's path before it, as given), when one is the same once
// full-width ASCII ("ａｔｈｌｅｔｅ.json") is folded to ASCII and letters are in lower case, or a
// likely misspelling of it (strict_json::closest); else "".
std::string proposed_file(const std::string& path);

// Whether `text` holds nothing: blanks (space, tab, line breaks) alone, after an editor's
// byte-order mark if there is one, or no bytes at all.
bool holds_nothing(std::string_view text);

// `path` must be a file with something in it: else "PATH: no such file" (with "(did you mean
// NAME?)" when proposed_file() finds one), "PATH: is a folder, not
// a file" or "PATH: is empty" (no bytes, or only blanks and a byte-order mark), followed by
// "; expected " and `expected` ("a plugin library").
void require_file(const std::string& path, std::string_view expected);

// `path` must be a folder: else "PATH: no such folder" or "PATH: is a file, not a folder",
// followed by "; expected " and `expected`.
void require_folder(const std::string& path, std::string_view expected);

// `path` must be a plugin library (a file as require_file() says) and not JSON: another JSON
// file or an athlete record is refused with what it is and how to give it (validate-plugin takes
// a `*.protocol.json` file before it gets here).
void require_plugin_library(const std::string& path);

// Each --plugins path is a folder, a plugin library or a `<name>.protocol.json` file. An empty
// file, an athlete record, and a JSON file not named as a protocol file are refused with how to
// give them; a missing path is left to the engine, which reports it with the plugins it refuses.
void check_plugin_paths(const std::vector<std::filesystem::path>& paths);

}  // namespace coach::cli
