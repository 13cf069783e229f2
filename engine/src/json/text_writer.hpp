#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coach/json.hpp"
#include "coach/sdk/date.hpp"

namespace coach::json::detail {

// Writes JSON text straight into a string as its caller walks its data: no tree of values is
// built and nothing is parsed again to lay it out. The bytes are those boost::json::serialize
// gives for the same document (Layout::compact), or those json::pretty gives for that
// (Layout::indented: two spaces a level, ": " after a key, "{}" and "[]" when empty, a final
// newline). Strings are escaped as boost::json escapes them: \" \\ \b \f \n \r \t, any other
// byte below 0x20 as \u00xx, all other bytes as they are.
//
// The caller keeps the document well formed: a key() before every value in an object, none in
// an array, every begin_ closed by its end_. [thread-compatible]
class TextWriter {
  public:
    explicit TextWriter(Layout layout, std::size_t reserve = 0);

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    void key(std::string_view name);

    void string(std::string_view text);
    void number(std::int64_t value);
    void boolean(bool value);
    void null();

    // A key and its value together.
    void field(std::string_view name, std::string_view text) {
        key(name);
        string(text);
    }
    void field(std::string_view name, const char* text) { field(name, std::string_view{text}); }
    void field(std::string_view name, const std::string& text) {
        field(name, std::string_view{text});
    }
    void field(std::string_view name, int value) {
        key(name);
        number(value);
    }
    void field(std::string_view name, bool value) {
        key(name);
        boolean(value);
    }
    // A date as "YYYY-MM-DD".
    void field(std::string_view name, const Date& date);
    // The value, or null when there is none.
    void field_or_null(std::string_view name, const std::optional<int>& value);
    void field_or_null(std::string_view name, const std::optional<Date>& value);
    // An array of strings.
    void strings(std::string_view name, const std::vector<std::string>& texts);

    // How many bytes have been written so far.
    std::size_t size() const { return out_.size(); }

    // The text written; for Layout::indented, with its final newline. Call once, at the end.
    std::string take() &&;

  private:
    // Before a value or key: the comma after the previous one, and the line break and indent.
    void separate();
    void open(char bracket);
    void close(char bracket);

    std::string out_;
    bool indented_;
    bool after_key_ = false;
    std::vector<bool> empty_;  // per open container: nothing written in it yet
};

}  // namespace coach::json::detail
