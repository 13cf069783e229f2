#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace coach::detail {

struct InputLine {
    std::uint64_t number = 0;     // 1-based, counting every line of the input
    std::string text;             // without its line break (\n or \r\n)
    bool too_long = false;        // longer than the limit, line break aside: `text` left empty
    std::uint64_t bytes_end = 0;  // input bytes consumed up to and including this line
    bool ended = false;           // by a line break; the last line of an input may not be
    // A record written over several lines (RecordReader): the number of its last line, from which
    // bytes_end and ended are; 0 for a line read alone. `text` is then its first line.
    std::uint64_t last_number = 0;

    // The line's first character that is not JSON whitespace (a space, a tab or a carriage
    // return), 0 for none; kept for a line too long to hold too.
    char first_visible = 0;
    // Whether the line holds a carriage return with no line feed after it: an input with CR line
    // endings (classic Mac OS) reads as one line, which the limit may make too long to hold.
    bool lone_carriage_return = false;

    // Empty, or nothing but JSON whitespace (spaces, tabs and carriage returns).
    bool blank() const {
        return !too_long && text.find_first_not_of(json_whitespace) == std::string::npos;
    }

    // What JSON reads as whitespace within a line.
    static constexpr std::string_view json_whitespace = " \t\r";
};

// Splits a stream into lines while holding at most one line, of at most `max_line_bytes`, and a
// fixed read buffer in memory. Not thread-safe: one reader.
class LineReader {
  public:
    // The first line read is numbered `first_line`.
    LineReader(std::istream& in, std::size_t max_line_bytes, std::uint64_t first_line = 1);

    // Reads the next line into `line`; false at the end of the input. A last line without a line
    // break is still a line. A UTF-8 byte-order mark at the start of the stream is skipped (an
    // editor may save one): it is no part of the first line's text, though its bytes count. Throws
    // std::runtime_error when the stream fails to read.
    bool next(InputLine& line);

  private:
    bool fill();
    // Notes `piece`, the next bytes of `line`, in its first_visible and lone_carriage_return.
    void note_what_the_line_holds(InputLine& line, std::string_view piece, bool line_break_after);

    std::istream& in_;
    std::size_t max_line_bytes_;
    std::vector<char> buffer_;
    std::size_t begin_ = 0;
    std::size_t end_ = 0;
    std::uint64_t number_ = 0;
    std::uint64_t bytes_ = 0;
    bool carriage_return_ends_buffer_ = false;
};

// The input's records, each a line (LineReader) or a record written over several lines
// (starts_record_over_several_lines(), coach/cohort.hpp) as one InputLine spanning them, read to
// the line that closes it, to the line before one that starts a record of its own
// (starts_a_record_of_its_own(), record_over_lines.hpp) or to the input's end. Holds at most two
// lines: the lines of a record over several lines are counted, not kept. Not thread-safe: one
// reader.
class RecordReader {
  public:
    RecordReader(std::istream& in, std::size_t max_line_bytes, std::uint64_t first_line = 1)
        : lines_(in, max_line_bytes, first_line) {}

    // Reads the next record (or blank line) into `record`; false at the end of the input. Throws
    // as LineReader::next().
    bool next(InputLine& record);

  private:
    bool take(InputLine& line);

    LineReader lines_;
    InputLine ahead_;
    bool has_ahead_ = false;
};

}  // namespace coach::detail
