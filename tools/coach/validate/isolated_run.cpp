#include "isolated_run.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <exception>
#include <iostream>
#include <optional>
#include <sstream>

#include "isolation/memory_limit.hpp"

namespace coach::cli::validation {

namespace {

// The child writes one line per finding, a grade letter then the reason, and this line last.
// Before that, lines that start with this mark say what it is doing.
constexpr std::string_view finished_marker = "=finished";
constexpr char activity_mark = '>';

// The pipe to the parent, in a child; -1 elsewhere.
int activity_output = -1;

std::string one_line(std::string_view text) {
    std::string line{text};
    for (char& c : line) {
        if (c == '\n' || c == '\r') {
            c = ' ';
        }
    }
    return line;
}

char grade_letter(Grade grade) {
    return grade_name(grade).front();
}

std::string encode(const Findings& findings) {
    std::string text;
    for (const auto& finding : findings) {
        text += grade_letter(finding.grade) + one_line(finding.reason) + '\n';
    }
    text += std::string{finished_marker} + '\n';
    return text;
}

// What the child wrote: its findings, once it wrote its last line, and what it did last.
struct ChildReport {
    std::optional<Findings> findings;
    std::string last_activity;
};

ChildReport decode(const std::string& text) {
    ChildReport report;
    Findings findings;
    std::istringstream lines{text};
    for (std::string line; std::getline(lines, line);) {
        if (line == finished_marker) {
            report.findings = std::move(findings);
            return report;
        }
        if (line.empty()) {
            continue;
        }
        if (line.front() == activity_mark) {
            report.last_activity = line.substr(1);
            continue;
        }
        const Grade grade = line.front() == 'f'   ? Grade::fail
                            : line.front() == 'w' ? Grade::warn
                                                  : Grade::note;
        findings.push_back({grade, line.substr(1)});
    }
    return report;
}

void write_all(int fd, std::string_view text) {
    while (!text.empty()) {
        const auto written = write(fd, text.data(), text.size());
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            return;
        }
        text.remove_prefix(static_cast<std::size_t>(written));
    }
}

[[noreturn]] void run_child(const std::function<Findings()>& check, std::size_t memory_mb,
                            int output) {
    setpgid(0, 0);
    dup2(STDERR_FILENO, STDOUT_FILENO);
    isolation::limit_memory(memory_mb);
    activity_output = output;
    Findings findings;
    try {
        findings = check();
    } catch (const std::exception& error) {
        findings = {fail(error.what())};
    } catch (...) {
        findings = {fail("the check threw an exception that is not a std::exception")};
    }
    write_all(output, encode(findings));
    // No destructors, atexit handlers or library unloading: only the check's findings count.
    _exit(0);
}

std::string signal_description(int signal_number) {
    const char* abbreviation = sigabbrev_np(signal_number);
    const char* description = strsignal(signal_number);
    std::string text = abbreviation != nullptr ? "SIG" + std::string{abbreviation}
                                               : "signal " + std::to_string(signal_number);
    if (description != nullptr) {
        text += " (" + std::string{description} + ")";
    }
    return text;
}

std::string seconds_text(std::chrono::duration<double> time) {
    std::ostringstream text;
    text << time.count() << " s";
    return text.str();
}

// Reads the child's output until it closes the pipe or `deadline` passes; true when it closed.
bool read_until(int input, std::chrono::steady_clock::time_point deadline, std::string& output) {
    char buffer[4096];
    while (true) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            return false;
        }
        pollfd wanted{input, POLLIN, 0};
        const int ready = poll(&wanted, 1, static_cast<int>(left.count()) + 1);
        if (ready < 0 && errno == EINTR) {
            continue;
        }
        if (ready <= 0) {
            continue;  // the deadline is checked at the top of the loop
        }
        const auto got = read(input, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got <= 0) {
            return true;
        }
        output.append(buffer, static_cast<std::size_t>(got));
    }
}

int wait_for(pid_t child) {
    int status = 0;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    return status;
}

}  // namespace

Findings run_isolated(const std::function<Findings()>& check, const ProcessLimits& limits) {
    int pipe_ends[2];
    if (pipe2(pipe_ends, O_CLOEXEC) != 0) {
        return {fail(std::string{"cannot create a pipe for the check: "} + std::strerror(errno))};
    }
    std::cout.flush();
    std::cerr.flush();
    const auto deadline =
        std::chrono::steady_clock::now()
        + std::chrono::duration_cast<std::chrono::steady_clock::duration>(limits.time);
    const pid_t child = fork();
    if (child < 0) {
        close(pipe_ends[0]);
        close(pipe_ends[1]);
        return {fail(std::string{"cannot start a process for the check: "} + std::strerror(errno))};
    }
    if (child == 0) {
        close(pipe_ends[0]);
        run_child(check, limits.memory_mb, pipe_ends[1]);
    }
    setpgid(child, child);  // also done by the child: whichever runs first
    close(pipe_ends[1]);
    std::string output;
    const bool finished = read_until(pipe_ends[0], deadline, output);
    close(pipe_ends[0]);
    const auto report = decode(output);
    const auto doing =
        report.last_activity.empty() ? std::string{} : " while " + report.last_activity;
    if (!finished) {
        kill(-child, SIGKILL);
        kill(child, SIGKILL);
        wait_for(child);
        return {fail("did not finish within " + seconds_text(limits.time) + doing + ": stopped")};
    }
    const int status = wait_for(child);
    kill(-child, SIGKILL);  // whatever the plugin started and left behind
    if (WIFSIGNALED(status)) {
        return {fail("crashed with " + signal_description(WTERMSIG(status)) + doing)};
    }
    if (!report.findings) {
        const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        if (code == isolation::exit_out_of_memory) {
            return {fail("exceeded the memory limit of " + std::to_string(limits.memory_mb) + " MB"
                         + doing + ": stopped")};
        }
        return {fail("the process ended with exit status " + std::to_string(code) + doing
                     + " before the check finished: a plugin must not exit the host")};
    }
    return *report.findings;
}

void announce_activity(std::string_view activity) {
    if (activity_output >= 0) {
        write_all(activity_output, activity_mark + one_line(activity) + '\n');
    }
}

}  // namespace coach::cli::validation
