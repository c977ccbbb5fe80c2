// PhraseIndex: finds the longest dictionary phrase starting at a token,
// comparing token by token (phrases are tokenized like the text).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/text/tokenizer.h"

namespace geokg {

class PhraseIndex {
 public:
  // Adds `phrase` with `value`. Case-sensitive phrases match the text's
  // normalised form exactly; case-insensitive ones match its lower-cased form.
  void Add(std::string_view phrase, int value, bool case_insensitive);

  // Length in tokens of the longest phrase starting at tokens[i] (0: none),
  // with every value of that phrase in `values` (several: an ambiguous name).
  size_t Match(const std::vector<Token>& tokens, size_t i, std::vector<int>* values) const;

  bool empty() const { return exact_.empty() && folded_.empty(); }

 private:
  struct Entry {
    std::vector<std::string> rest;  // tokens after the first
    int value;
  };
  using Map = std::unordered_map<std::string, std::vector<Entry>>;
  static void Insert(Map* map, std::vector<std::string> words, int value);
  static void Lookup(const Map& map, const std::vector<Token>& tokens, size_t i, bool folded, size_t* best,
                     std::vector<int>* values);
  Map exact_;
  Map folded_;
};

// The normalised token texts of a phrase.
std::vector<std::string> PhraseTokens(std::string_view phrase);

}  // namespace geokg
