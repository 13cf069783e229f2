#pragma once

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace coach {

// A calendar day, stored as days since 1970-01-01. Cheap to copy and compare; all plan
// arithmetic (phases, milestones, day offsets) is done in whole days.
class Date {
  public:
    constexpr Date() = default;

    static constexpr Date from_days(int days_since_epoch) {
        Date date;
        date.days_ = days_since_epoch;
        return date;
    }

    // Nullopt unless `year`-`month`-`day` is a real calendar day.
    static constexpr std::optional<Date> from_ymd(int year, unsigned month, unsigned day) {
        const std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{month},
                                              std::chrono::day{day}};
        if (!ymd.ok()) {
            return std::nullopt;
        }
        return from_days(static_cast<int>(std::chrono::sys_days{ymd}.time_since_epoch().count()));
    }

    // The numbers of a text shaped exactly `YYYY-MM-DD`, whether or not they name a real day
    // ("2026-02-30" gives 2026, 2, 30); nullopt for any other shape.
    struct Fields {
        int year = 0;
        unsigned month = 0;
        unsigned day = 0;
    };
    static constexpr std::optional<Fields> fields(std::string_view iso) {
        if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') {
            return std::nullopt;
        }
        Fields fields;
        for (std::size_t i = 0; i < iso.size(); ++i) {
            if (i == 4 || i == 7) {
                continue;
            }
            if (iso[i] < '0' || iso[i] > '9') {
                return std::nullopt;
            }
            const auto digit = static_cast<unsigned>(iso[i] - '0');
            if (i < 4) {
                fields.year = fields.year * 10 + static_cast<int>(digit);
            } else if (i < 7) {
                fields.month = fields.month * 10 + digit;
            } else {
                fields.day = fields.day * 10 + digit;
            }
        }
        return fields;
    }

    // Parses exactly `YYYY-MM-DD`; nullopt for any other shape or for an impossible day.
    static constexpr std::optional<Date> parse(std::string_view iso) {
        const auto shaped = fields(iso);
        return shaped ? from_ymd(shaped->year, shaped->month, shaped->day) : std::nullopt;
    }

    constexpr int days_since_epoch() const { return days_; }

    constexpr std::chrono::year_month_day ymd() const {
        return std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{days_}}};
    }

    // 0 = Monday ... 6 = Sunday.
    constexpr unsigned weekday_index() const {
        return std::chrono::weekday{std::chrono::sys_days{std::chrono::days{days_}}}.iso_encoding()
               - 1;
    }

    std::string iso() const {
        const auto date = ymd();
        const int year = static_cast<int>(date.year());
        const auto month = static_cast<unsigned>(date.month());
        const auto day = static_cast<unsigned>(date.day());
        std::string text(10, '0');
        auto put = [&text](std::size_t at, unsigned value, std::size_t width) {
            for (std::size_t i = 0; i < width; ++i) {
                text[at + width - 1 - i] = static_cast<char>('0' + value % 10);
                value /= 10;
            }
        };
        put(0, static_cast<unsigned>(year), 4);
        text[4] = '-';
        put(5, month, 2);
        text[7] = '-';
        put(8, day, 2);
        return text;
    }

    friend constexpr Date operator+(Date date, int days) { return from_days(date.days_ + days); }
    friend constexpr Date operator-(Date date, int days) { return from_days(date.days_ - days); }
    // Whole days from `earlier` to `later` (negative when `later` comes first).
    friend constexpr int operator-(Date later, Date earlier) { return later.days_ - earlier.days_; }
    Date& operator+=(int days) {
        days_ += days;
        return *this;
    }
    friend constexpr auto operator<=>(Date, Date) = default;

  private:
    int days_ = 0;
};

// The last day a record or a plan can hold: dates are written YYYY-MM-DD.
inline constexpr Date last_writable_date = *Date::from_ymd(9999, 12, 31);

}  // namespace coach
