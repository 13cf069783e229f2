#include "loading/plugin_library.hpp"

#include <spdlog/spdlog.h>

#include "loading/lasting_libraries.hpp"
#include "loading/plugin_call.hpp"
#include "loading/plugin_entry.hpp"
#include "rules/safety_gate.hpp"

namespace coach::detail {

namespace {

void log_from_plugin(void* context, LogLevel level, std::string_view message) noexcept {
    const auto* target = static_cast<const PluginLogContext*>(context);
    const auto spdlog_level = static_cast<spdlog::level::level_enum>(static_cast<int>(level));
    try {
        if (const auto logger = target->logger.lock()) {
            logger->log(spdlog_level, "[{}] {}", target->name, message);
        }
    } catch (...) {
        // A log line is never worth an exception across the plugin boundary.
    }
}

}  // namespace

std::variant<LoadedPlugin, std::string> load_plugin(const VettedFile& file,
                                                    const std::shared_ptr<spdlog::logger>& logger,
                                                    HostServices services) {
    const auto name = file.path.string();
    constexpr auto of_file = PluginCall::Kind::file;
    // Named before its code first runs, so that a static initializer that aborts is attributable.
    logger->info("loading {} (sha256 {})", file.path.string(), file.sha256);
    logger->flush();
    const boost::dll::shared_library* shared = nullptr;
    {
        const PluginCall call{*logger, name, "its static initializers", of_file};
        auto loaded = load_lasting_library(file);
        if (auto* reason = std::get_if<std::string>(&loaded)) {
            return "cannot be loaded: " + *reason;
        }
        shared = std::get<const boost::dll::shared_library*>(loaded);
    }
    auto entry = plugin_factory(*shared);
    if (auto* reason = std::get_if<std::string>(&entry)) {
        return std::move(*reason);
    }
    auto& factory = *std::get<abi::Factory*>(entry);

    services.log =
        HostLog{&log_from_plugin, lasting_log_context(logger, file.path.filename().string())};
    auto created = [&] {
        const PluginCall call{*logger, name, abi::factory_symbol, of_file};
        return factory(services);
    }();
    if (!created.error.empty()) {
        return "could not create its philosophies: " + created.error;
    }
    if (created.instances.empty()) {
        return std::string{"created no philosophy"};
    }
    LoadedPlugin plugin;
    plugin.library = std::make_unique<LoadedLibrary>();
    for (auto& instance : created.instances) {
        auto info = [&] {
            const PluginCall call{*logger, name, "info()", of_file};
            return instance->info();
        }();
        if (!info) {
            plugin.refused.push_back("info() failed: " + info.error);
            continue;
        }
        if (auto problem = metadata_problem(*info.value)) {
            plugin.refused.push_back("metadata refused: " + *problem);
            continue;
        }
        plugin.philosophies.push_back(LoadedPhilosophy{
            instance.get(), PluginRecord{std::move(*info.value), file.path, file.sha256}});
        plugin.library->instances.push_back(std::move(instance));
    }
    return plugin;
}

}  // namespace coach::detail
