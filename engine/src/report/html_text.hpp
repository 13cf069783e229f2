#pragma once

#include <string>
#include <string_view>

#include "coach/sdk/date.hpp"

// Small text helpers shared by the HTML report's parts.
namespace coach::report::html {

// `text` safe inside HTML and SVG text and attribute values: control and invisible format
// characters escaped by printable() (printable.hpp; "\u202e" and the like, as the text reports
// show them), then & < > " ' escaped.
std::string escape(std::string_view text);

// An id or enum spelling for people: underscores become spaces ("biceps_femoris_long_head" ->
// "biceps femoris long head").
std::string words(std::string_view id);

// "5 Oct" and "Mon 5 Oct": dates on axes and in day-by-day tables.
std::string day_month(Date day);
std::string weekday_day_month(Date day);
std::string_view weekday_name(Date day);

// `text` cut to at most `max_chars` characters (UTF-8 aware), ending in an ellipsis when cut.
std::string shorten(std::string_view text, std::size_t max_chars);

// Characters of UTF-8 text, for estimating how wide a label will be.
std::size_t char_count(std::string_view text);

// An SVG coordinate with one decimal, the same in every locale ("12.5").
std::string coordinate(double value);

}  // namespace coach::report::html
