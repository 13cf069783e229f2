#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "coach/sdk/host_log.hpp"
#include "coach/sdk/philosophy.hpp"

namespace coach::protocol {

// The `*.protocol.json` files of `folders`, searched in order, each folder's files sorted by
// name. A file whose name an earlier folder already has is shadowed, as a command is on PATH.
std::vector<std::filesystem::path> find_protocol_files(
    const std::vector<std::filesystem::path>& folders, const HostLog& log);

// The philosophy of one protocol file: a ProtocolPhilosophy, or an UnreadableProtocol that
// names the file and the JSON pointer of the first problem (every problem is logged as a
// warning).
std::unique_ptr<Philosophy> load_protocol(const std::filesystem::path& file, const HostLog& log);

}  // namespace coach::protocol
