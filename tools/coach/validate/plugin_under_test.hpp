#pragma once

#include <boost/dll/shared_library.hpp>
#include <filesystem>
#include <memory>
#include <vector>

#include "coach/sdk/detail/abi.hpp"
#include "coach/sdk/philosophy.hpp"

namespace coach::cli::validation {

// A philosophy of the plugin under test with the metadata it declared.
struct PhilosophyUnderTest {
    const abi::Boundary* boundary = nullptr;  // owned by the PluginUnderTest
    PhilosophyInfo info;
};

// A plugin library opened the way the engine opens it (RTLD_NOW, RTLD_LOCAL, ABI descriptor
// checked before anything is created), with the philosophies its factory created, so that the
// checks call the plugin directly rather than through the engine's gate. Not copyable; the
// philosophies are destroyed before the library is closed. Use from one thread; the philosophies
// themselves may be called from many.
class PluginUnderTest {
  public:
    // Opens `file` and calls its factory. Throws std::runtime_error with the reason the engine
    // would give when it cannot.
    explicit PluginUnderTest(const std::filesystem::path& file);
    PluginUnderTest(const PluginUnderTest&) = delete;
    PluginUnderTest& operator=(const PluginUnderTest&) = delete;

    // What the factory created, in its order.
    const std::vector<std::unique_ptr<abi::Boundary>>& instances() const { return instances_; }

    // Every philosophy with its metadata. Throws std::runtime_error when info() fails.
    std::vector<PhilosophyUnderTest> philosophies() const;

    // Opens `file` with RTLD_NOW | RTLD_LOCAL. Throws std::runtime_error with dlerror()'s text.
    static boost::dll::shared_library open(const std::filesystem::path& file);

  private:
    boost::dll::shared_library library_;
    std::vector<std::unique_ptr<abi::Boundary>> instances_;
};

}  // namespace coach::cli::validation
