#include "isolation/worker_process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <set>
#include <system_error>
#include <thread>

#include "isolation/memory_limit.hpp"
#include "isolation/worker_spawn.hpp"

namespace coach::isolation {

namespace {

using std::chrono::milliseconds;

// How long a worker whose channel closed, or whose engine is done with it, may take to exit
// before it is killed.
constexpr milliseconds exit_grace{1'000};

std::string error_text(int error) {
    return std::generic_category().message(error);  // strerror_r: safe from any thread
}

spdlog::level::level_enum log_level(std::string_view name) {
    const auto level = spdlog::level::from_str(std::string{name});
    return level == spdlog::level::off ? spdlog::level::info : level;
}

}  // namespace

std::string describe_duration(milliseconds duration) {
    const auto count = duration.count();
    std::string text = std::to_string(count / 1000);
    if (auto fraction = count % 1000; fraction != 0) {
        std::string digits = std::to_string(fraction);
        digits.insert(0, 3 - digits.size(), '0');
        digits.erase(digits.find_last_not_of('0') + 1);
        text += "." + digits;
    }
    return text + " s";
}

WorkerProcess::WorkerProcess(const WorkerSettings& settings, pid_t pid, int socket)
    : time_limit_(settings.time_limit),
      memory_limit_mb_(settings.memory_limit_mb),
      logger_(settings.logger),
      pid_(pid),
      socket_(socket) {}

std::variant<std::unique_ptr<WorkerProcess>, StartFailure> WorkerProcess::launch(
    const WorkerSettings& settings) {
    int sockets[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sockets) != 0) {
        return StartFailure{"cannot start a plugin worker: " + error_text(errno)};
    }
    pid_t pid = 0;
    const int spawn_error = spawn_worker(settings, sockets[1], pid);
    ::close(sockets[1]);
    if (spawn_error != 0) {
        ::close(sockets[0]);
        return StartFailure{"cannot start the plugin worker " + settings.executable.string() + ": "
                            + error_text(spawn_error)};
    }
    ::fcntl(sockets[0], F_SETFL, ::fcntl(sockets[0], F_GETFL) | O_NONBLOCK);
    std::unique_ptr<WorkerProcess> worker{new WorkerProcess(settings, pid, sockets[0])};
    worker->start_deadline_ = Clock::now() + settings.time_limit;
    if (const auto status =
            send_frame(worker->socket_, settings.load_request, worker->start_deadline_);
        status != ChannelStatus::ok) {
        return StartFailure{worker->end_after(status), true};
    }
    return worker;
}

std::optional<StartFailure> WorkerProcess::receive_hello(Hello& hello) {
    if (const auto status = receive_message(frame_, start_deadline_); status != ChannelStatus::ok) {
        return StartFailure{end_after(status), true};
    }
    if (!decode(frame_, MessageType::hello, hello)) {
        return StartFailure{end_malformed(), true};
    }
    if (!hello.error.empty()) {
        return StartFailure{hello.error};  // the worker exits by itself; the destructor reaps it
    }
    return std::nullopt;
}

std::variant<std::unique_ptr<WorkerProcess>, StartFailure> WorkerProcess::start(
    const WorkerSettings& settings, Hello& hello) {
    auto launched = launch(settings);
    if (auto* worker = std::get_if<std::unique_ptr<WorkerProcess>>(&launched)) {
        if (auto failure = (*worker)->receive_hello(hello)) {
            return std::move(*failure);
        }
    }
    return launched;
}

namespace {

enum class ChildState { running, ended, gone };

// Whether the child `pid` runs, has ended (and waits to be reaped), or is no child of this process
// any more (the host reaped it behind the engine's back). With `wait`, waits for it to end.
ChildState state_of(pid_t pid, bool wait) {
    while (true) {
        siginfo_t info{};
        const int options = WEXITED | WNOWAIT | (wait ? 0 : WNOHANG);
        if (::waitid(P_PID, static_cast<id_t>(pid), &info, options) == 0) {
            return info.si_pid == pid ? ChildState::ended : ChildState::running;
        }
        if (errno != EINTR) {
            return ChildState::gone;
        }
    }
}

}  // namespace

bool WorkerProcess::still_running() {
    if (pid_ <= 0) {
        return false;
    }
    if (state_of(pid_, false) == ChildState::running) {
        return true;
    }
    bool killed = false;
    reap(milliseconds{0}, killed);
    return false;
}

WorkerProcess::~WorkerProcess() {
    if (pid_ > 0) {
        bool killed = false;
        reap(exit_grace, killed);  // closing the channel first: the worker reads its end and exits
    }
}

abi::Result<Plan> WorkerProcess::plan(const PlanRequest& request, const Athlete& athlete) {
    const Deadline deadline = Clock::now() + time_limit_;
    encode_into(request_frame_, MessageType::plan, request, athlete);
    auto status = send_frame(socket_, request_frame_, deadline);
    if (status == ChannelStatus::ok) {
        status = receive_message(frame_, deadline);
    }
    if (status != ChannelStatus::ok) {
        return {std::nullopt, end_after(status)};
    }
    if (Plan plan; decode(frame_, MessageType::planned, plan)) {
        return {std::move(plan), {}};
    }
    if (std::string error; decode(frame_, MessageType::failed, error) && !error.empty()) {
        return {std::nullopt, std::move(error)};
    }
    return {std::nullopt, end_malformed()};
}

ChannelStatus WorkerProcess::receive_message(std::string& frame, Deadline deadline) {
    while (true) {
        if (const auto status = receive_frame(socket_, frame, deadline);
            status != ChannelStatus::ok || !is_message(frame, MessageType::log)) {
            return status;  // a frame of an unknown type is the caller's to refuse
        }
        LogLine line;
        if (logger_ != nullptr && decode(frame, MessageType::log, line)) {
            logger_->log(log_level(line.level), "{}", line.message);
        }
    }
}

std::string WorkerProcess::end_after(ChannelStatus status) {
    bool killed = false;
    switch (status) {
        case ChannelStatus::timed_out:
            reap(milliseconds{0}, killed);
            return "timed out after " + describe_duration(time_limit_);
        case ChannelStatus::too_large:
            reap(milliseconds{0}, killed);
            return "worker sent a message larger than " + std::to_string(max_frame_bytes)
                   + " bytes";
        case ChannelStatus::ok:
        case ChannelStatus::closed:
        case ChannelStatus::failed:
            break;
    }
    const int wait_status = reap(exit_grace, killed);
    return killed ? std::string{"worker closed its channel and was killed"}
                  : describe_exit(wait_status);
}

std::string WorkerProcess::end_malformed() {
    bool killed = false;
    reap(milliseconds{0}, killed);
    return "worker broke the message protocol";
}

int WorkerProcess::reap(milliseconds grace, bool& killed) {
    if (socket_ >= 0) {
        ::close(socket_);
        socket_ = -1;
    }
    const pid_t pid = pid_;
    pid_ = -1;
    const auto give_up = Clock::now() + grace;
    auto state = state_of(pid, false);
    while (state == ChildState::running) {
        if (Clock::now() >= give_up) {
            ::kill(pid, SIGKILL);
            killed = true;
            state = state_of(pid, true);
            break;
        }
        std::this_thread::sleep_for(milliseconds{1});
        state = state_of(pid, false);
    }
    forget_worker(pid);
    if (state == ChildState::gone) {
        return -1;
    }
    // What the plugin started goes with the worker. The worker, not yet reaped, keeps its id, so
    // the group's id cannot have been given to another.
    ::kill(-pid, SIGKILL);
    int status = 0;
    pid_t reaped = 0;
    while ((reaped = ::waitpid(pid, &status, 0)) < 0 && errno == EINTR) {
    }
    return reaped == pid ? status : -1;
}

std::string WorkerProcess::describe_exit(int wait_status) const {
    if (wait_status == -1) {
        return "worker ended unexpectedly";
    }
    if (WIFSIGNALED(wait_status)) {
        const int signal = WTERMSIG(wait_status);
        const char* name = ::sigdescr_np(signal);
        return "worker crashed (signal " + std::to_string(signal) + ", "
               + (name != nullptr ? name : "unknown signal") + ")";
    }
    const int code = WEXITSTATUS(wait_status);
    if (code == exit_out_of_memory) {
        return "exceeded the memory limit of " + std::to_string(memory_limit_mb_) + " MB";
    }
    return "worker exited unexpectedly with status " + std::to_string(code);
}

}  // namespace coach::isolation
