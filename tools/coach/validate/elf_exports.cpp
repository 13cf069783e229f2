#include "elf_exports.hpp"

#include <elf.h>

#include <bit>
#include <cstring>
#include <fstream>
#include <iterator>
#include <optional>

namespace coach::cli::validation {

namespace {

using Bytes = std::vector<char>;

// A copy of the object of type T at `offset` in `bytes`, or false when it does not fit.
template <class T>
bool read_at(const Bytes& bytes, std::uint64_t offset, T& object) {
    if (offset > bytes.size() || bytes.size() - offset < sizeof(T)) {
        return false;
    }
    std::memcpy(&object, bytes.data() + offset, sizeof(T));
    return true;
}

// The NUL-terminated string at `offset` of the string table [start, start + size).
std::optional<std::string> string_at(const Bytes& bytes, std::uint64_t start, std::uint64_t size,
                                     std::uint64_t offset) {
    if (start > bytes.size() || size > bytes.size() - start || offset >= size) {
        return std::nullopt;
    }
    const char* first = bytes.data() + start + offset;
    const auto* end = static_cast<const char*>(std::memchr(first, '\0', size - offset));
    if (end == nullptr) {
        return std::nullopt;
    }
    return std::string{first, end};
}

bool is_exported(unsigned char info, unsigned char other, std::uint16_t section) {
    const unsigned binding = info >> 4;
    const unsigned visibility = other & 0x3u;
    const bool visible_binding =
        binding == STB_GLOBAL || binding == STB_WEAK || binding == STB_GNU_UNIQUE;
    return section != SHN_UNDEF && visible_binding
           && (visibility == STV_DEFAULT || visibility == STV_PROTECTED);
}

// Reads the symbols of an ELF file of one class: Elf32_* or Elf64_* types.
template <class Header, class SectionHeader, class Symbol>
std::variant<std::vector<ExportedSymbol>, std::string> read_symbols(const Bytes& bytes) {
    Header header;
    if (!read_at(bytes, 0, header)) {
        return std::string{"the ELF header is cut short"};
    }
    if (header.e_type != ET_DYN) {
        return std::string{"not a shared object (ELF type "} + std::to_string(header.e_type) + ")";
    }
    if (header.e_shoff == 0 || header.e_shnum == 0) {
        return std::string{"the file has no section headers, so no symbol table to read"};
    }
    if (header.e_shentsize != sizeof(SectionHeader)) {
        return std::string{"unexpected ELF section header size"};
    }
    std::vector<SectionHeader> sections(header.e_shnum);
    for (std::size_t i = 0; i < sections.size(); ++i) {
        if (!read_at(bytes, header.e_shoff + i * sizeof(SectionHeader), sections[i])) {
            return std::string{"the ELF section headers are cut short"};
        }
    }
    for (const auto& section : sections) {
        if (section.sh_type != SHT_DYNSYM) {
            continue;
        }
        if (section.sh_entsize != sizeof(Symbol) || section.sh_link >= sections.size()) {
            return std::string{"malformed .dynsym section"};
        }
        const auto& names = sections[section.sh_link];
        std::vector<ExportedSymbol> exported;
        const std::uint64_t count = section.sh_size / sizeof(Symbol);
        for (std::uint64_t i = 1; i < count; ++i) {  // entry 0 is the null symbol
            Symbol symbol;
            if (!read_at(bytes, section.sh_offset + i * sizeof(Symbol), symbol)) {
                return std::string{"the .dynsym section is cut short"};
            }
            if (!is_exported(symbol.st_info, symbol.st_other, symbol.st_shndx)) {
                continue;
            }
            auto name = string_at(bytes, names.sh_offset, names.sh_size, symbol.st_name);
            if (!name) {
                return std::string{"a .dynsym name lies outside its string table"};
            }
            exported.push_back({std::move(*name)});
        }
        return exported;
    }
    return std::string{"the file has no dynamic symbol table (.dynsym)"};
}

}  // namespace

std::variant<std::vector<ExportedSymbol>, std::string> exported_symbols(
    const std::filesystem::path& file) {
    std::ifstream in{file, std::ios::binary};
    if (!in) {
        return "cannot open " + file.string();
    }
    const Bytes bytes{std::istreambuf_iterator<char>{in}, {}};
    if (bytes.size() < EI_NIDENT || std::memcmp(bytes.data(), ELFMAG, SELFMAG) != 0) {
        return std::string{"not an ELF file"};
    }
    const unsigned char native_order =
        std::endian::native == std::endian::little ? ELFDATA2LSB : ELFDATA2MSB;
    if (static_cast<unsigned char>(bytes[EI_DATA]) != native_order) {
        return std::string{"an ELF file of the other byte order than this machine's"};
    }
    switch (bytes[EI_CLASS]) {
        case ELFCLASS64:
            return read_symbols<Elf64_Ehdr, Elf64_Shdr, Elf64_Sym>(bytes);
        case ELFCLASS32:
            return read_symbols<Elf32_Ehdr, Elf32_Shdr, Elf32_Sym>(bytes);
        default:
            return std::string{"an ELF file of unknown class"};
    }
}

}  // namespace coach::cli::validation
