#include "store/content_hash.h"

#include <cstring>

#include "store/codec.h"

namespace geokg::store {

namespace {

inline uint64_t Rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

inline uint64_t Fmix(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdull;
  k ^= k >> 33;
  k *= 0xc4ceb9fe1a85ec53ull;
  k ^= k >> 33;
  return k;
}

inline uint64_t Load64(const unsigned char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;  // little-endian hosts; the hash is only compared on the host that wrote it
}

}  // namespace

std::string Murmur3Hash128(std::string_view data, uint64_t seed) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
  const size_t len = data.size();
  const size_t nblocks = len / 16;
  uint64_t h1 = seed, h2 = seed;
  const uint64_t c1 = 0x87c37b91114253d5ull, c2 = 0x4cf5ad432745937full;
  for (size_t i = 0; i < nblocks; ++i) {
    uint64_t k1 = Load64(bytes + i * 16), k2 = Load64(bytes + i * 16 + 8);
    k1 *= c1; k1 = Rotl(k1, 31); k1 *= c2; h1 ^= k1;
    h1 = Rotl(h1, 27); h1 += h2; h1 = h1 * 5 + 0x52dce729;
    k2 *= c2; k2 = Rotl(k2, 33); k2 *= c1; h2 ^= k2;
    h2 = Rotl(h2, 31); h2 += h1; h2 = h2 * 5 + 0x38495ab5;
  }
  const unsigned char* tail = bytes + nblocks * 16;
  uint64_t k1 = 0, k2 = 0;
  switch (len & 15) {
    case 15: k2 ^= uint64_t{tail[14]} << 48; [[fallthrough]];
    case 14: k2 ^= uint64_t{tail[13]} << 40; [[fallthrough]];
    case 13: k2 ^= uint64_t{tail[12]} << 32; [[fallthrough]];
    case 12: k2 ^= uint64_t{tail[11]} << 24; [[fallthrough]];
    case 11: k2 ^= uint64_t{tail[10]} << 16; [[fallthrough]];
    case 10: k2 ^= uint64_t{tail[9]} << 8; [[fallthrough]];
    case 9: k2 ^= uint64_t{tail[8]};
      k2 *= c2; k2 = Rotl(k2, 33); k2 *= c1; h2 ^= k2;
      [[fallthrough]];
    case 8: k1 ^= uint64_t{tail[7]} << 56; [[fallthrough]];
    case 7: k1 ^= uint64_t{tail[6]} << 48; [[fallthrough]];
    case 6: k1 ^= uint64_t{tail[5]} << 40; [[fallthrough]];
    case 5: k1 ^= uint64_t{tail[4]} << 32; [[fallthrough]];
    case 4: k1 ^= uint64_t{tail[3]} << 24; [[fallthrough]];
    case 3: k1 ^= uint64_t{tail[2]} << 16; [[fallthrough]];
    case 2: k1 ^= uint64_t{tail[1]} << 8; [[fallthrough]];
    case 1: k1 ^= uint64_t{tail[0]};
      k1 *= c1; k1 = Rotl(k1, 31); k1 *= c2; h1 ^= k1;
  }
  h1 ^= len; h2 ^= len;
  h1 += h2; h2 += h1;
  h1 = Fmix(h1); h2 = Fmix(h2);
  h1 += h2; h2 += h1;
  std::string out;
  PutBE64(&out, h1);
  PutBE64(&out, h2);
  return out;
}

namespace {

void PutActor(std::string* out, const ActorRef& a) {
  PutString(out, a.id);
  PutString(out, a.name);
  out->push_back(static_cast<char>(a.type));
  PutString(out, a.country);
  PutString(out, a.surface);
}

}  // namespace

std::string ContentHash(const Article& article, const std::vector<Triple>& triples) {
  std::string buf;
  size_t reserve = article.text.size() + 64;
  for (const auto& t : triples) reserve += 160 + t.evidence.text.size();
  buf.reserve(reserve);
  buf.append("geokg-article-v1");
  PutString(&buf, article.id);
  PutString(&buf, article.title);
  PutString(&buf, article.date);
  PutString(&buf, article.url);
  PutString(&buf, article.source);
  PutString(&buf, article.text);
  PutVarint(&buf, triples.size());
  for (const auto& t : triples) {
    PutActor(&buf, t.subject);
    PutString(&buf, t.predicate);
    PutActor(&buf, t.object);
    buf.push_back(static_cast<char>(t.kind));
    buf.push_back(static_cast<char>(t.polarity));
    buf.push_back(static_cast<char>(t.modality));
    PutString(&buf, t.cameo);
    PutVarint(&buf, static_cast<uint64_t>(t.quad));
    PutDouble(&buf, t.goldstein);
    PutString(&buf, t.date);
    PutString(&buf, t.source);
    PutVarint(&buf, t.evidence.sentence);
    PutVarint(&buf, t.evidence.start);
    PutVarint(&buf, t.evidence.end);
    PutString(&buf, t.evidence.text);
  }
  return Murmur3Hash128(buf);
}

}  // namespace geokg::store
