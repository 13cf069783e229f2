#pragma once

#include <boost/json/value.hpp>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

// The pieces every reader of hand-written JSON in coach words its problems with: the engine's
// record codecs and the protocol plugin alike. [thread-safe] Pure functions.
namespace coach::strict_json {

// `text` in straight quotes, cut after 40 bytes with "...": "\"abc\"".
std::string quoted(std::string_view text);

// What a JSON value looks like, for "got ..." in messages: "11", "15.5" (never "1.55E1"),
// "\"abc\"", "an array".
std::string describe(const boost::json::value& value);

// `pointer` + "/" + `token`, with ~ and / escaped as RFC 6901 says.
std::string child_pointer(std::string_view pointer, std::string_view token);
std::string child_pointer(std::string_view pointer, std::size_t index);

// `value` as an int in min..max: an integer, or a number with no fractional part (2.0), else
// nullopt. A message for the nullopt case: integer_expected(min, max, value).
std::optional<int> integer_in(const boost::json::value& value, int min, int max);
// "expected integer 0..10, got 11".
std::string integer_expected(int min, int max, const boost::json::value& value);

}  // namespace coach::strict_json
