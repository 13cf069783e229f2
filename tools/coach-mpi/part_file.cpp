#include "part_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <streambuf>

#include "cli_context.hpp"

namespace coach::mpi {

namespace {

[[noreturn]] void fail(const std::string& what) {
    throw cli::CommandError(cli::exit_failure,
                            "temporary part file: " + what + ": " + std::strerror(errno));
}

std::string temporary_folder() {
    const char* folder = std::getenv("TMPDIR");
    return folder != nullptr && *folder != '\0' ? folder : "/tmp";
}

}  // namespace

class PartFile::Buffer : public std::streambuf {
  public:
    explicit Buffer(int descriptor) : descriptor_(descriptor), data_(std::size_t{1} << 20) {
        setp(data_.data(), data_.data() + data_.size());
    }

  protected:
    int_type overflow(int_type c) override {
        if (sync() != 0) {
            return traits_type::eof();
        }
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }

    int sync() override {
        const char* from = pbase();
        while (from < pptr()) {
            const ssize_t wrote =
                ::write(descriptor_, from, static_cast<std::size_t>(pptr() - from));
            if (wrote < 0 && errno == EINTR) {
                continue;
            }
            if (wrote <= 0) {
                return -1;
            }
            from += wrote;
        }
        setp(data_.data(), data_.data() + data_.size());
        return 0;
    }

  private:
    int descriptor_;
    std::vector<char> data_;
};

PartFile::PartFile() : stream_(nullptr) {
    const auto folder = temporary_folder();
    descriptor_ = ::open(folder.c_str(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (descriptor_ < 0) {  // a file system without O_TMPFILE: a named file, unlinked at once
        auto name = folder + "/coach-mpi-part-XXXXXX";
        descriptor_ = ::mkostemp(name.data(), O_CLOEXEC);
        if (descriptor_ < 0) {
            fail("cannot create one in " + folder);
        }
        ::unlink(name.c_str());
    }
    buffer_ = std::make_unique<Buffer>(descriptor_);
    stream_.rdbuf(buffer_.get());
}

PartFile::~PartFile() {
    stream_.rdbuf(nullptr);
    ::close(descriptor_);
}

void PartFile::flush() {
    if (!stream_.flush()) {
        fail("cannot write");
    }
}

std::size_t PartFile::read_at(std::uint64_t offset, char* into, std::size_t capacity) {
    for (;;) {
        const ssize_t got = ::pread(descriptor_, into, capacity, static_cast<off_t>(offset));
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            fail("cannot read");
        }
        return static_cast<std::size_t>(got);
    }
}

}  // namespace coach::mpi
