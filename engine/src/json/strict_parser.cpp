#include "json/strict_parser.hpp"

#include <algorithm>
#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/value_stack.hpp>
#include <vector>

#include "json/reader.hpp"

namespace coach::json::detail {

namespace {

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
        if (std::find(frame.keys.begin(), frame.keys.end(), key_) != frame.keys.end()) {
            failure = ParseFailure{pointer(frames_.size() - 1) + "/" + escape(key_),
                                   "duplicate key \"" + key_ + "\" in the same object"};
            error = boost::json::error::syntax;
            return false;
        }
        frame.keys.push_back(key_);
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
        std::vector<std::string> keys;
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

std::string position(std::string_view text, std::size_t consumed) {
    const auto before = text.substr(0, consumed);
    const auto line = 1 + std::count(before.begin(), before.end(), '\n');
    const auto line_start = before.rfind('\n');
    const auto column = consumed - (line_start == std::string_view::npos ? 0 : line_start + 1) + 1;
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

}  // namespace

std::optional<boost::json::value> parse_strict(std::string_view text, ParseFailure& failure) {
    if (text.size() > max_document_bytes) {
        failure = {
            "", "the document is " + std::to_string(text.size()) + " bytes; the limit is 16 MiB"};
        return std::nullopt;
    }
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        failure = {"", "the document starts with a byte-order mark; save it as UTF-8 without one"};
        return std::nullopt;
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
    if (error == boost::json::error::syntax && consumed < text.size()
        && static_cast<unsigned char>(text[consumed]) >= 0x80) {
        failure = {"", "invalid UTF-8 at " + position(text, consumed)};
        return std::nullopt;
    }
    if (error) {
        failure = {"", "not valid JSON at " + position(text, consumed) + ": " + error.message()};
        return std::nullopt;
    }
    return parser.handler().stack.release();
}

}  // namespace coach::json::detail
