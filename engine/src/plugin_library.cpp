#include "plugin_library.hpp"

#include <dlfcn.h>
#include <spdlog/spdlog.h>

#include "abi_check.hpp"
#include "safety_gate.hpp"

namespace coach::detail {

namespace {

void log_from_plugin(void* context, LogLevel level, std::string_view message) noexcept {
    const auto* target = static_cast<const PluginLogContext*>(context);
    const auto spdlog_level = static_cast<spdlog::level::level_enum>(static_cast<int>(level));
    try {
        target->logger->log(spdlog_level, "[{}] {}", target->name, message);
    } catch (...) {
        // A log line is never worth an exception across the plugin boundary.
    }
}

}  // namespace

std::variant<LoadedPlugin, std::string> load_plugin(
    const std::filesystem::path& file, const std::string& sha256, spdlog::logger& logger,
    const std::vector<std::filesystem::path>& plugin_folders) {
    namespace dll = boost::dll;
    auto library = std::make_unique<LoadedLibrary>();
    std::error_code error;
    library->library.load(file, dll::load_mode::rtld_now | dll::load_mode::rtld_local, error);
    if (error) {
        const char* reason = dlerror();
        return std::string{"cannot be loaded: "} + (reason != nullptr ? reason : error.message());
    }
    const auto& shared = library->library;
    if (!shared.has(abi::descriptor_symbol)) {
        return std::string{"not a coach plugin: no "} + abi::descriptor_symbol + " symbol";
    }
    const auto& descriptor = shared.get_alias<const abi::Descriptor>(abi::descriptor_symbol);
    if (auto mismatch = abi_incompatibility(descriptor, abi::describe_build())) {
        return *mismatch;
    }
    if (!shared.has(abi::factory_symbol)) {
        return std::string{"not a coach plugin: no entry symbol "} + abi::factory_symbol;
    }
    auto& factory = shared.get_alias<abi::Factory>(abi::factory_symbol);

    library->log_context =
        std::make_unique<PluginLogContext>(PluginLogContext{&logger, file.filename().string()});
    auto created = factory(
        HostServices{HostLog{&log_from_plugin, library->log_context.get()}, plugin_folders});
    if (!created.error.empty()) {
        return "could not create its philosophies: " + created.error;
    }
    if (created.instances.empty()) {
        return std::string{"created no philosophy"};
    }
    LoadedPlugin plugin;
    for (auto& instance : created.instances) {
        auto info = instance->info();
        if (!info) {
            plugin.refused.push_back("info() failed: " + info.error);
            continue;
        }
        if (auto problem = metadata_problem(*info.value)) {
            plugin.refused.push_back("metadata refused: " + *problem);
            continue;
        }
        plugin.philosophies.push_back(
            LoadedPhilosophy{instance.get(), PluginRecord{std::move(*info.value), file, sha256}});
        library->instances.push_back(std::move(instance));
    }
    plugin.library = std::move(library);
    return plugin;
}

}  // namespace coach::detail
