#include "extract/relations/relations.h"

#include "extract/relations/open_relations.h"
#include "extract/relations/relation_arguments.h"
#include "extract/relations/relation_rules.h"
#include "extract/relations/reported_demands.h"

#include <algorithm>

namespace geokg {

void AddPairs(const std::vector<int>& subjects, const std::vector<int>& objects, const std::vector<Mention>& mentions,
              const RelationHit& relation, std::vector<RelationHit>* out) {
  for (int s : subjects) {
    for (int o : objects) {
      const ActorRef& sa = mentions[static_cast<size_t>(s)].actor;
      const ActorRef& oa = mentions[static_cast<size_t>(o)].actor;
      if (sa.id.empty() || oa.id.empty() || sa.id == oa.id) continue;
      RelationHit hit = relation;
      hit.subject = sa;
      hit.object = oa;
      out->push_back(std::move(hit));
    }
  }
}

std::vector<RelationHit> RelationFinder::Find(const Sentence& sentence, const std::vector<Mention>& mentions,
                                              const RelationArguments& arguments, ActorRef* subject_hint) const {
  const auto& t = sentence.tokens;
  std::vector<int> mention_at(t.size(), -1);
  for (size_t m = 0; m < mentions.size(); ++m) {
    for (size_t k = mentions[m].begin; k < mentions[m].end; ++k) mention_at[k] = static_cast<int>(m);
  }
  std::vector<RelationHit> out;
  if (mentions.empty()) return out;
  std::vector<VerbHit> hits = FindVerbs(t, mention_at);
  std::vector<VerbHit> noun_hits = FindNouns(t, mention_at);
  // A noun hit inside a verb pattern ("hold talks with") belongs to the verb;
  // a word that starts both and is followed by the noun's preposition is the
  // noun ("development aid to Niger").
  for (const auto& n : noun_hits) {
    bool covered = false;
    for (const auto& v : hits) covered = covered || (n.pos > v.pos && n.pos < v.end);
    if (covered) continue;
    hits.erase(std::remove_if(hits.begin(), hits.end(),
                              [&](const VerbHit& v) { return !v.nominal && v.pos == n.pos && v.end < n.end; }),
               hits.end());
    hits.push_back(n);
  }
  std::sort(hits.begin(), hits.end(), [](const VerbHit& a, const VerbHit& b) { return a.pos < b.pos; });
  // A relation needs two actors: with fewer the analysis is not made.
  const bool use_syntax = mentions.size() >= 2;
  // A one-word verb pattern on a word the tagger read as a noun, and that
  // names no event as a noun, is no verb: "tear gas" ("talks", "protest" may
  // still carry their event).
  if (use_syntax) {
    const syntax::Analysis& a = arguments.analysis();
    hits.erase(std::remove_if(hits.begin(), hits.end(),
                              [&](const VerbHit& v) {
                                return !v.nominal && v.end == v.pos + 1 && v.pos < a.words.size() &&
                                       a.words[v.pos].pos == syntax::Pos::kNoun && !noun_heads_.count(t[v.pos].lower);
                              }),
               hits.end());
  }
  std::vector<bool> covered(t.size(), false);
  for (const auto& hit : hits) {
    for (size_t k = hit.pos; k < hit.end && k < t.size(); ++k) covered[k] = true;
  }

  ClauseReader reader(*this, sentence, mentions, mention_at, arguments, hits, use_syntax, subject_hint);
  for (size_t h = 0; h < hits.size(); ++h) reader.Read(h, &out);
  if (use_syntax) {
    for (auto& hit : FindOpenRelations(arguments, sentence, mentions, covered, *this)) out.push_back(std::move(hit));
    for (auto& hit : FindReportedDemands(arguments, sentence, mentions, *this)) out.push_back(std::move(hit));
  }
  return out;
}

}  // namespace geokg
