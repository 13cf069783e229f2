#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "coach/sdk/date.hpp"
#include "coach/sdk/enum_names.hpp"

namespace coach::json::detail {

inline void put(boost::json::object& out, std::string_view key, const std::optional<int>& value) {
    if (value) {
        out[key] = *value;
    }
}

template <class Enum>
void put_enum(boost::json::object& out, std::string_view key, const std::optional<Enum>& value) {
    if (value) {
        out[key] = to_string(*value);
    }
}

inline boost::json::array string_array(const std::vector<std::string>& strings,
                                       boost::json::storage_ptr storage = {}) {
    boost::json::array out(std::move(storage));
    out.reserve(strings.size());
    for (const auto& text : strings) {
        out.emplace_back(text);
    }
    return out;
}

}  // namespace coach::json::detail
