#pragma once

#include <atomic>
#include <istream>
#include <memory>
#include <streambuf>
#include <string>

namespace coach::cli {

// While it lives, the first SIGINT or SIGTERM sets stop() instead of ending the process, so that
// a long command can finish what it has started and say how far it got; a second one of the same
// signal ends the process as usual. [main thread only] One at a time.
class InterruptSignals {
  public:
    InterruptSignals();
    ~InterruptSignals();
    InterruptSignals(const InterruptSignals&) = delete;
    InterruptSignals& operator=(const InterruptSignals&) = delete;

    // True once a signal has arrived. [thread-safe]
    const std::atomic<bool>& stop() const;
    // The signal that arrived, 0 before one has.
    int signal() const;
    // The exit status a shell gives a process that signal ends: 130 for SIGINT, 143 for SIGTERM.
    int exit_code() const { return 128 + signal(); }
};

// An input stream over a file descriptor that reaches its end early, without blocking, once
// `stop` is true: a reader waiting on a pipe or a terminal notices within a fraction of a
// second. A read error sets badbit; error() says what it was. [thread-compatible]
class InterruptibleInput {
  public:
    InterruptibleInput(int descriptor, const std::atomic<bool>& stop);
    ~InterruptibleInput();
    InterruptibleInput(const InterruptibleInput&) = delete;
    InterruptibleInput& operator=(const InterruptibleInput&) = delete;

    std::istream& stream() { return stream_; }
    // The errno of the read that failed, 0 if none did.
    int error() const;

  private:
    class Buffer;
    std::unique_ptr<Buffer> buffer_;
    std::istream stream_;
};

}  // namespace coach::cli
