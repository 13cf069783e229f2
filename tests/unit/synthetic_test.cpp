#include "coach/synthetic.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "coach/json.hpp"
#include "coach/sdk/catalog.hpp"
#include "support.hpp"

namespace {

std::string population(std::uint64_t count, std::uint64_t seed) {
    std::ostringstream out;
    coach::synthetic::write_population(out, count, seed);
    return out.str();
}

std::vector<coach::Athlete> athletes(std::uint64_t count, std::uint64_t seed) {
    std::vector<coach::Athlete> made;
    for (std::uint64_t index = 0; index < count; ++index) {
        made.push_back(coach::synthetic::make_athlete(seed, index));
    }
    return made;
}

double share(const std::vector<coach::Athlete>& all, auto&& predicate) {
    const auto count = std::count_if(all.begin(), all.end(), predicate);
    return static_cast<double>(count) / static_cast<double>(all.size());
}

bool has_stop_red_flag(const coach::Athlete& athlete) {
    return std::any_of(athlete.assessments.begin(), athlete.assessments.end(), [](const auto& a) {
        const auto& s = a.symptoms;
        return is_present(s.numbness) || is_present(s.tingling)
               || is_present(s.unable_to_bear_weight) || is_present(s.palpable_gap);
    });
}

}  // namespace

TEST(synthetic, the_same_seed_gives_the_same_bytes) {
    EXPECT_EQ(population(300, 42), population(300, 42));
}

TEST(synthetic, another_seed_gives_another_population) {
    EXPECT_NE(population(300, 42), population(300, 43));
}

TEST(synthetic, a_smaller_count_is_a_prefix_of_a_larger_one) {
    const auto larger = population(200, 9);
    const auto smaller = population(50, 9);
    EXPECT_EQ(larger.rfind(smaller, 0), 0u);
}

// The generator's arithmetic is fixed (mt19937_64 and integer draws of our own), so these bytes
// are the same on every machine and standard library; a change here changes every population.
TEST(synthetic, seed_7_is_the_same_population_everywhere) {
    EXPECT_EQ(population(3, 7),
              coach::test::read_file(coach::test::fixture("cohort/synth_seed_7.jsonl")));
}

TEST(synthetic, writes_exactly_count_lines_each_a_valid_record) {
    const auto text = population(500, 1);
    const auto lines = coach::test::lines(text);
    ASSERT_EQ(lines.size(), 500u);
    EXPECT_EQ(population(0, 1), "");
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto decoded = coach::json::decode_athlete(lines[i]);
        ASSERT_TRUE(decoded.value)
            << "line " << i + 1 << ": " << decoded.problems.front().to_string();
        EXPECT_EQ(decoded.value->athlete, coach::synthetic::make_athlete(1, i));
    }
    EXPECT_EQ(coach::synthetic::make_athlete(1, 0).id, "syn-0000001");
    EXPECT_EQ(coach::synthetic::make_athlete(1, 499).id, "syn-0000500");
}

TEST(synthetic, grades_come_in_clinical_proportions) {
    const auto all = athletes(5000, 1);
    const auto grade = [](int g) {
        return [g](const coach::Athlete& a) { return a.injury.grade == g; };
    };
    EXPECT_GT(share(all, grade(1)) + share(all, grade(2)), 0.65);  // most are grade 1-2
    EXPECT_LT(share(all, grade(3)), 0.2);                          // few are grade 3
    EXPECT_GT(share(all, grade(3)), share(all, grade(4)));
    EXPECT_LT(share(all, grade(4)), 0.06);  // complete tears are rare
    EXPECT_GT(share(all, grade(4)), 0.0);
}

TEST(synthetic, biceps_femoris_long_head_takes_over_80_percent_and_site_b_leads) {
    const auto all = athletes(5000, 1);
    EXPECT_GT(share(all,
                    [](const auto& a) {
                        return a.injury.muscle == coach::Muscle::biceps_femoris_long_head;
                    }),
              0.8);
    std::map<coach::Site, int> sites;
    for (const auto& athlete : all) {
        if (athlete.injury.site) {
            ++sites[*athlete.injury.site];
        }
    }
    EXPECT_GT(sites[coach::Site::b], sites[coach::Site::a]);
    EXPECT_GT(sites[coach::Site::b], sites[coach::Site::c]);
}

TEST(synthetic, mechanism_fits_the_sport) {
    const auto all = athletes(5000, 1);
    std::map<std::string, std::map<coach::Mechanism, int>> by_sport;
    for (const auto& athlete : all) {
        ++by_sport[athlete.profile.sport][athlete.injury.mechanism];
    }
    const auto fraction = [&](const std::string& sport, coach::Mechanism mechanism) {
        int total = 0;
        for (const auto& [m, n] : by_sport[sport]) {
            total += n;
        }
        return static_cast<double>(by_sport[sport][mechanism]) / total;
    };
    EXPECT_GT(fraction("sprinting", coach::Mechanism::sprinting), 0.85);
    EXPECT_GT(fraction("football", coach::Mechanism::sprinting), 0.7);
    EXPECT_GT(fraction("dance", coach::Mechanism::stretching), 0.7);
    EXPECT_GE(by_sport.size(), 8u);
}

TEST(synthetic, pain_and_deficits_fall_with_time_and_rise_with_grade) {
    const auto all = athletes(5000, 1);
    std::map<int, std::pair<double, int>> first_pain_by_grade;  // sum, count at days 0-3
    for (const auto& athlete : all) {
        const auto& assessments = athlete.assessments;
        ASSERT_FALSE(assessments.empty()) << athlete.id;
        for (std::size_t i = 1; i < assessments.size(); ++i) {
            const auto& before = assessments[i - 1];
            const auto& after = assessments[i];
            EXPECT_GT(after.date, before.date) << athlete.id;
            EXPECT_LE(*after.pain_rest, *before.pain_rest) << athlete.id;
            EXPECT_LE(*after.pain_exercise, *before.pain_exercise) << athlete.id;
            EXPECT_LE(*after.strength_deficit_pct, *before.strength_deficit_pct) << athlete.id;
        }
        if (assessments.front().date - athlete.injury.date <= 3) {
            auto& [sum, count] = first_pain_by_grade[athlete.injury.grade];
            sum += *assessments.front().pain_walking;
            ++count;
        }
    }
    for (int grade = 1; grade <= 4; ++grade) {
        const auto mean = [&](int g) {
            return first_pain_by_grade[g].first / first_pain_by_grade[g].second;
        };
        EXPECT_GT(mean(grade), mean(grade - 1)) << "grade " << grade;
    }
}

TEST(synthetic, red_flags_are_rare_and_complete_tears_often_show_them) {
    const auto all = athletes(5000, 1);
    const double flagged = share(all, has_stop_red_flag);
    EXPECT_GT(flagged, 0.01);
    EXPECT_LT(flagged, 0.08);
    std::vector<coach::Athlete> complete_tears;
    std::copy_if(all.begin(), all.end(), std::back_inserter(complete_tears),
                 [](const auto& a) { return a.injury.grade == 4; });
    EXPECT_GT(share(complete_tears, has_stop_red_flag), 0.5);
}

TEST(synthetic, logs_follow_the_injury_with_bundled_philosophies_and_catalog_exercises) {
    const std::set<std::string> bundled{"eccentric-strength", "sprint-manual", "stretch-ice"};
    int logged = 0;
    for (const auto& athlete : athletes(2000, 5)) {
        logged += athlete.log.empty() ? 0 : 1;
        for (const auto& entry : athlete.log) {
            EXPECT_GT(entry.date, athlete.injury.date) << athlete.id;
            EXPECT_TRUE(bundled.contains(entry.philosophy)) << entry.philosophy;
            EXPECT_LE(entry.pain_during.value_or(0), 10);
            for (const auto& item : entry.items) {
                EXPECT_NE(coach::find_exercise(item.exercise), nullptr) << item.exercise;
            }
        }
    }
    EXPECT_GT(logged, 500);
    EXPECT_LT(logged, 1500);
}
