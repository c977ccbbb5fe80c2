// Key encoding of the RocksDB layout (see store/README.md): column family
// names, fixed-width big-endian integers so that byte order is numeric order,
// and the key builders and parsers of every column family.
#pragma once

#include <rocksdb/slice.h>
#include <rocksdb/slice_transform.h>

#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>

namespace geokg::store {

// The column families, in the order their handles are kept.
enum Cf : int {
  kCfDefault = 0,  // schema record
  kCfIds,          // interned ids: string -> int and int -> string
  kCfActors,       // actor aggregates
  kCfOut,          // edges by subject: the edge aggregates
  kCfIn,           // edges by object (empty values)
  kCfEvidence,     // one record per evidence triple
  kCfAlias,        // normalised name -> actor (empty values)
  kCfDocs,         // article records
  kCfContrib,      // what each article contributed
  kCfLinks,        // link summary: actor -> neighbours and mentions (merge operator)
  kCfCount
};

const char* CfName(int cf);

// Kinds of interned strings (first byte of an ids key).
enum class IdKind : char { kActor = 'a', kPredicate = 'p', kDoc = 'd', kSource = 's' };

// ---- Big-endian integers ----
inline void PutBE32(std::string* out, uint32_t v) {
  char b[4] = {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
               static_cast<char>(v)};
  out->append(b, 4);
}
inline void PutBE64(std::string* out, uint64_t v) {
  PutBE32(out, static_cast<uint32_t>(v >> 32));
  PutBE32(out, static_cast<uint32_t>(v));
}
inline uint32_t GetBE32(const char* p) {
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  return (uint32_t{u[0]} << 24) | (uint32_t{u[1]} << 16) | (uint32_t{u[2]} << 8) | uint32_t{u[3]};
}
inline uint64_t GetBE64(const char* p) { return (uint64_t{GetBE32(p)} << 32) | GetBE32(p + 4); }

// ---- Edges ----

// An edge by interned ints: (subject, kind, predicate, object, polarity).
struct EdgeInts {
  uint32_t s = 0;
  uint8_t kind = 0;
  uint32_t p = 0;
  uint32_t o = 0;
  uint8_t pol = 0;
  bool operator==(const EdgeInts&) const = default;
};
struct EdgeIntsHash {
  size_t operator()(const EdgeInts& e) const {
    uint64_t h = (uint64_t{e.s} << 32) ^ (uint64_t{e.o} << 8) ^ (uint64_t{e.p} * 0x9E3779B97F4A7C15ull) ^
                 (uint64_t{e.kind} << 1) ^ e.pol;
    return std::hash<uint64_t>()(h * 0xBF58476D1CE4E5B9ull);
  }
};

constexpr size_t kEdgeKeySize = 14;     // [s 4][kind 1][p 4][o 4][pol 1]
constexpr size_t kActorPrefixSize = 4;  // prefix of out/in keys
constexpr size_t kEvidenceKeySize = kEdgeKeySize + 12;  // + [doc 4][sentence 4][ordinal 4]

// out: [s][kind][p][o][pol]
std::string OutKey(const EdgeInts& e);
// in: [o][kind][p][s][pol]
std::string InKey(const EdgeInts& e);
bool ParseOutKey(rocksdb::Slice key, EdgeInts* e);
bool ParseInKey(rocksdb::Slice key, EdgeInts* e);
std::string ActorPrefix(uint32_t actor);  // 4 bytes

std::string EvidenceKey(const EdgeInts& e, uint32_t doc, uint32_t sentence, uint32_t ordinal);
// The same into *out (reusing its buffer).
void EvidenceKey(const EdgeInts& e, uint32_t doc, uint32_t sentence, uint32_t ordinal, std::string* out);
struct EvidenceKeyParts {
  EdgeInts edge;
  uint32_t doc = 0;
  uint32_t sentence = 0;
  uint32_t ordinal = 0;
};
bool ParseEvidenceKey(rocksdb::Slice key, EvidenceKeyParts* parts);

// ---- Actors, documents ----
std::string IntKey(uint32_t id);  // actors, docs, contrib: [id 4]
bool ParseIntKey(rocksdb::Slice key, uint32_t* id);

// ---- Alias index: [normalised name][0x00][actor 4] ----
std::string AliasKey(std::string_view normalized, uint32_t actor);
// The seek target of every actor of a name (in the alias prefix domain).
std::string AliasSeekKey(std::string_view normalized);
bool ParseAliasKey(rocksdb::Slice key, std::string* normalized, uint32_t* actor);

// ---- Interned ids ----
// [kind][0x00][string] -> int (4 bytes BE); [kind][0x01][int 4] -> string.
std::string IdByNameKey(IdKind kind, std::string_view name);
std::string IdByIntKey(IdKind kind, uint32_t id);
std::string IdByNamePrefix(IdKind kind);
std::string IdByIntPrefix(IdKind kind);

// ---- Schema record, in the default column family ----
extern const char kSchemaKey[];
extern const char kSchemaValue[];  // "geokg-store:<version>"
constexpr int kSchemaVersion = 2;
// Version 1 had no `links`; a writer opening it builds them.
extern const char kSchemaValueV1[];

// Prefix extractor of the alias column family: the key without its 4-byte
// actor suffix, i.e. [normalised name][0x00].
const rocksdb::SliceTransform* NewAliasPrefixTransform();

}  // namespace geokg::store
