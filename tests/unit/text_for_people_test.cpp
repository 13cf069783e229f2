// Text for people: what a terminal shows of a record's strings, counts with their nouns, and why a
// comparison has no table.
#include <gtest/gtest.h>

#include "coach/counted.hpp"
#include "coach/printable.hpp"
#include "coach/report.hpp"
#include "coach/text_wrap.hpp"

using coach::report::counted;
using coach::report::printable;

TEST(printable, escapes_bidirectional_overrides_and_isolates_like_control_characters) {
    EXPECT_EQ(printable("ath\u202e100-"), "ath\\u202e100-");
    EXPECT_EQ(printable("\u202a\u202b\u202c\u202d\u202e"), "\\u202a\\u202b\\u202c\\u202d\\u202e");
    EXPECT_EQ(printable("\u2066x\u2069 \u2067y\u2069 \u2068z\u2069"),
              "\\u2066x\\u2069 \\u2067y\\u2069 \\u2068z\\u2069");
    EXPECT_EQ(printable("\u200e\u200f\u061c"), "\\u200e\\u200f\\u061c");
}

TEST(printable, escapes_invisible_characters_that_hide_or_break_text) {
    EXPECT_EQ(printable("pain\u200b 2"), "pain\\u200b 2");         // zero width space
    EXPECT_EQ(printable("a\u2028b\u2029c"), "a\\u2028b\\u2029c");  // line, paragraph separators
    EXPECT_EQ(printable("\ufeffid\u2060"), "\\ufeffid\\u2060");    // BOM, word joiner
    EXPECT_EQ(printable("flag\U000E0067"), "flag\\U000e0067");     // a tag, beyond U+FFFF
    EXPECT_EQ(printable("\x1b[2J"), "\\u001b[2J");                 // as before
}

// Every default-ignorable code point (Unicode's Default_Ignorable_Code_Point) shows as nothing on
// a terminal: a soft hyphen or a Hangul filler in an id would make two ids look the same.
TEST(printable, escapes_every_default_ignorable_code_point) {
    EXPECT_EQ(printable("ab\u00adc"), "ab\\u00adc");  // soft hyphen
    EXPECT_EQ(printable("a\u034fb"), "a\\u034fb");    // combining grapheme joiner
    EXPECT_EQ(printable("\u115f\u1160\u3164\uffa0"),  // Hangul fillers
              "\\u115f\\u1160\\u3164\\uffa0");
    EXPECT_EQ(printable("\u17b4\u17b5\u180b\u180f"), "\\u17b4\\u17b5\\u180b\\u180f");
    EXPECT_EQ(printable("x\ufe00y\ufe0f"), "x\\ufe00y\\ufe0f");  // variation selectors
    EXPECT_EQ(printable("x\U000E0100y\U000E01EF"), "x\\U000e0100y\\U000e01ef");
    EXPECT_EQ(printable("\ufff0\U0001BCA0\U0001D173"), "\\ufff0\\U0001bca0\\U0001d173");
    EXPECT_EQ(printable("\u2064\u2065\U000E0FFF"), "\\u2064\\u2065\\U000e0fff");
    // Their neighbours, which show, are kept.
    EXPECT_EQ(printable("\u00ac\u00ae\u034e\u0350\u3165\uffa1\ufe10"),
              "\u00ac\u00ae\u034e\u0350\u3165\uffa1\ufe10");
}

// Scripts and emoji need the joiners; visible text outside ASCII stays as it is.
TEST(printable, keeps_joiners_and_visible_text) {
    EXPECT_EQ(printable("می\u200cخواهم"), "می\u200cخواهم");
    EXPECT_EQ(printable("\U0001F469\u200d\U0001F52C"), "\U0001F469\u200d\U0001F52C");
    EXPECT_EQ(printable("Müller, 12° → ok"), "Müller, 12° → ok");
}

TEST(counted, takes_the_singular_for_one_only) {
    EXPECT_EQ(counted(1, "day"), "1 day");
    EXPECT_EQ(counted(-1, "day"), "-1 day");
    EXPECT_EQ(counted(0, "day"), "0 days");
    EXPECT_EQ(counted(42, "day"), "42 days");
    EXPECT_EQ(counted(std::size_t{1}, "log entry", "log entries"), "1 log entry");
    EXPECT_EQ(counted(std::uint64_t{3}, "log entry", "log entries"), "3 log entries");
}

namespace {

coach::ComparisonEntry withheld(const std::string& id) {
    coach::Plan plan;
    plan.philosophy.id = id;
    plan.status = coach::PlanStatus::referral;
    plan.referrals.push_back({coach::ReferralLevel::stop, "palpable gap"});
    return {{id, std::move(plan), ""}, std::nullopt};
}

coach::ComparisonEntry failed(const std::string& id, const std::string& error) {
    return {{id, std::nullopt, error}, std::nullopt};
}

std::string last_line(const coach::Comparison& comparison) {
    const auto text = coach::report::comparison_table(comparison, 1000);
    const auto end = text.rfind('\n');
    return text.substr(text.rfind('\n', end - 1) + 1, end - text.rfind('\n', end - 1) - 1);
}

}  // namespace

TEST(comparison_table, no_plan_because_of_the_gate_says_so) {
    coach::Comparison comparison;
    comparison.athlete = "a";
    comparison.entries = {withheld("x"), withheld("y")};
    EXPECT_EQ(last_line(comparison),
              "No plan to compare: every philosophy was withheld or does not apply (see above).");
}

TEST(comparison_table, no_plan_because_plugins_failed_names_them_and_why) {
    coach::Comparison comparison;
    comparison.athlete = "a";
    comparison.entries = {failed("x", "plugin 'x' failed: plan() threw: boom"), withheld("y"),
                          failed("z", "plugin 'z' returned an invalid plan: no sources")};
    EXPECT_EQ(last_line(comparison),
              "No plan to compare: plugin 'x' failed: plan() threw: boom; plugin 'z' returned an "
              "invalid plan: no sources; every other philosophy was withheld or does not apply "
              "(see above).");
    comparison.entries = {failed("x", "plugin 'x' failed: plan() threw: boom")};
    EXPECT_EQ(last_line(comparison), "No plan to compare: plugin 'x' failed: plan() threw: boom.");
}
