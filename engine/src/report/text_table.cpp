#include "coach/text_table.hpp"

#include <algorithm>
#include <numeric>

namespace coach::report {

namespace {

constexpr std::size_t gap = 2;               // spaces between columns
constexpr std::size_t narrowest_text = 8;    // a cell's text keeps its indent if this much is left
constexpr std::size_t narrowest_table = 20;  // render() never lays out narrower
constexpr std::size_t header_width = 20;     // a name in the header may wrap to this

// The lines of `cell` in a column `width` wide, its leading spaces kept on each line.
std::vector<std::string> cell_lines(const std::string& cell, std::size_t width) {
    if (display_width(cell) <= width) {
        return {cell};
    }
    const auto indent = std::min(cell.find_first_not_of(' '), cell.size());
    const auto text = std::string_view{cell}.substr(indent);
    const auto room = width > indent + narrowest_text ? width - indent : width;
    auto lines = wrap_words(text, room);
    if (room != width) {
        for (auto& line : lines) {
            line.insert(0, indent, ' ');
        }
    }
    return lines;
}

std::size_t total_width(const std::vector<std::size_t>& widths) {
    return std::accumulate(widths.begin(), widths.end(), std::size_t{0})
           + gap * (widths.empty() ? 0 : widths.size() - 1);
}

// The value columns (1..) of each block, filled in order: as many columns of `widths` as fit in
// `width` beside the label column, at least one, each at most as wide as the room left.
std::vector<std::vector<std::size_t>> blocks_of(const std::vector<std::size_t>& widths,
                                                std::size_t label, std::size_t width) {
    const auto room = width - label - gap;
    std::vector<std::vector<std::size_t>> blocks;
    std::size_t used = label;
    for (std::size_t column = 1; column < widths.size(); ++column) {
        const auto column_width = std::min(widths[column], room);
        if (blocks.empty() || used + gap + column_width > width) {
            blocks.emplace_back();
            used = label;
        }
        blocks.back().push_back(column);
        used += gap + column_width;
    }
    return blocks;
}

}  // namespace

bool TextTable::is_heading(const std::vector<std::string>& row) const {
    return row.size() == 1 && columns_ > 1 && &row != &rows_.front();
}

std::vector<std::size_t> TextTable::natural_widths(bool values_only) const {
    std::vector<std::size_t> widths(columns_, 0);
    for (const auto& row : rows_) {
        if (is_heading(row) || (values_only && &row == &rows_.front())) {
            continue;
        }
        for (std::size_t column = 0; column < row.size(); ++column) {
            widths[column] = std::max(widths[column], display_width(row[column]));
        }
    }
    return widths;
}

std::string TextTable::render_block(const std::vector<std::size_t>& columns,
                                    const std::vector<std::size_t>& widths,
                                    std::size_t width) const {
    const auto rule = std::string(total_width(widths), '-') + '\n';
    std::string out;
    for (std::size_t r = 0; r < rows_.size(); ++r) {
        const auto& row = rows_[r];
        if (row.empty()) {
            out += rule;
            continue;
        }
        if (is_heading(row)) {
            for (const auto& line : cell_lines(row.front(), width)) {
                out += line + '\n';
            }
            continue;
        }
        std::vector<std::vector<std::string>> cells;
        std::size_t height = 1;
        for (std::size_t j = 0; j < columns.size(); ++j) {
            const auto column = columns[j];
            cells.push_back(cell_lines(column < row.size() ? row[column] : "", widths[j]));
            height = std::max(height, cells.back().size());
        }
        for (std::size_t i = 0; i < height; ++i) {
            std::string line;
            for (std::size_t j = 0; j < columns.size(); ++j) {
                // The header's names stand on the rule; other rows start at their top line.
                const auto lines = cells[j].size();
                const auto skip = r == 0 ? height - lines : 0;
                const auto& text = i >= skip && i - skip < lines ? cells[j][i - skip] : "";
                const auto pad = std::string(widths[j] - display_width(text), ' ');
                const auto column = columns[j];
                const bool left = column < left_.size() && left_[column];
                line += left ? text + pad : pad + text;
                line += j + 1 < columns.size() ? std::string(gap, ' ') : "";
            }
            line.erase(line.find_last_not_of(' ') + 1);
            out += line + '\n';
        }
        if (r == 0) {
            out += rule;
        }
    }
    return out;
}

std::string TextTable::render(std::size_t width) const {
    width = std::max(width, narrowest_table);
    const auto natural = natural_widths(false);
    std::vector<std::size_t> all(natural.size());
    std::iota(all.begin(), all.end(), std::size_t{0});
    if (total_width(natural) <= width) {
        return render_block(all, natural, width);
    }
    if (natural.size() == 1) {  // one column: its cells wrap
        return render_block(all, {width}, width);
    }
    // Cut into blocks, each led by the label column. The names in the header may also wrap to
    // the width of their values (at least header_width) when that takes fewer blocks.
    const auto label = std::min(natural.front(), width / 2);
    const auto room = width - label - gap;
    const auto values = natural_widths(true);
    std::vector<std::size_t> narrow{label};
    for (std::size_t column = 1; column < natural.size(); ++column) {
        std::size_t widest_line = values[column];
        for (const auto& line :
             wrap_words(rows_.front().size() > column ? rows_.front()[column] : "",
                        std::max(values[column], header_width))) {
            widest_line = std::max(widest_line, display_width(line));
        }
        narrow.push_back(widest_line);
    }
    auto blocks = blocks_of(natural, label, width);
    auto widths = natural;
    if (auto fewer = blocks_of(narrow, label, width); fewer.size() < blocks.size()) {
        blocks = std::move(fewer);
        widths = narrow;
    }
    std::string out;
    for (const auto& block : blocks) {
        std::vector<std::size_t> columns{0};
        std::vector<std::size_t> block_widths{label};
        for (const auto column : block) {
            columns.push_back(column);
            block_widths.push_back(std::min(widths[column], room));
        }
        out += (out.empty() ? "" : "\n") + render_block(columns, block_widths, width);
    }
    return out;
}

}  // namespace coach::report
