#include <boost/json.hpp>
#include <string>

#include "coach/cohort_summary.hpp"

namespace coach::json {

namespace {

// Written by hand rather than through boost::json::serialize, which spells 2.5 as "2.5E0".
std::string number(const std::optional<double>& value) {
    return value ? report::format_quantile(value) : "null";
}

std::string json_quoted(std::string_view text) {
    return boost::json::serialize(boost::json::string_view{text.data(), text.size()});
}

// {"n": 5, "median": 2.5, "q1": 1.75, "q3": 3}
std::string statistics(const ValueCounts& values) {
    return "{\"n\": " + std::to_string(values.size()) + ", \"median\": " + number(values.median())
           + ", \"q1\": " + number(values.first_quartile())
           + ", \"q3\": " + number(values.third_quartile()) + "}";
}

class Lines {
  public:
    void open(std::string_view head, char bracket) {
        line(std::string{head} + bracket);
        depth_ += 1;
        first_ = true;
    }
    void close(char bracket) {
        depth_ -= 1;
        out_ += '\n' + std::string(2 * depth_, ' ') + bracket;
        first_ = false;
    }
    void field(std::string_view key, const std::string& value) {
        line(json_quoted(key) + ": " + value);
    }
    void field(std::string_view key, std::uint64_t value) { field(key, std::to_string(value)); }
    void open_field(std::string_view key, char bracket) { open(json_quoted(key) + ": ", bracket); }
    std::string text() && { return std::move(out_) + '\n'; }

  private:
    void line(const std::string& text) {
        if (depth_ > 0) {
            out_ += first_ ? "\n" : ",\n";
        }
        out_ += std::string(2 * depth_, ' ') + text;
        first_ = false;
    }

    std::string out_;
    std::size_t depth_ = 0;
    bool first_ = true;
};

void write_group(Lines& out, const CohortGroup& group) {
    out.field("athletes", group.athletes());
    out.field("ok", group.ok);
    out.field("referral", group.referral);
    out.field("not_applicable", group.not_applicable);
    out.field("error", group.error);
    out.open_field("metrics", '{');
    for (std::size_t i = 0; i < numeric_metrics.size(); ++i) {
        out.field(numeric_metrics[i].key, statistics(group.metrics[i]));
    }
    out.close('}');
}

}  // namespace

std::string encode_cohort_summary(const CohortSummary& summary) {
    Lines out;
    out.open("", '{');
    out.field("schema", json_quoted(cohort_summary_schema));
    out.field("complete", std::string{summary.complete ? "true" : "false"});
    out.field("records", summary.records);
    out.field("ok", summary.ok);
    out.field("referral", summary.referral);
    out.field("not_applicable", summary.not_applicable);
    out.field("rejected", summary.rejected);
    out.field("blank_lines", summary.blank_lines);
    out.field("with_warnings", summary.with_warnings);
    out.field("duplicate_ids", summary.duplicate_ids);
    out.open_field("philosophies", '[');
    for (const auto& philosophy : summary.philosophies) {
        out.open("", '{');
        out.field("id", json_quoted(philosophy.id));
        out.open_field("overall", '{');
        write_group(out, philosophy.overall());
        out.close('}');
        out.open_field("by_grade", '[');
        for (std::size_t grade = 0; grade < philosophy.by_grade.size(); ++grade) {
            out.open("", '{');
            out.field("grade", grade);
            write_group(out, philosophy.by_grade[grade]);
            out.close('}');
        }
        out.close(']');
        out.close('}');
    }
    out.close(']');
    out.close('}');
    return std::move(out).text();
}

}  // namespace coach::json
