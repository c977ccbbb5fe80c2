#include "extract/syntax/parse.h"

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
      "mark", "aux", "aux:pass", "advmod", "nummod", "punct", "parataxis", "dep"};
  return kNames[static_cast<int>(rel)];
}

Analysis Parse(const Sentence& sentence) {
  Analysis analysis;
  analysis.words.resize(sentence.tokens.size());
  for (size_t i = 0; i < sentence.tokens.size(); ++i) {
    analysis.words[i].lemma = sentence.tokens[i].lower;
    analysis.words[i].head = i == 0 ? -1 : 0;
    analysis.words[i].rel = i == 0 ? Rel::kRoot : Rel::kDependent;
  }
  return analysis;
}

}  // namespace geokg::syntax
