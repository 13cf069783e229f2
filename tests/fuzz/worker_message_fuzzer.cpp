// libFuzzer target: any bytes a worker could send the engine are either refused or read as a
// message that encodes back to exactly those bytes; never a crash, a hang or a huge allocation.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "isolation/worker_protocol.hpp"

namespace {

template <class Part>
void check(std::string_view frame, coach::isolation::MessageType type) {
    Part part{};
    if (coach::isolation::decode(frame, type, part)
        && coach::isolation::encode(type, part) != frame) {
        std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using coach::isolation::MessageType;
    const std::string_view frame{reinterpret_cast<const char*>(data), size};
    check<coach::Plan>(frame, MessageType::planned);
    check<coach::isolation::Hello>(frame, MessageType::hello);
    check<coach::isolation::LogLine>(frame, MessageType::log);
    check<std::string>(frame, MessageType::failed);
    check<coach::isolation::LoadRequest>(frame, MessageType::load);  // what a worker reads first
    return 0;
}
