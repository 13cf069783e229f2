#include "loading/lasting_libraries.hpp"

#include <dlfcn.h>

#include <deque>
#include <map>
#include <mutex>

namespace coach::detail {

namespace {

// Never destroyed: nothing here may go away before the process does.
struct Lasting {
    struct Library {
        boost::dll::shared_library library;
        // Kept open: the loader knows the library by the name it was opened with,
        // /proc/self/fd/N, and would take a later file opened under the same number for it.
        std::shared_ptr<const FileDescriptor> content;
    };
    std::mutex mutex;
    std::map<std::string, Library> libraries;  // by SHA-256
    std::deque<PluginLogContext> log_contexts;
};

Lasting& lasting() {
    static auto* kept = new Lasting;
    return *kept;
}

// `text` with every `from` replaced by `to`.
std::string replaced(std::string text, const std::string& from, const std::string& to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

}  // namespace

std::variant<const boost::dll::shared_library*, std::string> load_lasting_library(
    const VettedFile& file) {
    namespace dll = boost::dll;
    auto& kept = lasting();
    const std::lock_guard lock{kept.mutex};
    if (const auto found = kept.libraries.find(file.sha256); found != kept.libraries.end()) {
        return &found->second.library;
    }
    const auto path = descriptor_path(file.content->get());
    boost::dll::shared_library library;
    std::error_code error;
    library.load(path,
                 dll::load_mode::rtld_now | dll::load_mode::rtld_local
                     | static_cast<dll::load_mode::type>(RTLD_NODELETE),
                 error);
    if (error) {
        const char* reason = dlerror();
        return replaced(reason != nullptr ? reason : error.message(), path, file.path.string());
    }
    return &kept.libraries.emplace(file.sha256, Lasting::Library{std::move(library), file.content})
                .first->second.library;
}

PluginLogContext* lasting_log_context(std::weak_ptr<spdlog::logger> logger, std::string name) {
    auto& kept = lasting();
    const std::lock_guard lock{kept.mutex};
    return &kept.log_contexts.emplace_back(PluginLogContext{std::move(logger), std::move(name)});
}

}  // namespace coach::detail
