#include "protocol_philosophy.hpp"

#include "protocol_plan.hpp"

namespace coach::protocol {

PhilosophyInfo ProtocolPhilosophy::info() const {
    return PhilosophyInfo{.id = protocol_.id(),
                          .name = protocol_.title,
                          .version = protocol_.version,
                          .summary = protocol_.summary,
                          .injuries = protocol_.injuries,
                          .pain_ceiling = protocol_.pain_ceiling,
                          .sources = protocol_.sources,
                          .exercises = protocol_.exercises};
}

Plan ProtocolPhilosophy::plan(const Case& input) const {
    return plan_protocol(protocol_, input);
}

}  // namespace coach::protocol
