// Tokenizer: words and punctuation with byte offsets into the original text,
// normalised for matching (curly quotes and apostrophes made straight, dashes
// made '-', non-breaking spaces made spaces, leftover HTML entities decoded),
// grouped into sentences.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace geokg {

struct Token {
  std::string text;   // normalised form
  std::string lower;  // lower-cased normalised form
  uint32_t start = 0; // byte offsets in the original text
  uint32_t end = 0;
  bool capitalized = false;  // first letter upper case
  bool word = false;         // letters or digits (not punctuation)
  bool paragraph_start = false;
};

struct Sentence {
  std::vector<Token> tokens;
  uint32_t start = 0;  // byte span in the original text
  uint32_t end = 0;
  uint32_t paragraph = 0;
};

// Splits `text` into sentences of tokens. Sentence ends: . ! ? (not after a
// known abbreviation such as "Gen." or "U.S." before a lower-case word), and
// every paragraph break (a blank line), so headlines and datelines stand alone.
std::vector<Sentence> SplitSentences(std::string_view text);

}  // namespace geokg
