#pragma once

#include <memory>

#include "coach/sdk/host_log.hpp"
#include "coach/sdk/host_services.hpp"
#include "coach/sdk/philosophy.hpp"

namespace coach::protocol {

// The philosophy of one protocol file, as the host read it (HostServices::protocol_files): a
// ProtocolPhilosophy, or an UnreadableProtocol that names the file and the JSON pointer of the
// first problem (every problem is logged as a warning). The plugin never opens the file itself:
// the host found it, checked it like a plugin library and hands over its bytes.
std::unique_ptr<Philosophy> load_protocol(const ProtocolFile& file, const HostLog& log);

}  // namespace coach::protocol
