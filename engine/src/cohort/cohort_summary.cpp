#include "coach/cohort_summary.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace coach {

void ValueCounts::add(int value, std::uint64_t times) {
    if (times == 0) {
        return;
    }
    const auto at = std::lower_bound(counts_.begin(), counts_.end(), value,
                                     [](const auto& count, int v) { return count.first < v; });
    if (at != counts_.end() && at->first == value) {
        at->second += times;
    } else {
        counts_.insert(at, {value, times});
    }
    size_ += times;
}

void ValueCounts::merge(const ValueCounts& other) {
    for (const auto& [value, times] : other.counts_) {
        add(value, times);
    }
}

int ValueCounts::nth(std::uint64_t k) const {
    std::uint64_t seen = 0;
    for (const auto& [value, times] : counts_) {
        seen += times;
        if (k < seen) {
            return value;
        }
    }
    throw std::out_of_range("ValueCounts::nth past the last value");
}

std::optional<double> ValueCounts::quantile(double p) const {
    if (empty()) {
        return std::nullopt;
    }
    if (!(p >= 0.0 && p <= 1.0)) {
        throw std::invalid_argument("quantile p must lie in 0..1");
    }
    const double h = static_cast<double>(size_ - 1) * p;
    const double below = std::floor(h);
    const auto k = static_cast<std::uint64_t>(below);
    const double low = nth(k);
    if (k + 1 >= size_) {
        return low;
    }
    const double high = nth(k + 1);
    return low + (h - below) * (high - low);
}

void CohortGroup::add_plan(const Metrics& plan_metrics) {
    ++ok;
    for (std::size_t i = 0; i < numeric_metrics.size(); ++i) {
        if (const auto value = numeric_metrics[i].number(plan_metrics)) {
            metrics[i].add(*value);
        }
    }
}

const ValueCounts& CohortGroup::operator[](std::string_view key) const {
    for (std::size_t i = 0; i < numeric_metrics.size(); ++i) {
        if (numeric_metrics[i].key == key) {
            return metrics[i];
        }
    }
    throw std::out_of_range("no numeric metric named \"" + std::string{key} + "\"");
}

void CohortGroup::merge(const CohortGroup& other) {
    ok += other.ok;
    referral += other.referral;
    not_applicable += other.not_applicable;
    error += other.error;
    for (std::size_t metric = 0; metric < metrics.size(); ++metric) {
        metrics[metric].merge(other.metrics[metric]);
    }
}

CohortGroup CohortPhilosophy::overall() const {
    CohortGroup all;
    for (const auto& group : by_grade) {
        all.merge(group);
    }
    return all;
}

void CohortSummary::merge(const CohortSummary& other) {
    const auto same_ids = [](const CohortPhilosophy& a, const CohortPhilosophy& b) {
        return a.id == b.id;
    };
    if (!std::equal(philosophies.begin(), philosophies.end(), other.philosophies.begin(),
                    other.philosophies.end(), same_ids)) {
        throw std::invalid_argument("cohort summaries of different philosophies cannot be merged");
    }
    records += other.records;
    ok += other.ok;
    referral += other.referral;
    not_applicable += other.not_applicable;
    rejected += other.rejected;
    blank_lines += other.blank_lines;
    with_warnings += other.with_warnings;
    duplicate_ids += other.duplicate_ids;
    complete = complete && other.complete;
    for (std::size_t i = 0; i < philosophies.size(); ++i) {
        for (std::size_t grade = 0; grade < philosophies[i].by_grade.size(); ++grade) {
            philosophies[i].by_grade[grade].merge(other.philosophies[i].by_grade[grade]);
        }
    }
}

}  // namespace coach
