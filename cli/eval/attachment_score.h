// Scores the syntactic layer's subject and object attachments against the
// Penn Treebank trees of PETRARCH-style XML files (<Sentence> elements with
// a <Text> and a <Parse>): gold arguments from the trees (treebank_gold.h),
// the tree's words aligned to geokg's tokens of the <Text>, each gold
// (verb, head) pair counted correct when the analysis has an arc of the
// right relation from that verb token to that head token.
#pragma once

#include <functional>
#include <initializer_list>
#include <string>
#include <vector>

#include "cli/eval/penn_tree.h"
#include "extract/syntax/parse.h"
#include "extract/text/tokenizer.h"
#include "graph/status.h"

namespace geokg {

struct AttachmentCounts {
  size_t gold = 0;
  size_t correct = 0;
  double Accuracy() const;  // correct / gold; 0 when there is no gold
  AttachmentCounts& operator+=(const AttachmentCounts& other);
};

// A gold pair the analysis missed: "record DEMO-01: subject of restore is
// Arnor; the analysis has none" (or the words it attached instead).
struct AttachmentMiss {
  std::string record;    // the record's id
  std::string relation;  // "subject" or "object"
  std::string verb;      // the verb token
  std::string gold;      // the gold head token
  std::string found;     // the tokens the analysis attached with that relation, blank-separated, or empty
};

struct TreebankScore {
  std::string path;
  size_t sentences = 0;  // records with a <Parse>
  size_t unaligned = 0;  // trees whose words differ from the tokens of their <Text>: not scored
  size_t split = 0;      // texts the tokenizer cuts into several sentences (scored across them)
  size_t from_tree = 0;  // empty <Text>: the tree's own words, detokenized, are analysed instead
  // Trees that cannot be read ("PETR.xml:11320: record ERROR-02: unbalanced
  // brackets ..."): counted in `sentences`, not scored.
  std::vector<std::string> malformed;
  AttachmentCounts subjects;  // nsubj or nsubj:pass
  AttachmentCounts objects;   // obj
  std::vector<AttachmentMiss> misses;  // in file order
  TreebankScore& operator+=(const TreebankScore& other);
};

// A gold argument in token positions: the verb token and the acceptable
// head tokens.
struct TokenArgument {
  int verb = -1;
  std::vector<int> heads;
};

// The words of `tree` as running text: Penn quotes made '"', no blank before
// punctuation, "n't" and "'s", none after an opening bracket.
std::string TreeText(const PennTree& tree);

// Maps each leaf of `tree` to the token holding its first letter or digit
// (-1 for a leaf of punctuation only), comparing letters and digits case-
// insensitively, so PTB's escapes, quotes and splits ("do n't" against
// "don't") do not matter. False when the letters and digits differ.
bool AlignLeaves(const PennTree& tree, const std::vector<Token>& tokens, std::vector<int>* token_of_leaf);

// Adds to `counts` the gold arguments whose verb has an arc, basic or
// `extra`, of one of `relations` to one of their heads; appends the
// positions in `gold` of the others to `missed` when it is not null.
void CountAttachments(const std::vector<TokenArgument>& gold, const syntax::Analysis& analysis,
                      std::initializer_list<syntax::Rel> relations, AttachmentCounts* counts,
                      std::vector<size_t>* missed = nullptr);

// The dependents of `verb` attached by one of `relations`, basic or `extra`.
std::vector<int> DependentsOf(const syntax::Analysis& analysis, int verb, std::initializer_list<syntax::Rel> relations);

using SentenceParser = std::function<syntax::Analysis(const Sentence&)>;

// Reads the XML file at `path`, and scores `parse`'s analyses of every
// <Text> that has a <Parse>. NotFound names a file that cannot be opened,
// InvalidArgument the file and line of malformed XML; a malformed tree is
// listed in `malformed` and the file goes on.
Status ScoreTreebankFile(const std::string& path, const SentenceParser& parse, TreebankScore* score);

}  // namespace geokg
