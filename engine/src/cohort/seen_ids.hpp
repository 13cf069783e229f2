#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>

namespace coach::detail {

// The athlete ids a cohort run has seen, in memory that does not grow with the run: a table of
// `slots` 64-bit entries (16 MiB of address space), mapped at the first id, each holding 31 bits
// of the id's hash and the line of its first record. The table is an anonymous mapping, zeroed by
// the kernel as it is first touched (zeroing it all at the first id was 8.5% of a run of a
// thousand athletes), in huge pages where the kernel grants them, as it is read at random
// (docs/PERFORMANCE.md). Up to `capacity` distinct ids are remembered; past that,
// new ids are not remembered and their repeats go unnoticed (full() says so). Two different ids
// are taken for one when their fingerprints agree and one lies on the other's probe path: a false
// warning, not a lost record, about once in a thousand runs of a million distinct athletes
// (a million lookups, some 2.4 probes each at that load, 2^-31 each). Not thread-safe.
class SeenIds {
  public:
    static constexpr std::size_t slots = std::size_t{1} << 21;
    static constexpr std::size_t capacity = slots / 8 * 7;

    struct Earlier {
        std::uint64_t line;  // 0 when the first record's line was past 4,294,967,295
    };

    // Whether an earlier call had `id`: its line when so; otherwise remembers `id` at `line`
    // (unless full()) and returns nullopt.
    std::optional<Earlier> see(std::string_view id, std::uint64_t line);

    // Whether `capacity` ids are remembered, so that new ids no longer are.
    [[nodiscard]] bool full() const { return remembered_ == capacity; }

  private:
    struct Unmap {
        void operator()(std::uint64_t* table) const;
    };
    std::unique_ptr<std::uint64_t[], Unmap> table_;  // 0: empty; else fingerprint << 32 | line
    std::size_t remembered_ = 0;
};

}  // namespace coach::detail
