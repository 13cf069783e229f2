#include "input_files.hpp"

#include <algorithm>
#include <fstream>
#include <vector>

#include "cli_context.hpp"
#include "coach/printable.hpp"
#include "strict_json/object_reader.hpp"
#include "strict_json/parse.hpp"
#include "strict_json/utf8.hpp"

namespace coach::cli {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void refuse(const std::string& path, std::string_view problem,
                         std::string_view expected) {
    throw CommandError(exit_bad_input, report::printable(path) + ": " + std::string{problem}
                                           + "; expected " + std::string{expected});
}

// How many of a file's first bytes head_of() reads.
constexpr std::size_t head_bytes = 4096;

// The first bytes of a file, enough to tell JSON and an athlete record from a library.
std::string head_of(const fs::path& path) {
    std::ifstream in{path, std::ios::binary};
    std::string head(head_bytes, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    return head;
}

bool is_protocol_name(const fs::path& path) {
    const auto name = path.filename().string();
    return name.ends_with(".protocol.json")
           && name.size() > std::string_view{".protocol.json"}.size();
}

// What `path`, a file that is not a plugin library, is and how to give it; "" when it may be one.
std::string misplaced(const fs::path& path) {
    const auto head = head_of(path);
    const auto start = head.find_first_not_of(" \t\r\n");
    const bool json = path.extension() == ".json"
                      || (start != std::string::npos && (head[start] == '{' || head[start] == '['));
    if (!json) {
        return {};
    }
    if (head.find("coach.athlete/") != std::string::npos) {
        return "is an athlete record, not a plugin: give it after the command, as in `coach "
               "compare "
               + report::printable(path.string()) + "`";
    }
    return "is a JSON file, not a plugin library: a protocol file is loaded when its name is "
           "<name>.protocol.json, <name> being its \"name\"";
}

// `name` with full-width ASCII (U+FF01..U+FF5E, as an East Asian input method types it) and the
// ideographic space U+3000 folded to ASCII, and ASCII letters in lower case: "ａｔｈｌｅｔｅ.json"
// and "Athlete.json" compare as "athlete.json" does.
std::string folded(std::string_view name) {
    std::string out;
    while (!name.empty()) {
        const auto code = strict_json::leading_code_point(name);
        if (!code) {
            out += name.front();
            name.remove_prefix(1);
            continue;
        }
        char32_t value = code->value;
        if (value >= 0xFF01 && value <= 0xFF5E) {
            value -= 0xFF01 - 0x21;
        } else if (value == 0x3000) {
            value = ' ';
        }
        if (value < 0x80) {
            out += static_cast<char>(value >= 'A' && value <= 'Z' ? value - 'A' + 'a' : value);
        } else {
            out.append(name.substr(0, code->length));
        }
        name.remove_prefix(code->length);
    }
    return out;
}

}  // namespace

std::string proposed_file(const std::string& path) {
    const fs::path given{path};
    const auto folder = given.has_parent_path() ? given.parent_path() : fs::path{"."};
    std::error_code error;
    std::vector<std::string> names;
    std::vector<std::string> folded_names;
    for (fs::directory_iterator it{folder, error}, end; !error && it != end; it.increment(error)) {
        if (names.size() == 10000) {
            break;  // a huge folder is not searched to its end
        }
        names.push_back(it->path().filename().string());
        folded_names.push_back(folded(names.back()));
    }
    const auto wanted = folded(given.filename().string());
    std::vector<std::string_view> known(folded_names.begin(), folded_names.end());
    const auto exact = std::find(known.begin(), known.end(), wanted);
    const auto* near = exact != known.end() ? &*exact : strict_json::closest(wanted, known);
    if (near == nullptr) {
        return {};
    }
    const auto& name = names[static_cast<std::size_t>(near - known.data())];
    const auto proposed = given.has_parent_path() ? (folder / name).string() : name;
    return proposed == path ? std::string{} : proposed;
}

CLI::Validator id_given() {
    return path_given("a philosophy id, as `coach list` shows it");
}

CLI::Validator path_given(std::string_view expected) {
    return CLI::Validator{[expected = std::string{expected}](const std::string& path) {
                              return path.empty() ? "expected " + expected + ", got \"\""
                                                  : std::string{};
                          },
                          "", ""};
}

CLI::Validator date_given() {
    return CLI::Validator{
        [](const std::string& date) {
            const bool blank = date.find_first_not_of(" \t\r\n") == std::string::npos;
            return blank ? "expected a date YYYY-MM-DD, got \"" + date + "\"" : std::string{};
        },
        "", ""};
}

void require_file(const std::string& path, std::string_view expected) {
    std::error_code error;
    const auto status = fs::status(path, error);
    if (!fs::exists(status)) {
        const auto proposed = proposed_file(path);
        refuse(path,
               proposed.empty() ? "no such file" : "no such file (did you mean " + proposed + "?)",
               expected);
    }
    if (fs::is_directory(status)) {
        refuse(path, "is a folder, not a file", expected);
    }
    // Blanks alone, or an editor's byte-order mark, are as empty as no bytes: a protocol file of
    // spaces said "not valid JSON ... incomplete JSON" where an empty one said "is empty".
    if (!fs::is_regular_file(status)) {
        return;  // a pipe is read once, by its reader
    }
    const auto size = fs::file_size(path, error);
    if (!error && size <= head_bytes) {
        const auto head = head_of(path);
        if (head.size() == size && holds_nothing(head)) {
            refuse(path, "is empty", expected);
        }
    }
}

bool holds_nothing(std::string_view text) {
    if (text.starts_with(strict_json::byte_order_mark)) {
        text.remove_prefix(strict_json::byte_order_mark.size());
    }
    return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

void require_folder(const std::string& path, std::string_view expected) {
    std::error_code error;
    const auto status = fs::status(path, error);
    if (!fs::exists(status)) {
        refuse(path, "no such folder", expected);
    }
    if (!fs::is_directory(status)) {
        refuse(path, "is a file, not a folder", expected);
    }
}

void require_plugin_library(const std::string& path) {
    constexpr std::string_view library =
        "a plugin library (.so) or protocol file (<name>.protocol.json)";
    require_file(path, library);
    if (const auto what = misplaced(path); !what.empty()) {
        throw CommandError(exit_bad_input, report::printable(path) + ": " + what);
    }
}

void check_plugin_paths(const std::vector<fs::path>& paths) {
    constexpr std::string_view plugin =
        "a plugin folder, a plugin library (.so) or a <name>.protocol.json file";
    for (const auto& path : paths) {
        std::error_code error;
        if (!fs::is_regular_file(path, error)) {
            continue;  // a folder, or missing: the engine says
        }
        require_file(path.string(), plugin);
        if (!is_protocol_name(path)) {
            if (const auto what = misplaced(path); !what.empty()) {
                throw CommandError(exit_bad_input, report::printable(path.string()) + ": " + what);
            }
        }
    }
}

}  // namespace coach::cli
