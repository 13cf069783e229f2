#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "coach/text_table.hpp"
#include "coach/text_wrap.hpp"
#include "support.hpp"

using coach::report::display_width;
using coach::report::fit_lines;
using coach::report::TextTable;
using coach::report::wrap_words;
using coach::test::lines;

namespace {

std::size_t longest_line(const std::string& text) {
    std::size_t longest = 0;
    for (const auto& line : lines(text)) {
        longest = std::max(longest, display_width(line));
    }
    return longest;
}

std::vector<std::string> words(const std::string& line) {
    std::istringstream in{line};
    std::vector<std::string> out;
    for (std::string word; in >> word;) {
        out.push_back(word);
    }
    return out;
}

// Where `word` stands in `line` as a whole word (spaces or the line's ends around it), or npos.
std::size_t find_word(const std::string& line, const std::string& word) {
    for (auto at = line.find(word); at != std::string::npos; at = line.find(word, at + 1)) {
        const bool starts = at == 0 || line[at - 1] == ' ';
        const bool ends = at + word.size() == line.size() || line[at + word.size()] == ' ';
        if (starts && ends) {
            return at;
        }
    }
    return std::string::npos;
}

}  // namespace

TEST(display_width, counts_the_columns_a_terminal_gives_each_character) {
    EXPECT_EQ(display_width("ab"), 2u);
    EXPECT_EQ(display_width("山田"), 4u);    // wide East Asian characters: two each
    EXPECT_EQ(display_width("ｈａｍ"), 6u);  // fullwidth Latin letters: two each
    EXPECT_EQ(display_width("é"), 1u);       // a combining accent takes none
    EXPECT_EQ(display_width("\xff"
                            "a"),
              2u);  // a stray byte: one replacement column
}

TEST(wrap_words, cuts_wide_characters_by_the_columns_they_take) {
    EXPECT_EQ(wrap_words("山田太郎", 5), (std::vector<std::string>{"山田", "太郎"}));
    EXPECT_EQ(wrap_words("山田 太郎", 4), (std::vector<std::string>{"山田", "太郎"}));
    // A character wider than the line still makes a line of its own: the cut moves on.
    EXPECT_EQ(wrap_words("山田", 1), (std::vector<std::string>{"山", "田"}));
}

TEST(wrap_words, breaks_at_spaces_and_cuts_long_names_after_a_hyphen_or_colon) {
    EXPECT_EQ(wrap_words("one two three four", 9),
              (std::vector<std::string>{"one two", "three", "four"}));
    EXPECT_EQ(wrap_words("protocol:nordic-petersen-2011", 18),
              (std::vector<std::string>{"protocol:nordic-", "petersen-2011"}));
    EXPECT_EQ(wrap_words("protocol:nordic", 10), (std::vector<std::string>{"protocol:", "nordic"}));
    EXPECT_EQ(wrap_words("abcdefghij", 4), (std::vector<std::string>{"abcd", "efgh", "ij"}));
    EXPECT_EQ(wrap_words("", 10), (std::vector<std::string>{""}));
    // Widths count code points: "é" is one column.
    EXPECT_EQ(wrap_words("été été", 3), (std::vector<std::string>{"été", "été"}));
}

TEST(fit_lines, wraps_only_long_lines_indenting_what_continues_them) {
    EXPECT_EQ(fit_lines("short\n", 20), "short\n");
    EXPECT_EQ(fit_lines("referral (stop): numbness recorded today\n", 24),
              "referral (stop):\n  numbness recorded\n  today\n");
    EXPECT_EQ(fit_lines("      - Slider curl 4x6: hips up on both heels\n", 30),
              "      - Slider curl 4x6: hips\n        up on both heels\n");
    EXPECT_EQ(fit_lines("12. Nordic curl 3x5 slowly down\n", 20),
              "12. Nordic curl 3x5\n    slowly down\n");
    EXPECT_EQ(fit_lines("no newline at the end", 12), "no newline\n  at the end");
}

TEST(text_table, a_table_that_fits_is_printed_as_it_is) {
    TextTable table{{"metric", "a", "b"}};
    table.add_row({"sessions", "12", "3"});
    table.add_rule();
    table.add_row({"rest days", "1", "40"});
    EXPECT_EQ(table.render(80),
              "metric      a   b\n"
              "-----------------\n"
              "sessions   12   3\n"
              "-----------------\n"
              "rest days   1  40\n");
}

// Every value of a table cut into blocks appears exactly once, on the line of its row label and
// under its column's name (right-aligned: the value ends where the name ends).
TEST(text_table, a_cut_table_shows_every_value_once_beside_its_row_label_under_its_column) {
    constexpr int columns = 12;
    constexpr int rows = 6;
    std::vector<std::string> header{"row"};
    for (int c = 1; c <= columns; ++c) {
        header.push_back("philosophy-" + std::to_string(c));
    }
    TextTable table{header};
    for (int r = 1; r <= rows; ++r) {
        std::vector<std::string> cells{"row" + std::to_string(r)};
        for (int c = 1; c <= columns; ++c) {
            cells.push_back("v" + std::to_string(r) + "." + std::to_string(c));
        }
        table.add_row(cells);
    }
    for (const std::size_t width : {40u, 60u, 80u}) {
        const auto text = table.render(width);
        EXPECT_LE(longest_line(text), width) << text;
        std::map<std::string, int> seen;
        std::string names;  // the header line of the current block
        int blocks = 0;
        for (const auto& line : lines(text)) {
            const auto cells = words(line);
            if (cells.empty() || line.starts_with("---")) {
                continue;
            }
            if (cells.front() == "row") {
                names = line;
                ++blocks;
                continue;
            }
            for (std::size_t i = 1; i < cells.size(); ++i) {
                const auto& value = cells[i];  // "v<row>.<column>"
                ++seen[value];
                EXPECT_EQ("row" + value.substr(1, value.find('.') - 1), cells.front()) << line;
                const auto name = "philosophy-" + value.substr(value.find('.') + 1);
                const auto name_at = find_word(names, name);
                ASSERT_NE(name_at, std::string::npos) << name << " not in " << names;
                EXPECT_EQ(name_at + name.size(), find_word(line, value) + value.size())
                    << line << "\n"
                    << names;
            }
        }
        EXPECT_GT(blocks, 1) << text;
        EXPECT_EQ(seen.size(), std::size_t{columns * rows}) << text;
        for (const auto& [value, count] : seen) {
            EXPECT_EQ(count, 1) << value;
        }
    }
}

TEST(text_table, a_long_name_in_a_cut_table_wraps_and_is_never_shortened) {
    const std::string a = "protocol:eccentric-loading-programme-for-hamstring-strain-variant-a";
    const std::string b = "protocol:eccentric-loading-programme-for-hamstring-strain-variant-b";
    TextTable table{{"metric", a, b}};
    table.add_row({"sessions", "24", "13"});
    const auto text = table.render(40);
    EXPECT_LE(longest_line(text), 40u) << text;
    // Each block has one column: its header lines, joined, give the whole name.
    std::vector<std::string> joined;
    std::string name;
    for (const auto& line : lines(text)) {
        if (line.starts_with("---")) {
            joined.push_back(name);
            name.clear();
        } else if (line.find("sessions") == std::string::npos && !words(line).empty()) {
            const auto cells = words(line);
            name += cells.back();
        }
    }
    for (auto& header : joined) {
        header.erase(0, header.find("protocol:"));
    }
    EXPECT_EQ(joined, (std::vector<std::string>{a, b})) << text;
}

TEST(text_table, a_one_cell_row_is_a_heading_across_the_width) {
    TextTable table{{"median by injury grade", "grade 0", "grade 1"}};
    table.add_row({"protocol:a-philosophy-with-a-name-longer-than-the-label-column"});
    table.add_row({"  plans ok", "3", "4"});
    const auto text = table.render(80);
    EXPECT_EQ(text,
              "median by injury grade  grade 0  grade 1\n"
              "----------------------------------------\n"
              "protocol:a-philosophy-with-a-name-longer-than-the-label-column\n"
              "  plans ok                    3        4\n");
}

TEST(text_table, a_single_column_too_wide_wraps_its_cells) {
    TextTable table{{"note"}};
    table.add_row({"a note much longer than the twenty columns it is given"});
    EXPECT_EQ(
        table.render(20),
        "note\n--------------------\na note much longer\nthan the twenty\ncolumns it is given\n");
}
