#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "coach/json.hpp"
#include "coach/sdk/date.hpp"
#include "coach/sdk/enum_names.hpp"
#include "strict_json/object_reader.hpp"
#include "strict_json/parse.hpp"

// The engine's codecs read documents with the shared typed reader (strict_json/object_reader.hpp);
// these adapters add what it cannot know: the data model's dates and enums, and its Problem type.
namespace coach::json::detail {

using strict_json::child_pointer;
using strict_json::describe;
using strict_json::ObjectReader;
using strict_json::Problems;
using strict_json::quoted;
using strict_json::UnknownKeys;

static_assert(strict_json::max_document_bytes == max_record_bytes);

// A date YYYY-MM-DD, else a problem "expected a date YYYY-MM-DD, got ...". [thread-compatible]
inline std::optional<Date> date(const ObjectReader& in, std::string_view key, bool required) {
    return in.parsed(key, required, "a date YYYY-MM-DD",
                     [](std::string_view text) { return Date::parse(text); });
}

// One of the enum's JSON names (enum_names.hpp), else "expected one of ..., got \"x\"".
// [thread-compatible]
template <class Enum>
std::optional<Enum> enumeration(const ObjectReader& in, std::string_view key, bool required) {
    return in.one_of(key, enum_names<Enum>::table, required);
}

// The reader's problems (or warnings) as the public API reports them. [thread-safe]
inline std::vector<Problem> public_problems(std::vector<strict_json::Problem>& list) {
    std::vector<Problem> out;
    out.reserve(list.size());
    for (auto& problem : list) {
        out.push_back({std::move(problem.pointer), std::move(problem.message), problem.text_read});
    }
    return out;
}

}  // namespace coach::json::detail
