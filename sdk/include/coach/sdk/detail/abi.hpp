#pragma once

#include <cstddef>
#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "coach/sdk/host_log.hpp"
#include "coach/sdk/host_services.hpp"
#include "coach/sdk/philosophy.hpp"
#include "coach/sdk/version.hpp"

// What crosses the plugin boundary, and how. Plugin authors use COACH_PLUGIN (plugin.hpp) and
// never this header directly.
namespace coach::abi {

inline constexpr std::uint32_t descriptor_magic = 0x43'4F'41'43;  // "COAC"

// Describes how a plugin was built. Plain data whose layout only ever grows at the end within an
// SDK major (`size` says how much of it a plugin has), so the engine can read it before it runs
// any of the plugin's C++ code.
struct Descriptor {
    std::uint32_t magic = descriptor_magic;
    std::uint32_t size = sizeof(Descriptor);
    std::uint16_t sdk_major = 0;
    std::uint16_t sdk_minor = 0;
    std::uint16_t compiler_major = 0;
    std::uint16_t cxx11_abi = 0;  // libstdc++'s dual-ABI flag (_GLIBCXX_USE_CXX11_ABI)
    char compiler[16] = {};       // "gcc", "clang"
    char stdlib[16] = {};         // "libstdc++", "libc++"

    // SDK 2.0: what else changes the layout of the standard library or of the data model.
    // 1 when the standard library's debug mode is on: libstdc++'s _GLIBCXX_DEBUG, libc++'s
    // _LIBCPP_ENABLE_DEBUG_MODE or _LIBCPP_DEBUG. Its containers then have another layout.
    std::uint16_t stdlib_debug = 0;
    std::uint16_t stdlib_abi_version = 0;  // libc++'s _LIBCPP_ABI_VERSION; 0 for libstdc++
    std::uint16_t pointer_bytes = 0;       // sizeof(void*)
    std::uint16_t reserved = 0;
    // The sizes of types that cross the boundary, as this build lays them out: a compiler flag
    // or a header that changes any of them (packing, another standard library) shows here.
    std::uint32_t string_bytes = 0;   // sizeof(std::string)
    std::uint32_t vector_bytes = 0;   // sizeof(std::vector<int>)
    std::uint32_t plan_bytes = 0;     // sizeof(coach::Plan)
    std::uint32_t athlete_bytes = 0;  // sizeof(coach::Athlete)
};

// The size of an SDK 1 descriptor, the fields every version shares: the smallest the engine reads,
// so that it can name the SDK a plugin was built with.
inline constexpr std::uint32_t descriptor_size_1 = offsetof(Descriptor, stdlib_debug);

namespace detail {
constexpr void copy_tag(char (&target)[16], std::string_view tag) {
    for (std::size_t i = 0; i < tag.size() && i + 1 < sizeof target; ++i) {
        target[i] = tag[i];
    }
}
}  // namespace detail

// The descriptor of whatever is compiling this line: the plugin when a plugin includes it, the
// engine when the engine does.
constexpr Descriptor describe_build(std::uint16_t sdk_major = COACH_SDK_VERSION_MAJOR,
                                    std::uint16_t sdk_minor = COACH_SDK_VERSION_MINOR) {
    Descriptor descriptor;
    descriptor.sdk_major = sdk_major;
    descriptor.sdk_minor = sdk_minor;
#if defined(__clang__)
    detail::copy_tag(descriptor.compiler, "clang");
    descriptor.compiler_major = __clang_major__;
#elif defined(__GNUC__)
    detail::copy_tag(descriptor.compiler, "gcc");
    descriptor.compiler_major = __GNUC__;
#else
    detail::copy_tag(descriptor.compiler, "unknown");
#endif
#if defined(_LIBCPP_VERSION)
    detail::copy_tag(descriptor.stdlib, "libc++");
#elif defined(__GLIBCXX__)
    detail::copy_tag(descriptor.stdlib, "libstdc++");
    descriptor.cxx11_abi = _GLIBCXX_USE_CXX11_ABI;
#else
    detail::copy_tag(descriptor.stdlib, "unknown");
#endif
#if defined(_GLIBCXX_DEBUG) || defined(_LIBCPP_ENABLE_DEBUG_MODE) \
    || (defined(_LIBCPP_DEBUG) && _LIBCPP_DEBUG > 0)
    descriptor.stdlib_debug = 1;
#endif
#if defined(_LIBCPP_ABI_VERSION)
    descriptor.stdlib_abi_version = _LIBCPP_ABI_VERSION;
#endif
    descriptor.pointer_bytes = sizeof(void*);
    descriptor.string_bytes = sizeof(std::string);
    descriptor.vector_bytes = sizeof(std::vector<int>);
    descriptor.plan_bytes = sizeof(Plan);
    descriptor.athlete_bytes = sizeof(Athlete);
    return descriptor;
}

// The value of a boundary call: the result, or why there is none.
template <class T>
struct Result {
    std::optional<T> value;
    std::string error;

    explicit operator bool() const noexcept { return value.has_value(); }
};

// The host's view of a loaded philosophy. Every method is noexcept: exceptions never cross the
// library boundary.
class Boundary {
  public:
    virtual ~Boundary() = default;
    // [thread-safe]
    virtual Result<PhilosophyInfo> info() const noexcept = 0;
    // [thread-safe] `input` is owned by the caller.
    virtual Result<Plan> plan(const Case& input) const noexcept = 0;
};

template <class Call>
auto guarded(Call&& call) noexcept -> Result<std::invoke_result_t<Call>> {
    try {
        return {std::forward<Call>(call)(), {}};
    } catch (const std::exception& error) {
        return {std::nullopt, std::string{"threw "} + error.what()};
    } catch (...) {
        return {std::nullopt, "threw an exception that is not a std::exception"};
    }
}

// Wraps a plugin's Philosophy so that each call turns any exception into an error result.
class Guarded final : public Boundary {
  public:
    explicit Guarded(std::unique_ptr<Philosophy> implementation)
        : implementation_(std::move(implementation)) {}

    Result<PhilosophyInfo> info() const noexcept override {
        return guarded([this] { return implementation_->info(); });
    }
    Result<Plan> plan(const Case& input) const noexcept override {
        return guarded([this, &input] { return implementation_->plan(input); });
    }

  private:
    std::unique_ptr<Philosophy> implementation_;
};

struct Created {
    // Owned by the host; destroyed before the library is unloaded.
    std::vector<std::unique_ptr<Boundary>> instances;
    std::string error;
};

// Signature of the exported factory, `coach_create`.
using Factory = Created(const HostServices& host) noexcept;

// Wraps the philosophies `make()` returns, catching what it throws.
template <class Make>
Created create_all(Make&& make) noexcept {
    auto made = guarded(std::forward<Make>(make));
    if (!made) {
        return {{}, "creating the philosophies " + made.error};
    }
    Created created;
    for (auto& philosophy : *made.value) {
        if (philosophy == nullptr) {
            return {{}, "created a null philosophy"};
        }
        created.instances.push_back(std::make_unique<Guarded>(std::move(philosophy)));
    }
    return created;
}

// One `Implementation`, constructed from HostServices, HostLog or nothing, whichever it takes.
template <class Implementation>
Created create_one(const HostServices& host) noexcept {
    static_assert(std::is_base_of_v<Philosophy, Implementation>,
                  "COACH_PLUGIN needs a class derived from coach::Philosophy");
    return create_all([&host] {
        std::vector<std::unique_ptr<Philosophy>> made;
        if constexpr (std::is_constructible_v<Implementation, const HostServices&>) {
            made.push_back(std::make_unique<Implementation>(host));
        } else if constexpr (std::is_constructible_v<Implementation, const HostLog&>) {
            made.push_back(std::make_unique<Implementation>(host.log));
        } else {
            made.push_back(std::make_unique<Implementation>());
        }
        return made;
    });
}

inline constexpr const char* descriptor_symbol = "coach_abi_descriptor";
inline constexpr const char* factory_symbol = "coach_create";

}  // namespace coach::abi
