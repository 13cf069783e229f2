#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "loading/file_descriptor.hpp"

namespace coach::detail {

// What a plugin library or protocol file must satisfy before anything reads it further.
struct TrustRules {
    bool allow_untrusted = false;                              // skip the owner and mode checks
    const std::vector<std::string>* trusted_sha256 = nullptr;  // when set, only these digests
};

// A plugin library or protocol file opened once and checked. `content` holds the bytes that were
// hashed and checked, whatever happens to the file on disk afterwards: a sealed in-memory copy
// (memfd) that nothing can change, or, on a system that offers none, the descriptor that was read.
// Shared by the workers that load it later. [thread-safe] once made: it is not modified.
struct VettedFile {
    std::filesystem::path path;  // as it was found
    std::string sha256;          // lower-case hex, of the bytes in `content`
    std::size_t size = 0;
    std::shared_ptr<const FileDescriptor> content;
};

// Opens `path` once, following links; checks owner and mode on that descriptor and on the folder
// that really holds the file (every link resolved), unless rules.allow_untrusted; copies its
// bytes, at most `max_bytes` of them, into a sealed memory file while hashing them; and checks
// the digest against rules.trusted_sha256. Returns the file, or why it is refused, in one line.
std::variant<VettedFile, std::string> vet_file(const std::filesystem::path& path,
                                               const TrustRules& rules, std::size_t max_bytes);

// Why the bytes behind `file.content` may no longer be those whose digest is `file.sha256`
// ("changed since the engine checked it: its SHA-256 is now ..."); nullopt when they are sealed,
// and so cannot have changed, or still have that digest. [thread-safe]
std::optional<std::string> changed_since_vetted(const VettedFile& file);

// The bytes of a vetted file. Throws std::runtime_error naming the file when they cannot be read.
std::string read_content(const VettedFile& file);

}  // namespace coach::detail
