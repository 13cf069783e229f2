#include "plugin_under_test.hpp"

#include <dlfcn.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "coach/plugin_abi.hpp"
#include "isolated_run.hpp"

namespace coach::cli::validation {

namespace {

namespace fs = std::filesystem;

// What the engine hands a plugin found in `folder`: the folder, and its protocol files (read here
// as they are, without the engine's ownership and trust checks, which are not the plugin's).
HostServices services_for(const fs::path& folder) {
    constexpr std::string_view suffix = ".protocol.json";
    HostServices services{HostLog{}, {folder}, {}};
    std::vector<fs::path> files;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(folder, error)) {
        const auto name = entry.path().filename().string();
        if (name.size() > suffix.size() && name.ends_with(suffix)) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        std::ifstream in{file, std::ios::binary};
        std::ostringstream text;
        text << in.rdbuf();
        auto name = file.filename().string();
        name.resize(name.size() - suffix.size());
        services.protocol_files.push_back({file, std::move(name), "", text.str()});
    }
    return services;
}

}  // namespace

boost::dll::shared_library PluginUnderTest::open(const std::filesystem::path& file) {
    namespace dll = boost::dll;
    announce_activity("loading the library");
    boost::dll::shared_library library;
    std::error_code error;
    library.load(file, dll::load_mode::rtld_now | dll::load_mode::rtld_local, error);
    if (error) {
        const char* reason = dlerror();
        throw std::runtime_error("cannot be loaded: "
                                 + (reason != nullptr ? std::string{reason} : error.message()));
    }
    return library;
}

const abi::Descriptor* PluginUnderTest::descriptor_of(const boost::dll::shared_library& library) {
    if (!library.has(abi::descriptor_symbol)) {
        return nullptr;
    }
    return &library.get_alias<const abi::Descriptor>(abi::descriptor_symbol);
}

PluginUnderTest::PluginUnderTest(const std::filesystem::path& file) : library_(open(file)) {
    const auto* descriptor = descriptor_of(library_);
    if (descriptor == nullptr) {
        throw std::runtime_error(std::string{"not a coach plugin: no "} + abi::descriptor_symbol
                                 + " symbol");
    }
    if (auto problem = plugin_abi_problem(*descriptor)) {
        throw std::runtime_error(*problem);
    }
    if (!library_.has(abi::factory_symbol)) {
        throw std::runtime_error(std::string{"not a coach plugin: no entry symbol "}
                                 + abi::factory_symbol);
    }
    auto& factory = library_.get_alias<abi::Factory>(abi::factory_symbol);
    announce_activity(std::string{"creating its philosophies ("} + abi::factory_symbol + ")");
    // Plugin log lines are discarded: the report says what matters.
    auto created = factory(services_for(file.parent_path()));
    if (!created.error.empty()) {
        throw std::runtime_error("could not create its philosophies: " + created.error);
    }
    instances_ = std::move(created.instances);
}

std::vector<PhilosophyUnderTest> PluginUnderTest::philosophies() const {
    std::vector<PhilosophyUnderTest> found;
    for (const auto& instance : instances_) {
        announce_activity("reading its metadata (info())");
        auto info = instance->info();
        if (!info) {
            throw std::runtime_error("info() " + info.error);
        }
        found.push_back({instance.get(), std::move(*info.value)});
    }
    return found;
}

}  // namespace coach::cli::validation
