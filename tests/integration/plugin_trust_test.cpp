#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <memory>
#include <thread>

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

namespace {

// The SHA-256 of a file, as sha256sum computes it.
std::string sha256_of(const fs::path& file) {
    const auto command = "sha256sum '" + file.string() + "'";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe{::popen(command.c_str(), "r"), &::pclose};
    char digest[65] = {};
    return pipe && std::fread(digest, 1, 64, pipe.get()) == 64 ? std::string{digest} : "";
}

// Replaces `target` by a copy of `source`: in place, byte by byte, as `cp` does, or whole, by
// renaming a link to `source` over it.
void swap_in(const fs::path& source, const fs::path& target, bool in_place) {
    if (in_place) {
        std::error_code ignored;
        fs::copy_file(source, target, fs::copy_options::overwrite_existing, ignored);
        return;
    }
    const auto staged = target.string() + ".staged";
    ::unlink(staged.c_str());
    if (::link(source.c_str(), staged.c_str()) == 0) {
        ::rename(staged.c_str(), target.c_str());
    }
}

constexpr std::string_view nordic = "protocol:nordic-petersen-2011";

}  // namespace

TEST_F(TrustTest, a_file_swapped_between_check_and_load_never_loads_unlisted) {
    const auto listed = folder / "listed.so";
    const auto unlisted = folder / "unlisted.so";
    fs::copy_file(coach::test::fixture_plugin("good"), listed);
    fs::copy_file(coach::test::fixture_plugin("duplicate_a"), unlisted);
    const auto digest = sha256_of(listed);
    ASSERT_EQ(digest.size(), 64u);

    std::atomic<bool> done{false};
    // The file changes every few hundred microseconds, about as long as a check takes, mostly
    // as a whole (rename) and now and then in place (cp).
    std::thread swapper{[&] {
        for (unsigned turn = 0; !done; ++turn) {
            swap_in(turn % 2 == 0 ? unlisted : listed, plugin, turn % 8 == 7);
            std::this_thread::sleep_for(std::chrono::microseconds{100 + 37 * (turn % 11)});
        }
    }};
    int loaded = 0;
    int refused = 0;
    for (int round = 0; round < 300; ++round) {
        auto options = coach::EngineOptions{.trusted_sha256 = std::vector<std::string>{digest}};
        if (round % 10 == 9) {
            options.isolation.scope = coach::IsolationScope::all;  // the worker gets the same bytes
        }
        const auto engine = load(options);
        for (const auto& record : engine.list()) {
            EXPECT_EQ(record.info.id, "fixture-good") << "round " << round;
            EXPECT_EQ(record.library_sha256, digest) << "round " << round;
        }
        loaded += engine.list().empty() ? 0 : 1;
        refused += engine.list().empty() ? 1 : 0;
    }
    done = true;
    swapper.join();
    EXPECT_GT(loaded, 0) << "the listed file never loaded: the race was not run";
    EXPECT_EQ(loaded + refused, 300);
}

TEST_F(TrustTest, protocol_files_pass_the_ownership_check_and_a_copy_that_fails_shadows_nothing) {
    const auto bundled = coach::test::bundled_engine().find(nordic);
    ASSERT_NE(bundled, nullptr);
    const auto copy = folder / bundled->file.filename();
    fs::copy_file(bundled->file, copy);
    fs::permissions(copy, fs::perms::others_write, fs::perm_options::add);
    const coach::Engine engine{
        coach::EngineOptions{.plugin_paths = {folder}, .use_environment = false}};
    const auto* record = engine.find(nordic);
    ASSERT_NE(record, nullptr);
    EXPECT_EQ(record->file, bundled->file);  // not the world-writable copy
    EXPECT_EQ(record->library_sha256, sha256_of(bundled->file));
    const auto refusal = std::find_if(engine.load_errors().begin(), engine.load_errors().end(),
                                      [&](const auto& error) { return error.file == copy; });
    ASSERT_NE(refusal, engine.load_errors().end());
    EXPECT_EQ(refusal->message, "untrusted: file " + copy.string()
                                    + " is writable by group or others (mode 0646); refusing it "
                                      "(allow with --allow-untrusted)");

    // The same copy, trusted, takes over nothing either: the bundled protocol keeps its id, and
    // the copy is refused naming both files (full_speed_and_duplicates_test.cpp).
    fs::permissions(copy, fs::perms::others_write, fs::perm_options::remove);
    const coach::Engine trusted{
        coach::EngineOptions{.plugin_paths = {folder}, .use_environment = false}};
    ASSERT_NE(trusted.find(nordic), nullptr);
    EXPECT_EQ(trusted.find(nordic)->file, bundled->file);
    ASSERT_EQ(trusted.load_errors().size(), 1u);
    EXPECT_EQ(trusted.load_errors()[0].file, copy);
}

TEST_F(TrustTest, a_protocol_plan_carries_its_files_digest_not_the_libraries) {
    const auto* record = coach::test::bundled_engine().find(nordic);
    ASSERT_NE(record, nullptr);
    EXPECT_EQ(record->file.filename(), "nordic-petersen-2011.protocol.json");
    const auto file_digest = sha256_of(record->file);
    EXPECT_EQ(record->library_sha256, file_digest);
    EXPECT_NE(file_digest, sha256_of(record->file.parent_path() / "protocol.so"));
    const auto athlete = coach::test::load_athlete("../../examples/athletes/sample.json");
    const auto outcome = coach::test::bundled_engine().plan(nordic, athlete.athlete, {});
    ASSERT_TRUE(outcome.plan) << outcome.error;
    EXPECT_EQ(outcome.plan->philosophy.library_sha256, file_digest);
}

TEST_F(TrustTest, a_trust_list_applies_to_protocol_files_with_their_own_digest) {
    const auto* record = coach::test::bundled_engine().find(nordic);
    ASSERT_NE(record, nullptr);
    std::vector<std::string> libraries;
    for (const auto& entry : fs::directory_iterator(record->file.parent_path())) {
        if (entry.path().extension() == ".so") {
            libraries.push_back(sha256_of(entry.path()));
        }
    }
    coach::EngineOptions options{.use_environment = false, .trusted_sha256 = libraries};
    const coach::Engine without{options};
    EXPECT_EQ(without.find(nordic), nullptr);
    const auto refusal =
        std::find_if(without.load_errors().begin(), without.load_errors().end(),
                     [&](const auto& error) { return error.file == record->file; });
    ASSERT_NE(refusal, without.load_errors().end());
    EXPECT_EQ(refusal->message, "not on the trust list: sha256 " + sha256_of(record->file)
                                    + " (an administrator may add this digest to the list to "
                                      "allow it)");
    options.trusted_sha256->push_back(sha256_of(record->file));
    const coach::Engine with{options};
    EXPECT_NE(with.find(nordic), nullptr);
}

TEST_F(TrustTest, a_refused_or_missing_plugin_path_contributes_not_even_its_folder) {
    fs::copy_file(coach::test::fixture("protocols/mixed/fixture-good.protocol.json"),
                  folder / "fixture-good.protocol.json");
    const auto protocols_beside = [&](const fs::path& given) {
        const coach::Engine engine{
            coach::EngineOptions{.plugin_paths = {given}, .use_environment = false}};
        return engine.find("protocol:fixture-good") != nullptr;
    };
    EXPECT_TRUE(protocols_beside(plugin));  // an accepted plugin file brings its folder
    fs::permissions(plugin, fs::perms::others_write, fs::perm_options::add);
    EXPECT_FALSE(protocols_beside(plugin));  // a refused one does not
    EXPECT_FALSE(protocols_beside(folder / "missing.so"));
}
