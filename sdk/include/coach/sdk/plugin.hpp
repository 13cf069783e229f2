#pragma once

#include <boost/dll/alias.hpp>

#include "coach/sdk/abi.hpp"

// COACH_PLUGIN(Type) makes this library a coach plugin. Use it once, at global scope, in one
// source file of the plugin. `Type` derives from coach::Philosophy and is default-constructible
// or constructible from `const coach::HostLog&`.
//
// It exports two symbols: `coach_abi_descriptor`, which tells the engine how the plugin was
// built (read before anything is created), and `coach_create`, a noexcept factory whose
// instances catch every exception at the boundary.
#define COACH_PLUGIN(Type) COACH_PLUGIN_WITH_DESCRIPTOR(Type, ::coach::abi::describe_build())

// As COACH_PLUGIN, with an explicit descriptor. For the engine's own tests of ABI checks.
#define COACH_PLUGIN_WITH_DESCRIPTOR(Type, descriptor_value)              \
    namespace coach_plugin_entry {                                        \
    const ::coach::abi::Descriptor descriptor = descriptor_value;         \
    ::coach::abi::Created create(const ::coach::HostLog& log) noexcept {  \
        return ::coach::abi::create<Type>(log);                           \
    }                                                                     \
    }                                                                     \
    BOOST_DLL_ALIAS(coach_plugin_entry::descriptor, coach_abi_descriptor) \
    BOOST_DLL_ALIAS(coach_plugin_entry::create, coach_create)
