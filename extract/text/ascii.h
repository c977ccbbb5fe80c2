// Small ASCII text helpers shared by the dictionary readers.
#pragma once

#include <cctype>
#include <string>
#include <string_view>

namespace geokg {

// `s` with ASCII letters lower-cased; other bytes (UTF-8 included) unchanged.
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// `s` without leading and trailing spaces, tabs and carriage returns.
inline std::string TrimBlanks(std::string_view s) {
  size_t a = s.find_first_not_of(" \t\r");
  if (a == std::string_view::npos) return "";
  size_t b = s.find_last_not_of(" \t\r");
  return std::string(s.substr(a, b - a + 1));
}

}  // namespace geokg
