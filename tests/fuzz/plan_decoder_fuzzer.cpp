// libFuzzer target: any bytes given to the plan decoder yield a plan or problems, never a crash;
// a decoded plan re-encodes to JSON that decodes to the same plan.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "coach/json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text{reinterpret_cast<const char*>(data), size};
    const auto decoded = coach::json::decode_plan(text);
    if (decoded.value.has_value() == !decoded.problems.empty()) {
        std::abort();
    }
    if (decoded.value) {
        const auto again = coach::json::decode_plan(coach::json::encode_plan(*decoded.value));
        if (!again.value || !(*again.value == *decoded.value)) {
            std::abort();
        }
    }
    return 0;
}
