#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace coach::detail {

// Why `file` may not be loaded as an untrusted plugin, or nullopt: the file and its folder must
// be owned by the current user or root and writable by no one else.
std::optional<std::string> ownership_problem(const std::filesystem::path& file);

// Why a library with `sha256` is not on `allowed`, naming the digest so an administrator can
// add it; nullopt when it is.
std::optional<std::string> trust_list_problem(const std::string& sha256,
                                              const std::vector<std::string>& allowed);

}  // namespace coach::detail
