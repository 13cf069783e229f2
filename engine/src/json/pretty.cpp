#include <boost/json.hpp>

#include "coach/json.hpp"

namespace coach::json {

namespace {

void print(std::string& out, const boost::json::value& value, std::string& indent) {
    switch (value.kind()) {
        case boost::json::kind::object: {
            const auto& object = value.get_object();
            if (object.empty()) {
                out += "{}";
                return;
            }
            out += "{\n";
            indent += "  ";
            bool first = true;
            for (const auto& [key, member] : object) {
                out += first ? "" : ",\n";
                first = false;
                out += indent;
                out += boost::json::serialize(boost::json::string_view{key});
                out += ": ";
                print(out, member, indent);
            }
            indent.resize(indent.size() - 2);
            out += "\n" + indent + "}";
            return;
        }
        case boost::json::kind::array: {
            const auto& array = value.get_array();
            if (array.empty()) {
                out += "[]";
                return;
            }
            out += "[\n";
            indent += "  ";
            bool first = true;
            for (const auto& element : array) {
                out += first ? "" : ",\n";
                first = false;
                out += indent;
                print(out, element, indent);
            }
            indent.resize(indent.size() - 2);
            out += "\n" + indent + "]";
            return;
        }
        default:
            out += boost::json::serialize(value);
    }
}

}  // namespace

std::string pretty(std::string_view compact_json) {
    const auto value = boost::json::parse(compact_json);
    std::string out;
    std::string indent;
    print(out, value, indent);
    out += '\n';
    return out;
}

}  // namespace coach::json
