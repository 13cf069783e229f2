// The checks that read or open the library without creating anything: load, symbols, abi.
#include <cxxabi.h>
#include <dlfcn.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "checks.hpp"
#include "coach/plugin_abi.hpp"
#include "elf_exports.hpp"
#include "isolated_run.hpp"
#include "loading/plugin_entry.hpp"
#include "plugin_under_test.hpp"

namespace coach::cli::validation {

namespace {

constexpr std::array entry_symbols = {std::string_view{abi::descriptor_symbol},
                                      std::string_view{abi::factory_symbol}};

// Symbols the linker adds to every shared object.
constexpr std::array linker_symbols = {std::string_view{"_init"}, std::string_view{"_fini"},
                                       std::string_view{"_edata"}, std::string_view{"_end"},
                                       std::string_view{"__bss_start"}};

constexpr std::size_t examples_shown = 3;
constexpr std::size_t longest_example = 90;

bool is_one_of(std::string_view name, std::span<const std::string_view> names) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

// True for a mangled name in namespace std: libstdc++ declares the namespace visible, so hidden
// visibility leaves the plugin's instances of its templates exported, harmlessly.
bool is_standard_library(std::string_view name) {
    if (!name.starts_with("_Z")) {
        return false;
    }
    name.remove_prefix(2);
    if (name.starts_with("Z")) {  // a static local of a function: look at the function
        name.remove_prefix(1);
    }
    for (std::string_view special : {"TI", "TS", "TV", "GV"}) {  // typeinfo, vtable, guard
        if (name.starts_with(special)) {
            name.remove_prefix(2);
            break;
        }
    }
    if (name.starts_with("N")) {
        name.remove_prefix(1);
        while (!name.empty()
               && (name.front() == 'K' || name.front() == 'V' || name.front() == 'r'
                   || name.front() == 'R' || name.front() == 'O')) {
            name.remove_prefix(1);
        }
    }
    return name.size() >= 2 && name.front() == 'S'
           && std::string_view{"tabsiod"}.find(name[1]) != std::string_view::npos;
}

std::string readable(const std::string& name) {
    int status = 0;
    const std::unique_ptr<char, decltype(&std::free)> demangled{
        ::abi::__cxa_demangle(name.c_str(), nullptr, nullptr, &status), &std::free};
    std::string text = status == 0 && demangled ? demangled.get() : name;
    if (text.size() > longest_example) {
        text = text.substr(0, longest_example - 3) + "...";
    }
    return text;
}

std::string examples(const std::vector<std::string>& names) {
    std::string text;
    for (std::size_t i = 0; i < names.size() && i < examples_shown; ++i) {
        text += (i == 0 ? "" : "; ") + readable(names[i]);
    }
    if (names.size() > examples_shown) {
        text += "; ...";
    }
    return text;
}

std::string describe(const abi::Descriptor& descriptor) {
    const auto tag = [](const char(&text)[16]) {
        return std::string{text, strnlen(text, sizeof text)};
    };
    return "SDK " + std::to_string(descriptor.sdk_major) + "."
           + std::to_string(descriptor.sdk_minor) + ", " + tag(descriptor.compiler) + " "
           + std::to_string(descriptor.compiler_major) + ", " + tag(descriptor.stdlib)
           + " (dual ABI " + std::to_string(descriptor.cxx11_abi) + ")";
}

}  // namespace

Findings check_loads(const CheckInput& input) {
    announce_activity("loading the library, which runs its static initialisers");
    dlerror();
    if (dlopen(input.library.c_str(), RTLD_NOW | RTLD_LOCAL) == nullptr) {
        const char* reason = dlerror();
        return {fail(std::string{"cannot be loaded with RTLD_NOW: "}
                     + (reason != nullptr ? reason : "dlopen failed without a reason"))};
    }
    return {note("loads with RTLD_NOW")};  // never unloaded: the process ends with the check
}

Findings check_symbols(const CheckInput& input) {
    auto read = exported_symbols(input.library);
    if (const auto* problem = std::get_if<std::string>(&read)) {
        return {fail("cannot list the exported symbols: " + *problem)};
    }
    const auto& symbols = std::get<std::vector<ExportedSymbol>>(read);
    std::vector<std::string> others;  // anything a plugin built as coach_add_plugin() does hides
    std::size_t standard_library = 0;
    std::vector<std::string_view> entries_found;
    for (const auto& symbol : symbols) {
        if (is_one_of(symbol.name, entry_symbols)) {
            entries_found.push_back(symbol.name);
        } else if (is_one_of(symbol.name, linker_symbols)) {
            continue;
        } else if (is_standard_library(symbol.name)) {
            ++standard_library;
        } else {
            others.push_back(symbol.name);
        }
    }
    Findings findings;
    const bool has_descriptor = is_one_of(abi::descriptor_symbol, entries_found);
    const bool has_factory = is_one_of(abi::factory_symbol, entries_found);
    const std::string use_the_macro = ": not a coach plugin (export them with COACH_PLUGIN)";
    if (!has_descriptor && !has_factory) {
        findings.push_back(fail(std::string{"exports neither "} + abi::descriptor_symbol + " nor "
                                + abi::factory_symbol + use_the_macro));
    } else if (!has_factory || !has_descriptor) {
        findings.push_back(fail(
            std::string{"exports "}
            + (has_descriptor ? abi::descriptor_symbol : abi::factory_symbol) + " but not "
            + (has_descriptor ? abi::factory_symbol : abi::descriptor_symbol) + use_the_macro));
    }
    if (!others.empty()) {
        findings.push_back(warn("exports " + std::to_string(others.size()) + " symbol"
                                + (others.size() == 1 ? "" : "s") + " beyond the entry points ("
                                + examples(others)
                                + "): other code in the host may bind to them; build it with "
                                  "hidden visibility, as coach_add_plugin() does"));
    }
    if (findings.empty()) {
        std::string text = std::string{"exports "} + abi::descriptor_symbol + " and "
                           + abi::factory_symbol + " and nothing else";
        if (standard_library > 0) {
            text += " (plus " + std::to_string(standard_library) + " standard-library template "
                    + (standard_library == 1 ? "instance" : "instances")
                    + ", which libstdc++ always exports)";
        }
        findings.push_back(note(text));
    }
    return findings;
}

Findings check_abi(const CheckInput& input) {
    const auto library = PluginUnderTest::open(input.library);
    const auto* descriptor = detail::descriptor_of(library);
    if (descriptor == nullptr) {
        return {fail(std::string{"no "} + abi::descriptor_symbol + " symbol to read")};
    }
    if (auto problem = plugin_abi_problem(*descriptor)) {
        return {fail(*problem)};
    }
    return {note("built with " + describe(*descriptor) + ": the engine accepts it")};
}

}  // namespace coach::cli::validation
