#pragma once

#include <CLI/CLI.hpp>
#include <functional>

#include "cli_context.hpp"

namespace coach::cli {

// Each add_*_command registers a subcommand on `app` and returns what runs it.
using Command = std::function<int()>;

Command add_list_command(CLI::App& app, Context& context);
Command add_check_command(CLI::App& app, Context& context);
Command add_plan_command(CLI::App& app, Context& context);
Command add_compare_command(CLI::App& app, Context& context);
Command add_cohort_command(CLI::App& app, Context& context);
Command add_synth_command(CLI::App& app, Context& context);
Command add_today_command(CLI::App& app, Context& context);
Command add_validate_plugin_command(CLI::App& app, Context& context);

}  // namespace coach::cli
