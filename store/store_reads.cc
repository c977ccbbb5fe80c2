// The read path of RocksGraphStore: names, actors, edges, evidence, articles
// and statistics, read by point lookups and prefix scans.
#include <algorithm>
#include <set>
#include <tuple>

#include "store/rocks_graph_store.h"

namespace geokg::store {

namespace {

rocksdb::ReadOptions PrefixRead() {
  rocksdb::ReadOptions ro;
  ro.prefix_same_as_start = true;
  return ro;
}

rocksdb::ReadOptions ScanRead() {
  rocksdb::ReadOptions ro;
  ro.total_order_seek = true;
  ro.fill_cache = false;
  return ro;
}

Status IterStatus(const rocksdb::Iterator& it, const std::string& path) {
  return FromRocks(it.status(), "cannot read database " + path);
}

}  // namespace

Status RocksGraphStore::ForEachAdjacent(uint32_t actor, int which,
                                        const std::function<Status(const EdgeInts&, bool* more)>& fn) {
  std::string prefix = ActorPrefix(actor);
  std::unique_ptr<rocksdb::Iterator> it(db_->db()->NewIterator(PrefixRead(), cf(which)));
  bool more = true;
  for (it->Seek(prefix); more && it->Valid() && it->key().starts_with(prefix); it->Next()) {
    EdgeInts e;
    bool ok = which == kCfOut ? ParseOutKey(it->key(), &e) : ParseInKey(it->key(), &e);
    if (!ok) return Status::Corruption("bad adjacency key in " + db_->path());
    if (Status s = fn(e, &more); !s.ok()) return s;
  }
  return IterStatus(*it, db_->path());
}

Status RocksGraphStore::MakeEdgeRecord(const EdgeInts& e, const EdgeAgg& agg, EdgeRecord* edge) {
  Status s = interner_.Name(IdKind::kActor, e.s, &edge->key.subject);
  if (s.ok()) s = interner_.Name(IdKind::kPredicate, e.p, &edge->key.predicate);
  if (s.ok()) s = interner_.Name(IdKind::kActor, e.o, &edge->key.object);
  if (!s.ok()) return s;
  edge->key.polarity = static_cast<Polarity>(e.pol);
  edge->key.kind = static_cast<RelationKind>(e.kind);
  CameoVariant top = TopCameo(agg.cameos);
  edge->cameo = top.cameo;
  edge->quad = top.quad;
  edge->goldstein = top.goldstein;
  edge->mentions = agg.mentions;
  edge->articles = agg.articles;
  edge->sources = agg.sources.size();
  edge->first_date = agg.first_date;
  edge->last_date = agg.last_date;
  edge->modality_counts = agg.modality;
  return Status::OK();
}

Status RocksGraphStore::MakeActorRecord(uint32_t actor, const ActorAgg& agg, ActorRecord* record) {
  *record = ActorRecord();
  Status s = interner_.Name(IdKind::kActor, actor, &record->id);
  if (!s.ok()) return s;
  record->name = TopVariant(agg.names);
  if (record->name.empty()) record->name = record->id;
  record->type = ParseActorType(TopVariant(agg.types)).value_or(ActorType::kOther);
  record->country = TopVariant(agg.countries);
  std::set<std::string> aliases;
  for (const auto& v : agg.names) aliases.insert(v.value);
  for (const auto& v : agg.surfaces) aliases.insert(v.value);
  record->aliases.assign(aliases.begin(), aliases.end());
  record->first_seen = agg.first_seen;
  record->last_seen = agg.last_seen;
  record->mentions = agg.mentions;
  record->articles = agg.articles;
  return Status::OK();
}

Status RocksGraphStore::ReadRoles(uint32_t actor, ActorRecord* record) {
  // [actor][affiliation] in the out adjacency.
  std::string start = ActorPrefix(actor);
  start.push_back(static_cast<char>(RelationKind::kAffiliation));
  std::unique_ptr<rocksdb::Iterator> it(db_->db()->NewIterator(PrefixRead(), cf(kCfOut)));
  for (it->Seek(start); it->Valid() && it->key().starts_with(start); it->Next()) {
    EdgeInts e;
    EdgeAgg edge;
    if (!ParseOutKey(it->key(), &e) || !DecodeEdgeAgg(it->value().ToStringView(), &edge)) {
      return Status::Corruption("bad edge record in " + db_->path());
    }
    if (e.pol != static_cast<uint8_t>(Polarity::kPositive)) continue;
    Role role;
    Status s = interner_.Name(IdKind::kPredicate, e.p, &role.title);
    if (s.ok()) s = interner_.Name(IdKind::kActor, e.o, &role.org_id);
    if (!s.ok()) return s;
    role.first_seen = edge.first_date;
    role.last_seen = edge.last_date;
    record->roles.push_back(std::move(role));
  }
  return IterStatus(*it, db_->path());
}

Status RocksGraphStore::ResolveName(const std::string& name, std::vector<std::string>* actor_ids) {
  actor_ids->clear();
  Status s = PrepareRead();
  if (!s.ok()) return s;
  std::string normalized = NormalizeName(name);
  if (normalized.empty()) return Status::OK();
  std::string seek = AliasSeekKey(normalized);
  std::string prefix = seek.substr(0, seek.size() - 4);
  std::unique_ptr<rocksdb::Iterator> it(db_->db()->NewIterator(PrefixRead(), cf(kCfAlias)));
  for (it->Seek(seek); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    std::string alias;
    uint32_t actor;
    if (!ParseAliasKey(it->key(), &alias, &actor)) return Status::Corruption("bad alias key in " + db_->path());
    std::string id;
    if (s = interner_.Name(IdKind::kActor, actor, &id); !s.ok()) return s;
    actor_ids->push_back(std::move(id));
  }
  std::sort(actor_ids->begin(), actor_ids->end());
  actor_ids->erase(std::unique(actor_ids->begin(), actor_ids->end()), actor_ids->end());
  return IterStatus(*it, db_->path());
}

Status RocksGraphStore::GetActor(const std::string& actor_id, ActorRecord* actor) {
  Status s = PrepareRead();
  if (!s.ok()) return s;
  uint32_t id = 0;
  bool found = false;
  if (s = interner_.Find(IdKind::kActor, actor_id, &id, &found); !s.ok()) return s;
  if (found && !(s = LoadActor(id, actor, &found)).ok()) return s;
  if (!found) return Status::NotFound("no actor '" + actor_id + "' in " + db_->path());
  return Status::OK();
}

Status RocksGraphStore::LoadActor(uint32_t actor, ActorRecord* record, bool* found) {
  std::string raw;
  Status s = Get(kCfActors, IntKey(actor), &raw, found);
  if (!s.ok() || !*found) return s;
  ActorAgg agg;
  if (!DecodeActorAgg(raw, &agg)) return Status::Corruption("bad actor record in " + db_->path());
  if (s = MakeActorRecord(actor, agg, record); !s.ok()) return s;
  return ReadRoles(actor, record);
}

Status RocksGraphStore::GetActors(const std::vector<std::string>& actor_ids, std::vector<ActorRecord>* actors) {
  actors->assign(actor_ids.size(), ActorRecord());
  Status s = PrepareRead();
  if (!s.ok()) return s;
  std::vector<uint32_t> ints;
  std::vector<size_t> slots;
  for (size_t i = 0; i < actor_ids.size(); ++i) {
    uint32_t actor = 0;
    bool known = false;
    if (s = interner_.Find(IdKind::kActor, actor_ids[i], &actor, &known); !s.ok()) return s;
    if (!known) continue;
    ints.push_back(actor);
    slots.push_back(i);
  }
  std::vector<ActorRecord> records;
  if (s = ReadActors(ints, &records); !s.ok()) return s;
  for (size_t k = 0; k < slots.size(); ++k) (*actors)[slots[k]] = std::move(records[k]);
  return Status::OK();
}

Status RocksGraphStore::ReadActors(const std::vector<uint32_t>& actors, std::vector<ActorRecord>* records) {
  records->assign(actors.size(), ActorRecord());
  Status s = interner_.Prefetch(IdKind::kActor, actors);  // their ids
  if (!s.ok()) return s;
  // Read in key order: neighbouring keys share their table blocks.
  std::vector<size_t> order(actors.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) { return actors[x] < actors[y]; });
  std::vector<std::string> keys;
  keys.reserve(order.size());
  for (size_t i : order) keys.push_back(IntKey(actors[i]));
  return ForEachValue(kCfActors, keys, [&](size_t k, bool found, std::string_view value) {
    if (!found) return Status::OK();  // an actor whose evidence was all retracted
    ActorAgg agg;
    if (!DecodeActorAgg(value, &agg)) return Status::Corruption("bad actor record in " + db_->path());
    return MakeActorRecord(actors[order[k]], agg, &(*records)[order[k]]);
  });
}

Status RocksGraphStore::ForEachValue(int which, const std::vector<std::string>& keys,
                                     const std::function<Status(size_t i, bool found, std::string_view value)>& fn) {
  constexpr size_t kBatch = 4096;
  std::vector<std::string> batch;
  std::vector<rocksdb::PinnableSlice> values;
  std::vector<bool> found;
  for (size_t begin = 0; begin < keys.size(); begin += kBatch) {
    const size_t end = std::min(keys.size(), begin + kBatch);
    batch.assign(keys.begin() + static_cast<ptrdiff_t>(begin), keys.begin() + static_cast<ptrdiff_t>(end));
    Status s = MultiGet(which, batch, &values, &found);
    for (size_t k = begin; s.ok() && k < end; ++k) {
      s = fn(k, found[k - begin], found[k - begin] ? values[k - begin].ToStringView() : std::string_view());
    }
    if (!s.ok()) return s;
  }
  return Status::OK();
}

Status RocksGraphStore::ForEachActor(const std::function<bool(const ActorRecord&)>& fn) {
  Status s = PrepareRead();
  if (!s.ok()) return s;
  // The ids by name give the id order; their records are read a batch at a
  // time, the first batches small for callers that stop early.
  size_t batch_size = 16;
  std::vector<uint32_t> batch;
  std::vector<ActorRecord> records;
  bool more = true;
  auto emit = [&]() -> Status {
    Status rs = ReadActors(batch, &records);
    for (size_t i = 0; rs.ok() && more && i < records.size(); ++i) {
      if (!records[i].id.empty()) more = fn(records[i]);  // empty: all its evidence was retracted
    }
    batch.clear();
    batch_size = std::min<size_t>(batch_size * 4, 4096);
    return rs;
  };
  std::string prefix = IdByNamePrefix(IdKind::kActor);
  std::unique_ptr<rocksdb::Iterator> it(db_->db()->NewIterator(ScanRead(), cf(kCfIds)));
  for (it->Seek(prefix); more && it->Valid() && it->key().starts_with(prefix); it->Next()) {
    if (it->value().size() != 4) return Status::Corruption("bad id record in " + db_->path());
    batch.push_back(GetBE32(it->value().data()));
    if (batch.size() == batch_size && !(s = emit()).ok()) return s;
  }
  if (s = IterStatus(*it, db_->path()); !s.ok()) return s;
  return more ? emit() : Status::OK();
}

Status RocksGraphStore::ForEachEdgeOf(const std::string& actor_id, Direction direction,
                                      const std::function<bool(const EdgeRecord&)>& fn) {
  Status s = PrepareRead();
  if (!s.ok()) return s;
  uint32_t actor = 0;
  bool found = false;
  if (s = interner_.Find(IdKind::kActor, actor_id, &actor, &found); !s.ok()) return s;
  std::string raw;
  if (found && !(s = Get(kCfActors, IntKey(actor), &raw, &found)).ok()) return s;
  if (!found) return Status::NotFound("no actor '" + actor_id + "' in " + db_->path());
  // Edges are handed on in batches, so that the names of their ends and the
  // edge records of in-edges (stored under their subject) are read together.
  constexpr size_t kBatch = 4096;
  std::vector<EdgeInts> batch;
  std::vector<EdgeAgg> aggs;
  bool more = true;
  if (direction != Direction::kIn) {
    std::string prefix = ActorPrefix(actor);
    std::unique_ptr<rocksdb::Iterator> it(db_->db()->NewIterator(PrefixRead(), cf(kCfOut)));
    for (it->Seek(prefix); more && it->Valid() && it->key().starts_with(prefix); it->Next()) {
      EdgeInts e;
      EdgeAgg agg;
      if (!ParseOutKey(it->key(), &e) || !DecodeEdgeAgg(it->value().ToStringView(), &agg)) {
        return Status::Corruption("bad edge record in " + db_->path());
      }
      batch.push_back(e);
      aggs.push_back(std::move(agg));
      if (batch.size() == kBatch && !(s = EmitEdges(&batch, &aggs, fn, &more)).ok()) return s;
    }
    if (s = IterStatus(*it, db_->path()); !s.ok()) return s;
    if (s = EmitEdges(&batch, &aggs, fn, &more); !s.ok()) return s;
  }
  if (direction != Direction::kOut && more) {
    auto read_and_emit = [&](bool* go_on) -> Status {
      // Read in key order of `out` (neighbouring keys share their table
      // blocks), handed on in the order of the scan.
      std::vector<size_t> order(batch.size());
      for (size_t i = 0; i < order.size(); ++i) order[i] = i;
      std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
        const EdgeInts& a = batch[x];
        const EdgeInts& b = batch[y];
        return std::tie(a.s, a.kind, a.p, a.o, a.pol) < std::tie(b.s, b.kind, b.p, b.o, b.pol);
      });
      std::vector<std::string> keys;
      keys.reserve(batch.size());
      for (size_t i : order) keys.push_back(OutKey(batch[i]));
      std::vector<rocksdb::PinnableSlice> values;
      std::vector<bool> found;
      Status rs = MultiGet(kCfOut, keys, &values, &found);
      if (!rs.ok()) return rs;
      aggs.assign(batch.size(), EdgeAgg());
      for (size_t k = 0; k < order.size(); ++k) {
        if (!found[k] || !DecodeEdgeAgg(values[k].ToStringView(), &aggs[order[k]])) {
          return Status::Corruption("in-edge without its edge in " + db_->path());
        }
      }
      return EmitEdges(&batch, &aggs, fn, go_on);
    };
    s = ForEachAdjacent(actor, kCfIn, [&](const EdgeInts& e, bool* go_on) -> Status {
      if (direction == Direction::kBoth && e.s == e.o) return Status::OK();  // a self-loop, listed already
      batch.push_back(e);
      return batch.size() < kBatch ? Status::OK() : read_and_emit(go_on);
    });
    if (s.ok() && !batch.empty()) s = read_and_emit(&more);
  }
  return s;
}

Status RocksGraphStore::EmitEdges(std::vector<EdgeInts>* edges, std::vector<EdgeAgg>* aggs,
                                  const std::function<bool(const EdgeRecord&)>& fn, bool* more) {
  std::vector<uint32_t> actors, predicates;
  for (const EdgeInts& e : *edges) {
    actors.push_back(e.s);
    actors.push_back(e.o);
    predicates.push_back(e.p);
  }
  Status s = interner_.Prefetch(IdKind::kActor, actors);
  if (s.ok()) s = interner_.Prefetch(IdKind::kPredicate, predicates);
  for (size_t i = 0; s.ok() && *more && i < edges->size(); ++i) {
    EdgeRecord edge;
    if (s = MakeEdgeRecord((*edges)[i], (*aggs)[i], &edge); s.ok()) *more = fn(edge);
  }
  edges->clear();
  aggs->clear();
  return s;
}

Status RocksGraphStore::ForEachEdge(const std::function<bool(const EdgeRecord&)>& fn) {
  Status s = PrepareRead();
  if (!s.ok()) return s;
  std::unique_ptr<rocksdb::Iterator> it(db_->db()->NewIterator(ScanRead(), cf(kCfOut)));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    EdgeInts e;
    EdgeAgg agg;
    if (!ParseOutKey(it->key(), &e) || !DecodeEdgeAgg(it->value().ToStringView(), &agg)) {
      return Status::Corruption("bad edge record in " + db_->path());
    }
    EdgeRecord edge;
    if (s = MakeEdgeRecord(e, agg, &edge); !s.ok()) return s;
    if (!fn(edge)) break;
  }
  return IterStatus(*it, db_->path());
}

Status RocksGraphStore::ResolveEdgeKey(const EdgeKey& key, EdgeInts* e, bool* found) {
  Status s = interner_.Find(IdKind::kActor, key.subject, &e->s, found);
  if (s.ok() && *found) s = interner_.Find(IdKind::kActor, key.object, &e->o, found);
  if (s.ok() && *found) s = interner_.Find(IdKind::kPredicate, key.predicate, &e->p, found);
  e->kind = static_cast<uint8_t>(key.kind);
  e->pol = static_cast<uint8_t>(key.polarity);
  return s;
}

namespace {
std::string EdgeName(const EdgeKey& key) {
  return "(" + key.subject + ", " + key.predicate + ", " + key.object + ", " + std::string(ToString(key.polarity)) +
         ", " + std::string(ToString(key.kind)) + ")";
}
}  // namespace

Status RocksGraphStore::GetEdge(const EdgeKey& key, EdgeRecord* edge) {
  Status s = PrepareRead();
  if (!s.ok()) return s;
  EdgeInts e;
  bool found = false;
  if (s = ResolveEdgeKey(key, &e, &found); !s.ok()) return s;
  std::string raw;
  if (found && !(s = Get(kCfOut, OutKey(e), &raw, &found)).ok()) return s;
  if (!found) return Status::NotFound("no edge " + EdgeName(key) + " in " + db_->path());
  EdgeAgg agg;
  if (!DecodeEdgeAgg(raw, &agg)) return Status::Corruption("bad edge record in " + db_->path());
  return MakeEdgeRecord(e, agg, edge);
}

Status RocksGraphStore::ForEachEvidence(const EdgeKey& key, const std::function<bool(const EvidenceRecord&)>& fn) {
  Status s = PrepareRead();
  if (!s.ok()) return s;
  EdgeInts e;
  bool found = false;
  if (s = ResolveEdgeKey(key, &e, &found); !s.ok() || !found) return s;
  std::string prefix = OutKey(e);
  std::unique_ptr<rocksdb::Iterator> it(db_->db()->NewIterator(PrefixRead(), cf(kCfEvidence)));
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    EvidenceKeyParts parts;
    EvidenceValue ev;
    if (!ParseEvidenceKey(it->key(), &parts) || !DecodeEvidence(it->value().ToStringView(), &ev)) {
      return Status::Corruption("bad evidence record in " + db_->path());
    }
    EvidenceRecord record;
    if (s = interner_.Name(IdKind::kDoc, parts.doc, &record.doc); !s.ok()) return s;
    if (ev.source && !(s = interner_.Name(IdKind::kSource, ev.source, &record.source)).ok()) return s;
    record.sentence = parts.sentence;
    record.start = ev.start;
    record.end = ev.end;
    record.date = ev.date;
    record.modality = static_cast<Modality>(ev.modality);
    record.text = std::move(ev.text);
    if (!fn(record)) break;
  }
  return IterStatus(*it, db_->path());
}

Status RocksGraphStore::ToTriple(const std::string& doc_id, const MergeTriple& m, Triple* t) {
  *t = Triple();
  t->doc = doc_id;
  const ContribTriple& c = m.contrib;
  t->subject = {m.subject_id, c.subject.name, static_cast<ActorType>(c.subject.type), c.subject.country,
                c.subject.surface};
  t->object = {m.object_id, c.object.name, static_cast<ActorType>(c.object.type), c.object.country, c.object.surface};
  Status s = interner_.Name(IdKind::kPredicate, c.edge.p, &t->predicate);
  if (s.ok() && m.evidence.source) s = interner_.Name(IdKind::kSource, m.evidence.source, &t->source);
  t->kind = static_cast<RelationKind>(c.edge.kind);
  t->polarity = static_cast<Polarity>(c.edge.pol);
  t->modality = static_cast<Modality>(m.evidence.modality);
  t->cameo = m.evidence.cameo;
  t->quad = m.evidence.quad;
  t->goldstein = m.evidence.goldstein;
  t->date = m.evidence.date;
  t->evidence = {c.sentence, m.evidence.start, m.evidence.end, m.evidence.text};
  return s;
}

namespace {
ArticleRecord ToArticleRecord(const DocValue& d) {
  return ArticleRecord{d.id, d.title, d.date, d.url, d.source, HexOf(d.hash), d.triples, d.file};
}
}  // namespace

Status RocksGraphStore::GetArticle(const std::string& doc_id, ArticleRecord* article, std::vector<Triple>* contribution) {
  Status s = PrepareRead();
  if (!s.ok()) return s;
  uint32_t doc = 0;
  bool found = false;
  if (s = interner_.Find(IdKind::kDoc, doc_id, &doc, &found); !s.ok()) return s;
  DocValue value;
  if (found && !(s = GetDoc(doc, &value, &found)).ok()) return s;
  if (!found) return Status::NotFound("no article '" + doc_id + "' in " + db_->path());
  if (article) *article = ToArticleRecord(value);
  if (contribution) {
    std::vector<MergeTriple> merge;
    if (s = LoadContribution(doc, &merge); !s.ok()) return s;
    contribution->resize(merge.size());
    for (size_t i = 0; i < merge.size(); ++i) {
      if (s = ToTriple(doc_id, merge[i], &(*contribution)[i]); !s.ok()) return s;
    }
  }
  return Status::OK();
}

Status RocksGraphStore::GetCommittedTripleCount(const std::string& doc_id, uint64_t* triples) {
  uint32_t doc = 0;
  bool found = false;
  Status s = interner_.Find(IdKind::kDoc, doc_id, &doc, &found);
  DocValue value;
  if (s.ok() && found) s = GetDoc(doc, &value, &found);
  if (!s.ok()) return s;
  if (!found) return Status::NotFound("no article '" + doc_id + "' in " + db_->path());
  *triples = value.triples;
  return Status::OK();
}

Status RocksGraphStore::ForEachArticle(const std::function<bool(const ArticleRecord&)>& fn) {
  Status s = PrepareRead();
  if (!s.ok()) return s;
  std::unique_ptr<rocksdb::Iterator> it(db_->db()->NewIterator(ScanRead(), cf(kCfDocs)));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    DocValue value;
    if (!DecodeDoc(it->value().ToStringView(), &value)) return Status::Corruption("bad article record in " + db_->path());
    if (!fn(ToArticleRecord(value))) break;
  }
  return IterStatus(*it, db_->path());
}

Status RocksGraphStore::GetStats(StoreStats* stats) {
  *stats = StoreStats();
  Status s = PrepareRead();
  if (!s.ok()) return s;
  uint64_t by_type[kActorTypeCount] = {};
  {
    std::unique_ptr<rocksdb::Iterator> it(db_->db()->NewIterator(ScanRead(), cf(kCfActors)));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      ActorAgg agg;
      if (!DecodeActorAgg(it->value().ToStringView(), &agg)) return Status::Corruption("bad actor record in " + db_->path());
      ++stats->actors;
      ++by_type[static_cast<int>(ParseActorType(TopVariant(agg.types)).value_or(ActorType::kOther))];
    }
    if (s = IterStatus(*it, db_->path()); !s.ok()) return s;
  }
  for (int t = 0; t < kActorTypeCount; ++t) {
    if (by_type[t]) stats->actors_by_type.emplace_back(static_cast<ActorType>(t), by_type[t]);
  }
  {
    std::unique_ptr<rocksdb::Iterator> it(db_->db()->NewIterator(ScanRead(), cf(kCfOut)));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      EdgeAgg agg;
      if (!DecodeEdgeAgg(it->value().ToStringView(), &agg)) return Status::Corruption("bad edge record in " + db_->path());
      ++stats->edges;
      stats->evidence += agg.mentions;
      stats->first_date = MinDate(stats->first_date, agg.first_date);
      stats->last_date = MaxDate(stats->last_date, agg.last_date);
    }
    if (s = IterStatus(*it, db_->path()); !s.ok()) return s;
  }
  {
    std::unique_ptr<rocksdb::Iterator> it(db_->db()->NewIterator(ScanRead(), cf(kCfDocs)));
    for (it->SeekToFirst(); it->Valid(); it->Next()) ++stats->articles;
    if (s = IterStatus(*it, db_->path()); !s.ok()) return s;
  }
  stats->size_on_disk = DirectorySize(db_->path());
  return Status::OK();
}

}  // namespace geokg::store
