// A small Subgraph with hostile names (quotes, backslashes, a trailing
// backslash, newlines, control characters, non-ASCII, invalid UTF-8, markup,
// DOT keywords, CSV and alias delimiters), shared by the export tests.
#pragma once

#include <string>
#include <vector>

#include "graph/subgraph.h"

namespace geokg::testing {

inline ActorRecord MakeActor(std::string id, std::string name, ActorType type,
                             std::vector<std::string> aliases = {}) {
  ActorRecord actor;
  actor.id = std::move(id);
  actor.name = std::move(name);
  actor.type = type;
  actor.aliases = std::move(aliases);
  actor.mentions = actor.name.size();  // distinct, easy to check
  actor.articles = 1;
  actor.first_seen = "2019-02-14";
  actor.last_seen = "2023-07-17";
  return actor;
}

inline EdgeRecord MakeEdge(std::string subject, std::string predicate, std::string object,
                           std::string cameo, int quad, uint64_t mentions,
                           Polarity polarity = Polarity::kPositive,
                           RelationKind kind = RelationKind::kEvent) {
  EdgeRecord edge;
  edge.key = {std::move(subject), std::move(predicate), std::move(object), polarity, kind};
  edge.cameo = std::move(cameo);
  edge.quad = quad;
  edge.goldstein = quad == 4 ? -9.5 : 0.1;
  edge.mentions = mentions;
  edge.articles = mentions > 1 ? 2 : 1;
  edge.sources = 1;
  edge.first_date = "2019-02-14";
  edge.last_date = mentions > 1 ? "2019-02-26" : "2019-02-14";
  edge.modality_counts[0] = mentions;
  return edge;
}

inline EvidenceRecord MakeEvidence(std::string doc, uint32_t sentence, std::string text,
                                   std::string date, Modality modality = Modality::kAsserted) {
  EvidenceRecord ev;
  ev.doc = std::move(doc);
  ev.sentence = sentence;
  ev.start = sentence * 100;
  ev.end = ev.start + text.size();
  ev.text = std::move(text);
  ev.date = std::move(date);
  ev.source = "Kashmir \"Observer\"";
  ev.modality = modality;
  return ev;
}

// Ten actors, nine edges (every quad, a negated one, an affiliation, a
// self-loop, two edges between the same pair), evidence for every edge.
inline Subgraph HostileGraph() {
  Subgraph g;
  g.actors = {
      MakeActor("PAK", "Pakistan", ActorType::kCountry, {"Islamabad", "Pakistani"}),
      MakeActor("IND", "India", ActorType::kCountry, {"New Delhi"}),
      MakeActor("quote\"id", "Say \"hi\"", ActorType::kGovernment),
      MakeActor("back\\slash\\", "ends with a backslash \\", ActorType::kPerson),
      MakeActor("nl", "two\nlines", ActorType::kPerson),
      MakeActor("utf", "T\xC3\xBCrkiye \xE2\x80\x93 Erdo\xC4\x9F" "an \xE5\x8C\x97\xE4\xBA\xAC \xF0\x9F\x98\x80",
                ActorType::kOrganization),
      MakeActor("amp&lt;", "AT&T &lt; <b>x</b> \\N \\G {a|b}", ActorType::kArmedGroup),
      MakeActor("ctl", "bell\x07tab\there\r\nend", ActorType::kParty),
      MakeActor("node", "bad\xFF\xFE bytes", ActorType::kOther),
      MakeActor("a,b c", " leading, space; and \"quotes\" ", ActorType::kOther,
                {"x;y", "plain", "with,comma"}),
  };
  g.edges = {
      MakeEdge("PAK", "ask", "IND", "102", 1, 1),
      MakeEdge("IND", "strike", "PAK", "195", 4, 12),
      MakeEdge("IND", "attend", "PAK", "043", 1, 2, Polarity::kNegative),
      MakeEdge("quote\"id", "say \"no\" \\", "back\\slash\\", "112", 3, 3),
      MakeEdge("back\\slash\\", "prime minister", "PAK", "", 0, 5, Polarity::kPositive,
               RelationKind::kAffiliation),
      MakeEdge("nl", "give\naid", "utf", "070", 2, 4),
      MakeEdge("amp&lt;", "attack &amp; <kill>", "ctl", "190", 4, 1),
      MakeEdge("node", "meet", "node", "", 0, 1),
      MakeEdge("a,b c", "join, \"then\" leave", "node", "05", 1, 7),
  };
  g.evidence.resize(g.edges.size());
  for (size_t i = 0; i < g.edges.size(); ++i) {
    g.evidence[i].push_back(MakeEvidence("seed-" + std::to_string(i % 3), static_cast<uint32_t>(i),
                                         "Sentence " + std::to_string(i) + " says \"so\".",
                                         "2019-02-14"));
  }
  // Hostile evidence: two articles, a sentence with every escape.
  g.evidence[1].push_back(MakeEvidence("doc with space/\xC3\xA9", 7,
                                       "Line\nbreak\r\ttab \\ back \"q\" \x01 ctl \xFF bad \xE2\x82\xAC",
                                       "2019-02-26", Modality::kHypothetical));
  g.IndexActors();
  return g;
}

}  // namespace geokg::testing
