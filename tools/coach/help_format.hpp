#pragma once

#include <CLI/CLI.hpp>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace coach::cli {

// CLI11's help, laid out in the width `width()` gives when the help is made (after --width is
// read): each option's and subcommand's description wraps at word boundaries in its own column
// (30 columns from the left, fewer on a narrow layout), and every other line wraps as
// report::fit_lines() does. [thread-compatible]
// A footer's line breaks are soft inside a sentence: a line is joined to the one before it unless
// that one is indented or ends a sentence or a heading ('.' or ':'), either is blank or an
// "Example" line, or it is indented (a list, an example's second line). Footers may then be written
// in source lines of any length and still wrap at the terminal's width without stubs ("  its
// last"). [thread-safe] Pure.
std::string reflow_footer(std::string_view footer);

class HelpFormatter : public CLI::Formatter {
  public:
    explicit HelpFormatter(std::function<std::size_t()> width) : width_(std::move(width)) {}

    std::string make_help(const CLI::App* app, std::string name,
                          CLI::AppFormatMode mode) const override;
    std::string make_option(const CLI::Option* option, bool is_positional) const override;
    std::string make_subcommand(const CLI::App* subcommand) const override;
    // The footer as paragraphs (reflow_footer), so that wrapping never leaves a stub line.
    std::string make_footer(const CLI::App* app) const override;

  private:
    // "  NAME   description..." with the description wrapped in its column.
    std::string entry(const std::string& name, const std::string& description) const;

    std::function<std::size_t()> width_;
};

}  // namespace coach::cli
