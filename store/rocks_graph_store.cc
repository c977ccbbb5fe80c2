#include "store/rocks_graph_store.h"

#include <rocksdb/utilities/checkpoint.h>

#include <cmath>
#include <filesystem>

#include "store/content_hash.h"

namespace geokg {

Status GraphStore::Open(const std::string& path, const StoreOptions& options, std::unique_ptr<GraphStore>* store) {
  std::unique_ptr<store::DbHandle> db;
  Status s = store::OpenDb(path, options, &db);
  if (!s.ok()) return s;
  auto impl = std::make_unique<store::RocksGraphStore>(std::move(db), options);
  if (s = impl->Init(); !s.ok()) return s;
  *store = std::move(impl);
  return Status::OK();
}

namespace store {

namespace {
// After a commit, cached edges are dropped beyond this many (most edges are
// seen once; hot ones come back at once), everything beyond the next limits.
constexpr size_t kMaxCachedEdges = 250000;
constexpr size_t kMaxCachedAggregates = 1u << 20;
constexpr size_t kMaxCachedIds = 1u << 20;
// Triples handed to the merge threads at once: few enough to keep them
// busy while the next batch is resolved, enough to make handing over rare.
constexpr size_t kMergeBatchTriples = 4096;
}  // namespace

RocksGraphStore::RocksGraphStore(std::unique_ptr<DbHandle> db, const StoreOptions& options)
    : db_(std::move(db)),
      options_(options),
      interner_(db_->db(), db_->cf(kCfIds)),
      aggregates_(this, options.read_only ? 1 : std::max<size_t>(options.merge_threads, 1)) {}

RocksGraphStore::~RocksGraphStore() {
  if (!db_->read_only()) CommitAndWait();
  workers_.reset();
  writer_.reset();
}

Status RocksGraphStore::Init() {
  pending_ = &unused_writes_;
  if (!db_->read_only()) {
    std::unique_ptr<TableIngester> tables;
    if (options_.bulk) tables = std::make_unique<TableIngester>(db_->db(), db_->handles(), db_->path());
    writer_ = std::make_unique<AsyncWriter>(db_->db(), db_->handles(), options_.sync, db_->path(), std::move(tables));
    pending_ = writer_->Spare();
  }
  Status s = interner_.LoadNextIds();
  // The one writer: edges of actors or predicates new to the database need no read.
  if (s.ok() && !db_->read_only()) {
    aggregates_.SetFirstNewIds(interner_.next_id(IdKind::kActor), interner_.next_id(IdKind::kPredicate));
  }
  // A bulk ingest caches up to kMaxCachedEdges edges and a commit's more
  // (about 500,000 on 1M generated triples) before dropping them: room for
  // them at once, not by rehashing as they come (8 MiB of buckets).
  if (s.ok() && options_.bulk) aggregates_.ReserveEdges(4 * kMaxCachedEdges);
  if (s.ok() && !db_->read_only() && options_.merge_threads > 0) {
    workers_ = std::make_unique<MergeWorkers>(&aggregates_);
    batch_ = workers_->Fresh();
  }
  return s;
}

Status RocksGraphStore::Get(int which, const std::string& key, std::string* value, bool* found) {
  rocksdb::Status s = db_->db()->Get(rocksdb::ReadOptions(), cf(which), key, value);
  *found = s.ok();
  if (s.ok() || s.IsNotFound()) return Status::OK();
  return FromRocks(s, std::string("cannot read ") + CfName(which) + " of " + db_->path());
}

Status RocksGraphStore::MultiGet(int which, const std::vector<std::string>& keys,
                                 std::vector<rocksdb::PinnableSlice>* values, std::vector<bool>* found) {
  return BatchGet(db_->db(), cf(which), keys, std::string("cannot read ") + CfName(which) + " of " + db_->path(),
                  values, found);
}

Status RocksGraphStore::Writable() const {
  if (db_->read_only()) return Status::InvalidArgument("database " + db_->path() + " is open for reading only");
  return broken_;
}

Status RocksGraphStore::PrepareRead() {
  if (db_->read_only()) return Status::OK();
  return CommitAndWait();
}

Status RocksGraphStore::Flush() {
  if (db_->read_only()) return Status::OK();
  return CommitAndWait();
}

Status RocksGraphStore::CommitAndWait() {
  Status s = Commit();
  if (!s.ok()) return s;
  if (s = writer_->Wait(); !s.ok()) Abort(s);
  if (s.ok()) committed_puts_ = submitted_puts_;
  return s;
}

Status RocksGraphStore::Refresh() {
  if (!db_->read_only()) return Flush();
  Status s = db_->CatchUp();
  // What the caches hold may have changed underneath.
  aggregates_.Clear();
  interner_.ClearCache();
  return s;
}

Status RocksGraphStore::DrainMerge() {
  if (!workers_) return Status::OK();
  if (batch_->articles() > 0) {
    workers_->Submit(batch_);
    batch_ = workers_->Fresh();
  }
  return workers_->Drain();
}

Status RocksGraphStore::Commit() {
  if (!broken_.ok()) return broken_;
  if (Status s = DrainMerge(); !s.ok()) {
    Abort(s);
    return s;
  }
  if (pending_articles_ == 0 && pending_->empty()) {
    submitted_puts_ = accepted_puts_;  // they wrote nothing: in once the batch before them is
    return Status::OK();
  }
  Status s;
  if (aggregates_.edges_cached() > kMaxCachedEdges) {
    // The clean edges were written by the batches before this one: once the
    // last of those is in (it usually is, having been written while this one
    // was merged), they can go, and the writer goes on with this batch while
    // the next is merged.
    if (s = writer_->Wait(); !s.ok()) {
      Abort(s);
      return s;
    }
    aggregates_.DropCleanEdges();
  }
  aggregates_.WriteDirty(pending_);
  if (s = writer_->Submit(pending_); !s.ok()) {
    Abort(s);
    return s;
  }
  committed_puts_ = submitted_puts_;  // Submit waited for the batch before: it was written
  submitted_puts_ = accepted_puts_;
  pending_ = writer_->Spare();
  pending_articles_ = 0;
  in_flight_docs_ = std::move(pending_docs_);  // until the next commit: maybe still being written
  pending_docs_.clear();
  if (aggregates_.size() > kMaxCachedAggregates || interner_.cached() > kMaxCachedIds) {
    // What is cached may be in the batch being written only: wait before dropping it.
    if (s = writer_->Wait(); !s.ok()) {
      Abort(s);
      return s;
    }
    if (aggregates_.size() > kMaxCachedAggregates) aggregates_.Clear();
    if (interner_.cached() > kMaxCachedIds) interner_.ClearCache();
  }
  return Status::OK();
}

void RocksGraphStore::Abort(const Status& why) {
  // The pending writes and the caches may hold half an article: drop them all
  // (once the merge threads are done with them).
  if (workers_) workers_->Drain();
  batch_->Clear();
  pending_->Clear();
  aggregates_.Clear();
  interner_.ClearCache();
  pending_articles_ = 0;
  pending_docs_.clear();
  in_flight_docs_.clear();
  broken_ = why;
}

Status RocksGraphStore::Validate(const Article& article, const std::vector<Triple>& triples) const {
  if (article.id.empty()) return Status::InvalidArgument("an article needs an id");
  if (triples.size() > (1u << 30)) return Status::InvalidArgument("article " + article.id + " has too many triples");
  for (size_t i = 0; i < triples.size(); ++i) {
    const Triple& t = triples[i];
    auto bad = [&](const std::string& why) {
      return Status::InvalidArgument("triple " + std::to_string(i + 1) + " of article '" + article.id + "': " + why);
    };
    if (t.doc != article.id) return bad("its doc '" + t.doc + "' is not the article's id");
    if (t.subject.id.empty() || t.object.id.empty()) return bad("subject and object need an id");
    if (t.predicate.empty()) return bad("empty predicate");
    if (static_cast<int>(t.subject.type) >= kActorTypeCount || static_cast<int>(t.object.type) >= kActorTypeCount ||
        static_cast<int>(t.kind) > static_cast<int>(RelationKind::kAffiliation) ||
        static_cast<int>(t.polarity) > static_cast<int>(Polarity::kNegative) ||
        static_cast<int>(t.modality) >= kModalityCount) {
      return bad("a field is out of range");
    }
    if (t.quad < 0 || t.quad > 4) return bad("quad must be 0..4");
    if (!std::isfinite(t.goldstein)) return bad("goldstein must be a finite number");
  }
  return Status::OK();
}

Status RocksGraphStore::GetDoc(uint32_t doc, DocValue* value, bool* found) {
  std::string raw;
  Status s = Get(kCfDocs, IntKey(doc), &raw, found);
  if (!s.ok() || !*found) return s;
  if (!DecodeDoc(raw, value)) return Status::Corruption("bad article record in " + db_->path());
  return Status::OK();
}

namespace {
void AssignMention(ActorMention* m, const ActorRef& a) {
  m->name.assign(a.name);
  m->type = static_cast<uint8_t>(a.type);
  m->country.assign(a.country);
  m->surface.assign(a.surface);
}
}  // namespace

Status RocksGraphStore::BuildContribution(const Article& article, const std::vector<Triple>& triples,
                                          std::span<MergeTriple> merge) {
  // `merge` is reused across articles: every field is assigned, keeping string capacity.
  for (size_t i = 0; i < triples.size(); ++i) {
    const Triple& t = triples[i];
    MergeTriple& m = merge[i];
    EdgeInts& e = m.contrib.edge;
    m.evidence.source = 0;
    Status s = interner_.Intern(IdKind::kActor, t.subject.id, pending_, &e.s);
    if (s.ok()) s = interner_.Intern(IdKind::kActor, t.object.id, pending_, &e.o);
    if (s.ok()) s = interner_.Intern(IdKind::kPredicate, t.predicate, pending_, &e.p);
    const std::string& source = t.source.empty() ? article.source : t.source;
    if (s.ok() && !source.empty()) s = interner_.Intern(IdKind::kSource, source, pending_, &m.evidence.source);
    if (!s.ok()) return s;
    e.kind = static_cast<uint8_t>(t.kind);
    e.pol = static_cast<uint8_t>(t.polarity);
    m.contrib.sentence = t.evidence.sentence;
    AssignMention(&m.contrib.subject, t.subject);
    AssignMention(&m.contrib.object, t.object);
    m.evidence.start = t.evidence.start;
    m.evidence.end = t.evidence.end;
    m.evidence.modality = static_cast<uint8_t>(t.modality);
    m.evidence.cameo.assign(t.cameo);
    m.evidence.quad = t.quad;
    m.evidence.goldstein = t.goldstein;
    m.evidence.date.assign(t.date.empty() ? article.date : t.date);
    // The text stays in the triple: the merge does not need it (PutArticle encodes it).
    m.evidence.text.clear();
    m.subject_id.assign(t.subject.id);
    m.object_id.assign(t.object.id);
  }
  return Status::OK();
}

Status RocksGraphStore::LoadContribution(uint32_t doc, std::vector<MergeTriple>* merge) {
  std::string raw;
  bool found = false;
  Status s = Get(kCfContrib, IntKey(doc), &raw, &found);
  if (!s.ok()) return s;
  std::vector<ContribTriple> contrib;
  if (!found || !DecodeContrib(raw, &contrib)) {
    return Status::Corruption("missing or bad contribution record of an article in " + db_->path());
  }
  merge->clear();
  merge->resize(contrib.size());
  std::vector<std::string> keys(contrib.size());
  std::vector<rocksdb::Slice> slices(contrib.size());
  for (size_t i = 0; i < contrib.size(); ++i) {
    keys[i] = EvidenceKey(contrib[i].edge, doc, contrib[i].sentence, static_cast<uint32_t>(i));
    slices[i] = keys[i];
  }
  std::vector<std::string> values;
  std::vector<rocksdb::ColumnFamilyHandle*> cfs(contrib.size(), cf(kCfEvidence));
  std::vector<rocksdb::Status> statuses = db_->db()->MultiGet(rocksdb::ReadOptions(), cfs, slices, &values);
  for (size_t i = 0; i < contrib.size(); ++i) {
    MergeTriple& m = (*merge)[i];
    if (!statuses[i].ok() || !DecodeEvidence(values[i], &m.evidence)) {
      return Status::Corruption("missing or bad evidence of an article in " + db_->path());
    }
    m.contrib = std::move(contrib[i]);
    if (s = interner_.Name(IdKind::kActor, m.contrib.edge.s, &m.subject_id); !s.ok()) return s;
    if (s = interner_.Name(IdKind::kActor, m.contrib.edge.o, &m.object_id); !s.ok()) return s;
  }
  return Status::OK();
}

Status RocksGraphStore::RecomputeDates(const DateRecompute& recompute, uint32_t excluded_doc) {
  rocksdb::ReadOptions ro;
  ro.prefix_same_as_start = true;
  for (const EdgeInts& e : recompute.edges) {
    CacheSlot<EdgeAgg>* slot;
    Status s = aggregates_.Edge(e, &slot, /*for_update=*/true);
    if (!s.ok()) return s;
    std::string first, last;
    std::string prefix = OutKey(e);
    std::unique_ptr<rocksdb::Iterator> it(db_->db()->NewIterator(ro, cf(kCfEvidence)));
    for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
      EvidenceKeyParts parts;
      EvidenceValue ev;
      if (!ParseEvidenceKey(it->key(), &parts) || !DecodeEvidence(it->value().ToStringView(), &ev)) {
        return Status::Corruption("bad evidence record in " + db_->path());
      }
      if (parts.doc == excluded_doc) continue;
      first = MinDate(first, ev.date);
      last = MaxDate(last, ev.date);
    }
    if (!it->status().ok()) return FromRocks(it->status(), "cannot read evidence");
    slot->value.first_date = first;
    slot->value.last_date = last;
  }
  for (uint32_t actor : recompute.actors) {
    CacheSlot<ActorAgg>* slot;
    Status s = aggregates_.Actor(actor, &slot, /*for_update=*/true);
    if (!s.ok()) return s;
    std::string first, last;
    auto visit = [&](const EdgeInts& e, bool*) -> Status {
      CacheSlot<EdgeAgg>* edge;
      Status es = aggregates_.Edge(e, &edge, /*for_update=*/false);
      if (es.ok() && edge->present) {
        first = MinDate(first, edge->value.first_date);
        last = MaxDate(last, edge->value.last_date);
      }
      return es;
    };
    if (s = ForEachAdjacent(actor, kCfOut, visit); !s.ok()) return s;
    if (s = ForEachAdjacent(actor, kCfIn, visit); !s.ok()) return s;
    slot->value.first_seen = first;
    slot->value.last_seen = last;
  }
  return Status::OK();
}

Status RocksGraphStore::Retract(uint32_t doc) {
  std::vector<MergeTriple> old;
  Status s = LoadContribution(doc, &old);
  if (!s.ok()) return s;
  DateRecompute recompute;
  if (s = ApplyContribution(std::span<const MergeTriple>(old), -1, aggregates_, kAllShards, &normalizer_, &recompute);
      !s.ok()) {
    return s;
  }
  for (size_t i = 0; i < old.size(); ++i) {
    const ContribTriple& c = old[i].contrib;
    pending_->Delete(kCfEvidence, EvidenceKey(c.edge, doc, c.sentence, static_cast<uint32_t>(i)));
  }
  pending_->Delete(kCfContrib, IntKey(doc));
  pending_->Delete(kCfDocs, IntKey(doc));
  return RecomputeDates(recompute, doc);
}

Status RocksGraphStore::PutArticle(const Article& article, const std::vector<Triple>& triples,
                                   IngestOutcome* outcome) {
  ++accepted_puts_;  // counted before PutOne, whose commit may include it
  Status s = PutOne(article, triples, ContentHash(article, triples), outcome);
  if (!s.ok()) --accepted_puts_;
  return s;
}

Status RocksGraphStore::PutArticleRecord(const ArticleRecord& record, const std::vector<Triple>& triples,
                                         IngestOutcome* outcome) {
  auto nibble = [](char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
  };
  std::string hash;
  for (size_t i = 0; i + 1 < record.content_hash.size(); i += 2) {
    int high = nibble(record.content_hash[i]), low = nibble(record.content_hash[i + 1]);
    if (high < 0 || low < 0) break;
    hash.push_back(static_cast<char>(high * 16 + low));
  }
  if (hash.size() != 16 || record.content_hash.size() != 32) {
    return Status::InvalidArgument("article '" + record.id + "' has no valid content hash");
  }
  Article article;
  article.id = record.id;
  article.title = record.title;
  article.date = record.date;
  article.url = record.url;
  article.source = record.source;
  article.file = record.file;
  ++accepted_puts_;
  Status s = PutOne(article, triples, hash, outcome);
  if (!s.ok()) --accepted_puts_;
  return s;
}

Status RocksGraphStore::PutOne(const Article& article, const std::vector<Triple>& triples, const std::string& hash,
                               IngestOutcome* outcome) {
  Status s = Writable();
  if (s.ok()) s = Validate(article, triples);
  if (!s.ok()) return s;
  uint32_t doc = 0;
  bool known = false;
  if (s = interner_.Find(IdKind::kDoc, article.id, &doc, &known); !s.ok()) return s;
  IngestOutcome result = IngestOutcome::kNew;
  if (known) {
    // Its record may be pending or being written: let it reach the database.
    if ((pending_docs_.count(doc) || in_flight_docs_.count(doc)) && !(s = CommitAndWait()).ok()) return s;
    DocValue old;
    bool have = false;
    if (s = GetDoc(doc, &old, &have); !s.ok()) return s;
    if (have && old.hash == hash) {
      *outcome = IngestOutcome::kUnchanged;
      return Status::OK();
    }
    if (have && options_.keep_on_conflict && !old.file.empty() && !article.file.empty() &&
        old.file != article.file) {
      *outcome = IngestOutcome::kConflict;
      return Status::OK();
    }
    if (have) {
      // Retraction reads the evidence of every edge it touches: all must be written.
      if (s = CommitAndWait(); !s.ok()) return s;
      if (s = Retract(doc); !s.ok()) {
        Abort(s);
        return s;
      }
      result = IngestOutcome::kReplaced;
    }
  }
  // From here on a failure leaves the pending batch half-written: Abort.
  auto fail = [&](const Status& why) {
    Abort(why);
    return why;
  };
  if (!known && !(s = interner_.Intern(IdKind::kDoc, article.id, pending_, &doc)).ok()) return fail(s);
  std::span<MergeTriple> merge = batch_->Open(triples.size());
  if (s = BuildContribution(article, triples, merge); !s.ok()) return fail(s);
  std::string key, value, contrib;
  AppendContribHeader(&contrib, merge.size());
  for (size_t i = 0; i < merge.size(); ++i) {
    const MergeTriple& m = merge[i];
    EncodeEvidence(m.evidence, triples[i].evidence.text, &value);
    EvidenceKey(m.contrib.edge, doc, m.contrib.sentence, static_cast<uint32_t>(i), &key);
    pending_->Put(kCfEvidence, key, value);
    AppendContribTriple(&contrib, m.contrib);
  }
  DocValue doc_value{article.id,     article.title, article.date, article.url, article.source,
                     hash,           triples.size(), article.file};
  pending_->Put(kCfContrib, IntKey(doc), contrib);
  pending_->Put(kCfDocs, IntKey(doc), EncodeDoc(doc_value));
  batch_->Close();
  if (!workers_) {
    DateRecompute unused;
    s = ApplyContribution(merge, +1, aggregates_, kAllShards, &normalizer_, &unused);
    batch_->Clear();
    if (!s.ok()) return fail(s);
  } else if (batch_->triples() >= kMergeBatchTriples) {
    workers_->Submit(batch_);
    batch_ = workers_->Fresh();
  }
  ++pending_articles_;
  pending_docs_.insert(doc);
  if (pending_articles_ >= options_.batch_articles || pending_->bytes() >= options_.batch_bytes) {
    if (s = Commit(); !s.ok()) return s;
  }
  *outcome = result;
  return Status::OK();
}

Status RocksGraphStore::RemoveArticle(const std::string& doc_id) {
  Status s = Writable();
  if (!s.ok()) return s;
  uint32_t doc = 0;
  bool found = false;
  if (s = interner_.Find(IdKind::kDoc, doc_id, &doc, &found); !s.ok()) return s;
  if (found && !(s = CommitAndWait()).ok()) return s;
  DocValue value;
  if (found && !(s = GetDoc(doc, &value, &found)).ok()) return s;
  if (!found) return Status::NotFound("no article '" + doc_id + "' in " + db_->path());
  if (s = Retract(doc); !s.ok()) {
    Abort(s);
    return s;
  }
  ++pending_articles_;
  return CommitAndWait();
}

Status RocksGraphStore::Backup(const std::string& dir) {
  if (db_->read_only()) return Status::InvalidArgument("a backup needs the database open for writing");
  std::error_code ec;
  if (std::filesystem::exists(dir, ec)) {
    return Status::InvalidArgument("backup folder " + dir + " already exists (give a new path)");
  }
  Status s = CommitAndWait();
  if (!s.ok()) return s;
  rocksdb::Checkpoint* raw = nullptr;
  rocksdb::Status rs = rocksdb::Checkpoint::Create(db_->db(), &raw);
  std::unique_ptr<rocksdb::Checkpoint> checkpoint(raw);
  if (rs.ok()) rs = checkpoint->CreateCheckpoint(dir);
  return FromRocks(rs, "cannot back up " + db_->path() + " to " + dir);
}

}  // namespace store
}  // namespace geokg
