#include <ctime>
#include <memory>

#include "coach/report.hpp"
#include "coach/text_wrap.hpp"
#include "commands.hpp"
#include "output.hpp"

namespace coach::cli {

namespace {

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
    command->add_option("-p,--philosophy", options->id, "philosophy id, as `coach list` shows it")
        ->required();
    command
        ->add_option("ATHLETE", options->athlete_path,
                     "athlete record (coach.athlete/1), or - for stdin")
        ->required();
    command->add_option("--date", options->date, "the day, YYYY-MM-DD (default: today)");
    command->footer(
        "The plan is made as of that day, from everything the record holds up to it.\n"
        "Example: coach today -p sprint-manual examples/athletes/sample.json --date 2026-10-08");
    return [&context, options] {
        refuse_clashing_files({{"ATHLETE", options->athlete_path}}, {{"stdout", "-"}});
        const auto file = read_athlete(options->athlete_path);
        const Date day = options->date.empty() ? today_on_this_machine()
                                               : parse_date_option(options->date, "--date");
        const auto& engine = context.engine();
        context.report_load_errors();
        const auto* record = engine.find(options->id);
        if (record == nullptr) {
            throw CommandError(exit_bad_input, "no philosophy '" + options->id
                                                   + "' is loaded; `coach list` shows those found");
        }
        if (day < file.athlete.injury.date) {
            throw CommandError(exit_bad_input, "--date " + day.iso()
                                                   + " comes before the injury date "
                                                   + file.athlete.injury.date.iso());
        }
        const auto outcome =
            engine.plan(options->id, file.athlete, {.as_of = day, .horizon_days = 7});
        if (!outcome.plan) {
            throw CommandError(exit_plugin_error, outcome.error);
        }
        write_output("", report::fit_lines(
                             report::session_text(*outcome.plan, day, record->info.pain_ceiling),
                             context.width("-")));
        return exit_ok;
    };
}

}  // namespace coach::cli
