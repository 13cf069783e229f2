#include "input_files.hpp"

#include <fstream>

#include "cli_context.hpp"

namespace coach::cli {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void refuse(const std::string& path, std::string_view problem,
                         std::string_view expected) {
    throw CommandError(exit_bad_input,
                       path + ": " + std::string{problem} + "; expected " + std::string{expected});
}

// The first bytes of a file, enough to tell JSON and an athlete record from a library.
std::string head_of(const fs::path& path) {
    std::ifstream in{path, std::ios::binary};
    std::string head(4096, '\0');
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
               + path.string() + "`";
    }
    return "is a JSON file, not a plugin library: a protocol file is loaded when its name is "
           "<name>.protocol.json, <name> being its \"name\"";
}

}  // namespace

CLI::Validator path_given(std::string_view expected) {
    return CLI::Validator{[expected = std::string{expected}](const std::string& path) {
                              return path.empty() ? "expected " + expected + ", got \"\""
                                                  : std::string{};
                          },
                          "", ""};
}

CLI::Validator date_given() {
    return path_given("a date YYYY-MM-DD");
}

void require_file(const std::string& path, std::string_view expected) {
    std::error_code error;
    const auto status = fs::status(path, error);
    if (!fs::exists(status)) {
        refuse(path, "no such file", expected);
    }
    if (fs::is_directory(status)) {
        refuse(path, "is a folder, not a file", expected);
    }
    if (fs::is_regular_file(status) && fs::file_size(path, error) == 0 && !error) {
        refuse(path, "is empty", expected);
    }
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
        throw CommandError(exit_bad_input, path + ": " + what);
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
                throw CommandError(exit_bad_input, path.string() + ": " + what);
            }
        }
    }
}

}  // namespace coach::cli
