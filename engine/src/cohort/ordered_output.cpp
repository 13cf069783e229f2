#include "cohort/ordered_output.hpp"

#include <stdexcept>

namespace coach::detail {

void OrderedOutput::write(const RecordResult& result) {
    out_.write(result.json.data(), static_cast<std::streamsize>(result.json.size()));
    out_.put('\n');
    if (!out_) {
        throw std::runtime_error("writing the output failed");
    }
    tally(summary_, result);
    if (result.rejection && options_.on_rejected) {
        options_.on_rejected(*result.rejection);
    }
    if (!result.warnings.empty() && options_.on_warnings) {
        options_.on_warnings({result.line, result.warnings});
    }
    if (progress_) {
        progress_({summary_.records, result.bytes_end, result.line});
    }
}

}  // namespace coach::detail
