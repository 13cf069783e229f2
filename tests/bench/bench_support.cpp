#include "bench_support.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <istream>
#include <map>
#include <mutex>
#include <sstream>
#include <stdexcept>

#include "coach/synthetic.hpp"

extern char** environ;

namespace coach::bench {

const json::AthleteFile& sample_athlete() {
    static const json::AthleteFile sample = [] {
        const std::filesystem::path path =
            std::filesystem::path{COACH_EXAMPLES_DIR} / "athletes" / "sample.json";
        std::ifstream file{path, std::ios::binary};
        std::stringstream text;
        text << file.rdbuf();
        auto decoded = json::decode_athlete(text.str());
        if (!decoded.value) {
            throw std::runtime_error(path.string() + ": not a valid athlete record");
        }
        return std::move(*decoded.value);
    }();
    return sample;
}

std::filesystem::path plugin_dir() {
    return COACH_BENCH_PLUGIN_DIR;
}

EngineOptions bundled_options(bool isolated) {
    EngineOptions options;
    options.use_environment = false;
    options.isolation.scope = isolated ? coach::IsolationScope::all : coach::IsolationScope::none;
    return options;
}

const std::string& population(std::uint64_t count) {
    static std::mutex mutex;
    static std::map<std::uint64_t, std::string> made;
    const std::lock_guard lock{mutex};
    auto found = made.find(count);
    if (found == made.end()) {
        std::ostringstream out;
        synthetic::write_population(out, count, 1);
        found = made.emplace(count, std::move(out).str()).first;
    }
    return found->second;
}

std::uint64_t cohort_size() {
    const char* value = std::getenv("COACH_BENCH_COHORT");
    return value != nullptr ? std::stoull(value) : 100'000;
}

NullBuffer::int_type NullBuffer::overflow(int_type c) {
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
        ++written_;
    }
    return traits_type::not_eof(c);
}

std::streamsize NullBuffer::xsputn(const char* /*data*/, std::streamsize count) {
    written_ += static_cast<std::uint64_t>(count);
    return count;
}

int run_process(const std::vector<std::string>& argv) {
    std::vector<char*> args;
    for (const auto& arg : argv) {
        args.push_back(const_cast<char*>(arg.c_str()));
    }
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t child = 0;
    const int failed = posix_spawn(&child, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (failed != 0) {
        throw std::runtime_error("cannot start " + argv[0]);
    }
    int status = 0;
    while (waitpid(child, &status, 0) < 0) {
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string coach_cli() {
    return COACH_CLI;
}

CohortSummary run_cohort_over(const Engine& engine, const std::string& text, unsigned threads) {
    MemoryBuffer buffer{text};
    std::istream in{&buffer};
    NullBuffer sink;
    std::ostream out{&sink};
    CohortOptions options;
    options.threads = threads;
    return run_cohort(engine, in, out, options);
}

}  // namespace coach::bench
