#include "store/store_check.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <set>

#include "store/aggregates.h"
#include "store/db_open.h"
#include "store/interner.h"
#include "store/link_summary.h"
#include "store/merge.h"

namespace geokg::store {

namespace {

Status OpenReader(const std::string& path, std::unique_ptr<DbHandle>* db) {
  StoreOptions options;
  options.read_only = true;
  return OpenDb(path, options, db);
}

// Calls fn(key, value) for every record of a column family, in key order.
template <typename Fn>
Status Scan(DbHandle* db, int cf, Fn fn) {
  rocksdb::ReadOptions ro;
  ro.total_order_seek = true;
  std::unique_ptr<rocksdb::Iterator> it(db->db()->NewIterator(ro, db->cf(cf)));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    if (Status s = fn(it->key().ToString(), it->value().ToString()); !s.ok()) return s;
  }
  return FromRocks(it->status(), std::string("cannot read ") + CfName(cf));
}

// Reads the contribution of one article: its triples with their evidence.
Status ReadArticle(DbHandle* db, Interner* ids, uint32_t doc, const DocValue& value, std::vector<MergeTriple>* merge,
                   std::vector<std::string>* evidence_keys, std::vector<std::string>* problems) {
  std::string raw;
  std::vector<ContribTriple> contrib;
  rocksdb::Status rs = db->db()->Get(rocksdb::ReadOptions(), db->cf(kCfContrib), IntKey(doc), &raw);
  if (!rs.ok() || !DecodeContrib(raw, &contrib)) {
    problems->push_back("article " + value.id + ": no contribution record");
    return Status::OK();
  }
  if (contrib.size() != value.triples) {
    problems->push_back("article " + value.id + ": " + std::to_string(contrib.size()) + " triples stored, record says " +
                        std::to_string(value.triples));
  }
  for (size_t i = 0; i < contrib.size(); ++i) {
    MergeTriple m;
    m.contrib = contrib[i];
    std::string key = EvidenceKey(m.contrib.edge, doc, m.contrib.sentence, static_cast<uint32_t>(i));
    rs = db->db()->Get(rocksdb::ReadOptions(), db->cf(kCfEvidence), key, &raw);
    if (!rs.ok() || !DecodeEvidence(raw, &m.evidence)) {
      problems->push_back("article " + value.id + ": evidence of triple " + std::to_string(i) + " missing");
      continue;
    }
    Status s = ids->Name(IdKind::kActor, m.contrib.edge.s, &m.subject_id);
    if (s.ok()) s = ids->Name(IdKind::kActor, m.contrib.edge.o, &m.object_id);
    if (!s.ok()) return s;
    evidence_keys->push_back(std::move(key));
    merge->push_back(std::move(m));
  }
  return Status::OK();
}

// `absent`: a stored value that stands for no record (a link summary whose
// every link was retracted: merge operands cannot delete their key).
void Compare(int cf, const std::map<std::string, std::string>& expected, DbHandle* db,
             std::vector<std::string>* problems, size_t max_problems, const std::string& absent = "") {
  auto it = expected.begin();
  Status s = Scan(db, cf, [&](const std::string& key, const std::string& value) {
    if (!absent.empty() && value == absent) return Status::OK();
    while (it != expected.end() && it->first < key) {
      problems->push_back(std::string(CfName(cf)) + ": missing record " + HexOf(it->first));
      ++it;
    }
    if (it == expected.end() || it->first != key) {
      problems->push_back(std::string(CfName(cf)) + ": record " + HexOf(key) + " has no evidence behind it");
    } else {
      if (it->second != value) {
        problems->push_back(std::string(CfName(cf)) + ": record " + HexOf(key) + " is " + HexOf(value) +
                            ", the evidence gives " + HexOf(it->second));
      }
      ++it;
    }
    return problems->size() >= max_problems ? Status::Busy("enough") : Status::OK();
  });
  for (; it != expected.end() && problems->size() < max_problems; ++it) {
    problems->push_back(std::string(CfName(cf)) + ": missing record " + HexOf(it->first));
  }
  if (!s.ok() && !s.IsBusy()) problems->push_back(s.message());
}

}  // namespace

Status CheckConsistency(const std::string& path, std::vector<std::string>* problems, size_t max_problems) {
  std::unique_ptr<DbHandle> db;
  Status s = OpenReader(path, &db);
  if (!s.ok()) return s;
  Interner ids(db->db(), db->cf(kCfIds));
  AggregateCache cache(nullptr);
  NameNormalizer normalizer;
  DateRecompute unused;
  std::set<std::string> evidence_keys;
  s = Scan(db.get(), kCfDocs, [&](const std::string& key, const std::string& value) -> Status {
    uint32_t doc;
    DocValue record;
    if (!ParseIntKey(key, &doc) || !DecodeDoc(value, &record)) {
      problems->push_back("docs: bad record " + HexOf(key));
      return Status::OK();
    }
    std::string name;
    if (!ids.Name(IdKind::kDoc, doc, &name).ok() || name != record.id) {
      problems->push_back("article " + record.id + ": its id is not interned as " + std::to_string(doc));
    }
    std::vector<MergeTriple> merge;
    std::vector<std::string> keys;
    if (Status rs = ReadArticle(db.get(), &ids, doc, record, &merge, &keys, problems); !rs.ok()) return rs;
    evidence_keys.insert(keys.begin(), keys.end());
    return ApplyContribution(merge, +1, &cache, &normalizer, &unused);
  });
  if (!s.ok()) return s;
  // Evidence that no article owns (half an article).
  s = Scan(db.get(), kCfEvidence, [&](const std::string& key, const std::string&) {
    if (!evidence_keys.count(key) && problems->size() < max_problems) {
      problems->push_back("evidence: record " + HexOf(key) + " belongs to no article");
    }
    return Status::OK();
  });
  if (!s.ok()) return s;
  std::map<std::string, std::string> actors, out, in, alias;
  for (const auto& [id, slot] : cache.actors()) {
    if (!slot.present) continue;
    actors[IntKey(id)] = EncodeActorAgg(slot.value);
    std::string name;
    if (s = ids.Name(IdKind::kActor, id, &name); !s.ok()) return s;
    for (const auto& a : ActorAliases(name, slot.value, &normalizer)) alias[AliasKey(a, id)] = "";
  }
  LinkDeltas link_sums;
  for (const auto& [edge, slot] : cache.edges()) {
    if (!slot.present) continue;
    out[OutKey(edge)] = EncodeEdgeAgg(slot.value);
    in[InKey(edge)] = "";
    link_sums.Add(edge.s, edge.o, static_cast<int64_t>(slot.value.mentions));
  }
  std::map<std::string, std::string> links;
  link_sums.ForEachRecord([&](const std::string& key, const std::string& value) { links[key] = value; });
  Compare(kCfActors, actors, db.get(), problems, max_problems);
  Compare(kCfOut, out, db.get(), problems, max_problems);
  Compare(kCfIn, in, db.get(), problems, max_problems);
  Compare(kCfAlias, alias, db.get(), problems, max_problems);
  std::string no_links;
  EncodeLinkList({}, &no_links);
  Compare(kCfLinks, links, db.get(), problems, max_problems, no_links);
  return Status::OK();
}

Status VerifyDatabase(const std::string& path, std::vector<std::string>* problems, size_t max_problems) {
  std::unique_ptr<DbHandle> db;
  Status s = OpenReader(path, &db);
  if (s.code() == Status::Code::kCorruption) {
    problems->push_back(s.message());
    return Status::OK();
  }
  if (!s.ok()) return s;
  rocksdb::ReadOptions ro;
  ro.fill_cache = false;
  if (rocksdb::Status rs = db->db()->VerifyChecksum(ro); !rs.ok()) {
    problems->push_back("database " + path + " is damaged: a block does not match its checksum (" + rs.ToString() +
                        ")");
    return Status::OK();
  }
  db.reset();
  s = CheckConsistency(path, problems, max_problems);
  if (s.code() == Status::Code::kCorruption || s.code() == Status::Code::kIOError) {
    problems->push_back(s.message());
    return Status::OK();
  }
  return s;
}

namespace {

std::string Variants(const std::vector<Variant>& variants) {
  std::string out = "[";
  for (const auto& v : variants) out += v.value + ":" + std::to_string(v.count) + ";";
  return out + "]";
}

std::string Num(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

class Namer {
 public:
  explicit Namer(DbHandle* db) : ids_(db->db(), db->cf(kCfIds)) {}
  std::string Get(IdKind kind, uint32_t id) {
    std::string name;
    if (id == 0 && kind == IdKind::kSource) return "-";
    if (!ids_.Name(kind, id, &name).ok()) return "?" + std::to_string(id);
    return name;
  }
  std::string Edge(const EdgeInts& e) {
    return Get(IdKind::kActor, e.s) + " " + std::to_string(e.kind) + " " + Get(IdKind::kPredicate, e.p) + " " +
           Get(IdKind::kActor, e.o) + " " + std::to_string(e.pol);
  }
  std::string Mention(const ActorMention& m) {
    return "(" + m.name + "|" + std::to_string(m.type) + "|" + m.country + "|" + m.surface + ")";
  }

 private:
  Interner ids_;
};

}  // namespace

Status DumpLogical(const std::string& path, std::string* dump) {
  std::unique_ptr<DbHandle> db;
  Status s = OpenReader(path, &db);
  if (!s.ok()) return s;
  Namer names(db.get());
  std::vector<std::string> lines;
  auto bad = [&](int cf, const std::string& key) { lines.push_back(std::string("BAD ") + CfName(cf) + " " + HexOf(key)); };
  s = Scan(db.get(), kCfDefault, [&](const std::string& k, const std::string& v) {
    lines.push_back("meta " + k + " " + v);
    return Status::OK();
  });
  if (s.ok()) s = Scan(db.get(), kCfDocs, [&](const std::string& k, const std::string& v) {
    DocValue d;
    uint32_t doc;
    if (!ParseIntKey(k, &doc) || !DecodeDoc(v, &d)) bad(kCfDocs, k);
    else lines.push_back("article " + d.id + " title=" + d.title + " date=" + d.date + " url=" + d.url + " source=" +
                         d.source + " hash=" + HexOf(d.hash) + " triples=" + std::to_string(d.triples));
    return Status::OK();
  });
  if (s.ok()) s = Scan(db.get(), kCfContrib, [&](const std::string& k, const std::string& v) {
    std::vector<ContribTriple> contrib;
    uint32_t doc;
    if (!ParseIntKey(k, &doc) || !DecodeContrib(v, &contrib)) bad(kCfContrib, k);
    for (size_t i = 0; i < contrib.size(); ++i) {
      const auto& c = contrib[i];
      lines.push_back("contrib " + names.Get(IdKind::kDoc, doc) + " #" + std::to_string(i) + " " + names.Edge(c.edge) +
                      " sentence=" + std::to_string(c.sentence) + " " + names.Mention(c.subject) + " " +
                      names.Mention(c.object));
    }
    return Status::OK();
  });
  if (s.ok()) s = Scan(db.get(), kCfEvidence, [&](const std::string& k, const std::string& v) {
    EvidenceKeyParts p;
    EvidenceValue e;
    if (!ParseEvidenceKey(k, &p) || !DecodeEvidence(v, &e)) bad(kCfEvidence, k);
    else lines.push_back("evidence " + names.Edge(p.edge) + " doc=" + names.Get(IdKind::kDoc, p.doc) + " sentence=" +
                         std::to_string(p.sentence) + " #" + std::to_string(p.ordinal) + " span=" +
                         std::to_string(e.start) + "-" + std::to_string(e.end) + " modality=" +
                         std::to_string(e.modality) + " cameo=" + e.cameo + " quad=" + std::to_string(e.quad) +
                         " goldstein=" + Num(e.goldstein) + " date=" + e.date + " source=" +
                         names.Get(IdKind::kSource, e.source) + " text=" + e.text);
    return Status::OK();
  });
  if (s.ok()) s = Scan(db.get(), kCfActors, [&](const std::string& k, const std::string& v) {
    ActorAgg a;
    uint32_t id;
    if (!ParseIntKey(k, &id) || !DecodeActorAgg(v, &a)) bad(kCfActors, k);
    else lines.push_back("actor " + names.Get(IdKind::kActor, id) + " mentions=" + std::to_string(a.mentions) +
                         " articles=" + std::to_string(a.articles) + " seen=" + a.first_seen + ".." + a.last_seen +
                         " names=" + Variants(a.names) + " types=" + Variants(a.types) + " countries=" +
                         Variants(a.countries) + " surfaces=" + Variants(a.surfaces));
    return Status::OK();
  });
  if (s.ok()) s = Scan(db.get(), kCfOut, [&](const std::string& k, const std::string& v) {
    EdgeInts e;
    EdgeAgg a;
    if (!ParseOutKey(k, &e) || !DecodeEdgeAgg(v, &a)) {
      bad(kCfOut, k);
      return Status::OK();
    }
    std::string line = "edge " + names.Edge(e) + " mentions=" + std::to_string(a.mentions) + " articles=" +
                       std::to_string(a.articles) + " dates=" + a.first_date + ".." + a.last_date + " sources=";
    std::vector<std::string> sources;  // by name: the interned ints depend on the order of ingestion
    for (const auto& c : a.sources) sources.push_back(names.Get(IdKind::kSource, c.source) + ":" + std::to_string(c.count));
    std::sort(sources.begin(), sources.end());
    for (const auto& source : sources) line += source + ";";
    line += " modality=";
    for (uint64_t m : a.modality) line += std::to_string(m) + ";";
    line += " cameos=";
    for (const auto& c : a.cameos) {
      line += c.cameo + "/" + std::to_string(c.quad) + "/" + Num(c.goldstein) + ":" + std::to_string(c.count) + ";";
    }
    lines.push_back(line);
    return Status::OK();
  });
  if (s.ok()) s = Scan(db.get(), kCfIn, [&](const std::string& k, const std::string& v) {
    EdgeInts e;
    if (!ParseInKey(k, &e) || !v.empty()) bad(kCfIn, k);
    else lines.push_back("in " + names.Edge(e));
    return Status::OK();
  });
  if (s.ok()) s = Scan(db.get(), kCfAlias, [&](const std::string& k, const std::string& v) {
    std::string alias;
    uint32_t actor;
    if (!ParseAliasKey(k, &alias, &actor) || !v.empty()) bad(kCfAlias, k);
    else lines.push_back("alias " + alias + " -> " + names.Get(IdKind::kActor, actor));
    return Status::OK();
  });
  if (s.ok()) s = Scan(db.get(), kCfLinks, [&](const std::string& k, const std::string& v) {
    uint32_t actor;
    LinkList links;
    if (!ParseIntKey(k, &actor) || !DecodeLinkList(v, &links)) bad(kCfLinks, k);
    for (const auto& [neighbor, mentions] : links) {
      lines.push_back("link " + names.Get(IdKind::kActor, actor) + " -- " + names.Get(IdKind::kActor, neighbor) +
                      " mentions=" + std::to_string(mentions));
    }
    return Status::OK();
  });
  if (!s.ok()) return s;
  std::sort(lines.begin(), lines.end());
  dump->clear();
  for (const auto& line : lines) dump->append(line).push_back('\n');
  return Status::OK();
}

Status DumpRaw(const std::string& path, std::string* dump) {
  std::unique_ptr<DbHandle> db;
  Status s = OpenReader(path, &db);
  if (!s.ok()) return s;
  dump->clear();
  for (int cf = 0; cf < kCfCount && s.ok(); ++cf) {
    s = Scan(db.get(), cf, [&](const std::string& k, const std::string& v) {
      dump->append(CfName(cf)).append(" ").append(HexOf(k)).append(" ").append(HexOf(v)).push_back('\n');
      return Status::OK();
    });
  }
  return s;
}

}  // namespace geokg::store
