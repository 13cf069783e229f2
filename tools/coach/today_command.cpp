#include <algorithm>
#include <ctime>
#include <memory>
#include <optional>

#include "coach/record_dates.hpp"
#include "coach/report.hpp"
#include "coach/sdk/history.hpp"
#include "coach/text_wrap.hpp"
#include "commands.hpp"
#include "input_files.hpp"
#include "output.hpp"

namespace coach::cli {

namespace {

// What `today` plans from: the record as it stands on `day`, planned from the day
// coach::resolve_as_of() gives it, the one rule `plan` and `compare` plan from too (the record's
// as_of, else its last dated assessment or logged session, else the injury date). What the record
// holds after `day` (an entry, an as_of) is not known on `day` and is left out of that choice. The
// plan runs through the six days after `day`, so that every day of a week is read from one plan
// and its rhythm (rest days, stages) holds from one day to the next. A record last updated more
// than a year before is planned from as late as the longest horizon allows.
Request today_request(const Athlete& athlete, const Request& record, Date day) {
    Athlete known_on_day = athlete;
    std::erase_if(known_on_day.assessments, [day](const auto& a) { return a.date > day; });
    std::erase_if(known_on_day.log, [day](const auto& entry) { return entry.date > day; });
    Request request = record;
    if (request.as_of && *request.as_of > day) {
        request.as_of.reset();
    }
    const Date last = day + 6;
    const Date from = std::max(resolve_as_of(known_on_day, request), last - (max_horizon_days - 1));
    return {.as_of = from, .horizon_days = last - from + 1};
}

Date today_on_this_machine() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return *Date::from_ymd(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                           static_cast<unsigned>(local.tm_mday));
}

}  // namespace

Command add_today_command(CLI::App& app, Context& context) {
    auto* command =
        app.add_subcommand("today", "The session of one day, for the athlete to follow");
    struct Options {
        std::string id;
        std::string athlete_path;
        std::string date;
    };
    auto options = std::make_shared<Options>();
    command
        ->add_option("-p,--philosophy", options->id,
                     "philosophy id, as `coach list` shows it (required; without it, the loaded "
                     "ids are listed)")
        ->check(id_given());
    command
        ->add_option("ATHLETE", options->athlete_path,
                     "athlete record (coach.athlete/1), or - for stdin")
        ->required()
        ->check(path_given(input_path));
    command->add_option("--date", options->date, "the day, YYYY-MM-DD (default: today)")
        ->check(date_given());
    command->footer(
        "The page comes from the plan made on the record as it stands that day (from its last\n"
        "assessment or logged session), so that the days of a week follow one plan.\n"
        "Example: coach today -p sprint-manual examples/athletes/sample.json --date 2026-10-08\n"
        "Exits 2 on a bad record or option (a day before the injury, or outside 1900-01-01\n"
        "to 2199-12-31), 3 when the plugin fails or returns an invalid plan, or when a plugin\n"
        "file was refused.");
    return [&context, options] {
        context.require_a_philosophy(options->id, "today");
        context.refuse_clashing_files({{"ATHLETE", options->athlete_path}}, {{"stdout", "-"}});
        const auto file = context.read_record(options->athlete_path);
        const Date day = options->date.empty() ? today_on_this_machine()
                                               : parse_date_option(options->date, "--date");
        const auto& engine = context.engine();
        context.report_load_errors();
        context.require_philosophies(std::span{&options->id, 1});
        const auto* record = engine.find(options->id);
        // The day is named as it was chosen: by --date, or as this machine's date when --date
        // was not given (a record whose injury is after today is not a mistake of --date).
        const std::string given = options->date.empty()
                                      ? "today's date " + day.iso() + " (no --date given)"
                                      : "--date " + day.iso();
        if (day < file.athlete.injury.date) {
            throw CommandError(exit_bad_input, given + " comes before the injury date "
                                                   + file.athlete.injury.date.iso() + " of "
                                                   + input_name(options->athlete_path)
                                                   + " (/injury/date)");
        }
        // The page shows the week from `day`: its last day must be a date a record can hold.
        if (day > json::last_record_date - 6) {
            throw CommandError(exit_bad_input, given + ": its week ends past "
                                                   + json::last_record_date.iso()
                                                   + ", the last date a record can hold; at most "
                                                   + (json::last_record_date - 6).iso());
        }
        // The plan reads the record as known on `day` (report::known_on()): a session logged
        // that day without the pain of the day after it, which is not known yet.
        const Athlete known = report::known_on(file.athlete, day);
        const Request request = today_request(known, file.request, day);
        const auto outcome = engine.plan(options->id, known, request);
        if (!outcome.plan) {
            throw CommandError(exit_plugin_error, outcome.error);
        }
        // The plugin's own advice as of the day itself (`plan --as-of day` carries it), when the
        // page's plan starts from an earlier entry of the record.
        std::optional<PlanOutcome> on_day;
        if (request.as_of != day) {
            on_day = engine.plan(options->id, known, Request{.as_of = day, .horizon_days = 7});
            if (!on_day->plan) {
                throw CommandError(exit_plugin_error, on_day->error);
            }
        }
        write_output("", report::today_text({.plan = *outcome.plan,
                                             .athlete = file.athlete,
                                             .day = day,
                                             .info = record->info,
                                             .width = context.width("-"),
                                             .plan_on_day = on_day ? &*on_day->plan : nullptr}));
        return context.exit_after_plugins();
    };
}

}  // namespace coach::cli
