#include "isolation/worker_spawn.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cstdlib>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "isolation/lasting_spawner.hpp"

extern char** environ;

namespace coach::isolation {

namespace {

// RAII for posix_spawn's two attribute objects.
class SpawnAttributes {
  public:
    SpawnAttributes() {
        ::posix_spawn_file_actions_init(&actions);
        ::posix_spawnattr_init(&attributes);
    }
    ~SpawnAttributes() {
        ::posix_spawn_file_actions_destroy(&actions);
        ::posix_spawnattr_destroy(&attributes);
    }
    SpawnAttributes(const SpawnAttributes&) = delete;
    SpawnAttributes& operator=(const SpawnAttributes&) = delete;

    posix_spawn_file_actions_t actions;
    posix_spawnattr_t attributes;
};

// The descriptor number the worker finds its library's bytes at.
constexpr int library_descriptor_in_worker = STDERR_FILENO + 1;

std::vector<std::string> worker_arguments(const WorkerSettings& settings) {
    const auto level = settings.logger != nullptr ? settings.logger->level() : spdlog::level::warn;
    return {settings.executable.string(),
            "--library-fd",
            std::to_string(library_descriptor_in_worker),
            "--library",
            settings.library.string(),
            "--sha256",
            settings.sha256,
            "--host-pid",
            std::to_string(::getpid()),
            "--memory-limit-mb",
            std::to_string(settings.memory_limit_mb),
            "--log-level",
            std::string{spdlog::level::to_string_view(level).data()}};
}

// The process groups of the workers alive, which the host kills on its way out. Never destroyed:
// the exit handler reads it.
struct LiveWorkers {
    std::mutex mutex;
    std::set<pid_t> groups;
};

LiveWorkers& live_workers() {
    static auto* workers = new LiveWorkers;
    return *workers;
}

void kill_live_workers() {
    auto& workers = live_workers();
    const std::lock_guard lock{workers.mutex};
    for (const pid_t group : workers.groups) {
        ::kill(-group, SIGKILL);
    }
}

void remember_worker(pid_t pid) {
    static const bool registered = std::atexit(&kill_live_workers) == 0;
    static_cast<void>(registered);
    auto& workers = live_workers();
    const std::lock_guard lock{workers.mutex};
    workers.groups.insert(pid);
}

}  // namespace

void forget_worker(pid_t pid) {
    auto& workers = live_workers();
    const std::lock_guard lock{workers.mutex};
    workers.groups.erase(pid);
}

namespace {

// The engine's environment, plus a larger malloc thread cache for the worker unless the host sets
// glibc's tunables itself. A worker builds a plan of about a thousand small strings, copies it
// into a frame and frees it all, over and over: with glibc's default of 7 cached blocks per size
// most of those frees take the slow path. 2,000 athletes, --isolate: 1.48 -> 1.30 s of CPU.
std::vector<std::string> worker_environment() {
    std::vector<std::string> environment;
    bool tuned = false;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        environment.emplace_back(*entry);
        tuned = tuned || environment.back().starts_with("GLIBC_TUNABLES=");
    }
    if (!tuned) {
        environment.emplace_back("GLIBC_TUNABLES=glibc.malloc.tcache_count=1000");
    }
    return environment;
}

// Pointers to `strings`, ending in nullptr, as exec wants them.
std::vector<char*> c_strings(std::vector<std::string>& strings) {
    std::vector<char*> pointers;
    for (auto& text : strings) {
        pointers.push_back(text.data());
    }
    pointers.push_back(nullptr);
    return pointers;
}

// Starts the worker with `child_socket` as its stdin and stdout, the library's bytes at descriptor
// 3 and nothing else open beyond stderr, in a process group of its own; its signal mask and
// dispositions are reset to the defaults.
}  // namespace

int spawn_worker(const WorkerSettings& settings, int child_socket, pid_t& pid) {
    auto arguments = worker_arguments(settings);
    auto environment = worker_environment();
    auto argv = c_strings(arguments);
    auto envp = c_strings(environment);

    // Above the numbers the child is given, so that no dup2 below overwrites another's source.
    const detail::FileDescriptor socket{::fcntl(child_socket, F_DUPFD_CLOEXEC, 10)};
    const detail::FileDescriptor library{
        ::fcntl(settings.library_content->get(), F_DUPFD_CLOEXEC, 10)};
    if (!socket || !library) {
        return errno;
    }
    SpawnAttributes spawn;
    ::posix_spawn_file_actions_adddup2(&spawn.actions, socket.get(), STDIN_FILENO);
    ::posix_spawn_file_actions_adddup2(&spawn.actions, socket.get(), STDOUT_FILENO);
    ::posix_spawn_file_actions_adddup2(&spawn.actions, library.get(), library_descriptor_in_worker);
    ::posix_spawn_file_actions_addclosefrom_np(&spawn.actions, library_descriptor_in_worker + 1);
    sigset_t signals;
    ::sigemptyset(&signals);
    ::posix_spawnattr_setsigmask(&spawn.attributes, &signals);
    ::sigfillset(&signals);
    ::posix_spawnattr_setsigdefault(&spawn.attributes, &signals);
    ::posix_spawnattr_setpgroup(&spawn.attributes, 0);
    ::posix_spawnattr_setflags(
        &spawn.attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP);
    // From the lasting thread: the worker's parent-death signal follows the thread that forks it.
    return run_on_lasting_thread([&] {
        const int error = ::posix_spawn(&pid, settings.executable.c_str(), &spawn.actions,
                                        &spawn.attributes, argv.data(), envp.data());
        if (error == 0) {
            remember_worker(pid);
        }
        return error;
    });
}

}  // namespace coach::isolation
