#include "plugin_trust.hpp"

#include <sys/stat.h>
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

std::optional<std::string> unsafe(const std::filesystem::path& path, std::string_view what) {
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0) {
        return std::string{what} + " " + path.string() + " cannot be inspected";
    }
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

}  // namespace

std::optional<std::string> ownership_problem(const std::filesystem::path& file) {
    if (auto problem = unsafe(file, "file")) {
        return "untrusted: " + *problem + "; refusing it (allow with --allow-untrusted)";
    }
    const auto folder = std::filesystem::absolute(file).parent_path();
    if (auto problem = unsafe(folder, "folder")) {
        return "untrusted: " + *problem + "; refusing it (allow with --allow-untrusted)";
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
