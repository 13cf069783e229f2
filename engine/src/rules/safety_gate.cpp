// The safety gate's plan validity, metadata and applicability rules (safety_gate.hpp); the red
// flags and advice are in red_flags.cpp.
#include "coach/safety_gate.hpp"

#include <algorithm>
#include <boost/unordered/unordered_flat_map.hpp>
#include <cctype>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <utility>

#include "coach/sdk/wording.hpp"
#include "strict_json/object_reader.hpp"

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace coach::safety {

namespace {

// The texts of one thread's plans already found free of clearance claims. Most of a plan's words
// are the same fixed cues, rationale lines and phase names for every athlete, and
// clearance_claim() reads each text word by word; remembering the clean ones checks each
// distinct text once per thread instead of once per plan (about 45% of a cohort's cycles before,
// docs/PERFORMANCE.md). Only clean texts are kept: a claim is reported every time.
//
// Bounded, and flat over a run of any length: long texts are not kept, and when the set holds
// `most_bytes` it forgets the texts not found again since they were added or last kept (a
// trickle particular to one athlete each), keeping the fixed texts every plan repeats; it starts
// from nothing only when the kept ones alone fill seven eighths of it. Each text is counted with
// its node's bookkeeping, so the bound is on memory, not only on characters. The fixed texts of
// the five bundled plans come to about 740 KiB counted so (1,844 texts, measured on 20,000
// synthetic athletes), under seven eighths of `most_bytes`, so they survive a pruning; the set
// fills within the first 20,000 or so athletes of a thread and stays at its bound after, so that
// memory is flat from there on (a larger set, still filling at 100,000 athletes, made a long
// cohort's memory grow: docs/PERFORMANCE.md).
class CleanTexts {
  public:
    // Whether `text` is known clean; remembers that it was found again.
    bool remembers(std::string_view text) {
        const auto found = texts_.find(text);
        if (found == texts_.end()) {
            return false;
        }
        found->second = true;
        return true;
    }
    void add(std::string_view text) {
        if (text.size() > longest) {
            return;
        }
        if (bytes_ + cost(text) > most_bytes) {
            forget_the_unused();
        }
        if (texts_.emplace(text, false).second) {
            bytes_ += cost(text);
        }
    }

  private:
    // Longer than any fixed text of the bundled plans: the longest, a 1,032-byte rationale line
    // of the protocol plugin that most plans carry, fell just past an earlier bound of 1,024 and
    // was read afresh for each plan, 14% of a cohort's instructions (docs/PERFORMANCE.md).
    static constexpr std::size_t longest = 4096;
    static constexpr std::size_t most_bytes = std::size_t{1} << 20;
    // What a text costs the table besides its characters: its slot (the key's std::string and
    // the flag, 40 bytes), the slot's byte of metadata, the free slots the table keeps beside it
    // (at most 7 in 8 are used) and the heap block's own bookkeeping: under 64 bytes.
    static constexpr std::size_t node_bytes = 64;
    static std::size_t cost(std::string_view text) { return text.size() + node_bytes; }

    void forget_the_unused() {
        boost::unordered::erase_if(texts_, [](const auto& entry) { return !entry.second; });
        bytes_ = 0;
        for (auto& [text, found_again] : texts_) {
            found_again = false;
            bytes_ += cost(text);
        }
        if (bytes_ > most_bytes / 8 * 7) {
            texts_.clear();
            bytes_ = 0;
        }
    }

    // XXH3 (xxHash, Collet) reads a text 16 to 64 bytes at a time: hashing every text of every
    // plan with std::hash, one 8-byte step at a time, was 5.3% of a cohort's instructions
    // (docs/PERFORMANCE.md). Its bits are well mixed, so the table takes them as they are.
    struct Hash {
        using is_transparent = void;
        using is_avalanching = void;
        std::size_t operator()(std::string_view text) const noexcept {
            return XXH3_64bits(text.data(), text.size());
        }
    };
    // Open addressing: a lookup reads one group of slots and compares the text only where the
    // hash matches. libstdc++'s std::unordered_map keeps no hash in its nodes when the hasher is
    // noexcept, so it hashed every text of a bucket again on each lookup and chased a pointer to
    // each: the set's lookups were some 15% of a cohort's cycles (docs/PERFORMANCE.md).
    boost::unordered_flat_map<std::string, bool, Hash, std::equal_to<>> texts_;
    std::size_t bytes_ = 0;
};

// Whether text[at, at + 10) is an ISO date, YYYY-MM-DD, with no letter or digit joined to it.
bool iso_date_at(std::string_view text, std::size_t at) {
    const auto digit = [&](std::size_t i) { return text[at + i] >= '0' && text[at + i] <= '9'; };
    const auto joined = [&](std::size_t i) {
        const auto c = static_cast<unsigned char>(text[i]);
        return std::isalnum(c) != 0;
    };
    return at + 10 <= text.size() && digit(0) && digit(1) && digit(2) && digit(3)
           && text[at + 4] == '-' && digit(5) && digit(6) && text[at + 7] == '-' && digit(8)
           && digit(9) && (at == 0 || !joined(at - 1))
           && (at + 10 == text.size() || !joined(at + 10));
}

// `text` with every ISO date written as 2000-01-01, in `out` (`text` itself when it holds none).
// Which day a date names says nothing of a clearance ("cleared on 2026-11-02" is a claim on any
// day), while the rationale lines that carry an athlete's dates are most of the texts no other
// plan shares: read alike, a cohort's plans bring about half the new text to read (measured in
// docs/PERFORMANCE.md). A date's first hyphen is its fifth character, so a date is tried only four
// characters before a hyphen; trying every character after the first date was 1.8% of a cohort's
// instructions.
std::string_view with_dates_alike(std::string_view text, std::string& out) {
    constexpr std::string_view any_date = "2000-01-01";
    const auto date_before = [](std::string_view in, std::size_t hyphen) {
        return hyphen >= 4 && iso_date_at(in, hyphen - 4);
    };
    std::size_t at = text.find('-');
    while (at != std::string_view::npos && !date_before(text, at)) {
        at = text.find('-', at + 1);
    }
    if (at == std::string_view::npos) {
        return text;
    }
    out.assign(text);
    for (; at != std::string_view::npos; at = out.find('-', at + 1)) {
        if (date_before(out, at)) {
            out.replace(at - 4, any_date.size(), any_date);
        }
    }
    return out;
}

// What one thread keeps from plan to plan to read their wording: the clean texts, and room to
// write a text with its dates alike. Reached once per plan (this_threads_wording_memory()): a
// thread_local of a shared library is reached through __tls_get_addr, and reaching two of them
// for every text of every plan was 2% of a cohort's instructions (docs/PERFORMANCE.md).
struct WordingMemory {
    CleanTexts clean;
    std::string dates_alike;
};

WordingMemory& this_threads_wording_memory() {
    thread_local WordingMemory memory;
    return memory;
}

// The claim in `text`, or "" (clearance_claim(), coach/sdk/wording.hpp), each clean text read
// once per thread (`memory`, this thread's), its dates read alike (with_dates_alike()). A claim
// found is quoted from `text` as written, with its own dates.
std::string claim_in(std::string_view text, WordingMemory& memory) {
    const auto read = with_dates_alike(text, memory.dates_alike);
    if (memory.clean.remembers(read)) {
        return {};
    }
    auto claim = clearance_claim(read);
    if (claim.empty()) {
        memory.clean.add(read);
        return claim;
    }
    if (read.data() != text.data()) {
        if (auto as_written = clearance_claim(text); !as_written.empty()) {
            return as_written;
        }
    }
    return claim;
}

class Problems {
  public:
    explicit Problems(WordingMemory& memory) : memory_(memory) {}
    void add(std::string pointer, std::string reason) {
        list_.push_back(std::move(pointer) + ": " + std::move(reason));
    }
    // `pointer()` builds the JSON pointer of `text`, only when there is a problem to report.
    template <class Pointer>
    void check_wording(std::string_view text, Pointer&& pointer) {
        if (const auto claim = claim_in(text, memory_); !claim.empty()) {
            add(std::forward<Pointer>(pointer)(),
                "says \"" + claim + "\"; plans estimate, a clinician clears");
        }
    }
    std::vector<std::string> take() { return std::move(list_); }

  private:
    WordingMemory& memory_;
    std::vector<std::string> list_;
};

// " on the day of injury", " 1 day after injury", " 2 days after injury". Appended piece by
// piece: `" " + std::to_string(...)` trips GCC 12's -Wrestrict false positive at -O3 (GCC PR
// 105329).
std::string when_after_injury(int days) {
    std::string text{" "};
    if (days == 0) {
        return text.append("on the day of injury");
    }
    text.append(std::to_string(days)).append(days == 1 ? " day" : " days");
    return text.append(" after injury");
}

// Strength work in the first days after injury (safety_gate.hpp, plan validity), as the SDK
// reads it (first_days_strength): each rule broken, named with its field, the load or the effort
// and the limit. `at()` is the item's pointer.
template <class Pointer>
void check_protected_strength(const Item& item, int since_injury, const Pointer& at,
                              Problems& problems) {
    const auto broken = first_days_strength(item);
    const auto days = [since_injury] { return when_after_injury(since_injury); };
    if (broken.eccentric) {
        problems.add(at(), "eccentric strength" + days());
        return;
    }
    if (broken.loaded) {
        std::string what{"strength work with a "};
        what.append(to_string(*item.load))
            .append(" load")
            .append(days())
            .append(": ")
            .append(to_string(heaviest_protected_load))
            .append(" only before day ")
            .append(std::to_string(protected_days));
        problems.add(at() + "/load", std::move(what));
    }
    if (broken.above_effort) {
        std::string what{"strength work at "};
        what.append(std::to_string(*item.intensity_pct))
            .append("% effort")
            .append(days())
            .append(": at most ")
            .append(std::to_string(highest_protected_effort_pct))
            .append("% before day ")
            .append(std::to_string(protected_days));
        problems.add(at() + "/intensity_pct", std::move(what));
    }
}

// Checks item `index` of the session whose JSON pointer is `session_at`. Pointers are built
// only for problems found.
void check_item(const Item& item, const std::string& session_at, std::size_t index,
                const Case& input, Date day, const PhilosophyInfo& info, Problems& problems) {
    const auto at = [&] { return session_at + "/items/" + std::to_string(index); };
    const auto known = category_of(item.exercise, info.exercises);
    if (!known) {
        problems.add(
            at() + "/exercise",
            "'" + item.exercise + "' is neither in the catalog nor declared by the plugin");
        return;
    }
    if (*known != item.category) {
        problems.add(at() + "/category", "'" + item.exercise + "' is "
                                             + std::string{to_string(*known)} + ", not "
                                             + std::string{to_string(item.category)});
        return;
    }
    const auto positive = [&](const std::optional<int>& value, std::string_view field) {
        if (value && *value <= 0) {
            problems.add(at() + "/" + std::string{field},
                         "must be positive, got " + std::to_string(*value));
        }
    };
    positive(item.sets, "sets");
    positive(item.reps, "reps");
    positive(item.distance_m, "distance_m");
    positive(item.duration_min, "duration_min");
    positive(item.hold_s, "hold_s");
    if (item.rest_s && *item.rest_s < 0) {
        problems.add(at() + "/rest_s", "must not be negative");
    }
    // Any stated volume will do (a drill dosed in reps): the gate asks that an item say how much,
    // not that it use its category's unit, which only the weekly dose series sums.
    if (!stated_dose(item)) {
        problems.add(at(), "no volume: " + std::string{to_string(item.category)} + " is dosed in "
                               + std::string{to_string(dose_unit(item.category))});
    }
    if (item.intensity_pct && (*item.intensity_pct < 0 || *item.intensity_pct > 100)) {
        problems.add(at() + "/intensity_pct",
                     "must be 0..100, got " + std::to_string(*item.intensity_pct));
    }
    if (const int since_injury = input.day_of_injury(day); since_injury < protected_days) {
        // Strength work gets the detailed message, naming the load or the effort.
        const bool strength = item.category == Category::strength_eccentric
                              || item.category == Category::strength_general
                              || item.category == Category::strength_isometric;
        if (strength) {
            check_protected_strength(item, since_injury, at, problems);
        } else if (std::string what{first_days_restriction(item)}; !what.empty()) {
            what.append(when_after_injury(since_injury));
            problems.add(at(), std::move(what));
        }
    }
    // Sprinting in the first days is refused above, whatever its speed.
    const bool refused_early =
        (item.category == Category::sprint && input.day_of_injury(day) < protected_days)
        || (item.intensity_pct && *item.intensity_pct > 100);
    if (!refused_early) {
        if (auto why = high_speed_restriction(item, input, day)) {
            problems.add(at() + "/intensity_pct", std::move(*why));
        }
    }
    problems.check_wording(item.cue, [&] { return at() + "/cue"; });
}

}  // namespace

std::optional<std::string> not_applicable_reason(const PhilosophyInfo& info,
                                                 const Athlete& athlete) {
    const auto& region = athlete.injury.region;
    if (std::find(info.injuries.begin(), info.injuries.end(), region) != info.injuries.end()) {
        return std::nullopt;
    }
    if (info.injuries.empty()) {
        return "'" + info.id
               + "' lists no injury region it covers; this record's injury region is \"" + region
               + "\"";
    }
    std::string covered;
    for (const auto& injury : info.injuries) {
        covered += (covered.empty() ? "" : ", ") + injury;
    }
    return "'" + info.id + "' covers " + covered
           + " injuries only; this record's injury region is \"" + region + "\"";
}

std::optional<std::string> uncovered_region(std::string_view region,
                                            const std::vector<std::string>& covered) {
    if (covered.empty() || std::find(covered.begin(), covered.end(), region) != covered.end()) {
        return std::nullopt;
    }
    std::vector<std::string_view> regions;
    std::string listed;
    for (const auto& name : covered) {
        if (std::find(regions.begin(), regions.end(), name) == regions.end()) {
            regions.emplace_back(name);
            listed += (listed.size() == 0 ? "" : ", ") + name;
        }
    }
    const auto first = region.find_first_not_of(" \t\r\n");
    std::string plain{first == std::string_view::npos
                          ? std::string_view{}
                          : region.substr(first, region.find_last_not_of(" \t\r\n") - first + 1)};
    std::transform(plain.begin(), plain.end(), plain.begin(), [](char c) {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    });
    std::string message =
        "no loaded philosophy covers the injury region \"" + std::string{region} + "\"";
    if (const auto* near = strict_json::closest(plain, regions)) {
        message += " (did you mean \"" + std::string{*near} + "\"?)";
    }
    return message + "; they cover " + listed;
}

const std::vector<std::string>& gate_sources() {
    static const std::vector<std::string> sources = {
        "coach safety gate (docs/DATA.md, \"Safety gate\"): red flags always win",
        "Heiderscheit BC, Sherry MA, Silder A, Chumanov ES, Thelen DG. Hamstring strain injuries: "
        "recommendations for diagnosis, rehabilitation, and injury prevention. J Orthop Sports "
        "Phys Ther. 2010;40(2):67-81",
        "Ahmad CS, Redler LH, Ciccotti MG, Maffulli N, Longo UG, Bradley J. Evaluation and "
        "management of hamstring injuries. Am J Sports Med. 2013;41(12):2933-2947",
        "Pollock N, James SLJ, Lee JC, Chakraverty R. British athletics muscle injury "
        "classification: a new grading system. Br J Sports Med. 2014;48(18):1347-1351"};
    return sources;
}

std::optional<std::string> metadata_problem(const PhilosophyInfo& info) {
    if (info.id.empty()) {
        return "id is empty";
    }
    for (const char c : info.id) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                             || c == '_' || c == ':' || c == '.';
        if (!allowed) {
            return "id '" + info.id + "' may hold only a-z, 0-9, '-', '_', ':' and '.'";
        }
    }
    if (info.version.empty()) {
        return "'" + info.id + "' has no version";
    }
    if (info.summary.empty()) {
        return "'" + info.id + "' has no summary";
    }
    if (info.sources.empty()) {
        return "'" + info.id + "' lists no sources";
    }
    if (info.pain_ceiling < 0 || info.pain_ceiling > highest_pain_ceiling) {
        return "'" + info.id + "' declares a pain ceiling of " + std::to_string(info.pain_ceiling)
               + "/10; the highest accepted is " + std::to_string(highest_pain_ceiling) + "/10";
    }
    for (const auto& declared : info.exercises) {
        if (find_exercise(declared.id) != nullptr) {
            return "'" + info.id + "' redeclares catalog exercise '" + declared.id + "'";
        }
    }
    return std::nullopt;
}

std::vector<std::string> plan_problems(const Plan& plan, const Case& input,
                                       const PhilosophyInfo& info) {
    Problems problems{this_threads_wording_memory()};
    if (plan.as_of != input.as_of) {
        problems.add("/as_of",
                     "is " + plan.as_of.iso() + ", the request was for " + input.as_of.iso());
    }
    if (plan.sources.empty()) {
        problems.add("/sources", "empty: every plan must say where its advice comes from");
    }
    const Phase* return_to_sport = nullptr;
    for (std::size_t p = 0; p < plan.phases.size(); ++p) {
        const auto& phase = plan.phases[p];
        const auto at = "/phases/" + std::to_string(p);
        if (phase.end < phase.start) {
            problems.add(at, "ends before it starts");
        }
        if (phase.return_to_sport && return_to_sport != nullptr) {
            problems.add(at + "/return_to_sport",
                         "a plan marks at most one phase as return to sport, and '"
                             + return_to_sport->name + "' already is");
        } else if (phase.return_to_sport) {
            return_to_sport = &phase;
        }
        problems.check_wording(phase.name, [&] { return at + "/name"; });
        problems.check_wording(phase.goal, [&] { return at + "/goal"; });
        for (const auto& criterion : phase.exit_criteria) {
            problems.check_wording(criterion, [&] { return at + "/exit_criteria"; });
        }
    }
    std::optional<Date> previous;
    for (std::size_t s = 0; s < plan.sessions.size(); ++s) {
        const auto& session = plan.sessions[s];
        const auto at = "/sessions/" + std::to_string(s);
        if (!input.in_horizon(session.date)) {
            problems.add(at + "/date", session.date.iso() + " is outside the horizon "
                                           + input.as_of.iso() + ".." + input.last_day().iso());
        }
        if (previous && session.date <= *previous) {
            problems.add(at + "/date",
                         session.date.iso() + " does not come after " + previous->iso());
        }
        previous = session.date;
        if (session.items.empty()) {
            problems.add(at + "/items", "empty: a rest day is a session with one rest item");
        }
        problems.check_wording(session.focus, [&] { return at + "/focus"; });
        for (std::size_t i = 0; i < session.items.size(); ++i) {
            check_item(session.items[i], at, i, input, session.date, info, problems);
        }
    }
    problems.check_wording(plan.maintenance, [] { return std::string{"/maintenance"}; });
    for (std::size_t r = 0; r < plan.rationale.size(); ++r) {
        problems.check_wording(plan.rationale[r],
                               [r] { return "/rationale/" + std::to_string(r); });
    }
    for (std::size_t r = 0; r < plan.referrals.size(); ++r) {
        problems.check_wording(plan.referrals[r].reason,
                               [r] { return "/referrals/" + std::to_string(r) + "/reason"; });
    }
    return problems.take();
}

}  // namespace coach::safety
