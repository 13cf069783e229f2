#include "coach/plugin_abi.hpp"

#include "loading/abi_check.hpp"

namespace coach {

abi::Descriptor engine_abi_descriptor() {
    return abi::describe_build();
}

std::optional<std::string> plugin_abi_problem(const abi::Descriptor& plugin) {
    return detail::abi_incompatibility(plugin, engine_abi_descriptor());
}

}  // namespace coach
