#include "coach/plugin_abi.hpp"

#include <gtest/gtest.h>

// The ABI rule the engine applies to every plugin, exposed for tools such as validate-plugin.
using coach::engine_abi_descriptor;
using coach::plugin_abi_problem;
using coach::abi::describe_build;

TEST(plugin_abi, the_engine_describes_the_build_it_was_compiled_in) {
    const auto engine = engine_abi_descriptor();
    const auto here = describe_build();
    EXPECT_EQ(engine.sdk_major, here.sdk_major);
    EXPECT_EQ(engine.sdk_minor, here.sdk_minor);
    EXPECT_EQ(engine.compiler_major, here.compiler_major);
    EXPECT_EQ(engine.cxx11_abi, here.cxx11_abi);
    EXPECT_STREQ(engine.compiler, here.compiler);
    EXPECT_STREQ(engine.stdlib, here.stdlib);
}

TEST(plugin_abi, accepts_a_plugin_built_like_the_engine_or_with_an_older_minor) {
    EXPECT_EQ(plugin_abi_problem(describe_build()), std::nullopt);
    auto oldest_minor = describe_build(COACH_SDK_VERSION_MAJOR, 0);
    EXPECT_EQ(plugin_abi_problem(oldest_minor), std::nullopt);
}

TEST(plugin_abi, refuses_another_sdk_major_naming_both_versions) {
    EXPECT_EQ(plugin_abi_problem(describe_build(4, 0)),
              "SDK major version mismatch: plugin built with SDK 4.0, engine has SDK 3.0");
}

TEST(plugin_abi, refuses_a_newer_sdk_minor) {
    EXPECT_EQ(plugin_abi_problem(describe_build(3, 9)),
              "plugin needs a newer SDK: plugin built with SDK 3.9, engine has SDK 3.0");
}

TEST(plugin_abi, refuses_a_descriptor_it_cannot_read) {
    auto garbled = describe_build();
    garbled.magic = 0;
    EXPECT_EQ(plugin_abi_problem(garbled), "ABI descriptor is not one this engine can read");
}

TEST(plugin_abi, refuses_a_plugin_built_in_standard_library_debug_mode_naming_it) {
    auto debug = describe_build();
    debug.stdlib_debug = 1;
    EXPECT_EQ(plugin_abi_problem(debug),
              "standard library mismatch: plugin built with libstdc++ debug mode "
              "(_GLIBCXX_DEBUG), engine without");
}

TEST(plugin_abi, refuses_another_layout_of_a_type_that_crosses_the_boundary_naming_it) {
    auto packed = describe_build();
    packed.plan_bytes -= 8;
    EXPECT_EQ(plugin_abi_problem(packed),
              "data layout mismatch: sizeof(coach::Plan) is "
                  + std::to_string(sizeof(coach::Plan) - 8) + " in the plugin, "
                  + std::to_string(sizeof(coach::Plan))
                  + " in the engine (built with other compiler flags or SDK headers)");
    auto narrow = describe_build();
    narrow.pointer_bytes = 4;
    EXPECT_EQ(plugin_abi_problem(narrow),
              "pointer size mismatch: plugin built with 4-byte pointers, engine with 8");
}

TEST(plugin_abi, reads_the_shorter_descriptor_of_sdk_1_to_name_its_major) {
    auto older = describe_build(1, 0);
    older.size = coach::abi::descriptor_size_1;
    older.stdlib_debug = 1;  // past its end: not the plugin's to say
    EXPECT_EQ(plugin_abi_problem(older),
              "SDK major version mismatch: plugin built with SDK 1.0, engine has SDK 3.0");
    older.size = coach::abi::descriptor_size_1 - 4;
    EXPECT_EQ(plugin_abi_problem(older), "ABI descriptor is not one this engine can read");
}
