#pragma once

#include <boost/dll/alias.hpp>

#include "coach/sdk/detail/abi.hpp"

// COACH_PLUGIN(Type) makes this library a coach plugin with one philosophy. Use it once, at
// global scope, in one source file of the plugin. `Type` derives from coach::Philosophy and is
// constructible from `const coach::HostServices&`, from `const coach::HostLog&`, or by default.
//
// It exports two symbols: `coach_abi_descriptor`, which tells the engine how the plugin was
// built (read before anything is created), and `coach_create`, a noexcept factory whose
// instances catch every exception at the boundary.
#define COACH_PLUGIN(Type) \
    COACH_PLUGIN_FACTORY(::coach::abi::create_one<Type>(host), ::coach::abi::describe_build())

// COACH_PLUGIN_SET(make) makes this library a plugin with any number of philosophies: `make` is
// a function `std::vector<std::unique_ptr<coach::Philosophy>>(const coach::HostServices&)`,
// called once when the engine loads the library.
#define COACH_PLUGIN_SET(make)                                                     \
    COACH_PLUGIN_FACTORY(::coach::abi::create_all([&host] { return make(host); }), \
                         ::coach::abi::describe_build())

// As COACH_PLUGIN, with an explicit descriptor. For the engine's own tests of ABI checks.
#define COACH_PLUGIN_WITH_DESCRIPTOR(Type, descriptor_value) \
    COACH_PLUGIN_FACTORY(::coach::abi::create_one<Type>(host), descriptor_value)

#define COACH_PLUGIN_FACTORY(create_expression, descriptor_value)              \
    namespace coach_plugin_entry {                                             \
    const ::coach::abi::Descriptor descriptor = descriptor_value;              \
    ::coach::abi::Created create(const ::coach::HostServices& host) noexcept { \
        return create_expression;                                              \
    }                                                                          \
    }                                                                          \
    BOOST_DLL_ALIAS(coach_plugin_entry::descriptor, coach_abi_descriptor)      \
    BOOST_DLL_ALIAS(coach_plugin_entry::create, coach_create)
