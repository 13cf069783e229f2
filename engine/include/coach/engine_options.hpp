#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "coach/log_sink.hpp"

// How an Engine (engine.hpp) finds, vets and runs its plugins. Plain values.
namespace coach {

// The largest plan a plugin may return: a plan past it is a plugin error, at once, naming its size
// and the limit, in-process and isolated alike. Counted in the bytes of the plan's binary encoding
// between a worker and the engine; a real plan takes tens of kilobytes.
inline constexpr std::size_t max_plan_bytes = std::size_t{64} << 20;

// Which plugin libraries run in worker processes (IsolationOptions::scope).
enum class IsolationScope {
    none,       // every library in this process: the fastest
    unbundled,  // libraries found outside the bundled folder, code the engine did not ship
    all,        // every library
};

// Out-of-process plugins: each plugin library runs in worker processes of its own (coach-worker),
// so that a plugin that crashes, hangs or exhausts memory yields a plugin error naming it instead
// of taking the host down. Plans, refusals and the safety gate (applied in the host) are the same
// as in-process; every call costs a round trip to a worker. Each worker serves one call at a time;
// a library gets up to one worker per core, started when calls overlap, and a worker that crashed
// or was killed is replaced on the next call.
//
// A worker runs in a process group of its own (a plugin's children go with it) and dies with its
// host, however the host ends: it asks the kernel for SIGKILL when its parent does
// (PR_SET_PDEATHSIG), and the host kills every worker's group on its way out.
struct IsolationOptions {
    IsolationScope scope = IsolationScope::none;
    // A plan() call (counted from when a worker takes it), or starting a worker and loading the
    // library in it, that takes longer is killed and fails with "timed out after N s".
    std::chrono::milliseconds time_limit{10'000};
    // Address space each worker may map beyond what it has mapped when it starts (RLIMIT_AS), in
    // MiB; 0 for no limit. A plugin that goes past it fails with "exceeded the memory limit of N
    // MB". Address space, not resident memory: threads, for one, reserve tens of MiB each.
    std::size_t memory_limit_mb = 1024;
    // The coach-worker executable. Default: the one installed beside libcoach_engine
    // (<libexecdir>/coach/coach-worker), found the same way in the build tree.
    std::filesystem::path worker;
};

// A folder or file the engine searches for plugins, and why it is searched.
struct PluginSearchPath {
    enum class Source {
        given,        // EngineOptions::plugin_paths
        environment,  // a folder of COACH_PLUGIN_PATH
        bundled,      // the plugins shipped beside libcoach_engine
    };
    std::filesystem::path path;
    Source source = Source::given;
};

struct EngineOptions {
    // Plugin folders or files, searched first, in this order.
    std::vector<std::filesystem::path> plugin_paths;
    // Then the folders in COACH_PLUGIN_PATH (colon-separated).
    bool use_environment = true;
    // Then the plugins bundled with the engine, beside libcoach_engine in the build or install
    // tree.
    bool use_bundled = true;
    // Refuse plugin files, and their folders, that someone other than this user or root owns or
    // that group or others may write; set to true to load them anyway.
    bool allow_untrusted = false;
    // When set, only plugin libraries and protocol files whose SHA-256 (lower-case hex) is listed
    // are loaded; others are refused with their digest.
    //
    // Each file is opened once; its owner and mode are checked on that descriptor and on the
    // folder that really holds it, and its bytes are copied into a sealed memory file while they
    // are hashed. The library loaded (in this process or in a worker) and the protocol read are
    // that copy: what was checked is what runs, whatever happens to the file afterwards.
    std::optional<std::vector<std::string>> trusted_sha256;
    // Where the engine and its plugins log (log_sink.hpp). Default: warnings and errors on
    // standard error.
    LogSink log;
    // Run each plugin library in worker processes instead of loading it into this one.
    IsolationOptions isolation;
};

}  // namespace coach
