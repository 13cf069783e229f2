#include "protocol_file.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../cli_context.hpp"
#include "../output.hpp"
#include "../protocol_dose.hpp"
#include "checks.hpp"
#include "coach/engine.hpp"
#include "coach/text_wrap.hpp"
#include "report.hpp"
#include "strict_json/object_reader.hpp"
#include "strict_json/values.hpp"

namespace coach::cli::validation {

namespace {

namespace fs = std::filesystem;

// The engine refuses a protocol file with its problems in one message, "; " between them, each
// opening with its JSON pointer, and past the first 20 a last one that counts the rest ("and 4980
// more problems not shown: ..."): one finding each.
Findings problems_of(std::string_view message) {
    const auto opens_a_problem = [message](std::size_t at) {
        const auto rest = message.substr(at + 2);
        return rest.starts_with('/')
               || (rest.starts_with("and ") && rest.size() > 4 && rest[4] >= '0' && rest[4] <= '9');
    };
    Findings out;
    std::size_t start = 0;
    for (std::size_t at = message.find("; "); at != std::string_view::npos;
         at = message.find("; ", at + 2)) {
        if (opens_a_problem(at)) {
            out.push_back(fail(std::string{message.substr(start, at - start)}));
            start = at + 2;
        }
    }
    out.push_back(fail(std::string{message.substr(start)}));
    return out;
}

// The dose check of a file the engine read (protocol_dose.hpp): its findings, or a note when the
// file cannot be read again.
Findings dose_of_file(const fs::path& file) {
    const auto findings = dose_findings_of_file(file);
    if (!findings) {
        return {note("skipped: the file could not be read again")};
    }
    Findings out;
    for (const auto& reason : *findings) {
        out.push_back(warn(reason));
    }
    return out;
}

// A file that covers none of the reference athletes' injury regions applies to none of them,
// most likely for a region misspelt (trial 70: "injuries": ["hamstrng"] loaded and never applied to
// anyone). "covers \"hamstrng\" injuries, and none of the reference athletes has one (their
// region: \"hamstring\"), so it applies to none of them; is a region misspelt in /injuries? (did
// you mean \"hamstring\"?)".
std::string uncovered_regions(const std::vector<std::string>& covered,
                              const std::vector<ReferenceAthlete>& athletes) {
    std::vector<std::string_view> regions;
    for (const auto& athlete : athletes) {
        const std::string_view region = athlete.file.athlete.injury.region;
        if (std::find(regions.begin(), regions.end(), region) == regions.end()) {
            regions.push_back(region);
        }
    }
    std::string said;
    std::string meant;
    for (const auto& region : covered) {
        said += (said.empty() ? "" : ", ") + strict_json::quoted(region);
        if (meant.empty()) {
            meant = strict_json::did_you_mean(region, regions);
        }
    }
    std::string theirs;
    for (const auto region : regions) {
        theirs += (theirs.empty() ? "" : ", ") + strict_json::quoted(region);
    }
    return "covers " + said + " injuries, and none of the reference athletes has one (their "
           + (regions.size() == 1 ? "region: " : "regions: ") + theirs
           + "), so it applies to none of them; is a region misspelt in /injuries?" + meant;
}

bool same_file(const fs::path& a, const fs::path& b) {
    std::error_code error;
    return fs::equivalent(a, b, error);
}

// The bytes of `file`, or none when it cannot be read.
std::optional<std::string> bytes_of(const fs::path& file) {
    std::ifstream in{file, std::ios::binary};
    std::string bytes{std::istreambuf_iterator<char>{in}, {}};
    return in.bad() || !in.is_open() ? std::nullopt : std::optional{std::move(bytes)};
}

// The bundled file set aside for `file`, given first, because the two define the same `id` and
// differ (found after trial 76: a copy of a bundled protocol, edited and kept under its name,
// validated clean, and then took the bundled one's place in every comparison): the engine sets
// the bundled one aside with the warning "duplicate philosophy id '<id>': ...". An unedited copy
// changes nothing where it stands in.
std::optional<fs::path> bundled_file_of_id(const Engine& engine, const fs::path& file,
                                           std::string_view id) {
    const std::string set_aside = "duplicate philosophy id '" + std::string{id} + "'";
    for (const auto& warning : engine.load_warnings()) {
        if (!same_file(warning.file, file) && warning.message.starts_with(set_aside)) {
            const auto bundled = bytes_of(warning.file);
            return bundled && bundled == bytes_of(file) ? std::nullopt
                                                        : std::optional{warning.file};
        }
    }
    return std::nullopt;
}

}  // namespace

int validate_protocol_file(const fs::path& file, const std::vector<ReferenceAthlete>& athletes,
                           std::size_t width) {
    // Quiet: every problem the engine logs is in the report.
    const Engine engine{
        EngineOptions{.plugin_paths = {file},
                      .use_environment = false,
                      .log = {[](LogSink::Level, std::string_view) {}, LogSink::Level::off}}};
    Output out{"-"};
    Tally tally;
    const auto report = [&](std::string_view check, const Findings& findings) {
        for (const auto& finding : findings) {
            out.write(report_line(check, finding, width) + '\n');
        }
        tally.add(outcome_of(findings));
    };

    Findings read;
    for (const auto& error : engine.load_errors()) {
        if (same_file(error.file, file)) {
            const auto problems = problems_of(error.message);
            read.insert(read.end(), problems.begin(), problems.end());
        }
    }
    const PluginRecord* record = nullptr;
    for (const auto& loaded : engine.list()) {
        if (same_file(loaded.file, file)) {
            record = &loaded;
        }
    }
    if (record == nullptr && read.empty()) {
        read.push_back(
            fail("not loaded: no bundled protocol plugin read it (is protocol.so "
                 "installed beside libcoach_engine?)"));
    }
    if (record != nullptr) {
        read.push_back(note("defines " + record->info.id + " " + record->info.version + ", "
                            + std::to_string(record->info.sources.size()) + " source"
                            + (record->info.sources.size() == 1 ? "" : "s")));
        if (!is_semantic_version(record->info.version)) {
            read.push_back(warn("/version: \"" + record->info.version
                                + "\" is not a semantic version MAJOR.MINOR.PATCH (\"1.0.0\"), "
                                  "as a plugin library's must be: readers of a plan tell the "
                                  "editions of its rules apart by it"));
        }
        if (const auto bundled = bundled_file_of_id(engine, file, record->info.id)) {
            read.push_back(warn(record->info.id + " is also the id of the bundled "
                                + bundled->filename().string()
                                + ": loaded with --plugins, this file is used in its place; to "
                                  "compare the two side by side, give it a \"name\" of its own "
                                  "and rename the file to match"));
        }
    }
    report("read", read);

    if (record == nullptr) {
        for (const std::string_view check : {"dose", "plan"}) {
            out.write(report_line(check, note("skipped: needs read, which failed"), width) + '\n');
            tally.add(Outcome::skipped);
        }
    } else {
        report("dose", dose_of_file(file));
        Findings plans;
        for (const auto& athlete : athletes) {
            const auto outcome =
                engine.plan(record->info.id, athlete.file.athlete, athlete.file.request);
            if (!outcome.plan) {
                plans.push_back(fail(athlete.name + ": " + outcome.error));
                continue;
            }
            plans.push_back(note(athlete.name + ": " + std::string{to_string(outcome.plan->status)}
                                 + ", " + std::to_string(outcome.plan->sessions.size())
                                 + " sessions"));
        }
        if (const auto& covered = record->info.injuries;
            !athletes.empty() && std::none_of(athletes.begin(), athletes.end(), [&](const auto& a) {
                return std::find(covered.begin(), covered.end(), a.file.athlete.injury.region)
                       != covered.end();
            })) {
            plans.push_back(warn(uncovered_regions(covered, athletes)));
        }
        // The first days after injury have rules of their own (the gate's days 0-2), which the
        // reference athletes, planned from their own as_of, may never reach: each is also planned
        // from its injury day and the two days after it.
        for (const auto& athlete : athletes) {
            const Date injury = athlete.file.athlete.injury.date;
            for (int day = 0; day < 3; ++day) {
                Athlete fresh = athlete.file.athlete;
                std::erase_if(fresh.assessments,
                              [&](const Assessment& a) { return a.date > injury + day; });
                std::erase_if(fresh.log, [&](const LogEntry& e) { return e.date > injury + day; });
                const auto outcome =
                    engine.plan(record->info.id, fresh, Request{.as_of = injury + day});
                if (!outcome.plan) {
                    plans.push_back(fail(athlete.name + ", planned from day " + std::to_string(day)
                                         + " after injury: " + outcome.error));
                    break;
                }
            }
        }
        report("plan", plans);
    }
    out.write(report::fit_lines(tally.summary(file.filename().string()) + '\n', width));
    out.commit();
    return tally.any_failed() ? exit_plugin_error : exit_ok;
}

}  // namespace coach::cli::validation
