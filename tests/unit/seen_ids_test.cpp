// The cohort's memory of athlete ids: repeats found with the line of the first record, in a table
// of fixed size, and what happens once it holds as many ids as it can.
#include "cohort/seen_ids.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

namespace {

using coach::detail::SeenIds;

std::string id_of(std::size_t n) {
    return "syn-" + std::to_string(n);
}

TEST(SeenIds, ARepeatedIdGivesTheLineOfItsFirstRecord) {
    SeenIds seen;
    EXPECT_FALSE(seen.see("a-1", 3));
    EXPECT_FALSE(seen.see("a-2", 4));
    const auto earlier = seen.see("a-1", 9);
    ASSERT_TRUE(earlier);
    EXPECT_EQ(earlier->line, 3U);
    // The first line stays the one named, however often the id comes back.
    EXPECT_EQ(seen.see("a-1", 12)->line, 3U);
    EXPECT_EQ(seen.see("a-2", 13)->line, 4U);
}

TEST(SeenIds, IdsDifferingOnlyInCaseOrPaddingAreDifferentAthletes) {
    SeenIds seen;
    EXPECT_FALSE(seen.see("A-1", 1));
    EXPECT_FALSE(seen.see("a-1", 2));
    EXPECT_FALSE(seen.see("a-1 ", 3));
    EXPECT_FALSE(seen.see("", 4));
    EXPECT_EQ(seen.see("", 5)->line, 4U);
}

TEST(SeenIds, ALineTooLargeToKeepIsGivenAsUnknown) {
    SeenIds seen;
    EXPECT_FALSE(seen.see("far", std::uint64_t{1} << 33));
    const auto earlier = seen.see("far", (std::uint64_t{1} << 33) + 1);
    ASSERT_TRUE(earlier);
    EXPECT_EQ(earlier->line, 0U);
}

TEST(SeenIds, RemembersCapacityIdsThenNoNewOnesAndStillFindsTheOld) {
    SeenIds seen;
    for (std::size_t n = 0; n < SeenIds::capacity; ++n) {
        ASSERT_FALSE(seen.see(id_of(n), n + 1)) << "a false repeat at id " << n;
    }
    EXPECT_TRUE(seen.full());
    // A new id is not remembered: its repeat goes unnoticed, as the warning on its record says.
    EXPECT_FALSE(seen.see("new", 1));
    EXPECT_FALSE(seen.see("new", 2));
    // Every remembered id is still found, with its own line.
    for (std::size_t n = 0; n < SeenIds::capacity; n += 9973) {
        const auto earlier = seen.see(id_of(n), 0);
        ASSERT_TRUE(earlier) << id_of(n);
        EXPECT_EQ(earlier->line, n + 1);
    }
}

}  // namespace
