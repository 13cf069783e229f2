#pragma once

#include <memory>

#include "coach/log_sink.hpp"

namespace spdlog {
class logger;
}

namespace coach::detail {

// The spdlog logger the engine writes through, inside its own binary: one whose lines go to
// `sink.write` (message only, at their level), from `sink.level` up; when `sink.write` is empty,
// standard error as "warn: ...", colored on a terminal. [thread-safe]
std::shared_ptr<spdlog::logger> make_logger(const LogSink& sink);

}  // namespace coach::detail
