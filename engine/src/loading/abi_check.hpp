#pragma once

#include <optional>
#include <string>

#include "coach/sdk/detail/abi.hpp"

namespace coach::detail {

// Why a plugin built as `plugin` cannot run in a host built as `host`, naming both sides'
// values; nullopt when it can. Rules: same SDK major, plugin minor not newer than the host's,
// same compiler and major version, same standard library and dual-ABI flag.
std::optional<std::string> abi_incompatibility(const abi::Descriptor& plugin,
                                               const abi::Descriptor& host);

}  // namespace coach::detail
