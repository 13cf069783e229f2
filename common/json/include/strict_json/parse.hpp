#pragma once

#include <boost/json/value.hpp>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace coach::strict_json {

inline constexpr std::size_t max_document_bytes = 16 * 1024 * 1024;
inline constexpr std::size_t max_nesting_depth = 32;

// The UTF-8 byte-order mark some editors save before a document. No part of JSON and carrying
// nothing: every reader skips it where a document starts (docs/DATA.md).
inline constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

struct ParseFailure {
    std::string pointer;  // where the problem is, when known ("" for the document)
    std::string message;
};

// Parses one JSON document strictly, in one pass: at most 16 MiB and 32 levels deep, UTF-8 (a
// byte-order mark before the document is skipped), no NaN or Infinity, no comments, no trailing
// commas, nothing but whitespace after the document, and no object with the same key twice
// (Boost.JSON would keep one silently; checked in constant time per key). A failure names its line
// and column, and the character at a non-ASCII byte that is well-formed UTF-8. [thread-safe]
std::optional<boost::json::value> parse_strict(std::string_view text, ParseFailure& failure);

}  // namespace coach::strict_json
