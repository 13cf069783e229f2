// Every plan byte for byte as recorded: the guard under the performance work of issue 19, which
// rebuilds how plans are held, checked, sent and written, and must change none of them.
//
// The record, tests/fixtures/golden/:
//  - digests.tsv: a header row naming the philosophies, then a row per athlete (the SDK's
//    reference athletes, the sample athlete, then synthetic athletes 1..1000 of seed 1) with
//    the digest of each philosophy's plan, of the whole comparison and of the athlete's
//    `coach cohort` line;
//  - reference/<athlete file>: what `coach compare --format json` prints for each reference
//    athlete and the sample, library digests emptied, in full, so that a difference can be read,
//    not only detected.
//
// A plan is its coach.plan/1 JSON (json::encode_plan) with philosophy.library_sha256 emptied:
// that digest changes with every build of a plugin, not with what the plugin plans. A
// philosophy that fails is recorded as "error: " and its message. A digest is the first 64
// bits of the SHA-256 of those bytes, in hex: this detects change, it does not defend against
// forgery, and an accidental change slips through with odds of one in 2^64.
//
// To record anew, after a change meant to change plans (say, a protocol revised):
//     scripts/record-golden
// which runs this test with COACH_RECORD_GOLDEN=1; then review `git diff tests/fixtures/golden`.
#include <gtest/gtest.h>
#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "coach/synthetic.hpp"
#include "support.hpp"

namespace coach::test {
namespace {

namespace fs = std::filesystem;

constexpr std::uint64_t synthetic_seed = 1;
constexpr std::uint64_t synthetic_count = 1000;

fs::path golden_dir() {
    return fixture("golden");
}

bool recording() {
    const char* value = std::getenv("COACH_RECORD_GOLDEN");
    return value != nullptr && std::string_view{value} == "1";
}

// The first 64 bits of the SHA-256 of `bytes`, as 16 lower-case hex digits.
std::string digest(std::string_view bytes) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> sum{};
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), sum.data(), &length, EVP_sha256(), nullptr) != 1) {
        throw std::runtime_error("SHA-256 is not available");
    }
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    for (unsigned int i = 0; i < 8; ++i) {
        out += digits[sum[i] >> 4];
        out += digits[sum[i] & 0x0f];
    }
    return out;
}

struct GoldenAthlete {
    std::string name;  // the reference file's name, or the synthetic record's id
    json::AthleteFile file;
    fs::path path;  // a reference athlete's file; empty for a synthetic one
};

// The reference athletes (sorted by file name), the sample athlete, then the synthetic ones.
std::vector<GoldenAthlete> golden_athletes() {
    std::vector<GoldenAthlete> athletes;
    std::vector<fs::path> references;
    for (const auto& entry : fs::directory_iterator(COACH_SDK_REFERENCE_ATHLETES_DIR)) {
        if (entry.path().extension() == ".json") {
            references.push_back(entry.path());
        }
    }
    std::sort(references.begin(), references.end());
    references.push_back(fs::path{COACH_EXAMPLES_DIR} / "athletes" / "sample.json");
    for (const auto& path : references) {
        auto decoded = json::decode_athlete(read_file(path));
        if (!decoded.value) {
            throw std::runtime_error(path.string() + " does not decode");
        }
        athletes.push_back({path.filename().string(), std::move(*decoded.value), path});
    }
    std::ostringstream population;
    synthetic::write_population(population, synthetic_count, synthetic_seed);
    std::istringstream lines{population.str()};
    for (std::string line; std::getline(lines, line);) {
        auto decoded = json::decode_athlete(line);
        if (!decoded.value) {
            throw std::runtime_error("a synthetic record does not decode: " + line);
        }
        auto name = decoded.value->athlete.id;
        athletes.push_back({std::move(name), std::move(*decoded.value), {}});
    }
    return athletes;
}

// The comparison with every plan's library digest emptied (see the top of the file).
Comparison canonical_comparison(const GoldenAthlete& athlete) {
    auto comparison = bundled_engine().compare(athlete.file.athlete, athlete.file.request);
    for (auto& entry : comparison.entries) {
        if (entry.outcome.plan) {
            entry.outcome.plan->philosophy.library_sha256.clear();
        }
    }
    return comparison;
}

// Each athlete's `coach cohort` result line, in athlete order.
std::vector<std::string> cohort_lines(const std::vector<GoldenAthlete>& athletes) {
    const TemporaryFolder folder{"golden-cohort"};
    {
        std::ofstream input{folder / "in.jsonl"};
        for (const auto& athlete : athletes) {
            input << json::encode_athlete(athlete.file.athlete, athlete.file.request) << '\n';
        }
    }
    const auto result =
        run_coach("cohort " + (folder / "in.jsonl") + " -o " + (folder / "out.jsonl"));
    if (result.exit_code != 0) {
        throw std::runtime_error("coach cohort exited " + std::to_string(result.exit_code) + ": "
                                 + result.err);
    }
    auto found = lines(read_file(folder / "out.jsonl"));
    if (found.size() != athletes.size()) {
        throw std::runtime_error("coach cohort wrote " + std::to_string(found.size())
                                 + " lines for " + std::to_string(athletes.size()) + " athletes");
    }
    return found;
}

// What `coach compare --format json` prints for the athlete in `path`, every library digest
// emptied.
std::string compare_json(const fs::path& path) {
    const auto result = run_coach("compare " + path.string() + " --format json");
    if (result.exit_code != 0) {
        throw std::runtime_error("coach compare " + path.string() + " exited "
                                 + std::to_string(result.exit_code) + ": " + result.err);
    }
    static const std::regex library_digest{R"re("library_sha256": "[0-9a-f]*")re"};
    return std::regex_replace(result.out, library_digest, R"("library_sha256": "")");
}

struct Table {
    std::vector<std::string> columns;            // "athlete", the philosophies, then the rest
    std::vector<std::vector<std::string>> rows;  // one per athlete, cells in column order
    std::vector<std::pair<std::string, std::string>> references;  // file name, compare JSON
};

Table compute(const std::vector<GoldenAthlete>& athletes) {
    Table table;
    table.columns.push_back("athlete");
    for (const auto& record : bundled_engine().list()) {
        table.columns.push_back(record.info.id);
    }
    table.columns.push_back("(comparison)");
    table.columns.push_back("(cohort)");
    const auto cohort = cohort_lines(athletes);
    for (std::size_t i = 0; i < athletes.size(); ++i) {
        const auto& athlete = athletes[i];
        const auto comparison = canonical_comparison(athlete);
        std::vector<std::string> row{athlete.name};
        for (const auto& entry : comparison.entries) {
            row.push_back(digest(entry.outcome.plan ? json::encode_plan(*entry.outcome.plan)
                                                    : "error: " + entry.outcome.error));
        }
        const auto compact = json::encode_comparison(comparison);
        row.push_back(digest(compact));
        row.push_back(digest(cohort[i]));
        table.rows.push_back(std::move(row));
        if (!athlete.path.empty()) {
            table.references.emplace_back(athlete.name, compare_json(athlete.path));
        }
    }
    return table;
}

std::string joined(const std::vector<std::string>& cells) {
    std::string out;
    for (const auto& cell : cells) {
        out += (out.empty() ? "" : "\t") + cell;
    }
    return out;
}

std::vector<std::string> split(const std::string& line) {
    std::vector<std::string> cells;
    std::istringstream in{line};
    for (std::string cell; std::getline(in, cell, '\t');) {
        cells.push_back(cell);
    }
    return cells;
}

void record(const Table& table) {
    fs::create_directories(golden_dir() / "reference");
    std::ofstream digests{golden_dir() / "digests.tsv"};
    digests << joined(table.columns) << '\n';
    for (const auto& row : table.rows) {
        digests << joined(row) << '\n';
    }
    for (const auto& [name, text] : table.references) {
        std::ofstream{golden_dir() / "reference" / name} << text;
    }
}

// Where `actual` first departs from `expected`: "line N: expected ... got ...".
std::string first_difference(const std::string& expected, const std::string& actual) {
    const auto want = lines(expected);
    const auto got = lines(actual);
    for (std::size_t i = 0; i < std::max(want.size(), got.size()); ++i) {
        const auto* a = i < want.size() ? &want[i] : nullptr;
        const auto* b = i < got.size() ? &got[i] : nullptr;
        if (a == nullptr || b == nullptr || *a != *b) {
            return "line " + std::to_string(i + 1) + ": recorded " + (a ? *a : "(end)") + "\n  now "
                   + (b ? *b : "(end)");
        }
    }
    return "the same lines, different line endings";
}

class GoldenPlans : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        table_ = new Table(compute(golden_athletes()));
        if (recording()) {
            record(*table_);
        }
    }
    static void TearDownTestSuite() {
        delete table_;
        table_ = nullptr;
    }
    void SetUp() override {
        if (recording()) {
            GTEST_SKIP() << "recorded " << table_->rows.size() << " athletes to "
                         << golden_dir().string();
        }
    }

    static Table* table_;
};

Table* GoldenPlans::table_ = nullptr;

TEST_F(GoldenPlans, every_plan_comparison_and_cohort_line_is_byte_for_byte_as_recorded) {
    std::ifstream in{golden_dir() / "digests.tsv"};
    ASSERT_TRUE(in) << "no golden record; run scripts/record-golden";
    std::string line;
    std::getline(in, line);
    ASSERT_EQ(split(line), table_->columns)
        << "the philosophies differ from those recorded; if that is meant, run "
           "scripts/record-golden";
    std::size_t differing = 0;
    std::string first;
    std::size_t row = 0;
    for (; std::getline(in, line); ++row) {
        const auto recorded = split(line);
        if (row >= table_->rows.size()) {
            break;
        }
        const auto& now = table_->rows[row];
        ASSERT_EQ(recorded.size(), now.size()) << "golden row " << row + 2 << " is malformed";
        ASSERT_EQ(recorded[0], now[0]) << "the athletes differ from those recorded";
        bool differs = false;
        for (std::size_t column = 1; column < now.size(); ++column) {
            if (recorded[column] != now[column]) {
                differs = true;
                if (first.empty()) {
                    first = "athlete " + now[0] + ", " + table_->columns[column];
                }
            }
        }
        differing += differs ? 1 : 0;
    }
    EXPECT_EQ(row, table_->rows.size()) << "the golden record has a different number of athletes";
    if (differing != 0) {
        ADD_FAILURE() << differing << " of " << table_->rows.size()
                      << " athletes differ from the golden record; the first: " << first
                      << "\n(if the change is meant, run scripts/record-golden)";
    }
}

TEST_F(GoldenPlans, reference_athletes_compare_json_is_byte_for_byte_as_recorded) {
    for (const auto& [name, text] : table_->references) {
        const auto path = golden_dir() / "reference" / name;
        ASSERT_TRUE(fs::exists(path)) << path << " is missing; run scripts/record-golden";
        const auto recorded = read_file(path);
        if (recorded != text) {
            ADD_FAILURE() << name
                          << ": coach compare --format json differs from the golden record at "
                          << first_difference(recorded, text);
        }
    }
}

}  // namespace
}  // namespace coach::test
