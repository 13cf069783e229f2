#include "loading/plugin_trust.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>

namespace coach::detail {

namespace {

std::string octal(mode_t mode) {
    char text[8];
    std::snprintf(text, sizeof text, "%04o", static_cast<unsigned>(mode & 07777));
    return text;
}

std::optional<std::string> unsafe(const struct stat& status, const std::filesystem::path& path,
                                  std::string_view what) {
    if ((status.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
        return std::string{what} + " " + path.string() + " is writable by group or others (mode "
               + octal(status.st_mode) + ")";
    }
    if (status.st_uid != ::getuid() && status.st_uid != 0) {
        return std::string{what} + " " + path.string() + " is owned by uid "
               + std::to_string(status.st_uid) + ", not by you or root";
    }
    return std::nullopt;
}

std::string refusal(const std::string& problem) {
    return "untrusted: " + problem + "; refusing it (allow with --allow-untrusted)";
}

}  // namespace

std::optional<std::string> ownership_problem(const struct stat& status,
                                             const std::filesystem::path& shown,
                                             const std::filesystem::path& real_folder) {
    if (auto problem = unsafe(status, shown, "file")) {
        return refusal(*problem);
    }
    return folder_problem(real_folder);
}

std::optional<std::string> folder_problem(const std::filesystem::path& folder) {
    std::error_code error;
    const auto real = std::filesystem::canonical(folder, error);
    struct stat status {};
    if (error || ::stat(real.c_str(), &status) != 0) {
        return refusal("folder " + folder.string() + " cannot be inspected");
    }
    if (auto problem = unsafe(status, real, "folder")) {
        return refusal(*problem);
    }
    return std::nullopt;
}

std::optional<std::string> trust_list_problem(const std::string& sha256,
                                              const std::vector<std::string>& allowed) {
    if (std::find(allowed.begin(), allowed.end(), sha256) != allowed.end()) {
        return std::nullopt;
    }
    return "not on the trust list: sha256 " + sha256
           + " (an administrator may add this digest to the list to allow it)";
}

}  // namespace coach::detail
