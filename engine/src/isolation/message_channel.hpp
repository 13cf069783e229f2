#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "coach/engine_options.hpp"

// The wire between the engine and a plugin worker: a Unix stream socket carrying frames, each a
// 4-byte length in the machine's byte order followed by that many bytes (one message,
// worker_protocol.hpp).
namespace coach::isolation {

using Clock = std::chrono::steady_clock;
using Deadline = std::optional<Clock::time_point>;  // nullopt: wait as long as it takes

// Frames longer than this are refused: a runaway worker cannot make the host allocate without end.
// Room for the largest plan a plugin may return (coach::max_plan_bytes) and the message's type.
inline constexpr std::size_t max_frame_bytes = max_plan_bytes + 64 * 1024;

enum class ChannelStatus { ok, closed, timed_out, too_large, failed };

// Writes one frame before `deadline`. Works on blocking and non-blocking sockets, and never raises
// SIGPIPE: a peer that is gone gives `closed`. [thread-compatible] One writer per socket at a time.
ChannelStatus send_frame(int socket, std::string_view payload, Deadline deadline);

// Reads one frame into `payload` before `deadline`; `closed` when the peer closed the socket.
// [thread-compatible] One reader per socket at a time.
ChannelStatus receive_frame(int socket, std::string& payload, Deadline deadline);

}  // namespace coach::isolation
