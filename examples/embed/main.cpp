// How a vendor embeds coach: own logger, own plugin folder, plans from many threads.
//
//   embed_host ATHLETE.json [PLUGIN_FOLDER_OR_FILE...]
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <coach/engine.hpp>
#include <coach/json.hpp>
#include <coach/report.hpp>
#include <fstream>
#include <future>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: embed_host ATHLETE.json [PLUGIN_FOLDER_OR_FILE...]\n";
        return 2;
    }
    auto logger = spdlog::stderr_color_mt("vendor");
    logger->set_level(spdlog::level::info);

    coach::EngineOptions options;
    options.logger = logger;
    for (int i = 2; i < argc; ++i) {
        options.plugin_paths.emplace_back(argv[i]);
    }
    const coach::Engine engine{options};
    for (const auto& error : engine.load_errors()) {
        logger->warn("refused {}: {}", error.file.string(), error.message);
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
    const auto& athlete = decoded.value->athlete;

    // The engine is immutable after loading: plan every philosophy on its own thread.
    std::vector<std::future<coach::PlanOutcome>> plans;
    for (const auto& record : engine.list()) {
        plans.push_back(std::async(std::launch::async, [&engine, &athlete, id = record.info.id] {
            return engine.plan(id, athlete, {});
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
    std::cout << coach::report::comparison_table(engine.compare(athlete, {}));
    return engine.list().empty() ? 3 : 0;
}
