// The protocol plugin: every `*.protocol.json` file in the host's plugin folders becomes a
// philosophy of its own, "protocol:<name>", so that clinicians can write a protocol as data. The
// host finds the files, checks them as it checks plugin libraries and hands over their bytes
// (HostServices::protocol_files); the plans of each carry its file's digest as provenance.

#include <memory>
#include <vector>

#include "coach/sdk/plugin.hpp"
#include "protocol_files.hpp"

namespace {

std::vector<std::unique_ptr<coach::Philosophy>> load_protocols(const coach::HostServices& host) {
    std::vector<std::unique_ptr<coach::Philosophy>> philosophies;
    for (const auto& file : host.protocol_files) {
        philosophies.push_back(coach::protocol::load_protocol(file, host.log));
    }
    return philosophies;
}

}  // namespace

COACH_PLUGIN_SET(load_protocols)
