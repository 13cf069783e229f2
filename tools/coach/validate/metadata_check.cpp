// metadata: what the plugin says about each of its philosophies.
#include <set>

#include "checks.hpp"
#include "coach/safety_gate.hpp"
#include "isolated_run.hpp"
#include "plugin_under_test.hpp"

namespace coach::cli::validation {

namespace {

// A numeric identifier of a semantic version: digits, no leading zero.
bool is_version_number(std::string_view part) {
    return !part.empty() && part.find_first_not_of("0123456789") == std::string_view::npos
           && (part.size() == 1 || part.front() != '0');
}

std::string plural(std::size_t count, std::string_view word) {
    return std::to_string(count) + " " + std::string{word} + (count == 1 ? "" : "s");
}

Findings check_one(const abi::Boundary& philosophy, const PhilosophyInfo& info) {
    Findings findings;
    if (auto problem = safety::metadata_problem(info)) {
        findings.push_back(fail(*problem));
    }
    if (!is_semantic_version(info.version)) {
        findings.push_back(fail("'" + info.id + "' version '" + info.version
                                + "' is not a semantic version MAJOR.MINOR.PATCH"));
    }
    const auto again = philosophy.info();
    if (!again || *again.value != info) {
        findings.push_back(fail("'" + info.id
                                + "' info() gave different metadata on a second call; it must "
                                  "return the same value every time"));
    }
    if (info.name.empty()) {
        findings.push_back(warn("'" + info.id + "' has no name for people to read"));
    }
    if (info.injuries.empty()) {
        findings.push_back(warn("'" + info.id + "' lists no injuries it covers"));
    }
    if (findings.empty()) {
        findings.push_back(note(info.id + " " + info.version + ": pain ceiling "
                                + std::to_string(info.pain_ceiling) + "/10, "
                                + plural(info.sources.size(), "source") + ", "
                                + plural(info.exercises.size(), "declared exercise")));
    }
    return findings;
}

}  // namespace

bool is_semantic_version(std::string_view version) {
    const auto suffix = version.find_first_of("-+");
    if (suffix != std::string_view::npos) {
        const auto rest = version.substr(suffix + 1);
        const bool allowed = !rest.empty()
                             && rest.find_first_not_of(
                                    "0123456789abcdefghijklmnopqrstuvwxyz"
                                    "ABCDEFGHIJKLMNOPQRSTUVWXYZ.-+")
                                    == std::string_view::npos;
        if (!allowed) {
            return false;
        }
        version = version.substr(0, suffix);
    }
    for (int part = 0; part < 3; ++part) {
        const auto dot = version.find('.');
        if ((part < 2) == (dot == std::string_view::npos)) {
            return false;
        }
        if (!is_version_number(version.substr(0, dot))) {
            return false;
        }
        version = dot == std::string_view::npos ? std::string_view{} : version.substr(dot + 1);
    }
    return true;
}

Findings check_metadata(const CheckInput& input) {
    const PluginUnderTest plugin{input.library};
    if (plugin.instances().empty()) {
        return {fail("its factory created no philosophy")};
    }
    Findings findings;
    std::set<std::string> ids;
    for (const auto& instance : plugin.instances()) {
        announce_activity("reading its metadata (info())");
        const auto info = instance->info();
        if (!info) {
            findings.push_back(fail("info() " + info.error));
            continue;
        }
        if (!ids.insert(info.value->id).second) {
            findings.push_back(fail("two of its philosophies have the id '" + info.value->id
                                    + "'; the engine loads only the first"));
        }
        for (auto& finding : check_one(*instance, *info.value)) {
            findings.push_back(std::move(finding));
        }
    }
    return findings;
}

}  // namespace coach::cli::validation
