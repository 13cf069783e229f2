#pragma once

#include <string_view>

namespace coach::detail {

// How deep a JSON text is in objects and arrays, read line after line (strings skipped, their
// escapes too): what a record written over several lines has opened and not yet closed.
class OpenBrackets {
  public:
    // Reads one more line of the text.
    void read(std::string_view line);

    // Whether every object and array opened so far is closed (and at least one was opened).
    bool closed() const { return opened_ && depth_ <= 0 && !in_string_; }
    bool open() const { return depth_ > 0; }

  private:
    int depth_ = 0;
    bool opened_ = false;
    bool in_string_ = false;
    bool escaped_ = false;
};

// Whether `line` is a one-line record of its own, as JSON Lines writes one: it starts at its first
// column with "{", closes every object and array it opens, and does not end with a comma (as an
// object inside a list of a pretty-printed record does). A record over several lines read before
// it ends before it: a record cut short loses no record after it.
bool is_one_line_record(std::string_view line);

}  // namespace coach::detail
