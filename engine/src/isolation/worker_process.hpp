#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "coach/sdk/detail/abi.hpp"
#include "isolation/message_channel.hpp"
#include "isolation/worker_protocol.hpp"
#include "loading/file_descriptor.hpp"

namespace spdlog {
class logger;
}

namespace coach::isolation {

// Everything needed to start a worker for one plugin library.
struct WorkerSettings {
    std::filesystem::path executable;  // coach-worker
    std::filesystem::path library;     // where the library was found, for messages
    std::string sha256;                // the digest the engine checked
    // The bytes the engine checked (vetted_file.hpp), which each worker receives as a descriptor
    // and loads: never the file by its name.
    std::shared_ptr<const detail::FileDescriptor> library_content;
    std::string load_request;  // the frame of the LoadRequest each worker is sent first
    std::chrono::milliseconds time_limit{10'000};
    std::size_t memory_limit_mb = 0;   // 0: no limit
    spdlog::logger* logger = nullptr;  // where the worker's log lines go; outlives the worker
};

// Why a worker could not be started with its library loaded.
struct StartFailure {
    std::string message;
    // True when the worker failed on the way ("timed out after 1 s", "worker crashed (...)"),
    // false when the library was refused ("not a coach plugin: ...") or no worker could start.
    bool worker_failed = false;
};

// "1 s", "0.25 s", "10 s".
std::string describe_duration(std::chrono::milliseconds duration);

// One coach-worker process serving one plugin library over a socket (its stdin and stdout). It runs
// in a process group of its own, started from a thread that lives as long as the process, so that
// its parent-death signal fires when the host ends; ending it ends its group, and the host ends
// every worker's group on its way out (exit()).
// [thread-compatible] One thread uses a worker at a time; WorkerPool hands them out.
class WorkerProcess {
  public:
    // Starts a worker and waits, within the time limit, for its hello, which says what it loaded:
    // launch(), then receive_hello().
    static std::variant<std::unique_ptr<WorkerProcess>, StartFailure> start(
        const WorkerSettings& settings, Hello& hello);
    // Starts a worker and sends it what its library's factory is given, without waiting for the
    // worker: it loads its library meanwhile, while the engine starts others or goes on with its
    // own work.
    static std::variant<std::unique_ptr<WorkerProcess>, StartFailure> launch(
        const WorkerSettings& settings);
    // Waits for the hello of a worker launch() started, within the time limit counted from
    // launch(). A failure ends the worker.
    std::optional<StartFailure> receive_hello(Hello& hello);

    // Closes the channel, lets the worker exit and reaps it, killing it if it lingers.
    ~WorkerProcess();
    WorkerProcess(const WorkerProcess&) = delete;
    WorkerProcess& operator=(const WorkerProcess&) = delete;

    // Asks for one plan within the time limit. The value is the plugin's plan, not yet gated; the
    // error is the plugin's own ("threw ...") or what happened to the worker ("worker crashed
    // (signal 11, Segmentation fault)", "timed out after 1 s", ...), after which the worker is
    // gone and alive() is false.
    abi::Result<Plan> plan(const PlanRequest& request, const Athlete& athlete);

    bool alive() const { return pid_ > 0; }
    // Whether the process still runs; reaps it if it has ended (while idle, say).
    bool still_running();

  private:
    WorkerProcess(const WorkerSettings& settings, pid_t pid, int socket);

    // Receives frames into `frame` until one that is not a log line, forwarding log lines to the
    // logger.
    ChannelStatus receive_message(std::string& frame, Deadline deadline);
    // Ends the worker after the channel reported `status`, and says what happened to it.
    std::string end_after(ChannelStatus status);
    // Ends a worker that broke the protocol.
    std::string end_malformed();
    // Waits up to `grace` for the worker to exit, then kills it; kills what is left of its process
    // group; reaps it. Returns its wait status, or -1 when it cannot be known (the host reaps
    // children behind the engine's back).
    int reap(std::chrono::milliseconds grace, bool& killed);
    std::string describe_exit(int wait_status) const;

    std::chrono::milliseconds time_limit_;
    Deadline start_deadline_;  // for the hello
    std::size_t memory_limit_mb_;
    spdlog::logger* logger_;
    pid_t pid_;
    int socket_;
    std::string request_frame_;  // the last frame sent and received, kept for their capacity
    std::string frame_;
};

}  // namespace coach::isolation
