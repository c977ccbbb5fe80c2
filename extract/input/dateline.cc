#include "extract/input/dateline.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdio>
#include <utility>
#include <vector>

namespace geokg {

namespace {

constexpr size_t kHeadBytes = 1024;   // how far FindArticleDate looks
constexpr int kHeadLines = 6;         // non-empty lines it looks at
constexpr size_t kValueBytes = 256;   // how far ParseDate looks

struct Token {
  enum Kind { kNumber, kWord, kSpace, kNewline, kPunct } kind;
  std::string_view text;
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Length of the UTF-8 sequence starting with `lead` (1 for stray bytes).
size_t SequenceLength(unsigned char lead) {
  if (lead >= 0xF0 && lead < 0xF8) return 4;
  if (lead >= 0xE0) return lead < 0xF0 ? 3 : 1;
  if (lead >= 0xC0) return 2;
  return 1;
}

// Splits `text` into digit runs, ASCII letter runs, runs of horizontal space
// (including no-break space), newlines, and single other characters.
std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < text.size()) {
    size_t start = i;
    char c = text[i];
    Token::Kind kind;
    if (IsDigit(c)) {
      kind = Token::kNumber;
      while (i < text.size() && IsDigit(text[i])) ++i;
    } else if (IsAsciiLetter(c)) {
      kind = Token::kWord;
      while (i < text.size() && IsAsciiLetter(text[i])) ++i;
    } else if (c == '\n' || c == '\r') {
      kind = Token::kNewline;
      ++i;
    } else if (c == ' ' || c == '\t' || text.substr(i, 2) == "\xC2\xA0") {
      kind = Token::kSpace;
      while (i < text.size()) {
        if (text[i] == ' ' || text[i] == '\t') ++i;
        else if (text.substr(i, 2) == "\xC2\xA0") i += 2;
        else break;
      }
    } else {
      kind = Token::kPunct;
      i = std::min(text.size(), i + SequenceLength(static_cast<unsigned char>(c)));
    }
    tokens.push_back({kind, text.substr(start, i - start)});
  }
  return tokens;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
    if (x != b[i]) return false;
  }
  return true;
}

// 1..12 for a month name or its abbreviation ("Sep", "Sept", "September"), else 0.
int MonthOf(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (word.size() < 3) return 0;
  for (size_t m = 0; m < kMonths.size(); ++m) {
    if (word.size() <= kMonths[m].size() && EqualsIgnoreCase(word, kMonths[m].substr(0, word.size()))) {
      return static_cast<int>(m) + 1;
    }
  }
  return 0;
}

int NumberOf(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

bool IsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// "YYYY-MM-DD" when the parts form a real date of 1900..2100, else empty.
std::string FormatDate(int year, int month, int day) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return "";
  if (day > kDays[month - 1] || (month == 2 && day == 29 && !IsLeap(year))) return "";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

// Matches date patterns over the tokens of a short text.
class DateMatcher {
 public:
  explicit DateMatcher(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

  enum class Result { kNone, kDate, kYearless };

  // Tries every pattern at token `i`; on kDate fills *date.
  Result MatchAt(size_t i, std::string* date) const {
    if (Result r = MatchIso(i, date); r != Result::kNone) return r;
    if (Result r = MatchDayMonthYear(i, date); r != Result::kNone) return r;
    return MatchMonthDayYear(i, date);
  }

  const std::vector<Token>& tokens() const { return tokens_; }

 private:
  bool Is(size_t i, Token::Kind kind) const { return i < tokens_.size() && tokens_[i].kind == kind; }
  bool IsNumber(size_t i, size_t min_digits, size_t max_digits) const {
    return Is(i, Token::kNumber) && tokens_[i].text.size() >= min_digits &&
           tokens_[i].text.size() <= max_digits;
  }
  bool IsPunct(size_t i, std::string_view text) const {
    return Is(i, Token::kPunct) && tokens_[i].text == text;
  }

  // Index of the next token after the separators (spaces, one comma, one
  // dot) that may sit between the parts of a written date.
  size_t SkipSeparators(size_t i) const {
    int commas = 0, dots = 0;
    while (i < tokens_.size()) {
      if (Is(i, Token::kSpace)) ++i;
      else if (IsPunct(i, ",") && ++commas <= 1) ++i;
      else if (IsPunct(i, ".") && ++dots <= 1) ++i;
      else break;
    }
    return i;
  }

  // After a day number: skips an ordinal suffix ("21st").
  size_t SkipOrdinal(size_t i) const {
    if (Is(i, Token::kWord)) {
      std::string_view w = tokens_[i].text;
      if (EqualsIgnoreCase(w, "st") || EqualsIgnoreCase(w, "nd") || EqualsIgnoreCase(w, "rd") ||
          EqualsIgnoreCase(w, "th")) {
        return i + 1;
      }
    }
    return i;
  }

  // True when the token after a yearless "Sept 21" opens the rest of a
  // dateline: "(Wire)", "-", "–", "—".
  bool DatelineFollows(size_t i) const {
    while (Is(i, Token::kSpace) || IsPunct(i, ",")) ++i;
    return IsPunct(i, "(") || IsPunct(i, "-") || IsPunct(i, "\u2013") || IsPunct(i, "\u2014");
  }

  Result Finish(int year, int month, int day, std::string* date) const {
    std::string formatted = FormatDate(year, month, day);
    if (formatted.empty()) return Result::kNone;
    *date = std::move(formatted);
    return Result::kDate;
  }

  // 2015-09-21, 2015/09/21 (also the date of an ISO 8601 timestamp).
  Result MatchIso(size_t i, std::string* date) const {
    if (!IsNumber(i, 4, 4) || !Is(i + 1, Token::kPunct)) return Result::kNone;
    std::string_view sep = tokens_[i + 1].text;
    if (sep != "-" && sep != "/") return Result::kNone;
    if (!IsNumber(i + 2, 1, 2) || !IsPunct(i + 3, sep) || !IsNumber(i + 4, 1, 2)) return Result::kNone;
    return Finish(NumberOf(tokens_[i].text), NumberOf(tokens_[i + 2].text), NumberOf(tokens_[i + 4].text),
                  date);
  }

  // 21 September 2015, 21st of Sept. 2015, 21 Sep, 2015.
  Result MatchDayMonthYear(size_t i, std::string* date) const {
    if (!IsNumber(i, 1, 2)) return Result::kNone;
    size_t j = SkipSeparators(SkipOrdinal(i + 1));
    if (Is(j, Token::kWord) && EqualsIgnoreCase(tokens_[j].text, "of")) j = SkipSeparators(j + 1);
    if (!Is(j, Token::kWord)) return Result::kNone;
    int month = MonthOf(tokens_[j].text);
    if (month == 0) return Result::kNone;
    size_t k = SkipSeparators(j + 1);
    if (!IsNumber(k, 4, 4)) return DatelineFollows(j + 1) ? Result::kYearless : Result::kNone;
    return Finish(NumberOf(tokens_[k].text), month, NumberOf(tokens_[i].text), date);
  }

  // September 21, 2015; Sept. 21 2015.
  Result MatchMonthDayYear(size_t i, std::string* date) const {
    if (!Is(i, Token::kWord)) return Result::kNone;
    int month = MonthOf(tokens_[i].text);
    if (month == 0) return Result::kNone;
    size_t j = SkipSeparators(i + 1);
    if (!IsNumber(j, 1, 2)) return Result::kNone;
    size_t after_day = SkipOrdinal(j + 1);
    size_t k = SkipSeparators(after_day);
    if (!IsNumber(k, 4, 4)) return DatelineFollows(after_day) ? Result::kYearless : Result::kNone;
    return Finish(NumberOf(tokens_[k].text), month, NumberOf(tokens_[j].text), date);
  }

  std::vector<Token> tokens_;
};

// The first date of `text`; with stop_at_yearless, a yearless dateline ends
// the search first.
std::string FirstDate(std::string_view text, bool stop_at_yearless) {
  DateMatcher matcher(Tokenize(text));
  const auto& tokens = matcher.tokens();
  for (size_t i = 0; i < tokens.size(); ++i) {
    // A pattern starts at a number or word that does not continue another one
    // ("A2015-09-21" or "x21 September" are not dates).
    if (tokens[i].kind != Token::kNumber && tokens[i].kind != Token::kWord) continue;
    if (i > 0 && (tokens[i - 1].kind == Token::kNumber || tokens[i - 1].kind == Token::kWord)) continue;
    std::string date;
    switch (matcher.MatchAt(i, &date)) {
      case DateMatcher::Result::kDate: return date;
      case DateMatcher::Result::kYearless:
        if (stop_at_yearless) return "";
        break;
      case DateMatcher::Result::kNone: break;
    }
  }
  return "";
}

}  // namespace

std::string FindArticleDate(std::string_view text) {
  // The head: the first kHeadLines non-empty lines, within kHeadBytes.
  size_t end = 0;
  int lines = 0;
  while (end < text.size() && end < kHeadBytes && lines < kHeadLines) {
    size_t newline = text.find('\n', end);
    size_t line_end = newline == std::string_view::npos ? text.size() : newline;
    if (text.substr(end, line_end - end).find_first_not_of(" \t\r") != std::string_view::npos) ++lines;
    end = newline == std::string_view::npos ? text.size() : newline + 1;
  }
  end = std::min(end, kHeadBytes);
  return FirstDate(text.substr(0, end), /*stop_at_yearless=*/true);
}

std::string ParseDate(std::string_view value) {
  return FirstDate(value.substr(0, std::min(value.size(), kValueBytes)), /*stop_at_yearless=*/false);
}

}  // namespace geokg
