// The shared exercise catalog and its look-up by id.
#include "coach/sdk/catalog.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "support.hpp"

namespace coach {
namespace {

TEST(catalog, ids_are_unique) {
    std::set<std::string_view> ids;
    for (const auto& exercise : catalog) {
        EXPECT_TRUE(ids.insert(exercise.id).second) << exercise.id;
    }
}

TEST(catalog, every_exercise_is_found_by_its_id) {
    for (const auto& exercise : catalog) {
        const std::string id{exercise.id};  // not the catalog's own characters
        ASSERT_EQ(find_exercise(id), &exercise) << id;
    }
    static_assert(find_exercise("nordic_curl")->category == Category::strength_eccentric);
}

TEST(catalog, ids_it_does_not_hold_are_not_found) {
    for (const auto* id :
         {"", "nordic", "nordic_curls", "Nordic_curl", "nordic_curl ", "walking"}) {
        EXPECT_EQ(find_exercise(id), nullptr) << id;
    }
    EXPECT_EQ(find_exercise(std::string_view{"ice\0", 4}), nullptr);
    // Every prefix and every one-letter change of every id.
    for (const auto& exercise : catalog) {
        std::string id{exercise.id};
        for (std::size_t size = 0; size < id.size(); ++size) {
            EXPECT_EQ(find_exercise(std::string_view{id}.substr(0, size)), nullptr);
        }
        for (auto& c : id) {
            const char kept = c;
            c = '#';
            EXPECT_EQ(find_exercise(id), nullptr) << id;
            c = kept;
        }
    }
}

// plugins/protocol/README.md lists every id of the shared catalog, with its category and name,
// between its catalog-ids markers: the list is the catalog's, so an exercise added or renamed
// here fails this test until the README says so (the message gives the block to paste).
TEST(catalog, the_protocol_readme_lists_every_exercise_id) {
    std::string expected =
        "<!-- catalog-ids: generated from coach::catalog; tests/unit/catalog_test.cpp checks it "
        "-->\n| id | category | name |\n|---|---|---|\n";
    for (const auto& exercise : catalog) {
        expected += "| `" + std::string{exercise.id} + "` | "
                    + std::string{to_string(exercise.category)} + " | " + std::string{exercise.name}
                    + " |\n";
    }
    expected += "<!-- catalog-ids: end -->\n";
    const auto readme = test::fixture("../../plugins/protocol/README.md");
    std::ifstream in{readme};
    ASSERT_TRUE(in) << readme;
    std::stringstream text;
    text << in.rdbuf();
    const std::string all = text.str();
    const auto begin = all.find("<!-- catalog-ids: generated");
    const auto end_marker = std::string{"<!-- catalog-ids: end -->\n"};
    const auto end = all.find(end_marker);
    ASSERT_NE(begin, std::string::npos) << readme << " has no catalog-ids block";
    ASSERT_NE(end, std::string::npos) << readme << " has no end of its catalog-ids block";
    EXPECT_EQ(all.substr(begin, end + end_marker.size() - begin), expected)
        << "replace the block in " << readme << " with:\n"
        << expected;
}

}  // namespace
}  // namespace coach
