#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "coach/export.hpp"
#include "coach/printable.hpp"
#include "coach/text_wrap.hpp"

namespace coach::report {

// A grid of cells printed with aligned columns: the first column (the row labels) left-aligned,
// the rest right-aligned, a rule under the header. Every cell goes through printable(): control
// characters in a cell are shown as escapes, never sent to the terminal.
//
// render(width) lays the table out in lines of at most `width` columns:
//  - a table that fits is printed as it is, one line per row;
//  - any other table is cut into blocks of columns printed one under the other, a blank line
//    between them. Each block repeats the row labels and the header, so that every value is shown
//    exactly once, on the line of its row label and under its column's name. When it takes fewer
//    blocks, the names in the header wrap to the width of their column's values (20 columns at
//    least). A label column wider than half the width, and a header or cell wider than its block,
//    wraps too (wrap_words(): a name is cut after a '-' or ':', never shortened).
// A row of a single cell, in a table of several columns, is a heading or a note: it spans the
// width (wrapped, its leading spaces kept) and takes no part in the width of the label column.
//
// [thread-compatible] Build from one thread; render() is const and may be called from several.
class COACH_ENGINE_API TextTable {
  public:
    explicit TextTable(std::vector<std::string> header) { add_row(std::move(header)); }

    void add_row(std::vector<std::string> row) {
        for (auto& cell : row) {
            cell = printable(cell);
        }
        columns_ = std::max(columns_, row.size());
        rows_.push_back(std::move(row));
    }
    void add_rule() { rows_.emplace_back(); }
    // Text columns read better left-aligned; the first column always is.
    void align_left(std::size_t column) {
        if (left_.size() <= column) {
            left_.resize(column + 1, false);
        }
        left_[column] = true;
    }

    // The table, each line ending in "\n", in at most `width` columns (at least 20) where the
    // rules above allow it.
    std::string render(std::size_t width = default_text_width) const;

  private:
    bool is_heading(const std::vector<std::string>& row) const;
    // The widest cell of each column, of the rows below the header only when `values_only`.
    std::vector<std::size_t> natural_widths(bool values_only) const;
    // Rows of `columns` (indices) at `widths`, headings wrapped at `width`.
    std::string render_block(const std::vector<std::size_t>& columns,
                             const std::vector<std::size_t>& widths, std::size_t width) const;

    std::vector<std::vector<std::string>> rows_;
    std::size_t columns_ = 0;  // of the longest row
    std::vector<bool> left_{true};
};

}  // namespace coach::report
