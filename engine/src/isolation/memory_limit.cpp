#include "isolation/memory_limit.hpp"

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <new>

namespace coach::isolation {

namespace {

[[noreturn]] void out_of_memory() {
    ::_exit(exit_out_of_memory);
}

// The address space the process has mapped so far, in bytes.
rlim_t mapped_bytes() {
    std::FILE* statm = std::fopen("/proc/self/statm", "r");
    unsigned long pages = 0;
    if (statm != nullptr) {
        if (std::fscanf(statm, "%lu", &pages) != 1) {
            pages = 0;
        }
        std::fclose(statm);
    }
    return static_cast<rlim_t>(pages) * static_cast<rlim_t>(::sysconf(_SC_PAGESIZE));
}

}  // namespace

void limit_memory(std::size_t megabytes) {
    const rlim_t now = mapped_bytes();
    if (megabytes == 0 || megabytes > ((RLIM_INFINITY - now) >> 20)) {
        return;
    }
    const rlim_t bytes = now + (static_cast<rlim_t>(megabytes) << 20);
    const rlimit limit{bytes, bytes};
    ::setrlimit(RLIMIT_AS, &limit);
    std::set_new_handler(&out_of_memory);
}

}  // namespace coach::isolation
