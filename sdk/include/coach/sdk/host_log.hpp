#pragma once

#include <cstdint>
#include <string_view>

#include "coach/sdk/enum_names.hpp"

namespace coach {

enum class LogLevel : std::uint8_t { trace, debug, info, warn, error };
COACH_ENUM_NAMES(LogLevel, {LogLevel::trace, "trace"}, {LogLevel::debug, "debug"},
                 {LogLevel::info, "info"}, {LogLevel::warn, "warn"}, {LogLevel::error, "error"});

// The host's logger, handed to a plugin when it is created. Plugins log through this rather
// than through spdlog's registry, which is not shared across shared libraries.
// [thread-safe] Every call may be made from any thread; the host owns the sink and keeps it
// alive for as long as the plugin lives. A default-constructed HostLog discards everything.
class HostLog {
  public:
    using Sink = void (*)(void* context, LogLevel level, std::string_view message) noexcept;

    constexpr HostLog() = default;
    constexpr HostLog(Sink sink, void* context) : sink_(sink), context_(context) {}

    void log(LogLevel level, std::string_view message) const noexcept {
        if (sink_ != nullptr) {
            sink_(context_, level, message);
        }
    }
    void debug(std::string_view message) const noexcept { log(LogLevel::debug, message); }
    void info(std::string_view message) const noexcept { log(LogLevel::info, message); }
    void warn(std::string_view message) const noexcept { log(LogLevel::warn, message); }

  private:
    Sink sink_ = nullptr;
    void* context_ = nullptr;
};

}  // namespace coach
