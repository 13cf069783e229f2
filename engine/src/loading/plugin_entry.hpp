#pragma once

#include <boost/dll/shared_library.hpp>
#include <string>
#include <variant>

#include "coach/sdk/detail/abi.hpp"

namespace coach::detail {

// The ABI descriptor `library` exports, or nullptr when it exports none. The pointer lives as long
// as the library stays loaded. [thread-safe]
const abi::Descriptor* descriptor_of(const boost::dll::shared_library& library);

// The factory of a loaded plugin library, once its ABI descriptor is present and accepted by this
// build (abi_check.hpp); otherwise the reason it is refused: "not a coach plugin: no ... symbol",
// or the ABI mismatch naming both sides. Runs none of the plugin's code. The one rule the engine,
// its worker and `coach validate-plugin` open plugins by. [thread-safe]
std::variant<abi::Factory*, std::string> plugin_factory(const boost::dll::shared_library& library);

}  // namespace coach::detail
