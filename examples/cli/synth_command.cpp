#include <fstream>
#include <iostream>
#include <memory>

#include "coach/synthetic.hpp"
#include "commands.hpp"

namespace coach::cli {

namespace {

struct SynthOptions {
    std::uint64_t count = 0;
    std::uint64_t seed = 1;
    std::string output;
};

}  // namespace

Command add_synth_command(CLI::App& app, Context& /*context*/) {
    auto* command = app.add_subcommand(
        "synth", "Synthetic, realistic athlete records as JSON lines, to try `coach cohort` on");
    auto options = std::make_shared<SynthOptions>();
    command->add_option("--count", options->count, "how many records")->required();
    command->add_option("--seed", options->seed,
                        "which population (default 1); the same seed gives the same bytes on "
                        "every machine");
    command->add_option("-o,--output", options->output, "write to this file instead of stdout");
    command->footer(
        "Sports, grades, sites and muscles come in clinical proportions; pain and deficits scale\n"
        "with the grade and fall with time; red flags are rare; logs follow the injury.\n"
        "Example: coach synth --count 20000 --seed 7 -o athletes.jsonl");
    return [options] {
        if (options->output.empty() || options->output == "-") {
            synthetic::write_population(std::cout, options->count, options->seed);
            std::cout.flush();
            return exit_ok;
        }
        std::ofstream out{options->output, std::ios::binary};
        try {
            if (!out) {
                throw std::runtime_error("cannot write the file");
            }
            synthetic::write_population(out, options->count, options->seed);
            out.close();
            if (!out) {
                throw std::runtime_error("cannot write the file");
            }
        } catch (const std::runtime_error&) {
            throw CommandError(exit_failure, options->output + ": cannot write the file");
        }
        return exit_ok;
    };
}

}  // namespace coach::cli
