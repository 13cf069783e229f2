// The shared exercise catalog and its look-up by id.
#include "coach/sdk/catalog.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

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

}  // namespace
}  // namespace coach
