#include "strict_json/parse.hpp"

#include <algorithm>
#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/value_stack.hpp>
#include <charconv>
#include <cstdio>
#include <unordered_set>
#include <vector>

#include "strict_json/utf8.hpp"
#include "strict_json/values.hpp"

namespace coach::strict_json {

namespace {

// The keys of one object so far, to refuse a repeated one in constant time per key: a short list
// searched in place (most objects have a handful of keys), a hash set once it grows.
class KeySet {
  public:
    // False when `key` is already in the set.
    bool insert(const std::string& key) {
        if (hashed_.empty()) {
            if (std::find(few_.begin(), few_.end(), key) != few_.end()) {
                return false;
            }
            if (few_.size() < few_limit) {
                few_.push_back(key);
                return true;
            }
            hashed_.insert(few_.begin(), few_.end());
            few_.clear();
        }
        return hashed_.insert(key).second;
    }

  private:
    static constexpr std::size_t few_limit = 16;
    std::vector<std::string> few_;
    std::unordered_set<std::string> hashed_;
};

// A Boost.JSON parser handler that builds the value as boost::json::parser does, and also keeps
// the path to the current value, so that it can refuse a repeated key and say where.
class StrictHandler {
  public:
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = std::size_t(-1);
    static constexpr std::size_t max_string_size = std::size_t(-1);

    boost::json::value_stack stack;
    std::optional<ParseFailure> failure;

    bool on_document_begin(boost::json::error_code&) { return true; }
    bool on_document_end(boost::json::error_code&) { return true; }

    bool on_object_begin(boost::json::error_code&) {
        frames_.push_back({true, {}, 0, {}});
        return true;
    }
    bool on_object_end(std::size_t n, boost::json::error_code&) {
        stack.push_object(n);
        frames_.pop_back();
        return value_done();
    }
    bool on_array_begin(boost::json::error_code&) {
        frames_.push_back({false, {}, 0, {}});
        return true;
    }
    bool on_array_end(std::size_t n, boost::json::error_code&) {
        stack.push_array(n);
        frames_.pop_back();
        return value_done();
    }
    bool on_key_part(boost::json::string_view part, std::size_t, boost::json::error_code&) {
        stack.push_chars(part);
        key_.append(part.data(), part.size());
        return true;
    }
    bool on_key(boost::json::string_view part, std::size_t, boost::json::error_code& error) {
        stack.push_key(part);
        key_.append(part.data(), part.size());
        auto& frame = frames_.back();
        if (!frame.keys.insert(key_)) {
            failure = ParseFailure{pointer(frames_.size() - 1) + "/" + escape(key_),
                                   "duplicate key \"" + key_ + "\" in the same object"};
            error = boost::json::error::syntax;
            return false;
        }
        frame.key = std::move(key_);
        key_.clear();
        return true;
    }
    bool on_string_part(boost::json::string_view part, std::size_t, boost::json::error_code&) {
        stack.push_chars(part);
        return true;
    }
    bool on_string(boost::json::string_view part, std::size_t, boost::json::error_code&) {
        stack.push_string(part);
        return value_done();
    }
    bool on_number_part(boost::json::string_view, boost::json::error_code&) { return true; }
    bool on_int64(std::int64_t i, boost::json::string_view, boost::json::error_code&) {
        stack.push_int64(i);
        return value_done();
    }
    bool on_uint64(std::uint64_t u, boost::json::string_view, boost::json::error_code&) {
        stack.push_uint64(u);
        return value_done();
    }
    bool on_double(double d, boost::json::string_view, boost::json::error_code&) {
        stack.push_double(d);
        return value_done();
    }
    bool on_bool(bool b, boost::json::error_code&) {
        stack.push_bool(b);
        return value_done();
    }
    bool on_null(boost::json::error_code&) {
        stack.push_null();
        return value_done();
    }
    bool on_comment_part(boost::json::string_view, boost::json::error_code&) { return true; }
    bool on_comment(boost::json::string_view, boost::json::error_code&) { return true; }

    // The JSON pointer of the container `depth` levels down (0: the document).
    std::string pointer(std::size_t depth) const {
        std::string out;
        for (std::size_t i = 0; i < depth; ++i) {
            const auto& frame = frames_[i];
            out += frame.object ? "/" + escape(frame.key) : "/" + std::to_string(frame.index);
        }
        return out;
    }

  private:
    struct Frame {
        bool object;
        std::string key;    // objects: the current member's key
        std::size_t index;  // arrays: the current element's index
        KeySet keys;
    };

    static std::string escape(std::string_view key) {
        const auto escaped = child_pointer("", key);
        return escaped.substr(1);
    }

    bool value_done() {
        if (!frames_.empty() && !frames_.back().object) {
            ++frames_.back().index;
        }
        return true;
    }

    std::vector<Frame> frames_;
    std::string key_;
};

// "line 3, column 14" of byte `at`, counting columns in characters as an editor does.
std::string position(std::string_view text, std::size_t at) {
    const auto before = text.substr(0, std::min(at, text.size()));
    const auto line = 1 + std::count(before.begin(), before.end(), '\n');
    const auto line_start = before.rfind('\n');
    const auto this_line = before.substr(line_start == std::string_view::npos ? 0 : line_start + 1);
    const auto column = 1 + std::count_if(this_line.begin(), this_line.end(), [](char c) {
                            return !is_continuation_byte(static_cast<unsigned char>(c));
                        });
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// "U+201C “ (a typographic quote: JSON strings take straight quotes \")".
std::string describe_character(char32_t code, std::string_view bytes) {
    char hex[16];
    std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(code));
    std::string text = hex;
    const bool quote = code == 0x201C || code == 0x201D || code == 0x2018 || code == 0x2019
                       || code == 0xAB || code == 0xBB;
    const bool invisible = code < 0xA0 || code == 0xA0 || code == 0x2007 || code == 0x202F
                           || code == 0xFEFF || code == 0x2028 || code == 0x2029;
    if (!invisible) {
        text += " ";
        text += bytes;
    }
    if (quote) {
        text += " (a typographic quote: JSON strings take straight quotes \")";
    } else if (invisible) {
        text +=
            " (an invisible character: between values JSON allows only spaces, tabs and "
            "line breaks)";
    }
    return text;
}

// Why parsing stopped at byte `at`, which is not ASCII: the character, when the bytes there are
// well-formed UTF-8, else invalid UTF-8.
std::string non_ascii_failure(std::string_view text, std::size_t at) {
    const auto rest = text.substr(at, 4);
    if (const auto code = leading_code_point(rest)) {
        return "not valid JSON at " + position(text, at) + ": unexpected character "
               + describe_character(code->value, rest.substr(0, code->length));
    }
    return "invalid UTF-8 at " + position(text, at);
}

bool is_json_whitespace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Why parsing stopped at byte `at`, an ASCII byte or the end, for a syntax error: what was found
// there, and where, in words ("a NUL byte", "a trailing comma before }"), so that the line can be
// fixed without a JSON linter; Boost.JSON's own words (`reason`) otherwise.
std::string ascii_failure(std::string_view text, std::size_t at, const std::string& reason) {
    if (at >= text.size()) {
        return "not valid JSON at " + position(text, at) + ": " + reason;
    }
    const char found = text[at];
    const auto before = text.find_last_not_of(" \t\r\n", at == 0 ? 0 : at - 1);
    const bool after_comma = at > 0 && before != std::string_view::npos && text[before] == ',';
    if ((found == '}' || found == ']') && after_comma) {
        return "not valid JSON at " + position(text, before) + ": a trailing comma before " + found
               + " (JSON allows none: remove it)";
    }
    std::string what;
    if (found == '\0') {
        what = "a NUL byte (JSON text holds none: is the file binary, or saved as UTF-16?)";
    } else if (static_cast<unsigned char>(found) < 0x20 || found == 0x7F) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(found));
        what = std::string{"a control character "} + hex
               + " (in a string, write it as an escape such as \\n or \\u0009)";
    } else if (found == '\'') {
        what = "a single quote ' (JSON strings take double quotes \")";
    } else {
        const bool value_ended =
            before != std::string_view::npos && at > 0
            && std::string_view{"\"}]0123456789el"}.find(text[before]) != std::string_view::npos;
        const bool value_starts =
            std::string_view{"\"{[-0123456789tfn"}.find(found) != std::string_view::npos;
        what = reason + ": unexpected " + found
               + (value_ended && value_starts ? " (a comma missing before it?)" : "");
    }
    return "not valid JSON at " + position(text, at) + ": " + what;
}

// The UTF-16 code unit a "\\uXXXX" escape at `start` writes, when one is there and its backslash
// is not itself escaped.
std::optional<unsigned> escaped_unit_at(std::string_view text, std::size_t start) {
    if (start + 6 > text.size() || text[start] != '\\' || text[start + 1] != 'u') {
        return std::nullopt;
    }
    std::size_t backslashes = 0;
    while (backslashes < start && text[start - 1 - backslashes] == '\\') {
        ++backslashes;
    }
    unsigned unit = 0;
    const auto digits = text.substr(start + 2, 4);
    if (backslashes % 2 != 0
        || std::from_chars(digits.data(), digits.data() + 4, unit, 16).ptr != digits.data() + 4) {
        return std::nullopt;
    }
    return unit;
}

// The offset of a lone surrogate escape ("\\uD800" to "\\uDFFF" without the other half of its
// pair) among the two escapes before byte `at`, where parsing stopped: a lone surrogate is not a
// character, and "a comma missing" would send the reader to the wrong fault.
std::optional<std::size_t> lone_surrogate_before(std::string_view text, std::size_t at) {
    constexpr std::size_t escape = 6;  // \uD800
    const auto high = [](unsigned unit) { return unit >= 0xD800 && unit <= 0xDBFF; };
    const auto low = [](unsigned unit) { return unit >= 0xDC00 && unit <= 0xDFFF; };
    const std::size_t earliest = at > 2 * escape ? at - 2 * escape : 0;
    for (std::size_t start = std::min(at, text.size()); start-- > earliest;) {
        const auto unit = escaped_unit_at(text, start);
        if (!unit || !(high(*unit) || low(*unit))) {
            continue;
        }
        const auto next = escaped_unit_at(text, start + escape);
        const auto previous =
            start >= escape ? escaped_unit_at(text, start - escape) : std::nullopt;
        const bool paired = high(*unit) ? next && low(*next) : previous && high(*previous);
        return paired ? std::nullopt : std::optional{start};
    }
    return std::nullopt;
}

}  // namespace

std::optional<boost::json::value> parse_strict(std::string_view text, ParseFailure& failure) {
    if (text.size() > max_document_bytes) {
        failure = {
            "", "the document is " + std::to_string(text.size()) + " bytes; the limit is 16 MiB"};
        return std::nullopt;
    }
    if (text.starts_with(byte_order_mark)) {
        text.remove_prefix(byte_order_mark.size());  // RFC 8259, section 8.1, lets a parser
    }
    boost::json::parse_options options;
    options.max_depth = max_nesting_depth;
    boost::json::basic_parser<StrictHandler> parser{options};
    parser.handler().stack.reset();
    boost::json::error_code error;
    const std::size_t consumed = parser.write_some(false, text.data(), text.size(), error);
    if (parser.handler().failure) {
        failure = *parser.handler().failure;
        return std::nullopt;
    }
    if (error == boost::json::error::too_deep) {
        failure = {"", "nested deeper than " + std::to_string(max_nesting_depth) + " levels at "
                           + position(text, consumed)};
        return std::nullopt;
    }
    if (error && consumed < text.size() && static_cast<unsigned char>(text[consumed]) >= 0x80) {
        failure = {"", non_ascii_failure(text, consumed)};
        return std::nullopt;
    }
    if (error == boost::json::error::syntax
        || error == boost::json::error::illegal_leading_surrogate
        || error == boost::json::error::illegal_trailing_surrogate
        || error == boost::json::error::expected_utf16_escape) {
        if (const auto escape = lone_surrogate_before(text, consumed)) {
            failure = {"", "not valid JSON at " + position(text, *escape) + ": "
                               + std::string{text.substr(*escape, 6)}
                               + " is half of a UTF-16 surrogate pair, without its other half (write "
                                 "the character itself, or both halves of its pair)"};
            return std::nullopt;
        }
    }
    if (error) {
        failure = {"", ascii_failure(text, consumed, error.message())};
        return std::nullopt;
    }
    const auto trailing = std::find_if_not(text.begin() + static_cast<std::ptrdiff_t>(consumed),
                                           text.end(), is_json_whitespace);
    if (trailing != text.end()) {
        const auto at = static_cast<std::size_t>(trailing - text.begin());
        failure = {"", "unexpected content after the end of the JSON document at "
                           + position(text, at)
                           + ": only whitespace may follow it (one record per document)"};
        return std::nullopt;
    }
    return parser.handler().stack.release();
}

}  // namespace coach::strict_json
