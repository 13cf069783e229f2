#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace coach::detail {

// Where a JSON text stands, read line after line outside its strings (their escapes too): how
// deep it is in objects and arrays, and whether the next token may be a value. What a record
// written over several lines has opened and not yet closed, and whether a line that opens an
// object or an array continues it.
class JsonNesting {
  public:
    // Reads one more line of the text. JSON holds no line break inside a string: a line that ends
    // inside one leaves the text broken, where no value may come next.
    void read(std::string_view line);

    // Reads `text` up to the byte that closes every object and array opened (closed() then holds),
    // or all of it; the number of bytes read. A string `text` ends inside stays open.
    std::size_t read_until_closed(std::string_view text);

    // Whether every object and array opened so far is closed (and at least one was opened).
    bool closed() const { return opened_ && depth_ <= 0; }
    bool open() const { return depth_ > 0; }

    // Whether the text may go on with a value: after "[", ":" or a "," inside an array.
    bool takes_a_value() const;

    // Whether the outermost container is an array (of records, say) and the text stands in it.
    bool in_outer_array() const { return depth_ == 1 && outer_is_array_; }

    // Marks the text broken where it stands, no value to come next: after a line too long to read.
    void break_here() { last_ = 'v'; }

  private:
    void read_character(char c);

    // The innermost open containers, as bits (1 for an array), the deepest `tracked_depth` kept.
    static constexpr int tracked_depth = 64;
    std::uint64_t arrays_ = 0;
    int depth_ = 0;
    bool opened_ = false;
    bool outer_is_array_ = false;
    bool in_string_ = false;
    bool escaped_ = false;
    char last_ = 0;  // the last token outside strings: a bracket, ',', ':', '"', 'v' or 0 for none
};

// Whether `line`, read after the lines of an open record that stand at `open_record`, starts a
// record of its own instead of going on with it: it opens an object or an array (after spaces)
// where the open record takes no value (a JSON Lines record cut short, a broken string, a
// pretty-printed record that lost its end), or it is a whole object with a top-level "schema"
// (an athlete record, never a value inside another) and the open record is no array of records.
// `first_visible` is the line's first character that is not a space or a tab, for a line too long
// to hold (`line` then empty).
bool starts_a_record_of_its_own(const JsonNesting& open_record, std::string_view line,
                                char first_visible);

}  // namespace coach::detail
