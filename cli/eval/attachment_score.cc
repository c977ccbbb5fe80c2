#include "cli/eval/attachment_score.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <string_view>
#include <sstream>

#include "cli/eval/petrarch_records.h"
#include "cli/eval/treebank_gold.h"

namespace geokg {
namespace {

bool Alphanumeric(char c) { return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

// Appends the letters and digits of `text`, lower case, to `letters`, and
// `owner` once per letter to `owners`.
void AppendLetters(const std::string& text, int owner, std::string* letters, std::vector<int>* owners) {
  for (char c : text) {
    if (!Alphanumeric(c)) continue;
    *letters += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    owners->push_back(owner);
  }
}

// The analyses of several sentences as one, word positions running on.
syntax::Analysis ParseAll(const std::vector<Sentence>& sentences, const SentenceParser& parse) {
  syntax::Analysis all;
  for (const Sentence& sentence : sentences) {
    const int offset = static_cast<int>(all.words.size());
    syntax::Analysis one = parse(sentence);
    for (syntax::Word& word : one.words) {
      if (word.head >= 0) word.head += offset;
      all.words.push_back(std::move(word));
    }
    for (syntax::ExtraArc arc : one.extra) {
      arc.head += offset;
      arc.dependent += offset;
      all.extra.push_back(arc);
    }
  }
  return all;
}

std::vector<TokenArgument> ToTokens(const std::vector<GoldArgument>& gold, const std::vector<int>& token_of_leaf) {
  std::vector<TokenArgument> out;
  for (const GoldArgument& g : gold) {
    TokenArgument t{token_of_leaf[g.verb], {}};
    for (int leaf : g.heads) {
      const int token = token_of_leaf[leaf];
      if (token >= 0 && token != t.verb && std::find(t.heads.begin(), t.heads.end(), token) == t.heads.end()) {
        t.heads.push_back(token);
      }
    }
    if (t.verb >= 0 && !t.heads.empty()) out.push_back(std::move(t));
  }
  return out;
}

}  // namespace

double AttachmentCounts::Accuracy() const {
  return gold == 0 ? 0.0 : static_cast<double>(correct) / static_cast<double>(gold);
}

AttachmentCounts& AttachmentCounts::operator+=(const AttachmentCounts& other) {
  gold += other.gold;
  correct += other.correct;
  return *this;
}

TreebankScore& TreebankScore::operator+=(const TreebankScore& other) {
  sentences += other.sentences;
  unaligned += other.unaligned;
  split += other.split;
  from_tree += other.from_tree;
  malformed.insert(malformed.end(), other.malformed.begin(), other.malformed.end());
  misses.insert(misses.end(), other.misses.begin(), other.misses.end());
  subjects += other.subjects;
  objects += other.objects;
  return *this;
}

std::string TreeText(const PennTree& tree) {
  std::string text;
  bool glue_next = true;
  for (int leaf = 0; leaf < static_cast<int>(tree.leaves.size()); ++leaf) {
    std::string word = tree.Leaf(leaf).word;
    if (word == "``" || word == "''") word = "\"";
    const bool glue = word == "n't" || (word.size() == 2 && word[0] == '\'') ||
                      (word.size() == 1 && std::string_view(",.;:!?)%").find(word[0]) != std::string_view::npos);
    if (!glue && !glue_next) text += ' ';
    text += word;
    glue_next = word == "(" || word == "$";
  }
  return text;
}

bool AlignLeaves(const PennTree& tree, const std::vector<Token>& tokens, std::vector<int>* token_of_leaf) {
  std::string tree_letters, token_letters;
  std::vector<int> leaf_at, token_at;
  for (int leaf = 0; leaf < static_cast<int>(tree.leaves.size()); ++leaf) {
    AppendLetters(tree.Leaf(leaf).word, leaf, &tree_letters, &leaf_at);
  }
  for (int token = 0; token < static_cast<int>(tokens.size()); ++token) {
    AppendLetters(tokens[token].text, token, &token_letters, &token_at);
  }
  token_of_leaf->assign(tree.leaves.size(), -1);
  if (tree_letters != token_letters) return false;
  for (size_t i = 0; i < leaf_at.size(); ++i) {
    int& token = (*token_of_leaf)[leaf_at[i]];
    if (token < 0) token = token_at[i];
  }
  return true;
}

std::vector<int> DependentsOf(const syntax::Analysis& analysis, int verb, std::initializer_list<syntax::Rel> relations) {
  auto wanted = [&](syntax::Rel rel) { return std::find(relations.begin(), relations.end(), rel) != relations.end(); };
  std::vector<int> out;
  for (int i = 0; i < static_cast<int>(analysis.words.size()); ++i) {
    if (analysis.words[i].head == verb && wanted(analysis.words[i].rel)) out.push_back(i);
  }
  for (const syntax::ExtraArc& arc : analysis.extra) {
    if (arc.head == verb && wanted(arc.rel) && std::find(out.begin(), out.end(), arc.dependent) == out.end()) {
      out.push_back(arc.dependent);
    }
  }
  return out;
}

void CountAttachments(const std::vector<TokenArgument>& gold, const syntax::Analysis& analysis,
                      std::initializer_list<syntax::Rel> relations, AttachmentCounts* counts,
                      std::vector<size_t>* missed) {
  for (size_t i = 0; i < gold.size(); ++i) {
    const TokenArgument& g = gold[i];
    const std::vector<int> found = DependentsOf(analysis, g.verb, relations);
    ++counts->gold;
    if (std::any_of(g.heads.begin(), g.heads.end(),
                    [&](int head) { return std::find(found.begin(), found.end(), head) != found.end(); })) {
      ++counts->correct;
    } else if (missed != nullptr) {
      missed->push_back(i);
    }
  }
}

Status ScoreTreebankFile(const std::string& path, const SentenceParser& parse, TreebankScore* score) {
  *score = TreebankScore();
  score->path = path;
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open treebank file " + path);
  std::stringstream text;
  text << in.rdbuf();
  if (in.bad()) return Status::IOError("cannot read treebank file " + path);
  PetrarchRecords records;
  if (Status s = ParsePetrarchRecords(text.str(), path, &records); !s.ok()) return s;
  for (const PetrarchRecord& record : records.records) {
    if (record.parse.empty()) continue;
    ++score->sentences;
    PennTree tree;
    if (Status s = ParsePennTree(record.parse, &tree); !s.ok()) {
      score->malformed.push_back(path + ":" + std::to_string(record.line) + ": record " + record.id + ": " +
                                 s.message());
      continue;
    }
    std::string text = record.text;
    if (text.empty()) {
      text = TreeText(tree);
      ++score->from_tree;
    }
    const std::vector<Sentence> sentences = SplitSentences(text);
    std::vector<Token> tokens;
    for (const Sentence& sentence : sentences) tokens.insert(tokens.end(), sentence.tokens.begin(), sentence.tokens.end());
    std::vector<int> token_of_leaf;
    if (!AlignLeaves(tree, tokens, &token_of_leaf)) {
      ++score->unaligned;
      continue;
    }
    if (sentences.size() > 1) ++score->split;
    const GoldArguments gold = DeriveArguments(tree);
    const syntax::Analysis analysis = ParseAll(sentences, parse);
    auto score_relation = [&](const std::vector<GoldArgument>& arguments, std::initializer_list<syntax::Rel> relations,
                              const char* name, AttachmentCounts* counts) {
      const std::vector<TokenArgument> in_tokens = ToTokens(arguments, token_of_leaf);
      std::vector<size_t> missed;
      CountAttachments(in_tokens, analysis, relations, counts, &missed);
      for (size_t i : missed) {
        AttachmentMiss miss{record.id, name, tokens[in_tokens[i].verb].text, tokens[in_tokens[i].heads[0]].text, ""};
        for (int dependent : DependentsOf(analysis, in_tokens[i].verb, relations)) {
          miss.found += (miss.found.empty() ? "" : " ") + tokens[dependent].text;
        }
        score->misses.push_back(std::move(miss));
      }
    };
    score_relation(gold.subjects, {syntax::Rel::kSubject, syntax::Rel::kPassiveSubject}, "subject", &score->subjects);
    score_relation(gold.objects, {syntax::Rel::kObject}, "object", &score->objects);
  }
  return Status::OK();
}

}  // namespace geokg
