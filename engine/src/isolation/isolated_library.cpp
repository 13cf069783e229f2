#include "isolation/isolated_library.hpp"

#include <spdlog/spdlog.h>

#include <boost/dll/runtime_symbol_info.hpp>

#include "isolation/isolated_philosophy.hpp"
#include "isolation/worker_pool.hpp"
#include "rules/safety_gate.hpp"

namespace coach::detail {

namespace {

// coach-worker beside libcoach_engine: COACH_WORKER_RELATIVE_PATH leads from the library's folder
// to it, in the build tree and an install alike.
std::filesystem::path worker_executable(const IsolationOptions& options) {
    if (!options.worker.empty()) {
        return options.worker;
    }
    return boost::dll::this_line_location().parent_path() / COACH_WORKER_RELATIVE_PATH;
}

// The frame that tells a worker what the library's factory is given.
std::string load_request(const HostServices& services) {
    isolation::LoadRequest request;
    for (const auto& folder : services.plugin_folders) {
        request.plugin_folders.push_back(folder.string());
    }
    for (const auto& protocol : services.protocol_files) {
        request.protocol_files.push_back(
            {protocol.path.string(), protocol.name, protocol.sha256, protocol.text});
    }
    return isolation::encode(isolation::MessageType::load, request);
}

}  // namespace

StartingWorker start_plugin_worker(const VettedFile& file,
                                   const std::shared_ptr<spdlog::logger>& logger,
                                   const HostServices& services, const IsolationOptions& options) {
    isolation::WorkerSettings settings{worker_executable(options),
                                       file.path,
                                       file.sha256,
                                       file.content,
                                       load_request(services),
                                       options.time_limit,
                                       options.memory_limit_mb,
                                       logger.get()};
    auto launched = isolation::WorkerProcess::launch(settings);
    return {std::move(settings), std::move(launched)};
}

std::variant<LoadedPlugin, std::string> load_plugin_in_worker(
    const VettedFile& file, const std::shared_ptr<spdlog::logger>& logger, StartingWorker started) {
    logger->info("{} runs in worker processes", file.path.string());
    auto* worker = std::get_if<std::unique_ptr<isolation::WorkerProcess>>(&started.launched);
    isolation::Hello hello;
    auto failure = worker != nullptr
                       ? (*worker)->receive_hello(hello)
                       : std::get<isolation::StartFailure>(std::move(started.launched));
    if (failure) {
        return failure->worker_failed ? "cannot be loaded in a worker: " + failure->message
                                      : failure->message;
    }
    std::vector<std::string> ids;
    for (const auto& info : hello.philosophies) {
        ids.push_back(info.id);
    }
    auto workers = std::make_shared<isolation::WorkerPool>(std::move(started.settings),
                                                           std::move(*worker), std::move(ids));

    LoadedPlugin plugin;
    plugin.refused = std::move(hello.refused);
    plugin.library = std::make_unique<LoadedLibrary>();
    for (std::size_t index = 0; index < hello.philosophies.size(); ++index) {
        auto& info = hello.philosophies[index];
        // The worker checked already; the host checks again, as it trusts no worker.
        if (auto problem = metadata_problem(info)) {
            plugin.refused.push_back("metadata refused: " + *problem);
            continue;
        }
        auto instance = std::make_unique<isolation::IsolatedPhilosophy>(workers, index, info);
        plugin.philosophies.push_back(LoadedPhilosophy{
            instance.get(), PluginRecord{std::move(info), file.path, file.sha256}});
        plugin.library->instances.push_back(std::move(instance));
    }
    return plugin;
}

}  // namespace coach::detail
