// stdout: a plugin must print nothing on standard output, which carries its host's own output
// (`coach compare --format json`, the result lines of `coach cohort`).
#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>

#include "checks.hpp"
#include "isolated_run.hpp"
#include "planning.hpp"

namespace coach::cli::validation {

namespace {

// How much of what was printed the report quotes.
constexpr std::size_t quoted_bytes = 60;

// Standard output sent to a memory file while the object lives, then restored.
class CapturedStdout {
  public:
    CapturedStdout() : capture_(::memfd_create("coach-validate-stdout", MFD_CLOEXEC)) {
        flush();
        saved_ = ::dup(STDOUT_FILENO);
        if (capture_ >= 0 && saved_ >= 0) {
            ::dup2(capture_, STDOUT_FILENO);
        }
    }
    ~CapturedStdout() {
        restore();
        if (capture_ >= 0) {
            ::close(capture_);
        }
    }
    CapturedStdout(const CapturedStdout&) = delete;
    CapturedStdout& operator=(const CapturedStdout&) = delete;

    // Puts standard output back and returns what was written to it meanwhile.
    std::string restore() {
        if (saved_ < 0) {
            return {};
        }
        flush();
        ::dup2(saved_, STDOUT_FILENO);
        ::close(saved_);
        saved_ = -1;
        std::string printed;
        char buffer[4096];
        for (off_t offset = 0;;) {
            const auto got = ::pread(capture_, buffer, sizeof buffer, offset);
            if (got <= 0) {
                break;
            }
            printed.append(buffer, static_cast<std::size_t>(got));
            offset += got;
        }
        return printed;
    }

  private:
    static void flush() {
        std::cout.flush();
        std::fflush(stdout);
    }

    int capture_;
    int saved_ = -1;
};

std::string quoted(const std::string& printed) {
    std::string text = printed.substr(0, printed.find('\n'));
    if (text.size() > quoted_bytes) {
        text = text.substr(0, quoted_bytes) + "...";
    }
    return "\"" + text + "\"";
}

}  // namespace

Findings check_stdout(const CheckInput& input) {
    CapturedStdout capture;
    {
        announce_activity("loading the library with standard output captured");
        const PluginUnderTest plugin{input.library};
        const auto philosophies = plugin.philosophies();
        const auto cases = cases_past_the_gate(input.athletes);
        for (const auto& philosophy : philosophies) {
            for (const auto& [athlete, planning_case] : cases) {
                announce_activity("planning "
                                  + plan_label(philosophy, *athlete, philosophies.size()));
                philosophy.boundary->plan(planning_case.input());
            }
        }
    }
    const auto printed = capture.restore();
    if (printed.empty()) {
        return {note("prints nothing on standard output while it loads and plans")};
    }
    // The author sees all of it, where the plugin's other output goes.
    std::cerr << printed << std::flush;
    return {fail("printed " + std::to_string(printed.size()) + " bytes on standard output, "
                 + quoted(printed)
                 + ": standard output carries the host's own output (JSON, result lines); log "
                   "through HostLog instead")};
}

}  // namespace coach::cli::validation
