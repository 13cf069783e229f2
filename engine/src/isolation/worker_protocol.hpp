#pragma once

#include <boost/json/object.hpp>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "coach/sdk/date.hpp"
#include "coach/sdk/philosophy.hpp"

// The messages between the engine and a plugin worker. Each is one frame (message_channel.hpp)
// holding a JSON object whose "type" says what it is:
//
//   worker -> host, once, after loading the library:
//     {"type":"hello","philosophies":[INFO, ...],"refused":["metadata refused: ...", ...]}
//     {"type":"hello","error":"not a coach plugin: ..."}      (then the worker exits)
//   host -> worker, a plan request, followed by a frame holding the coach.athlete/1 record:
//     {"type":"plan","philosophy":INDEX,"as_of":"YYYY-MM-DD","horizon_days":N}
//   worker -> host, the answer:
//     {"type":"plan"}, followed by a frame holding the plugin's plan as coach.plan/1, ungated
//     {"type":"failed","error":"threw ..."}
//   worker -> host, at any time (a plugin may log from any thread):
//     {"type":"log","level":"warning","message":"[plugin.so] ..."}
//
// INFO is a PhilosophyInfo: {id, name, version, summary, injuries, pain_ceiling, sources,
// exercises: [{id, category, name}]}. INDEX is the philosophy's position in the hello.
namespace coach::isolation {

// How a worker ends when an allocation fails (its new_handler): the plugin went past the memory
// limit.
inline constexpr int exit_out_of_memory = 120;
// How it ends when it is started by hand or with a wrong command line.
inline constexpr int exit_usage = 2;

// What a worker reports after loading its library: the philosophies it holds and those refused
// for their metadata, or why the library as a whole was refused (`error`).
struct Hello {
    std::vector<PhilosophyInfo> philosophies;
    std::vector<std::string> refused;
    std::string error;
};

struct PlanRequest {
    std::size_t philosophy = 0;
    Date as_of;
    int horizon_days = 0;
};

// One received message: its type and the whole object.
struct Message {
    std::string type;
    boost::json::object body;
};

// All functions are [thread-safe] and pure. Readers return nullopt for a message that does not
// have the expected shape.
std::string encode_hello(const Hello& hello);
std::string encode_plan_request(const PlanRequest& request);
std::string encode_plan_follows();
std::string encode_failed(std::string_view error);
std::string encode_log(std::string_view level, std::string_view message);

std::optional<Message> parse_message(std::string_view text);
std::optional<Hello> read_hello(const boost::json::object& body);
std::optional<PlanRequest> read_plan_request(const boost::json::object& body);

}  // namespace coach::isolation
