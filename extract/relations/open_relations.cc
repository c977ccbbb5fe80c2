#include "extract/relations/open_relations.h"

#include <string>
#include <unordered_set>

namespace geokg {

using syntax::Rel;

namespace {

// Verbs that do not by themselves relate their subject to their object
// (copulas, light and aspect verbs, verbs of saying and perceiving).
bool IsNonRelationalVerb(std::string_view lemma) {
  static const std::unordered_set<std::string_view> kSet = {
      "be", "have", "do", "say", "add", "include", "become", "seem", "make", "take", "get", "go", "come",
      "know", "see", "think", "want", "need", "use", "find", "show", "appear", "remain", "continue", "begin",
      "start", "try", "expect", "plan", "hope", "report", "describe", "mean", "let", "put", "keep", "hold",
      "give", "leave", "bring", "set", "become", "feel", "look", "note", "write", "read", "name", "cite",
      "represent", "comprise", "contain", "involve", "follow", "own", "lack", "mark", "tell", "ask", "call",
      "quote", "like", "consider", "include", "reach", "face", "turn", "run", "play", "border", "lie", "cover",
      "account", "allow", "help", "cause", "seek", "intend", "decide", "agree", "refuse", "fail", "stop",
      "prepare", "aim", "vow", "pledge", "promise", "threaten", "urge", "order", "force"};
  return kSet.count(lemma) > 0;
}

// Prepositions that mark the target of an action (not its source, "from", or topic, "over").
const char* kRelationalPrepositions[] = {"against", "with", "to", "toward", "towards", "on", "into", "at"};

bool HasChildLemma(const syntax::Analysis& a, size_t head, Rel rel, std::initializer_list<const char*> lemmas) {
  for (size_t k = 0; k < a.words.size(); ++k) {
    if (a.words[k].head != static_cast<int>(head) || a.words[k].rel != rel) continue;
    for (const char* l : lemmas) {
      if (a.words[k].lemma == l) return true;
    }
  }
  return false;
}

bool LemmaIn(std::string_view lemma, std::initializer_list<const char*> lemmas) {
  for (const char* l : lemmas) {
    if (lemma == l) return true;
  }
  return false;
}

}  // namespace

void ReadVerbMood(const syntax::Analysis& a, size_t verb, Polarity* polarity, Modality* modality) {
  *polarity = Polarity::kPositive;
  *modality = Modality::kAsserted;
  size_t v = verb;
  for (int depth = 0; depth < 4 && v < a.words.size(); ++depth) {
    if (HasChildLemma(a, v, Rel::kAdverbialModifier, {"not", "never"})) *polarity = Polarity::kNegative;
    if (*modality == Modality::kAsserted) {
      if (HasChildLemma(a, v, Rel::kAuxiliary, {"will", "shall"})) *modality = Modality::kFuture;
      if (HasChildLemma(a, v, Rel::kAuxiliary, {"would", "could", "should", "may", "might", "must", "can"})) {
        *modality = Modality::kHypothetical;
      }
    }
    const syntax::Word& w = a.words[v];
    if (w.rel != Rel::kOpenComplement || w.head < 0) break;
    // The governing verb of an infinitive: "refused to", "plans to", "urged X to", "is expected to".
    const std::string_view governor = a.words[static_cast<size_t>(w.head)].lemma;
    if (LemmaIn(governor, {"refuse", "decline", "reject", "fail", "deny", "avoid", "cease", "stop", "halt"})) {
      *polarity = *polarity == Polarity::kNegative ? Polarity::kPositive : Polarity::kNegative;
    }
    if (*modality == Modality::kAsserted) {
      if (LemmaIn(governor, {"plan", "intend", "consider", "want", "seek", "hope", "aim", "decide", "agree", "offer",
                             "vow", "pledge", "promise", "threaten", "prepare", "wish", "weigh"})) {
        *modality = Modality::kIntended;
      } else if (LemmaIn(governor, {"ask", "urge", "call", "demand", "press", "request", "invite", "pressure",
                                    "encourage", "appeal", "tell", "order"})) {
        *modality = Modality::kRequested;
      } else if (LemmaIn(governor, {"expect", "schedule", "set", "due"})) {
        *modality = Modality::kFuture;
      }
    }
    v = static_cast<size_t>(w.head);
  }
}

std::vector<RelationHit> FindOpenRelations(const RelationArguments& arguments, const Sentence& sentence,
                                           const std::vector<Mention>& mentions, const std::vector<bool>& covered,
                                           const RelationFinder& finder) {
  std::vector<RelationHit> out;
  const syntax::Analysis& a = arguments.analysis();
  for (size_t v = 0; v < a.words.size() && v < sentence.tokens.size(); ++v) {
    const syntax::Word& w = a.words[v];
    if (w.pos != syntax::Pos::kVerb || covered[v] || IsNonRelationalVerb(w.lemma)) continue;
    if (!sentence.tokens[v].word || sentence.tokens[v].capitalized) continue;
    const std::vector<int> subjects = arguments.Subjects(v);
    if (subjects.empty()) continue;
    std::string predicate(w.lemma);
    std::vector<int> objects = arguments.Objects(v, "");
    if (objects.empty() && !arguments.Passive(v)) {
      for (const char* prep : kRelationalPrepositions) {
        objects = arguments.Objects(v, prep);
        if (!objects.empty()) {
          predicate += std::string(" ") + prep;
          break;
        }
      }
    }
    if (objects.empty()) continue;
    Polarity polarity;
    Modality modality;
    ReadVerbMood(a, v, &polarity, &modality);
    std::string cameo = finder.CodeOf(std::string(w.lemma));
    // A preposition kept apart from its verb by the theme ("fired water
    // cannon at protesters") takes the code of the dictionary's pattern
    // ("fire at"); the predicate stays the verb's, as the theme may change
    // what it means ("fired fireworks at police").
    if (const VerbPattern* pattern = finder.ShortPattern(predicate);
        pattern && predicate.find(' ') != std::string::npos && !(pattern->flags & (kFlagIdiom | kFlagNegate))) {
      cameo = pattern->cameo;
    }
    AddPairs(subjects, objects, mentions, RelationHit{{}, {}, predicate, cameo, polarity, modality}, &out);
  }
  return out;
}

}  // namespace geokg
