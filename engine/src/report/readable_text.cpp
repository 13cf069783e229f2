#include "report/readable_text.hpp"

#include <vector>

namespace coach::report::detail {

namespace {

// Code points in `text`: what a terminal shows, near enough for the text we print.
std::size_t columns(std::string_view text) {
    std::size_t count = 0;
    for (const char c : text) {
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    }
    return count;
}

std::vector<std::string_view> words_of(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto begin = text.find_first_not_of(' ', start);
        if (begin == std::string_view::npos) {
            break;
        }
        const auto end = std::min(text.find(' ', begin), text.size());
        words.push_back(text.substr(begin, end - begin));
        start = end;
    }
    return words;
}

}  // namespace

std::string wrapped(std::string_view text, std::string_view first_indent, std::string_view indent,
                    std::size_t width) {
    std::string out{first_indent};
    std::size_t line = columns(first_indent);
    bool line_empty = true;
    for (const auto word : words_of(text)) {
        const std::size_t length = columns(word);
        if (!line_empty && line + 1 + length > width) {
            out += "\n";
            out += indent;
            line = columns(indent);
            line_empty = true;
        }
        if (!line_empty) {
            out += ' ';
            ++line;
        }
        out += word;
        line += length;
        line_empty = false;
    }
    return out + "\n";
}

}  // namespace coach::report::detail
