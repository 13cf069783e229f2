#include "cli_context.hpp"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace coach::cli {

const Engine& Context::engine() {
    if (!engine_) {
        auto logger = spdlog::stderr_color_mt("coach");
        logger->set_pattern("coach: %l: %v");
        logger->set_level(spdlog::level::from_str(options_.log_level));
        // Refused plugins are reported once, as one line each, by report_load_errors().
        if (logger->level() == spdlog::level::warn || logger->level() == spdlog::level::err) {
            logger->set_level(spdlog::level::critical);
        }
        engine_ = std::make_unique<Engine>(
            EngineOptions{.plugin_paths = options_.plugin_dirs, .logger = std::move(logger)});
    }
    return *engine_;
}

bool Context::report_load_errors() {
    const auto& errors = engine().load_errors();
    if (!reported_) {
        for (const auto& error : errors) {
            std::cerr << "coach: plugin " << error.file.string() << ": " << error.message << '\n';
        }
        reported_ = true;
    }
    return !errors.empty();
}

json::AthleteFile read_athlete(const std::string& path) {
    std::string text;
    if (path == "-") {
        text.assign(std::istreambuf_iterator<char>{std::cin}, {});
    } else {
        std::ifstream in{path, std::ios::binary};
        if (!in) {
            throw CommandError(exit_bad_input, path + ": cannot open the file");
        }
        std::error_code error;
        const auto size = std::filesystem::file_size(path, error);
        if (!error && size > json::max_record_bytes) {
            throw CommandError(exit_bad_input, path + ": the file is " + std::to_string(size)
                                                   + " bytes; a record may be at most 16 MiB");
        }
        std::ostringstream buffer;
        buffer << in.rdbuf();
        text = buffer.str();
    }
    auto decoded = json::decode_athlete(text);
    if (!decoded.value) {
        std::string lines;
        for (const auto& problem : decoded.problems) {
            lines += (lines.empty() ? "" : "\n") + path + ": " + problem.to_string();
        }
        throw CommandError(exit_bad_input, lines);
    }
    return std::move(*decoded.value);
}

void write_output(const std::string& output, const std::string& text) {
    if (output.empty() || output == "-") {
        std::cout << text;
        std::cout.flush();
        return;
    }
    std::ofstream out{output, std::ios::binary};
    if (!(out << text)) {
        throw CommandError(exit_failure, output + ": cannot write the file");
    }
}

Date parse_date_option(const std::string& text, std::string_view option) {
    if (auto date = Date::parse(text)) {
        return *date;
    }
    throw CommandError(exit_bad_input,
                       std::string{option} + ": expected a date YYYY-MM-DD, got \"" + text + "\"");
}

}  // namespace coach::cli
