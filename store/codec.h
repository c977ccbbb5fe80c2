// Value encodings of the stored records (see store/README.md). Every record
// starts with a one-byte format tag; integers are varints, strings are
// length-prefixed. Variant lists are written sorted so that equal records
// encode to equal bytes.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "store/keys.h"

namespace geokg::store {

// ---- Primitive writer/reader ----
// Inline: a record or a content hash writes dozens of them, mostly one byte.
inline void PutVarint(std::string* out, uint64_t v) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}
inline void PutString(std::string* out, std::string_view s) {
  PutVarint(out, s.size());
  out->append(s);
}
void PutDouble(std::string* out, double v);

class Decoder {
 public:
  explicit Decoder(std::string_view in) : p_(in.data()), end_(in.data() + in.size()) {}
  bool Varint(uint64_t* v);
  bool Varint32(uint32_t* v);
  bool String(std::string* s);
  bool Byte(uint8_t* b);
  bool Double(double* v);
  bool done() const { return p_ == end_; }

 private:
  const char* p_;
  const char* end_;
};

// ---- Aggregates ----

// A value seen for a field of an actor or edge, with how many mentions gave it.
struct Variant {
  std::string value;
  uint64_t count = 0;
  bool operator==(const Variant&) const = default;
};

// Adds `delta` (may be negative) to the count of `value`; drops it at zero.
// False when a count would go below zero.
bool AddVariant(std::vector<Variant>* variants, std::string_view value, int64_t delta);
// The value with the highest count (ties: the smallest value); empty when none.
std::string TopVariant(const std::vector<Variant>& variants);

struct ActorAgg {
  uint64_t mentions = 0;  // triples naming the actor
  uint64_t articles = 0;  // articles naming it
  std::string first_seen, last_seen;
  std::vector<Variant> names, types, countries, surfaces;
  bool operator==(const ActorAgg&) const = default;
};

struct CameoVariant {
  std::string cameo;
  int quad = 0;
  double goldstein = 0.0;
  uint64_t count = 0;
  bool operator==(const CameoVariant&) const = default;
};

// Evidence count of one source (interned) of an edge.
struct SourceCount {
  uint32_t source = 0;
  uint64_t count = 0;
  bool operator==(const SourceCount&) const = default;
};

struct EdgeAgg {
  uint64_t mentions = 0, articles = 0;
  std::vector<SourceCount> sources;  // by source; its size is the number of distinct sources
  std::string first_date, last_date;
  std::array<uint64_t, kModalityCount> modality{};
  std::vector<CameoVariant> cameos;
  bool operator==(const EdgeAgg&) const = default;
};

// Adds `delta` to a source's count; drops it at zero. False below zero.
bool AddSourceCount(std::vector<SourceCount>* sources, uint32_t source, int64_t delta);

bool AddCameoVariant(std::vector<CameoVariant>* variants, const CameoVariant& v, int64_t delta);
// The most frequent (cameo, quad, goldstein); ties: the smallest cameo.
CameoVariant TopCameo(const std::vector<CameoVariant>& variants);

std::string EncodeActorAgg(const ActorAgg& a);
void EncodeActorAgg(const ActorAgg& a, std::string* out);  // into *out, reusing its buffer
bool DecodeActorAgg(std::string_view in, ActorAgg* a);
std::string EncodeEdgeAgg(const EdgeAgg& e);
void EncodeEdgeAgg(const EdgeAgg& e, std::string* out);  // into *out, reusing its buffer
bool DecodeEdgeAgg(std::string_view in, EdgeAgg* e);
// Only the mentions of an edge record (its first field), for walks that read
// millions of edges; false when the record does not start like one.
bool DecodeEdgeMentions(std::string_view in, uint64_t* mentions);

// ---- Evidence, articles, contributions ----

struct EvidenceValue {
  uint64_t start = 0, end = 0;
  uint8_t modality = 0;
  std::string cameo;
  int quad = 0;
  double goldstein = 0.0;
  std::string date;
  uint32_t source = 0;  // interned; 0: none
  std::string text;
  bool operator==(const EvidenceValue&) const = default;
};
std::string EncodeEvidence(const EvidenceValue& v);
// Encodes `v` with `text` in place of v.text into *out (reusing its buffer).
void EncodeEvidence(const EvidenceValue& v, std::string_view text, std::string* out);
bool DecodeEvidence(std::string_view in, EvidenceValue* v);

struct DocValue {
  std::string id, title, date, url, source;
  std::string hash;  // 16 raw bytes
  uint64_t triples = 0;
  std::string file;  // optional trailing field: records written before it have none
  bool operator==(const DocValue&) const = default;
};
std::string EncodeDoc(const DocValue& d);
bool DecodeDoc(std::string_view in, DocValue* d);

// How one end of a triple named its actor.
struct ActorMention {
  std::string name;
  uint8_t type = 0;
  std::string country;
  std::string surface;
  bool operator==(const ActorMention&) const = default;
};

// One triple of an article's contribution; its evidence key is
// EvidenceKey(edge, doc, sentence, ordinal) where ordinal is its index.
struct ContribTriple {
  EdgeInts edge;
  uint32_t sentence = 0;
  ActorMention subject, object;
  bool operator==(const ContribTriple&) const = default;
};
std::string EncodeContrib(const std::vector<ContribTriple>& triples);
// The same a piece at a time: the header, then each triple in order.
void AppendContribHeader(std::string* out, size_t triples);
void AppendContribTriple(std::string* out, const ContribTriple& t);
bool DecodeContrib(std::string_view in, std::vector<ContribTriple>* triples);

std::string HexOf(std::string_view bytes);

}  // namespace geokg::store
