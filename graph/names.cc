#include "graph/names.h"

#include <utf8proc.h>

#include <cstdlib>

namespace geokg {

namespace {

// Copies the valid UTF-8 sequences of `text`, dropping invalid bytes.
std::string ValidBytes(std::string_view text) {
  std::string valid;
  valid.reserve(text.size());
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) n = 1;
    else valid.append(reinterpret_cast<const char*>(p), static_cast<size_t>(n));
    p += n;
    left -= n;
  }
  return valid;
}

}  // namespace

std::string NormalizeName(std::string_view name, bool strip_marks) {
  int options = UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE | UTF8PROC_IGNORE | UTF8PROC_STABLE;
  if (strip_marks) options |= UTF8PROC_STRIPMARK;
  std::string valid = ValidBytes(name);
  utf8proc_uint8_t* mapped = nullptr;
  utf8proc_ssize_t mapped_len = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(valid.data()),
                                             static_cast<utf8proc_ssize_t>(valid.size()), &mapped,
                                             static_cast<utf8proc_option_t>(options));
  if (mapped_len < 0) return std::string();
  std::string out;
  out.reserve(static_cast<size_t>(mapped_len));
  bool pending_space = false;
  const utf8proc_uint8_t* p = mapped;
  utf8proc_ssize_t left = mapped_len;
  while (left > 0) {
    utf8proc_int32_t c = 0;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &c);
    if (n <= 0) break;
    utf8proc_category_t cat = utf8proc_category(c);
    bool is_word = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
                   (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME) ||
                   (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO) || c == '&';
    if (!is_word) {
      pending_space = !out.empty();
    } else {
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.append(reinterpret_cast<const char*>(p), static_cast<size_t>(n));
    }
    p += n;
    left -= n;
  }
  std::free(mapped);
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

bool IsValidUtf8(std::string_view text) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
  while (left > 0) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) return false;
    p += n;
    left -= n;
  }
  return true;
}

}  // namespace geokg
