#include "extract/syntax/conllu.h"

#include <algorithm>
#include <functional>

namespace geokg::syntax {

namespace {

// CoNLL-U fields hold no tabs, newlines or spaces.
std::string Field(std::string_view s) {
  std::string out(s.empty() ? "_" : s);
  for (char& c : out) {
    if (c == '\t' || c == '\n' || c == '\r' || c == ' ') c = '_';
  }
  return out;
}

}  // namespace

std::string ToConllu(const Sentence& sentence, const Analysis& analysis, const std::string& sent_id,
                     std::string_view text) {
  std::string out = "# sent_id = " + sent_id + "\n# text = ";
  if (sentence.start <= sentence.end && sentence.end <= text.size()) {
    std::string t(text.substr(sentence.start, sentence.end - sentence.start));
    std::replace(t.begin(), t.end(), '\n', ' ');
    std::replace(t.begin(), t.end(), '\r', ' ');
    out += t;
  }
  out += '\n';
  const auto& tokens = sentence.tokens;
  for (size_t i = 0; i < tokens.size() && i < analysis.words.size(); ++i) {
    const Word& w = analysis.words[i];
    std::vector<std::string> deps = {std::to_string(w.head + 1) + ":" + RelName(w.rel)};
    for (const ExtraArc& a : analysis.extra) {
      if (a.dependent == static_cast<int>(i)) deps.push_back(std::to_string(a.head + 1) + ":" + RelName(a.rel));
    }
    std::string deps_field;
    for (const auto& d : deps) deps_field += (deps_field.empty() ? "" : "|") + d;
    out += std::to_string(i + 1) + '\t' + Field(tokens[i].text) + '\t' + Field(w.lemma) + '\t' + PosName(w.pos) +
           "\t_\t_\t" + std::to_string(w.head + 1) + '\t' + RelName(w.rel) + '\t' + deps_field +
           "\tTokenRange=" + std::to_string(tokens[i].start) + ":" + std::to_string(tokens[i].end) + '\n';
  }
  out += '\n';
  return out;
}

std::string ToTree(const Sentence& sentence, const Analysis& analysis) {
  const int n = static_cast<int>(std::min(sentence.tokens.size(), analysis.words.size()));
  std::vector<std::vector<int>> children(static_cast<size_t>(n));
  std::vector<int> roots;
  for (int i = 0; i < n; ++i) {
    const int h = analysis.words[static_cast<size_t>(i)].head;
    (h >= 0 && h < n ? children[static_cast<size_t>(h)] : roots).push_back(i);
  }
  std::string out;
  std::vector<bool> printed(static_cast<size_t>(n), false);
  std::function<void(int, int)> print = [&](int word, int depth) {
    if (printed[static_cast<size_t>(word)]) return;
    printed[static_cast<size_t>(word)] = true;
    const Word& w = analysis.words[static_cast<size_t>(word)];
    out += std::string(static_cast<size_t>(depth) * 2, ' ') + RelName(w.rel) + " " +
           sentence.tokens[static_cast<size_t>(word)].text + " (" + PosName(w.pos) + ")\n";
    for (int c : children[static_cast<size_t>(word)]) print(c, depth + 1);
  };
  for (int r : roots) print(r, 0);
  return out;
}

}  // namespace geokg::syntax
