// Evaluator: reads a gold file and scores predicted triples against it, as
// ../shared/eval/GOLD_FORMAT.md (section Scores) defines: per article and
// micro-averaged over all articles, at three levels (pair, relation, full).
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"

namespace geokg {

// One gold triple: every acceptable name of each end, the acceptable lemmas.
struct GoldTriple {
  std::vector<std::string> subject;    // canonical name first, then aliases
  std::vector<std::string> predicate;  // acceptable lemmas ("ask", "hold talks")
  std::vector<std::string> object;
  RelationKind kind = RelationKind::kEvent;
  std::string cameo_root;              // two digits, or empty for null
  Polarity polarity = Polarity::kPositive;
  Modality modality = Modality::kAsserted;
  std::string note;
};

// One gold line: an article and its triples.
struct GoldArticle {
  std::string doc;
  std::string date;       // YYYY-MM-DD or empty
  std::string text_file;  // as written in the gold file
  std::string text_path;  // text_file resolved against the gold file's folder
  std::string origin;     // "gold.jsonl:3", for messages
  std::vector<GoldTriple> triples;
};

// Reads a gold file (JSON Lines, one article a line; blank lines are skipped).
// Errors name the file and line ("dev/gold.jsonl:4: triple 2: missing \"kind\"").
// The text files are not opened here: scoring a predictions file needs none.
Status LoadGoldFile(const std::string& path, std::vector<GoldArticle>* articles);

enum class MatchLevel { kPair = 0, kRelation, kFull };
constexpr int kMatchLevelCount = 3;
const char* ToString(MatchLevel level);  // "pair", "relation", "full"

// Counts at one level. `matched` counts matched pairs of the one-to-one
// matching, so it is both the matched predictions and the matched gold.
struct LevelCounts {
  size_t predicted = 0;
  size_t gold = 0;
  size_t matched = 0;
  double Precision() const;  // 0 when nothing was predicted
  double Recall() const;     // 0 when there is no gold
  double F1() const;         // 0 when precision + recall is 0
  LevelCounts& operator+=(const LevelCounts& other);
};

struct ArticleScore {
  std::string doc;
  std::array<LevelCounts, kMatchLevelCount> levels;  // indexed by MatchLevel
  size_t predicted() const { return levels[0].predicted; }
  size_t gold() const { return levels[0].gold; }
};

// A triple left unmatched at relation level, with the likeliest reason.
struct Miss {
  std::string doc;
  size_t index = 0;     // position among the article's gold triples, or among all predictions
  std::string triple;   // "(United States, ask, Pakistan) event 10 positive"
  std::string reason;   // "predicate 'say' not in [ask, request]", "direction reversed", ...
};

struct EvalReport {
  std::vector<ArticleScore> articles;                // in gold order
  std::array<LevelCounts, kMatchLevelCount> total;   // micro average: sums over articles
  // Relation level split by kind (index RelationKind): gold of that kind,
  // predictions of that kind, matches (a match needs equal kinds).
  std::array<LevelCounts, 2> relation_by_kind;
  // Unmatched at relation level, article by article in gold order.
  std::vector<Miss> unmatched_gold;
  std::vector<Miss> unmatched_predictions;
  // Predictions whose doc is not in the gold (not scored), and those docs.
  size_t ignored_predictions = 0;
  std::vector<std::string> unknown_docs;

  const LevelCounts& Total(MatchLevel level) const { return total[static_cast<int>(level)]; }
};

// Matching rules (GOLD_FORMAT.md):
//   actor     the prediction's name or id, normalised (NormalizeName with
//             strip_marks=false), equals one of the gold names normalised;
//   predicate the whole predicted string, one of its words, or a contiguous
//             span of its words, normalised, equals a gold lemma normalised
//             ("consider join" matches "join"; "hold talks" matches "hold talks");
//   pair      subject and object match, in that direction;
//   relation  pair, equal kinds, and the predicate matches or (events) the
//             first two digits of the predicted cameo equal cameo_root;
//   full      relation and equal polarity.
// At each level separately, predictions and gold triples of the same doc are
// matched one-to-one by a maximum bipartite matching, so counts do not depend
// on the order of either list.
EvalReport Score(const std::vector<GoldArticle>& gold, const std::vector<Triple>& predictions);

// Exposed for tests and for tuning tools.
bool ActorMatches(const ActorRef& predicted, const std::vector<std::string>& gold_names);
bool PredicateMatches(const std::string& predicted, const std::vector<std::string>& gold_lemmas);
bool Matches(const Triple& predicted, const GoldTriple& gold, MatchLevel level);

// Size of a maximum matching of a bipartite graph given as adjacency lists
// (left vertex -> right vertices, each < right_count); `left_match`, when not
// null, receives each left vertex's partner or -1.
size_t MaximumMatching(const std::vector<std::vector<int>>& adjacency, size_t right_count,
                       std::vector<int>* left_match = nullptr);

}  // namespace geokg
