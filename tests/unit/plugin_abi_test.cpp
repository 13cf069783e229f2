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
