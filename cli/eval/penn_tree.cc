#include "cli/eval/penn_tree.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>

namespace geokg {
namespace {

// Undoes the Penn Treebank's escapes of brackets and slashes.
std::string Unescape(std::string_view word) {
  static const std::pair<std::string_view, std::string_view> kEscapes[] = {
      {"-LRB-", "("}, {"-RRB-", ")"}, {"-LCB-", "{"}, {"-RCB-", "}"}, {"-LSB-", "["}, {"-RSB-", "]"}};
  for (const auto& [escaped, plain] : kEscapes) {
    if (word == escaped) return std::string(plain);
  }
  std::string out;
  for (size_t i = 0; i < word.size(); ++i) {
    if (word[i] == '\\' && i + 1 < word.size() && (word[i + 1] == '/' || word[i + 1] == '*')) continue;
    out += word[i];
  }
  return out;
}

// Reads a tree by recursive descent, its depth bounded so that no input
// can exhaust the stack (sentence trees are a few dozen levels deep).
class TreeReader {
 public:
  static constexpr int kMaxDepth = 500;

  TreeReader(std::string_view text, PennTree* tree) : text_(text), tree_(tree) {}

  Status Run() {
    *tree_ = PennTree();
    SkipBlanks();
    if (pos_ >= text_.size()) return Status::InvalidArgument("empty tree");
    if (text_[pos_] != '(') return Status::InvalidArgument("a tree starts with '('");
    if (Status s = Node(-1, 0); !s.ok()) return s;
    SkipBlanks();
    if (pos_ < text_.size()) return Status::InvalidArgument("text after the tree at offset " + std::to_string(pos_));
    if (tree_->leaves.empty()) return Status::InvalidArgument("a tree without words");
    return Status::OK();
  }

 private:
  void SkipBlanks() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
  }
  std::string_view Atom() {
    const size_t start = pos_;
    while (pos_ < text_.size() && !std::isspace(static_cast<unsigned char>(text_[pos_])) && text_[pos_] != '(' &&
           text_[pos_] != ')') {
      ++pos_;
    }
    return text_.substr(start, pos_ - start);
  }

  // At '(': a node with its label (possibly empty, as the outer "( (S ...))"),
  // then either one word (a leaf) or child nodes, then ')'.
  Status Node(int parent, int depth) {
    if (depth > kMaxDepth) return Status::InvalidArgument("a tree nested deeper than " + std::to_string(kMaxDepth));
    ++pos_;
    const int id = static_cast<int>(tree_->nodes.size());
    tree_->nodes.emplace_back();
    tree_->nodes[id].parent = parent;
    if (parent >= 0) tree_->nodes[parent].children.push_back(id);
    SkipBlanks();
    std::string label(Atom());
    // "-LRB-" and "-NONE-" are labels that start with '-'; elsewhere '-' and
    // '=' start function tags and indices ("NP-TMP", "NP-SBJ-1").
    const size_t dash = label.find_first_of("-=", 1);
    if (dash != std::string::npos && label.front() != '-') {
      tree_->nodes[id].function = label.substr(dash + 1);
      label.resize(dash);
    }
    while (label.size() > 1 && (label.back() == '.' || label.back() == ',') &&
           std::isalpha(static_cast<unsigned char>(label.front()))) {
      label.pop_back();  // "NE," in PETRARCH's files
    }
    tree_->nodes[id].label = label;
    SkipBlanks();
    if (pos_ < text_.size() && text_[pos_] != '(' && text_[pos_] != ')') {
      std::string word = Unescape(Atom());
      PennNode& leaf = tree_->nodes[id];
      leaf.word = std::move(word);
      leaf.leaf = static_cast<int>(tree_->leaves.size());
      tree_->leaves.push_back(id);
      SkipBlanks();
    } else {
      while (pos_ < text_.size() && text_[pos_] == '(') {
        if (Status s = Node(id, depth + 1); !s.ok()) return s;
        SkipBlanks();
      }
    }
    if (pos_ >= text_.size() || text_[pos_] != ')') {
      return Status::InvalidArgument("unbalanced brackets: ')' expected at offset " + std::to_string(pos_));
    }
    ++pos_;
    return Status::OK();
  }

  std::string_view text_;
  PennTree* tree_;
  size_t pos_ = 0;
};

bool In(const std::string& label, std::initializer_list<std::string_view> labels) {
  return std::find(labels.begin(), labels.end(), label) != labels.end();
}

// The first child, scanning left to right (or right to left), whose label
// is in `labels`; -1 when none is.
int Find(const PennTree& tree, int node, std::initializer_list<std::string_view> labels, bool from_right) {
  const std::vector<int>& children = tree.nodes[node].children;
  for (size_t k = 0; k < children.size(); ++k) {
    const int child = children[from_right ? children.size() - 1 - k : k];
    if (In(tree.nodes[child].label, labels)) return child;
  }
  return -1;
}

// Collins' noun phrase rule, conjuncts and appositions headed by the first NP.
int NounPhraseHead(const PennTree& tree, int node) {
  int head = Find(tree, node, {"NN", "NNP", "NNPS", "NNS", "NX", "NML", "JJR"}, true);
  if (head < 0) head = Find(tree, node, {"NP"}, false);
  if (head < 0) head = Find(tree, node, {"$", "ADJP", "PRN"}, true);
  if (head < 0) head = Find(tree, node, {"CD"}, true);
  if (head < 0) head = Find(tree, node, {"JJ", "JJS", "RB", "QP", "PRP", "EX", "WP", "WDT", "DT"}, true);
  return head;
}

}  // namespace

Status ParsePennTree(std::string_view text, PennTree* tree) { return TreeReader(text, tree).Run(); }

int HeadLeaf(const PennTree& tree, int node) {
  while (!tree.nodes[node].IsLeaf()) {
    const PennNode& n = tree.nodes[node];
    int head = -1;
    if (In(n.label, {"NP", "NML", "WHNP", "NX", "NE", "NEC"})) {
      head = NounPhraseHead(tree, node);
    } else if (n.label == "VP") {
      head = Find(tree, node, {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"}, false);
      if (head < 0) head = Find(tree, node, {"VP"}, false);
      if (head < 0) head = Find(tree, node, {"MD", "TO", "AUX", "AUXB", "AUXD", "AUXG", "AUXN", "AUXP", "AUXZ"}, false);
    } else if (In(n.label, {"S", "SINV", "SQ", "SBAR", "SBARQ", "ROOT", ""})) {
      head = Find(tree, node, {"VP", "S", "SINV", "SQ", "SBAR", "FRAG", "NP", "ADJP"}, false);
    } else if (n.label == "PP") {
      head = Find(tree, node, {"NP", "S", "SBAR"}, false);
    }
    if (head < 0) head = n.children.back();
    node = head;
  }
  return tree.nodes[node].leaf;
}

}  // namespace geokg
