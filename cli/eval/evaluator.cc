#include "cli/eval/evaluator.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <unordered_map>

#include "graph/names.h"

namespace geokg {

namespace {

using json = nlohmann::json;

// ---- Reading the gold file ----

Status StringField(const json& in, const char* key, bool required, std::string* out) {
  if (!in.contains(key) || in[key].is_null()) {
    if (required) return Status::InvalidArgument(std::string("missing \"") + key + "\"");
    out->clear();
    return Status::OK();
  }
  if (!in[key].is_string()) return Status::InvalidArgument(std::string("\"") + key + "\" must be a string");
  *out = in[key].get<std::string>();
  if (required && out->empty()) return Status::InvalidArgument(std::string("empty \"") + key + "\"");
  return Status::OK();
}

Status StringListField(const json& in, const char* key, bool allow_empty, std::vector<std::string>* out) {
  if (!in.contains(key)) return Status::InvalidArgument(std::string("missing \"") + key + "\"");
  const json& list = in[key];
  if (!list.is_array()) return Status::InvalidArgument(std::string("\"") + key + "\" must be a list of strings");
  out->clear();
  for (const json& item : list) {
    if (!item.is_string()) {
      return Status::InvalidArgument(std::string("\"") + key + "\" must be a list of strings");
    }
    out->push_back(item.get<std::string>());
  }
  if (out->empty() && !allow_empty) return Status::InvalidArgument(std::string("empty \"") + key + "\"");
  return Status::OK();
}

template <typename T>
Status EnumField(const json& in, const char* key, bool required, std::optional<T> (*parse)(std::string_view),
                 T* out) {
  std::string value;
  if (Status s = StringField(in, key, required, &value); !s.ok()) return s;
  if (value.empty()) return Status::OK();
  std::optional<T> parsed = parse(value);
  if (!parsed) return Status::InvalidArgument(std::string("bad \"") + key + "\" value \"" + value + "\"");
  *out = *parsed;
  return Status::OK();
}

Status ParseGoldTriple(const json& in, GoldTriple* triple) {
  if (!in.is_object()) return Status::InvalidArgument("not a JSON object");
  Status s = StringListField(in, "subject", false, &triple->subject);
  if (s.ok()) s = StringListField(in, "predicate", true, &triple->predicate);
  if (s.ok()) s = StringListField(in, "object", false, &triple->object);
  if (s.ok()) s = EnumField(in, "kind", true, &ParseRelationKind, &triple->kind);
  if (s.ok()) s = EnumField(in, "polarity", true, &ParsePolarity, &triple->polarity);
  if (s.ok()) s = EnumField(in, "modality", false, &ParseModality, &triple->modality);
  if (s.ok()) s = StringField(in, "cameo_root", false, &triple->cameo_root);
  if (s.ok()) s = StringField(in, "note", false, &triple->note);
  if (!s.ok()) return s;
  const std::string& root = triple->cameo_root;
  if (!root.empty() && (root.size() != 2 || !std::isdigit(static_cast<unsigned char>(root[0])) ||
                        !std::isdigit(static_cast<unsigned char>(root[1])))) {
    return Status::InvalidArgument("\"cameo_root\" must be two digits or null, not \"" + root + "\"");
  }
  return Status::OK();
}

Status ParseGoldArticle(const json& in, const std::filesystem::path& base, GoldArticle* article) {
  if (!in.is_object()) return Status::InvalidArgument("a gold line must be a JSON object");
  Status s = StringField(in, "doc", true, &article->doc);
  if (s.ok()) s = StringField(in, "date", false, &article->date);
  if (s.ok()) s = StringField(in, "text_file", true, &article->text_file);
  if (!s.ok()) return s;
  std::filesystem::path text(article->text_file);
  article->text_path = (text.is_absolute() ? text : (base / text).lexically_normal()).string();
  if (!in.contains("triples") || !in["triples"].is_array()) {
    return Status::InvalidArgument("missing \"triples\" list");
  }
  const json& triples = in["triples"];
  for (size_t i = 0; i < triples.size(); ++i) {
    GoldTriple triple;
    if (s = ParseGoldTriple(triples[i], &triple); !s.ok()) {
      return Status::InvalidArgument("triple " + std::to_string(i + 1) + ": " + s.message());
    }
    article->triples.push_back(std::move(triple));
  }
  return Status::OK();
}

// ---- Normalised views, computed once per article ----

// How GOLD_FORMAT.md (version 2) compares actor names: case-folded, a leading
// "the" dropped, then everything but letters and digits removed ("U.S." = "US",
// "PAK-MIL" = "PAKMIL").
std::string ActorKey(const std::string& name) {
  std::string norm = NormalizeName(name, /*strip_marks=*/false);
  if (norm.rfind("the ", 0) == 0) norm.erase(0, 4);
  std::string key;
  for (char c : norm) {
    if (c != ' ' && c != '&') key.push_back(c);
  }
  return key;
}

std::string PredicateKey(const std::string& predicate) { return NormalizeName(predicate, /*strip_marks=*/false); }

// Sorted, unique, non-empty normalised forms.
std::vector<std::string> NormalizedSet(const std::vector<std::string>& names,
                                       std::string (*normalize)(const std::string&) = ActorKey) {
  std::vector<std::string> out;
  for (const std::string& name : names) {
    std::string norm = normalize(name);
    if (!norm.empty()) out.push_back(std::move(norm));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool Contains(const std::vector<std::string>& sorted, const std::string& value) {
  return !value.empty() && std::binary_search(sorted.begin(), sorted.end(), value);
}

// The normalised predicate and every contiguous span of its words.
std::vector<std::string> PredicateSpans(const std::string& predicate) {
  std::string norm = NormalizeName(predicate, /*strip_marks=*/false);
  std::vector<std::string> words;
  size_t start = 0;
  while (start < norm.size()) {
    size_t end = norm.find(' ', start);
    if (end == std::string::npos) end = norm.size();
    words.push_back(norm.substr(start, end - start));
    start = end + 1;
  }
  std::vector<std::string> spans;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string span;
    for (size_t j = i; j < words.size(); ++j) {
      if (j > i) span += ' ';
      span += words[j];
      spans.push_back(span);
    }
  }
  return spans;
}

struct GoldView {
  const GoldTriple* triple;
  std::vector<std::string> subject, predicate, object;
  explicit GoldView(const GoldTriple& t)
      : triple(&t), subject(NormalizedSet(t.subject)), predicate(NormalizedSet(t.predicate, PredicateKey)),
        object(NormalizedSet(t.object)) {}
};

struct PredictionView {
  const Triple* triple;
  std::string subject_name, subject_id, object_name, object_id;
  std::vector<std::string> predicate_spans;
  explicit PredictionView(const Triple& t)
      : triple(&t), subject_name(ActorKey(t.subject.name)), subject_id(ActorKey(t.subject.id)),
        object_name(ActorKey(t.object.name)), object_id(ActorKey(t.object.id)),
        predicate_spans(PredicateSpans(t.predicate)) {}
  bool SubjectIn(const std::vector<std::string>& names) const {
    return Contains(names, subject_name) || Contains(names, subject_id);
  }
  bool ObjectIn(const std::vector<std::string>& names) const {
    return Contains(names, object_name) || Contains(names, object_id);
  }
};

bool PairMatch(const PredictionView& p, const GoldView& g) { return p.SubjectIn(g.subject) && p.ObjectIn(g.object); }
bool ReversedMatch(const PredictionView& p, const GoldView& g) {
  return p.SubjectIn(g.object) && p.ObjectIn(g.subject);
}

bool PredicateMatch(const PredictionView& p, const GoldView& g) {
  for (const std::string& span : p.predicate_spans) {
    if (Contains(g.predicate, span)) return true;
  }
  const GoldTriple& gold = *g.triple;
  const std::string& cameo = p.triple->cameo;
  return gold.kind == RelationKind::kEvent && p.triple->kind == RelationKind::kEvent &&
         !gold.cameo_root.empty() && cameo.size() >= 2 && cameo.compare(0, 2, gold.cameo_root) == 0;
}

bool LevelMatch(const PredictionView& p, const GoldView& g, MatchLevel level) {
  if (!PairMatch(p, g)) return false;
  if (level == MatchLevel::kPair) return true;
  if (p.triple->kind != g.triple->kind || !PredicateMatch(p, g)) return false;
  if (level == MatchLevel::kRelation) return true;
  return p.triple->polarity == g.triple->polarity;
}

// ---- Describing misses ----

std::string Join(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += separator;
    out += items[i];
  }
  return out;
}

std::string First(const std::vector<std::string>& names) { return names.empty() ? "?" : names.front(); }

std::string Describe(const GoldTriple& t) {
  return "(" + First(t.subject) + " -[" + Join(t.predicate, "|") + "]-> " + First(t.object) + ") " +
         std::string(ToString(t.kind)) + (t.cameo_root.empty() ? "" : " " + t.cameo_root) + " " +
         std::string(ToString(t.polarity));
}

std::string DescribeActor(const ActorRef& actor) {
  return actor.id.empty() || actor.id == actor.name ? actor.name : actor.name + " [" + actor.id + "]";
}

std::string Describe(const Triple& t) {
  return "(" + DescribeActor(t.subject) + " -" + t.predicate + "-> " + DescribeActor(t.object) + ") " +
         std::string(ToString(t.kind)) + (t.cameo.empty() ? "" : " " + t.cameo) + " " +
         std::string(ToString(t.polarity)) + ", sentence " + std::to_string(t.evidence.sentence);
}

std::string Quote(const std::string& s) { return "'" + s + "'"; }

// Why gold triple `g` found no prediction at relation level, judged against
// every prediction of its article.
std::string WhyGoldMissed(const GoldView& g, const std::vector<PredictionView>& preds) {
  const PredictionView* pair = nullptr;
  const PredictionView* other_kind = nullptr;
  const PredictionView* reversed = nullptr;
  const PredictionView* subject_only = nullptr;
  const PredictionView* object_only = nullptr;
  for (const PredictionView& p : preds) {
    if (LevelMatch(p, g, MatchLevel::kRelation)) return "its matching predictions went to other gold triples";
    bool subject = p.SubjectIn(g.subject), object = p.ObjectIn(g.object);
    if (subject && object) {
      if (p.triple->kind == g.triple->kind) pair = pair ? pair : &p;
      else other_kind = other_kind ? other_kind : &p;
    } else if (ReversedMatch(p, g)) {
      reversed = reversed ? reversed : &p;
    } else if (subject) {
      subject_only = subject_only ? subject_only : &p;
    } else if (object) {
      object_only = object_only ? object_only : &p;
    }
  }
  if (pair) {
    return "pair found with predicate " + Quote(pair->triple->predicate) +
           (pair->triple->cameo.empty() ? "" : " (cameo " + pair->triple->cameo + ")");
  }
  if (other_kind) return "pair found as " + std::string(ToString(other_kind->triple->kind));
  if (reversed) return "found reversed: " + Describe(*reversed->triple);
  if (subject_only) return "subject found, object predicted as " + Quote(subject_only->triple->object.name);
  if (object_only) return "object found, subject predicted as " + Quote(object_only->triple->subject.name);
  return "not predicted";
}

// Why prediction `p` matched no gold triple at relation level.
std::string WhyPredictionMissed(const PredictionView& p, const std::vector<GoldView>& golds) {
  const GoldView* pair = nullptr;
  const GoldView* other_kind = nullptr;
  const GoldView* reversed = nullptr;
  bool subject_known = false, object_known = false;
  for (const GoldView& g : golds) {
    if (LevelMatch(p, g, MatchLevel::kRelation)) return "duplicate: its gold triple went to another prediction";
    bool subject = p.SubjectIn(g.subject), object = p.ObjectIn(g.object);
    if (subject && object) {
      if (p.triple->kind == g.triple->kind) pair = pair ? pair : &g;
      else other_kind = other_kind ? other_kind : &g;
    } else if (ReversedMatch(p, g)) {
      reversed = reversed ? reversed : &g;
    }
    subject_known = subject_known || p.SubjectIn(g.subject) || p.SubjectIn(g.object);
    object_known = object_known || p.ObjectIn(g.subject) || p.ObjectIn(g.object);
  }
  if (pair) {
    const GoldTriple& t = *pair->triple;
    return "predicate not in gold [" + Join(t.predicate, "|") + "]" +
           (t.cameo_root.empty() ? "" : " (cameo_root " + t.cameo_root + ")");
  }
  if (other_kind) return "gold has this pair as " + std::string(ToString(other_kind->triple->kind));
  if (reversed) return "direction reversed: gold is " + Describe(*reversed->triple);
  if (subject_known && object_known) return "both actors are in the gold, not related this way";
  if (subject_known) return "object not a gold actor of this article";
  if (object_known) return "subject not a gold actor of this article";
  return "neither actor is in the gold of this article";
}

bool Augment(int left, const std::vector<std::vector<int>>& adjacency, std::vector<int>* right_match,
             std::vector<int>* seen, int stamp) {
  for (int right : adjacency[left]) {
    if ((*seen)[right] == stamp) continue;
    (*seen)[right] = stamp;
    int partner = (*right_match)[right];
    if (partner < 0 || Augment(partner, adjacency, right_match, seen, stamp)) {
      (*right_match)[right] = left;
      return true;
    }
  }
  return false;
}

}  // namespace

Status LoadGoldFile(const std::string& path, std::vector<GoldArticle>* articles) {
  articles->clear();
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open gold file " + path);
  const std::filesystem::path base = std::filesystem::path(path).parent_path();
  std::unordered_map<std::string, std::string> seen_docs;  // doc -> origin
  std::string line;
  size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line_number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);  // UTF-8 BOM
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    const std::string origin = path + ":" + std::to_string(line_number);
    json record = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (record.is_discarded()) return Status::InvalidArgument(origin + ": not valid JSON");
    GoldArticle article;
    article.origin = origin;
    if (Status s = ParseGoldArticle(record, base, &article); !s.ok()) {
      return Status::InvalidArgument(origin + ": " + s.message());
    }
    auto [it, inserted] = seen_docs.emplace(article.doc, origin);
    if (!inserted) {
      return Status::InvalidArgument(origin + ": doc \"" + article.doc + "\" already appears at " + it->second);
    }
    articles->push_back(std::move(article));
  }
  if (in.bad()) return Status::IOError("cannot read gold file " + path);
  return Status::OK();
}

const char* ToString(MatchLevel level) {
  switch (level) {
    case MatchLevel::kPair: return "pair";
    case MatchLevel::kRelation: return "relation";
    case MatchLevel::kFull: return "full";
  }
  return "?";
}

double LevelCounts::Precision() const {
  return predicted ? static_cast<double>(matched) / static_cast<double>(predicted) : 0.0;
}

double LevelCounts::Recall() const {
  return gold ? static_cast<double>(matched) / static_cast<double>(gold) : 0.0;
}

double LevelCounts::F1() const {
  double p = Precision(), r = Recall();
  return p + r > 0.0 ? 2.0 * p * r / (p + r) : 0.0;
}

LevelCounts& LevelCounts::operator+=(const LevelCounts& other) {
  predicted += other.predicted;
  gold += other.gold;
  matched += other.matched;
  return *this;
}

bool ActorMatches(const ActorRef& predicted, const std::vector<std::string>& gold_names) {
  std::vector<std::string> names = NormalizedSet(gold_names);
  return Contains(names, ActorKey(predicted.name)) || Contains(names, ActorKey(predicted.id));
}

bool PredicateMatches(const std::string& predicted, const std::vector<std::string>& gold_lemmas) {
  std::vector<std::string> lemmas = NormalizedSet(gold_lemmas, PredicateKey);
  for (const std::string& span : PredicateSpans(predicted)) {
    if (Contains(lemmas, span)) return true;
  }
  return false;
}

bool Matches(const Triple& predicted, const GoldTriple& gold, MatchLevel level) {
  return LevelMatch(PredictionView(predicted), GoldView(gold), level);
}

size_t MaximumMatching(const std::vector<std::vector<int>>& adjacency, size_t right_count,
                       std::vector<int>* left_match) {
  std::vector<int> right_match(right_count, -1);
  std::vector<int> seen(right_count, -1);
  size_t size = 0;
  for (size_t left = 0; left < adjacency.size(); ++left) {
    if (Augment(static_cast<int>(left), adjacency, &right_match, &seen, static_cast<int>(left))) ++size;
  }
  if (left_match) {
    left_match->assign(adjacency.size(), -1);
    for (size_t right = 0; right < right_count; ++right) {
      if (right_match[right] >= 0) (*left_match)[right_match[right]] = static_cast<int>(right);
    }
  }
  return size;
}

EvalReport Score(const std::vector<GoldArticle>& gold, const std::vector<Triple>& predictions) {
  EvalReport report;
  std::unordered_map<std::string, size_t> article_of_doc;
  for (size_t i = 0; i < gold.size(); ++i) article_of_doc.emplace(gold[i].doc, i);
  std::vector<std::vector<size_t>> predictions_of(gold.size());
  std::set<std::string> unknown;
  for (size_t i = 0; i < predictions.size(); ++i) {
    auto it = article_of_doc.find(predictions[i].doc);
    if (it == article_of_doc.end()) {
      ++report.ignored_predictions;
      unknown.insert(predictions[i].doc);
    } else {
      predictions_of[it->second].push_back(i);
    }
  }
  report.unknown_docs.assign(unknown.begin(), unknown.end());

  for (size_t a = 0; a < gold.size(); ++a) {
    const GoldArticle& article = gold[a];
    std::vector<GoldView> golds;
    for (const GoldTriple& t : article.triples) golds.emplace_back(t);
    std::vector<PredictionView> preds;
    for (size_t i : predictions_of[a]) preds.emplace_back(predictions[i]);

    ArticleScore score;
    score.doc = article.doc;
    std::vector<int> relation_match;
    for (int level = 0; level < kMatchLevelCount; ++level) {
      std::vector<std::vector<int>> adjacency(preds.size());
      for (size_t p = 0; p < preds.size(); ++p) {
        for (size_t g = 0; g < golds.size(); ++g) {
          if (LevelMatch(preds[p], golds[g], static_cast<MatchLevel>(level))) {
            adjacency[p].push_back(static_cast<int>(g));
          }
        }
      }
      LevelCounts& counts = score.levels[level];
      counts.predicted = preds.size();
      counts.gold = golds.size();
      std::vector<int>* match = level == static_cast<int>(MatchLevel::kRelation) ? &relation_match : nullptr;
      counts.matched = MaximumMatching(adjacency, golds.size(), match);
      report.total[level] += counts;
    }

    // Relation level by kind, and what stayed unmatched there.
    std::vector<bool> gold_matched(golds.size(), false);
    for (size_t p = 0; p < preds.size(); ++p) {
      auto& by_kind = report.relation_by_kind[static_cast<int>(preds[p].triple->kind)];
      ++by_kind.predicted;
      if (relation_match[p] >= 0) {
        gold_matched[relation_match[p]] = true;
        ++by_kind.matched;
      } else {
        report.unmatched_predictions.push_back(
            {article.doc, predictions_of[a][p], Describe(*preds[p].triple), WhyPredictionMissed(preds[p], golds)});
      }
    }
    for (size_t g = 0; g < golds.size(); ++g) {
      ++report.relation_by_kind[static_cast<int>(golds[g].triple->kind)].gold;
      if (!gold_matched[g]) {
        report.unmatched_gold.push_back(
            {article.doc, g, Describe(*golds[g].triple), WhyGoldMissed(golds[g], preds)});
      }
    }
    report.articles.push_back(std::move(score));
  }
  return report;
}

}  // namespace geokg
