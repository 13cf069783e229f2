#include "cohort/line_reader.hpp"

#include <cstring>
#include <stdexcept>
#include <utility>

#include "coach/cohort.hpp"
#include "cohort/record_over_lines.hpp"
#include "strict_json/parse.hpp"

namespace coach::detail {

namespace {
constexpr std::size_t read_buffer_bytes = 64 * 1024;
using strict_json::byte_order_mark;
}  // namespace

LineReader::LineReader(std::istream& in, std::size_t max_line_bytes, std::uint64_t first_line)
    : in_(in),
      max_line_bytes_(max_line_bytes),
      buffer_(read_buffer_bytes),
      number_(first_line - 1) {}

bool LineReader::fill() {
    begin_ = 0;
    end_ = 0;
    if (!in_.good()) {
        if (in_.bad()) {
            throw std::runtime_error("reading the input failed");
        }
        return false;
    }
    // Take what has arrived rather than wait for a whole buffer: records that come down a pipe
    // one at a time are planned as they come.
    if (std::istream::traits_type::eq_int_type(in_.peek(), std::istream::traits_type::eof())) {
        if (in_.bad()) {
            throw std::runtime_error("reading the input failed");
        }
        return false;
    }
    auto got = in_.readsome(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    if (got == 0) {  // a stream that says nothing of what it holds
        in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
        got = in_.gcount();
    }
    if (in_.bad()) {
        throw std::runtime_error("reading the input failed");
    }
    end_ = static_cast<std::size_t>(got);
    return end_ > 0;
}

bool LineReader::next(InputLine& line) {
    if (begin_ == end_ && !fill()) {
        return false;
    }
    line.number = ++number_;
    line.text.clear();
    line.too_long = false;
    line.ended = false;
    line.last_number = 0;
    line.first_visible = 0;
    line.lone_carriage_return = false;
    carriage_return_ends_buffer_ = false;
    for (;;) {
        if (begin_ == end_ && !fill()) {
            break;  // the last line has no line break
        }
        const char* start = buffer_.data() + begin_;
        const auto* found = static_cast<const char*>(std::memchr(start, '\n', end_ - begin_));
        const std::size_t length =
            found != nullptr ? static_cast<std::size_t>(found - start) : end_ - begin_;
        note_what_the_line_holds(line, std::string_view{start, length}, found != nullptr);
        if (!line.too_long) {
            // One byte more than the limit may be the \r of a \r\n, which does not count.
            if (line.text.size() + length > max_line_bytes_ + 1) {
                line.too_long = true;
                line.text.clear();
            } else {
                line.text.append(start, length);
            }
        }
        const std::size_t consumed = length + (found != nullptr ? 1 : 0);
        begin_ += consumed;
        bytes_ += consumed;
        if (found != nullptr) {
            line.ended = true;
            break;
        }
    }
    if (!line.text.empty() && line.text.back() == '\r') {
        line.text.pop_back();
    }
    if (line.text.starts_with(byte_order_mark)) {  // an editor's, before a file or a line
        line.text.erase(0, byte_order_mark.size());
        const auto first = line.text.find_first_not_of(InputLine::json_whitespace);
        line.first_visible = first == std::string::npos ? '\0' : line.text[first];
    }
    if (line.text.size() > max_line_bytes_) {
        line.too_long = true;
        line.text.clear();
    }
    line.bytes_end = bytes_;
    return true;
}

void LineReader::note_what_the_line_holds(InputLine& line, std::string_view piece,
                                          bool line_break_after) {
    if (carriage_return_ends_buffer_ && !piece.empty()) {
        line.lone_carriage_return = true;
    }
    carriage_return_ends_buffer_ = false;
    if (line.first_visible == 0) {
        const auto first = piece.find_first_not_of(InputLine::json_whitespace);
        if (first != std::string_view::npos) {
            line.first_visible = piece[first];
        }
    }
    if (line.lone_carriage_return) {
        return;
    }
    const auto carriage_return = piece.find('\r');
    if (carriage_return == std::string_view::npos) {
        return;
    }
    if (carriage_return + 1 < piece.size()) {
        line.lone_carriage_return = true;
    } else if (!line_break_after) {
        carriage_return_ends_buffer_ = true;  // a \r\n across two reads, or a lone \r
    }
}

bool RecordReader::take(InputLine& line) {
    if (has_ahead_) {
        std::swap(line, ahead_);
        has_ahead_ = false;
        return true;
    }
    return lines_.next(line);
}

bool RecordReader::next(InputLine& record) {
    if (!take(record)) {
        return false;
    }
    if (record.too_long || record.blank()) {
        return true;
    }
    has_ahead_ = lines_.next(ahead_);
    const auto next_text =
        has_ahead_
            ? std::optional<std::string_view>{ahead_.too_long ? std::string_view{} : ahead_.text}
            : std::nullopt;
    if (!starts_record_over_several_lines(record.text, next_text)) {
        return true;
    }
    JsonNesting nesting;
    nesting.read(record.text);
    while (has_ahead_ && !nesting.closed()
           && !starts_a_record_of_its_own(nesting, ahead_.text, ahead_.first_visible)) {
        if (ahead_.too_long) {
            nesting.break_here();
        } else {
            nesting.read(ahead_.text);
        }
        record.last_number = ahead_.number;
        record.bytes_end = ahead_.bytes_end;
        record.ended = ahead_.ended;
        has_ahead_ = lines_.next(ahead_);
    }
    return true;
}

}  // namespace coach::detail
