// CorpusGenerator: deterministic news-style articles for the extraction speed
// figures (gen_corpus, extract_bench). Sentences are built from templates of
// varied grammar over the real dictionaries (extract/dictionary/dictionary.h): countries
// by name, capital, adjective and bodies, organisations and armed groups,
// leaders in office at the article date with their titles, and the verb and
// noun patterns of verbs.tsv / nouns.tsv, inflected. Filler sentences carry
// no actors, only numbers and dates.
//
// Determinism: the same seed (and the same dictionaries) give the same bytes
// on every platform: std::mt19937_64 is specified bit-exactly, and every
// distribution is computed here from raw 64-bit draws (no std distributions).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"

namespace geokg::bench {

// One generated article. `article.text` is the body: a dateline paragraph
// ("ISLAMABAD, Sept 21 (Wire) - ...") then paragraphs of 2-5 sentences,
// separated by blank lines; `article.title` is the headline.
struct GeneratedArticle {
  Article article;
  uint64_t sentences = 0;  // body sentences (each ends with . ? or !)
  uint64_t words = 0;      // body words
};

class CorpusGenerator {
 public:
  // Loads the embedded dictionaries.
  static Status Create(uint64_t seed, std::unique_ptr<CorpusGenerator>* generator);
  ~CorpusGenerator();
  CorpusGenerator(const CorpusGenerator&) = delete;
  CorpusGenerator& operator=(const CorpusGenerator&) = delete;

  // The next article: 300-900 words, dated 2014-01-01..2024-12-31.
  void Next(GeneratedArticle* out);

  struct Impl;

 private:
  explicit CorpusGenerator(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The article as one JSON Lines record (id, title, date, url, source, text),
// with the trailing newline.
std::string ToJsonLine(const Article& article);
// The article as a plain text file: headline, blank line, body, newline.
std::string ToPlainText(const Article& article);

// Articles of `seed` until their body text reaches `text_bytes` (in memory,
// for the benchmarks). Adds the body sentences to `*sentences` when given.
Status GenerateCorpus(uint64_t seed, uint64_t text_bytes, std::vector<Article>* articles,
                      uint64_t* sentences = nullptr);

}  // namespace geokg::bench
