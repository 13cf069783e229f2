#pragma once

#include <boost/mpi/communicator.hpp>

#include "cli_context.hpp"
#include "cohort_options.hpp"

namespace coach::mpi {

// `coach cohort` over the ranks of `world`, with the same options and the same bytes out:
//
//  1. each rank takes its line-aligned byte range of IN (input_split.hpp); an exclusive scan of
//     the line breaks in the ranges gives each rank the number of its first line;
//  2. each rank runs the cohort over its range (run_cohort with CohortOptions::first_line) into a
//     part file beside OUT, ".OUT.JOB.part-R", written through a temporary file like every output;
//  3. the summaries are reduced to rank 0 with CohortSummary::merge (exact value counts);
//  4. rank 0 puts the parts end to end, in rank order, into OUT's temporary file, renames it into
//     place, removes the parts, writes --summary the same way and prints the summary table.
//
// Rejected lines are printed by the rank that read them, "coach-mpi: rank R: IN:LINE: ...", and
// so are the decoder's warnings, at most cli::CohortWarningLines::max_lines per rank
// ("coach-mpi: rank R: warning: IN:LINE: ..."), then how many more that rank had.
// Errors before the run (options, files, plugins) are the same on every rank and end the job
// with coach's exit code, printed once. A rank that fails during the run prints
// "coach-mpi: rank R: line L: MESSAGE", removes the part files and aborts the job
// (MPI_Abort); OUT and the summary are then left as they were. Returns the exit code.
// With `timings`, each rank ends by printing its lines, bytes and the seconds of each phase
// (set-up, split, run, gather, merge, commit) as "coach-mpi: rank R: info: ...".
// [main thread only] Every rank calls it with the same options.
int run_cohort_job(const boost::mpi::communicator& world, cli::Context& context,
                   const cli::CohortCommandOptions& options, bool timings = false);

}  // namespace coach::mpi
