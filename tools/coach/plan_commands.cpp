#include <algorithm>
#include <iostream>
#include <memory>

#include "coach/json.hpp"
#include "coach/plan_rules.hpp"
#include "coach/planning_case.hpp"
#include "coach/printable.hpp"
#include "coach/record_dates.hpp"
#include "coach/report.hpp"
#include "coach/safety_gate.hpp"
#include "coach/sdk/history.hpp"
#include "commands.hpp"
#include "input_files.hpp"
#include "number_option.hpp"
#include "output.hpp"

namespace coach::cli {

namespace {

struct RequestOptions {
    std::string athlete_path;
    std::string as_of;
    int days = 0;
    std::string format = "table";
    std::string output;
};

// The formats --format takes, in the order the help lists them. "text" names the table for
// people too, as the README and --help call it.
CLI::Validator format_in(std::vector<std::string> formats) {
    auto listed = listed_with_or(formats);
    return CLI::Validator{[formats = std::move(formats), listed](const std::string& format) {
                              return format == "text"
                                             || std::find(formats.begin(), formats.end(), format)
                                                    != formats.end()
                                         ? std::string{}
                                         : "expected " + listed + " (text is the table), got \""
                                               + report::printable(format) + "\"";
                          },
                          "", ""};
}

void add_request_options(CLI::App& command, RequestOptions& options) {
    command
        .add_option("ATHLETE", options.athlete_path,
                    "athlete record (coach.athlete/1), or - for stdin")
        ->required()
        ->check(path_given(input_path));
    command
        .add_option("--as-of", options.as_of,
                    "plan from this day, YYYY-MM-DD (default: the record's as_of, else its "
                    "last dated entry, else the injury date)")
        ->check(date_given());
    command.add_option("--days", options.days, "horizon in days, 1..365 (default 42)")
        ->check(number_in(1, max_horizon_days, "days"));
    command.add_option("-o,--output", options.output, "write to this file instead of stdout")
        ->check(path_given(output_path));
}

// Reads the record the request names, once it is sure that the output cannot overwrite it.
json::AthleteFile read_request(const RequestOptions& options, Context& context) {
    context.refuse_clashing_files({{"ATHLETE", options.athlete_path}},
                                  {{"-o", options.output.empty() ? "-" : options.output}});
    auto file = context.read_record(options.athlete_path);
    if (!options.as_of.empty()) {
        file.request.as_of = parse_date_option(options.as_of, "--as-of");
        // Named here, with the option and the record, rather than by the engine's "as_of ...",
        // which would leave the user to guess whether the option or the file is wrong.
        if (*file.request.as_of < file.athlete.injury.date) {
            throw CommandError(exit_bad_input, "--as-of " + file.request.as_of->iso()
                                                   + " comes before the injury date "
                                                   + file.athlete.injury.date.iso() + " of "
                                                   + input_name(options.athlete_path)
                                                   + " (/injury/date)");
        }
    }
    if (options.days != 0) {
        file.request.horizon_days = options.days;
    }
    if (auto past = json::horizon_past_records(resolve_as_of(file.athlete, file.request),
                                               file.request.horizon_days)) {
        throw CommandError(exit_bad_input, input_name(options.athlete_path) + ": " + *past);
    }
    return file;
}

// What the record holds after the day planned from, said on stderr before the plan: a red flag
// recorded later (safety::later_red_flag(), the reading coach today's page stops on), which a
// plan from an earlier day does not show beyond its horizon; and the sessions logged after that
// day, which the plan leaves out (unused_log_note(), the line its rationale carries).
void warn_of_later_entries(const json::AthleteFile& file, const std::string& athlete_path) {
    const PlanningCase planned{file.athlete, file.request};
    const Date as_of = planned.input().as_of;
    const auto name = input_name(athlete_path);
    std::string warnings;
    if (const auto later = safety::later_red_flag(file.athlete, as_of)) {
        // Inside the horizon the gate has withheld every plan already (stop_referrals()); past
        // it, the plan stands and the warning is all that says so.
        const bool inside = later->day <= planned.input().last_day();
        warnings += warning_about(name, "a red flag is recorded after " + as_of.iso()
                                            + ", the day this plan starts from: " + later->finding
                                            + (inside ? "; every plan is withheld: see a clinician"
                                                      : "; see a clinician before training on "
                                                        "this plan"))
                    + "\n";
    }
    if (const auto unused = unused_log_note(planned.input()); !unused.empty()) {
        warnings += warning_about(name, unused) + "\n";
    }
    write_warnings(warnings);
}

std::string render_comparison(const std::string& format, const Comparison& comparison,
                              const Athlete& athlete, std::size_t width) {
    if (format == "json") {
        return json::encode_comparison(comparison, json::Layout::indented);
    }
    if (format == "csv") {
        return report::comparison_csv(comparison);
    }
    if (format == "html") {
        return report::comparison_html(comparison, athlete);
    }
    return report::comparison_table(comparison, width);
}

}  // namespace

Command add_plan_command(CLI::App& app, Context& context) {
    auto* command = app.add_subcommand("plan", "One philosophy's plan for an athlete");
    auto options = std::make_shared<RequestOptions>();
    auto id = std::make_shared<std::string>();
    command
        ->add_option("-p,--philosophy", *id,
                     "philosophy id, as `coach list` shows it (required; without it, the loaded "
                     "ids are listed)")
        ->check(id_given());
    add_request_options(*command, *options);
    command->add_option("--format", options->format, "table (for people; also called text) or json")
        ->check(format_in({"table", "json"}));
    command->footer(
        "Example: coach plan -p eccentric-strength examples/athletes/sample.json --days 28\n"
        "Exits 2 on a bad record or option or an -o path that cannot be written (no such\n"
        "folder, no permission, a folder), 1 when writing fails (a full disk), 3 when the plugin\n"
        "fails or returns an invalid plan, or when a plugin file was refused.");
    return [&context, options, id] {
        context.require_a_philosophy(*id, "plan");
        const auto file = read_request(*options, context);
        const auto& engine = context.engine();
        context.report_load_errors();
        context.require_philosophies(std::span{id.get(), 1});
        warn_of_later_entries(file, options->athlete_path);
        const auto outcome = engine.plan(*id, file.athlete, file.request);
        if (!outcome.plan) {
            throw CommandError(exit_plugin_error, outcome.error);
        }
        write_output(options->output,
                     options->format == "json"
                         ? json::encode_plan(*outcome.plan, json::Layout::indented)
                         : report::fit_lines(
                             report::plan_text(*outcome.plan, engine.find(*id)->info.exercises),
                             context.width(options->output)));
        return context.exit_after_plugins();
    };
}

Command add_compare_command(CLI::App& app, Context& context) {
    auto* command =
        app.add_subcommand("compare", "Every philosophy's plan for one athlete, side by side");
    auto options = std::make_shared<RequestOptions>();
    auto ids = std::make_shared<std::vector<std::string>>();
    add_request_options(*command, *options);
    command
        ->add_option("-p,--philosophy", *ids,
                     "compare only these philosophies (repeatable, in this order; one given "
                     "twice is compared once, with a warning; default: all found)")
        ->allow_extra_args(false)
        ->check(id_given());
    command
        ->add_option("--format", options->format,
                     "table (for people; also called text), json, csv (one row per philosophy) "
                     "or html (a self-contained report with charts, best with -o report.html)")
        ->check(format_in({"table", "json", "csv", "html"}));
    command->footer(
        "Example: coach compare examples/athletes/sample.json --format html -o report.html\n"
        "A philosophy whose plugin fails is shown as an error row; exits 3 when all fail, or\n"
        "when a plugin file was refused (after comparing the philosophies that loaded); 2 on a\n"
        "bad record or option or an -o path that cannot be written (no such folder, no\n"
        "permission, a folder), 1 when writing fails (a full disk).");
    return [&context, options, ids] {
        // A philosophy named twice is compared once, in the place it was first named, with a
        // warning: its column twice would say nothing new, and refusing would fail a harmless
        // repeat (a script that adds -p for each philosophy it cares about). As in cohort.
        *ids = context.once_each(*ids, true);
        const auto file = read_request(*options, context);
        const auto& engine = context.engine();
        context.report_load_errors();
        context.require_philosophies(*ids);
        if (engine.list().empty()) {
            throw CommandError(exit_plugin_error, "no philosophies found to compare");
        }
        warn_of_later_entries(file, options->athlete_path);
        const auto comparison = engine.compare(file.athlete, file.request, *ids);
        write_output(options->output, render_comparison(options->format, comparison, file.athlete,
                                                        context.width(options->output)));
        bool any_ok = false;
        std::string refusals;
        for (const auto& entry : comparison.entries) {
            if (!entry.outcome.plan) {
                refusals += "coach: " + report::printable(entry.outcome.error) + '\n';
            }
            any_ok = any_ok || entry.outcome.plan.has_value();
        }
        write_warnings(refusals);
        return context.exit_after_plugins(any_ok ? exit_ok : exit_plugin_error);
    };
}

}  // namespace coach::cli
