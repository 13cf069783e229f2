#pragma once

#include <CLI/CLI.hpp>
#include <cstddef>
#include <functional>
#include <string>

namespace coach::cli {

// CLI11's help, laid out in the width `width()` gives when the help is made (after --width is
// read): each option's and subcommand's description wraps at word boundaries in its own column
// (30 columns from the left, fewer on a narrow layout), and every other line wraps as
// report::fit_lines() does. [thread-compatible]
class HelpFormatter : public CLI::Formatter {
  public:
    explicit HelpFormatter(std::function<std::size_t()> width) : width_(std::move(width)) {}

    std::string make_help(const CLI::App* app, std::string name,
                          CLI::AppFormatMode mode) const override;
    std::string make_option(const CLI::Option* option, bool is_positional) const override;
    std::string make_subcommand(const CLI::App* subcommand) const override;

  private:
    // "  NAME   description..." with the description wrapped in its column.
    std::string entry(const std::string& name, const std::string& description) const;

    std::function<std::size_t()> width_;
};

}  // namespace coach::cli
