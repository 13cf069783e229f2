#include <memory>
#include <sstream>

#include "coach/counted.hpp"
#include "coach/planning_case.hpp"
#include "coach/printable.hpp"
#include "coach/safety_gate.hpp"
#include "coach/text_table.hpp"
#include "commands.hpp"
#include "input_files.hpp"
#include "output.hpp"

namespace coach::cli {

Command add_list_command(CLI::App& app, Context& context) {
    auto* command =
        app.add_subcommand("list", "List the philosophies found, with id, version and summary");
    command->footer("Exits 3 when a plugin file was found but refused; the reason is on stderr.");
    return [&context] {
        const auto& engine = context.engine();
        // Each summary under its id, indented: prose reads best the width of the terminal.
        report::TextTable table{{"id", "version"}};
        for (const auto& record : engine.list()) {
            table.add_row({record.info.id, record.info.version});
            table.add_row({"    " + record.info.summary});
        }
        const auto width = context.width("-");
        std::string text = table.render(width);
        if (engine.list().empty()) {
            text += "(no philosophies found: add a folder with --plugins or COACH_PLUGIN_PATH)\n";
        }
        write_output("-", report::fit_lines(text, width));
        return context.exit_after_plugins();
    };
}

Command add_check_command(CLI::App& app, Context& context) {
    auto* command = app.add_subcommand(
        "check", "Validate an athlete record; each problem is one line with its JSON pointer");
    auto path = std::make_shared<std::string>();
    auto strict = std::make_shared<bool>(false);
    command->add_option("ATHLETE", *path, "athlete record (coach.athlete/1), or - for stdin")
        ->required()
        ->check(path_given(input_path));
    command->add_flag("--strict", *strict,
                      "refuse unknown fields and an injury region no philosophy covers (else each "
                      "is a warning line)");
    command->footer(
        "Unknown fields are listed on stderr as warnings, each with its JSON pointer (inside\n"
        "an assessment, its `symptoms` and `clinician_review` they are always errors, and so is\n"
        "a red flag named in free text but not recorded as a symptom), and so is an injury\n"
        "region that no philosophy found covers, with the regions they cover. A red flag named\n"
        "in free text that the symptoms record as false is a warning: the flag is read as\n"
        "present (red flags win) and shows as a \"stop:\" line.\n"
        "A valid record's safety-gate findings as of its as_of follow the ok line, one per line:\n"
        "\"stop:\" (a red flag or a tear that withholds every plan as a referral) and\n"
        "\"advise:\" (a referral every plan carries). They are findings about the athlete, not\n"
        "about the file, so they do not change the exit status.\n"
        "Exits 0 when the record is valid, 2 when it is not (or, with --strict, has a warning).");
    return [&context, path, strict] {
        context.refuse_clashing_files({{"ATHLETE", *path}}, {{"stdout", "-"}});
        const auto file = context.read_record(*path, *strict);
        const auto& athlete = file.athlete;
        std::ostringstream line;
        line << report::printable(input_name(*path)) << ": ok: athlete "
             << report::printable(athlete.id) << ", grade " << athlete.injury.grade << " "
             << report::printable(athlete.injury.region) << " injury of "
             << athlete.injury.date.iso() << ", "
             << report::counted(athlete.assessments.size(), "assessment") << ", "
             << report::counted(athlete.log.size(), "log entry", "log entries") << '\n';
        const PlanningCase planning{athlete, file.request};
        for (const auto& referral :
             safety::stop_referrals(planning.input(), planning.chronology())) {
            line << report::printable(input_name(*path))
                 << ": stop: " << report::printable(referral.reason)
                 << " (every plan is withheld as a referral)\n";
        }
        for (const auto& referral :
             safety::advise_referrals(planning.input(), planning.chronology())) {
            line << report::printable(input_name(*path))
                 << ": advise: " << report::printable(referral.reason) << '\n';
        }
        write_output("-", report::fit_lines(line.str(), context.width("-")));
        return exit_ok;
    };
}

}  // namespace coach::cli
