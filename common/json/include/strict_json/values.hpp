#pragma once

#include <boost/json/value.hpp>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

// The pieces every reader of hand-written JSON in coach words its problems with: the engine's
// record codecs and the protocol plugin alike. [thread-safe] Pure functions.
namespace coach::strict_json {

// `text` between two `quote` characters, safe to print in a one-line message whatever it holds:
// "\"abc\"". A character that does not show as itself (is_unprintable(), utf8.hpp: a C0 or C1
// control, DEL, a bidirectional override, a line separator) is written escaped as JSON writes it
// (\n, \t, \r, \u0000, \u001b, \u202e), so a NUL cannot cut a message short nor an escape
// sequence recolour a terminal; a byte that is not part of well-formed UTF-8 as \xff; the
// backslash and `quote` with a backslash before them. The text is cut after at most `most` bytes
// of it, never inside a character, and "..." marks the cut.
std::string quoted(std::string_view text, char quote = '"', std::size_t most = 40);

// Appends `code` to `out` escaped as JSON writes it: \n, \r, \t, else \u and four lowercase hex
// digits ("\u001b", "\u202e"), or \U and eight beyond the first plane.
void append_escape(std::string& out, char32_t code);

// What a JSON value looks like, for "got ..." in messages: "11", "15.5" (never "1.55E1"),
// "\"abc\"", "an array".
std::string describe(const boost::json::value& value);

// `pointer` + "/" + `token`, with ~ and / escaped as RFC 6901 says.
std::string child_pointer(std::string_view pointer, std::string_view token);
std::string child_pointer(std::string_view pointer, std::size_t index);
// The same appended to `pointer` in place, for a walk over a whole document that keeps one
// pointer and cuts it back to its parent's length after each child (PointerStep), instead of
// building a string for every member. [thread-compatible]
void append_child(std::string& pointer, std::string_view token);
void append_child(std::string& pointer, std::size_t index);

// One step down a walk's pointer: appends a child to `pointer` for the life of the step and cuts
// it back on leaving. [thread-compatible]
class PointerStep {
  public:
    template <class Token>
    PointerStep(std::string& pointer, Token token) : pointer_(pointer), parent_(pointer.size()) {
        append_child(pointer_, token);
    }
    PointerStep(const PointerStep&) = delete;
    PointerStep& operator=(const PointerStep&) = delete;
    ~PointerStep() { pointer_.resize(parent_); }

  private:
    std::string& pointer_;
    std::size_t parent_;
};

// Whether `pointer` is `parent` or lies under it: "/goal" and "/goal/event" are at or under
// "/goal", "/goals" is not. [thread-safe] Pure.
bool is_at_or_under(std::string_view pointer, std::string_view parent);

// Where `pointer` lies inside an element of the array at `array`: the element's index and the
// rest of the pointer below it. "/log/3/items/0" in "/log" is {3, "/items/0"}, "/log/3" is
// {3, ""}; "/log", "/logs/3" and "/log/x" are in no element (nullopt). [thread-safe] Pure.
struct InElement {
    std::size_t index = 0;
    std::string_view rest;
};
std::optional<InElement> element_of(std::string_view pointer, std::string_view array);

// `value` as an int in min..max: an integer, or a number with no fractional part (2.0), else
// nullopt. A message for the nullopt case: integer_expected(min, max, value).
std::optional<int> integer_in(const boost::json::value& value, int min, int max);
// "expected integer 0..10, got 11".
std::string integer_expected(int min, int max, const boost::json::value& value);

}  // namespace coach::strict_json
