#pragma once

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace coach::mpi {

// A rank's share of the result lines until rank 0 takes them: a temporary file with no name
// (created in TMPDIR, else /tmp, and unlinked at once), so that nothing of it outlives the
// process, however the process ends. [thread-compatible]
class PartFile {
  public:
    // Throws CommandError(exit_failure) when no temporary file can be made.
    PartFile();
    ~PartFile();
    PartFile(const PartFile&) = delete;
    PartFile& operator=(const PartFile&) = delete;

    // Where the lines go. A failed write sets badbit.
    std::ostream& stream() { return stream_; }

    // Writes out what is buffered, then calls `take(data, size)` for each piece of the file, in
    // order, the last one empty. Throws CommandError(exit_failure) when writing or reading fails.
    template <class Take>
    void read_back(Take&& take);

    // Writes out what is buffered. Throws CommandError(exit_failure), "temporary part file:
    // cannot write: REASON", when writing fails now or failed before.
    void flush();

  private:
    class Buffer;

    // Up to `capacity` bytes from `offset` into `into`; 0 at the end.
    std::size_t read_at(std::uint64_t offset, char* into, std::size_t capacity);

    std::unique_ptr<Buffer> buffer_;
    std::ostream stream_;
    int descriptor_ = -1;
};

template <class Take>
void PartFile::read_back(Take&& take) {
    flush();
    std::vector<char> piece(std::size_t{4} << 20);
    for (std::uint64_t offset = 0;;) {
        const auto got = read_at(offset, piece.data(), piece.size());
        take(piece.data(), got);
        if (got == 0) {
            return;
        }
        offset += got;
    }
}

}  // namespace coach::mpi
