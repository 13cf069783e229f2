#include "synthetic/sports.hpp"

namespace coach::synthetic::detail {

namespace {

using enum Mechanism;

const std::vector<Weighted<SportProfile>>& sports() {
    static const std::vector<Weighted<SportProfile>> table = {
        {{"football",
          200,
          16,
          36,
          {{{sprinting, 80}, {stretching, 12}, {unknown, 8}}},
          "league match",
          {"gym", "track", "home"}},
         26},
        {{"sprinting",
          450,
          16,
          34,
          {{{sprinting, 94}, {stretching, 3}, {unknown, 3}}},
          "national championships",
          {"track", "gym", "home"}},
         14},
        {{"rugby",
          150,
          18,
          35,
          {{{sprinting, 78}, {stretching, 12}, {unknown, 10}}},
          "cup final",
          {"gym", "track", "home"}},
         12},
        {{"marathon",
          450,
          22,
          60,
          {{{sprinting, 30}, {stretching, 10}, {unknown, 60}}},
          "city marathon",
          {"home", "gym", "pool"}},
         10},
        {{"distance_running",
          450,
          18,
          55,
          {{{sprinting, 35}, {stretching, 10}, {unknown, 55}}},
          "10 km race",
          {"home", "track", "pool"}},
         8},
        {{"dance",
          750,
          16,
          35,
          {{{sprinting, 5}, {stretching, 85}, {unknown, 10}}},
          "spring showcase",
          {"home", "studio", "gym"}},
         8},
        {{"australian_football",
          50,
          18,
          34,
          {{{sprinting, 85}, {stretching, 8}, {unknown, 7}}},
          "season opener",
          {"gym", "track", "home"}},
         6},
        {{"field_hockey",
          500,
          16,
          35,
          {{{sprinting, 75}, {stretching, 15}, {unknown, 10}}},
          "league match",
          {"gym", "track", "home"}},
         6},
        {{"cricket",
          100,
          17,
          38,
          {{{sprinting, 85}, {stretching, 5}, {unknown, 10}}},
          "test match",
          {"gym", "home"}},
         5},
        {{"tennis",
          400,
          16,
          40,
          {{{sprinting, 60}, {stretching, 25}, {unknown, 15}}},
          "club championship",
          {"gym", "home"}},
         5},
    };
    return table;
}

}  // namespace

const SportProfile& pick_sport(Random& random) {
    return random.pick(std::span{sports()});
}

}  // namespace coach::synthetic::detail
