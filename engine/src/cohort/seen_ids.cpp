#include "cohort/seen_ids.hpp"

#include <sys/mman.h>

#include <functional>
#include <limits>
#include <new>

namespace coach::detail {

namespace {

constexpr std::size_t table_bytes = SeenIds::slots * sizeof(std::uint64_t);

// `table_bytes` of zeroed memory that costs nothing until touched; throws std::bad_alloc when the
// address space is not there.
std::uint64_t* map_zeroed_table() {
    void* table =
        mmap(nullptr, table_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (table == MAP_FAILED) {
        throw std::bad_alloc();
    }
    madvise(table, table_bytes, MADV_HUGEPAGE);
    return static_cast<std::uint64_t*>(table);
}

}  // namespace

void SeenIds::Unmap::operator()(std::uint64_t* table) const {
    munmap(table, table_bytes);
}

std::optional<SeenIds::Earlier> SeenIds::see(std::string_view id, std::uint64_t line) {
    if (!table_) {
        table_.reset(map_zeroed_table());
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
