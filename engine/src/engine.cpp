#include "coach/engine.hpp"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <boost/dll/runtime_symbol_info.hpp>
#include <cstdlib>
#include <future>
#include <set>
#include <stdexcept>

#include "coach/chronology.hpp"
#include "coach/metrics.hpp"
#include "coach/plan_rules.hpp"
#include "coach/safety_gate.hpp"
#include "coach/sdk/history.hpp"
#include "isolation/isolated_library.hpp"
#include "plan_size.hpp"
#include "plugin_call.hpp"
#include "plugin_library.hpp"
#include "plugin_search.hpp"

namespace coach {

namespace fs = std::filesystem;

namespace {

std::shared_ptr<spdlog::logger> default_logger() {
    auto logger = spdlog::get("coach");
    if (!logger) {
        logger = spdlog::stderr_color_mt("coach");
        logger->set_level(spdlog::level::warn);
        logger->set_pattern("%^%l%$: %v");
    }
    return logger;
}

// The plugins installed beside libcoach_engine: <libdir>/coach/plugins, in the build tree and in
// an install prefix alike.
fs::path bundled_plugin_dir() {
    return boost::dll::this_line_location().parent_path() / COACH_PLUGIN_SUBDIR;
}

std::vector<fs::path> split_search_path(const char* value) {
    std::vector<fs::path> paths;
    std::string_view rest = value != nullptr ? value : "";
    while (!rest.empty()) {
        const auto colon = rest.find(':');
        const auto part = rest.substr(0, colon);
        if (!part.empty()) {
            paths.emplace_back(part);
        }
        rest = colon == std::string_view::npos ? std::string_view{} : rest.substr(colon + 1);
    }
    return paths;
}

// The philosophy id a protocol file defines: "protocol:<name>".
constexpr std::string_view protocol_id_prefix = "protocol:";

}  // namespace

struct Engine::Impl {
    std::shared_ptr<spdlog::logger> logger;
    std::vector<std::unique_ptr<detail::LoadedLibrary>> libraries;
    std::vector<detail::LoadedPhilosophy> plugins;  // sorted by id
    std::vector<PluginRecord> records;              // same order
    std::vector<LoadError> errors;
    EngineOptions options;
    bool any_isolated = false;

    void load_all();
    void load_library(const detail::FoundLibrary& found, const HostServices& services,
                      const std::vector<detail::VettedFile>& protocols);
    void refuse(const fs::path& file, std::string message);
    const detail::LoadedPhilosophy& get(std::string_view id) const;
    // `plugin`'s answer to `input`, through the safety gate.
    PlanOutcome gated_plan(const detail::LoadedPhilosophy& plugin, const Case& input) const;
};

void Engine::Impl::load_all() {
    std::vector<detail::SearchPath> search;
    for (const auto& path : options.plugin_paths) {
        search.push_back({path, true, false});
    }
    if (options.use_environment) {
        for (const auto& path : split_search_path(std::getenv("COACH_PLUGIN_PATH"))) {
            search.push_back({path, false, false});
        }
    }
    if (options.use_bundled) {
        search.push_back({bundled_plugin_dir(), false, true});
    }
    // Trust is settled before any plugin code runs: loading a library runs its code.
    const detail::TrustRules rules{options.allow_untrusted,
                                   options.trusted_sha256 ? &*options.trusted_sha256 : nullptr};
    auto found = detail::search_plugins(search, rules, *logger);
    errors = std::move(found.refused);

    HostServices services{{}, found.folders, {}};
    for (const auto& protocol : found.protocols) {
        auto name = protocol.path.filename().string();
        name.resize(name.size() - detail::protocol_file_suffix.size());
        try {
            services.protocol_files.push_back(
                {protocol.path, std::move(name), protocol.sha256, detail::read_content(protocol)});
        } catch (const std::exception& unreadable) {
            refuse(protocol.path, unreadable.what());
        }
    }
    for (const auto& library : found.libraries) {
        load_library(library, services, found.protocols);
    }
    std::sort(plugins.begin(), plugins.end(),
              [](const auto& a, const auto& b) { return a.record.info.id < b.record.info.id; });
    for (const auto& plugin : plugins) {
        records.push_back(plugin.record);
    }
}

void Engine::Impl::refuse(const fs::path& file, std::string message) {
    logger->error("{}: {}", file.string(), message);
    errors.push_back({file, std::move(message)});
}

void Engine::Impl::load_library(const detail::FoundLibrary& found, const HostServices& services,
                                const std::vector<detail::VettedFile>& protocols) {
    const auto& file = found.file;
    const auto scope = options.isolation.scope;
    const bool isolated =
        scope == IsolationScope::all || (scope == IsolationScope::unbundled && !found.bundled);
    auto loaded = isolated
                      ? detail::load_plugin_in_worker(file, logger, services, options.isolation)
                      : detail::load_plugin(file, logger, services);
    if (auto* reason = std::get_if<std::string>(&loaded)) {
        refuse(file.path, std::move(*reason));
        return;
    }
    any_isolated = any_isolated || isolated;
    auto& plugin = std::get<detail::LoadedPlugin>(loaded);
    for (auto& reason : plugin.refused) {
        refuse(file.path, std::move(reason));
    }
    for (auto& philosophy : plugin.philosophies) {
        auto& record = philosophy.record;
        const auto& id = record.info.id;
        // A protocol's plans come from its file, which is their provenance, not the library that
        // reads it.
        if (id.starts_with(protocol_id_prefix)) {
            const auto name = id.substr(protocol_id_prefix.size());
            const auto protocol =
                std::find_if(protocols.begin(), protocols.end(), [&name](const auto& candidate) {
                    return candidate.path.filename().string()
                           == name + std::string{detail::protocol_file_suffix};
                });
            if (protocol == protocols.end()) {
                refuse(file.path, "metadata refused: the id '" + id
                                      + "' belongs to a protocol file, and no accepted file is "
                                        "named "
                                      + name + std::string{detail::protocol_file_suffix});
                continue;
            }
            record.file = protocol->path;
            record.library_sha256 = protocol->sha256;
        }
        const auto same_id = std::find_if(plugins.begin(), plugins.end(), [&id](const auto& other) {
            return other.record.info.id == id;
        });
        if (same_id != plugins.end()) {
            refuse(file.path, "duplicate philosophy id '" + id + "': already loaded from "
                                  + same_id->record.file.string() + "; refusing "
                                  + file.path.string());
            continue;
        }
        logger->info("loaded {} {} from {}", id, record.info.version, record.file.string());
        plugins.push_back(std::move(philosophy));
    }
    libraries.push_back(std::move(plugin.library));
}

const detail::LoadedPhilosophy& Engine::Impl::get(std::string_view id) const {
    const auto found = std::find_if(plugins.begin(), plugins.end(), [id](const auto& plugin) {
        return plugin.record.info.id == id;
    });
    if (found == plugins.end()) {
        std::string known;
        for (const auto& plugin : plugins) {
            known += (known.empty() ? "" : ", ") + plugin.record.info.id;
        }
        throw std::invalid_argument("no philosophy '" + std::string{id} + "' is loaded (loaded: "
                                    + (known.empty() ? "none" : known) + ")");
    }
    return *found;
}

Engine::Engine(EngineOptions options) : impl_(std::make_unique<Impl>()) {
    impl_->logger = options.logger ? options.logger : default_logger();
    impl_->options = std::move(options);
    impl_->load_all();
}

Engine::~Engine() = default;
Engine::Engine(Engine&&) noexcept = default;
Engine& Engine::operator=(Engine&&) noexcept = default;

const std::vector<PluginRecord>& Engine::list() const {
    return impl_->records;
}
const std::vector<LoadError>& Engine::load_errors() const {
    return impl_->errors;
}
spdlog::logger& Engine::logger() const {
    return *impl_->logger;
}

bool Engine::isolates_plugins() const {
    return impl_->any_isolated;
}

const PluginRecord* Engine::find(std::string_view id) const {
    for (const auto& record : impl_->records) {
        if (record.info.id == id) {
            return &record;
        }
    }
    return nullptr;
}

PlanningCase Engine::make_case(const Athlete& athlete, const Request& request) {
    return PlanningCase{athlete, request};
}

namespace {

// A plan the engine writes in a philosophy's stead, without sessions: `status`, and why.
Plan stand_in_plan(const Case& input, PlanStatus status, std::string rationale) {
    Plan plan;
    plan.athlete = input.athlete.id;
    plan.as_of = input.as_of;
    plan.status = status;
    plan.rationale.push_back(std::move(rationale));
    return plan;
}

// When a red flag withholds the plan.
Plan withheld_plan(const Case& input, const PhilosophyInfo& info, std::vector<Referral> stops) {
    auto plan = stand_in_plan(input, PlanStatus::referral,
                              "The engine's safety gate withheld this plan: a red flag needs a "
                              "clinician's assessment before any exercise programme.");
    plan.referrals = std::move(stops);
    plan.sources = info.sources;
    const auto& gate = safety::gate_sources();
    plan.sources.insert(plan.sources.end(), gate.begin(), gate.end());
    return plan;
}

// When the philosophy does not cover the record's injury.
Plan not_applicable_plan(const Case& input, std::string reason) {
    auto plan = stand_in_plan(
        input, PlanStatus::not_applicable,
        "The engine did not ask this philosophy for a plan: it does not cover this injury.");
    plan.reason = std::move(reason);
    plan.sources.emplace_back(
        "coach engine (docs/DATA.md, \"Plan\"): a philosophy plans only the injury regions its "
        "metadata lists");
    return plan;
}

void attach(std::vector<Referral>& referrals, std::vector<Referral> more) {
    for (auto& referral : more) {
        const bool present =
            std::any_of(referrals.begin(), referrals.end(), [&referral](const Referral& r) {
                return r.level == referral.level && r.reason == referral.reason;
            });
        if (!present) {
            referrals.push_back(std::move(referral));
        }
    }
}

}  // namespace

PlanOutcome Engine::Impl::gated_plan(const detail::LoadedPhilosophy& plugin,
                                     const Case& input) const {
    const Chronology& course = input.chronology;
    const auto& info = plugin.record.info;
    PlanOutcome outcome;
    outcome.philosophy = info.id;

    Plan plan;
    if (auto stops = safety::stop_referrals(input, course); !stops.empty()) {
        plan = withheld_plan(input, info, std::move(stops));
    } else if (auto reason = safety::not_applicable_reason(info, input.athlete)) {
        plan = not_applicable_plan(input, std::move(*reason));
    } else {
        auto result = [&] {
            const detail::PluginCall call{*logger, info.id, "plan()"};
            return plugin.instance->plan(input);
        }();
        if (result) {
            if (auto problem = detail::plan_size_problem(*result.value)) {
                result = {std::nullopt, std::move(*problem)};
            }
        }
        if (!result) {
            outcome.error = "plugin '" + info.id + "' failed: plan() " + result.error;
            logger->error("{}", outcome.error);
            return outcome;
        }
        plan = std::move(*result.value);
        if (auto problems = safety::plan_problems(plan, input, info); !problems.empty()) {
            outcome.error =
                "plugin '" + info.id + "' returned an invalid plan: " + problems.front();
            if (problems.size() > 1) {
                outcome.error += " (and " + std::to_string(problems.size() - 1) + " more)";
            }
            logger->error("{}", outcome.error);
            return outcome;
        }
        plan.status = PlanStatus::ok;
        plan.reason.clear();
        drop_logged_days(plan, input);
        if (auto cut = safety::horizon_cut(input, course)) {
            safety::apply_cut(plan, *cut);
        }
        // Estimates past the calendar's end cannot be written; the horizon itself never is.
        safety::end_before(plan, last_writable_date + 1);
        set_milestones(plan, input);
        attach(plan.referrals, safety::advise_referrals(input, course));
    }
    plan.philosophy = {info.id, info.version, plugin.record.library_sha256};
    plan.athlete = input.athlete.id;
    outcome.plan = std::move(plan);
    return outcome;
}

PlanOutcome Engine::plan(std::string_view id, const Athlete& athlete,
                         const Request& request) const {
    const auto& plugin = impl_->get(id);
    const PlanningCase input = make_case(athlete, request);
    return impl_->gated_plan(plugin, input.input());
}

Comparison Engine::compare(const Athlete& athlete, const Request& request,
                           std::span<const std::string> ids, IsolatedCompare fan_out) const {
    const PlanningCase input = make_case(athlete, request);
    std::vector<std::string> chosen(ids.begin(), ids.end());
    if (chosen.empty()) {
        for (const auto& record : impl_->records) {
            chosen.push_back(record.info.id);
        }
    }
    for (const auto& id : chosen) {
        impl_->get(id);  // unknown ids fail before any plugin runs
    }
    const auto entry_for = [&](const std::string& id) {
        ComparisonEntry entry{impl_->gated_plan(impl_->get(id), input.input()), std::nullopt};
        const auto& plan = entry.outcome.plan;
        if (plan && plan->status != PlanStatus::not_applicable) {
            entry.metrics = compute_metrics(*plan, input.input());
        }
        return entry;
    };
    Comparison comparison{
        athlete.id, input.input().as_of, input.input().horizon_days, {}, input.course().projection};
    comparison.entries.reserve(chosen.size());
    if (!impl_->any_isolated || fan_out == IsolatedCompare::in_turn) {
        for (const auto& id : chosen) {
            comparison.entries.push_back(entry_for(id));
        }
        return comparison;
    }
    // Isolated, each plan is a round trip to a worker process, during which this thread would
    // only wait: all the plans are asked for at once, so that the workers plan side by side.
    std::vector<std::future<ComparisonEntry>> others;
    for (std::size_t i = 1; i < chosen.size(); ++i) {
        others.push_back(std::async(std::launch::async, entry_for, std::cref(chosen[i])));
    }
    if (!chosen.empty()) {
        comparison.entries.push_back(entry_for(chosen.front()));
    }
    for (auto& other : others) {
        comparison.entries.push_back(other.get());
    }
    return comparison;
}

}  // namespace coach
