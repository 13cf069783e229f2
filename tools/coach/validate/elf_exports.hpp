#pragma once

#include <filesystem>
#include <string>
#include <variant>
#include <vector>

namespace coach::cli::validation {

// A symbol a shared library defines and lets other libraries see.
struct ExportedSymbol {
    std::string name;   // as the linker sees it: mangled for C++
    bool weak = false;  // weak or unique binding: an inline or template instance any library
                        // may define, not a definition of the library's own
};

// The symbols `file` exports, read from its ELF dynamic symbol table (.dynsym) without loading
// it: defined, global, weak or unique, with default or protected visibility. Returns why not
// when the file is not an ELF shared object of this machine's byte order or has no symbol table.
// [thread-safe]
std::variant<std::vector<ExportedSymbol>, std::string> exported_symbols(
    const std::filesystem::path& file);

}  // namespace coach::cli::validation
