#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <random>
#include <span>
#include <stdexcept>

namespace coach::synthetic::detail {

// SplitMix64's finaliser (Steele, Lea and Flood 2014): spreads nearby seeds far apart.
constexpr std::uint64_t split_mix(std::uint64_t value) {
    value += 0x9E37'79B9'7F4A'7C15ULL;
    value = (value ^ (value >> 30)) * 0xBF58'476D'1CE4'E5B9ULL;
    value = (value ^ (value >> 27)) * 0x94D0'49BB'1331'11EBULL;
    return value ^ (value >> 31);
}

template <class T>
struct Weighted {
    T value;
    int weight;
};

// Random draws whose results depend only on std::mt19937_64's output, which the standard
// specifies exactly, and on the integer arithmetic below. (std::uniform_int_distribution and
// friends are implementation-defined, so they would differ between standard libraries.)
class Random {
  public:
    explicit Random(std::uint64_t seed) : engine_(seed) {}

    // A whole number in [low, high], every value equally likely: draws below 2^64 mod span are
    // rejected so that the remainder is unbiased.
    int between(int low, int high) {
        if (high < low) {
            throw std::invalid_argument("Random::between: empty range");
        }
        const auto span = static_cast<std::uint64_t>(static_cast<std::int64_t>(high) - low) + 1;
        const std::uint64_t reject_below = (std::uint64_t{0} - span) % span;
        std::uint64_t draw = engine_();
        while (draw < reject_below) {
            draw = engine_();
        }
        return static_cast<int>(low + static_cast<std::int64_t>(draw % span));
    }

    // True with probability per_mille / 1000.
    bool chance(int per_mille) { return between(0, 999) < per_mille; }

    // One of `choices`, each as likely as its weight.
    template <class T>
    const T& pick(std::span<const Weighted<T>> choices) {
        int total = 0;
        for (const auto& choice : choices) {
            total += choice.weight;
        }
        int draw = between(0, total - 1);
        for (const auto& choice : choices) {
            if (draw < choice.weight) {
                return choice.value;
            }
            draw -= choice.weight;
        }
        throw std::logic_error("Random::pick: weights changed while picking");
    }
    template <class T, std::size_t N>
    const T& pick(const std::array<Weighted<T>, N>& choices) {
        return pick(std::span<const Weighted<T>>{choices});
    }

  private:
    std::mt19937_64 engine_;
};

}  // namespace coach::synthetic::detail
