#pragma once

#include <string>
#include <string_view>

namespace spdlog {
class logger;
}

namespace coach::detail {

// Marks, for as long as it lives, that this thread runs plugin code: the philosophy `name` (or
// the plugin file `name`, before its philosophies exist) in `call` ("plan()", "its static
// initializers"). A plugin that calls exit() meanwhile does not end the host as if all were well:
// the engine's exit handler logs, critical, "plugin 'NAME' ended the process: it called exit() in
// CALL" on `logger` and ends the process with status 3, a plugin error. `name` and `call` must
// outlive the object. [thread-safe] Each thread has its own mark; marks nest.
class PluginCall {
  public:
    enum class Kind { philosophy, file };

    PluginCall(spdlog::logger& logger, std::string_view name, std::string_view call,
               Kind kind = Kind::philosophy);
    ~PluginCall();
    PluginCall(const PluginCall&) = delete;
    PluginCall& operator=(const PluginCall&) = delete;

    // Turns the exit handler off in this process (a plugin worker, whose own exit the engine
    // already reports). [main thread only] Call before any plugin runs.
    static void leave_exit_alone();

  private:
    friend void report_exit_from_plugin();

    spdlog::logger& logger_;
    std::string_view name_;
    std::string_view call_;
    Kind kind_;
    PluginCall* outer_;
};

}  // namespace coach::detail
