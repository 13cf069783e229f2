#pragma once

#include <string>
#include <vector>

#include "coach/export.hpp"
#include "coach/printable.hpp"

namespace coach::report {

// A grid of cells printed with aligned columns: the first column left-aligned, the rest
// right-aligned, a rule under the header. Every cell goes through printable(): control
// characters in a cell are shown as escapes, never sent to the terminal.
class COACH_ENGINE_API TextTable {
  public:
    explicit TextTable(std::vector<std::string> header) { add_row(std::move(header)); }

    void add_row(std::vector<std::string> row) {
        for (auto& cell : row) {
            cell = printable(cell);
        }
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

    std::string render() const;

  private:
    std::vector<std::vector<std::string>> rows_;
    std::vector<bool> left_{true};
};

}  // namespace coach::report
