#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/athlete.hpp"
#include "coach/sdk/date.hpp"
#include "coach/sdk/philosophy.hpp"
#include "coach/sdk/plan.hpp"
#include "isolation/wire.hpp"

// The messages between the engine and a plugin worker. Each is one frame (message_channel.hpp):
// a type byte, then the message's parts in the wire encoding (wire.hpp).
//
//   host -> worker, once, first: what the library's factory is given
//     load     LoadRequest
//   worker -> host, once, after loading the library:
//     hello    Hello
//   host -> worker, a plan request:
//     plan     PlanRequest, Athlete
//   worker -> host, the answer:
//     planned  Plan          the plugin's plan, ungated: the engine gates it
//     failed   std::string   why there is none ("threw ...")
//   worker -> host, at any time (a plugin may log from any thread):
//     log      LogLine
//
// The plan crosses in binary rather than as coach.plan/1 text because encoding and parsing JSON
// cost ten times the planning itself (docs/PERFORMANCE.md).
namespace coach::isolation {

enum class MessageType : std::uint8_t { hello = 1, plan, planned, failed, log, load };

// How a worker ends when an allocation fails (its new_handler): the plugin went past the memory
// limit.
inline constexpr int exit_out_of_memory = 120;
// How it ends when it is started by hand or with a wrong command line.
inline constexpr int exit_usage = 2;

// A protocol file as HostServices hands it to a plugin (coach/sdk/host_services.hpp).
struct ProtocolFileMessage {
    std::string path;
    std::string name;
    std::string sha256;
    std::string text;
};

// The HostServices of the library, but for its log, which the worker provides: the plugin folders
// and the protocol files the host accepted, so that the worker reads no file itself.
struct LoadRequest {
    std::vector<std::string> plugin_folders;
    std::vector<ProtocolFileMessage> protocol_files;
};

// What a worker reports after loading its library: the philosophies it holds and those refused
// for their metadata, or why the library as a whole was refused (`error` not empty).
struct Hello {
    std::vector<PhilosophyInfo> philosophies;
    std::vector<std::string> refused;
    std::string error;
};

struct PlanRequest {
    std::size_t philosophy = 0;  // its position in the hello
    Date as_of;
    int horizon_days = 0;
};

struct LogLine {
    std::string level;  // spdlog's name for it: "warning", "error", ...
    std::string message;
};

// Writes the frame of a message of `type` made of `parts` into `frame`, reusing its capacity: a
// plan's frame is tens of kilobytes. [thread-safe]
template <class... Parts>
void encode_into(std::string& frame, MessageType type, const Parts&... parts) {
    frame.assign(1, static_cast<char>(type));
    wire::append(frame, parts...);
}

template <class... Parts>
std::string encode(MessageType type, const Parts&... parts) {
    std::string frame;
    encode_into(frame, type, parts...);
    return frame;
}

// Whether `frame` is a message of `type`.
inline bool is_message(std::string_view frame, MessageType type) {
    return !frame.empty() && frame.front() == static_cast<char>(type);
}

// Fills `parts` from `frame`; false unless it is a message of `type` made of exactly them.
// [thread-safe]
template <class... Parts>
bool decode(std::string_view frame, MessageType type, Parts&... parts) {
    return is_message(frame, type) && wire::read_exactly(frame.substr(1), parts...);
}

}  // namespace coach::isolation
