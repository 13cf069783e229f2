#include "coach/text_wrap.hpp"

#include <utf8proc.h>

#include <algorithm>

namespace coach::report {

namespace {

// The columns of the character that starts `text` (wide East Asian characters take two, combining
// marks and controls none: utf8proc_charwidth()), and its bytes. A byte that starts no UTF-8
// character is one byte of one column, as a terminal shows it as one replacement character.
struct Character {
    std::size_t columns;
    std::size_t bytes;
};

Character first_character(std::string_view text) {
    utf8proc_int32_t code_point = 0;
    const auto bytes = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                        static_cast<utf8proc_ssize_t>(text.size()), &code_point);
    if (bytes <= 0) {
        return {1, 1};
    }
    return {static_cast<std::size_t>(utf8proc_charwidth(code_point)),
            static_cast<std::size_t>(bytes)};
}

// The bytes of the longest head of `text` that takes at most `columns` columns, and at least its
// first character (a wide one in a line of one column), so that a cut always moves on.
std::size_t prefix_bytes(std::string_view text, std::size_t columns) {
    std::size_t used = 0;
    for (std::size_t at = 0; at < text.size();) {
        const auto character = first_character(text.substr(at));
        if (used + character.columns > columns && at > 0) {
            return at;
        }
        used += character.columns;
        at += character.bytes;
    }
    return text.size();
}

// The bytes of the head of `word` (wider than `width`) that make its first line: up to its last
// break character that fits, else as many characters as fit in `width` columns.
std::size_t cut_point(std::string_view word, std::size_t width) {
    const auto fits = prefix_bytes(word, width);
    const auto last_break = word.substr(0, fits).find_last_of("-_:/.");
    return last_break == std::string_view::npos ? fits : last_break + 1;
}

// The width of a list marker opening `text`: "- ", "* " or "12. "; 0 for none.
std::size_t list_marker(std::string_view text) {
    if (text.starts_with("- ") || text.starts_with("* ")) {
        return 2;
    }
    const auto digits = text.find_first_not_of("0123456789");
    if (digits != 0 && digits != std::string_view::npos && text.substr(digits).starts_with(". ")) {
        return digits + 2;
    }
    return 0;
}

}  // namespace

std::size_t display_width(std::string_view text) {
    std::size_t columns = 0;
    for (std::size_t at = 0; at < text.size();) {
        const auto character = first_character(text.substr(at));
        columns += character.columns;
        at += character.bytes;
    }
    return columns;
}

std::vector<std::string> wrap_words(std::string_view text, std::size_t width) {
    width = std::max<std::size_t>(width, 1);
    std::vector<std::string> lines;
    std::string line;
    std::size_t line_width = 0;
    std::size_t position = 0;
    while (position < text.size()) {
        if (text[position] == ' ') {
            ++position;
            continue;
        }
        const auto end = std::min(text.find(' ', position), text.size());
        auto word = text.substr(position, end - position);
        position = end;
        while (!word.empty()) {
            const auto word_width = display_width(word);
            if (line_width == 0 ? word_width <= width : line_width + 1 + word_width <= width) {
                line += (line_width == 0 ? "" : " ") + std::string{word};
                line_width += (line_width == 0 ? 0 : 1) + word_width;
                break;
            }
            if (line_width > 0) {  // the word starts the next line
                lines.push_back(std::move(line));
                line.clear();
                line_width = 0;
                continue;
            }
            const auto cut = cut_point(word, width);
            lines.emplace_back(word.substr(0, cut));
            word.remove_prefix(cut);
        }
    }
    if (line_width > 0 || lines.empty()) {
        lines.push_back(std::move(line));
    }
    return lines;
}

std::string fit_lines(std::string_view text, std::size_t width) {
    std::string out;
    while (!text.empty()) {
        const auto end = text.find('\n');
        const auto line = text.substr(0, end);
        const bool newline = end != std::string_view::npos;
        text = newline ? text.substr(end + 1) : std::string_view{};
        const auto indent = std::min(line.find_first_not_of(' '), line.size());
        const auto marker = list_marker(line.substr(indent));
        const auto prefix = indent + marker;
        const auto hang = indent + (marker == 0 ? 2 : marker);
        if (display_width(line) <= width || width < hang + 8) {
            out += line;
            out += newline ? "\n" : "";
            continue;
        }
        const auto pieces = wrap_words(line.substr(prefix), width - hang);
        for (std::size_t i = 0; i < pieces.size(); ++i) {
            out += i == 0 ? std::string{line.substr(0, prefix)} : std::string(hang, ' ');
            out += pieces[i] + '\n';
        }
        if (!newline) {
            out.pop_back();
        }
    }
    return out;
}

}  // namespace coach::report
