#include "checks.hpp"

namespace coach::cli::validation {

const std::vector<Check>& conformance_checks() {
    static const std::vector<Check> checks = {
        {"load", {}, &check_loads},
        {"symbols", {}, &check_symbols},
        {"abi", {"load", "symbols"}, &check_abi},
        {"metadata", {"abi"}, &check_metadata},
        {"plan", {"metadata"}, &check_plans},
        {"validity", {"plan"}, &check_validity},
        {"determinism", {"plan"}, &check_determinism},
        {"threads", {"determinism"}, &check_threads},
        {"referrals", {"validity"}, &check_referrals},
        {"pain-rule", {"plan"}, &check_pain_rule},
        {"stdout", {"plan"}, &check_stdout},
        {"course", {"validity"}, &check_course},
    };
    return checks;
}

}  // namespace coach::cli::validation
