#include "loading/plugin_entry.hpp"

#include "loading/abi_check.hpp"

namespace coach::detail {

const abi::Descriptor* descriptor_of(const boost::dll::shared_library& library) {
    if (!library.has(abi::descriptor_symbol)) {
        return nullptr;
    }
    return &library.get_alias<const abi::Descriptor>(abi::descriptor_symbol);
}

std::variant<abi::Factory*, std::string> plugin_factory(const boost::dll::shared_library& library) {
    const auto* descriptor = descriptor_of(library);
    if (descriptor == nullptr) {
        return std::string{"not a coach plugin: no "} + abi::descriptor_symbol + " symbol";
    }
    if (auto mismatch = abi_incompatibility(*descriptor, abi::describe_build())) {
        return *mismatch;
    }
    if (!library.has(abi::factory_symbol)) {
        return std::string{"not a coach plugin: no entry symbol "} + abi::factory_symbol;
    }
    return &library.get_alias<abi::Factory>(abi::factory_symbol);
}

}  // namespace coach::detail
