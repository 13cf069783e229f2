#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>

#include "coach/metrics.hpp"
#include "coach/plan_rules.hpp"
#include "coach/planning_case.hpp"
#include "coach/report.hpp"
#include "coach/sdk/plan_builder.hpp"

using coach::Date;

namespace {

const std::string hostile = "<script>alert(\"x\")</script> & 'co'";
const std::string hostile_escaped =
    "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;";

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t found = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
        ++found;
    }
    return found;
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

// One athlete, as of day 4 after injury over 14 days: a plan with known doses whose text is
// hostile HTML, a plan the gate withheld with a stop referral, and a plugin that failed.
struct ComparisonHtmlTest : ::testing::Test {
    coach::Athlete athlete;
    Date as_of = *Date::parse("2026-10-05");
    coach::Comparison comparison;

    ComparisonHtmlTest() {
        athlete.id = "ath-html";
        athlete.profile.sport = "rugby " + hostile;
        athlete.injury.region = "hamstring";
        athlete.injury.muscle = coach::Muscle::biceps_femoris_long_head;
        athlete.injury.grade = 2;
        athlete.injury.site = coach::Site::b;
        athlete.injury.date = *Date::parse("2026-10-01");
        athlete.injury.mechanism = coach::Mechanism::sprinting;
        athlete.goal = coach::Goal{"cup final", *Date::parse("2026-11-20")};
        athlete.assessments.push_back({.date = *Date::parse("2026-10-03"),
                                       .pain_rest = 2,
                                       .pain_walking = 4,
                                       .symptoms = {.altered_gait = coach::Finding::present}});
        const coach::PlanningCase planning{athlete, coach::Request{as_of, 14}};
        const coach::Case& input = planning.input();
        comparison.athlete = athlete.id;
        comparison.as_of = as_of;
        comparison.horizon_days = input.horizon_days;
        add("loader", loader_plan(input), input);

        coach::Plan withheld;
        withheld.athlete = athlete.id;
        withheld.as_of = as_of;
        withheld.status = coach::PlanStatus::referral;
        withheld.referrals.push_back({coach::ReferralLevel::stop, "palpable gap: refer"});
        add("withheld", withheld, input);

        comparison.entries.push_back(
            {{"broken", std::nullopt, "plugin 'broken' failed: plan() threw <boom>"},
             std::nullopt});
    }

    void add(const std::string& id, coach::Plan plan, const coach::Case& input) {
        plan.philosophy = {id, "2.1.0", "ab12cd34"};
        coach::set_milestones(plan, input);  // as the engine does after its gate
        const auto metrics = coach::compute_metrics(plan, input);
        comparison.entries.push_back({{id, std::move(plan), ""}, metrics});
    }

    static coach::Plan loader_plan(const coach::Case& input) {
        coach::PlanBuilder plan{input};
        plan.phase("calm " + hostile, input.as_of, input.as_of + 6, "settle pain",
                   {"walks without pain"});
        plan.phase("load", input.as_of + 7, input.as_of + 10, "build");
        plan.phase("sport", input.as_of + 11, input.last_day(), "play").as_return_to_sport();
        plan.session(input.as_of, "strength")
            .add({.exercise = "slider_curl_double", .sets = 3, .reps = 6, .cue = hostile})
            .add({.exercise = "glute_bridge", .sets = 2, .reps = 10});
        plan.rest_day(input.as_of + 1);
        plan.session(input.as_of + 8, "speed")
            .add({.exercise = "flying_sprint",
                  .sets = 2,
                  .reps = 3,
                  .distance_m = 40,
                  .intensity_pct = 95})
            .add({.exercise = "acceleration",
                  .sets = 1,
                  .reps = 4,
                  .distance_m = 20,
                  .intensity_pct = 70})  // below 90%: a sprint with no speed is full speed
            .add({.exercise = "slider_curl_double", .sets = 3, .reps = 6, .cue = hostile});
        plan.refer(coach::ReferralLevel::advise, "gait still altered");
        plan.rationale("because " + hostile);
        plan.sources({"Askling 2013, https://doi.org/10.1136/bjsports-2011-090307"});
        return std::move(plan).build();
    }

    std::string html() const { return coach::report::comparison_html(comparison, athlete); }
};

}  // namespace

TEST_F(ComparisonHtmlTest, is_one_self_contained_page_that_fetches_nothing) {
    const auto page = lower(html());
    EXPECT_EQ(page.rfind("<!doctype html>", 0), 0u);
    EXPECT_EQ(count(page, "</html>"), 1u);
    for (const auto* fetching : {"<script", "<link", "<img", "<iframe", "<object", "<embed",
                                 " src=", "url(", "@import", "@font-face", "xlink:href"}) {
        EXPECT_EQ(page.find(fetching), std::string::npos) << fetching;
    }
    // The only links are to the page's own sections; a URL in a source stays plain text.
    for (auto at = page.find("href=\""); at != std::string::npos;
         at = page.find("href=\"", at + 1)) {
        EXPECT_EQ(page[at + 6], '#') << page.substr(at, 60);
    }
    EXPECT_NE(page.find("<li>askling 2013, https://doi.org/10.1136/bjsports-2011-090307</li>"),
              std::string::npos);
}

TEST_F(ComparisonHtmlTest, escapes_every_text_from_plans_and_records) {
    const auto page = html();
    EXPECT_EQ(page.find(hostile), std::string::npos);
    EXPECT_EQ(page.find("<boom>"), std::string::npos);
    EXPECT_NE(page.find("rugby " + hostile_escaped), std::string::npos);               // record
    EXPECT_NE(page.find("because " + hostile_escaped), std::string::npos);             // rationale
    EXPECT_NE(page.find("<div class=\"cue\">" + hostile_escaped), std::string::npos);  // cue
    EXPECT_NE(page.find("Phase: calm " + hostile_escaped), std::string::npos);         // phase
    EXPECT_NE(page.find("threw &lt;boom&gt;"), std::string::npos);  // plugin error
}

TEST_F(ComparisonHtmlTest, the_same_comparison_gives_the_same_bytes) {
    EXPECT_EQ(html(), html());
}

TEST_F(ComparisonHtmlTest, puts_referrals_and_athlete_first_then_timeline_charts_metrics_plans) {
    const auto page = html();
    const auto stop = page.find("<div class=\"referral stop\"");
    const auto advise = page.find("<div class=\"referral advise\"");
    const auto athlete_at = page.find("<section id=\"athlete\">");
    const auto timeline = page.find("<section id=\"timeline\">");
    const auto dose = page.find("<section id=\"dose\">");
    const auto metrics = page.find("<section id=\"metrics\">");
    const auto first_plan = page.find("<section class=\"plan\" id=\"plan-loader\"");
    const auto last_plan = page.find("<section class=\"plan\" id=\"plan-broken\"");
    ASSERT_NE(stop, std::string::npos);
    EXPECT_LT(stop, advise);
    EXPECT_LT(advise, athlete_at);
    EXPECT_LT(athlete_at, timeline);
    EXPECT_LT(timeline, dose);
    EXPECT_LT(dose, metrics);
    EXPECT_LT(metrics, first_plan);
    EXPECT_LT(first_plan, last_plan);
    EXPECT_NE(page.find("<li>palpable gap: refer <span class=\"who\">(withheld)</span></li>", stop),
              std::string::npos);
}

TEST_F(ComparisonHtmlTest, summarises_the_athlete_injury_goal_and_latest_assessment) {
    const auto page = html();
    const auto athlete_section = page.substr(page.find("<section id=\"athlete\">"));
    for (const auto* fact :
         {"ath-html",
          "hamstring, biceps femoris long head; grade 2 (moderate tear), site b "
          "(musculotendinous)",
          "2026-10-01 (Thu), mechanism: sprinting", "cup final on 2026-11-20",
          "Latest assessment: 2026-10-03 (Sat), day 2 after injury", "Symptoms: altered gait"}) {
        EXPECT_NE(athlete_section.find(fact), std::string::npos) << fact;
    }
}

TEST_F(ComparisonHtmlTest, has_one_dose_chart_per_required_group_each_titled_and_labelled) {
    const auto page = html();
    for (const auto* group : {"strength", "isometric", "sprint", "manual_therapy", "stretch", "ice",
                              "cross_training"}) {
        const std::string figure = "<figure class=\"chart\" data-chart=\"" + std::string{group};
        EXPECT_EQ(count(page, figure + "\""), 1u) << group;
        const auto svg = page.find("<svg", page.find(figure));
        const auto tag_end = page.find('>', svg);
        const auto tag = page.substr(svg, tag_end - svg);
        EXPECT_NE(tag.find(" role=\"img\" aria-label=\""), std::string::npos) << tag;
        EXPECT_EQ(page.find("<title>", svg), tag_end + 1) << group;
    }
    EXPECT_NE(page.find("<title>Strength volume (reps per week)</title>"), std::string::npos);
    EXPECT_NE(page.find("<title>Sprinting (m per week)</title>"), std::string::npos);
    // Groups no plan doses stay out; those some plan doses come in.
    EXPECT_EQ(page.find("data-chart=\"heat\""), std::string::npos);
}

TEST_F(ComparisonHtmlTest, charts_each_week_of_each_plan_split_as_the_legend_says) {
    const auto page = html();
    // Week 1: 18 eccentric + 20 general reps; week 2: 240 m at >= 90% and 80 m below.
    EXPECT_NE(page.find("<title>loader, week 1 (from 5 Oct): 38 reps (eccentric 18, general "
                        "strength 20)</title>"),
              std::string::npos);
    EXPECT_NE(page.find("<title>loader, week 2 (from 12 Oct): 320 m (high speed \u2265 90% 240, "
                        "below 90% 80)</title>"),
              std::string::npos);
    EXPECT_NE(page.find("loader <strong>320</strong> m"), std::string::npos);
    EXPECT_NE(page.find("withheld (no plan (withheld: referral))"), std::string::npos);
}

TEST_F(ComparisonHtmlTest, timeline_shows_phases_milestones_as_of_and_an_error_lane) {
    const auto page = html();
    const auto timeline =
        page.substr(page.find("<section id=\"timeline\">"),
                    page.find("<section id=\"dose\">") - page.find("<section id=\"timeline\">"));
    EXPECT_NE(timeline.find("<title>load: 2026-10-12 to 2026-10-15. build</title>"),
              std::string::npos);
    // Nothing in the record measures a milestone, so each is an earliest estimate.
    EXPECT_NE(timeline.find("<title>return to run (estimate): 2026-10-13 (earliest estimate on "
                            "the projected course, to be reassessed)</title>"),
              std::string::npos);
    // An estimated return to sport never reads "criteria met": not in its title, nor in the
    // legend that explains every marker (the user trial's fault).
    EXPECT_NE(timeline.find("<title>return to sport: 2026-10-16 (earliest estimate on the "
                            "projected course, clinician sign-off required; to be "
                            "reassessed)</title>"),
              std::string::npos);
    EXPECT_EQ(timeline.find("criteria met"), std::string::npos);
    EXPECT_NE(timeline.find(">return to sport (estimate), clinician sign-off required</text>"),
              std::string::npos);
    EXPECT_NE(timeline.find(">as of 5 Oct</text>"), std::string::npos);
    EXPECT_NE(timeline.find(">injury 1 Oct</text>"), std::string::npos);
    EXPECT_NE(timeline.find(">no plan: plugin &#39;broken&#39; failed: plan() threw &lt;boom&gt;<"),
              std::string::npos);
    EXPECT_NE(timeline.find(">plan withheld, see a clinician: palpable gap: refer<"),
              std::string::npos);
}

TEST_F(ComparisonHtmlTest, shows_the_same_metrics_as_the_text_table) {
    const auto page = html();
    const auto table = page.substr(page.find("<section id=\"metrics\">"));
    for (const auto* label :
         {"days to first run", "days to full speed", "return to run", "return to sport*",
          "sessions", "projected sessions~", "rest days", "eccentric reps", "strength reps (all)",
          "isometric s", "sprint m", "high-speed m (&gt;=90%)", "manual therapy min", "stretch min",
          "ice min", "cross-training min"}) {
        EXPECT_NE(table.find("<tr><td>" + std::string{label} + "</td>"), std::string::npos)
            << label;
    }
    EXPECT_NE(table.find("<tr><td>sprint m</td><td class=\"number\">320</td><td "
                         "class=\"number\">0</td><td class=\"number\">\u2014</td></tr>"),
              std::string::npos);
}

TEST_F(ComparisonHtmlTest, lists_each_plan_day_by_day_with_its_provenance) {
    const auto page = html();
    const auto plan = page.substr(page.find("id=\"plan-loader\""));
    EXPECT_NE(plan.find("<td class=\"date\">2026-10-05</td><td>Mon</td><td "
                        "class=\"focus\">strength</td>"),
              std::string::npos);
    EXPECT_NE(plan.find("<span class=\"what\">Slider curl, both legs 3x6</span>"),
              std::string::npos);
    EXPECT_NE(plan.find("<tr class=\"rest\"><td class=\"date\">2026-10-06</td>"),
              std::string::npos);
    EXPECT_NE(plan.find("<span class=\"label\">Return to sport</span> Fri 16 Oct 2026: "
                        "<em>earliest estimate on the projected course, clinician sign-off "
                        "required</em>"),
              std::string::npos);
    EXPECT_NE(plan.find("From <strong>loader</strong> 2.1.0, library sha256 <code>ab12cd34</code>"),
              std::string::npos);
    EXPECT_NE(page.find("<p class=\"plan-referral stop\">No plan: plugin &#39;broken&#39; failed"),
              std::string::npos);
}

TEST_F(ComparisonHtmlTest, writes_each_cue_once_however_often_the_exercise_recurs) {
    const auto page = html();
    EXPECT_EQ(count(page, "<span class=\"what\">Slider curl, both legs 3x6</span>"), 2u);
    EXPECT_EQ(count(page, "<div class=\"cue\">" + hostile_escaped + "</div>"), 1u);
}

TEST_F(ComparisonHtmlTest, prints_cleanly_on_white_with_a_page_per_plan) {
    const auto page = html();
    const auto print = page.find("@media print {");
    ASSERT_NE(print, std::string::npos);
    const auto plan_rule = page.find(".plan { break-before: page;", print);
    EXPECT_LT(plan_rule, page.find("</style>"));
    EXPECT_NE(page.find("html { background: #fff; }"), std::string::npos);
}

TEST_F(ComparisonHtmlTest, marks_sessions_and_milestones_on_the_projection_as_estimates) {
    const coach::PlanningCase planning{athlete, coach::Request{as_of, 14}};
    const coach::Case& input = planning.input();
    coach::PlanBuilder builder{input};
    builder.phase("calm", input.as_of, input.as_of + 3, "settle");
    builder.phase("run", input.as_of + 4, input.last_day(), "run again");
    builder.session(input.as_of, "strength")
        .add({.exercise = "glute_bridge", .sets = 2, .reps = 8});
    builder.session(input.as_of + 4, "run").add({.exercise = "light_jog", .duration_min = 10});
    builder.projected_step(input.as_of + 4, "pain walking at most 0/10")
        .beyond_horizon(coach::MilestoneKind::return_to_sport)
        .sources({"a source"});
    add("estimator", std::move(builder).build(), input);
    const auto page = html();
    const auto plan = page.substr(page.find("id=\"plan-estimator\""));
    // The projected day says so; the day before it does not.
    EXPECT_NE(plan.find("<tr class=\"projected\"><td class=\"date\">2026-10-09 <span "
                        "class=\"estimate\""),
              std::string::npos);
    EXPECT_NE(plan.find("<tr><td class=\"date\">2026-10-05</td>"), std::string::npos);
    EXPECT_NE(plan.find("reassess: pain walking at most 0/10 expected by now"), std::string::npos);
    EXPECT_NE(plan.find("<span class=\"label\">Return to run</span> Fri 9 Oct 2026 <span "
                        "class=\"estimate\">earliest estimate</span>"),
              std::string::npos);
    EXPECT_NE(plan.find("<span class=\"label\">Return to sport</span> beyond the horizon"),
              std::string::npos);
    const auto table = page.substr(page.find("<section id=\"metrics\">"));
    EXPECT_NE(table.find("<td class=\"number projected\">~2026-10-09</td>"), std::string::npos);
    EXPECT_NE(table.find("<td class=\"number\">beyond horizon</td>"), std::string::npos);
    EXPECT_NE(table.find("earliest estimate on the projected course"), std::string::npos);
}
