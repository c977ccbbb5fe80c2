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

void CountAttachments(const std::vector<TokenArgument>& gold, const syntax::Analysis& analysis,
                      std::initializer_list<syntax::Rel> relations, AttachmentCounts* counts) {
  auto wanted = [&](syntax::Rel rel) { return std::find(relations.begin(), relations.end(), rel) != relations.end(); };
  auto has_arc = [&](int verb, int dependent) {
    if (dependent < static_cast<int>(analysis.words.size())) {
      const syntax::Word& word = analysis.words[dependent];
      if (word.head == verb && wanted(word.rel)) return true;
    }
    return std::any_of(analysis.extra.begin(), analysis.extra.end(), [&](const syntax::ExtraArc& arc) {
      return arc.head == verb && arc.dependent == dependent && wanted(arc.rel);
    });
  };
  for (const TokenArgument& g : gold) {
    ++counts->gold;
    if (std::any_of(g.heads.begin(), g.heads.end(), [&](int head) { return has_arc(g.verb, head); })) {
      ++counts->correct;
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
    CountAttachments(ToTokens(gold.subjects, token_of_leaf), analysis,
                     {syntax::Rel::kSubject, syntax::Rel::kPassiveSubject}, &score->subjects);
    CountAttachments(ToTokens(gold.objects, token_of_leaf), analysis, {syntax::Rel::kObject}, &score->objects);
  }
  return Status::OK();
}

}  // namespace geokg
