#pragma once

#include <filesystem>
#include <string>

namespace coach::detail {

// Lower-case hex SHA-256 of a file's bytes. Throws std::runtime_error if it cannot be read.
std::string sha256_of_file(const std::filesystem::path& file);

}  // namespace coach::detail
