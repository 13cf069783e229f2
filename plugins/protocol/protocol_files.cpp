#include "protocol_files.hpp"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "protocol_philosophy.hpp"
#include "protocol_reader.hpp"

namespace coach::protocol {

namespace fs = std::filesystem;

namespace {

bool is_protocol_file(const fs::directory_entry& entry) {
    std::error_code error;
    const auto name = entry.path().filename().string();
    return entry.is_regular_file(error) && name.size() > file_suffix.size()
           && name.ends_with(file_suffix);
}

std::string name_of(const fs::path& file) {
    const auto name = file.filename().string();
    return name.substr(0, name.size() - file_suffix.size());
}

}  // namespace

std::vector<fs::path> find_protocol_files(const std::vector<fs::path>& folders,
                                          const HostLog& log) {
    std::vector<fs::path> found;
    std::set<fs::path> searched;
    std::set<std::string> names;
    for (const auto& folder : folders) {
        std::error_code error;
        const auto canonical = fs::weakly_canonical(folder, error);
        if (!searched.insert(error ? folder : canonical).second) {
            continue;
        }
        std::vector<fs::path> files;
        for (const auto& entry : fs::directory_iterator(folder, error)) {
            if (is_protocol_file(entry)) {
                files.push_back(entry.path());
            }
        }
        std::sort(files.begin(), files.end());
        for (auto& file : files) {
            if (!names.insert(name_of(file)).second) {
                log.info(file.string() + " is shadowed by a protocol of the same name in an "
                                         "earlier plugin folder");
                continue;
            }
            found.push_back(std::move(file));
        }
    }
    return found;
}

std::unique_ptr<Philosophy> load_protocol(const fs::path& file, const HostLog& log) {
    std::ifstream in{file, std::ios::binary};
    std::ostringstream text;
    if (!(in && text << in.rdbuf())) {
        return std::make_unique<UnreadableProtocol>(file.string() + ": cannot be read");
    }
    auto read = read_protocol(text.str(), name_of(file));
    if (read.protocol) {
        log.debug("read " + file.string());
        return std::make_unique<ProtocolPhilosophy>(std::move(*read.protocol));
    }
    for (const auto& problem : read.problems) {
        log.warn(file.string() + ": " + problem.to_string());
    }
    auto first = file.string() + ": " + read.problems.front().to_string();
    if (read.problems.size() > 1) {
        first += " (and " + std::to_string(read.problems.size() - 1) + " more)";
    }
    return std::make_unique<UnreadableProtocol>(std::move(first));
}

}  // namespace coach::protocol
