#include "coach/sdk/date.hpp"

#include <gtest/gtest.h>

using coach::Date;

TEST(date, parses_and_prints_iso_days) {
    const auto date = Date::parse("2026-10-01");
    ASSERT_TRUE(date);
    EXPECT_EQ(date->iso(), "2026-10-01");
    EXPECT_EQ((*date + 31).iso(), "2026-11-01");
}

TEST(date, refuses_impossible_days_and_other_shapes) {
    EXPECT_FALSE(Date::parse("2026-02-30"));
    EXPECT_FALSE(Date::parse("2026-13-01"));
    EXPECT_FALSE(Date::parse("2026-1-01"));
    EXPECT_FALSE(Date::parse("2026/01/01"));
    EXPECT_FALSE(Date::parse("2026-01-01T00:00"));
    EXPECT_TRUE(Date::parse("2028-02-29"));
    EXPECT_FALSE(Date::parse("2027-02-29"));
}

TEST(date, subtracts_to_whole_days_and_knows_weekdays) {
    const auto injury = *Date::parse("2026-10-01");
    EXPECT_EQ(*Date::parse("2026-10-16") - injury, 15);
    EXPECT_EQ(injury.weekday_index(), 3u);  // a Thursday
}
