#include "isolation/worker_main.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spdlog/details/null_mutex.h>
#include <spdlog/sinks/base_sink.h>
#include <spdlog/spdlog.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <charconv>
#include <cstdio>
#include <mutex>
#include <optional>

#include "coach/planning_case.hpp"
#include "isolation/memory_limit.hpp"
#include "isolation/message_channel.hpp"
#include "isolation/worker_protocol.hpp"
#include "loading/plan_size.hpp"
#include "loading/plugin_call.hpp"
#include "loading/plugin_library.hpp"
#include "loading/vetted_file.hpp"

namespace coach::isolation {

namespace {

// How the worker ends when the engine breaks the protocol.
constexpr int exit_protocol_error = 3;

constexpr const char* usage =
    "coach-worker runs one coach plugin library for an engine that isolates its plugins; the "
    "engine starts it.\n"
    "usage: coach-worker --library-fd N --library NAME --sha256 HEX --host-pid PID "
    "[--memory-limit-mb N] [--log-level LEVEL]\n";

struct Arguments {
    int library_descriptor = -1;
    std::filesystem::path library;  // where the engine found it, for messages
    std::string sha256;
    pid_t host = 0;
    std::size_t memory_limit_mb = 0;
    std::string log_level = "warning";
};

template <class Number>
bool parse_number(std::string_view text, Number& value) {
    const auto parsed = std::from_chars(text.data(), text.data() + text.size(), value);
    return parsed.ec == std::errc{} && parsed.ptr == text.data() + text.size();
}

std::optional<Arguments> parse_arguments(int argc, char** argv) {
    Arguments arguments;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string_view option = argv[i];
        const std::string_view value = argv[i + 1];
        bool ok = true;
        if (option == "--library-fd") {
            ok = parse_number(value, arguments.library_descriptor);
        } else if (option == "--library") {
            arguments.library = value;
        } else if (option == "--sha256") {
            arguments.sha256 = value;
        } else if (option == "--host-pid") {
            ok = parse_number(value, arguments.host);
        } else if (option == "--memory-limit-mb") {
            ok = parse_number(value, arguments.memory_limit_mb);
        } else if (option == "--log-level") {
            arguments.log_level = value;
        } else {
            ok = false;
        }
        if (!ok) {
            return std::nullopt;
        }
    }
    if (argc % 2 == 0 || arguments.library_descriptor < 0 || arguments.library.empty()
        || arguments.sha256.empty() || arguments.host <= 0) {
        return std::nullopt;
    }
    return arguments;
}

// Asks for SIGKILL when the host ends, however it ends, so that a worker stuck in a plugin never
// outlives it; false when the host has already gone.
bool die_with_host(pid_t host) {
    return ::prctl(PR_SET_PDEATHSIG, SIGKILL) == 0 && ::getppid() == host;
}

// Moves the engine's socket off stdin and stdout, to a descriptor no plugin knows of; stdin then
// reads /dev/null and stdout writes to stderr. -1 when stdin is not a socket (started by hand).
int take_channel() {
    struct stat status {};
    if (::fstat(STDIN_FILENO, &status) != 0 || !S_ISSOCK(status.st_mode)) {
        return -1;
    }
    const int channel = ::fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, STDERR_FILENO + 1);
    const int null = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (channel < 0 || null < 0 || ::dup2(null, STDIN_FILENO) < 0
        || ::dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
        return -1;
    }
    ::close(null);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);  // what a plugin prints shows up as it prints it
    return channel;
}

// The socket to the engine. Sends are serialised: the main thread answers requests while plugin
// threads may log at any time. [thread-safe]
class Channel {
  public:
    explicit Channel(int socket) : socket_(socket) {}

    int socket() const { return socket_; }

    void send(std::string_view frame) {
        std::lock_guard lock{mutex_};
        send_frame(socket_, frame, std::nullopt);
    }

  private:
    int socket_;
    std::mutex mutex_;
};

// Hands the plugins' log lines to the engine, which writes them to its own logger.
class ChannelSink final : public spdlog::sinks::base_sink<spdlog::details::null_mutex> {
  public:
    explicit ChannelSink(Channel& channel) : channel_(channel) {}

  protected:
    void sink_it_(const spdlog::details::log_msg& message) override {
        const auto level = spdlog::level::to_string_view(message.level);
        channel_.send(encode(MessageType::log,
                             LogLine{std::string{level.data(), level.size()},
                                     std::string{message.payload.data(), message.payload.size()}}));
    }
    void flush_() override {}

  private:
    Channel& channel_;
};

// What the engine sends first: the HostServices of the library, but for its log.
std::optional<HostServices> receive_services(Channel& channel) {
    std::string frame;
    LoadRequest request;
    if (receive_frame(channel.socket(), frame, std::nullopt) != ChannelStatus::ok
        || !decode(frame, MessageType::load, request)) {
        return std::nullopt;
    }
    HostServices services;
    for (auto& folder : request.plugin_folders) {
        services.plugin_folders.emplace_back(std::move(folder));
    }
    for (auto& protocol : request.protocol_files) {
        services.protocol_files.push_back({std::move(protocol.path), std::move(protocol.name),
                                           std::move(protocol.sha256), std::move(protocol.text)});
    }
    return services;
}

// Loads the library from the descriptor the engine handed over, as the engine does in-process.
// Fills in `hello` either way.
std::optional<detail::LoadedPlugin> load(const Arguments& arguments,
                                         const std::shared_ptr<spdlog::logger>& logger,
                                         HostServices services, Hello& hello) {
    detail::VettedFile file{
        arguments.library, arguments.sha256, 0,
        std::make_shared<const detail::FileDescriptor>(arguments.library_descriptor)};
    if (auto changed = detail::changed_since_vetted(file)) {
        hello.error = std::move(*changed);
        return std::nullopt;
    }
    auto loaded = detail::load_plugin(file, logger, std::move(services));
    if (auto* reason = std::get_if<std::string>(&loaded)) {
        hello.error = std::move(*reason);
        return std::nullopt;
    }
    auto& plugin = std::get<detail::LoadedPlugin>(loaded);
    for (const auto& philosophy : plugin.philosophies) {
        hello.philosophies.push_back(philosophy.record.info);
    }
    hello.refused = plugin.refused;
    return std::move(plugin);
}

// Runs one plan request and sends the plugin's plan, ungated, or why there is none.
void answer_request(Channel& channel, const PlanRequest& request, const Athlete& athlete,
                    const std::vector<detail::LoadedPhilosophy>& philosophies, std::string& frame) {
    try {
        if (request.philosophy >= philosophies.size()) {
            channel.send(
                encode(MessageType::failed,
                       std::string{"was asked for a philosophy its worker does not hold"}));
            return;
        }
        // The chronology and the course are rebuilt here from the record: the same pure
        // functions of the same request give the Case the host would have handed over.
        const PlanningCase input{athlete, Request{request.as_of, request.horizon_days}};
        const auto result = philosophies[request.philosophy].instance->plan(input.input());
        if (result) {
            // Checked here as in-process, and before encoding: the channel would refuse it.
            if (auto problem = detail::plan_size_problem(*result.value)) {
                channel.send(encode(MessageType::failed, *problem));
                return;
            }
            encode_into(frame, MessageType::planned, *result.value);
        } else {
            encode_into(frame, MessageType::failed, result.error);
        }
        channel.send(frame);
    } catch (const std::exception& error) {
        channel.send(encode(MessageType::failed, std::string{"worker failed: "} + error.what()));
    }
}

int serve(Channel& channel, const std::vector<detail::LoadedPhilosophy>& philosophies) {
    std::string frame;   // the last request, kept for its capacity
    std::string answer;  // the last answer, likewise
    PlanRequest request;
    Athlete athlete;
    while (true) {
        const auto status = receive_frame(channel.socket(), frame, std::nullopt);
        if (status == ChannelStatus::closed) {
            return 0;  // the engine is done with this worker
        }
        if (status != ChannelStatus::ok || !decode(frame, MessageType::plan, request, athlete)) {
            return exit_protocol_error;
        }
        answer_request(channel, request, athlete, philosophies, answer);
    }
}

}  // namespace

int run_plugin_worker(int argc, char** argv) noexcept {
    try {
        const auto arguments = parse_arguments(argc, argv);
        if (arguments && !die_with_host(arguments->host)) {
            return 0;  // nobody is left to serve
        }
        const int socket = arguments ? take_channel() : -1;
        if (socket < 0) {
            std::fputs(usage, stderr);
            return exit_usage;
        }
        detail::PluginCall::leave_exit_alone();  // the engine reports how a worker ends
        limit_memory(arguments->memory_limit_mb);
        // Declared in this order so that the plugins go first, then their logger, then the
        // channel it writes to.
        Channel channel{socket};
        auto services = receive_services(channel);
        if (!services) {
            return exit_protocol_error;
        }
        const auto logger = std::make_shared<spdlog::logger>(
            "coach-worker", std::make_shared<ChannelSink>(channel));
        logger->set_level(spdlog::level::from_str(arguments->log_level));
        Hello hello;
        const auto plugin = load(*arguments, logger, std::move(*services), hello);
        channel.send(encode(MessageType::hello, hello));
        return plugin ? serve(channel, plugin->philosophies) : 0;
    } catch (const std::exception& error) {
        std::fprintf(stderr, "coach-worker: %s\n", error.what());
        return exit_protocol_error;
    }
}

}  // namespace coach::isolation
