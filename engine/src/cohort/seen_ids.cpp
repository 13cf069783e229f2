#include "cohort/seen_ids.hpp"

#include <functional>
#include <limits>

namespace coach::detail {

std::optional<SeenIds::Earlier> SeenIds::see(std::string_view id, std::uint64_t line) {
    if (!table_) {
        table_ = std::make_unique<std::uint64_t[]>(slots);
    }
    const std::uint64_t hash = std::hash<std::string_view>{}(id);
    // The top bit is always set, so that no entry is 0 (empty), whatever its line.
    const std::uint64_t fingerprint = (hash >> 32) | 0x8000'0000U;
    for (std::size_t slot = hash & (slots - 1);; slot = (slot + 1) & (slots - 1)) {
        const std::uint64_t entry = table_[slot];
        if (entry == 0) {
            if (!full()) {
                const std::uint64_t kept_line =
                    line <= std::numeric_limits<std::uint32_t>::max() ? line : 0;
                table_[slot] = fingerprint << 32 | kept_line;
                ++remembered_;
            }
            return std::nullopt;
        }
        if (entry >> 32 == fingerprint) {
            return Earlier{entry & std::numeric_limits<std::uint32_t>::max()};
        }
    }
}

}  // namespace coach::detail
