// Writing actor ids into formats that cannot carry every byte (DOT node
// names, XML attributes) without making two ids the same.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace geokg {

// The length of the well-formed UTF-8 sequence at text[i] (Unicode table
// 3-7: no overlongs, surrogates or code points above U+10FFFF) with its code
// point in *cp, or 0 when the byte at i starts none; then, when `subpart` is
// given, *subpart is the length (>= 1) of the maximal subpart of an ill-formed
// sequence there, the bytes that one U+FFFD replaces (Unicode's practice).
size_t Utf8SequenceAt(std::string_view text, size_t i, uint32_t* cp, size_t* subpart = nullptr);

// `id` unchanged when it is valid UTF-8, every code point passes `carries`,
// and it holds no "\x"; else every backslash doubled and each byte of an
// invalid sequence or of a code point `carries` refuses written as \xHH.
// Injective: outputs of the second kind all contain "\x", outputs of the
// first kind never do, and the escape is reversible.
std::string EscapeId(std::string_view id, bool (*carries)(uint32_t cp));

}  // namespace geokg
