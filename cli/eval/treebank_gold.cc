#include "cli/eval/treebank_gold.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <set>
#include <string>
#include <string_view>

namespace geokg {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool OneOf(const std::string& s, std::initializer_list<std::string_view> options) {
  return std::find(options.begin(), options.end(), s) != options.end();
}

bool IsVerbTag(const std::string& tag) { return OneOf(tag, {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"}); }

bool IsBe(const std::string& word) {
  return OneOf(Lower(word), {"be", "is", "are", "was", "were", "am", "been", "being", "'s", "'re", "'m"});
}
bool IsHave(const std::string& word) {
  return OneOf(Lower(word), {"have", "has", "had", "having", "'ve", "'d"});
}
bool IsDo(const std::string& word) { return OneOf(Lower(word), {"do", "does", "did"}); }

bool IsClause(const std::string& label) { return OneOf(label, {"S", "SINV", "SQ"}); }

// Noun phrases of time are obl:tmod, not objects or subjects.
bool IsTemporalWord(const std::string& word) {
  static const std::set<std::string> kTime = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
      "tomorrow", "tonight", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december"};
  return kTime.count(Lower(word)) > 0;
}

class Deriver {
 public:
  explicit Deriver(const PennTree& tree) : tree_(tree) {}

  GoldArguments Run() {
    GoldArguments out;
    for (int leaf = 0; leaf < static_cast<int>(tree_.leaves.size()); ++leaf) {
      const int node = tree_.leaves[leaf];
      const PennNode& verb = tree_.nodes[node];
      if (!IsVerbTag(verb.label) || verb.parent < 0) continue;
      // Inverted clauses put the verb straight under SINV/SQ ("..., said the official").
      const bool in_vp = tree_.nodes[verb.parent].label == "VP";
      if (!in_vp && !IsClause(tree_.nodes[verb.parent].label)) continue;
      if (IsBe(verb.word) || IsAuxiliary(node)) continue;
      std::vector<int> subject = SubjectHeads(node);
      if (!subject.empty()) out.subjects.push_back(GoldArgument{leaf, subject});
      if (!in_vp) continue;
      std::vector<int> object = ObjectHeads(node);
      if (!object.empty()) out.objects.push_back(GoldArgument{leaf, object});
    }
    return out;
  }

 private:
  // A be/have/do form, modal or "to" whose VP goes on with a verb phrase.
  bool IsAuxiliary(int node) const {
    const PennNode& verb = tree_.nodes[node];
    if (!IsBe(verb.word) && !IsHave(verb.word) && !IsDo(verb.word)) return false;
    const std::vector<int>& siblings = tree_.nodes[verb.parent].children;
    auto after = std::find(siblings.begin(), siblings.end(), node);
    return std::any_of(after, siblings.end(), [&](int s) { return tree_.nodes[s].label == "VP"; });
  }

  // The verb leaf directly under a VP, or -1.
  int VerbOf(int vp) const {
    for (int child : tree_.nodes[vp].children) {
      const PennNode& c = tree_.nodes[child];
      if (c.IsLeaf() && (IsVerbTag(c.label) || c.label.rfind("AUX", 0) == 0 || c.label == "MD")) return child;
    }
    return -1;
  }

  // The rule head of an NP and, for a proper noun, every leaf of its name;
  // for a coordinated NP also each conjunct's (Universal Dependencies heads a
  // coordination on its first conjunct, head rules on the last).
  std::vector<int> Heads(int np) const {
    const int head = HeadLeaf(tree_, np);
    std::vector<int> heads = {head};
    bool coordinated = false;
    for (int child : tree_.nodes[np].children) coordinated = coordinated || tree_.nodes[child].label == "CC";
    if (coordinated) {
      const std::vector<int>& children = tree_.nodes[np].children;
      for (size_t i = 0; i < children.size(); ++i) {
        const PennNode& c = tree_.nodes[children[i]];
        std::vector<int> conjunct;
        if (c.label == "NP") {
          conjunct = Heads(children[i]);
        } else if (c.IsLeaf() && c.label.rfind("NN", 0) == 0 &&
                   (i + 1 == children.size() || tree_.nodes[children[i + 1]].label == "CC" ||
                    tree_.nodes[children[i + 1]].label == ",")) {
          conjunct = {c.leaf};  // a flat coordination: (NP (NNP A) (CC and) (NNP B))
        }
        for (int h : conjunct) {
          if (std::find(heads.begin(), heads.end(), h) == heads.end()) heads.push_back(h);
        }
      }
    }
    auto proper = [&](int leaf) {
      const PennNode& n = tree_.Leaf(leaf);
      return (n.label == "NNP" || n.label == "NNPS") && n.parent == tree_.Leaf(head).parent;
    };
    if (!proper(head)) return heads;
    for (int l = head - 1; l >= 0 && proper(l); --l) heads.push_back(l);
    for (int l = head + 1; l < static_cast<int>(tree_.leaves.size()) && proper(l); ++l) heads.push_back(l);
    return heads;
  }

  bool Usable(int np) const {
    const PennNode& n = tree_.nodes[np];
    if (n.label != "NP" || !(n.function.empty() || n.function == "SBJ")) return false;
    return !IsTemporalWord(tree_.Leaf(HeadLeaf(tree_, np)).word);
  }

  // Climbs from the verb through its VP and VP parents to the clause.
  std::vector<int> SubjectHeads(int verb) const {
    int top = verb;
    while (tree_.nodes[top].parent >= 0 && tree_.nodes[tree_.nodes[top].parent].label == "VP") {
      top = tree_.nodes[top].parent;
    }
    const int clause = tree_.nodes[top].parent;
    if (clause < 0 || !IsClause(tree_.nodes[clause].label)) return {};
    const std::vector<int>& children = tree_.nodes[clause].children;
    const bool inverted = tree_.nodes[clause].label != "S";
    int subject = -1;
    for (int child : children) {
      if (child == top && !inverted) break;
      if (Usable(child)) subject = child;
      if (inverted && subject >= 0) break;
    }
    if (subject >= 0) return Heads(subject);
    return RelativeSubject(clause);
  }

  // A subject relative: (NP (NP antecedent) (SBAR (WHNP which) (S (VP ...)))).
  std::vector<int> RelativeSubject(int clause) const {
    const int sbar = tree_.nodes[clause].parent;
    if (sbar < 0 || tree_.nodes[sbar].label != "SBAR") return {};
    int wh = -1;
    for (int child : tree_.nodes[sbar].children) {
      if (tree_.nodes[child].label == "WHNP") wh = child;
    }
    if (wh < 0) return {};
    std::vector<int> heads = {HeadLeaf(tree_, wh)};
    const int np = tree_.nodes[sbar].parent;
    if (np >= 0 && tree_.nodes[np].label == "NP") {
      for (int child : tree_.nodes[np].children) {
        if (child == sbar) break;
        if (tree_.nodes[child].label == "NP") {
          std::vector<int> antecedent = Heads(child);
          heads.insert(heads.end(), antecedent.begin(), antecedent.end());
          break;
        }
      }
    }
    return heads;
  }

  // A participle is active only after a "have" auxiliary ("has issued").
  bool ActiveParticiple(int vp) const {
    const int parent = tree_.nodes[vp].parent;
    if (parent < 0 || tree_.nodes[parent].label != "VP") return false;
    const int aux = VerbOf(parent);
    return aux >= 0 && IsHave(tree_.nodes[aux].word);
  }

  std::vector<int> ObjectHeads(int verb_node) const {
    const PennNode& verb = tree_.nodes[verb_node];
    if (verb.label == "VBN" && !ActiveParticiple(verb.parent)) return {};
    if (OneOf(Lower(verb.word), {"become", "becomes", "became", "becoming", "remain", "remains", "remained",
                                 "remaining", "seem", "seems", "seemed", "seeming"})) {
      return {};
    }
    const std::vector<int>& siblings = tree_.nodes[verb.parent].children;
    std::vector<int> nps;
    for (auto it = std::find(siblings.begin(), siblings.end(), verb_node); it != siblings.end(); ++it) {
      if (Usable(*it)) nps.push_back(*it);
    }
    if (nps.empty()) return {};
    return Heads(nps.size() >= 2 ? nps[1] : nps[0]);
  }

  const PennTree& tree_;
};

}  // namespace

GoldArguments DeriveArguments(const PennTree& tree) { return Deriver(tree).Run(); }

}  // namespace geokg
