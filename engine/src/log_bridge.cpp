#include "log_bridge.hpp"

#include <spdlog/details/null_mutex.h>
#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace coach::detail {

namespace {

// Hands each line to the host's callback. No lock: the callback is [thread-safe] by contract.
class CallbackSink final : public spdlog::sinks::base_sink<spdlog::details::null_mutex> {
  public:
    explicit CallbackSink(std::function<void(LogSink::Level, std::string_view)> write)
        : write_(std::move(write)) {}

  protected:
    void sink_it_(const spdlog::details::log_msg& message) override {
        try {
            write_(static_cast<LogSink::Level>(static_cast<int>(message.level)),
                   std::string_view{message.payload.data(), message.payload.size()});
        } catch (...) {
            // A host's callback that throws loses its line, never the engine's call.
        }
    }
    void flush_() override {}

  private:
    std::function<void(LogSink::Level, std::string_view)> write_;
};

}  // namespace

std::shared_ptr<spdlog::logger> make_logger(const LogSink& sink) {
    if (!sink.write) {
        auto logger = spdlog::get("coach");
        if (!logger) {
            logger = spdlog::stderr_color_mt("coach");
            logger->set_level(spdlog::level::warn);
            logger->set_pattern("%^%l%$: %v");
        }
        return logger;
    }
    auto logger =
        std::make_shared<spdlog::logger>("coach", std::make_shared<CallbackSink>(sink.write));
    logger->set_level(static_cast<spdlog::level::level_enum>(static_cast<int>(sink.level)));
    return logger;
}

}  // namespace coach::detail
