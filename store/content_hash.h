// The content hash of an article: 128 bits of MurmurHash3 (x64) over a
// canonical serialisation of the article's metadata, its text and every field
// of every triple, so that a changed text or a changed extraction both count
// as changed content.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"

namespace geokg::store {

// 16 raw bytes.
std::string Murmur3Hash128(std::string_view data, uint64_t seed = 0);

std::string ContentHash(const Article& article, const std::vector<Triple>& triples);

}  // namespace geokg::store
