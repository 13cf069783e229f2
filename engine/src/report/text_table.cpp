#include "coach/text_table.hpp"

#include <algorithm>

namespace coach::report {

namespace {

// Display width of UTF-8 text: every byte that does not continue a code point.
std::size_t width(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

}  // namespace

std::string TextTable::render() const {
    std::vector<std::size_t> widths;
    for (const auto& row : rows_) {
        widths.resize(std::max(widths.size(), row.size()));
        for (std::size_t column = 0; column < row.size(); ++column) {
            widths[column] = std::max(widths[column], width(row[column]));
        }
    }
    std::size_t total = 0;
    for (const auto w : widths) {
        total += w + 2;
    }
    std::string out;
    for (std::size_t r = 0; r < rows_.size(); ++r) {
        const auto& row = rows_[r];
        if (row.empty()) {
            out += std::string(total > 2 ? total - 2 : 0, '-') + '\n';
            continue;
        }
        std::string line;
        for (std::size_t column = 0; column < row.size(); ++column) {
            const auto pad = std::string(widths[column] - width(row[column]), ' ');
            const bool left = column < left_.size() && left_[column];
            line += left ? row[column] + pad : pad + row[column];
            line += column + 1 < row.size() ? "  " : "";
        }
        line.erase(line.find_last_not_of(' ') + 1);
        out += line + '\n';
        if (r == 0) {
            out += std::string(total > 2 ? total - 2 : 0, '-') + '\n';
        }
    }
    return out;
}

}  // namespace coach::report
