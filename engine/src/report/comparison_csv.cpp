#include <string_view>

#include "coach/report.hpp"
#include "report/metric_columns.hpp"

namespace coach::report {

namespace {

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
std::string csv_field(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
        return std::string{text};
    }
    std::string quoted = "\"";
    for (const char c : text) {
        quoted += c == '"' ? "\"\"" : std::string(1, c);
    }
    return quoted + "\"";
}

void append_row(std::string& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        out += (i == 0 ? "" : ",") + csv_field(fields[i]);
    }
    out += '\n';
}

// Every referral of the plan, the safety gate's advice and stop ones included, as
// "advise: REASON", joined by " | " (a reason may hold a ";").
std::string referrals_field(const Plan& plan) {
    std::string field;
    for (const auto& referral : plan.referrals) {
        field += (field.empty() ? "" : " | ") + std::string{to_string(referral.level)} + ": "
                 + referral.reason;
    }
    return field;
}

}  // namespace

std::string comparison_csv(const Comparison& comparison) {
    std::string out;
    std::vector<std::string> header{"philosophy", "status"};
    for (const auto& column : metric_table) {
        header.emplace_back(column.key);
    }
    header.emplace_back("error");
    header.emplace_back("reason");
    header.emplace_back("referrals");
    append_row(out, header);

    for (const auto& entry : comparison.entries) {
        const auto& outcome = entry.outcome;
        std::vector<std::string> row{
            outcome.philosophy,
            outcome.plan ? std::string{to_string(outcome.plan->status)} : "error"};
        for (const auto& column : metric_table) {
            row.push_back(entry.metrics ? detail::metric_value(column, *entry.metrics).value_or("")
                                        : "");
        }
        row.push_back(outcome.plan ? "" : outcome.error);
        row.push_back(outcome.plan ? outcome.plan->reason : "");
        row.push_back(outcome.plan ? referrals_field(*outcome.plan) : "");
        append_row(out, row);
    }
    return out;
}

}  // namespace coach::report
