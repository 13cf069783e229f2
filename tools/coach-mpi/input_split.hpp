#pragma once

#include <cstdint>
#include <istream>
#include <memory>
#include <string>

// How coach-mpi shares one input file among its ranks without any of them reading all of it, the
// way Hadoop splits its input: rank r of n is given the bytes [r*size/n, (r+1)*size/n), and a
// line belongs to the rank whose bytes hold its first byte. [thread-compatible] Each function
// reads with pread() and does not move the descriptor's offset. The ranks' bytes start at
// record_start_at_or_after() their share, so that a record over several lines is one rank's.
namespace coach::mpi {

// The byte `offset` of the file, or the start of the first line that begins at or after it: 0
// for 0, else the byte after the first '\n' at or after offset - 1, or `size` when there is none.
// Reads only from offset - 1 up to that line break. Throws CommandError(exit_failure) naming
// `name` when reading fails.
std::uint64_t line_start_at_or_after(int descriptor, std::uint64_t offset, std::uint64_t size,
                                     const std::string& name);

// The start of the first line at or after line_start_at_or_after(offset) that starts a record
// whatever came before it: 0, or a line whose first byte is "{" or "[" after a line that ends with
// "}" or "]" (spaces aside), or `size` when none does. `coach cohort` reads a record over several
// lines by its nesting, and a line that opens an object or an array where the open record takes
// no value (after a "}" or a "]") starts a record of its own
// (coach::starts_record_over_several_lines(), coach/cohort.hpp), so a rank never starts inside
// one, even one whose inner lines open at column 1: the rank before reads it whole, and rejects it
// once, as `coach cohort` does. Throws as line_start_at_or_after().
std::uint64_t record_start_at_or_after(int descriptor, std::uint64_t offset, std::uint64_t size,
                                       const std::string& name);

// How many '\n' the bytes [begin, end) hold.
std::uint64_t count_line_breaks(int descriptor, std::uint64_t begin, std::uint64_t end,
                                const std::string& name);

// An input stream over the bytes [begin, end) of a file. A read error sets badbit; error() says
// what it was.
class FileRange {
  public:
    FileRange(int descriptor, std::uint64_t begin, std::uint64_t end);
    ~FileRange();
    FileRange(const FileRange&) = delete;
    FileRange& operator=(const FileRange&) = delete;

    std::istream& stream() { return stream_; }
    // The errno of the read that failed, 0 if none did.
    int error() const;

  private:
    class Buffer;
    std::unique_ptr<Buffer> buffer_;
    std::istream stream_;
};

}  // namespace coach::mpi
