#include <boost/json.hpp>
#include <limits>

#include "coach/json.hpp"
#include "json/plan_json.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"

namespace coach::json {

using detail::ObjectReader;

namespace detail {

boost::json::object write_item(const Item& item) {
    boost::json::object out;
    out["exercise"] = item.exercise;
    out["category"] = to_string(item.category);
    put(out, "sets", item.sets);
    put(out, "reps", item.reps);
    put_enum(out, "load", item.load);
    put(out, "distance_m", item.distance_m);
    put(out, "intensity_pct", item.intensity_pct);
    put(out, "duration_min", item.duration_min);
    put(out, "hold_s", item.hold_s);
    put(out, "rest_s", item.rest_s);
    put_enum(out, "side", item.side);
    if (!item.cue.empty()) {
        out["cue"] = item.cue;
    }
    return out;
}

boost::json::object write_plan(const Plan& plan) {
    boost::json::object out;
    out["schema"] = plan_schema;
    out["philosophy"] = {{"id", plan.philosophy.id},
                         {"version", plan.philosophy.version},
                         {"library_sha256", plan.philosophy.library_sha256}};
    out["athlete"] = plan.athlete;
    out["as_of"] = plan.as_of.iso();
    out["status"] = to_string(plan.status);
    boost::json::array referrals;
    for (const auto& referral : plan.referrals) {
        referrals.push_back({{"level", to_string(referral.level)}, {"reason", referral.reason}});
    }
    out["referrals"] = std::move(referrals);
    boost::json::array phases;
    for (const auto& phase : plan.phases) {
        phases.push_back({{"name", phase.name},
                          {"start", phase.start.iso()},
                          {"end", phase.end.iso()},
                          {"goal", phase.goal},
                          {"exit_criteria", string_array(phase.exit_criteria)}});
    }
    out["phases"] = std::move(phases);
    boost::json::array sessions;
    for (const auto& session : plan.sessions) {
        boost::json::array items;
        for (const auto& item : session.items) {
            items.push_back(write_item(item));
        }
        sessions.push_back({{"date", session.date.iso()},
                            {"phase", session.phase},
                            {"focus", session.focus},
                            {"items", std::move(items)}});
    }
    out["sessions"] = std::move(sessions);
    boost::json::object milestones;
    if (plan.milestones.return_to_run) {
        milestones["return_to_run"] = plan.milestones.return_to_run->iso();
    }
    if (plan.milestones.full_speed) {
        milestones["full_speed"] = plan.milestones.full_speed->iso();
    }
    if (plan.milestones.return_to_sport) {
        milestones["return_to_sport"] = plan.milestones.return_to_sport->iso();
    }
    out["milestones"] = std::move(milestones);
    out["maintenance"] = plan.maintenance;
    out["rationale"] = string_array(plan.rationale);
    out["sources"] = string_array(plan.sources);
    return out;
}

}  // namespace detail

std::string encode_plan(const Plan& plan) {
    return boost::json::serialize(detail::write_plan(plan));
}

namespace {

// The integers a plan may hold. A plan file is held to plausible values; a plan read exactly
// (detail::decode_plan_exact) keeps any int, so that the safety gate sees what the plugin wrote.
struct Ranges {
    int volume_min;
    int volume_max;
    int intensity_min;
    int intensity_max;
};
constexpr Ranges plausible{0, 1'000'000, 0, 100};
constexpr Ranges any_int{std::numeric_limits<int>::min(), std::numeric_limits<int>::max(),
                         std::numeric_limits<int>::min(), std::numeric_limits<int>::max()};

Item read_item(const ObjectReader& in, const Ranges& ranges) {
    const auto volume = [&](std::string_view key) {
        return in.integer(key, ranges.volume_min, ranges.volume_max, false);
    };
    Item item;
    item.exercise = in.string("exercise", true).value_or("");
    item.category = in.enumeration<Category>("category", true).value_or(Category::rest);
    item.sets = volume("sets");
    item.reps = volume("reps");
    item.load = in.enumeration<Load>("load", false);
    item.distance_m = volume("distance_m");
    item.intensity_pct =
        in.integer("intensity_pct", ranges.intensity_min, ranges.intensity_max, false);
    item.duration_min = volume("duration_min");
    item.hold_s = volume("hold_s");
    item.rest_s = volume("rest_s");
    item.side = in.enumeration<Side>("side", false);
    item.cue = in.string("cue", false).value_or("");
    return item;
}

Decoded<Plan> read_plan(std::string_view text, const Ranges& ranges) {
    detail::Reader reader;
    const auto document = detail::parse_document(text, reader);
    if (!document) {
        return {std::nullopt, std::move(reader.problems())};
    }
    const ObjectReader in{document->get_object(), "", reader};
    detail::expect_schema(in, plan_schema);
    Plan plan;
    if (auto philosophy = in.object("philosophy", true)) {
        plan.philosophy.id = philosophy->string("id", true).value_or("");
        plan.philosophy.version = philosophy->string("version", false).value_or("");
        plan.philosophy.library_sha256 = philosophy->string("library_sha256", false).value_or("");
    }
    plan.athlete = in.string("athlete", true).value_or("");
    plan.as_of = in.date("as_of", true).value_or(Date{});
    plan.status = in.enumeration<PlanStatus>("status", true).value_or(PlanStatus::ok);
    in.each_object("referrals", [&plan](const ObjectReader& referral) {
        plan.referrals.push_back(
            {referral.enumeration<ReferralLevel>("level", true).value_or(ReferralLevel::advise),
             referral.string("reason", true).value_or("")});
    });
    in.each_object("phases", [&plan](const ObjectReader& phase) {
        plan.phases.push_back(
            {phase.string("name", true).value_or(""), phase.date("start", true).value_or(Date{}),
             phase.date("end", true).value_or(Date{}), phase.string("goal", false).value_or(""),
             phase.strings("exit_criteria")});
    });
    in.each_object("sessions", [&plan, &ranges](const ObjectReader& session) {
        Session out;
        out.date = session.date("date", true).value_or(Date{});
        out.phase = session.string("phase", false).value_or("");
        out.focus = session.string("focus", false).value_or("");
        session.each_object("items", [&out, &ranges](const ObjectReader& item) {
            out.items.push_back(read_item(item, ranges));
        });
        plan.sessions.push_back(std::move(out));
    });
    if (auto milestones = in.object("milestones", false)) {
        plan.milestones.return_to_run = milestones->date("return_to_run", false);
        plan.milestones.full_speed = milestones->date("full_speed", false);
        plan.milestones.return_to_sport = milestones->date("return_to_sport", false);
    }
    plan.maintenance = in.string("maintenance", false).value_or("");
    plan.rationale = in.strings("rationale");
    plan.sources = in.strings("sources");
    if (!reader.ok()) {
        return {std::nullopt, std::move(reader.problems())};
    }
    return {std::move(plan), {}};
}

}  // namespace

Decoded<Plan> decode_plan(std::string_view text) {
    return read_plan(text, plausible);
}

namespace detail {

Decoded<Plan> decode_plan_exact(std::string_view text) {
    return read_plan(text, any_int);
}

}  // namespace detail

}  // namespace coach::json
