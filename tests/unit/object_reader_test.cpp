// The typed reader shared by the engine's codecs and the protocol plugin (common/json).
#include "strict_json/object_reader.hpp"

#include <gtest/gtest.h>

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "strict_json/closest_words.hpp"
#include "strict_json/values.hpp"

namespace {

using coach::strict_json::Elements;
using coach::strict_json::ObjectReader;
using coach::strict_json::Problems;
using coach::strict_json::UnknownKeys;

std::vector<std::string> lines(const std::vector<coach::strict_json::Problem>& list) {
    std::vector<std::string> out;
    for (const auto& problem : list) {
        out.push_back(problem.to_string());
    }
    return out;
}

}  // namespace

TEST(object_reader, string_arrays_may_demand_non_empty_elements) {
    Problems problems;
    const auto document = coach::strict_json::parse_object(
        R"({"any": ["a", ""], "filled": ["a", "", 3], "none": [], "one": "a"})", problems);
    ASSERT_TRUE(document);
    const ObjectReader in{document->get_object(), "", problems};
    EXPECT_EQ(in.strings("any", false), (std::vector<std::string>{"a", ""}));
    EXPECT_EQ(in.strings("filled", false, Elements::non_empty), std::vector<std::string>{"a"});
    EXPECT_TRUE(in.strings("none", true, Elements::non_empty).empty());
    EXPECT_TRUE(in.strings("one", false).empty());
    EXPECT_EQ(lines(problems.list()),
              (std::vector<std::string>{"/filled/1: expected a non-empty string, got \"\"",
                                        "/filled/2: expected a non-empty string, got 3",
                                        "/none: must not be empty",
                                        "/one: expected an array of strings, got \"a\""}));
}

TEST(object_reader, a_blank_required_name_is_refused_and_an_absent_one_is_missing) {
    Problems problems;
    const auto document = coach::strict_json::parse_object(R"({"title": "  \t"})", problems);
    ASSERT_TRUE(document);
    const ObjectReader in{document->get_object(), "", problems};
    EXPECT_FALSE(in.non_empty_string("title", true));
    EXPECT_FALSE(in.non_empty_string("summary", true));
    EXPECT_EQ(lines(problems.list()), (std::vector<std::string>{"/title: must not be empty",
                                                                "/summary: required, missing"}));
}

TEST(object_reader, only_lists_the_allowed_fields_suggests_the_nearest_and_allows_notes) {
    Problems problems;
    const auto document =
        coach::strict_json::parse_object(R"({"sets": 3, "rep": 8, "notes": "x"})", problems);
    ASSERT_TRUE(document);
    ObjectReader{document->get_object(), "/item", problems}.only({"sets", "reps"});
    EXPECT_EQ(
        lines(problems.list()),
        std::vector<std::string>{"/item/rep: unknown field (did you mean \"reps\"?); expected one "
                                 "of sets, reps, notes"});
}

// A number is echoed as written (15.5), not in boost::json's exponent form (1.55E1).
// A required key given as null is there, with no value: "missing" sent an author looking for a
// key they could see (trial 70: "title": null).
TEST(object_reader, a_required_null_is_told_apart_from_a_missing_key) {
    Problems problems;
    const auto document = coach::strict_json::parse_object(R"({"title": null})", problems);
    ASSERT_TRUE(document);
    const ObjectReader top{document->get_object(), "", problems};
    EXPECT_FALSE(top.non_empty_string("title", true));
    EXPECT_FALSE(top.non_empty_string("summary", true));
    EXPECT_FALSE(top.non_empty_string("version", false));
    EXPECT_EQ(lines(problems.list()), (std::vector<std::string>{"/title: required, got null",
                                                                "/summary: required, missing"}));
}

TEST(object_reader, a_fractional_number_is_echoed_plainly) {
    Problems problems;
    const auto document = coach::strict_json::parse_object(
        R"({"sets": 15.5, "reps": 0.25, "rest_s": -2.5, "hold_s": 1e300})", problems);
    ASSERT_TRUE(document);
    const ObjectReader item{document->get_object(), "/item", problems};
    item.integer("sets", 1, 20, true);
    item.integer("reps", 1, 100, true);
    item.integer("rest_s", 0, 3600, true);
    item.integer("hold_s", 1, 3600, true);
    EXPECT_EQ(lines(problems.list()),
              (std::vector<std::string>{"/item/sets: expected integer 1..20, got 15.5",
                                        "/item/reps: expected integer 1..100, got 0.25",
                                        "/item/rest_s: expected integer 0..3600, got -2.5",
                                        "/item/hold_s: expected integer 1..3600, got 1e+300"}));
}

// Trial 69: a value echoed in a message is one printable line whatever it holds. Control bytes
// are written as JSON writes them (a NUL once cut a message short, an ESC recoloured the
// terminal), the quote and the backslash are escaped, a stray byte is shown as \x.., and the
// cut never falls inside a UTF-8 character.
TEST(object_reader, a_quoted_value_escapes_control_bytes_and_cuts_between_characters) {
    // Qualified: an argument of type std::string would find std::quoted by ADL.
    namespace sj = coach::strict_json;
    using namespace std::string_literals;
    EXPECT_EQ(sj::quoted("abc"), "\"abc\"");
    EXPECT_EQ(sj::quoted("a\0b\x1b[31m\tc\n\x7f"s), R"("a\u0000b\u001b[31m\tc\n\u007f")");
    EXPECT_EQ(sj::quoted(R"(say "hi" \o/)"), R"("say \"hi\" \\o/")");
    EXPECT_EQ(sj::quoted("it's", '\''), R"('it\'s')");
    EXPECT_EQ(sj::quoted("bad \xff byte"), R"("bad \xff byte")");
    // C1 controls and the characters that move or hide text, as report::printable() writes
    // them: a CSI (U+009B), a right-to-left override, a line separator, a tag character.
    EXPECT_EQ(sj::quoted("a\u009b31m \u202eyalp\u2028b"), R"("a\u009b31m \u202eyalp\u2028b")");
    EXPECT_EQ(sj::quoted("tag\U000E0041"), R"("tag\U000e0041")");
    EXPECT_EQ(sj::quoted("caf\u00e9 \u200d"), "\"caf\u00e9 \u200d\"");  // printable: kept
    EXPECT_EQ(sj::quoted(std::string(41, 'x')), "\"" + std::string(40, 'x') + "...\"");
    EXPECT_EQ(sj::quoted(std::string(40, 'x')), "\"" + std::string(40, 'x') + "\"");
    // 39 bytes, then a two-byte "é" that does not fit in 40: cut before it, not inside it.
    EXPECT_EQ(sj::quoted(std::string(39, 'x') + "\u00e9"), "\"" + std::string(39, 'x') + "...\"");
    EXPECT_EQ(sj::quoted("\u00e9\u00e9\u00e9", '\'', 4), "'\u00e9\u00e9...'");
}

// The pointer tests the record's readers share: what lies under a part of the record, and in
// which element of an array (a log entry's items grade an exercise, not the tear).
TEST(object_reader, a_pointer_is_under_a_part_only_at_a_token_boundary) {
    using coach::strict_json::element_of;
    using coach::strict_json::is_at_or_under;
    EXPECT_TRUE(is_at_or_under("/goal", "/goal"));
    EXPECT_TRUE(is_at_or_under("/goal/event", "/goal"));
    EXPECT_FALSE(is_at_or_under("/goals/0", "/goal"));
    EXPECT_FALSE(is_at_or_under("/go", "/goal"));
    const auto item = element_of("/log/12/items/0/exercise", "/log");
    ASSERT_TRUE(item);
    EXPECT_EQ(item->index, 12U);
    EXPECT_EQ(item->rest, "/items/0/exercise");
    const auto entry = element_of("/log/3", "/log");
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->index, 3U);
    EXPECT_EQ(entry->rest, "");
    EXPECT_FALSE(element_of("/log", "/log"));
    EXPECT_FALSE(element_of("/logs/3", "/log"));
    EXPECT_FALSE(element_of("/log/x/notes", "/log"));
    EXPECT_FALSE(element_of("/log//notes", "/log"));
}

TEST(object_reader, only_suggests_nothing_for_a_field_far_from_every_allowed_one) {
    Problems problems;
    const auto document = coach::strict_json::parse_object(R"({"volume": 8})", problems);
    ASSERT_TRUE(document);
    ObjectReader{document->get_object(), "/item", problems}.only({"sets", "reps"});
    EXPECT_EQ(lines(problems.list()),
              std::vector<std::string>{"/item/volume: unknown field; expected one of sets, "
                                       "reps, notes"});
}

TEST(object_reader, an_unknown_key_naming_a_guarded_key_in_other_words_is_refused) {
    static constexpr std::array<std::string_view, 1> names = {"tingling"};
    static constexpr std::array<coach::strict_json::GuardedWord, 1> words = {
        {{"needles", false, "tingling"}}};
    Problems problems;
    problems.guard({names, words, ": refused"});
    const auto document = coach::strict_json::parse_object(
        R"({"pins_and_needles": true, "colour": "red", "extra": {"tingilng": true}})", problems);
    ASSERT_TRUE(document);
    const ObjectReader in{document->get_object(), "", problems};
    in.report_unknown_keys(UnknownKeys::warn);
    EXPECT_EQ(lines(problems.list()),
              (std::vector<std::string>{
                  "/pins_and_needles: unknown field \"pins_and_needles\": refused",
                  "/extra/tingilng: \"tingling\" inside the unknown field \"extra\": refused"}));
    EXPECT_EQ(lines(problems.warnings()),
              std::vector<std::string>{"/colour: unknown field \"colour\""});
}

// A key no pointer can show (longer than 40 bytes, holding a control character, or empty, whose
// "/" read as the whole document in trial 73) is reported at its object and quoted escaped and
// cut, in a record's warnings as in a protocol's problems: a trial's 10,000-character unknown key
// was printed whole, twice.
TEST(object_reader, an_unknown_key_too_long_or_unprintable_is_reported_at_its_object) {
    const std::string long_key(10'000, 'k');
    Problems problems;
    const auto document = coach::strict_json::parse_object(
        R"({"profile": {")" + long_key + R"(": 1, "a\u001b[2Jb": 2, "": 4, "colour": 3}})",
        problems);
    ASSERT_TRUE(document);
    const ObjectReader in{document->at("profile").as_object(), "/profile", problems};
    in.report_unknown_keys(UnknownKeys::warn);
    EXPECT_EQ(lines(problems.warnings()),
              (std::vector<std::string>{
                  "/profile: unknown field \"" + std::string(40, 'k') + "...\"",
                  R"(/profile: unknown field "a\u001b[2Jb")", R"(/profile: unknown field "")",
                  "/profile/colour: unknown field \"colour\""}));
    Problems refused;
    ObjectReader{document->at("profile").as_object(), "/profile", refused}.only({"sport"});
    EXPECT_EQ(lines(refused.list()),
              (std::vector<std::string>{
                  "/profile: unknown field \"" + std::string(40, 'k')
                      + "...\"; expected one of sport, notes",
                  R"(/profile: unknown field "a\u001b[2Jb"; expected one of sport, notes)",
                  R"(/profile: unknown field ""; expected one of sport, notes)",
                  "/profile/colour: unknown field; expected one of sport, notes"}));
}

TEST(object_reader, one_of_names_every_choice) {
    static constexpr std::array<std::pair<int, std::string_view>, 2> table = {
        {{1, "left"}, {2, "right"}}};
    Problems problems;
    const auto document =
        coach::strict_json::parse_object(R"({"side": "right", "other": "both"})", problems);
    ASSERT_TRUE(document);
    const ObjectReader in{document->get_object(), "", problems};
    EXPECT_EQ(in.one_of("side", table, true), 2);
    EXPECT_FALSE(in.one_of("other", table, true));
    EXPECT_EQ(lines(problems.list()),
              std::vector<std::string>{"/other: expected one of left, right, got \"both\""});
}

namespace {

// The name closest_by_words() suggests for `name` among `known`, or "" for none.
std::string suggested(std::string_view name, const std::vector<std::string_view>& known) {
    const auto* found = coach::strict_json::closest_by_words(name, known);
    return found == nullptr ? "" : std::string{*found};
}

}  // namespace

// Names written in other words than the known one: reordered, shortened, or with words left out.
TEST(closest_by_words, suggests_the_one_name_whose_words_the_name_starts_in_any_order) {
    const std::vector<std::string_view> criteria{
        "pain_rest",      "pain_walking",         "pain_exercise",     "aslr_deficit_pct",
        "max_sprint_pct", "strength_deficit_pct", "last_session_pain", "unable_to_bear_weight"};
    EXPECT_EQ(suggested("walking_pain", criteria), "pain_walking");
    EXPECT_EQ(suggested("walkPain", criteria), "pain_walking");
    EXPECT_EQ(suggested("pain_walk", criteria), "pain_walking");
    EXPECT_EQ(suggested("aslr", criteria), "aslr_deficit_pct");
    EXPECT_EQ(suggested("sprint_pct", criteria), "max_sprint_pct");
    EXPECT_EQ(suggested("strength_deficit", criteria), "strength_deficit_pct");
    EXPECT_EQ(suggested("bear_weight", criteria), "unable_to_bear_weight");
    const std::vector<std::string_view> ids{"eccentric-strength", "stretch-ice",
                                            "protocol:nordic-petersen-2011"};
    EXPECT_EQ(suggested("eccentric", ids), "eccentric-strength");
    EXPECT_EQ(suggested("nordic-petersen", ids), "protocol:nordic-petersen-2011");
}

// No suggestion beats a wrong one: a name that starts words of several known names, a word the
// known name does not have, or too few letters to mean anything.
TEST(closest_by_words, suggests_nothing_when_several_or_none_match_or_the_name_is_too_short) {
    const std::vector<std::string_view> criteria{"pain_rest", "pain_walking", "aslr_deficit_pct",
                                                 "strength_deficit_pct"};
    EXPECT_EQ(suggested("pain", criteria), "");
    EXPECT_EQ(suggested("deficit_pct", criteria), "");
    EXPECT_EQ(suggested("walking_speed", criteria), "");
    EXPECT_EQ(suggested("pa", criteria), "");
    EXPECT_EQ(suggested("p_w", criteria), "");
}
