#include "protocol_philosophy.hpp"

#include "protocol_plan.hpp"

namespace coach::protocol {

PhilosophyInfo ProtocolPhilosophy::info() const {
    return protocol_.info;
}

Plan ProtocolPhilosophy::plan(const Case& input) const {
    return plan_protocol(protocol_, input);
}

}  // namespace coach::protocol
