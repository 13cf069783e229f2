#include "loading/vetted_file.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "loading/plugin_trust.hpp"
#include "loading/sha256.hpp"

// Kernels from 6.3 on may make memory files non-executable unless asked (vm.memfd_noexec).
#ifndef MFD_EXEC
#define MFD_EXEC 0x0010U
#endif

namespace coach::detail {

namespace {

namespace fs = std::filesystem;

std::string reason(int error) {
    return std::strerror(error);
}

// A memory file that can be sealed, executable, or an empty descriptor when the system has none.
FileDescriptor sealable_memory_file(const fs::path& file) {
    const auto name = "coach:" + file.filename().string();
    constexpr unsigned flags = MFD_CLOEXEC | MFD_ALLOW_SEALING;
    int descriptor = ::memfd_create(name.c_str(), flags | MFD_EXEC);
    if (descriptor < 0 && errno == EINVAL) {  // a kernel before 6.3, which knows no MFD_EXEC
        descriptor = ::memfd_create(name.c_str(), flags);
    }
    return FileDescriptor{descriptor};
}

bool write_all(int descriptor, const char* data, std::size_t size) {
    while (size > 0) {
        const auto written = ::write(descriptor, data, size);
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            return false;
        }
        data += written;
        size -= static_cast<std::size_t>(written);
    }
    return true;
}

// The path of the file `descriptor` is open on, every link resolved.
fs::path real_path(int descriptor, const fs::path& fallback) {
    std::error_code error;
    auto real = fs::read_symlink(descriptor_path(descriptor), error);
    if (error || !real.is_absolute()) {
        real = fs::canonical(fallback, error);
    }
    return real;
}

// Reads `descriptor` from its start to its end, a buffer at a time, handing each piece to `take`,
// which returns false to stop. The errno of a failed read, else 0.
template <class Take>
int read_through(int descriptor, Take take) {
    std::array<char, 1 << 16> buffer;
    for (off_t offset = 0;;) {
        const auto got = ::pread(descriptor, buffer.data(), buffer.size(), offset);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            return errno;
        }
        if (got == 0 || !take(std::string_view{buffer.data(), static_cast<std::size_t>(got)})) {
            return 0;
        }
        offset += got;
    }
}

std::string too_large(std::size_t max_bytes) {
    return "is larger than " + std::to_string(max_bytes >> 20) + " MiB, the most a plugin file "
           + "may be";
}

}  // namespace

std::variant<VettedFile, std::string> vet_file(const fs::path& path, const TrustRules& rules,
                                               std::size_t max_bytes) {
    FileDescriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY)};
    if (!file) {
        return "cannot be opened: " + reason(errno);
    }
    struct stat status {};
    if (::fstat(file.get(), &status) != 0) {
        return "cannot be inspected: " + reason(errno);
    }
    if (!S_ISREG(status.st_mode)) {
        return std::string{"is not a regular file"};
    }
    if (!rules.allow_untrusted) {
        if (auto problem =
                ownership_problem(status, path, real_path(file.get(), path).parent_path())) {
            return *problem;
        }
    }
    if (static_cast<std::uintmax_t>(status.st_size) > max_bytes) {
        return too_large(max_bytes);
    }

    // The bytes hashed are the bytes copied: nothing done to the file from now on reaches them.
    FileDescriptor copy = sealable_memory_file(path);
    Sha256 hash;
    std::size_t size = 0;
    const int error = read_through(file.get(), [&](std::string_view bytes) {
        size += bytes.size();
        if (size > max_bytes) {
            return false;
        }
        hash.update(bytes);
        if (copy && !write_all(copy.get(), bytes.data(), bytes.size())) {
            copy.reset();  // out of memory for the copy: keep the descriptor that was read
        }
        return true;
    });
    if (error != 0) {
        return "cannot be read: " + reason(error);
    }
    if (size > max_bytes) {
        return too_large(max_bytes);
    }
    if (copy) {
        ::fcntl(copy.get(), F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL);
    }
    VettedFile vetted{path, hash.hex(), size, nullptr};
    if (rules.trusted_sha256 != nullptr) {
        if (auto problem = trust_list_problem(vetted.sha256, *rules.trusted_sha256)) {
            return *problem;
        }
    }
    vetted.content =
        std::make_shared<const FileDescriptor>(copy ? std::move(copy) : std::move(file));
    return vetted;
}

std::string read_content(const VettedFile& file) {
    std::string text;
    text.reserve(file.size);
    if (read_through(file.content->get(),
                     [&text](std::string_view bytes) {
                         text.append(bytes);
                         return true;
                     })
        != 0) {
        throw std::runtime_error(file.path.string() + ": cannot be read");
    }
    return text;
}

std::optional<std::string> changed_since_vetted(const VettedFile& file) {
    const int descriptor = file.content->get();
    constexpr int unchangeable = F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE;
    if (const int seals = ::fcntl(descriptor, F_GET_SEALS);
        seals >= 0 && (seals & unchangeable) == unchangeable) {
        return std::nullopt;
    }
    Sha256 hash;
    if (const int error = read_through(descriptor,
                                       [&hash](std::string_view bytes) {
                                           hash.update(bytes);
                                           return true;
                                       });
        error != 0) {
        return "cannot be read: " + reason(error);
    }
    if (auto now = hash.hex(); now != file.sha256) {
        return "changed since the engine checked it: its SHA-256 is now " + now;
    }
    return std::nullopt;
}

}  // namespace coach::detail
