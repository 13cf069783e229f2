#include "isolation/isolated_philosophy.hpp"

namespace coach::isolation {

IsolatedPhilosophy::IsolatedPhilosophy(std::shared_ptr<WorkerPool> workers, std::size_t index,
                                       PhilosophyInfo info)
    : workers_(std::move(workers)), index_(index), info_(std::move(info)) {}

abi::Result<PhilosophyInfo> IsolatedPhilosophy::info() const noexcept {
    return abi::guarded([this] { return info_; });
}

abi::Result<Plan> IsolatedPhilosophy::plan(const Case& input) const noexcept {
    try {
        return workers_->plan({index_, input.as_of, input.horizon_days}, input.athlete);
    } catch (const std::exception& error) {
        return {std::nullopt, std::string{"could not be run in a worker: "} + error.what()};
    }
}

}  // namespace coach::isolation
