#include "graph/id_escape.h"

namespace geokg {

size_t Utf8SequenceAt(std::string_view text, size_t i, uint32_t* cp, size_t* subpart) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char b0 = byte(i);
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  // The length and the range of the second byte depend on the first.
  size_t length = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  }
  size_t good = 1;  // the lead byte and the continuation bytes in range after it
  uint32_t value = length > 0 ? b0 & (0x7F >> length) : 0;
  while (length > 0 && good < length && i + good < text.size()) {
    unsigned char b = byte(i + good);
    if (b < (good == 1 ? lo : 0x80) || b > (good == 1 ? hi : 0xBF)) break;
    value = (value << 6) | (b & 0x3F);
    ++good;
  }
  if (length > 0 && good == length) {
    *cp = value;
    return length;
  }
  if (subpart) *subpart = good;
  return 0;
}

namespace {

bool NeedsEscape(std::string_view id, bool (*carries)(uint32_t)) {
  if (id.find("\\x") != std::string_view::npos) return true;
  for (size_t i = 0; i < id.size();) {
    uint32_t cp = 0;
    size_t length = Utf8SequenceAt(id, i, &cp);
    if (length == 0 || !carries(cp)) return true;
    i += length;
  }
  return false;
}

void AppendHexBytes(std::string_view bytes, std::string* out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (char c : bytes) {
    auto b = static_cast<unsigned char>(c);
    *out += "\\x";
    *out += kHex[b >> 4];
    *out += kHex[b & 0xF];
  }
}

}  // namespace

std::string EscapeId(std::string_view id, bool (*carries)(uint32_t cp)) {
  if (!NeedsEscape(id, carries)) return std::string(id);
  std::string out;
  for (size_t i = 0; i < id.size();) {
    uint32_t cp = 0;
    size_t length = Utf8SequenceAt(id, i, &cp);
    if (length == 0) {
      AppendHexBytes(id.substr(i, 1), &out);
      i += 1;
    } else if (!carries(cp)) {
      AppendHexBytes(id.substr(i, length), &out);
      i += length;
    } else {
      if (cp == '\\') out += '\\';
      out += id.substr(i, length);
      i += length;
    }
  }
  return out;
}

}  // namespace geokg
