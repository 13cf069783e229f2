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
    auto first = where + ": " + read.problems.front().to_string();
    if (read.problems.size() > 1) {
        first += " (and " + std::to_string(read.problems.size() - 1) + " more)";
    }
    return std::make_unique<UnreadableProtocol>(std::move(first));
}

}  // namespace coach::protocol
