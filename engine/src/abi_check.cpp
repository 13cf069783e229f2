#include "abi_check.hpp"

#include <cstring>
#include <string_view>

namespace coach::detail {

namespace {

std::string_view tag(const char (&text)[16]) {
    return {text, strnlen(text, sizeof text)};
}

std::string sdk_version(const abi::Descriptor& d) {
    return std::to_string(d.sdk_major) + "." + std::to_string(d.sdk_minor);
}

std::string toolchain(const abi::Descriptor& d) {
    return std::string{tag(d.compiler)} + " " + std::to_string(d.compiler_major) + ", "
           + std::string{tag(d.stdlib)} + " (dual ABI " + std::to_string(d.cxx11_abi) + ")";
}

}  // namespace

std::optional<std::string> abi_incompatibility(const abi::Descriptor& plugin,
                                               const abi::Descriptor& host) {
    if (plugin.magic != abi::descriptor_magic || plugin.size < sizeof(abi::Descriptor)) {
        return "ABI descriptor is not one this engine can read";
    }
    if (plugin.sdk_major != host.sdk_major) {
        return "SDK major version mismatch: plugin built with SDK " + sdk_version(plugin)
               + ", engine has SDK " + sdk_version(host);
    }
    if (plugin.sdk_minor > host.sdk_minor) {
        return "plugin needs a newer SDK: plugin built with SDK " + sdk_version(plugin)
               + ", engine has SDK " + sdk_version(host);
    }
    if (tag(plugin.compiler) != tag(host.compiler) || plugin.compiler_major != host.compiler_major
        || tag(plugin.stdlib) != tag(host.stdlib) || plugin.cxx11_abi != host.cxx11_abi) {
        return "toolchain mismatch: plugin built with " + toolchain(plugin) + ", engine built with "
               + toolchain(host);
    }
    return std::nullopt;
}

}  // namespace coach::detail
