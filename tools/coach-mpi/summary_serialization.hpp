#pragma once

#include <boost/serialization/split_free.hpp>
#include <boost/serialization/string.hpp>
#include <boost/serialization/utility.hpp>
#include <boost/serialization/vector.hpp>
#include <cstdint>
#include <utility>
#include <vector>

#include "coach/cohort_summary.hpp"

// How a rank sends its CohortSummary to another (Boost.Serialization, which Boost.MPI uses for
// types that are not plain data): every count, and each metric's exact count per value, so that
// the merged summary is the one a single process would have made.
namespace boost::serialization {

template <class Archive>
void save(Archive& archive, const coach::ValueCounts& values, unsigned /*version*/) {
    const std::vector<std::pair<int, std::uint64_t>> counts(values.counts().begin(),
                                                            values.counts().end());
    archive << counts;
}

template <class Archive>
void load(Archive& archive, coach::ValueCounts& values, unsigned /*version*/) {
    std::vector<std::pair<int, std::uint64_t>> counts;
    archive >> counts;
    values = {};
    for (const auto& [value, times] : counts) {
        values.add(value, times);
    }
}

template <class Archive>
void serialize(Archive& archive, coach::CohortGroup& group, unsigned /*version*/) {
    archive& group.ok& group.referral& group.not_applicable& group.error;
    for (auto& metric : group.metrics) {
        archive& metric;
    }
}

template <class Archive>
void serialize(Archive& archive, coach::CohortPhilosophy& philosophy, unsigned /*version*/) {
    archive& philosophy.id;
    for (auto& grade : philosophy.by_grade) {
        archive& grade;
    }
}

template <class Archive>
void serialize(Archive& archive, coach::CohortSummary& summary, unsigned /*version*/) {
    archive& summary.records& summary.ok& summary.referral& summary.not_applicable& summary
        .rejected& summary.blank_lines& summary.with_warnings& summary.duplicate_ids& summary
        .complete& summary.philosophies;
}

}  // namespace boost::serialization

BOOST_SERIALIZATION_SPLIT_FREE(coach::ValueCounts)
