#include <gtest/gtest.h>
#include <sys/stat.h>

#include "coach/engine.hpp"
#include "support.hpp"

namespace fs = std::filesystem;

namespace {

// A private folder holding a copy of the good fixture plugin, with the modes a test sets.
struct TrustTest : ::testing::Test {
    fs::path folder = fs::temp_directory_path() / ("coach-trust-" + std::to_string(::getpid()));
    fs::path plugin = folder / "fixture_good.so";

    TrustTest() {
        fs::create_directories(folder);
        fs::permissions(folder, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec
                                    | fs::perms::others_read | fs::perms::others_exec);
        fs::copy_file(coach::test::fixture_plugin("good"), plugin,
                      fs::copy_options::overwrite_existing);
        fs::permissions(plugin, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec
                                    | fs::perms::others_read | fs::perms::others_exec);
    }
    ~TrustTest() override { fs::remove_all(folder); }

    coach::Engine load(coach::EngineOptions options = {}) const {
        options.plugin_paths = {plugin};
        options.use_environment = false;
        options.use_bundled = false;
        return coach::Engine{std::move(options)};
    }
};

}  // namespace

TEST_F(TrustTest, loads_a_plugin_only_its_owner_can_write) {
    const auto engine = load();
    EXPECT_TRUE(engine.load_errors().empty()) << engine.load_errors().front().message;
    EXPECT_EQ(engine.list().size(), 1u);
}

TEST_F(TrustTest, refuses_a_world_writable_plugin_unless_allowed) {
    fs::permissions(plugin, fs::perms::others_write, fs::perm_options::add);
    auto engine = load();
    EXPECT_TRUE(engine.list().empty());
    ASSERT_EQ(engine.load_errors().size(), 1u);
    EXPECT_EQ(engine.load_errors()[0].message,
              "untrusted: file " + plugin.string() +
                  " is writable by group or others (mode 0757); refusing it (allow with "
                  "--allow-untrusted)");
    engine = load({.allow_untrusted = true});
    EXPECT_EQ(engine.list().size(), 1u);
}

TEST_F(TrustTest, refuses_a_plugin_in_a_group_writable_folder) {
    fs::permissions(folder, fs::perms::group_write, fs::perm_options::add);
    const auto engine = load();
    ASSERT_EQ(engine.load_errors().size(), 1u);
    EXPECT_NE(engine.load_errors()[0].message.find("folder " + folder.string()
                                                   + " is writable by group or others"),
              std::string::npos);
}

TEST_F(TrustTest, a_trust_list_admits_listed_digests_and_names_the_others) {
    const auto digest = load().list().front().library_sha256;
    auto engine = load({.trusted_sha256 = std::vector<std::string>{digest}});
    EXPECT_EQ(engine.list().size(), 1u);
    engine = load({.trusted_sha256 = std::vector<std::string>{std::string(64, '0')}});
    EXPECT_TRUE(engine.list().empty());
    ASSERT_EQ(engine.load_errors().size(), 1u);
    EXPECT_EQ(engine.load_errors()[0].message,
              "not on the trust list: sha256 " + digest
                  + " (an administrator may add this digest to the list to allow it)");
}
