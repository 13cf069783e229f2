#pragma once

#include <cstddef>
#include <memory>

#include "coach/sdk/detail/abi.hpp"
#include "isolation/worker_pool.hpp"

namespace coach::isolation {

// A philosophy that lives in worker processes: the host's view of it, through the same boundary
// as an in-process one. plan() sends the case to a worker and reads back the plugin's raw plan,
// which the engine then gates exactly as it gates an in-process plan.
class IsolatedPhilosophy final : public abi::Boundary {
  public:
    // `index` is the philosophy's position in its library's hello; `info` what the worker said.
    IsolatedPhilosophy(std::shared_ptr<WorkerPool> workers, std::size_t index, PhilosophyInfo info);

    // [thread-safe] The metadata the worker reported when the library was loaded.
    abi::Result<PhilosophyInfo> info() const noexcept override;
    // [thread-safe] Blocks until a worker answers, is killed at the time limit, or crashes.
    abi::Result<Plan> plan(const Case& input) const noexcept override;

  private:
    std::shared_ptr<WorkerPool> workers_;
    std::size_t index_;
    PhilosophyInfo info_;
};

}  // namespace coach::isolation
