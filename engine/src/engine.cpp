#include "coach/engine.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <boost/dll/runtime_symbol_info.hpp>
#include <cstdlib>
#include <future>
#include <optional>
#include <set>
#include <stdexcept>

#include "coach/chronology.hpp"
#include "coach/metrics.hpp"
#include "coach/plan_rules.hpp"
#include "coach/safety_gate.hpp"
#include "coach/sdk/history.hpp"
#include "engine_impl.hpp"
#include "isolation/isolated_library.hpp"
#include "loading/plan_size.hpp"
#include "loading/plugin_call.hpp"
#include "log_bridge.hpp"

namespace coach {

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
    impl_->logger = detail::make_logger(options.log);
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
const std::vector<LoadError>& Engine::load_warnings() const {
    return impl_->skipped;
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

void attach(std::vector<Referral>& referrals, const std::vector<Referral>& more) {
    for (const auto& referral : more) {
        const bool present =
            std::any_of(referrals.begin(), referrals.end(), [&referral](const Referral& r) {
                return r.level == referral.level && r.reason == referral.reason;
            });
        if (!present) {
            referrals.push_back(referral);
        }
    }
}

}  // namespace

GateFindings GateFindings::of(const Case& input) {
    return {safety::stop_referrals(input, input.chronology),
            safety::advise_referrals(input, input.chronology)};
}

std::vector<Referral> GateFindings::referrals() const {
    if (!stops.empty()) {
        return stops;
    }
    std::vector<Referral> out;
    attach(out, advice);
    return out;
}

abi::Result<Plan> Engine::Impl::call_plugin(const detail::LoadedPhilosophy& plugin,
                                            const Case& input) const {
    auto result = [&] {
        const detail::PluginCall call{*logger, plugin.record.info.id, "plan()"};
        return plugin.instance->plan(input);
    }();
    if (result) {
        if (auto problem = detail::plan_size_problem(*result.value)) {
            result = {std::nullopt, std::move(*problem)};
        }
    }
    return result;
}

std::optional<abi::Result<Plan>> Engine::Impl::ask(const detail::LoadedPhilosophy& plugin,
                                                   const Case& input,
                                                   const GateFindings& gate) const {
    if (!gate.stops.empty() || safety::not_applicable_reason(plugin.record.info, input.athlete)) {
        return std::nullopt;
    }
    return call_plugin(plugin, input);
}

PlanOutcome Engine::Impl::gated_plan(const detail::LoadedPhilosophy& plugin, const Case& input,
                                     const GateFindings& gate,
                                     std::optional<abi::Result<Plan>> answer) const {
    const auto& info = plugin.record.info;
    PlanOutcome outcome;
    outcome.philosophy = info.id;

    Plan plan;
    if (!gate.stops.empty()) {
        plan = withheld_plan(input, info, gate.stops);
    } else if (auto reason = safety::not_applicable_reason(info, input.athlete)) {
        plan = not_applicable_plan(input, std::move(*reason));
    } else {
        // Asked here when not already: covered, and no stop withholds it.
        auto result = answer ? std::move(*answer) : call_plugin(plugin, input);
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
        // Estimates past the calendar's end cannot be written; the horizon itself never is.
        safety::end_before(plan, last_writable_date + 1);
        set_milestones(plan, input);
        attach(plan.referrals, gate.advice);
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
    return impl_->gated_plan(plugin, input.input(), GateFindings::of(input.input()));
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
    const auto gate = GateFindings::of(input.input());
    // `answer`: the plugin's, when it was asked already (Impl::ask).
    const auto entry_for = [&](const std::string& id,
                               std::optional<abi::Result<Plan>> answer = std::nullopt) {
        const auto& plugin = impl_->get(id);
        ComparisonEntry entry{impl_->gated_plan(plugin, input.input(), gate, std::move(answer)),
                              std::nullopt, plugin.record.info.exercises};
        const auto& plan = entry.outcome.plan;
        if (plan && plan->status != PlanStatus::not_applicable) {
            entry.metrics = compute_metrics(*plan, input.input());
        }
        return entry;
    };
    Comparison comparison{
        athlete.id, input.input().as_of,       input.input().horizon_days,    gate.referrals(),
        {},         input.course().projection, unused_log_note(input.input())};
    comparison.entries.reserve(chosen.size());
    if (!impl_->any_isolated || fan_out == IsolatedCompare::in_turn) {
        for (const auto& id : chosen) {
            comparison.entries.push_back(entry_for(id));
        }
        return comparison;
    }
    // Isolated, each plan is a round trip to a worker process, during which this thread would
    // only wait: the plans are asked for at once, so that the workers plan side by side. The
    // philosophies of one library are asked in turn, by one thread: asked at once, the second
    // would start a second worker of that library for one plan, and starting a worker costs more
    // than a plan (docs/PERFORMANCE.md, "What isolated start-up costs").
    std::vector<std::vector<std::size_t>> by_library;
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        const auto* library = impl_->get(chosen[i]).library;
        const auto same =
            std::find_if(by_library.begin(), by_library.end(), [&](const auto& group) {
                return library != nullptr && impl_->get(chosen[group.front()]).library == library;
            });
        if (same == by_library.end()) {
            by_library.push_back({i});
        } else {
            same->push_back(i);
        }
    }
    // Only the round trips run on the threads started here: the plans go through the gate on
    // this thread, whose memory of clean texts lasts from one comparison to the next (a thread
    // started for one comparison would read every fixed text of every plan again,
    // docs/PERFORMANCE.md, "The gate on the thread that asked").
    std::vector<std::optional<abi::Result<Plan>>> answers(chosen.size());
    const auto ask_library = [&](const std::vector<std::size_t>& group) {
        for (const auto i : group) {
            answers[i] = impl_->ask(impl_->get(chosen[i]), input.input(), gate);
        }
    };
    std::vector<std::future<void>> others;
    for (std::size_t g = 1; g < by_library.size(); ++g) {
        others.push_back(std::async(std::launch::async, ask_library, std::cref(by_library[g])));
    }
    if (!by_library.empty()) {
        ask_library(by_library.front());
    }
    for (auto& other : others) {
        other.get();
    }
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        comparison.entries.push_back(entry_for(chosen[i], std::move(answers[i])));
    }
    return comparison;
}

}  // namespace coach
