// The binary messages between the engine and its plugin workers: everything the data model holds
// crosses unchanged, and bytes a misbehaving worker could send are refused, never trusted.
#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <string>

#include "isolation/worker_protocol.hpp"
#include "support.hpp"

namespace coach::isolation {
namespace {

// Every fixture athlete that decodes, so that every field of the record is exercised.
std::vector<Athlete> fixture_athletes() {
    std::vector<Athlete> athletes;
    for (const auto& entry :
         std::filesystem::recursive_directory_iterator{test::fixture("athletes")}) {
        if (entry.path().extension() == ".json") {
            const auto text = test::read_file(entry.path());
            if (auto decoded = json::decode_athlete(text); decoded.value) {
                athletes.push_back(decoded.value->athlete);
            }
        }
    }
    return athletes;
}

TEST(wire, every_fixture_athlete_crosses_with_its_request_unchanged) {
    const auto athletes = fixture_athletes();
    ASSERT_GE(athletes.size(), 20u);
    for (const auto& athlete : athletes) {
        const PlanRequest sent{3, Date::from_days(20'000), 42};
        const auto frame = encode(MessageType::plan, sent, athlete);
        PlanRequest request;
        Athlete received;
        ASSERT_TRUE(decode(frame, MessageType::plan, request, received)) << athlete.id;
        EXPECT_EQ(request.philosophy, 3u);
        EXPECT_EQ(request.as_of, sent.as_of);
        EXPECT_EQ(request.horizon_days, 42);
        EXPECT_EQ(received, athlete) << athlete.id;
    }
}

TEST(wire, every_bundled_plan_crosses_unchanged) {
    const auto athletes = fixture_athletes();
    int plans = 0;
    for (const auto& record : test::bundled_engine().list()) {
        for (const auto& athlete : athletes) {
            const auto result = test::bundled_engine().plan(record.info.id, athlete, {});
            if (!result.plan) {
                continue;
            }
            Plan received;
            ASSERT_TRUE(
                decode(encode(MessageType::planned, *result.plan), MessageType::planned, received));
            EXPECT_EQ(received, *result.plan) << record.info.id << " " << athlete.id;
            ++plans;
        }
    }
    EXPECT_GE(plans, 50);
}

TEST(wire, findings_reviews_and_a_not_applicable_plan_cross_unchanged) {
    Athlete athlete;
    athlete.assessments.push_back(
        {.date = Date::from_days(10),
         .symptoms = {.numbness = Finding::present, .tingling = Finding::absent}});
    athlete.assessments.push_back(
        {.date = Date::from_days(12),
         .clinician_review = ClinicianReview{
             "Dr K", {RedFlag::numbness, RedFlag::palpable_gap}, "nerve tests negative"}});
    Athlete received;
    PlanRequest request;
    ASSERT_TRUE(decode(encode(MessageType::plan, PlanRequest{}, athlete), MessageType::plan,
                       request, received));
    EXPECT_EQ(received, athlete);

    Plan plan;
    plan.status = PlanStatus::not_applicable;
    plan.reason = "'x' covers hamstring injuries only";
    Plan plan_received;
    ASSERT_TRUE(decode(encode(MessageType::planned, plan), MessageType::planned, plan_received));
    EXPECT_EQ(plan_received, plan);
}

TEST(wire, values_the_safety_gate_must_judge_cross_as_they_are) {
    Plan plan;
    plan.sessions.push_back({Date::from_days(0), "phase", "focus", {}});
    plan.sessions.back().items.push_back(
        {.exercise = "not in any catalog \xff", .sets = -3, .intensity_pct = 250, .cue = ""});
    Plan received;
    ASSERT_TRUE(decode(encode(MessageType::planned, plan), MessageType::planned, received));
    EXPECT_EQ(received, plan);
}

TEST(wire, hello_and_log_lines_cross_unchanged) {
    Hello hello;
    hello.philosophies.push_back({.id = "x",
                                  .name = "X",
                                  .version = "1.0.0",
                                  .summary = "s",
                                  .injuries = {"hamstring"},
                                  .pain_ceiling = 3,
                                  .sources = {"a source"},
                                  .exercises = {{"walking", Category::running, "Walking"}}});
    hello.refused = {"metadata refused: y"};
    Hello received;
    ASSERT_TRUE(decode(encode(MessageType::hello, hello), MessageType::hello, received));
    EXPECT_EQ(received.philosophies, hello.philosophies);
    EXPECT_EQ(received.refused, hello.refused);
    EXPECT_EQ(received.error, "");

    LogLine line;
    ASSERT_TRUE(decode(encode(MessageType::log, LogLine{"warning", "[x.so] careful"}),
                       MessageType::log, line));
    EXPECT_EQ(line.level, "warning");
    EXPECT_EQ(line.message, "[x.so] careful");
}

TEST(wire, a_message_of_another_type_is_not_read_as_this_one) {
    const auto frame = encode(MessageType::failed, std::string{"threw 7"});
    Plan plan;
    EXPECT_FALSE(decode(frame, MessageType::planned, plan));
    std::string error;
    EXPECT_TRUE(decode(frame, MessageType::failed, error));
    EXPECT_EQ(error, "threw 7");
    EXPECT_FALSE(decode("", MessageType::failed, error));
}

// A sample plan frame to damage.
std::string plan_frame() {
    const auto result = test::bundled_engine().plan(
        "eccentric-strength",
        test::load_athlete("athletes/eccentric_strength/grade2_with_log.json").athlete, {});
    return encode(MessageType::planned, *result.plan);
}

TEST(wire, a_frame_cut_short_anywhere_is_refused) {
    const auto frame = plan_frame();
    for (std::size_t size = 0; size < frame.size(); ++size) {
        Plan plan;
        ASSERT_FALSE(decode(std::string_view{frame}.substr(0, size), MessageType::planned, plan))
            << "cut at byte " << size << " of " << frame.size();
    }
}

TEST(wire, trailing_bytes_are_refused) {
    Plan plan;
    EXPECT_FALSE(decode(plan_frame() + '\0', MessageType::planned, plan));
}

TEST(wire, a_count_beyond_the_bytes_left_is_refused_before_anything_is_allocated) {
    // A plan whose provenance id claims 4 GiB of text.
    std::string frame(1, static_cast<char>(MessageType::planned));
    const std::uint32_t claimed = 0xffff'ffff;
    frame.append(reinterpret_cast<const char*>(&claimed), sizeof claimed);
    frame.append("abc");
    Plan plan;
    EXPECT_FALSE(decode(frame, MessageType::planned, plan));
}

TEST(wire, an_enum_value_outside_its_names_is_refused) {
    Plan plan;
    plan.status = PlanStatus::referral;
    auto frame = encode(MessageType::planned, plan);
    // status follows three empty strings (provenance), an empty athlete id and the as_of day.
    const std::size_t status_at = 1 + 3 * 4 + 4 + 4;
    int status = 0;
    std::memcpy(&status, frame.data() + status_at, sizeof status);
    ASSERT_EQ(status, static_cast<int>(PlanStatus::referral));
    status = 9;
    std::memcpy(frame.data() + status_at, &status, sizeof status);
    Plan received;
    EXPECT_FALSE(decode(frame, MessageType::planned, received));
}

TEST(wire, a_bool_that_is_neither_0_nor_1_is_refused) {
    LogEntry entry;
    entry.completed = true;
    Athlete athlete;
    athlete.log.push_back(entry);
    auto frame = encode(MessageType::plan, PlanRequest{}, athlete);
    const auto at = frame.rfind('\1');  // the last 1 byte: `completed`, before fatigue and items
    ASSERT_NE(at, std::string::npos);
    frame[at] = '\2';
    PlanRequest request;
    Athlete received;
    EXPECT_FALSE(decode(frame, MessageType::plan, request, received));
}

}  // namespace
}  // namespace coach::isolation
