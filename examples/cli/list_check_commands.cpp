#include <memory>
#include <sstream>

#include "coach/text_table.hpp"
#include "commands.hpp"
#include "output.hpp"

namespace coach::cli {

Command add_list_command(CLI::App& app, Context& context) {
    auto* command =
        app.add_subcommand("list", "List the philosophies found, with id, version and summary");
    command->footer("Exits 3 when a plugin file was found but refused; the reason is on stderr.");
    return [&context] {
        const auto& engine = context.engine();
        report::TextTable table{{"id", "version", "summary"}};
        table.align_left(2);
        for (const auto& record : engine.list()) {
            table.add_row({record.info.id, record.info.version, record.info.summary});
        }
        std::string text = table.render();
        if (engine.list().empty()) {
            text += "(no philosophies found: add a folder with --plugins or COACH_PLUGIN_PATH)\n";
        }
        write_output("-", text);
        return context.report_load_errors() ? exit_plugin_error : exit_ok;
    };
}

Command add_check_command(CLI::App& app, Context& /*context*/) {
    auto* command = app.add_subcommand(
        "check", "Validate an athlete record; each problem is one line with its JSON pointer");
    auto path = std::make_shared<std::string>();
    command->add_option("ATHLETE", *path, "athlete record (coach.athlete/1), or - for stdin")
        ->required();
    command->footer("Exits 0 when the record is valid, 2 when it is not.");
    return [path] {
        refuse_clashing_files({{"ATHLETE", *path}}, {{"stdout", "-"}});
        const auto file = read_athlete(*path);
        const auto& athlete = file.athlete;
        std::ostringstream line;
        line << *path << ": ok: athlete " << athlete.id << ", grade " << athlete.injury.grade << " "
             << athlete.injury.region << " injury of " << athlete.injury.date.iso() << ", "
             << athlete.assessments.size() << " assessment(s), " << athlete.log.size()
             << " log entr" << (athlete.log.size() == 1 ? "y" : "ies") << '\n';
        write_output("-", line.str());
        return exit_ok;
    };
}

}  // namespace coach::cli
