#include <boost/json.hpp>

#include "coach/json.hpp"
#include "json/plan_json.hpp"
#include "json/reader.hpp"

namespace coach::json {

using detail::ObjectReader;

namespace detail {

namespace {

template <class Enum>
void put_enum(TextWriter& out, std::string_view key, const std::optional<Enum>& value) {
    if (value) {
        out.field(key, to_string(*value));
    }
}

void put(TextWriter& out, std::string_view key, const std::optional<int>& value) {
    if (value) {
        out.field(key, *value);
    }
}

}  // namespace

void write_item(TextWriter& out, const Item& item) {
    out.begin_object();
    out.field("exercise", item.exercise);
    out.field("category", to_string(item.category));
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
        out.field("cue", item.cue);
    }
    out.end_object();
}

void write_kinds(TextWriter& out, const std::vector<MilestoneKind>& kinds) {
    out.begin_array();
    for (const auto kind : kinds) {
        out.string(to_string(kind));
    }
    out.end_array();
}

void write_referrals(TextWriter& out, const std::vector<Referral>& referrals) {
    out.begin_array();
    for (const auto& referral : referrals) {
        out.begin_object();
        out.field("level", to_string(referral.level));
        out.field("reason", referral.reason);
        out.end_object();
    }
    out.end_array();
}

void write_plan(TextWriter& out, const Plan& plan) {
    out.begin_object();
    out.field("schema", plan_schema);
    out.key("philosophy");
    out.begin_object();
    out.field("id", plan.philosophy.id);
    out.field("version", plan.philosophy.version);
    out.field("library_sha256", plan.philosophy.library_sha256);
    out.end_object();
    out.field("athlete", plan.athlete);
    out.field("as_of", plan.as_of);
    out.field("status", to_string(plan.status));
    if (!plan.reason.empty()) {
        out.field("reason", plan.reason);
    }
    out.key("referrals");
    write_referrals(out, plan.referrals);
    out.key("phases");
    out.begin_array();
    for (const auto& phase : plan.phases) {
        out.begin_object();
        out.field("name", phase.name);
        out.field("start", phase.start);
        out.field("end", phase.end);
        out.field("goal", phase.goal);
        out.strings("exit_criteria", phase.exit_criteria);
        if (phase.return_to_sport) {
            out.field("return_to_sport", true);
        }
        out.end_object();
    }
    out.end_array();
    out.key("sessions");
    out.begin_array();
    for (const auto& session : plan.sessions) {
        out.begin_object();
        out.field("date", session.date);
        out.field("phase", session.phase);
        out.field("focus", session.focus);
        out.key("items");
        out.begin_array();
        for (const auto& item : session.items) {
            write_item(out, item);
        }
        out.end_array();
        if (session.projected) {
            out.field("projected", true);
        }
        out.end_object();
    }
    out.end_array();
    out.key("milestones");
    out.begin_object();
    const auto& milestones = plan.milestones;
    if (milestones.return_to_run) {
        out.field("return_to_run", *milestones.return_to_run);
    }
    if (milestones.full_speed) {
        out.field("full_speed", *milestones.full_speed);
    }
    if (milestones.return_to_sport) {
        out.field("return_to_sport", *milestones.return_to_sport);
    }
    if (!milestones.beyond_horizon.empty()) {
        out.key("beyond_horizon");
        write_kinds(out, milestones.beyond_horizon);
    }
    if (!milestones.projected.empty()) {
        out.key("projected");
        write_kinds(out, milestones.projected);
    }
    out.end_object();
    out.field("maintenance", plan.maintenance);
    out.strings("rationale", plan.rationale);
    out.strings("sources", plan.sources);
    out.end_object();
}

}  // namespace detail

std::string encode_plan(const Plan& plan, Layout layout) {
    detail::TextWriter out{layout};
    detail::write_plan(out, plan);
    return std::move(out).take();
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
