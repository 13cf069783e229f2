#include "cohort/record_result.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <optional>
#include <stdexcept>

#include "coach/chronology.hpp"
#include "coach/decoder_warnings.hpp"
#include "coach/json.hpp"
#include "coach/record_dates.hpp"
#include "coach/safety_gate.hpp"
#include "coach/sdk/counted.hpp"
#include "json/plan_json.hpp"

namespace coach::detail {

CohortRun resolve_run(const Engine& engine, const CohortOptions& options) {
    if (engine.list().empty()) {
        throw std::invalid_argument("no philosophy is loaded");
    }
    if (options.horizon_days
        && (*options.horizon_days < 1 || *options.horizon_days > max_horizon_days)) {
        throw std::invalid_argument("horizon must be 1.." + counted(max_horizon_days, "day")
                                    + ", got " + std::to_string(*options.horizon_days));
    }
    CohortRun run{engine, options.philosophies, options.as_of, options.horizon_days,
                  options.max_line_bytes};
    if (run.philosophies.empty()) {
        for (const auto& record : engine.list()) {
            run.philosophies.push_back(record.info.id);
        }
    }
    for (auto id = run.philosophies.begin(); id != run.philosophies.end(); ++id) {
        if (engine.find(*id) == nullptr) {
            throw std::invalid_argument("no philosophy '" + *id + "' is loaded");
        }
        if (std::find(run.philosophies.begin(), id, *id) != id) {
            throw std::invalid_argument("philosophy '" + *id + "' is listed twice");
        }
    }
    return run;
}

namespace {

// The record's id when the line is a JSON object with a string "id", else none: a rejected line
// still names its athlete when it can.
std::optional<std::string> athlete_id_of(const std::string& text) {
    boost::json::error_code error;
    const auto document = boost::json::parse(text, error);
    if (error || !document.is_object()) {
        return std::nullopt;
    }
    const auto* id = document.get_object().if_contains("id");
    if (id == nullptr || !id->is_string()) {
        return std::nullopt;
    }
    return std::string{id->get_string()};
}

// "warnings":[{"pointer":"/notes","message":"..."}, ...], the decoder's warnings in the words
// `coach compare` prints them, with what becomes of an unknown key's value; nothing when none.
void write_warnings_objects(json::detail::TextWriter& out,
                            const std::vector<json::Problem>& warnings) {
    for (const auto& warning : warnings) {
        out.begin_object();
        out.field("pointer", warning.pointer);
        out.field("message", warning.message + std::string{json::ignored_note(warning)});
        out.end_object();
    }
}

void write_warnings(json::detail::TextWriter& out, const std::vector<json::Problem>& warnings) {
    if (warnings.empty()) {
        return;
    }
    out.key("warnings");
    out.begin_array();
    write_warnings_objects(out, warnings);
    out.end_array();
}

RecordResult rejected(const InputLine& line, std::string pointer, std::string message,
                      std::vector<json::Problem> warnings = {}) {
    RecordResult result;
    result.line = line.number;
    result.bytes_end = line.bytes_end;
    result.status = RecordStatus::rejected;
    json::detail::TextWriter out{json::Layout::compact};
    out.begin_object();
    out.key("line");
    out.number(static_cast<std::int64_t>(line.number));
    out.key("athlete");
    if (const auto id = line.too_long ? std::nullopt : athlete_id_of(line.text)) {
        out.string(*id);
    } else {
        out.null();
    }
    out.field("status", to_string(RecordStatus::rejected));
    out.key("problem");
    out.begin_object();
    out.field("pointer", pointer);
    out.field("message", message);
    out.end_object();
    write_warnings(out, warnings);
    out.end_object();
    result.json = std::move(out).take();
    result.rejection = RejectedLine{line.number, std::move(pointer), std::move(message),
                                    std::max(line.last_number, line.number)};
    result.warnings = std::move(warnings);
    return result;
}

void write_philosophy(json::detail::TextWriter& out, const PhilosophyResult& result,
                      const PlanOutcome& outcome) {
    out.begin_object();
    out.field("status", to_string(result.result));
    if (result.result == PlanResult::ok) {
        json::detail::write_metric_fields(out, result.metrics, false);
    } else if (result.result == PlanResult::not_applicable) {
        out.field("reason", outcome.plan->reason);
    } else if (result.result == PlanResult::error) {
        out.field("error", outcome.error);
    }
    out.end_object();
}

}  // namespace

RecordResult plan_record(const CohortRun& run, const InputLine& line) {
    if (line.too_long) {
        return rejected(
            line, "",
            line.lone_carriage_return
                ? std::string{carriage_return_line_endings}
                : "line is longer than " + std::to_string(run.max_line_bytes) + " bytes");
    }
    if (line.last_number > line.number) {
        return rejected(line, "", record_over_lines_problem(line.number, line.last_number));
    }
    auto decoded = json::decode_athlete(line.text);
    auto& warnings = decoded.warnings;
    if (!decoded.value) {
        if (decoded.problems.empty()) {
            return rejected(line, "", "not a valid coach.athlete/1 record", std::move(warnings));
        }
        auto& first = decoded.problems.front();
        if (first.pointer.empty() && ends_a_record_at_a_lone_carriage_return(line.text)) {
            return rejected(line, "", std::string{carriage_return_inside_a_line},
                            std::move(warnings));
        }
        return rejected(line, std::move(first.pointer), std::move(first.message),
                        std::move(warnings));
    }
    const Athlete& athlete = decoded.value->athlete;
    Request request = decoded.value->request;
    if (run.as_of) {
        request.as_of = run.as_of;
    }
    if (run.horizon_days) {
        request.horizon_days = *run.horizon_days;
    }

    RecordResult result;
    result.line = line.number;
    result.bytes_end = line.bytes_end;
    result.grade = std::clamp(athlete.injury.grade, 0, injury_grade_count - 1);
    Comparison comparison;
    std::vector<Referral> stops;
    std::optional<Referral> reassess;
    try {
        const PlanningCase input = Engine::make_case(athlete, request);
        if (auto past =
                json::horizon_past_records(input.input().as_of, input.input().horizon_days)) {
            return rejected(line, "", std::move(*past), std::move(warnings));
        }
        stops = safety::stop_referrals(input.input());
        reassess = safety::unassessed_plan_advice(input.input(), input.chronology());
        comparison = run.engine.compare(athlete, request, run.philosophies,
                                        Engine::IsolatedCompare::in_turn);
    } catch (const std::invalid_argument& error) {
        return rejected(line, "", error.what(), std::move(warnings));
    }
    // The safety gate withholds every philosophy's plan alike, so a record's status does not
    // depend on which plugins happen to fail. A record no philosophy run covers (its injury
    // region) has no plan to count: it is not "ok".
    const bool none_applies =
        !comparison.entries.empty()
        && std::all_of(comparison.entries.begin(), comparison.entries.end(), [](const auto& entry) {
               return entry.outcome.plan
                      && entry.outcome.plan->status == PlanStatus::not_applicable;
           });
    result.status = !stops.empty() ? RecordStatus::referral
                    : none_applies ? RecordStatus::not_applicable
                                   : RecordStatus::ok;

    json::detail::TextWriter out{json::Layout::compact};
    out.begin_object();
    out.key("line");
    out.number(static_cast<std::int64_t>(line.number));
    out.field("athlete", athlete.id);
    out.field("status", to_string(result.status));
    out.field("grade", athlete.injury.grade);
    out.field("as_of", comparison.as_of);
    out.field("horizon_days", comparison.horizon_days);
    write_warnings(out, warnings);
    result.more_warnings_at = warnings.empty() ? out.size() : out.size() - 1;
    if (!stops.empty()) {
        out.key("referrals");
        out.begin_array();
        for (const auto& stop : stops) {
            out.string(stop.reason);
        }
        out.end_array();
    } else if (reassess) {
        out.field("reassess", reassess->reason);
    }
    out.key("metrics");
    out.begin_object();
    for (auto& entry : comparison.entries) {
        PhilosophyResult philosophy;
        if (!entry.outcome.plan) {
            philosophy.result = PlanResult::error;
        } else if (entry.outcome.plan->status == PlanStatus::referral) {
            philosophy.result = PlanResult::referral;
        } else if (entry.outcome.plan->status == PlanStatus::not_applicable) {
            philosophy.result = PlanResult::not_applicable;
        } else {
            philosophy.result = PlanResult::ok;
            philosophy.metrics = std::move(entry.metrics).value_or(Metrics{});
            philosophy.metrics.weekly.clear();
        }
        out.key(entry.outcome.philosophy);
        write_philosophy(out, philosophy, entry.outcome);
        result.philosophies.push_back(std::move(philosophy));
    }
    out.end_object();
    out.end_object();
    result.json = std::move(out).take();
    result.warnings = std::move(warnings);
    result.athlete = athlete.id;
    return result;
}

void add_warning(RecordResult& result, json::Problem warning) {
    json::detail::TextWriter out{json::Layout::compact};
    write_warnings_objects(out, {warning});
    const auto object = std::move(out).take();
    const bool first = result.warnings.empty();
    const auto text = first ? ",\"warnings\":[" + object + "]" : "," + object;
    result.json.insert(result.more_warnings_at, text);
    result.more_warnings_at += text.size() - (first ? 1 : 0);
    result.warnings.push_back(std::move(warning));
}

void tally(CohortSummary& summary, const RecordResult& record) {
    ++summary.records;
    if (!record.warnings.empty()) {
        ++summary.with_warnings;
    }
    switch (record.status) {
        case RecordStatus::ok:
            ++summary.ok;
            break;
        case RecordStatus::referral:
            ++summary.referral;
            break;
        case RecordStatus::not_applicable:
            ++summary.not_applicable;
            break;
        case RecordStatus::rejected:
            ++summary.rejected;
            return;
    }
    for (std::size_t i = 0; i < record.philosophies.size(); ++i) {
        const auto& philosophy = record.philosophies[i];
        auto& group = summary.philosophies.at(i).by_grade[static_cast<std::size_t>(record.grade)];
        switch (philosophy.result) {
            case PlanResult::ok:
                group.add_plan(philosophy.metrics);
                break;
            case PlanResult::referral:
                ++group.referral;
                break;
            case PlanResult::not_applicable:
                ++group.not_applicable;
                break;
            case PlanResult::error:
                ++group.error;
                break;
        }
    }
}

}  // namespace coach::detail
