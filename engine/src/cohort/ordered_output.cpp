#include "cohort/ordered_output.hpp"

#include <optional>
#include <stdexcept>

namespace coach::detail {

void OrderedOutput::write(const RecordResult& planned) {
    const RecordResult* written = &planned;
    std::optional<RecordResult> warned;
    if (!planned.rejection) {
        const auto [first, added] = line_of_athlete_.try_emplace(planned.athlete, planned.line);
        if (!added) {
            warned.emplace(planned);
            add_warning(*warned,
                        {.pointer = "/id",
                         .message = duplicate_athlete_warning(planned.athlete, first->second)});
            written = &*warned;
            ++summary_.duplicate_ids;
        }
    }
    const RecordResult& result = *written;
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
