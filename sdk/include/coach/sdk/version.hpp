#pragma once

// The SDK's own version. A plugin records the version it was built with in its ABI descriptor;
// the engine refuses a plugin whose major differs from its own or whose minor is newer.
#define COACH_SDK_VERSION_MAJOR 1
#define COACH_SDK_VERSION_MINOR 1

namespace coach {
inline constexpr int sdk_version_major = COACH_SDK_VERSION_MAJOR;
inline constexpr int sdk_version_minor = COACH_SDK_VERSION_MINOR;
}  // namespace coach
