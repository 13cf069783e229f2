#include "isolation/message_channel.hpp"

#include <poll.h>
#include <sys/socket.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

namespace coach::isolation {

namespace {

// Waits until `socket` is ready for `events`; `ok` when it is (or has hung up, which the next
// send or recv reports).
ChannelStatus wait_for(int socket, short events, Deadline deadline) {
    while (true) {
        int timeout_ms = -1;
        if (deadline) {
            const auto left =
                std::chrono::ceil<std::chrono::milliseconds>(*deadline - Clock::now());
            if (left.count() <= 0) {
                return ChannelStatus::timed_out;
            }
            timeout_ms = static_cast<int>(left.count());
        }
        pollfd descriptor{socket, events, 0};
        const int ready = ::poll(&descriptor, 1, timeout_ms);
        if (ready > 0) {
            return ChannelStatus::ok;
        }
        if (ready < 0 && errno != EINTR) {
            return ChannelStatus::failed;
        }
    }
}

ChannelStatus send_all(int socket, const char* data, std::size_t size, Deadline deadline) {
    while (size > 0) {
        const auto sent = ::send(socket, data, size, MSG_NOSIGNAL);
        if (sent > 0) {
            data += sent;
            size -= static_cast<std::size_t>(sent);
            continue;
        }
        if (sent < 0 && errno == EINTR) {
            continue;
        }
        if (sent < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            if (const auto status = wait_for(socket, POLLOUT, deadline);
                status != ChannelStatus::ok) {
                return status;
            }
            continue;
        }
        return errno == EPIPE || errno == ECONNRESET ? ChannelStatus::closed
                                                     : ChannelStatus::failed;
    }
    return ChannelStatus::ok;
}

ChannelStatus receive_all(int socket, char* data, std::size_t size, Deadline deadline) {
    while (size > 0) {
        if (deadline) {
            // Also for blocking sockets: a silent peer must not outlive the deadline.
            if (const auto status = wait_for(socket, POLLIN, deadline);
                status != ChannelStatus::ok) {
                return status;
            }
        }
        const auto received = ::recv(socket, data, size, 0);
        if (received > 0) {
            data += received;
            size -= static_cast<std::size_t>(received);
            continue;
        }
        if (received == 0) {
            return ChannelStatus::closed;
        }
        if (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK) {
            continue;
        }
        return errno == ECONNRESET ? ChannelStatus::closed : ChannelStatus::failed;
    }
    return ChannelStatus::ok;
}

}  // namespace

ChannelStatus send_frame(int socket, std::string_view payload, Deadline deadline) {
    if (payload.size() > max_frame_bytes) {
        return ChannelStatus::too_large;
    }
    const auto length = static_cast<std::uint32_t>(payload.size());
    char header[sizeof length];
    std::memcpy(header, &length, sizeof length);
    if (const auto status = send_all(socket, header, sizeof header, deadline);
        status != ChannelStatus::ok) {
        return status;
    }
    return send_all(socket, payload.data(), payload.size(), deadline);
}

ChannelStatus receive_frame(int socket, std::string& payload, Deadline deadline) {
    char header[sizeof(std::uint32_t)];
    if (const auto status = receive_all(socket, header, sizeof header, deadline);
        status != ChannelStatus::ok) {
        return status;
    }
    std::uint32_t length = 0;
    std::memcpy(&length, header, sizeof length);
    if (length > max_frame_bytes) {
        return ChannelStatus::too_large;
    }
    payload.resize(length);
    return receive_all(socket, payload.data(), payload.size(), deadline);
}

}  // namespace coach::isolation
