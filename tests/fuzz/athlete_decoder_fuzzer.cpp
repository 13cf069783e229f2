// libFuzzer target: any bytes given to the athlete decoder yield a record or problems, never a
// crash, a hang or undefined behaviour; a decoded record re-encodes and decodes to itself. Red
// flags get a check of their own, because losing one would release a plan: every symptom the
// input sets to true is present in the decoded record, and every red flag (and every clinician's
// review that lifts one) survives re-encoding, so the safety gate reads the same flags after a
// round trip as before it.
#include <boost/json.hpp>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "coach/chronology.hpp"
#include "coach/json.hpp"
#include "coach/safety_gate.hpp"

namespace {

// Each `"<flag>": true` under /assessments/<i>/symptoms of the raw document is present in the
// decoded assessment <i>. Read with Boost.JSON's own parser, independently of the decoder.
void expect_true_symptoms_present(std::string_view text, const coach::Athlete& athlete) {
    // The strict reader skips a leading UTF-8 byte order mark, as RFC 8259 section 8.1 lets a
    // parser; the plain one does not, so it is given the text after it.
    if (text.starts_with("\xEF\xBB\xBF")) {
        text.remove_prefix(3);
    }
    boost::json::error_code error;
    const auto document = boost::json::parse(text, error);
    if (error || !document.is_object()) {
        std::abort();  // the strict decoder accepted what the plain parser refuses
    }
    const auto* assessments = document.get_object().if_contains("assessments");
    if (assessments == nullptr || !assessments->is_array()) {
        return;
    }
    std::size_t index = 0;
    for (const auto& assessment : assessments->get_array()) {
        const auto* symptoms = assessment.as_object().if_contains("symptoms");
        if (symptoms != nullptr && symptoms->is_object()) {
            for (const auto& [flag, name] : coach::enum_names<coach::RedFlag>::table) {
                const auto* value = symptoms->get_object().if_contains(name);
                if (value != nullptr && value->is_bool() && value->get_bool()
                    && !coach::is_present(
                        coach::finding(athlete.assessments.at(index).symptoms, flag))) {
                    std::abort();  // a red flag in the input was lost
                }
            }
        }
        ++index;
    }
}

// The same red flags, recorded on the same days, and the same reviews lifting them.
void expect_same_red_flags(const coach::Athlete& before, const coach::Athlete& after) {
    if (before.assessments.size() != after.assessments.size()) {
        std::abort();
    }
    for (std::size_t i = 0; i < before.assessments.size(); ++i) {
        const auto& a = before.assessments[i];
        const auto& b = after.assessments[i];
        for (const auto& [flag, name] : coach::enum_names<coach::RedFlag>::table) {
            if (a.date != b.date
                || coach::finding(a.symptoms, flag) != coach::finding(b.symptoms, flag)) {
                std::abort();
            }
        }
        if (a.clinician_review != b.clinician_review) {
            std::abort();
        }
    }
    const auto last = coach::last_writable_date;
    if (coach::safety::raised_flags(coach::chronology_of(before), last)
        != coach::safety::raised_flags(coach::chronology_of(after), last)) {
        std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text{reinterpret_cast<const char*>(data), size};
    const auto decoded = coach::json::decode_athlete(text);
    if (decoded.value.has_value() == !decoded.problems.empty()) {
        std::abort();  // exactly one of a value and problems
    }
    if (decoded.value) {
        const auto& athlete = decoded.value->athlete;
        expect_true_symptoms_present(text, athlete);
        const auto again = coach::json::decode_athlete(
            coach::json::encode_athlete(athlete, decoded.value->request));
        if (!again.value) {
            std::abort();
        }
        expect_same_red_flags(athlete, again.value->athlete);
        if (!(again.value->athlete == athlete)) {
            std::abort();
        }
    }
    return 0;
}
