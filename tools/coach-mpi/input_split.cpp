#include "input_split.hpp"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <streambuf>
#include <vector>

#include "cli_context.hpp"

namespace coach::mpi {

namespace {

constexpr std::size_t chunk_bytes = std::size_t{1} << 20;

// Up to `want` bytes at `offset` into `into`; fewer only at the end of the file. -1 and errno on
// failure.
ssize_t read_at(int descriptor, char* into, std::size_t want, std::uint64_t offset) {
    std::size_t got = 0;
    while (got < want) {
        const ssize_t now =
            ::pread(descriptor, into + got, want - got, static_cast<off_t>(offset + got));
        if (now < 0 && errno == EINTR) {
            continue;
        }
        if (now < 0) {
            return -1;
        }
        if (now == 0) {
            break;
        }
        got += static_cast<std::size_t>(now);
    }
    return static_cast<ssize_t>(got);
}

[[noreturn]] void fail_to_read(const std::string& name) {
    throw cli::CommandError(cli::exit_failure, name + ": cannot read: " + std::strerror(errno));
}

// Whether the line before the one that starts at `at` (> 0, after a '\n') ends, spaces, tabs and
// '\r' aside, with "}" or "]": then no record read from before goes on at `at` when that line
// opens an object or an array (coach::starts_record_over_several_lines(), coach/cohort.hpp).
// Reads at most 4 KiB back; a line whose last 4 KiB are spaces says no.
bool line_before_closes(int descriptor, std::uint64_t at, const std::string& name) {
    std::array<char, 4096> chunk{};
    const std::uint64_t end = at - 1;  // the '\n' that ends the line before
    const std::uint64_t begin = end > chunk.size() ? end - chunk.size() : 0;
    const auto got =
        read_at(descriptor, chunk.data(), static_cast<std::size_t>(end - begin), begin);
    if (got < 0) {
        fail_to_read(name);
    }
    for (auto i = got; i > 0; --i) {
        const char c = chunk[static_cast<std::size_t>(i - 1)];
        if (c != ' ' && c != '\t' && c != '\r') {
            return c == '}' || c == ']';
        }
    }
    return false;
}

}  // namespace

std::uint64_t line_start_at_or_after(int descriptor, std::uint64_t offset, std::uint64_t size,
                                     const std::string& name) {
    if (offset == 0) {
        return 0;
    }
    std::vector<char> chunk(64 * 1024);
    for (std::uint64_t at = offset - 1; at < size;) {
        const auto got = read_at(descriptor, chunk.data(), chunk.size(), at);
        if (got < 0) {
            fail_to_read(name);
        }
        if (got == 0) {
            break;  // the file got shorter
        }
        const auto* found = static_cast<const char*>(
            std::memchr(chunk.data(), '\n', static_cast<std::size_t>(got)));
        if (found != nullptr) {
            return at + static_cast<std::uint64_t>(found - chunk.data()) + 1;
        }
        at += static_cast<std::uint64_t>(got);
    }
    return size;
}

std::uint64_t record_start_at_or_after(int descriptor, std::uint64_t offset, std::uint64_t size,
                                       const std::string& name) {
    for (auto at = line_start_at_or_after(descriptor, offset, size, name); at < size;
         at = line_start_at_or_after(descriptor, at + 1, size, name)) {
        char first = 0;
        const auto got = read_at(descriptor, &first, 1, at);
        if (got < 0) {
            fail_to_read(name);
        }
        if (got == 0 || at == 0
            || ((first == '{' || first == '[') && line_before_closes(descriptor, at, name))) {
            return at;
        }
    }
    return size;
}

std::uint64_t count_line_breaks(int descriptor, std::uint64_t begin, std::uint64_t end,
                                const std::string& name) {
    std::vector<char> chunk(chunk_bytes);
    std::uint64_t breaks = 0;
    for (std::uint64_t at = begin; at < end;) {
        const auto want = static_cast<std::size_t>(std::min<std::uint64_t>(chunk.size(), end - at));
        const auto got = read_at(descriptor, chunk.data(), want, at);
        if (got < 0) {
            fail_to_read(name);
        }
        if (got == 0) {
            break;
        }
        breaks += static_cast<std::uint64_t>(std::count(chunk.data(), chunk.data() + got, '\n'));
        at += static_cast<std::uint64_t>(got);
    }
    return breaks;
}

class FileRange::Buffer : public std::streambuf {
  public:
    Buffer(int descriptor, std::uint64_t begin, std::uint64_t end)
        : descriptor_(descriptor), next_(begin), end_(end), chunk_(chunk_bytes) {}

    int error() const { return error_; }

  protected:
    int_type underflow() override {
        if (gptr() < egptr()) {
            return traits_type::to_int_type(*gptr());
        }
        if (next_ >= end_) {
            return traits_type::eof();
        }
        const auto want =
            static_cast<std::size_t>(std::min<std::uint64_t>(chunk_.size(), end_ - next_));
        const auto got = read_at(descriptor_, chunk_.data(), want, next_);
        if (got < 0) {
            error_ = errno;
            throw std::ios_base::failure(std::strerror(error_));  // the stream sets badbit
        }
        if (got == 0) {
            return traits_type::eof();
        }
        next_ += static_cast<std::uint64_t>(got);
        setg(chunk_.data(), chunk_.data(), chunk_.data() + got);
        return traits_type::to_int_type(*gptr());
    }

  private:
    int descriptor_;
    std::uint64_t next_;
    std::uint64_t end_;
    std::vector<char> chunk_;
    int error_ = 0;
};

FileRange::FileRange(int descriptor, std::uint64_t begin, std::uint64_t end)
    : buffer_(std::make_unique<Buffer>(descriptor, begin, end)), stream_(buffer_.get()) {}

FileRange::~FileRange() = default;

int FileRange::error() const {
    return buffer_->error();
}

}  // namespace coach::mpi
