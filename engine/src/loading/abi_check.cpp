#include "loading/abi_check.hpp"

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

std::string debug_mode(const abi::Descriptor& d) {
    return tag(d.stdlib) == "libc++" ? "libc++ debug mode (_LIBCPP_ENABLE_DEBUG_MODE)"
                                     : "libstdc++ debug mode (_GLIBCXX_DEBUG)";
}

// Why the parts of the descriptors added in SDK 2.0 differ, naming what differs.
std::optional<std::string> layout_incompatibility(const abi::Descriptor& plugin,
                                                  const abi::Descriptor& host) {
    if (plugin.stdlib_debug != host.stdlib_debug) {
        return "standard library mismatch: "
               + std::string{plugin.stdlib_debug ? "plugin" : "engine"} + " built with "
               + debug_mode(plugin) + ", " + (plugin.stdlib_debug ? "engine" : "plugin")
               + " without";
    }
    if (plugin.stdlib_abi_version != host.stdlib_abi_version) {
        return "standard library mismatch: plugin built with libc++ ABI version "
               + std::to_string(plugin.stdlib_abi_version) + ", engine with "
               + std::to_string(host.stdlib_abi_version);
    }
    if (plugin.pointer_bytes != host.pointer_bytes) {
        return "pointer size mismatch: plugin built with " + std::to_string(plugin.pointer_bytes)
               + "-byte pointers, engine with " + std::to_string(host.pointer_bytes);
    }
    const std::pair<const char*, std::uint32_t abi::Descriptor::*> sizes[] = {
        {"std::string", &abi::Descriptor::string_bytes},
        {"std::vector<int>", &abi::Descriptor::vector_bytes},
        {"coach::Plan", &abi::Descriptor::plan_bytes},
        {"coach::Athlete", &abi::Descriptor::athlete_bytes},
    };
    for (const auto& [type, field] : sizes) {
        if (plugin.*field != host.*field) {
            return std::string{"data layout mismatch: sizeof("} + type + ") is "
                   + std::to_string(plugin.*field) + " in the plugin, "
                   + std::to_string(host.*field)
                   + " in the engine (built with other compiler flags or SDK headers)";
        }
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::string> abi_incompatibility(const abi::Descriptor& plugin,
                                               const abi::Descriptor& host) {
    if (plugin.magic != abi::descriptor_magic || plugin.size < abi::descriptor_size_1) {
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
    if (plugin.size >= sizeof(abi::Descriptor)) {  // an SDK 1 descriptor records no more
        return layout_incompatibility(plugin, host);
    }
    return std::nullopt;
}

}  // namespace coach::detail
