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
        EngineOptions options{.plugin_paths = options_.plugin_dirs,
                              .allow_untrusted = options_.allow_untrusted,
                              .logger = std::move(logger)};
        if (!options_.trust_file.empty()) {
            options.trusted_sha256 = read_trust_list(options_.trust_file);
        }
        options.isolation.enabled = options_.isolate;
        options.isolation.time_limit = std::chrono::milliseconds{
            static_cast<std::chrono::milliseconds::rep>(options_.plugin_timeout_s * 1000 + 0.5)};
        options.isolation.memory_limit_mb = options_.plugin_memory_mb;
        engine_ = std::make_unique<Engine>(std::move(options));
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

json::AthleteFile read_athlete(const std::string& path, std::vector<json::Problem>* warnings) {
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
        for (const auto& unknown :
             warnings != nullptr ? decoded.warnings : std::vector<json::Problem>{}) {
            lines += "\nwarning: " + path + ": " + unknown.to_string() + ", ignored";
        }
        throw CommandError(exit_bad_input, lines);
    }
    if (warnings != nullptr) {
        *warnings = std::move(decoded.warnings);
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

std::vector<std::string> read_trust_list(const std::string& path) {
    std::ifstream in{path};
    if (!in) {
        throw CommandError(exit_bad_input, path + ": cannot open the trust list");
    }
    std::vector<std::string> digests;
    int number = 0;
    for (std::string line; std::getline(in, line);) {
        ++number;
        std::istringstream words{line};
        std::string digest;
        if (!(words >> digest) || digest.front() == '#') {
            continue;
        }
        const bool hex = digest.size() == 64
                         && digest.find_first_not_of("0123456789abcdef") == std::string::npos;
        if (!hex) {
            throw CommandError(exit_bad_input, path + ":" + std::to_string(number)
                                                   + ": expected a lower-case hex SHA-256, got \""
                                                   + digest + "\"");
        }
        digests.push_back(digest);
    }
    return digests;
}

Date parse_date_option(const std::string& text, std::string_view option) {
    if (auto date = Date::parse(text)) {
        return *date;
    }
    throw CommandError(exit_bad_input,
                       std::string{option} + ": expected a date YYYY-MM-DD, got \"" + text + "\"");
}

}  // namespace coach::cli
