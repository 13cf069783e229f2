#pragma once

#include <optional>
#include <string>

#include "coach/export.hpp"
#include "coach/sdk/detail/abi.hpp"

namespace coach {

// The ABI descriptor this engine was built with: SDK version, compiler and standard library.
// [thread-safe] Pure; the value is the caller's.
COACH_ENGINE_API abi::Descriptor engine_abi_descriptor();

// Why this engine refuses a plugin whose ABI descriptor is `plugin`, naming both sides' values
// (e.g. "SDK major version mismatch: plugin built with SDK 3.0, engine has SDK 2.0"); nullopt
// when it accepts it. The same rule the engine applies when it loads a plugin.
// [thread-safe] Pure; `plugin` is owned by the caller and only read during the call.
COACH_ENGINE_API std::optional<std::string> plugin_abi_problem(const abi::Descriptor& plugin);

}  // namespace coach
