#pragma once

#include <vector>

#include "coach/sdk/athlete.hpp"
#include "synthetic/injury_course.hpp"
#include "synthetic/random.hpp"

namespace coach::synthetic::detail {

// The sessions an athlete logged under one bundled philosophy from a few days after injury up to
// `last_day` days after it: that philosophy's exercises at the dose its stage calls for, with
// pains that follow the injury's course. Empty for about four athletes in ten (not started yet),
// and for a complete tear or a palpable gap (nobody trains through those).
std::vector<LogEntry> draw_training_log(Random& random, const Injury& injury,
                                        const InjuryCourse& course, int last_day);

}  // namespace coach::synthetic::detail
