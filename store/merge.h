// The merge arithmetic: adding an article's triples to the aggregates, or
// subtracting them again. Adding then subtracting the same contribution
// returns every count, variant and alias to what it was; date ranges (min and
// max, which cannot be subtracted) are flagged for the caller to recompute
// from the remaining evidence.
#pragma once

#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/status.h"
#include "store/aggregates.h"
#include "store/codec.h"

namespace geokg::store {

// One triple of an article resolved to interned ints, with all a merge needs.
struct MergeTriple {
  ContribTriple contrib;   // edge, sentence, how each end named its actor
  EvidenceValue evidence;  // modality, CAMEO, date, source, span, text
  std::string subject_id, object_id;
};

// Edges and actors whose date range must be recomputed after a retraction.
struct DateRecompute {
  std::unordered_set<EdgeInts, EdgeIntsHash> edges;
  std::unordered_set<uint32_t> actors;
};

// NormalizeName with a memo (names repeat across articles).
class NameNormalizer {
 public:
  const std::string& Normalize(const std::string& name);

 private:
  std::unordered_map<std::string, std::string> memo_;
};

// The earlier / later of two dates, ignoring empty ones.
const std::string& MinDate(const std::string& a, const std::string& b);
const std::string& MaxDate(const std::string& a, const std::string& b);

// The alias index entries of an actor: the normalised forms of its id and of
// every name and surface form it has been given (sorted, unique).
std::vector<std::string> ActorAliases(const std::string& actor_id, const ActorAgg& agg, NameNormalizer* normalizer);

// Applies one article's triples to `cache` with sign +1 (add) or -1 (retract);
// alias index entries follow the actors' name sets. Corruption when a
// retraction would take a count below zero.
Status ApplyContribution(const std::vector<MergeTriple>& triples, int sign, AggregateCache* cache,
                         NameNormalizer* normalizer, DateRecompute* recompute);

// Every shard, for ApplyContribution's `only_shard`.
constexpr size_t kAllShards = SIZE_MAX;

// The same over a cache split in shards: the records of shard `only_shard`
// only (its edges, its actors and their alias entries), or of every shard
// with kAllShards. Applying the articles to each shard in article order, the
// shards in any order or at once on different threads (one thread a shard),
// gives the records of applying them to one cache.
Status ApplyContribution(std::span<const MergeTriple> triples, int sign, const AggregateShards& shards,
                         size_t only_shard, NameNormalizer* normalizer, DateRecompute* recompute);

}  // namespace geokg::store
