#include "extract/relations/reported_demands.h"

#include <string>

#include "extract/relations/open_relations.h"

namespace geokg {

using syntax::Rel;

namespace {

// The deontic modal of the clause headed at `verb`: "must" (or "have to",
// "need to" read as it), "should"; empty when none.
std::string_view DeonticModal(const syntax::Analysis& a, size_t verb) {
  for (const syntax::Word& w : a.words) {
    if (w.head != static_cast<int>(verb) || w.rel != Rel::kAuxiliary) continue;
    if (w.lemma == "must") return "must";
    if (w.lemma == "should" || w.lemma == "ought") return "should";
  }
  return {};
}

}  // namespace

std::vector<RelationHit> FindReportedDemands(const RelationArguments& arguments, const Sentence& sentence,
                                             const std::vector<Mention>& mentions, const RelationFinder& finder) {
  std::vector<RelationHit> out;
  const syntax::Analysis& a = arguments.analysis();
  for (size_t c = 0; c < a.words.size() && c < sentence.tokens.size(); ++c) {
    const syntax::Word& content = a.words[c];
    if (content.rel != Rel::kClausalComplement || content.head < 0) continue;
    const size_t speech = static_cast<size_t>(content.head);
    if (!finder.IsSpeechVerb(std::string(a.words[speech].lemma))) continue;
    const std::string_view modal = DeonticModal(a, c);
    if (modal.empty() || arguments.Passive(speech)) continue;
    const std::vector<int> speakers = arguments.Subjects(speech);
    const std::vector<int> addressees = arguments.Subjects(c);
    if (speakers.empty() || addressees.empty()) continue;
    Polarity polarity;
    Modality modality;
    ReadVerbMood(a, speech, &polarity, &modality);
    const bool demand = modal == "must";
    AddPairs(speakers, addressees, mentions,
             RelationHit{{}, {}, demand ? "demand" : "urge", demand ? "100" : "020", polarity, modality}, &out);
  }
  return out;
}

}  // namespace geokg
