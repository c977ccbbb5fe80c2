// Extractor: articles to actor-relation triples.
//
// Rules over a lexicon: actor dictionaries (countries, organisations, groups,
// parties, leaders with dates, bodies, titles) and a verb/noun dictionary with
// CAMEO codes, all data files embedded at build time (extract/data/).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/syntax/parse.h"
#include "graph/model.h"
#include "graph/status.h"

namespace geokg {

struct ExtractorOptions {
  // Extra dictionary files or folders of *.tsv files (--dict); their records add
  // to the embedded ones and replace records with the same key.
  std::vector<std::string> dictionary_paths;
  // Date used when an article has none (--date), YYYY-MM-DD.
  std::string default_date;
};

class Extractor {
 public:
  // Loads the dictionaries. InvalidArgument names the file and line of a bad record.
  static Status Create(const ExtractorOptions& options, std::unique_ptr<Extractor>* extractor);
  virtual ~Extractor() = default;

  // Appends the triples stated in `article` to `triples`. Safe to call from
  // several threads at once. InvalidArgument for text that is not UTF-8.
  virtual Status Extract(const Article& article, std::vector<Triple>* triples) const = 0;

  // Shown each sentence extraction reads: its index in the article (boilerplate
  // counted) and its syntactic analysis, actor names read as one proper noun.
  using SentenceObserver =
      std::function<void(size_t index, const Sentence& sentence, const syntax::Analysis& analysis)>;

  // Reads `article` as Extract does and shows every sentence's analysis to
  // `observer` (what `geokg parse` prints). InvalidArgument as Extract.
  virtual Status Analyze(const Article& article, const SentenceObserver& observer) const = 0;

  // The dictionary actors a name (any alias, case-insensitive) refers to.
  virtual std::vector<ActorRef> LookupName(std::string_view name) const = 0;
};

}  // namespace geokg
