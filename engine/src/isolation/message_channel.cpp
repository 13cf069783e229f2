#include "isolation/message_channel.hpp"

#include <poll.h>
#include <sys/socket.h>
#include <sys/uio.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <span>

namespace coach::isolation {

namespace {

// Waits until `socket` is ready for `events`; `ok` when it is (or has hung up, which the next
// send or recv reports). A socket ready when the deadline has passed is still `ok`: the engine may
// come to read a worker's hello late, after waiting out another's, though it arrived in time.
ChannelStatus wait_for(int socket, short events, Deadline deadline) {
    while (true) {
        int timeout_ms = -1;
        if (deadline) {
            const auto left =
                std::chrono::ceil<std::chrono::milliseconds>(*deadline - Clock::now());
            timeout_ms =
                static_cast<int>(std::max<std::chrono::milliseconds::rep>(left.count(), 0));
        }
        pollfd descriptor{socket, events, 0};
        const int ready = ::poll(&descriptor, 1, timeout_ms);
        if (ready > 0) {
            return ChannelStatus::ok;
        }
        if (ready == 0 && timeout_ms == 0) {
            return ChannelStatus::timed_out;
        }
        if (ready < 0 && errno != EINTR) {
            return ChannelStatus::failed;
        }
    }
}

// Sends every byte of `parts`, advancing them as they go.
ChannelStatus send_all(int socket, std::span<iovec> parts, Deadline deadline) {
    while (!parts.empty()) {
        msghdr message{};
        message.msg_iov = parts.data();
        message.msg_iovlen = parts.size();
        const auto sent = ::sendmsg(socket, &message, MSG_NOSIGNAL);
        if (sent > 0) {
            auto left = static_cast<std::size_t>(sent);
            while (!parts.empty() && left >= parts.front().iov_len) {
                left -= parts.front().iov_len;
                parts = parts.subspan(1);
            }
            if (left > 0) {
                parts.front().iov_base = static_cast<char*>(parts.front().iov_base) + left;
                parts.front().iov_len -= left;
            }
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
    // With a deadline the socket is read without blocking, and polled only when it is empty, so
    // that a silent peer cannot outlive the deadline even on a blocking socket.
    const int flags = deadline ? MSG_DONTWAIT : 0;
    while (size > 0) {
        const auto received = ::recv(socket, data, size, flags);
        if (received > 0) {
            data += received;
            size -= static_cast<std::size_t>(received);
            continue;
        }
        if (received == 0) {
            return ChannelStatus::closed;
        }
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            if (const auto status = wait_for(socket, POLLIN, deadline);
                status != ChannelStatus::ok) {
                return status;
            }
            continue;
        }
        if (errno == EINTR) {
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
    // One system call for the header and the payload in the usual case.
    std::array<iovec, 2> parts{
        {{header, sizeof header}, {const_cast<char*>(payload.data()), payload.size()}}};
    return send_all(socket, parts, deadline);
}

ChannelStatus receive_frame(int socket, std::string& payload, Deadline deadline) {
    if (deadline) {
        // An answer is rarely there yet when it is asked for: wait for it before the first read.
        if (const auto status = wait_for(socket, POLLIN, deadline); status != ChannelStatus::ok) {
            return status;
        }
    }
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
