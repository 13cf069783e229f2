#include "protocol_files.hpp"

#include "protocol_philosophy.hpp"
#include "protocol_reader.hpp"

namespace coach::protocol {

std::unique_ptr<Philosophy> load_protocol(const ProtocolFile& file, const HostLog& log) {
    const auto where = file.path.string();
    auto read = read_protocol(file.text, file.name);
    if (read.protocol) {
        log.debug("read " + where);
        return std::make_unique<ProtocolPhilosophy>(std::move(*read.protocol));
    }
    for (const auto& problem : read.problems) {
        log.warn(where + ": " + problem.to_string());
    }
    // Every problem, not the first: a clinician fixes a file in one pass. The host attributes
    // the message to the file (it starts with its path).
    auto all = where + ": ";
    for (std::size_t i = 0; i < read.problems.size(); ++i) {
        all += (i == 0 ? "" : "; ") + read.problems[i].to_string();
    }
    return std::make_unique<UnreadableProtocol>(std::move(all));
}

}  // namespace coach::protocol
