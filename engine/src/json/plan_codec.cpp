#include <boost/json.hpp>

#include "coach/json.hpp"
#include "json/plan_json.hpp"
#include "json/reader.hpp"
#include "json/writer.hpp"

namespace coach::json {

using detail::ObjectReader;

namespace detail {

boost::json::object write_item(const Item& item, const boost::json::storage_ptr& storage) {
    boost::json::object out(storage);
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

boost::json::array kind_array(const std::vector<MilestoneKind>& kinds,
                              const boost::json::storage_ptr& storage) {
    boost::json::array out(storage);
    for (const auto kind : kinds) {
        out.emplace_back(to_string(kind));
    }
    return out;
}

boost::json::array write_referrals(const std::vector<Referral>& referrals,
                                   const boost::json::storage_ptr& storage) {
    boost::json::array out(storage);
    for (const auto& referral : referrals) {
        out.emplace_back(boost::json::object{
            {{"level", to_string(referral.level)}, {"reason", referral.reason}}, storage});
    }
    return out;
}

boost::json::object write_plan(const Plan& plan, const boost::json::storage_ptr& storage) {
    // Every node in `storage`, so that nodes move into their parents instead of being copied.
    const auto object =
        [&storage](
            std::initializer_list<std::pair<boost::json::string_view, boost::json::value_ref>>
                fields) {
            return boost::json::object{fields, storage};
        };
    boost::json::object out(storage);
    out["schema"] = plan_schema;
    out["philosophy"] = object({{"id", plan.philosophy.id},
                                {"version", plan.philosophy.version},
                                {"library_sha256", plan.philosophy.library_sha256}});
    out["athlete"] = plan.athlete;
    out["as_of"] = plan.as_of.iso();
    out["status"] = to_string(plan.status);
    if (!plan.reason.empty()) {
        out["reason"] = plan.reason;
    }
    out["referrals"] = write_referrals(plan.referrals, storage);
    boost::json::array phases(storage);
    for (const auto& phase : plan.phases) {
        auto written = object({{"name", phase.name},
                               {"start", phase.start.iso()},
                               {"end", phase.end.iso()},
                               {"goal", phase.goal},
                               {"exit_criteria", string_array(phase.exit_criteria, storage)}});
        if (phase.return_to_sport) {
            written["return_to_sport"] = true;
        }
        phases.emplace_back(std::move(written));
    }
    out["phases"] = std::move(phases);
    boost::json::array sessions(storage);
    sessions.reserve(plan.sessions.size());
    for (const auto& session : plan.sessions) {
        boost::json::array items(storage);
        items.reserve(session.items.size());
        for (const auto& item : session.items) {
            items.emplace_back(write_item(item, storage));
        }
        auto written = object({{"date", session.date.iso()},
                               {"phase", session.phase},
                               {"focus", session.focus},
                               {"items", std::move(items)}});
        if (session.projected) {
            written["projected"] = true;
        }
        sessions.emplace_back(std::move(written));
    }
    out["sessions"] = std::move(sessions);
    boost::json::object milestones(storage);
    if (plan.milestones.return_to_run) {
        milestones["return_to_run"] = plan.milestones.return_to_run->iso();
    }
    if (plan.milestones.full_speed) {
        milestones["full_speed"] = plan.milestones.full_speed->iso();
    }
    if (plan.milestones.return_to_sport) {
        milestones["return_to_sport"] = plan.milestones.return_to_sport->iso();
    }
    if (!plan.milestones.beyond_horizon.empty()) {
        milestones["beyond_horizon"] = kind_array(plan.milestones.beyond_horizon, storage);
    }
    if (!plan.milestones.projected.empty()) {
        milestones["projected"] = kind_array(plan.milestones.projected, storage);
    }
    out["milestones"] = std::move(milestones);
    out["maintenance"] = plan.maintenance;
    out["rationale"] = string_array(plan.rationale, storage);
    out["sources"] = string_array(plan.sources, storage);
    return out;
}

}  // namespace detail

std::string encode_plan(const Plan& plan) {
    boost::json::monotonic_resource arena;
    return boost::json::serialize(detail::write_plan(plan, &arena));
}

namespace {

// The integers a plan file may hold: plausible values, not any int.
constexpr int volume_max = 1'000'000;

Item read_item(const ObjectReader& in) {
    const auto volume = [&](std::string_view key) { return in.integer(key, 0, volume_max, false); };
    Item item;
    item.exercise = in.string("exercise", true).value_or("");
    item.category = detail::enumeration<Category>(in, "category", true).value_or(Category::rest);
    item.sets = volume("sets");
    item.reps = volume("reps");
    item.load = detail::enumeration<Load>(in, "load", false);
    item.distance_m = volume("distance_m");
    item.intensity_pct = in.integer("intensity_pct", 0, 100, false);
    item.duration_min = volume("duration_min");
    item.hold_s = volume("hold_s");
    item.rest_s = volume("rest_s");
    item.side = detail::enumeration<Side>(in, "side", false);
    item.cue = in.string("cue", false).value_or("");
    return item;
}

// An array of milestone names; an unknown name is a problem at its pointer.
std::vector<MilestoneKind> read_kinds(const ObjectReader& in, std::string_view key,
                                      detail::Problems& problems) {
    std::vector<MilestoneKind> kinds;
    const auto names = in.strings(key, false);
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (const auto kind = parse_enum<MilestoneKind>(names[i])) {
            kinds.push_back(*kind);
        } else {
            problems.add(
                in.pointer() + "/" + std::string{key} + "/" + std::to_string(i),
                "expected return_to_run, full_speed or return_to_sport, got \"" + names[i] + "\"");
        }
    }
    return kinds;
}

}  // namespace

Decoded<Plan> decode_plan(std::string_view text) {
    detail::Problems problems;
    const auto document = strict_json::parse_object(text, problems);
    if (!document) {
        return {std::nullopt, detail::public_problems(problems.list())};
    }
    const ObjectReader in{document->get_object(), "", problems};
    strict_json::expect_schema(in, plan_schema);
    Plan plan;
    if (auto philosophy = in.object("philosophy", true)) {
        plan.philosophy.id = philosophy->string("id", true).value_or("");
        plan.philosophy.version = philosophy->string("version", false).value_or("");
        plan.philosophy.library_sha256 = philosophy->string("library_sha256", false).value_or("");
    }
    plan.athlete = in.string("athlete", true).value_or("");
    plan.as_of = detail::date(in, "as_of", true).value_or(Date{});
    plan.status = detail::enumeration<PlanStatus>(in, "status", true).value_or(PlanStatus::ok);
    plan.reason = in.string("reason", false).value_or("");
    in.each_object("referrals", false, [&plan](const ObjectReader& referral) {
        plan.referrals.push_back({detail::enumeration<ReferralLevel>(referral, "level", true)
                                      .value_or(ReferralLevel::advise),
                                  referral.string("reason", true).value_or("")});
    });
    in.each_object("phases", false, [&plan](const ObjectReader& phase) {
        plan.phases.push_back({phase.string("name", true).value_or(""),
                               detail::date(phase, "start", true).value_or(Date{}),
                               detail::date(phase, "end", true).value_or(Date{}),
                               phase.string("goal", false).value_or(""),
                               phase.strings("exit_criteria", false),
                               phase.boolean("return_to_sport", false).value_or(false)});
    });
    in.each_object("sessions", false, [&plan](const ObjectReader& session) {
        Session out;
        out.date = detail::date(session, "date", true).value_or(Date{});
        out.phase = session.string("phase", false).value_or("");
        out.focus = session.string("focus", false).value_or("");
        out.projected = session.boolean("projected", false).value_or(false);
        session.each_object("items", false, [&out](const ObjectReader& item) {
            out.items.push_back(read_item(item));
        });
        plan.sessions.push_back(std::move(out));
    });
    if (auto milestones = in.object("milestones", false)) {
        plan.milestones.return_to_run = detail::date(*milestones, "return_to_run", false);
        plan.milestones.full_speed = detail::date(*milestones, "full_speed", false);
        plan.milestones.return_to_sport = detail::date(*milestones, "return_to_sport", false);
        plan.milestones.beyond_horizon = read_kinds(*milestones, "beyond_horizon", problems);
        plan.milestones.projected = read_kinds(*milestones, "projected", problems);
    }
    plan.maintenance = in.string("maintenance", false).value_or("");
    plan.rationale = in.strings("rationale", false);
    plan.sources = in.strings("sources", false);
    if (!problems.empty()) {
        return {std::nullopt, detail::public_problems(problems.list())};
    }
    return {std::move(plan), {}};
}

}  // namespace coach::json
