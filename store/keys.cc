#include "store/keys.h"

namespace geokg::store {

const char kSchemaKey[] = "geokg.schema";
const char kSchemaValue[] = "geokg-store:2";
const char kSchemaValueV1[] = "geokg-store:1";

const char* CfName(int cf) {
  static const char* kNames[kCfCount] = {"default", "ids",  "actors",  "out",  "in",
                                         "evidence", "alias", "docs", "contrib", "links"};
  return cf >= 0 && cf < kCfCount ? kNames[cf] : "?";
}

namespace {

void AppendEdge(std::string* out, uint32_t first, uint8_t kind, uint32_t p, uint32_t second, uint8_t pol) {
  PutBE32(out, first);
  out->push_back(static_cast<char>(kind));
  PutBE32(out, p);
  PutBE32(out, second);
  out->push_back(static_cast<char>(pol));
}

void ReadEdge(const char* d, uint32_t* first, EdgeInts* e, uint32_t* second) {
  *first = GetBE32(d);
  e->kind = static_cast<uint8_t>(d[4]);
  e->p = GetBE32(d + 5);
  *second = GetBE32(d + 9);
  e->pol = static_cast<uint8_t>(d[13]);
}

}  // namespace

std::string OutKey(const EdgeInts& e) {
  std::string k;
  k.reserve(kEdgeKeySize);
  AppendEdge(&k, e.s, e.kind, e.p, e.o, e.pol);
  return k;
}

std::string InKey(const EdgeInts& e) {
  std::string k;
  k.reserve(kEdgeKeySize);
  AppendEdge(&k, e.o, e.kind, e.p, e.s, e.pol);
  return k;
}

bool ParseOutKey(rocksdb::Slice key, EdgeInts* e) {
  if (key.size() < kEdgeKeySize) return false;
  ReadEdge(key.data(), &e->s, e, &e->o);
  return true;
}

bool ParseInKey(rocksdb::Slice key, EdgeInts* e) {
  if (key.size() != kEdgeKeySize) return false;
  ReadEdge(key.data(), &e->o, e, &e->s);
  return true;
}

std::string ActorPrefix(uint32_t actor) { return IntKey(actor); }

std::string EvidenceKey(const EdgeInts& e, uint32_t doc, uint32_t sentence, uint32_t ordinal) {
  std::string k;
  EvidenceKey(e, doc, sentence, ordinal, &k);
  return k;
}

void EvidenceKey(const EdgeInts& e, uint32_t doc, uint32_t sentence, uint32_t ordinal, std::string* k) {
  k->clear();
  AppendEdge(k, e.s, e.kind, e.p, e.o, e.pol);
  PutBE32(k, doc);
  PutBE32(k, sentence);
  PutBE32(k, ordinal);
}

bool ParseEvidenceKey(rocksdb::Slice key, EvidenceKeyParts* parts) {
  if (key.size() != kEvidenceKeySize) return false;
  ReadEdge(key.data(), &parts->edge.s, &parts->edge, &parts->edge.o);
  parts->doc = GetBE32(key.data() + kEdgeKeySize);
  parts->sentence = GetBE32(key.data() + kEdgeKeySize + 4);
  parts->ordinal = GetBE32(key.data() + kEdgeKeySize + 8);
  return true;
}

std::string IntKey(uint32_t id) {
  std::string k;
  PutBE32(&k, id);
  return k;
}

bool ParseIntKey(rocksdb::Slice key, uint32_t* id) {
  if (key.size() != 4) return false;
  *id = GetBE32(key.data());
  return true;
}

std::string AliasKey(std::string_view normalized, uint32_t actor) {
  std::string k;
  k.reserve(normalized.size() + 5);
  k.append(normalized);
  k.push_back('\0');
  PutBE32(&k, actor);
  return k;
}

std::string AliasSeekKey(std::string_view normalized) { return AliasKey(normalized, 0); }

bool ParseAliasKey(rocksdb::Slice key, std::string* normalized, uint32_t* actor) {
  if (key.size() < 5 || key[key.size() - 5] != '\0') return false;
  normalized->assign(key.data(), key.size() - 5);
  *actor = GetBE32(key.data() + key.size() - 4);
  return true;
}

std::string IdByNameKey(IdKind kind, std::string_view name) {
  std::string k = IdByNamePrefix(kind);
  k.append(name);
  return k;
}

std::string IdByIntKey(IdKind kind, uint32_t id) {
  std::string k = IdByIntPrefix(kind);
  PutBE32(&k, id);
  return k;
}

std::string IdByNamePrefix(IdKind kind) { return std::string{static_cast<char>(kind), '\0'}; }
std::string IdByIntPrefix(IdKind kind) { return std::string{static_cast<char>(kind), '\1'}; }

namespace {

class AliasPrefixTransform : public rocksdb::SliceTransform {
 public:
  const char* Name() const override { return "geokg.AliasPrefix.v1"; }
  rocksdb::Slice Transform(const rocksdb::Slice& key) const override {
    return rocksdb::Slice(key.data(), key.size() - 4);
  }
  bool InDomain(const rocksdb::Slice& key) const override {
    return key.size() >= 5 && key[key.size() - 5] == '\0';
  }
};

}  // namespace

const rocksdb::SliceTransform* NewAliasPrefixTransform() { return new AliasPrefixTransform(); }

}  // namespace geokg::store
