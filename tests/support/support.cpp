#include "support.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace coach::test {

std::filesystem::path fixture(std::string_view relative) {
    return std::filesystem::path{COACH_TEST_FIXTURES_DIR} / relative;
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in{path, std::ios::binary};
    if (!in) {
        throw std::runtime_error("cannot open " + path.string());
    }
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

json::AthleteFile load_athlete(std::string_view relative) {
    auto decoded = json::decode_athlete(read_file(fixture(relative)));
    if (!decoded.value) {
        std::string message = std::string{relative} + ":";
        for (const auto& problem : decoded.problems) {
            message += " " + problem.to_string() + ";";
        }
        throw std::runtime_error(message);
    }
    return std::move(*decoded.value);
}

const Engine& bundled_engine() {
    static const Engine engine{EngineOptions{.use_environment = false}};
    return engine;
}

Plan plan_for(std::string_view philosophy, std::string_view athlete_fixture, Request request) {
    const auto file = load_athlete(athlete_fixture);
    if (!request.as_of) {
        request.as_of = file.request.as_of;
    }
    return plan_for(philosophy, file.athlete, request);
}

Plan plan_for(std::string_view philosophy, const Athlete& athlete, const Request& request) {
    auto outcome = bundled_engine().plan(philosophy, athlete, request);
    if (!outcome.plan) {
        throw std::runtime_error(std::string{philosophy} + " failed: " + outcome.error);
    }
    return std::move(*outcome.plan);
}

}  // namespace coach::test

#include <signal.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdlib>

namespace coach::test {

namespace {

CommandResult run_redirected(const std::string& arguments, const std::string* stdout_target) {
    static std::atomic<int> counter{0};
    const auto base =
        std::filesystem::temp_directory_path()
        / ("coach-test-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
    const auto out = base.string() + ".out";
    const auto err = base.string() + ".err";
    const auto command = std::string{COACH_CLI} + " " + arguments + " >"
                         + (stdout_target != nullptr ? *stdout_target : out) + " 2>" + err;
    const int status = std::system(command.c_str());
    CommandResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    if (stdout_target == nullptr) {
        result.out = read_file(out);
        std::filesystem::remove(out);
    }
    result.err = read_file(err);
    std::filesystem::remove(err);
    return result;
}

}  // namespace

CommandResult run_coach(const std::string& arguments) {
    return run_redirected(arguments, nullptr);
}

CommandResult run_coach_with_stdout(const std::string& arguments,
                                    const std::string& stdout_target) {
    return run_redirected(arguments, &stdout_target);
}

pid_t start_coach(const std::string& arguments, const std::string& redirections) {
    const std::string command =
        "exec " + std::string{COACH_CLI} + " " + arguments + " " + redirections;
    const pid_t pid = fork();
    if (pid == 0) {
        execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    if (pid < 0) {
        throw std::runtime_error("cannot start coach");
    }
    return pid;
}

void wait_until_read(int pipe) {
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::minutes{1};
    int unread = 0;
    while (ioctl(pipe, FIONREAD, &unread) == 0 && unread > 0
           && std::chrono::steady_clock::now() < give_up) {
        usleep(10'000);
    }
}

int wait_for_exit(pid_t pid, std::chrono::seconds limit) {
    const auto give_up = std::chrono::steady_clock::now() + limit;
    int status = 0;
    while (true) {
        const pid_t reaped = waitpid(pid, &status, WNOHANG);
        if (reaped == pid) {
            return WIFSIGNALED(status) ? 128 + WTERMSIG(status) : WEXITSTATUS(status);
        }
        if (reaped < 0 && errno != EINTR) {
            return -1;
        }
        if (std::chrono::steady_clock::now() > give_up) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            return -1;
        }
        usleep(10'000);
    }
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> found;
    std::istringstream in{text};
    for (std::string line; std::getline(in, line);) {
        found.push_back(line);
    }
    return found;
}

TemporaryFolder::TemporaryFolder(std::string_view name)
    : path_(std::filesystem::temp_directory_path()
            / ("coach-" + std::string{name} + "-" + std::to_string(getpid()))) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
}

TemporaryFolder::~TemporaryFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

std::vector<std::string> TemporaryFolder::names() const {
    std::vector<std::string> found;
    for (const auto& entry : std::filesystem::directory_iterator(path_)) {
        found.push_back(entry.path().filename().string());
    }
    std::sort(found.begin(), found.end());
    return found;
}

std::filesystem::path fixture_plugin(std::string_view name) {
    return std::filesystem::path{COACH_FIXTURE_PLUGIN_DIR}
           / ("fixture_" + std::string{name} + ".so");
}

}  // namespace coach::test
