#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "coach/json.hpp"
#include "coach/record_dates.hpp"
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

// A date YYYY-MM-DD, else a problem: "2026-02-30 does not exist: February 2026 has 28 days" for
// a text of that shape that names no day (no_such_day()), "expected a date YYYY-MM-DD, got ..."
// for anything else. [thread-compatible]
inline std::optional<Date> date(const ObjectReader& in, std::string_view key, bool required) {
    const auto* value = in.field(key, required);
    if (value == nullptr) {
        return std::nullopt;
    }
    if (value->is_string()) {
        const std::string_view text = value->get_string();
        if (auto why = no_such_day(text)) {
            in.problems().add(in.pointer_to(key),
                              std::string{text} + " does not exist: " + std::move(*why));
            return std::nullopt;
        }
    }
    return in.parsed(key, required, "a date YYYY-MM-DD",
                     [](std::string_view text) { return Date::parse(text); });
}

// A date of an athlete record: date(), and then from first_record_date to last_record_date, else
// a problem "expected a date from 1900-01-01 to 2199-12-31, got \"0001-01-01\"".
// [thread-compatible]
inline std::optional<Date> record_date(const ObjectReader& in, std::string_view key,
                                       bool required) {
    auto value = date(in, key, required);
    if (value && (*value < first_record_date || *value > last_record_date)) {
        in.problems().add(in.pointer_to(key), "expected a date from " + first_record_date.iso()
                                                  + " to " + last_record_date.iso() + ", got \""
                                                  + value->iso() + "\"");
        return std::nullopt;
    }
    return value;
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
        out.push_back({std::move(problem.pointer), std::move(problem.message), problem.text_read,
                       problem.unknown_key});
    }
    return out;
}

}  // namespace coach::json::detail
