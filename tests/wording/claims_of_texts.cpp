// Reads texts separated by NUL bytes on stdin and prints, for each that holds a clearance claim
// (coach::clearance_claim, coach/sdk/wording.hpp), one line: the claim, " <= ", the text with
// its line breaks written as \n. Used by check_bundled_claims.py.
#include <iostream>
#include <iterator>
#include <string>
#include <string_view>

#include "coach/sdk/wording.hpp"

int main() {
    const std::string all{std::istreambuf_iterator<char>(std::cin), {}};
    std::size_t start = 0;
    for (std::size_t end = all.find('\0'); end != std::string::npos;
         start = end + 1, end = all.find('\0', start)) {
        const std::string_view text{all.data() + start, end - start};
        if (const auto claim = coach::clearance_claim(text); !claim.empty()) {
            std::string line;
            for (const char c : text) {
                line += c == '\n' ? std::string{"\\n"} : std::string(1, c);
            }
            std::cout << claim << " <= " << line << '\n';
        }
    }
    return 0;
}
