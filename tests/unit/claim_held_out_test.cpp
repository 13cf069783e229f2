// The held-out clearance sentences of tests/wording/held_out_claims.txt, written before the strict
// form of the claim reader was coded, read through the gate: every "claim" line refused and every
// "safe" line accepted. The file is the measure the CHANGELOG's hit rate was taken on; this test
// keeps that measure from slipping back unnoticed.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claim_gate.hpp"
#include "coach/sdk/wording.hpp"

using coach::test::ClaimGate;

namespace {

struct HeldOut {
    std::vector<std::string> claims;
    std::vector<std::string> safe;
};

// The file's lines, "claim<TAB>text" or "safe<TAB>text"; '#' starts a comment line.
HeldOut read_held_out() {
    HeldOut held;
    for (const auto& [kind, text] : coach::test::wording_lines("held_out_claims.txt")) {
        (kind == "claim" ? held.claims : held.safe).push_back(text);
        EXPECT_TRUE(kind == "claim" || kind == "safe") << "unknown kind: " << kind;
    }
    return held;
}

}  // namespace

TEST_F(ClaimGate, every_held_out_claim_is_refused_and_every_safe_sentence_accepted) {
    const auto held = read_held_out();
    ASSERT_EQ(held.claims.size(), 50U);
    ASSERT_EQ(held.safe.size(), 25U);
    for (const auto& text : held.claims) {
        EXPECT_NE(coach::clearance_claim(text), "") << "missed: " << text;
        EXPECT_EQ(problems_with(text).size(), 1U) << "missed: " << text;
    }
    expect_accepted(held.safe);
}
