#include "output.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <boost/json/parse.hpp>
#include <boost/json/stream_parser.hpp>
#include <boost/json/value.hpp>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <streambuf>

#include "cli_context.hpp"
#include "coach/printable.hpp"

namespace coach::cli {

namespace fs = std::filesystem;

namespace {

std::string reason(int error) {
    return std::strerror(error);
}

// Writes all of `size` bytes, through interrupted and partial writes; 0 or the errno.
int write_all(int descriptor, const char* data, std::size_t size) {
    while (size > 0) {
        const auto written = ::write(descriptor, data, size);
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            return errno;
        }
        data += written;
        size -= static_cast<std::size_t>(written);
    }
    return 0;
}

// A name for the temporary file beside `destination`: ".NAME.coach-XXXXXXXX".
std::string temporary_name(const fs::path& destination) {
    static std::mt19937_64 random{std::random_device{}()};
    constexpr std::string_view digits = "0123456789abcdef";
    std::string suffix;
    for (auto bits = random(); suffix.size() < 12; bits >>= 4) {
        suffix += digits[bits & 15];
    }
    return (destination.parent_path()
            / ("." + destination.filename().string() + ".coach-" + suffix))
        .string();
}

// The folder a file is written in, as messages name it.
std::string folder_of(const fs::path& file) {
    return report::printable(file.parent_path().string());
}

// The permission bits a new file gets from the umask.
mode_t default_file_mode() {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

// Where the kernel would create the file `path` names: its folder resolved as the kernel resolves
// it, one component after another, and its name. A folder that does not exist cannot be passed
// through: "nosuch/../in.json" names no file, though lexically it is "in.json" (trial 52 replaced
// an input through such a path, as the lexical form was compared and written). nullopt with `error`
// set when the folder cannot be resolved.
std::optional<fs::path> where_created(const std::string& path, std::error_code& error) {
    const fs::path given{path};
    const fs::path resolved =
        fs::canonical(given.has_parent_path() ? given.parent_path() : fs::path{"."}, error);
    if (error) {
        return std::nullopt;
    }
    if (!fs::is_directory(resolved, error)) {
        error = std::make_error_code(std::errc::not_a_directory);
        return std::nullopt;
    }
    return resolved / given.filename();
}

// The first folder on the way to the file `path` names that does not exist (or is not a folder).
std::string first_missing_folder(const std::string& path) {
    const fs::path given{path};
    fs::path walked;
    for (const auto& part : given.parent_path()) {
        walked /= part;
        struct stat status {};
        if (::stat(walked.c_str(), &status) != 0 || !S_ISDIR(status.st_mode)) {
            break;
        }
    }
    return walked.string();
}

}  // namespace

// A stream buffer over a file descriptor that remembers the first write error.
class Output::Buffer final : public std::streambuf {
  public:
    explicit Buffer(int descriptor) : descriptor_(descriptor) {
        setp(data_.data(), data_.data() + data_.size());
    }

    // The errno of the first failed write, 0 while none has failed.
    int error() const { return error_; }
    bool drain() {
        const auto pending = static_cast<std::size_t>(pptr() - pbase());
        if (error_ == 0 && pending > 0) {
            error_ = write_all(descriptor_, pbase(), pending);
        }
        setp(data_.data(), data_.data() + data_.size());
        return error_ == 0;
    }

  protected:
    int_type overflow(int_type c) override {
        if (!drain()) {
            return traits_type::eof();
        }
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }

    std::streamsize xsputn(const char* text, std::streamsize size) override {
        if (size < epptr() - pptr()) {
            std::memcpy(pptr(), text, static_cast<std::size_t>(size));
            pbump(static_cast<int>(size));
            return size;
        }
        if (!drain()) {
            return 0;
        }
        error_ = write_all(descriptor_, text, static_cast<std::size_t>(size));
        return error_ == 0 ? size : 0;
    }

    int sync() override { return drain() ? 0 : -1; }

  private:
    int descriptor_;
    int error_ = 0;
    std::array<char, 64 * 1024> data_;
};

Output::Output(const std::string& path) {
    if (path.empty() || path == "-") {
        name_ = "<stdout>";
        to_stdout_ = true;
        descriptor_ = STDOUT_FILENO;
    } else {
        name_ = report::printable(path);
        struct stat status {};
        const bool exists = ::stat(path.c_str(), &status) == 0;
        if (exists && S_ISDIR(status.st_mode)) {
            throw CommandError(exit_bad_input, name_ + ": cannot write: is a folder, not a file");
        }
        if (exists && !S_ISREG(status.st_mode)) {
            // A device, pipe or socket: nothing to replace, nothing to rename.
            descriptor_ = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
            if (descriptor_ < 0) {
                fail_to_open(errno);
            }
        } else {
            std::error_code error;
            fs::path resolved;
            if (exists) {
                resolved = fs::canonical(fs::absolute(path, error), error);
            } else if (auto created = where_created(path, error)) {
                resolved = std::move(*created);
            } else if (error == std::errc::no_such_file_or_directory
                       || error == std::errc::not_a_directory) {
                throw CommandError(exit_bad_input,
                                   name_ + ": cannot write: no folder "
                                       + report::printable(first_missing_folder(path)));
            }
            if (error) {
                fail_to_open(error.value());
            }
            destination_ = resolved.string();
            const mode_t mode = exists ? status.st_mode & 07777 : default_file_mode();
            // Unnamed until commit(): a process killed before then leaves nothing behind.
            descriptor_ =
                ::open(resolved.parent_path().c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, mode);
            if (descriptor_ < 0 && (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)) {
                named_temporary_ = temporary_name(resolved);
                descriptor_ =
                    ::open(named_temporary_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
                if (descriptor_ < 0) {
                    named_temporary_.clear();
                }
            }
            if (descriptor_ < 0) {
                // The call that failed created a file in the folder, not the file itself: say so,
                // or "/proc/version: No such file or directory" would deny a file that exists.
                const int error_number = errno;
                fail_to_open(error_number, "cannot create a file in " + folder_of(resolved));
            }
            if (exists) {
                // The replacement keeps the mode, and when we may, the owner of what it replaces.
                ::fchmod(descriptor_, mode);
                [[maybe_unused]] const int kept =
                    ::fchown(descriptor_, status.st_uid, status.st_gid);
            }
        }
    }
    buffer_ = std::make_unique<Buffer>(descriptor_);
    stream_ = std::make_unique<std::ostream>(buffer_.get());
}

Output::~Output() {
    if (to_stdout_ || committed_) {
        return;
    }
    if (descriptor_ >= 0) {
        ::close(descriptor_);
    }
    if (!named_temporary_.empty()) {
        ::unlink(named_temporary_.c_str());
    }
}

void Output::fail_to_open(int error, const std::string& call) const {
    // A path the user gave that cannot be written (no such folder, no permission, read-only) is
    // bad usage; running out of space or a failing disk later is not.
    const bool usage = error == ENOENT || error == ENOTDIR || error == EACCES || error == EPERM
                       || error == EROFS || error == ENAMETOOLONG || error == ELOOP;
    throw CommandError(
        usage ? exit_bad_input : exit_failure,
        name_ + ": cannot write: " + (call.empty() ? "" : call + ": ") + reason(error));
}

void Output::fail(int error, const std::string& call) const {
    throw CommandError(exit_failure, name_ + ": cannot write: " + (call.empty() ? "" : call + ": ")
                                         + reason(error));
}

void Output::flush() {
    if (!buffer_->drain()) {
        fail(buffer_->error());
    }
}

void Output::finish() {
    if (finished_) {
        return;
    }
    flush();
    finished_ = true;
    if (to_stdout_) {
        return;
    }
    if (!destination_.empty() && named_temporary_.empty()) {
        // Give the unnamed file a name beside its destination, for commit() to rename it over.
        const auto self = "/proc/self/fd/" + std::to_string(descriptor_);
        int error = EEXIST;
        for (int attempt = 0; attempt < 8 && error == EEXIST; ++attempt) {
            named_temporary_ = temporary_name(destination_);
            error = ::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, named_temporary_.c_str(),
                             AT_SYMLINK_FOLLOW)
                            == 0
                        ? 0
                        : errno;
        }
        if (error != 0) {
            named_temporary_.clear();
            // The destructor closes the unnamed file, which then vanishes.
            fail(error, "cannot name the finished file in " + folder_of(destination_));
        }
    }
    const int closed = ::close(descriptor_) == 0 ? 0 : errno;
    descriptor_ = -1;
    if (closed != 0) {
        fail(closed);  // the destructor removes the temporary file
    }
}

void Output::commit() {
    finish();
    committed_ = true;
    if (to_stdout_ || named_temporary_.empty()) {
        return;  // standard output, or a device written in place
    }
    if (::rename(named_temporary_.c_str(), destination_.c_str()) != 0) {
        const int error = errno;
        ::unlink(named_temporary_.c_str());
        fail(error, "cannot rename the finished file over it");
    }
}

void commit_together(std::span<Output* const> outputs) {
    for (auto* output : outputs) {
        output->finish();
    }
    for (auto* output : outputs) {
        output->commit();
    }
}

namespace {

// What a path is to the kernel: a device and inode when it exists, else the path it would be
// created at.
struct FileIdentity {
    std::optional<std::pair<dev_t, ino_t>> inode;
    bool shareable = false;  // a character device: /dev/null, /dev/tty
    std::string future_path;

    bool same_as(const FileIdentity& other) const {
        if (shareable || other.shareable) {
            return false;
        }
        if (inode || other.inode) {
            return inode == other.inode;
        }
        return !future_path.empty() && future_path == other.future_path;
    }
};

FileIdentity identity_of(const FileUse& use, int standard_stream) {
    FileIdentity identity;
    struct stat status {};
    const bool known = use.path == "-" ? ::fstat(standard_stream, &status) == 0
                                       : ::stat(use.path.c_str(), &status) == 0;
    if (known) {
        identity.inode = std::pair{status.st_dev, status.st_ino};
        identity.shareable = S_ISCHR(status.st_mode);
    } else if (use.path != "-") {
        std::error_code error;
        if (const auto created = where_created(use.path, error)) {
            identity.future_path = created->string();
        }
    }
    return identity;
}

// What a JSON value is to coach, from its schema's name or, without one, its shape: an athlete
// record has an `injury` object, or `injury` and `assessments` or `log`, a protocol file `phases`
// and `pain_ceiling` (coach's own outputs have neither pair). An array is read by the first of
// its elements that has a shape (trial 57: an export that opened with a header object,
// `[{"note": "export"}, {record}]`, was replaced).
std::optional<std::string_view> coach_data_shape(const boost::json::value& value) {
    if (const auto* array = value.if_array()) {
        for (const auto& element : *array) {
            if (const auto held = coach_data_shape(element)) {
                return *held == "an athlete record"
                           ? std::optional<std::string_view>{"athlete records"}
                           : held;
            }
        }
        return std::nullopt;
    }
    const auto* object = value.if_object();
    if (object == nullptr) {
        return std::nullopt;
    }
    if (const auto* schema = object->if_contains("schema"); schema && schema->is_string()) {
        const std::string_view name = schema->get_string();
        if (name.starts_with("coach.athlete/")) {
            return "an athlete record";
        }
        if (name.starts_with("coach.protocol/")) {
            return "a protocol file";
        }
    }
    // An injury object alone is a record begun by hand (trial 45: `{"id", "injury"}`); coach's
    // outputs name the athlete, never the injury, at their top.
    if (const auto* injury = object->if_contains("injury");
        injury
        && (injury->is_object() || object->contains("assessments") || object->contains("log"))) {
        return "an athlete record";
    }
    if (object->contains("phases") && object->contains("pain_ceiling")) {
        return "a protocol file";
    }
    return std::nullopt;
}

// The first JSON value in `in` from `offset` on (a UTF-8 byte order mark skipped), read in
// pieces up to 64 MiB; nullopt when what is there is not one.
std::optional<boost::json::value> first_value_at(std::ifstream& in, std::streamoff offset) {
    in.clear();
    in.seekg(offset);
    boost::json::stream_parser parser;
    std::array<char, 64 * 1024> piece{};
    std::size_t read_so_far = 0;
    bool first = true;
    while (!parser.done() && read_so_far < 64 * 1024 * 1024) {
        in.read(piece.data(), std::ssize(piece));
        auto size = static_cast<std::size_t>(in.gcount());
        if (size == 0) {
            break;
        }
        std::string_view text{piece.data(), size};
        if (first && text.starts_with("\xEF\xBB\xBF")) {
            text.remove_prefix(3);
        }
        first = false;
        read_so_far += size;
        boost::system::error_code error;
        parser.write_some(text.data(), text.size(), error);
        if (error) {
            return std::nullopt;
        }
    }
    boost::system::error_code error;
    parser.finish(error);
    if (error) {
        return std::nullopt;
    }
    return parser.release();
}

// The text of a file that opens with a UTF-16 byte order mark (as some Windows editors save a
// record), its characters below 256 kept as bytes and the others as '?': enough to know a
// record by its schema's name or its keys, which are ASCII. Read up to 64 MiB; nullopt for any
// other file.
std::optional<std::string> narrowed_utf16(std::ifstream& in) {
    std::array<unsigned char, 2> mark{};
    in.read(reinterpret_cast<char*>(mark.data()), 2);
    const bool little = mark == std::array<unsigned char, 2>{0xFF, 0xFE};
    const bool big = mark == std::array<unsigned char, 2>{0xFE, 0xFF};
    if (in.gcount() != 2 || (!little && !big)) {
        in.clear();
        in.seekg(0);
        return std::nullopt;
    }
    std::string text;
    std::array<unsigned char, 2> unit{};
    while (text.size() < 64 * 1024 * 1024 && in.read(reinterpret_cast<char*>(unit.data()), 2)) {
        const unsigned char low = little ? unit[0] : unit[1];
        const unsigned char high = little ? unit[1] : unit[0];
        text.push_back(high == 0 ? static_cast<char>(low) : '?');
    }
    return text;
}

// What `path`, an existing file, holds that coach reads and a user would lose: "an athlete
// record", "athlete records" (JSON lines or an array: a cohort's input is as much a record as one
// athlete's) or "a protocol file"; nullopt for anything else, coach's own outputs among them.
// Read from the schema's name anywhere in the file (a record cut short mid-edit still counts),
// from the shape of its first JSON value, or of a value on one of its first lines (JSON lines
// after a damaged line), whatever its size and key order; and from the name `*.protocol.json`.
std::optional<std::string_view> coach_data_in(const std::string& path) {
    const fs::path file{path};
    std::error_code error;
    if (!fs::is_regular_file(file, error)) {
        return std::nullopt;
    }
    if (file.filename().string().ends_with(".protocol.json")) {
        return "a protocol file";
    }
    std::ifstream in{file, std::ios::binary};
    if (const auto text = narrowed_utf16(in)) {
        // Trial 53: a record saved as UTF-16 was replaced, as it did not read as JSON.
        const auto named = [&](std::string_view name) { return text->find(name); };
        if (named("\"coach.protocol/") != std::string::npos) {
            return "a protocol file";
        }
        if (const auto first = named("\"coach.athlete/"); first != std::string::npos) {
            return text->find("\"coach.athlete/", first + 1) != std::string::npos
                       ? "athlete records"
                       : "an athlete record";
        }
        boost::system::error_code not_json;
        const auto value = boost::json::parse(*text, not_json);
        return not_json ? std::nullopt : coach_data_shape(value);
    }
    // The schema's name anywhere as a string of its own: pieces overlap by the length of a name,
    // so none is cut; one quoted inside another string (`\"coach.athlete/9\"` in a cohort's
    // result line naming a wrong schema) is not a schema.
    constexpr std::string_view athlete = "\"coach.athlete/";
    constexpr std::string_view protocol = "\"coach.protocol/";
    std::string window;             // the tail of the previous piece, then this one
    std::size_t window_offset = 0;  // where `window` starts in the file
    // A name at the window's start lay in the previous window's tail, and was read there.
    const auto a_string_at = [&](std::size_t at) {
        return at == 0 ? window_offset == 0 : window[at - 1] != '\\';
    };
    const auto found = [&](std::string_view name, std::size_t from) {
        auto at = window.find(name, from);
        while (at != std::string::npos && !a_string_at(at)) {
            at = window.find(name, at + 1);
        }
        return at;
    };
    std::string piece(std::size_t{256} * 1024, '\0');
    std::optional<std::size_t> counted;  // the file offset of the athlete schema counted last
    int athletes = 0;
    while (in.read(piece.data(), std::ssize(piece)) || in.gcount() > 0) {
        window.append(piece.data(), static_cast<std::size_t>(in.gcount()));
        if (found(protocol, 0) != std::string::npos) {
            return "a protocol file";
        }
        for (auto at = found(athlete, 0); at != std::string::npos; at = found(athlete, at + 1)) {
            if (counted != window_offset + at) {
                counted = window_offset + at;
                if (++athletes == 2) {
                    return "athlete records";
                }
            }
        }
        // Keep a tail that a name cut by this piece's end could start in, and the mark before it.
        const auto keep = std::min(window.size(), protocol.size() + 1);
        window_offset += window.size() - keep;
        window.erase(0, window.size() - keep);
    }
    if (athletes == 1) {
        return "an athlete record";
    }
    // No schema's name: the shape of the first value, else of one that starts one of the first
    // lines.
    std::streamoff line_start = 0;
    for (int line = 0; line < 16; ++line) {
        if (const auto value = first_value_at(in, line_start)) {
            if (const auto held = coach_data_shape(*value)) {
                return held;
            }
            if (line == 0) {
                return std::nullopt;
            }
        }
        in.clear();
        in.seekg(line_start);
        std::string skipped;
        if (!std::getline(in, skipped)) {
            break;
        }
        line_start = in.tellg();
        if (line_start < 0) {
            break;
        }
    }
    return std::nullopt;
}

std::string shown(const FileUse& use, std::string_view standard_name) {
    return use.path == "-" ? std::string{standard_name} : report::printable(use.path);
}

}  // namespace

void refuse_clashing_files(const std::vector<FileUse>& inputs,
                           const std::vector<FileUse>& outputs) {
    std::vector<FileIdentity> output_identities;
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        const auto& output = outputs[i];
        const auto identity = identity_of(output, STDOUT_FILENO);
        for (const auto& input : inputs) {
            if (identity.same_as(identity_of(input, STDIN_FILENO))) {
                const auto what = output.path == "-" ? std::string{"<stdout>: standard output"}
                                                     : report::printable(output.path)
                                                           + ": the output of " + output.option;
                // A file of the global options or of the plugin search path is named with where
                // it comes from: "the input pp/x.json of --plugins", "... of COACH_PLUGIN_PATH",
                // "... of the bundled plugin folder".
                const bool global = input.option.starts_with("--")
                                    || input.option == "COACH_PLUGIN_PATH"
                                    || input.option == "the bundled plugin folder";
                const auto of = global ? " of " + input.option : "";
                throw CommandError(exit_bad_input, what + " is the input " + shown(input, "<stdin>")
                                                       + of + "; refusing to overwrite it");
            }
        }
        if (const auto data = output.path == "-" ? std::nullopt : coach_data_in(output.path)) {
            throw CommandError(exit_bad_input,
                               report::printable(output.path) + ": the output of " + output.option
                                   + " holds " + std::string{*data}
                                   + "; refusing to replace it (write to another file, or remove "
                                     "it first)");
        }
        for (std::size_t j = 0; j < i; ++j) {
            const auto& earlier = outputs[j];
            if (output.path == "-" && earlier.path == "-") {
                throw CommandError(exit_bad_input,
                                   output.option + " -: " + earlier.option
                                       + " already goes to standard output; send one of them to "
                                         "a file");
            }
            if (identity.same_as(output_identities[j])) {
                throw CommandError(exit_bad_input, shown(output, "<stdout>") + ": given to both "
                                                       + earlier.option + " and " + output.option
                                                       + "; each output needs a file of its own");
            }
        }
        output_identities.push_back(identity);
    }
}

}  // namespace coach::cli
