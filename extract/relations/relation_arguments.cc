#include "extract/relations/relation_arguments.h"

#include <algorithm>

#include "extract/text/lexicon.h"

namespace geokg {

using syntax::Rel;

RelationArguments::RelationArguments(const Sentence& sentence, const std::vector<Mention>& mentions)
    : sentence_(sentence), mentions_(mentions), mention_at_(sentence.tokens.size(), -1) {
  for (size_t m = 0; m < mentions.size(); ++m) {
    for (size_t k = mentions[m].begin; k < mentions[m].end && k < mention_at_.size(); ++k) {
      mention_at_[k] = static_cast<int>(m);
    }
  }
}

void RelationArguments::Analyse() const {
  if (analysed_) return;
  analysed_ = true;
  std::vector<syntax::NameSpan> names;
  for (const Mention& m : mentions_) {
    if (!m.pronoun) names.push_back({static_cast<uint32_t>(m.begin), static_cast<uint32_t>(m.end)});
  }
  analysis_ = syntax::Parse(sentence_, names);
  children_.assign(analysis_.words.size(), {});
  for (size_t k = 0; k < analysis_.words.size(); ++k) {
    const int h = analysis_.words[k].head;
    if (h >= 0) children_[static_cast<size_t>(h)].push_back(static_cast<int>(k));
  }
}

int RelationArguments::Child(size_t head, Rel rel) const {
  if (head >= children_.size()) return -1;
  for (int c : children_[head]) {
    if (analysis_.words[static_cast<size_t>(c)].rel == rel) return c;
  }
  return -1;
}

int RelationArguments::Enhanced(size_t head, Rel rel) const {
  for (const auto& a : analysis_.extra) {
    if (a.head == static_cast<int>(head) && a.rel == rel) return a.dependent;
  }
  return -1;
}

int RelationArguments::ChildWithCase(size_t head, const std::string& preposition) const {
  if (head >= children_.size()) return -1;
  for (int c : children_[head]) {
    const Rel r = analysis_.words[static_cast<size_t>(c)].rel;
    if (r != Rel::kOblique && r != Rel::kAgent && r != Rel::kNominalModifier) continue;
    for (int g : children_[static_cast<size_t>(c)]) {
      if (analysis_.words[static_cast<size_t>(g)].rel == Rel::kCase && sentence_.tokens[static_cast<size_t>(g)].lower == preposition) {
        return c;
      }
    }
  }
  return -1;
}

int RelationArguments::MentionIn(int word) const {
  if (word < 0 || static_cast<size_t>(word) >= mention_at_.size()) return -1;
  if (mention_at_[static_cast<size_t>(word)] >= 0) return mention_at_[static_cast<size_t>(word)];
  // A person noun names the person in apposition to it, not the body its
  // modifier names: "the captured Indian Air Force pilot, Abhinandan Varthaman".
  if (IsPersonNoun(sentence_.tokens[static_cast<size_t>(word)].lower)) {
    for (int c : children_[static_cast<size_t>(word)]) {
      const int m = mention_at_[static_cast<size_t>(c)];
      if (analysis_.words[static_cast<size_t>(c)].rel == Rel::kAppositive && m >= 0 &&
          mentions_[static_cast<size_t>(m)].actor.type == ActorType::kPerson) {
        return m;
      }
    }
  }
  // A noun modified by an actor: "Pakistani officials", "the Russian army", "Iran's envoy".
  for (int c : children_[static_cast<size_t>(word)]) {
    const Rel r = analysis_.words[static_cast<size_t>(c)].rel;
    if ((r == Rel::kCompound || r == Rel::kAdjectivalModifier || r == Rel::kPossessor) && mention_at_[static_cast<size_t>(c)] >= 0) {
      return mention_at_[static_cast<size_t>(c)];
    }
  }
  // "the president of Russia", "a spokesman for the UN".
  for (int c : children_[static_cast<size_t>(word)]) {
    const Rel r = analysis_.words[static_cast<size_t>(c)].rel;
    if (r != Rel::kNominalModifier || mention_at_[static_cast<size_t>(c)] < 0) continue;
    for (int g : children_[static_cast<size_t>(c)]) {
      const std::string& p = sentence_.tokens[static_cast<size_t>(g)].lower;
      if (analysis_.words[static_cast<size_t>(g)].rel == Rel::kCase && (p == "of" || p == "for")) {
        return mention_at_[static_cast<size_t>(c)];
      }
    }
  }
  // An apposition: "the minister, Sergei Lavrov".
  for (int c : children_[static_cast<size_t>(word)]) {
    if (analysis_.words[static_cast<size_t>(c)].rel == Rel::kAppositive && mention_at_[static_cast<size_t>(c)] >= 0) {
      return mention_at_[static_cast<size_t>(c)];
    }
  }
  return -1;
}

std::vector<int> RelationArguments::MentionsOf(int word) const {
  std::vector<int> out;
  if (word < 0) return out;
  if (int m = MentionIn(word); m >= 0) out.push_back(m);
  for (int c : children_[static_cast<size_t>(word)]) {
    const Rel rel = analysis_.words[static_cast<size_t>(c)].rel;
    // "Both men condemned": "both" holds the first of the pair the phrase names.
    const bool pair_half = rel == Rel::kDeterminer && MentionIn(c) >= 0 &&
                           mentions_[static_cast<size_t>(MentionIn(c))].pronoun;
    if (rel != Rel::kConjunct && !pair_half) continue;
    if (int m = MentionIn(c); m >= 0 && std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
  }
  return out;
}

bool RelationArguments::Passive(size_t verb) const {
  Analyse();
  return Child(verb, Rel::kPassiveAuxiliary) >= 0 || Child(verb, Rel::kPassiveSubject) >= 0 ||
         Enhanced(verb, Rel::kPassiveSubject) >= 0;
}

bool RelationArguments::HasComplement(size_t verb) const {
  Analyse();
  return Child(verb, Rel::kOpenComplement) >= 0 || Child(verb, Rel::kClausalComplement) >= 0;
}

bool RelationArguments::HasSubject(size_t verb) const {
  Analyse();
  if (Passive(verb)) return Child(verb, Rel::kAgent) >= 0;
  return Child(verb, Rel::kSubject) >= 0 || Enhanced(verb, Rel::kSubject) >= 0;
}

std::vector<int> RelationArguments::Subjects(size_t verb) const {
  Analyse();
  if (Passive(verb)) return MentionsOf(Child(verb, Rel::kAgent));
  int s = Child(verb, Rel::kSubject);
  if (s >= 0) {
    // A relative pronoun stands for its antecedent.
    const int antecedent = Enhanced(verb, Rel::kSubject);
    if (antecedent >= 0 && mention_at_[static_cast<size_t>(s)] < 0) s = antecedent;
    std::vector<int> out = MentionsOf(s);
    // "Several countries, including France and Germany, condemned": the
    // actors a subject that names none includes.
    if (out.empty()) out = MentionsOf(ChildWithCase(static_cast<size_t>(s), "including"));
    // "The ambassadors of the United States and Japan condemned": those they
    // represent act, every one of them.
    if (IsOfficialNoun(sentence_.tokens[static_cast<size_t>(s)].lower)) {
      std::vector<int> represented = MentionsOf(ChildWithCase(static_cast<size_t>(s), "of"));
      if (represented.empty()) represented = MentionsOf(ChildWithCase(static_cast<size_t>(s), "from"));
      for (int m : represented) {
        if (std::find(out.begin(), out.end(), m) == out.end()) out.push_back(m);
      }
    }
    return out;
  }
  return MentionsOf(Enhanced(verb, Rel::kSubject));
}

std::vector<int> RelationArguments::Objects(size_t verb, const std::string& preposition) const {
  Analyse();
  if (!preposition.empty()) {
    int argument = ChildWithCase(verb, preposition);
    // "recalled its ambassadors to the US": the phrase may hang on the object,
    // as the pattern's theme ("recall ambassador to") reads it.
    if (const int object = Child(verb, Rel::kObject); argument < 0 && object >= 0) {
      argument = ChildWithCase(static_cast<size_t>(object), preposition);
    }
    std::vector<int> out = MentionsOf(argument);
    // "met with top officials, including President Raisi": the actors the
    // phrase includes, when it names none itself. An "including" phrase
    // hung on the verb counts only right after the argument ("against
    // terrorism in countries including Iraq" includes the countries).
    if (out.empty() && argument >= 0) {
      int included = ChildWithCase(static_cast<size_t>(argument), "including");
      if (included < 0) {
        included = ChildWithCase(verb, "including");
        const auto& t = sentence_.tokens;
        const size_t after = static_cast<size_t>(argument) + 1;
        const bool next_to = after < t.size() && (t[after].lower == "including" ||
                                                  (t[after].text == "," && after + 1 < t.size() &&
                                                   t[after + 1].lower == "including"));
        if (!next_to) included = -1;
      }
      out = MentionsOf(included);
    }
    return out;
  }
  if (Passive(verb)) {
    int s = Child(verb, Rel::kPassiveSubject);
    if (s < 0 || mention_at_[static_cast<size_t>(s)] < 0) {
      const int e = Enhanced(verb, Rel::kPassiveSubject);
      if (e >= 0) s = e;
    }
    return MentionsOf(s);
  }
  int o = Child(verb, Rel::kObject);
  if (o < 0) o = Enhanced(verb, Rel::kObject);
  return MentionsOf(o);
}

std::vector<int> RelationArguments::NounSubjects(size_t noun) const {
  Analyse();
  std::vector<int> out;
  if (noun >= children_.size()) return out;
  for (int c : children_[noun]) {
    const Rel r = analysis_.words[static_cast<size_t>(c)].rel;
    const bool modifier = r == Rel::kPossessor || r == Rel::kAdjectivalModifier || r == Rel::kCompound;
    if (modifier && mention_at_[static_cast<size_t>(c)] >= 0) {
      for (int m : MentionsOf(c)) out.push_back(m);
      return out;
    }
  }
  if (const int by = ChildWithCase(noun, "by"); by >= 0) return MentionsOf(by);
  const syntax::Word& w = analysis_.words[noun];
  if (w.rel == Rel::kObject && w.head >= 0 && IsLightVerbLemma(analysis_.words[static_cast<size_t>(w.head)].lemma)) {
    return Subjects(static_cast<size_t>(w.head));
  }
  return out;
}

std::vector<int> RelationArguments::NounObjects(size_t noun, const std::string& preposition) const {
  Analyse();
  if (preposition.empty()) return {};
  std::vector<int> out = MentionsOf(ChildWithCase(noun, preposition));
  // A light verb carries the noun's phrase: "held talks with X" (obl of held).
  const syntax::Word& w = analysis_.words[noun];
  if (out.empty() && w.rel == Rel::kObject && w.head >= 0) out = MentionsOf(ChildWithCase(static_cast<size_t>(w.head), preposition));
  return out;
}

}  // namespace geokg
