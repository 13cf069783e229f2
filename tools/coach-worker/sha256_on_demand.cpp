// coach::detail::Sha256 for coach-worker, which opens OpenSSL's libcrypto only when it hashes.
//
// A worker hashes its library only when the engine could not hand it a sealed memory file
// (changed_since_vetted, loading/vetted_file.cpp), which is rare; linking libcrypto made every
// worker pay the dynamic loader for it (about 4,200 of its 6,800 symbol relocations) before any
// plugin code ran. This file defines the class of loading/sha256.hpp for the worker alone: being
// part of the executable, it comes before the engine's archive on the link line, so the archive's
// sha256.cpp.o, and with it libcrypto, is never linked in (tools/coach-worker/CMakeLists.txt).
// The digest is OpenSSL's either way.
#include <dlfcn.h>

#include <array>
#include <mutex>
#include <stdexcept>

#include "loading/sha256.hpp"

namespace coach::detail {

namespace {

// The few functions of libcrypto's EVP interface a digest needs, declared as OpenSSL 3 does.
struct Crypto {
    void* (*md_ctx_new)() = nullptr;
    void (*md_ctx_free)(void*) = nullptr;
    const void* (*sha256)() = nullptr;
    int (*digest_init_ex)(void*, const void*, void*) = nullptr;
    int (*digest_update)(void*, const void*, std::size_t) = nullptr;
    int (*digest_final_ex)(void*, unsigned char*, unsigned int*) = nullptr;
};

template <class Function>
bool find(void* library, const char* name, Function& function) {
    function = reinterpret_cast<Function>(::dlsym(library, name));
    return function != nullptr;
}

// libcrypto, opened on first use and never closed; nullptr when it cannot be opened.
// [thread-safe]
const Crypto* crypto() {
    static const Crypto* const loaded = []() -> const Crypto* {
        void* library = ::dlopen(COACH_LIBCRYPTO_SONAME, RTLD_NOW | RTLD_LOCAL);
        if (library == nullptr) {
            return nullptr;
        }
        static Crypto functions;
        if (!find(library, "EVP_MD_CTX_new", functions.md_ctx_new)
            || !find(library, "EVP_MD_CTX_free", functions.md_ctx_free)
            || !find(library, "EVP_sha256", functions.sha256)
            || !find(library, "EVP_DigestInit_ex", functions.digest_init_ex)
            || !find(library, "EVP_DigestUpdate", functions.digest_update)
            || !find(library, "EVP_DigestFinal_ex", functions.digest_final_ex)) {
            return nullptr;
        }
        return &functions;
    }();
    return loaded;
}

constexpr std::size_t sha256_bytes = 32;

}  // namespace

struct Sha256::Context {
    const Crypto& crypto;
    void* digest;
    ~Context() { crypto.md_ctx_free(digest); }
};

Sha256::Sha256() {
    const auto* functions = crypto();
    void* digest = functions != nullptr ? functions->md_ctx_new() : nullptr;
    if (digest == nullptr) {
        throw std::runtime_error("SHA-256 is not available");
    }
    context_.reset(new Context{*functions, digest});
    if (functions->digest_init_ex(digest, functions->sha256(), nullptr) != 1) {
        throw std::runtime_error("SHA-256 is not available");
    }
}

Sha256::~Sha256() = default;

void Sha256::update(std::string_view bytes) {
    context_->crypto.digest_update(context_->digest, bytes.data(), bytes.size());
}

std::string Sha256::hex() {
    std::array<unsigned char, sha256_bytes> digest{};
    unsigned int length = 0;
    context_->crypto.digest_final_ex(context_->digest, digest.data(), &length);
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(2 * length);
    for (unsigned int i = 0; i < length && i < digest.size(); ++i) {
        out += digits[digest[i] >> 4];
        out += digits[digest[i] & 0x0f];
    }
    return out;
}

}  // namespace coach::detail
