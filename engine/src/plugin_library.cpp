#include "plugin_library.hpp"

#include <dlfcn.h>
#include <spdlog/spdlog.h>

#include "abi_check.hpp"
#include "safety_gate.hpp"
#include "sha256.hpp"

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

std::variant<LoadedPlugin, std::string> load_plugin(const std::filesystem::path& file,
                                                    spdlog::logger& logger) {
    namespace dll = boost::dll;
    LoadedPlugin plugin;
    std::error_code error;
    plugin.library.load(file, dll::load_mode::rtld_now | dll::load_mode::rtld_local, error);
    if (error) {
        const char* reason = dlerror();
        return std::string{"cannot be loaded: "} + (reason != nullptr ? reason : error.message());
    }
    if (!plugin.library.has(abi::descriptor_symbol)) {
        return std::string{"not a coach plugin: no "} + abi::descriptor_symbol + " symbol";
    }
    const auto& descriptor =
        plugin.library.get_alias<const abi::Descriptor>(abi::descriptor_symbol);
    if (auto mismatch = abi_incompatibility(descriptor, abi::describe_build())) {
        return *mismatch;
    }
    if (!plugin.library.has(abi::factory_symbol)) {
        return std::string{"not a coach plugin: no entry symbol "} + abi::factory_symbol;
    }
    auto& factory = plugin.library.get_alias<abi::Factory>(abi::factory_symbol);

    plugin.log_context = std::make_unique<PluginLogContext>(&logger, file.filename().string());
    auto created = factory(HostLog{&log_from_plugin, plugin.log_context.get()});
    if (!created.instance) {
        return "could not create its philosophy: " + created.error;
    }
    plugin.instance = std::move(created.instance);

    auto info = plugin.instance->info();
    if (!info) {
        return "info() failed: " + info.error;
    }
    if (auto problem = metadata_problem(*info.value)) {
        return "metadata refused: " + *problem;
    }
    plugin.record.info = std::move(*info.value);
    plugin.record.file = file;
    plugin.record.library_sha256 = sha256_of_file(file);
    return plugin;
}

}  // namespace coach::detail
