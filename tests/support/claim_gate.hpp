// What the clearance claim tests assert of a plan text, in one place: the gate refuses it with
// its exact message, or accepts it and clearance_claim() finds nothing in it.
#pragma once

#include <gtest/gtest.h>

#include <cstddef>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "coach/planning_case.hpp"
#include "coach/safety_gate.hpp"
#include "coach/sdk/plan_builder.hpp"
#include "coach/sdk/wording.hpp"

namespace coach::test {

// The lines of a file of tests/wording/ (`name`, e.g. "held_out_claims.txt") as (kind, rest): the
// text before the first tab and what follows it; blank lines and lines opening with '#' skipped.
inline std::vector<std::pair<std::string, std::string>> wording_lines(const std::string& name) {
    std::ifstream in{std::string{COACH_TEST_FIXTURES_DIR} + "/../wording/" + name};
    EXPECT_TRUE(in.good()) << "cannot read tests/wording/" << name;
    std::vector<std::pair<std::string, std::string>> lines;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line.starts_with('#')) {
            continue;
        }
        const auto tab = line.find('\t');
        lines.emplace_back(line.substr(0, tab),
                           tab == std::string::npos ? std::string{} : line.substr(tab + 1));
    }
    return lines;
}

using Claims = std::vector<std::pair<std::string, std::string>>;

// The lines of a file of tests/wording/ that quotes its claims: "claim<TAB>text<TAB>what the gate
// quotes" or "safe<TAB>text".
struct QuotedClaims {
    Claims claims;
    std::vector<std::string> safe;
};

inline QuotedClaims quoted_claims(const std::string& name) {
    QuotedClaims quoted;
    for (const auto& [kind, rest] : wording_lines(name)) {
        if (kind == "claim") {
            const auto said = rest.find('\t');
            EXPECT_NE(said, std::string::npos) << "a claim without what is said: " << rest;
            quoted.claims.emplace_back(rest.substr(0, said), rest.substr(said + 1));
        } else {
            EXPECT_EQ(kind, "safe") << "unknown kind: " << kind << "\t" << rest;
            quoted.safe.push_back(rest);
        }
    }
    return quoted;
}

struct ClaimGate : ::testing::Test {
    coach::Athlete athlete;
    coach::PhilosophyInfo info;
    std::vector<coach::PlanningCase> cases;

    ClaimGate() {
        athlete.id = "a";
        athlete.injury.region = "hamstring";
        athlete.injury.grade = 2;
        athlete.injury.site = coach::Site::b;
        athlete.injury.date = *coach::Date::parse("2026-10-01");
        info.id = "test";
        info.version = "1.0.0";
        info.summary = "s";
        info.sources = {"src"};
        cases.emplace_back(athlete, coach::Request{athlete.injury.date + 5, 14});
    }

    // What the gate says of a valid one-session plan with `text` as its only rationale line.
    std::vector<std::string> problems_with(const std::string& text) const {
        const coach::Case& input = cases.front().input();
        coach::PlanBuilder builder{input};
        builder.phase("p", input.as_of, input.last_day(), "g");
        builder.session(input.as_of, "f").add({.exercise = "cycling", .duration_min = 20});
        builder.sources({"src"});
        auto plan = std::move(builder).build();
        plan.rationale.push_back(text);
        return coach::safety::plan_problems(plan, input, info);
    }

    // Each {text, said}: the line is refused as claiming `said`, and nothing else.
    void expect_refused(const Claims& claims) const {
        for (const auto& [text, said] : claims) {
            EXPECT_EQ(problems_with(text),
                      std::vector<std::string>{"/rationale/0: says \"" + said
                                               + "\"; plans estimate, a clinician clears"})
                << text;
        }
    }

    // Each text is accepted, and clearance_claim() finds no claim in it.
    void expect_accepted(const std::vector<std::string>& texts) const {
        for (const auto& text : texts) {
            EXPECT_TRUE(problems_with(text).empty()) << text;
            EXPECT_EQ(coach::clearance_claim(text), "") << text;
        }
    }

    // The rate of the file `name` (wording_lines: "claim<TAB>text" or "safe<TAB>text"): how many
    // claims and safe texts it holds, and how many of them the gate refuses with one problem or
    // accepts.
    // `claims` and `safe` are how many the file holds; `refused` and `accepted` the least the gate
    // must get right, the rate measured when the reader last changed.
    struct Rate {
        std::size_t claims = 0;
        std::size_t refused = 0;
        std::size_t safe = 0;
        std::size_t accepted = 0;
    };
    void expect_held_out_rate(const std::string& name, Rate least) const {
        Rate rate;
        for (const auto& [kind, text] : wording_lines(name)) {
            EXPECT_TRUE(kind == "claim" || kind == "safe") << "unknown kind: " << kind;
            const auto problems = problems_with(text);
            if (kind == "claim") {
                ++rate.claims;
                rate.refused += problems.size() == 1 ? 1U : 0U;
            } else {
                ++rate.safe;
                rate.accepted += problems.empty() ? 1U : 0U;
            }
        }
        EXPECT_EQ(rate.claims, least.claims) << name;
        EXPECT_EQ(rate.safe, least.safe) << name;
        EXPECT_GE(rate.refused, least.refused) << name;
        EXPECT_GE(rate.accepted, least.accepted) << name;
    }

    // Every claim of the file `name` (quoted_claims) refused with its exact message and every safe
    // text accepted; `claims` and `safe` are how many the file holds, so that one cut short fails.
    void expect_quoted_file(const std::string& name, std::size_t claims, std::size_t safe) const {
        const auto quoted = quoted_claims(name);
        ASSERT_EQ(quoted.claims.size(), claims);
        ASSERT_EQ(quoted.safe.size(), safe);
        expect_refused(quoted.claims);
        expect_accepted(quoted.safe);
    }
};

}  // namespace coach::test
