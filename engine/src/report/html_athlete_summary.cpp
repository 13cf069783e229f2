#include "report/html_athlete_summary.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

#include "coach/chronology.hpp"
#include "coach/counted.hpp"
#include "report/html_text.hpp"

namespace coach::report::html {

namespace {

// British Athletics Muscle Injury Classification grades and sites, in words.
constexpr std::array<std::string_view, 5> grade_meanings = {
    "soreness without a lesion", "small tear", "moderate tear", "extensive tear", "complete tear"};

constexpr std::string_view site_meaning(Site site) {
    switch (site) {
        case Site::a:
            return "myofascial";
        case Site::b:
            return "musculotendinous";
        case Site::c:
            return "intratendinous";
    }
    return "";
}

struct GroupedReferral {
    ReferralLevel level;
    std::string reason;
    std::vector<std::string> philosophies;
};

// The safety gate's findings once, for every plan (Comparison::gate); then each reason a
// philosophy adds, with the philosophies that give it.
std::vector<GroupedReferral> grouped_referrals(const Comparison& comparison) {
    std::vector<GroupedReferral> grouped;
    std::vector<std::string> everyone;
    for (const auto& entry : comparison.entries) {
        everyone.push_back(entry.outcome.philosophy);
    }
    for (const auto& referral : comparison.gate) {
        grouped.push_back({referral.level, referral.reason, everyone});
    }
    for (const auto& entry : comparison.entries) {
        if (!entry.outcome.plan) {
            continue;
        }
        for (const auto& referral : entry.outcome.plan->referrals) {
            if (std::find(comparison.gate.begin(), comparison.gate.end(), referral)
                != comparison.gate.end()) {
                continue;
            }
            auto found = std::find_if(grouped.begin(), grouped.end(), [&](const auto& group) {
                return group.level == referral.level && group.reason == referral.reason;
            });
            if (found == grouped.end()) {
                grouped.push_back({referral.level, referral.reason, {}});
                found = std::prev(grouped.end());
            }
            found->philosophies.push_back(entry.outcome.philosophy);
        }
    }
    std::stable_partition(grouped.begin(), grouped.end(), [](const GroupedReferral& referral) {
        return referral.level == ReferralLevel::stop;
    });
    return grouped;
}

std::string who(const std::vector<std::string>& philosophies, std::size_t compared) {
    if (philosophies.size() == compared && compared > 1) {
        return "all plans";
    }
    std::string text;
    for (const auto& id : philosophies) {
        text += (text.empty() ? "" : ", ") + id;
    }
    return text;
}

std::string referral_box(const std::vector<GroupedReferral>& referrals, ReferralLevel level,
                         std::size_t compared) {
    std::string items;
    for (const auto& referral : referrals) {
        if (referral.level == level) {
            items += "<li>" + escape(referral.reason) + " <span class=\"who\">("
                     + escape(who(referral.philosophies, compared)) + ")</span></li>\n";
        }
    }
    if (items.empty()) {
        return {};
    }
    const bool stop = level == ReferralLevel::stop;
    return std::string{"<div class=\"referral "} + (stop ? "stop" : "advise")
           + "\" role=\"alert\">\n<p class=\"headline\">"
           + (stop ? "Stop: see a clinician before following any plan. The safety gate withheld "
                     "the plans below."
                   : "See a clinician: the plans are kept, but these findings need attention.")
           + "</p>\n<ul>\n" + items + "</ul>\n</div>\n";
}

std::string fact(std::string_view term, const std::string& value) {
    return "<div><dt>" + std::string{term} + "</dt><dd>" + value + "</dd></div>\n";
}

std::string tile(std::string_view label, const std::optional<int>& value, std::string_view unit,
                 bool flagged = false) {
    const std::string shown = value ? std::to_string(*value) + std::string{unit} : "\u2014";
    return std::string{"<div class=\"tile"} + (flagged ? " flag" : "") + "\"><div class=\"value\">"
           + shown + "</div><div class=\"label\">" + std::string{label} + "</div></div>\n";
}

std::string symptoms_text(const Symptoms& symptoms) {
    std::vector<std::string_view> present;
    if (is_present(symptoms.numbness)) {
        present.push_back("numbness");
    }
    if (is_present(symptoms.tingling)) {
        present.push_back("tingling");
    }
    if (is_present(symptoms.altered_gait)) {
        present.push_back("altered gait");
    }
    if (is_present(symptoms.unable_to_bear_weight)) {
        present.push_back("unable to bear weight");
    }
    if (is_present(symptoms.palpable_gap)) {
        present.push_back("palpable gap");
    }
    std::string text;
    for (const auto symptom : present) {
        text += (text.empty() ? "" : ", ") + std::string{symptom};
    }
    return text;
}

// The assessment of the last assessed day up to as_of, one day's assessments merged as the
// safety gate reads them.
std::string assessment_block(const Athlete& athlete, Date as_of) {
    const auto course = chronology_of(athlete);
    const auto* assessment = latest_assessment(course, as_of);
    if (!assessment) {
        return "<h3>Latest assessment</h3>\n<p class=\"muted\">No assessment recorded up to "
               + as_of.iso() + ".</p>\n";
    }
    const int day = assessment->date - athlete.injury.date;
    std::string out = "<h3>Latest assessment: " + assessment->date.iso() + " ("
                      + std::string{weekday_name(assessment->date)} + "), day "
                      + std::to_string(day) + " after injury</h3>\n<div class=\"tiles\">\n";
    out += tile("pain at rest", assessment->pain_rest, "/10");
    out += tile("pain walking", assessment->pain_walking, "/10");
    out += tile("pain in exercise", assessment->pain_exercise, "/10");
    out += tile("ASLR deficit", assessment->aslr_deficit_pct, "%");
    out += tile("strength deficit", assessment->strength_deficit_pct, "%");
    out += tile("top sprint speed", assessment->max_sprint_pct, "%");
    out += "</div>\n";
    const auto symptoms = symptoms_text(assessment->symptoms);
    out += "<p class=\"symptoms" + std::string{symptoms.empty() ? "" : " flag"} + "\">Symptoms: "
           + (symptoms.empty() ? "none reported" : escape(symptoms)) + ". Daily pain medication: "
           + (assessment->daily_pain_medication ? "<strong>yes</strong>" : "no") + ".</p>\n";
    return out;
}

}  // namespace

std::string referrals_section(const Comparison& comparison) {
    const auto referrals = grouped_referrals(comparison);
    std::string out = "<section id=\"referrals\" aria-label=\"Referrals\">\n";
    out += referral_box(referrals, ReferralLevel::stop, comparison.entries.size());
    out += referral_box(referrals, ReferralLevel::advise, comparison.entries.size());
    std::string failures;
    for (const auto& entry : comparison.entries) {
        if (!entry.outcome.plan) {
            failures += "<li><strong>" + escape(entry.outcome.philosophy)
                        + "</strong>: " + escape(entry.outcome.error) + "</li>\n";
        }
    }
    if (!failures.empty()) {
        out +=
            "<div class=\"referral plugin-error\">\n<p class=\"headline\">No plan from these "
            "philosophies: their plugin failed.</p>\n<ul>\n"
            + failures + "</ul>\n</div>\n";
    }
    std::string not_applicable;
    for (const auto& entry : comparison.entries) {
        if (entry.outcome.plan && entry.outcome.plan->status == PlanStatus::not_applicable) {
            not_applicable += "<li><strong>" + escape(entry.outcome.philosophy)
                              + "</strong>: " + escape(entry.outcome.plan->reason) + "</li>\n";
        }
    }
    if (!not_applicable.empty()) {
        out +=
            "<div class=\"referral not-applicable\">\n<p class=\"headline\">Not applicable: "
            "these philosophies do not cover this injury.</p>\n<ul>\n"
            + not_applicable + "</ul>\n</div>\n";
    }
    if (referrals.empty()) {
        out +=
            "<p class=\"no-referrals\">No referral: neither the safety gate nor any plan "
            "raised a red flag.</p>\n";
    }
    return out + "</section>\n";
}

// The course of recovery every philosophy planned on, and where its days come from.
std::string projection_block(const Projection& projection) {
    if (projection.published_days == 0) {
        return {};
    }
    std::string out =
        "<h3>Course of recovery</h3>\n<p class=\"muted\">Every plan below plans on this "
        "course: measured values where assessed, projected from published recovery times "
        "elsewhere. Pain-free walking is expected on "
        + projection.pain_free_walking.iso() + ", return to sport on "
        + projection.return_to_sport.iso() + " (estimates).</p>\n<ul class=\"course\">\n";
    for (const auto& reason : projection.reasons) {
        out += "<li>" + escape(reason) + "</li>\n";
    }
    return out + "</ul>\n";
}

std::string athlete_section(const Athlete& athlete, const Comparison& comparison) {
    const auto& injury = athlete.injury;
    std::string out = "<section id=\"athlete\">\n<h2>Athlete</h2>\n<dl class=\"facts\">\n";
    out += fact("Athlete", escape(athlete.id));
    std::string sport = athlete.profile.sport.empty() ? "not stated" : athlete.profile.sport;
    if (athlete.profile.age) {
        sport += ", " + counted(*athlete.profile.age, "year");
    }
    if (!athlete.profile.sex.empty()) {
        sport += ", " + athlete.profile.sex;
    }
    out += fact("Sport", escape(sport));
    const auto grade = static_cast<std::size_t>(std::clamp(injury.grade, 0, 4));
    std::string what = injury.region + ", " + words(to_string(injury.muscle)) + "; grade "
                       + std::to_string(injury.grade) + " (" + std::string{grade_meanings[grade]}
                       + ")";
    if (injury.site) {
        what += ", site " + std::string{to_string(*injury.site)} + " ("
                + std::string{site_meaning(*injury.site)} + ")";
    }
    out += fact("Injury", escape(what));
    std::string when = injury.date.iso() + " (" + std::string{weekday_name(injury.date)}
                       + "), mechanism: " + std::string{to_string(injury.mechanism)};
    when += "; " + counted(injury.previous_injuries, "previous injury", "previous injuries");
    out += fact("Injured on", escape(when));
    out += fact(
        "As of",
        escape(comparison.as_of.iso() + ", day " + std::to_string(comparison.as_of - injury.date)
               + " after injury; plans cover " + counted(comparison.horizon_days, "day") + " to "
               + (comparison.as_of + (comparison.horizon_days - 1)).iso()));
    if (athlete.goal) {
        std::string goal = athlete.goal->event.empty() ? "not named" : athlete.goal->event;
        if (athlete.goal->date) {
            goal += " on " + athlete.goal->date->iso() + ", "
                    + counted(*athlete.goal->date - comparison.as_of, "day") + " after as of";
        }
        out += fact("Goal", escape(goal));
    } else {
        out += fact("Goal", "none stated");
    }
    std::string equipment;
    for (const auto& piece : athlete.equipment) {
        equipment += (equipment.empty() ? "" : ", ") + piece;
    }
    out += fact("Equipment", equipment.empty() ? "none stated" : escape(equipment));
    out += "</dl>\n";
    out += assessment_block(athlete, comparison.as_of);
    out += projection_block(comparison.projection);
    return out + "</section>\n";
}

}  // namespace coach::report::html
