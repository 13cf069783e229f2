#pragma once

#include <cstdint>
#include <functional>
#include <string_view>

namespace coach {

// Where an engine writes its log lines, its plugins' among them: a callback of the engine's own,
// so that a host links and logs with whatever logging it has (spdlog of any version, or none).
// coach/spdlog_sink.hpp adapts a spdlog logger; examples/embed/main.cpp writes to a stream.
struct LogSink {
    // How much a line matters; `off` only as a threshold. The numbering is spdlog's.
    enum class Level : std::uint8_t { trace, debug, info, warn, error, critical, off };

    // Called with each line at or above `level`: one line of text without a trailing newline,
    // e.g. "loaded eccentric-strength 3.0.0 from /usr/lib/coach/plugins/eccentric_strength.so";
    // a plugin's own lines start with "[<library file name>] ". `critical` is used once, for a
    // plugin that ends the process (it called exit()). Empty: warnings and errors go to standard
    // error as "warn: ..." lines.
    // [thread-safe] required: the engine calls it from any thread that plans, and from the
    // threads that read its plugin workers, at once. It must not throw (an exception is dropped)
    // nor call back into the engine.
    std::function<void(Level level, std::string_view message)> write;
    // Lines below this are neither formatted nor passed to `write`.
    Level level = Level::warn;
};

}  // namespace coach
