#pragma once

#include <stdexcept>
#include <string>

#include "coach/sdk/philosophy.hpp"
#include "protocol.hpp"

namespace coach::protocol {

// One protocol file as a philosophy, with id "protocol:<name>".
class ProtocolPhilosophy final : public Philosophy {
  public:
    explicit ProtocolPhilosophy(Protocol protocol) : protocol_(std::move(protocol)) {}

    // [thread-safe] Built from the file read when the plugin was created.
    PhilosophyInfo info() const override;

    // [thread-safe] A pure function of `input` and the file read at creation.
    Plan plan(const Case& input) const override;

  private:
    Protocol protocol_;
};

// A protocol file that could not be read. Both methods throw its problem, "<file>: <JSON
// pointer>: <message>", so that the engine refuses this one philosophy, naming the file and the
// value to fix, and loads the other protocols.
class UnreadableProtocol final : public Philosophy {
  public:
    explicit UnreadableProtocol(std::string problem) : problem_(std::move(problem)) {}

    // [thread-safe] Always throws std::runtime_error.
    PhilosophyInfo info() const override { throw std::runtime_error(problem_); }
    // [thread-safe] Always throws std::runtime_error.
    Plan plan(const Case& /*input*/) const override { throw std::runtime_error(problem_); }

  private:
    std::string problem_;
};

}  // namespace coach::protocol
