// The HTML report as a browser sees it: headless Chromium renders `coach compare --format html`
// of the sample athlete with the bundled plugins, takes a screenshot and dumps the DOM.
// Registered only when /usr/bin/chromium exists (scripts/setup --browser installs it).
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <filesystem>

#include "support.hpp"

namespace fs = std::filesystem;

namespace {

const std::string sample = COACH_EXAMPLES_DIR "/athletes/sample.json";
const fs::path artifacts = COACH_BROWSER_ARTIFACTS_DIR;

// Headless Chromium on `page` with a fresh profile and nothing that reaches the network.
// Returns its exit status; what it prints goes to `stdout_file`, its complaints to `log`.
int chromium(const std::string& what, const fs::path& page, const fs::path& stdout_file,
             const fs::path& log) {
    static int runs = 0;
    const auto profile =
        fs::temp_directory_path()
        / ("coach-chromium-" + std::to_string(getpid()) + "-" + std::to_string(runs++));
    fs::remove_all(profile);
    const std::string command =
        "timeout 300 /usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-quic "
        "--no-first-run --disable-background-networking --disable-component-update --disable-sync "
        "--user-data-dir="
        + profile.string() + " " + what + " --window-size=1280,4000 file://" + page.string() + " >"
        + stdout_file.string() + " 2>>" + log.string();
    const int status = std::system(command.c_str());
    fs::remove_all(profile);
    return status;
}

struct PngSize {
    std::uint32_t width = 0;
    std::uint32_t height = 0;
};

// Width and height from the IHDR chunk that must follow the PNG signature.
std::optional<PngSize> png_size(const std::string& bytes) {
    static constexpr std::string_view signature{"\x89PNG\r\n\x1a\n", 8};
    if (bytes.size() < 24 || bytes.compare(0, 8, signature) != 0
        || bytes.compare(12, 4, "IHDR") != 0) {
        return std::nullopt;
    }
    const auto big_endian = [&bytes](std::size_t at) {
        std::uint32_t value = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            value = value << 8 | static_cast<unsigned char>(bytes[at + i]);
        }
        return value;
    };
    return PngSize{big_endian(16), big_endian(20)};
}

// Copies `file` into the artifacts folder as `name`, atomically, as parallel runs may race.
void keep(const fs::path& file, const std::string& name) {
    const auto partial = artifacts / (name + ".partial-" + std::to_string(getpid()));
    fs::copy_file(file, partial, fs::copy_options::overwrite_existing);
    fs::rename(partial, artifacts / name);
}

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t found = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
        ++found;
    }
    return found;
}

class HtmlReport : public ::testing::Test {
  protected:
    // Renders once for every test of the suite: the report, its screenshot and its DOM.
    static void SetUpTestSuite() {
        fs::create_directories(artifacts);
        work_ = fs::temp_directory_path() / ("coach-html-report-" + std::to_string(getpid()));
        fs::create_directories(work_);
        const auto report = work_ / "report.html";
        compare_ =
            coach::test::run_coach("compare " + sample + " --format html -o " + report.string());
        if (compare_.exit_code != 0) {
            return;
        }
        keep(report, "report.html");
        const auto log = work_ / "chromium.log";
        screenshot_status_ = chromium("--screenshot=" + (work_ / "report.png").string(), report,
                                      work_ / "screenshot.out", log);
        dom_status_ = chromium("--dump-dom", report, work_ / "dom.html", log);
        keep(log, "chromium.log");
        if (fs::exists(work_ / "report.png")) {
            screenshot_ = coach::test::read_file(work_ / "report.png");
            // Kept in the build tree (tests/browser/report.png) for a person to look at.
            keep(work_ / "report.png", "report.png");
        }
        if (fs::exists(work_ / "dom.html")) {
            dom_ = coach::test::read_file(work_ / "dom.html");
        }
    }

    static void TearDownTestSuite() { fs::remove_all(work_); }

    void SetUp() override { ASSERT_EQ(compare_.exit_code, 0) << compare_.err; }

    static inline fs::path work_;
    static inline coach::test::CommandResult compare_;
    static inline int screenshot_status_ = -1;
    static inline int dom_status_ = -1;
    static inline std::string screenshot_;
    static inline std::string dom_;
};

}  // namespace

TEST_F(HtmlReport, chromium_renders_a_full_size_screenshot_with_content) {
    ASSERT_EQ(screenshot_status_, 0) << "see " << (artifacts / "chromium.log");
    const auto size = png_size(screenshot_);
    ASSERT_TRUE(size) << "not a PNG: " << screenshot_.size() << " bytes";
    EXPECT_EQ(size->width, 1280u);
    EXPECT_EQ(size->height, 4000u);
    // A blank page of this size compresses to about 23 kB; text, bars and lanes take far more.
    EXPECT_GT(screenshot_.size(), 100'000u);
}

TEST_F(HtmlReport, the_rendered_page_shows_every_philosophy_compared) {
    ASSERT_EQ(dom_status_, 0) << "see " << (artifacts / "chromium.log");
    ASSERT_FALSE(dom_.empty());
    const auto& loaded = coach::test::bundled_engine().list();
    for (const auto* bundled : {"eccentric-strength", "sprint-manual", "stretch-ice"}) {
        EXPECT_TRUE(std::any_of(loaded.begin(), loaded.end(),
                                [&](const auto& plugin) { return plugin.info.id == bundled; }))
            << bundled << " is not built";
    }
    for (const auto& plugin : loaded) {
        // Its plan section's heading, and its lane, legend and metrics column.
        EXPECT_NE(dom_.find("</span>" + plugin.info.id + " <span class=\"version\">"),
                  std::string::npos)
            << plugin.info.id;
        EXPECT_GE(count(dom_, ">" + plugin.info.id + "<"), 3u) << plugin.info.id;
    }
}

TEST_F(HtmlReport, the_rendered_page_has_one_chart_per_required_dose_group) {
    ASSERT_EQ(dom_status_, 0);
    for (const auto* group : {"strength", "isometric", "sprint", "manual_therapy", "stretch", "ice",
                              "cross_training"}) {
        EXPECT_EQ(count(dom_, "data-chart=\"" + std::string{group} + "\""), 1u) << group;
    }
    EXPECT_NE(dom_.find("<figure class=\"timeline\""), std::string::npos);
    // Every return to sport needs a clinician's sign-off; "criteria met" only beside a measured
    // one, and the sample's are estimates (docs/DATA.md, "Milestones").
    EXPECT_NE(dom_.find("clinician sign-off required"), std::string::npos);
}

TEST_F(HtmlReport, the_rendered_page_refers_to_nothing_on_the_network) {
    ASSERT_EQ(dom_status_, 0);
    std::string lower = dom_;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    EXPECT_EQ(lower.find("http"), std::string::npos)
        << lower.substr(lower.find("http") > 80 ? lower.find("http") - 80 : 0, 160);
    EXPECT_EQ(lower.find("<script"), std::string::npos);
}
