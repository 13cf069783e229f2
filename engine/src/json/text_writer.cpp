#include "json/text_writer.hpp"

#include <array>
#include <charconv>

namespace coach::json::detail {

namespace {

// How boost::json's serializer writes each byte below 0x80 that it does not copy: the letter
// after the backslash, 'u' for \u00xx; 0 for a byte copied as it is.
constexpr std::array<char, 128> escapes = [] {
    std::array<char, 128> table{};
    for (std::size_t c = 0; c < 0x20; ++c) {
        table[c] = 'u';
    }
    table['\b'] = 'b';
    table['\t'] = 't';
    table['\n'] = 'n';
    table['\f'] = 'f';
    table['\r'] = 'r';
    table['"'] = '"';
    table['\\'] = '\\';
    return table;
}();

char escape_of(char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < escapes.size() ? escapes[byte] : '\0';
}

}  // namespace

TextWriter::TextWriter(Layout layout, std::size_t reserve) : indented_(layout == Layout::indented) {
    out_.reserve(reserve);
    empty_.reserve(16);
}

void TextWriter::separate() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (empty_.empty()) {
        return;  // the document's one value
    }
    if (!empty_.back()) {
        out_ += ',';
    }
    empty_.back() = false;
    if (indented_) {
        out_ += '\n';
        out_.append(2 * empty_.size(), ' ');
    }
}

void TextWriter::open(char bracket) {
    separate();
    out_ += bracket;
    empty_.push_back(true);
}

void TextWriter::close(char bracket) {
    const bool empty = empty_.back();
    empty_.pop_back();
    if (indented_ && !empty) {
        out_ += '\n';
        out_.append(2 * empty_.size(), ' ');
    }
    out_ += bracket;
}

void TextWriter::begin_object() {
    open('{');
}
void TextWriter::end_object() {
    close('}');
}
void TextWriter::begin_array() {
    open('[');
}
void TextWriter::end_array() {
    close(']');
}

void TextWriter::key(std::string_view name) {
    string(name);
    out_ += indented_ ? ": " : ":";
    after_key_ = true;
}

void TextWriter::string(std::string_view text) {
    separate();
    out_ += '"';
    std::size_t plain = 0;  // start of the run of bytes copied as they are
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char escape = escape_of(text[i]);
        if (escape == '\0') {
            continue;
        }
        out_.append(text.data() + plain, i - plain);
        plain = i + 1;
        out_ += '\\';
        out_ += escape;
        if (escape == 'u') {
            constexpr std::string_view hex = "0123456789abcdef";
            const auto byte = static_cast<unsigned char>(text[i]);
            out_ += "00";
            out_ += hex[byte >> 4];
            out_ += hex[byte & 0x0f];
        }
    }
    out_.append(text.data() + plain, text.size() - plain);
    out_ += '"';
}

void TextWriter::number(std::int64_t value) {
    separate();
    std::array<char, 24> digits{};
    const auto end = std::to_chars(digits.data(), digits.data() + digits.size(), value).ptr;
    out_.append(digits.data(), end);
}

void TextWriter::boolean(bool value) {
    separate();
    out_ += value ? "true" : "false";
}

void TextWriter::null() {
    separate();
    out_ += "null";
}

void TextWriter::field(std::string_view name, const Date& date) {
    key(name);
    string(date.iso());
}

void TextWriter::field_or_null(std::string_view name, const std::optional<int>& value) {
    key(name);
    if (value) {
        number(*value);
    } else {
        null();
    }
}

void TextWriter::field_or_null(std::string_view name, const std::optional<Date>& value) {
    key(name);
    if (value) {
        string(value->iso());
    } else {
        null();
    }
}

void TextWriter::strings(std::string_view name, const std::vector<std::string>& texts) {
    key(name);
    begin_array();
    for (const auto& text : texts) {
        string(text);
    }
    end_array();
}

std::string TextWriter::take() && {
    if (indented_) {
        out_ += '\n';
    }
    return std::move(out_);
}

}  // namespace coach::json::detail
