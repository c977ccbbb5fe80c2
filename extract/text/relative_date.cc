#include "extract/text/relative_date.h"

#include <array>
#include <chrono>
#include <cstdio>

namespace geokg {
namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month_day;

bool ParseIso(const std::string& text, year_month_day* out) {
  int y = 0;
  unsigned m = 0, d = 0;
  if (text.size() != 10 || std::sscanf(text.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3) return false;
  *out = year_month_day{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  return out->ok();
}

std::string FormatIso(const year_month_day& date) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buf;
}

int WeekdayIndex(const std::string& lower) {
  static const std::array<const char*, 7> kDays = {"sunday",   "monday", "tuesday", "wednesday",
                                                   "thursday", "friday", "saturday"};
  for (size_t i = 0; i < kDays.size(); ++i) {
    if (lower == kDays[i]) return static_cast<int>(i);
  }
  return -1;
}

int MonthIndex(const std::string& lower) {
  static const std::array<const char*, 12> kMonths = {"january", "february", "march",     "april",
                                                      "may",     "june",     "july",      "august",
                                                      "september", "october", "november", "december"};
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (lower == kMonths[i]) return static_cast<int>(i) + 1;
  }
  return 0;
}

}  // namespace

std::string ResolveEventDate(const std::vector<Token>& t, const std::string& article_date) {
  year_month_day base;
  if (!ParseIso(article_date, &base)) return article_date;
  sys_days day = sys_days{base};
  for (size_t i = 0; i < t.size(); ++i) {
    const std::string& w = t[i].lower;
    const std::string next = i + 1 < t.size() ? t[i + 1].lower : "";
    if (w == "yesterday") return FormatIso(year_month_day{day - days{1}});
    if ((w == "on" || w == "last") && WeekdayIndex(next) >= 0) {
      // The latest such weekday on or before the article date ("last" goes back a week more).
      unsigned today = std::chrono::weekday{day}.c_encoding();
      int back = (static_cast<int>(today) - WeekdayIndex(next) + 7) % 7;
      if (w == "last" && back == 0) back = 7;
      return FormatIso(year_month_day{day - days{back}});
    }
    if (w == "last" && next == "week") return FormatIso(year_month_day{day - days{7}});
    if (w == "last" && next == "month") {
      auto ym = base.year() / base.month() - std::chrono::months{1};
      return FormatIso(year_month_day{ym / std::chrono::day{1}});
    }
    if (w == "last" && next == "year") return FormatIso(year_month_day{(base.year() - std::chrono::years{1}) / 1 / 1});
    if (w == "in" && MonthIndex(next) > 0 && t[i + 1].capitalized) {
      // "in August" without a year: the latest August not after the article date.
      bool year_follows = i + 2 < t.size() && t[i + 2].text.size() == 4 && std::isdigit(static_cast<unsigned char>(t[i + 2].text[0]));
      auto month = std::chrono::month{static_cast<unsigned>(MonthIndex(next))};
      auto year = base.year();
      if (year_follows) {
        year = std::chrono::year{std::stoi(t[i + 2].text)};
      } else if (month > base.month()) {
        year -= std::chrono::years{1};
      }
      return FormatIso(year_month_day{year / month / 1});
    }
  }
  return article_date;
}

}  // namespace geokg
