// Penn Treebank bracketed trees ("(ROOT (S (NP (NNP Arnor)) (VP ...)))"),
// as PETRARCH's <Parse> elements hold them, and the head word of a phrase
// by Collins-style head rules.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"

namespace geokg {

struct PennNode {
  std::string label;     // category without function tags ("NP" for "NP-TMP"); the tag of a leaf
  std::string function;  // the function tags after the first '-' ("TMP"), or empty
  std::string word;      // leaves only: the word, PTB escapes undone ("(" for -LRB-)
  int parent = -1;
  int leaf = -1;         // leaves only: position among the leaves
  std::vector<int> children;
  bool IsLeaf() const { return leaf >= 0; }
};

struct PennTree {
  std::vector<PennNode> nodes;  // nodes[0] is the root
  std::vector<int> leaves;      // node of each leaf, in sentence order
  const PennNode& Leaf(int i) const { return nodes[leaves[i]]; }
};

// Reads one bracketed tree. InvalidArgument says what is wrong (unbalanced
// brackets, an empty tree, text after the tree, nesting deeper than 500).
Status ParsePennTree(std::string_view text, PennTree* tree);

// The leaf that heads `node`: for noun phrases the last noun (or the first
// conjunct or NP, so "Brazil" heads "Brazil and the United States" and
// "court" heads "a court in Guyana"), for verb phrases the verb, for clauses
// their verb phrase; a leaf heads itself. Returns the leaf's position.
int HeadLeaf(const PennTree& tree, int node);

}  // namespace geokg
