#include <limits>
#include <memory>

#include "coach/synthetic.hpp"
#include "commands.hpp"
#include "input_files.hpp"
#include "number_option.hpp"
#include "output.hpp"

namespace coach::cli {

namespace {

// More records than anyone needs to try a cohort: a mistyped count fails instead of filling the
// disk.
constexpr std::uint64_t max_synthetic_records = 1'000'000'000;

struct SynthOptions {
    std::uint64_t count = 0;
    std::uint64_t seed = 1;
    std::string output;
};

}  // namespace

Command add_synth_command(CLI::App& app, Context& context) {
    auto* command = app.add_subcommand(
        "synth", "Synthetic, realistic athlete records as JSON lines, to try `coach cohort` on");
    auto options = std::make_shared<SynthOptions>();
    command->add_option("--count", options->count, "how many records, 0..1000000000")
        ->check(number_in<std::uint64_t>(0, max_synthetic_records))
        ->required();
    command
        ->add_option("--seed", options->seed,
                     "which population (default 1); the same seed gives the same bytes on "
                     "every machine")
        ->check(number_in<std::uint64_t>(0, std::numeric_limits<std::uint64_t>::max()));
    command->add_option("-o,--output", options->output, "write to this file instead of stdout")
        ->check(path_given(output_path));
    command->footer(
        "Sports, grades, sites and muscles come in clinical proportions; pain and deficits scale\n"
        "with the grade and fall with time; red flags are rare; logs follow the injury.\n"
        "Example: coach synth --count 20000 --seed 7 -o athletes.jsonl\n"
        "Exits 0 when every record was written, 2 on a bad option or an -o path that cannot be\n"
        "written (no such folder, no permission, a folder), 1 when writing fails (a full disk;\n"
        "a file appears only when complete: a failure leaves the previous one).");
    return [&context, options] {
        context.refuse_clashing_files({},
                                      {{"-o", options->output.empty() ? "-" : options->output}});
        Output out{options->output};
        try {
            synthetic::write_population(out.stream(), options->count, options->seed);
        } catch (const std::runtime_error&) {
            out.flush();  // throws what the stream ran into, naming the output
            throw;
        }
        out.commit();
        return exit_ok;
    };
}

}  // namespace coach::cli
