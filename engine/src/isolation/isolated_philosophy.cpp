#include "isolation/isolated_philosophy.hpp"

#include "coach/json.hpp"
#include "json/plan_json.hpp"

namespace coach::isolation {

IsolatedPhilosophy::IsolatedPhilosophy(std::shared_ptr<WorkerPool> workers, std::size_t index,
                                       PhilosophyInfo info)
    : workers_(std::move(workers)), index_(index), info_(std::move(info)) {}

abi::Result<PhilosophyInfo> IsolatedPhilosophy::info() const noexcept {
    return abi::guarded([this] { return info_; });
}

abi::Result<Plan> IsolatedPhilosophy::plan(const Case& input) const noexcept {
    try {
        const PlanRequest request{index_, input.as_of, input.horizon_days};
        auto raw = workers_->plan(request, json::encode_athlete(input.athlete));
        if (!raw) {
            return {std::nullopt, std::move(raw.error)};
        }
        auto decoded = json::detail::decode_plan_exact(*raw.value);
        if (!decoded.value) {
            return {std::nullopt, "returned a plan that cannot cross the process boundary: "
                                      + decoded.problems.front().to_string()};
        }
        return {std::move(decoded.value), {}};
    } catch (const std::exception& error) {
        return {std::nullopt, std::string{"could not be run in a worker: "} + error.what()};
    }
}

}  // namespace coach::isolation
