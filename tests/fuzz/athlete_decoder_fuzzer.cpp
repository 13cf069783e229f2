// libFuzzer target: any bytes given to the athlete decoder yield a record or problems, never a
// crash, a hang or undefined behaviour; a decoded record re-encodes and decodes to itself.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "coach/json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text{reinterpret_cast<const char*>(data), size};
    const auto decoded = coach::json::decode_athlete(text);
    if (decoded.value.has_value() == !decoded.problems.empty()) {
        std::abort();  // exactly one of a value and problems
    }
    if (decoded.value) {
        const auto again = coach::json::decode_athlete(
            coach::json::encode_athlete(decoded.value->athlete, decoded.value->request));
        if (!again.value || !(again.value->athlete == decoded.value->athlete)) {
            std::abort();
        }
    }
    return 0;
}
