#include "loading/plan_size.hpp"

#include "coach/engine_options.hpp"
#include "isolation/wire.hpp"

namespace coach::detail {

std::optional<std::string> plan_size_problem(const Plan& plan) {
    const auto size = isolation::wire::encoded_size(plan);
    if (size <= max_plan_bytes) {
        return std::nullopt;
    }
    return "returned a plan of " + std::to_string(size) + " bytes, over the limit of "
           + std::to_string(max_plan_bytes) + " bytes (" + std::to_string(max_plan_bytes >> 20)
           + " MiB)";
}

}  // namespace coach::detail
