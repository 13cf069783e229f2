#pragma once

#include <memory>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace coach::cli {

// Where a command writes: standard output, or a file. Every command writes through one of these,
// so that no output is lost silently and none is left half written:
//
//  - every write, flush and close is checked; a failure throws
//    CommandError(exit_failure, "NAME: cannot write: REASON"), e.g. "<stdout>: cannot write: No
//    space left on device", REASON the errno of the call that failed; a call on another path
//    than NAME says which ("/proc/version: cannot write: cannot create a file in /proc: No such
//    file or directory");
//  - a file (new, or an existing regular file) is written to a temporary file in its folder and
//    renamed into place by commit(): until then the destination keeps its previous content, or
//    stays absent, whatever happens to the process. Without commit() (an error, an exception)
//    the temporary file is removed. A link is followed: the file it leads to is replaced.
//  - a device, pipe or socket (/dev/full, a FIFO) is written in place.
//
// [thread-compatible] One thread writes to an Output at a time.
class Output {
  public:
    // "" or "-": standard output; anything else a file path. Throws CommandError naming the path
    // when the file cannot be created (exit_failure) or is a folder (exit_bad_input).
    explicit Output(const std::string& path);
    ~Output();
    Output(const Output&) = delete;
    Output& operator=(const Output&) = delete;

    // What error messages call this output: the path, or "<stdout>".
    const std::string& name() const { return name_; }
    bool is_stdout() const { return to_stdout_; }

    // The stream to write to. A failed write sets badbit; commit() reports it.
    std::ostream& stream() { return *stream_; }
    void write(std::string_view text) { stream_->write(text.data(), std::ssize(text)); }

    // Writes out what is buffered, so that a process forked now does not inherit it; throws
    // CommandError on failure.
    void flush();

    // Writes out everything and closes it: for a file, all but the rename into place, which is
    // left to commit(). Throws CommandError on any failure, leaving the destination as it was
    // (and the temporary file removed). Called by commit(); call it first, through
    // commit_together(), when several outputs must appear together or not at all.
    void finish();

    // finish(), then, for a file, renames it into place. Throws CommandError on any failure,
    // leaving the destination as it was. Call once, when the output is complete.
    void commit();

  private:
    class Buffer;

    // "NAME: cannot write: CALL: REASON", CALL saying what failed when it was not a write to
    // the destination itself ("cannot create a file in /proc"), REASON the errno of that call.
    [[noreturn]] void fail(int error, const std::string& call = {}) const;
    // fail() for a destination that cannot be opened: exit 2 when the path is at fault.
    [[noreturn]] void fail_to_open(int error, const std::string& call = {}) const;

    std::string name_;
    bool to_stdout_ = false;
    std::unique_ptr<Buffer> buffer_;
    std::unique_ptr<std::ostream> stream_;
    int descriptor_ = -1;          // the file written, or STDOUT_FILENO; -1 once closed
    std::string destination_;      // where commit() renames it; empty when written in place
    std::string named_temporary_;  // the temporary file's name, if it has one (no O_TMPFILE)
    bool finished_ = false;
    bool committed_ = false;
};

// Commits `outputs` all or none: each is finished (written out, flushed and closed: a full disk,
// a quota or /dev/full fails here) before any is renamed into place, so that a failure of one
// leaves every destination as it was. Only a rename, which does not write, can fail after
// another output appeared.
void commit_together(std::span<Output* const> outputs);

// A path a command reads or writes, with the option that names it: {"-o", "out.jsonl"}; "-" is
// standard input for an input, standard output for an output.
struct FileUse {
    std::string option;
    std::string path;
};

// Refuses, with CommandError(exit_bad_input) naming the paths, an output that is one of the
// `inputs` (through links, or as what standard input or output already is: `>> in.jsonl`), an
// output that would replace an existing file of athlete records or a protocol file (the athlete
// or protocol schema's name in its first 64 KiB, one document or JSON lines: trials 41 and 42,
// `coach synth -o sample.json`, `coach cohort in.jsonl -o athletes.jsonl`), two outputs that are
// one file, and two outputs that both go to standard output. Devices such as
// /dev/null may be shared. Call before anything is opened for writing.
void refuse_clashing_files(const std::vector<FileUse>& inputs, const std::vector<FileUse>& outputs);

}  // namespace coach::cli
