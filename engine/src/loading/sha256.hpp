#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace coach::detail {

// A SHA-256 computed over bytes given in pieces. [thread-compatible]
class Sha256 {
  public:
    // Throws std::runtime_error if the digest is not available.
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void update(std::string_view bytes);
    // The digest of everything given so far, as lower-case hex. Call once.
    std::string hex();

  private:
    struct Context;
    std::unique_ptr<Context> context_;
};

}  // namespace coach::detail
