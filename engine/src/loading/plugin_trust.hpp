#pragma once

#include <sys/stat.h>

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace coach::detail {

// Why a plugin file may not be loaded as untrusted, or nullopt: the file, as `status` (fstat of the
// descriptor that will be read) describes it, and the folder that really holds it (every link
// resolved) must be owned by the current user or root and writable by no one else. `shown` names
// the file in the message.
std::optional<std::string> ownership_problem(const struct stat& status,
                                             const std::filesystem::path& shown,
                                             const std::filesystem::path& real_folder);

// The same rule for a plugin folder alone, after resolving its links.
std::optional<std::string> folder_problem(const std::filesystem::path& folder);

// Why a file with `sha256` is not on `allowed`, naming the digest so an administrator can add it;
// nullopt when it is.
std::optional<std::string> trust_list_problem(const std::string& sha256,
                                              const std::vector<std::string>& allowed);

}  // namespace coach::detail
