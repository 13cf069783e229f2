#include "loading/plugin_call.hpp"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>

namespace coach::detail {

namespace {

thread_local PluginCall* current_call = nullptr;
std::atomic<bool> exit_handled{true};

// The exit status of a process that a plugin ended: a plugin error.
constexpr int exit_plugin_error = 3;

}  // namespace

// Runs among the atexit handlers, on the thread that called exit().
void report_exit_from_plugin() {
    const PluginCall* call = current_call;
    if (call == nullptr || !exit_handled.load()) {
        return;
    }
    try {
        const auto* form = call->kind_ == PluginCall::Kind::file
                               ? "plugin file {} ended the process: it called exit() in {}"
                               : "plugin '{}' ended the process: it called exit() in {}";
        call->logger_.critical(fmt::runtime(form), call->name_, call->call_);
        call->logger_.flush();
    } catch (...) {
        // Ending the process matters more than the line.
    }
    ::_exit(exit_plugin_error);
}

PluginCall::PluginCall(spdlog::logger& logger, std::string_view name, std::string_view call,
                       Kind kind)
    : logger_(logger), name_(name), call_(call), kind_(kind), outer_(current_call) {
    static const bool registered = std::atexit(&report_exit_from_plugin) == 0;
    static_cast<void>(registered);
    current_call = this;
}

PluginCall::~PluginCall() {
    current_call = outer_;
}

void PluginCall::leave_exit_alone() {
    exit_handled = false;
}

}  // namespace coach::detail
