#include "coach/safety_gate.hpp"

#include <algorithm>
#include <array>
#include <span>
#include <string_view>
#include <utility>

#include "coach/chronology.hpp"

namespace coach::safety {

namespace {

std::string on(const Assessment& assessment) {
    return " (assessment of " + assessment.date.iso() + ")";
}

constexpr std::size_t red_flag_count = enum_names<RedFlag>::table.size();

// Red flags that need the same thing, reported together.
struct FlagGroup {
    std::span<const RedFlag> flags;
    std::string_view needs;
};
constexpr RedFlag nerve_flags[] = {RedFlag::numbness, RedFlag::tingling};
constexpr RedFlag weight_flags[] = {RedFlag::unable_to_bear_weight};
constexpr RedFlag gap_flags[] = {RedFlag::palpable_gap};
constexpr std::array<FlagGroup, 3> flag_groups = {{
    {nerve_flags, "nerve involvement must be ruled out by a clinician"},
    {weight_flags, "needs a medical assessment first"},
    {gap_flags, "possible complete tear, needs imaging and a medical assessment"},
}};

// "numbness and tingling", "unable to bear weight", "a palpable gap at the injury site".
std::string named(const std::vector<RedFlag>& flags) {
    std::string text;
    for (std::size_t i = 0; i < flags.size(); ++i) {
        text += i == 0 ? "" : (i + 1 == flags.size() ? " and " : ", ");
        switch (flags[i]) {
            case RedFlag::numbness:
                text += "numbness";
                break;
            case RedFlag::tingling:
                text += "tingling";
                break;
            case RedFlag::unable_to_bear_weight:
                text += "unable to bear weight";
                break;
            case RedFlag::palpable_gap:
                text += "a palpable gap at the injury site";
                break;
        }
    }
    return text;
}

// Whether `text` contains "cleared" in any case. The gate reads every cue and rationale line of
// every plan, so candidates are found with memchr (vectorised) for 'c' and for 'C', and the rest
// is folded as ASCII, which for the letters of "cleared" is what std::tolower does in any locale.
bool says_cleared(std::string_view text) {
    constexpr std::string_view rest = "leared";
    const auto lower = [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    };
    const auto rest_matches = [&](std::size_t after) {
        if (text.size() - after < rest.size()) {
            return false;
        }
        for (std::size_t i = 0; i < rest.size(); ++i) {
            if (lower(text[after + i]) != rest[i]) {
                return false;
            }
        }
        return true;
    };
    for (const char first : {'c', 'C'}) {
        for (auto at = text.find(first); at != std::string_view::npos;
             at = text.find(first, at + 1)) {
            if (rest_matches(at + 1)) {
                return true;
            }
        }
    }
    return false;
}

bool is_site_massage(std::string_view exercise) {
    return exercise == "massage_site" || exercise == "deep_tissue_massage";
}

// What the first days after injury must not hold (safety_gate.hpp, plan validity), or "".
// Foam rolling, self-massage and static stretching count unless they are for the uninjured side.
std::string_view too_early(const Item& item) {
    const bool injured_side = item.side != Side::uninjured;
    if (item.category == Category::heat) {
        return "heat";
    }
    if (item.category == Category::sprint) {
        return "sprinting";
    }
    if (is_site_massage(item.exercise)) {
        return "massage of the injury site";
    }
    if (injured_side && item.category == Category::foam_roll) {
        return "foam rolling of the injured muscle";
    }
    if (injured_side && item.exercise == "self_massage") {
        return "self-massage of the injured muscle";
    }
    if (injured_side && item.category == Category::stretch_static) {
        return "static stretching of the injured muscle";
    }
    return "";
}

class Problems {
  public:
    void add(std::string pointer, std::string reason) {
        list_.push_back(std::move(pointer) + ": " + std::move(reason));
    }
    // `pointer()` builds the JSON pointer of `text`, only when there is a problem to report.
    template <class Pointer>
    void check_wording(std::string_view text, Pointer&& pointer) {
        if (says_cleared(text)) {
            add(std::forward<Pointer>(pointer)(),
                "says \"cleared\"; plans estimate, a clinician clears");
        }
    }
    std::vector<std::string> take() { return std::move(list_); }

  private:
    std::vector<std::string> list_;
};

// Checks item `index` of the session whose JSON pointer is `session_at`. Pointers are built
// only for problems found.
void check_item(const Item& item, const std::string& session_at, std::size_t index,
                const Case& input, Date day, const PhilosophyInfo& info, Problems& problems) {
    const auto at = [&] { return session_at + "/items/" + std::to_string(index); };
    const auto known = category_of(item.exercise, info.exercises);
    if (!known) {
        problems.add(
            at() + "/exercise",
            "'" + item.exercise + "' is neither in the catalog nor declared by the plugin");
        return;
    }
    if (*known != item.category) {
        problems.add(at() + "/category", "'" + item.exercise + "' is "
                                             + std::string{to_string(*known)} + ", not "
                                             + std::string{to_string(item.category)});
        return;
    }
    const auto positive = [&](const std::optional<int>& value, std::string_view field) {
        if (value && *value <= 0) {
            problems.add(at() + "/" + std::string{field},
                         "must be positive, got " + std::to_string(*value));
        }
    };
    positive(item.sets, "sets");
    positive(item.reps, "reps");
    positive(item.distance_m, "distance_m");
    positive(item.duration_min, "duration_min");
    positive(item.hold_s, "hold_s");
    if (item.rest_s && *item.rest_s < 0) {
        problems.add(at() + "/rest_s", "must not be negative");
    }
    if (!item_dose(item)) {
        problems.add(at(), "no volume: " + std::string{to_string(item.category)} + " is dosed in "
                               + std::string{to_string(dose_unit(item.category))});
    }
    if (item.intensity_pct && (*item.intensity_pct < 0 || *item.intensity_pct > 100)) {
        problems.add(at() + "/intensity_pct",
                     "must be 0..100, got " + std::to_string(*item.intensity_pct));
    }
    if (input.day_of_injury(day) < protected_days) {
        if (std::string what{too_early(item)}; !what.empty()) {
            // Appended piece by piece: `" " + std::to_string(...)` trips GCC 12's -Wrestrict false
            // positive at -O3 (GCC PR 105329).
            what.append(" ")
                .append(std::to_string(input.day_of_injury(day)))
                .append(" days after injury");
            problems.add(at(), std::move(what));
        }
    }
    problems.check_wording(item.cue, [&] { return at() + "/cue"; });
}

}  // namespace

std::vector<RaisedFlag> raised_flags(const Chronology& course, Date day) {
    std::array<std::optional<RaisedFlag>, red_flag_count> raised;
    for (const auto& assessment : assessments_until(course, day)) {
        if (const auto& review = assessment.clinician_review) {
            for (const auto flag : review->lifts) {
                auto& state = raised[static_cast<std::size_t>(flag)];
                if (state && state->last_recorded < assessment.date) {
                    state.reset();
                }
            }
        }
        for (const auto& [flag, name] : enum_names<RedFlag>::table) {
            if (is_present(finding(assessment.symptoms, flag))) {
                auto& state = raised[static_cast<std::size_t>(flag)];
                state = RaisedFlag{flag, state ? state->first_recorded : assessment.date,
                                   assessment.date};
            }
        }
    }
    std::vector<RaisedFlag> found;
    for (const auto& state : raised) {
        if (state) {
            found.push_back(*state);
        }
    }
    return found;
}

std::vector<Referral> stop_referrals(const Case& input, const Chronology& course) {
    std::vector<Referral> found;
    const auto& injury = input.athlete.injury;
    if (injury.grade >= 4) {
        found.push_back({ReferralLevel::stop,
                         "grade 4 (complete) tear: needs a surgical opinion "
                         "before any rehabilitation plan"});
    }
    if (injury.grade == 3 && injury.site == Site::c) {
        found.push_back({ReferralLevel::stop,
                         "grade 3 tear into the tendon (site c): needs "
                         "specialist management before a plan"});
    }
    const auto raised = raised_flags(course, input.as_of);
    for (const auto& group : flag_groups) {
        std::vector<RedFlag> flags;
        Date last;
        for (const auto& flag : raised) {
            if (std::find(group.flags.begin(), group.flags.end(), flag.flag) != group.flags.end()) {
                flags.push_back(flag.flag);
                last = flags.size() == 1 ? flag.last_recorded : std::max(last, flag.last_recorded);
            }
        }
        if (!flags.empty()) {
            found.push_back(
                {ReferralLevel::stop, named(flags) + " recorded on " + last.iso()
                                          + " and not lifted since by a clinician's review: "
                                          + std::string{group.needs}});
        }
    }
    return found;
}

std::vector<Referral> stop_referrals(const Case& input) {
    return stop_referrals(input, chronology_of(input.athlete));
}

std::optional<HorizonCut> horizon_cut(const Case& input, const Chronology& course) {
    for (const auto& assessment : assessments_until(course, input.last_day())) {
        if (assessment.date <= input.as_of) {
            continue;
        }
        std::vector<RedFlag> flags;
        std::string_view needs;
        for (const auto& group : flag_groups) {
            for (const auto flag : group.flags) {
                if (is_present(finding(assessment.symptoms, flag))) {
                    flags.push_back(flag);
                    needs = needs.empty() ? group.needs : needs;
                }
            }
        }
        if (!flags.empty()) {
            return HorizonCut{
                assessment.date,
                {ReferralLevel::stop, named(flags) + " recorded on " + assessment.date.iso()
                                          + ", inside this plan: no session from that day on; "
                                          + std::string{needs}}};
        }
    }
    return std::nullopt;
}

void end_before(Plan& plan, Date from) {
    std::erase_if(plan.sessions, [from](const Session& session) { return session.date >= from; });
    std::erase_if(plan.phases, [from](const Phase& phase) { return phase.start >= from; });
    for (auto& phase : plan.phases) {
        phase.end = std::min(phase.end, from - 1);
    }
    for (auto* milestone : {&plan.milestones.return_to_run, &plan.milestones.full_speed,
                            &plan.milestones.return_to_sport}) {
        if (*milestone && **milestone >= from) {
            milestone->reset();
        }
    }
}

void apply_cut(Plan& plan, const HorizonCut& cut) {
    end_before(plan, cut.from);
    plan.referrals.push_back(cut.referral);
    plan.rationale.push_back("The engine's safety gate ended this plan on " + (cut.from - 1).iso()
                             + ": a red flag is recorded on " + cut.from.iso()
                             + ", and nothing is planned from then on until a clinician has "
                               "reviewed it.");
}

std::vector<Referral> advise_referrals(const Case& input, const Chronology& course) {
    std::vector<Referral> found;
    const auto advise = [&found](std::string reason) {
        found.push_back({ReferralLevel::advise, std::move(reason)});
    };
    const auto history = assessments_until(course, input.as_of);
    if (history.empty()) {
        return found;
    }
    // Gait as last recorded: an assessment that does not mention it changes nothing.
    const auto gait = std::find_if(history.rbegin(), history.rend(), [](const Assessment& a) {
        return a.symptoms.altered_gait != Finding::not_recorded;
    });
    if (gait != history.rend() && is_present(gait->symptoms.altered_gait)) {
        const int days_since_injury = gait->date - input.athlete.injury.date;
        if (days_since_injury > altered_gait_days) {
            advise("gait still altered " + std::to_string(days_since_injury) + " days after injury"
                   + on(*gait) + ": see a clinician");
        }
    }
    const auto with_pain = [](const Assessment& a) { return a.pain_rest.has_value(); };
    const auto latest_pain = std::find_if(history.rbegin(), history.rend(), with_pain);
    if (latest_pain != history.rend() && *latest_pain->pain_rest > 0) {
        const Assessment& latest = *latest_pain;
        // The most recent earlier reading at least pain_trend_days before the latest one.
        const auto earlier = std::find_if(latest_pain, history.rend(), [&](const Assessment& a) {
            return a.pain_rest && latest.date - a.date >= pain_trend_days;
        });
        if (earlier != history.rend() && *latest.pain_rest >= *earlier->pain_rest) {
            advise("pain at rest not improving: " + std::to_string(*earlier->pain_rest) + "/10 on "
                   + earlier->date.iso() + ", " + std::to_string(*latest.pain_rest) + "/10 on "
                   + latest.date.iso() + ": see a clinician");
        }
    }
    if (history.back().daily_pain_medication) {
        advise("pain medication needed day after day" + on(history.back()) + ": see a clinician");
    }
    return found;
}

std::vector<Referral> advise_referrals(const Case& input) {
    return advise_referrals(input, chronology_of(input.athlete));
}

std::optional<std::string> not_applicable_reason(const PhilosophyInfo& info,
                                                 const Athlete& athlete) {
    const auto& region = athlete.injury.region;
    if (std::find(info.injuries.begin(), info.injuries.end(), region) != info.injuries.end()) {
        return std::nullopt;
    }
    if (info.injuries.empty()) {
        return "'" + info.id
               + "' lists no injury region it covers; this record's injury region is \"" + region
               + "\"";
    }
    std::string covered;
    for (const auto& injury : info.injuries) {
        covered += (covered.empty() ? "" : ", ") + injury;
    }
    return "'" + info.id + "' covers " + covered
           + " injuries only; this record's injury region is \"" + region + "\"";
}

const std::vector<std::string>& gate_sources() {
    static const std::vector<std::string> sources = {
        "coach safety gate (docs/DATA.md, \"Safety gate\"): red flags always win",
        "Heiderscheit BC, Sherry MA, Silder A, Chumanov ES, Thelen DG. Hamstring strain injuries: "
        "recommendations for diagnosis, rehabilitation, and injury prevention. J Orthop Sports "
        "Phys Ther. 2010;40(2):67-81",
        "Ahmad CS, Redler LH, Ciccotti MG, Maffulli N, Longo UG, Bradley J. Evaluation and "
        "management of hamstring injuries. Am J Sports Med. 2013;41(12):2933-2947",
        "Pollock N, James SLJ, Lee JC, Chakraverty R. British athletics muscle injury "
        "classification: a new grading system. Br J Sports Med. 2014;48(18):1347-1351"};
    return sources;
}

std::optional<std::string> metadata_problem(const PhilosophyInfo& info) {
    if (info.id.empty()) {
        return "id is empty";
    }
    for (const char c : info.id) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                             || c == '_' || c == ':' || c == '.';
        if (!allowed) {
            return "id '" + info.id + "' may hold only a-z, 0-9, '-', '_', ':' and '.'";
        }
    }
    if (info.version.empty()) {
        return "'" + info.id + "' has no version";
    }
    if (info.summary.empty()) {
        return "'" + info.id + "' has no summary";
    }
    if (info.sources.empty()) {
        return "'" + info.id + "' lists no sources";
    }
    if (info.pain_ceiling < 0 || info.pain_ceiling > highest_pain_ceiling) {
        return "'" + info.id + "' declares a pain ceiling of " + std::to_string(info.pain_ceiling)
               + "/10; the highest accepted is " + std::to_string(highest_pain_ceiling) + "/10";
    }
    for (const auto& declared : info.exercises) {
        if (find_exercise(declared.id) != nullptr) {
            return "'" + info.id + "' redeclares catalog exercise '" + declared.id + "'";
        }
    }
    return std::nullopt;
}

std::vector<std::string> plan_problems(const Plan& plan, const Case& input,
                                       const PhilosophyInfo& info) {
    Problems problems;
    if (plan.as_of != input.as_of) {
        problems.add("/as_of",
                     "is " + plan.as_of.iso() + ", the request was for " + input.as_of.iso());
    }
    if (plan.sources.empty()) {
        problems.add("/sources", "empty: every plan must say where its advice comes from");
    }
    for (std::size_t p = 0; p < plan.phases.size(); ++p) {
        const auto& phase = plan.phases[p];
        const auto at = "/phases/" + std::to_string(p);
        if (phase.end < phase.start) {
            problems.add(at, "ends before it starts");
        }
        problems.check_wording(phase.name, [&] { return at + "/name"; });
        problems.check_wording(phase.goal, [&] { return at + "/goal"; });
        for (const auto& criterion : phase.exit_criteria) {
            problems.check_wording(criterion, [&] { return at + "/exit_criteria"; });
        }
    }
    std::optional<Date> previous;
    for (std::size_t s = 0; s < plan.sessions.size(); ++s) {
        const auto& session = plan.sessions[s];
        const auto at = "/sessions/" + std::to_string(s);
        if (!input.in_horizon(session.date)) {
            problems.add(at + "/date", session.date.iso() + " is outside the horizon "
                                           + input.as_of.iso() + ".." + input.last_day().iso());
        }
        if (previous && session.date <= *previous) {
            problems.add(at + "/date",
                         session.date.iso() + " does not come after " + previous->iso());
        }
        previous = session.date;
        if (session.items.empty()) {
            problems.add(at + "/items", "empty: a rest day is a session with one rest item");
        }
        problems.check_wording(session.focus, [&] { return at + "/focus"; });
        for (std::size_t i = 0; i < session.items.size(); ++i) {
            check_item(session.items[i], at, i, input, session.date, info, problems);
        }
    }
    const auto& milestones = plan.milestones;
    if (milestones.return_to_run && milestones.return_to_sport
        && *milestones.return_to_sport < *milestones.return_to_run) {
        problems.add("/milestones/return_to_sport", "comes before return_to_run");
    }
    problems.check_wording(plan.maintenance, [] { return std::string{"/maintenance"}; });
    for (std::size_t r = 0; r < plan.rationale.size(); ++r) {
        problems.check_wording(plan.rationale[r],
                               [r] { return "/rationale/" + std::to_string(r); });
    }
    for (std::size_t r = 0; r < plan.referrals.size(); ++r) {
        problems.check_wording(plan.referrals[r].reason,
                               [r] { return "/referrals/" + std::to_string(r) + "/reason"; });
    }
    return problems.take();
}

}  // namespace coach::safety
