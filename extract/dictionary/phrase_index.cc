#include "extract/dictionary/phrase_index.h"

#include <algorithm>

namespace geokg {

std::vector<std::string> PhraseTokens(std::string_view phrase) {
  std::vector<std::string> words;
  for (auto& sentence : SplitSentences(phrase)) {
    for (auto& token : sentence.tokens) words.push_back(token.text);
  }
  return words;
}

void PhraseIndex::Insert(Map* map, std::vector<std::string> words, int value) {
  if (words.empty()) return;
  Entry entry{std::vector<std::string>(words.begin() + 1, words.end()), value};
  auto& bucket = (*map)[words[0]];
  for (const auto& e : bucket) {
    if (e.rest == entry.rest && e.value == value) return;
  }
  bucket.push_back(std::move(entry));
}

void PhraseIndex::Add(std::string_view phrase, int value, bool case_insensitive) {
  auto words = PhraseTokens(phrase);
  if (case_insensitive) {
    for (auto& w : words) {
      for (auto& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    Insert(&folded_, std::move(words), value);
  } else {
    Insert(&exact_, std::move(words), value);
  }
}

void PhraseIndex::Lookup(const Map& map, const std::vector<Token>& tokens, size_t i, bool folded, size_t* best,
                         std::vector<int>* values) {
  auto it = map.find(folded ? tokens[i].lower : tokens[i].text);
  if (it == map.end()) return;
  for (const auto& entry : it->second) {
    size_t n = entry.rest.size();
    if (i + 1 + n > tokens.size()) continue;
    bool ok = true;
    for (size_t k = 0; k < n && ok; ++k) {
      const Token& t = tokens[i + 1 + k];
      ok = (folded ? t.lower : t.text) == entry.rest[k];
    }
    if (!ok) continue;
    size_t len = n + 1;
    if (len > *best) {
      *best = len;
      values->clear();
    }
    if (len == *best && std::find(values->begin(), values->end(), entry.value) == values->end()) {
      values->push_back(entry.value);
    }
  }
}

size_t PhraseIndex::Match(const std::vector<Token>& tokens, size_t i, std::vector<int>* values) const {
  values->clear();
  size_t best = 0;
  if (i >= tokens.size()) return 0;
  Lookup(exact_, tokens, i, false, &best, values);
  Lookup(folded_, tokens, i, true, &best, values);
  return best;
}

}  // namespace geokg
