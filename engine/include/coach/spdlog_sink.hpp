#pragma once

#include <spdlog/logger.h>

#include <memory>
#include <string_view>

#include "coach/log_sink.hpp"

// Header-only: compiled in the host, against the host's own spdlog, so that the engine's binary
// never meets the host's spdlog. Include it only where the host uses spdlog.
namespace coach {

// A LogSink that writes the engine's lines to `logger`, at their level and from the logger's
// level up. The sink shares ownership of the logger. [thread-safe] as spdlog loggers are.
inline LogSink spdlog_sink(std::shared_ptr<spdlog::logger> logger) {
    const auto threshold = static_cast<LogSink::Level>(static_cast<int>(logger->level()));
    return LogSink{[logger = std::move(logger)](LogSink::Level level, std::string_view message) {
                       logger->log(static_cast<spdlog::level::level_enum>(static_cast<int>(level)),
                                   "{}", message);
                   },
                   threshold};
}

}  // namespace coach
