#include "interruption.hpp"

#include <poll.h>
#include <signal.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <stdexcept>

namespace coach::cli {

namespace {

// Lock-free, so the handler may touch them.
std::atomic<bool> stop_requested{false};
std::atomic<int> stop_signal{0};
static_assert(std::atomic<bool>::is_always_lock_free && std::atomic<int>::is_always_lock_free);

void request_stop(int signal) {
    stop_signal.store(signal);
    stop_requested.store(true);
}

constexpr std::array handled_signals = {SIGINT, SIGTERM};
std::array<struct sigaction, handled_signals.size()> previous_actions;

}  // namespace

InterruptSignals::InterruptSignals() {
    stop_requested = false;
    stop_signal = 0;
    struct sigaction action {};
    action.sa_handler = &request_stop;
    ::sigemptyset(&action.sa_mask);
    // The second signal takes its default course.
    action.sa_flags = static_cast<int>(static_cast<unsigned>(SA_RESETHAND) | SA_RESTART);
    for (std::size_t i = 0; i < handled_signals.size(); ++i) {
        ::sigaction(handled_signals[i], &action, &previous_actions[i]);
    }
}

InterruptSignals::~InterruptSignals() {
    for (std::size_t i = 0; i < handled_signals.size(); ++i) {
        ::sigaction(handled_signals[i], &previous_actions[i], nullptr);
    }
}

const std::atomic<bool>& InterruptSignals::stop() const {
    return stop_requested;
}

int InterruptSignals::signal() const {
    return stop_signal.load();
}

class InterruptibleInput::Buffer final : public std::streambuf {
  public:
    Buffer(int descriptor, const std::atomic<bool>& stop) : descriptor_(descriptor), stop_(stop) {}

    int error() const { return error_; }

  protected:
    int_type underflow() override {
        while (!stop_.load(std::memory_order_relaxed)) {
            // A pipe or terminal may stay silent: look again at `stop` every fifth of a second.
            pollfd wanted{descriptor_, POLLIN, 0};
            if (::poll(&wanted, 1, poll_interval_ms) <= 0) {
                continue;  // nothing yet, or a signal: look at `stop` again
            }
            const auto got = ::read(descriptor_, data_.data(), data_.size());
            if (got > 0) {
                setg(data_.data(), data_.data(), data_.data() + got);
                return traits_type::to_int_type(data_.front());
            }
            if (got == 0) {
                break;
            }
            if (errno != EINTR && errno != EAGAIN) {
                error_ = errno;
                throw std::runtime_error("reading the input failed");  // istream sets badbit
            }
        }
        return traits_type::eof();
    }

  private:
    static constexpr int poll_interval_ms = 200;

    int descriptor_;
    const std::atomic<bool>& stop_;
    int error_ = 0;
    std::array<char, 64 * 1024> data_;
};

InterruptibleInput::InterruptibleInput(int descriptor, const std::atomic<bool>& stop)
    : buffer_(std::make_unique<Buffer>(descriptor, stop)), stream_(buffer_.get()) {}

InterruptibleInput::~InterruptibleInput() = default;

int InterruptibleInput::error() const {
    return buffer_->error();
}

}  // namespace coach::cli
