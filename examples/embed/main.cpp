// How a vendor embeds coach: own logging (here a plain stream, no spdlog), own plugin folder,
// plans from many threads. A host that uses spdlog passes coach::spdlog_sink(logger) instead.
//
//   embed_host ATHLETE.json [PLUGIN_FOLDER_OR_FILE...]
#include <coach/engine.hpp>
#include <coach/json.hpp>
#include <coach/report.hpp>
#include <fstream>
#include <future>
#include <iostream>
#include <mutex>
#include <sstream>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: embed_host ATHLETE.json [PLUGIN_FOLDER_OR_FILE...]\n";
        return 2;
    }
    // The engine calls this from many threads at once: one line at a time.
    static std::mutex log_mutex;
    coach::EngineOptions options;
    options.log = {[](coach::LogSink::Level level, std::string_view message) {
                       static constexpr const char* names[] = {"trace", "debug",    "info", "warn",
                                                               "error", "critical", "off"};
                       const std::lock_guard lock{log_mutex};
                       std::cerr << "vendor log " << names[static_cast<int>(level)] << ": "
                                 << message << '\n';
                   },
                   coach::LogSink::Level::info};
    for (int i = 2; i < argc; ++i) {
        options.plugin_paths.emplace_back(argv[i]);
    }
    const coach::Engine engine{options};
    for (const auto& error : engine.load_errors()) {
        std::cerr << "refused " << error.file.string() << ": " << error.message << '\n';
    }

    std::ifstream in{argv[1]};
    std::stringstream text;
    text << in.rdbuf();
    const auto decoded = coach::json::decode_athlete(text.str());
    if (!decoded.value) {
        for (const auto& problem : decoded.problems) {
            std::cerr << argv[1] << ": " << problem.to_string() << '\n';
        }
        return 2;
    }
    // The record's own as_of and horizon, as `coach plan` and `coach compare` use them.
    const coach::Athlete& athlete = decoded.value->athlete;
    const coach::Request& request = decoded.value->request;

    // The engine is immutable after loading: plan every philosophy on its own thread.
    std::vector<std::future<coach::PlanOutcome>> plans;
    for (const auto& record : engine.list()) {
        plans.push_back(
            std::async(std::launch::async, [&engine, &athlete, &request, id = record.info.id] {
                return engine.plan(id, athlete, request);
            }));
    }
    for (auto& future : plans) {
        const auto outcome = future.get();
        if (outcome.plan) {
            std::cout << outcome.philosophy << ": " << outcome.plan->sessions.size()
                      << " sessions, sources: " << outcome.plan->sources.size() << '\n';
        } else {
            std::cout << outcome.philosophy << ": error: " << outcome.error << '\n';
        }
    }
    std::cout << coach::report::comparison_table(engine.compare(athlete, request));
    return engine.list().empty() ? 3 : 0;
}
