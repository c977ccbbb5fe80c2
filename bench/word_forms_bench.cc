// Lookup speed of the open-class lexicon (extract/syntax/word_forms.h)
// against a plain std::unordered_map<std::string, ...> holding the same
// 161k forms, both fed the word tokens of ~1 MB of generated news
// (bench/corpus_generator.h, seed 1), lower case, hits and misses as they come.
//
//   build-bench/bench/word_forms_bench
//
// BM_ReadingsOf            syntax::ReadingsOf, the generated static table
// BM_UnorderedMapFind      std::unordered_map<std::string, std::span<...>>::find
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <iostream>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "bench/corpus_generator.h"
#include "extract/syntax/word_form_table.h"
#include "extract/syntax/word_forms.h"
#include "extract/text/tokenizer.h"

namespace {

using geokg::syntax::FormReading;

const std::vector<std::string>& Words() {
  static const std::vector<std::string>* words = [] {
    auto* out = new std::vector<std::string>;
    std::vector<geokg::Article> articles;
    uint64_t sentences = 0;
    if (geokg::Status s = geokg::bench::GenerateCorpus(1, 1'000'000, &articles, &sentences); !s.ok()) {
      std::cerr << "word_forms_bench: " << s.message() << "\n";
      std::exit(1);
    }
    for (const auto& article : articles) {
      for (const auto& sentence : geokg::SplitSentences(article.text)) {
        for (const auto& token : sentence.tokens) {
          if (token.word) out->push_back(token.lower);
        }
      }
    }
    return out;
  }();
  return *words;
}

// The same forms and readings as the static table, in an unordered_map.
const std::unordered_map<std::string, std::span<const FormReading>>& Map() {
  static const auto* map = [] {
    namespace table = geokg::syntax::table;
    auto* out = new std::unordered_map<std::string, std::span<const FormReading>>;
    for (uint32_t i = 0; i < table::kFormCount; ++i) {
      std::string form(table::kText + table::kFormStart[i], table::kFormStart[i + 1] - table::kFormStart[i]);
      out->emplace(std::move(form), std::span<const FormReading>(table::kReadings + table::kReadingStart[i],
                                                                 table::kReadingStart[i + 1] - table::kReadingStart[i]));
    }
    return out;
  }();
  return *map;
}

void BM_ReadingsOf(benchmark::State& state) {
  const auto& words = Words();
  size_t found = 0;
  for (auto _ : state) {
    for (const std::string& word : words) found += geokg::syntax::ReadingsOf(word).size();
    benchmark::DoNotOptimize(found);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * words.size()));
}
BENCHMARK(BM_ReadingsOf);

void BM_UnorderedMapFind(benchmark::State& state) {
  const auto& words = Words();
  const auto& map = Map();
  size_t found = 0;
  for (auto _ : state) {
    for (const std::string& word : words) {
      auto it = map.find(word);
      if (it != map.end()) found += it->second.size();
    }
    benchmark::DoNotOptimize(found);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * words.size()));
}
BENCHMARK(BM_UnorderedMapFind);

}  // namespace

BENCHMARK_MAIN();
