#include "cohort/ordered_output.hpp"

#include <optional>
#include <stdexcept>
#include <string>
#include <utility>

namespace coach::detail {
namespace {

// On the first record whose id the run could not remember (SeenIds::capacity).
std::string ids_not_checked_warning() {
    return "this run has more than " + std::to_string(SeenIds::capacity)
           + " distinct athlete ids; this record's id and later new ones are not checked for "
             "repeats";
}

}  // namespace

void OrderedOutput::write(const RecordResult& planned) {
    std::optional<std::string> id_warning;
    if (!planned.rejection) {
        const bool was_full = seen_ids_.full();
        if (const auto earlier = seen_ids_.see(planned.athlete, planned.line)) {
            id_warning = duplicate_athlete_warning(planned.athlete, earlier->line);
            ++summary_.duplicate_ids;
        } else if (was_full && !told_full_) {
            told_full_ = true;
            id_warning = ids_not_checked_warning();
        }
    }
    std::optional<RecordResult> warned;
    if (id_warning) {
        warned.emplace(planned);
        add_warning(*warned, {.pointer = "/id", .message = std::move(*id_warning)});
    }
    const RecordResult& result = warned ? *warned : planned;
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
