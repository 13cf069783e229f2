// coach-mpi: `coach cohort` over the ranks of an MPI job, the same bytes out as one process.
// A program of its own, so that `coach` and the engine never link MPI (README, "A cohort on a
// cluster").
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <boost/mpi/communicator.hpp>
#include <boost/mpi/environment.hpp>
#include <iostream>

#include "cli_context.hpp"
#include "cohort_job.hpp"
#include "cohort_options.hpp"
#include "global_options.hpp"
#include "help_format.hpp"

int main(int argc, char** argv) {
    using namespace coach::cli;
    // Only the main thread calls MPI; the planning threads never do.
    const boost::mpi::environment environment{argc, argv, boost::mpi::threading::funneled};
    const boost::mpi::communicator world;
    const bool root = world.rank() == 0;

    CLI::App app{
        "coach-mpi: run a cohort (coach cohort) over the ranks of an MPI job, with the "
        "same result lines and summary, byte for byte, as one process."};
    app.require_subcommand(1);
    GlobalOptions global;
    global.log_prefix = "coach-mpi: rank " + std::to_string(world.rank());
    app.formatter(std::make_shared<HelpFormatter>(
        [&global] { return text_width(global.width, STDOUT_FILENO); }));
    app.fallthrough();
    add_global_options(app, global);
    app.set_version_flag("--version", "coach-mpi 0.1.0");
    auto* command = app.add_subcommand(
        "cohort", "Many athletes through every philosophy, shared among the ranks of the job");
    CohortCommandOptions options;
    add_cohort_options(*command, options);
    command->footer(
        "Run as: mpirun -np N coach-mpi cohort IN.jsonl -o OUT.jsonl [--summary S.json]\n"
        "Every option means what it does for `coach cohort`. Each rank reads its own share of\n"
        "IN's bytes, cut at line starts; rank 0 writes OUT and the summary, in input order with\n"
        "the line numbers of the whole file, and prints the summary table on stderr. IN must be\n"
        "a file every rank can read (a shared file system); OUT and --summary are written by\n"
        "rank 0. --threads is per rank (default: the node's cores shared among its ranks).\n"
        "With --log-level info each rank prints its share and the seconds of each phase.\n"
        "Rejected lines are named on stderr by the rank that read them, as\n"
        "coach-mpi: rank R: FILE:LINE: POINTER: PROBLEM; rank 0 prints the other ranks' lines\n"
        "after its own, in rank order, when they have planned, and then the table. Exit codes\n"
        "as coach cohort's (0, 2, 3,\n"
        "1; 2 for an IN without athlete records). A rank that fails ends the job, naming\n"
        "itself and the line it was on (or, writing OUT or the summary, the file and the\n"
        "reason); a rank that is killed ends it too (mpirun names it). Either way OUT and the\n"
        "summary are left as they were.");
    app.failure_message([](const CLI::App*, const CLI::Error& error) {
        return "coach-mpi: " + std::string{error.what()}
               + " (coach-mpi --help lists the options)\n";
    });
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        // Every rank parses the same arguments: rank 0 alone prints help, version or the error.
        if (root) {
            const int code = app.exit(error);
            return code == 0 ? exit_ok : exit_bad_input;
        }
        return error.get_exit_code() == 0 ? exit_ok : exit_bad_input;
    }
    Context context{global};
    const bool timings =
        global.log_level == "info" || global.log_level == "debug" || global.log_level == "trace";
    return coach::mpi::run_cohort_job(world, context, options, timings);
}
