#include "store/codec.h"

#include <algorithm>
#include <cstring>

namespace geokg::store {

namespace {
// Format tags: the first byte of each record kind.
constexpr uint8_t kTagActor = 0xA1;
constexpr uint8_t kTagEdge = 0xE1;
constexpr uint8_t kTagEvidence = 0xF1;
constexpr uint8_t kTagDoc = 0xD1;
constexpr uint8_t kTagContrib = 0xC1;
}  // namespace

void PutDouble(std::string* out, double v) {
  uint64_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  PutBE64(out, bits);
}

bool Decoder::Varint(uint64_t* v) {
  uint64_t result = 0;
  for (int shift = 0; shift <= 63 && p_ < end_; shift += 7) {
    uint64_t byte = static_cast<unsigned char>(*p_++);
    result |= (byte & 0x7F) << shift;
    if (!(byte & 0x80)) {
      *v = result;
      return true;
    }
  }
  return false;
}

bool Decoder::Varint32(uint32_t* v) {
  uint64_t x;
  if (!Varint(&x) || x > UINT32_MAX) return false;
  *v = static_cast<uint32_t>(x);
  return true;
}

bool Decoder::String(std::string* s) {
  uint64_t n;
  if (!Varint(&n) || n > static_cast<uint64_t>(end_ - p_)) return false;
  s->assign(p_, n);
  p_ += n;
  return true;
}

bool Decoder::Byte(uint8_t* b) {
  if (p_ == end_) return false;
  *b = static_cast<uint8_t>(*p_++);
  return true;
}

bool Decoder::Double(double* v) {
  if (end_ - p_ < 8) return false;
  uint64_t bits = GetBE64(p_);
  p_ += 8;
  std::memcpy(v, &bits, sizeof bits);
  return true;
}

// ---- Variants ----

bool AddVariant(std::vector<Variant>* variants, std::string_view value, int64_t delta) {
  // Most lists hold a few values and most additions repeat one: found by its
  // length first, one byte comparison instead of a binary search's several.
  if (delta > 0 && variants->size() <= 4) {
    for (Variant& v : *variants) {
      if (v.value.size() == value.size() && v.value == value) {
        v.count += static_cast<uint64_t>(delta);
        return true;
      }
    }
  }
  auto it = std::lower_bound(variants->begin(), variants->end(), value,
                             [](const Variant& v, std::string_view x) { return v.value < x; });
  if (it == variants->end() || it->value != value) {
    if (delta < 0) return false;
    if (delta == 0) return true;
    variants->insert(it, Variant{std::string(value), static_cast<uint64_t>(delta)});
    return true;
  }
  if (delta < 0 && it->count < static_cast<uint64_t>(-delta)) return false;
  it->count += static_cast<uint64_t>(delta);
  if (it->count == 0) variants->erase(it);
  return true;
}

std::string TopVariant(const std::vector<Variant>& variants) {
  const Variant* best = nullptr;
  for (const auto& v : variants) {  // sorted by value: the first of the highest count wins ties
    if (!best || v.count > best->count) best = &v;
  }
  return best ? best->value : std::string();
}

namespace {
bool CameoLess(const CameoVariant& a, const CameoVariant& b) {
  if (a.cameo != b.cameo) return a.cameo < b.cameo;
  if (a.quad != b.quad) return a.quad < b.quad;
  return a.goldstein < b.goldstein;
}
}  // namespace

bool AddCameoVariant(std::vector<CameoVariant>* variants, const CameoVariant& v, int64_t delta) {
  auto it = std::lower_bound(variants->begin(), variants->end(), v, CameoLess);
  bool same = it != variants->end() && !CameoLess(v, *it);
  if (!same) {
    if (delta < 0) return false;
    if (delta == 0) return true;
    CameoVariant added = v;
    added.count = static_cast<uint64_t>(delta);
    variants->insert(it, added);
    return true;
  }
  if (delta < 0 && it->count < static_cast<uint64_t>(-delta)) return false;
  it->count += static_cast<uint64_t>(delta);
  if (it->count == 0) variants->erase(it);
  return true;
}

bool AddSourceCount(std::vector<SourceCount>* sources, uint32_t source, int64_t delta) {
  auto it = std::lower_bound(sources->begin(), sources->end(), source,
                             [](const SourceCount& c, uint32_t s) { return c.source < s; });
  if (it == sources->end() || it->source != source) {
    if (delta < 0) return false;
    if (delta > 0) sources->insert(it, SourceCount{source, static_cast<uint64_t>(delta)});
    return true;
  }
  if (delta < 0 && it->count < static_cast<uint64_t>(-delta)) return false;
  it->count += static_cast<uint64_t>(delta);
  if (it->count == 0) sources->erase(it);
  return true;
}

CameoVariant TopCameo(const std::vector<CameoVariant>& variants) {
  const CameoVariant* best = nullptr;
  for (const auto& v : variants) {
    if (!best || v.count > best->count) best = &v;
  }
  return best ? *best : CameoVariant();
}

namespace {

void PutVariants(std::string* out, const std::vector<Variant>& variants) {
  PutVarint(out, variants.size());
  for (const auto& v : variants) {
    PutString(out, v.value);
    PutVarint(out, v.count);
  }
}

bool GetVariants(Decoder* d, std::vector<Variant>* variants) {
  uint64_t n;
  if (!d->Varint(&n) || n > (1u << 24)) return false;
  variants->resize(n);
  for (auto& v : *variants) {
    if (!d->String(&v.value) || !d->Varint(&v.count)) return false;
  }
  return std::is_sorted(variants->begin(), variants->end(),
                        [](const Variant& a, const Variant& b) { return a.value < b.value; });
}

bool Tag(Decoder* d, uint8_t tag) {
  uint8_t b;
  return d->Byte(&b) && b == tag;
}

}  // namespace

std::string EncodeActorAgg(const ActorAgg& a) {
  std::string out;
  EncodeActorAgg(a, &out);
  return out;
}

void EncodeActorAgg(const ActorAgg& a, std::string* out) {
  out->clear();
  out->push_back(static_cast<char>(kTagActor));
  PutVarint(out, a.mentions);
  PutVarint(out, a.articles);
  PutString(out, a.first_seen);
  PutString(out, a.last_seen);
  PutVariants(out, a.names);
  PutVariants(out, a.types);
  PutVariants(out, a.countries);
  PutVariants(out, a.surfaces);
}

bool DecodeActorAgg(std::string_view in, ActorAgg* a) {
  Decoder d(in);
  return Tag(&d, kTagActor) && d.Varint(&a->mentions) && d.Varint(&a->articles) && d.String(&a->first_seen) &&
         d.String(&a->last_seen) && GetVariants(&d, &a->names) && GetVariants(&d, &a->types) &&
         GetVariants(&d, &a->countries) && GetVariants(&d, &a->surfaces) && d.done();
}

std::string EncodeEdgeAgg(const EdgeAgg& e) {
  std::string out;
  EncodeEdgeAgg(e, &out);
  return out;
}

void EncodeEdgeAgg(const EdgeAgg& e, std::string* out) {
  out->clear();
  out->push_back(static_cast<char>(kTagEdge));
  PutVarint(out, e.mentions);
  PutVarint(out, e.articles);
  PutVarint(out, e.sources.size());
  for (const auto& c : e.sources) {
    PutVarint(out, c.source);
    PutVarint(out, c.count);
  }
  PutString(out, e.first_date);
  PutString(out, e.last_date);
  for (uint64_t m : e.modality) PutVarint(out, m);
  PutVarint(out, e.cameos.size());
  for (const auto& c : e.cameos) {
    PutString(out, c.cameo);
    PutVarint(out, static_cast<uint64_t>(c.quad));
    PutDouble(out, c.goldstein);
    PutVarint(out, c.count);
  }
}

bool DecodeEdgeAgg(std::string_view in, EdgeAgg* e) {
  Decoder d(in);
  uint64_t n;
  if (!Tag(&d, kTagEdge) || !d.Varint(&e->mentions) || !d.Varint(&e->articles) || !d.Varint(&n) || n > (1u << 24)) {
    return false;
  }
  e->sources.resize(n);
  for (auto& c : e->sources) {
    if (!d.Varint32(&c.source) || !d.Varint(&c.count)) return false;
  }
  if (!std::is_sorted(e->sources.begin(), e->sources.end(),
                      [](const SourceCount& a, const SourceCount& b) { return a.source < b.source; }) ||
      !d.String(&e->first_date) || !d.String(&e->last_date)) {
    return false;
  }
  for (auto& m : e->modality) {
    if (!d.Varint(&m)) return false;
  }
  if (!d.Varint(&n) || n > (1u << 20)) return false;
  e->cameos.resize(n);
  for (auto& c : e->cameos) {
    uint64_t quad;
    if (!d.String(&c.cameo) || !d.Varint(&quad) || quad > 4 || !d.Double(&c.goldstein) || !d.Varint(&c.count)) {
      return false;
    }
    c.quad = static_cast<int>(quad);
  }
  return d.done() && std::is_sorted(e->cameos.begin(), e->cameos.end(), CameoLess);
}

bool DecodeEdgeMentions(std::string_view in, uint64_t* mentions) {
  Decoder d(in);
  return Tag(&d, kTagEdge) && d.Varint(mentions);
}

std::string EncodeEvidence(const EvidenceValue& v) {
  std::string out;
  EncodeEvidence(v, v.text, &out);
  return out;
}

void EncodeEvidence(const EvidenceValue& v, std::string_view text, std::string* out) {
  out->clear();
  out->push_back(static_cast<char>(kTagEvidence));
  PutVarint(out, v.start);
  PutVarint(out, v.end);
  out->push_back(static_cast<char>(v.modality));
  PutString(out, v.cameo);
  out->push_back(static_cast<char>(v.quad));
  PutDouble(out, v.goldstein);
  PutString(out, v.date);
  PutVarint(out, v.source);
  PutString(out, text);
}

bool DecodeEvidence(std::string_view in, EvidenceValue* v) {
  Decoder d(in);
  uint8_t quad;
  if (!Tag(&d, kTagEvidence) || !d.Varint(&v->start) || !d.Varint(&v->end) || !d.Byte(&v->modality) ||
      v->modality >= kModalityCount || !d.String(&v->cameo) || !d.Byte(&quad) || quad > 4 ||
      !d.Double(&v->goldstein) || !d.String(&v->date) || !d.Varint32(&v->source) || !d.String(&v->text)) {
    return false;
  }
  v->quad = quad;
  return d.done();
}

std::string EncodeDoc(const DocValue& doc) {
  std::string out;
  out.push_back(static_cast<char>(kTagDoc));
  PutString(&out, doc.id);
  PutString(&out, doc.title);
  PutString(&out, doc.date);
  PutString(&out, doc.url);
  PutString(&out, doc.source);
  PutString(&out, doc.hash);
  PutVarint(&out, doc.triples);
  if (!doc.file.empty()) PutString(&out, doc.file);
  return out;
}

bool DecodeDoc(std::string_view in, DocValue* doc) {
  Decoder d(in);
  doc->file.clear();  // optional: absent from older records
  return Tag(&d, kTagDoc) && d.String(&doc->id) && d.String(&doc->title) && d.String(&doc->date) &&
         d.String(&doc->url) && d.String(&doc->source) && d.String(&doc->hash) && d.Varint(&doc->triples) &&
         (d.done() || (d.String(&doc->file) && d.done()));
}

namespace {

void PutMention(std::string* out, const ActorMention& m) {
  PutString(out, m.name);
  out->push_back(static_cast<char>(m.type));
  PutString(out, m.country);
  PutString(out, m.surface);
}

bool GetMention(Decoder* d, ActorMention* m) {
  return d->String(&m->name) && d->Byte(&m->type) && d->String(&m->country) && d->String(&m->surface);
}

}  // namespace

std::string EncodeContrib(const std::vector<ContribTriple>& triples) {
  std::string out;
  AppendContribHeader(&out, triples.size());
  for (const auto& t : triples) AppendContribTriple(&out, t);
  return out;
}

void AppendContribHeader(std::string* out, size_t triples) {
  out->push_back(static_cast<char>(kTagContrib));
  PutVarint(out, triples);
}

void AppendContribTriple(std::string* out, const ContribTriple& t) {
  out->append(OutKey(t.edge));
  PutVarint(out, t.sentence);
  PutMention(out, t.subject);
  PutMention(out, t.object);
}

bool DecodeContrib(std::string_view in, std::vector<ContribTriple>* triples) {
  Decoder d(in);
  uint64_t n;
  if (!Tag(&d, kTagContrib) || !d.Varint(&n) || n > in.size()) return false;
  triples->resize(n);
  std::string edge(kEdgeKeySize, '\0');
  for (auto& t : *triples) {
    for (auto& c : edge) {
      uint8_t b;
      if (!d.Byte(&b)) return false;
      c = static_cast<char>(b);
    }
    ParseOutKey(edge, &t.edge);
    if (!d.Varint32(&t.sentence) || !GetMention(&d, &t.subject) || !GetMention(&d, &t.object)) return false;
  }
  return d.done();
}

std::string HexOf(std::string_view bytes) {
  static const char* kDigits = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size() * 2);
  for (unsigned char c : bytes) {
    out.push_back(kDigits[c >> 4]);
    out.push_back(kDigits[c & 15]);
  }
  return out;
}

}  // namespace geokg::store
