#include "extract/syntax/parse.h"

#include "extract/syntax/analyzer.h"
#include "extract/syntax/tagger.h"

namespace geokg::syntax {

const char* PosName(Pos pos) {
  static const char* kNames[] = {"NOUN", "PROPN", "VERB", "AUX",   "ADJ",   "ADV",  "ADP", "DET",
                                 "PRON", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT", "X"};
  return kNames[static_cast<int>(pos)];
}

const char* RelName(Rel rel) {
  static const char* kNames[] = {
      "root",  "nsubj", "nsubj:pass", "obj",  "iobj",  "obl:agent", "obl", "ccomp", "xcomp", "advcl",
      "acl:relcl", "acl", "nmod", "nmod:poss", "appos", "conj", "cc", "compound", "amod", "det", "case",
      "mark", "aux", "aux:pass", "advmod", "nummod", "punct", "parataxis", "fixed", "dep"};
  return kNames[static_cast<int>(rel)];
}

Analysis Parse(const Sentence& sentence, const std::vector<NameSpan>& names) {
  Analyzer analyzer(sentence, Tag(sentence, names));
  return analyzer.Run();
}

}  // namespace geokg::syntax
